// link.h: a connection of senders on this rank to a named channel, and the handle state that
// copies of a RemoteSender share.
//
// A connection to another rank spends one credit per value. The credits the owner sent are
// counted in `credits` while no sender waits, and go into `tokens` (one token each) while some
// do, so a sender with a credit at hand takes it without a channel operation. A sender that
// finds neither reports how many senders wait (Demand) and waits on `tokens`. Recall gives back
// every credit and token not taken; Closed drops `tokens_tx`, so waiting senders wake and fail
// with their values. A rendezvous value's sender also waits for its Ack on a one-value channel
// kept in `acks` until then.
//
// A large value (one whose body travels as an MPI message of its own) is sent straight from its
// buffer, which goes back to the buffer pool when MPI has sent it. Its send returns only then, as
// MPI_Send does, so a program that takes each value's buffer from dist::buffer() gets the one it
// just sent, still in the cache: a stream sends from one buffer, not two taking turns (each
// colder when its turn comes, which slows raw MPI's own streams too). try_send does not wait for
// it. At most kLargeValuesInFlight of a connection's large values are in flight: a sender of
// one more (after a try_send, or from another thread) first waits for the oldest to leave
// (senders that then wait for a credit together may each pass it by one), instead of keeping as
// many in flight as the capacity allows (64 MiB for a channel of capacity 64 holding 1 MiB
// values, far past the caches). `large_in_flight` holds a receiver per large value in flight,
// oldest first, disconnected once it has left.
#ifndef MEDI_RUNTIME_DIST_LINK_H
#define MEDI_RUNTIME_DIST_LINK_H

#include "dist/phi.h"
#include "dist/world.h"

#include <deque>
#include <map>
#include <string>

namespace medi::dist::detail {

inline constexpr std::size_t kLargeValuesInFlight = 1;

struct Link {
  std::uint64_t id = 0;
  int owner = 0;
  std::uint32_t channel = 0;
  std::string name;
  std::size_t capacity = 0;
  bool phi = false;
  PhiKey key{}; // phi: the key it was connected with
  SourceSite site;

  medi::Sender<char> tokens_tx;
  medi::Receiver<char> tokens_rx;
  std::uint64_t credits = 0;                        // credits at hand, outside `tokens`
  std::size_t waiting = 0;                          // senders waiting on `tokens`
  std::uint64_t received = 0;                       // credits received in all
  std::uint64_t next_seq = 1;                       // the next Data frame's seq
  bool closed = false;                              // the receiving end is gone
  std::map<std::uint64_t, medi::Sender<bool>> acks; // rendezvous values not yet taken
  std::deque<medi::Receiver<bool>> large_in_flight; // large values not yet sent, oldest first

  Link(SourceSite connected_at) : site(connected_at) {}
};

struct SenderState {
  std::shared_ptr<Endpoint> local; // the channel is on this rank
  std::unique_ptr<Link> link;      // the channel is on another rank
  ~SenderState();
};

} // namespace medi::dist::detail

#endif // MEDI_RUNTIME_DIST_LINK_H
