// endpoint.h: the receiving end of a named channel, on the rank that opened it.
//
// Credits bound what the channel holds. Invariant (mutex held, capacity C > 0):
//   tokens in `pool` + sum over connections of `held` + values in `buffer` + values being
//   handed to a receiver = C.
// A local sender takes a token from `pool` before its value goes into `buffer`; another rank's
// sender spends a credit the owner granted its connection (Credit frames) before its Data frame
// leaves. A value a receiver takes frees one credit, which goes (release_credits) to a connection
// that is waiting for one (round robin), else to local senders waiting on `pool`, else back to
// the connection it came from (so a steady sender keeps its credits without asking), else to
// `pool`. Credits a connection holds but does not use are recalled (Recall) when another wants
// them and none is free. So at most C values are ever buffered or in flight, whichever rank sent
// them.
//
// Rendezvous (C = 0): a credit is an offer by a waiting receiver: recv() releases one before it
// waits (unless enough are already out) and takes back one still in `pool` if it stops waiting.
// Its sender keeps its value until the receiver has taken it (Ack, or the local ack channel).
#ifndef MEDI_RUNTIME_DIST_ENDPOINT_H
#define MEDI_RUNTIME_DIST_ENDPOINT_H

#include "dist/phi.h"
#include "dist/world.h"

#include <map>
#include <optional>
#include <string>

namespace medi::dist::detail {

/// A value in the buffer, with where it came from.
struct Delivery {
  Bytes bytes;
  int origin_rank = 0;
  std::uint64_t origin_link = 0; // 0: a sender on this rank
  std::uint64_t ack_seq = 0;     // a rendezvous value from another rank: its Data frame's seq
  std::optional<medi::Sender<bool>> local_ack; // a rendezvous value from this rank: its sender
                                               // waits on the other end
};

/// Another rank's connection, by (rank, link id).
using ConnectionKey = std::pair<int, std::uint64_t>;

/// Another rank's connection, as its owner sees it.
struct RemoteConnection {
  std::size_t held = 0;       // credits it may spend: sent to it, or assigned and not yet sent
  std::size_t unsent = 0;     // of `held`, not yet sent in a Credit frame
  std::size_t demand = 0;     // senders it reported waiting, not yet given a credit
  std::uint64_t granted = 0;  // credits sent in Credit frames, in all
  std::uint64_t next_seq = 1; // the next Data frame's seq (phi: anything else is refused)
  bool recalled = false;
};

struct Endpoint {
  std::uint32_t id = 0;
  std::string name;
  std::size_t capacity = 0;
  std::size_t elem_size = 0;
  bool phi = false;
  PhiKey key{}; // phi: the key it was opened with
  std::size_t senders_needed = 1;
  SourceSite site;

  std::size_t connections = 0;  // connects accepted, local and remote, in all
  std::size_t live_senders = 0; // connections not yet dropped
  bool ended = false;           // every sender gone after `senders_needed` connections
  bool closed = false;          // the receiving end is gone

  medi::Sender<Delivery> buffer_tx; // dropped when the stream ends
  medi::Receiver<Delivery> buffer_rx;
  medi::Sender<char> pool_tx; // free credits for this rank's senders
  medi::Receiver<char> pool_rx;
  std::size_t local_waiting = 0; // this rank's senders waiting on `pool`

  std::map<ConnectionKey, RemoteConnection> remotes;
  std::size_t demand = 0; // the sum of the connections' `demand`
  ConnectionKey round_robin{-1, 0};

  // Rendezvous only.
  std::size_t waiting_receivers = 0;
  std::size_t offers = 0; // credits out that no value has used yet

  Endpoint(SourceSite opened_at) : site(opened_at) {}
};

/// The receiving end's handle state: copies of a RemoteReceiver share one.
struct ReceiverState {
  std::shared_ptr<Endpoint> endpoint;
  ~ReceiverState();
};

/// The channel opened here with id `id`, or null (mutex held).
Endpoint *find_endpoint(World &world, std::uint32_t id);
/// Another rank's connection to `endpoint`, or null (mutex held).
RemoteConnection *find_connection(Endpoint &endpoint, int rank, std::uint64_t link);
/// Puts `count` free credits in the pool this rank's senders take from, unless the channel is
/// closed (mutex held).
void put_in_pool(Endpoint &endpoint, std::size_t count);
/// Gives `count` credits back to the senders (see the file comment); `origin` is the connection
/// a consumed value came from, if any, and `origin_connection` its state when the caller has
/// found it already. True when a connection whose senders wait got one: its Credit frame is
/// queued to leave at once, the others lazily (mutex held).
bool release_credits(World &world, Endpoint &endpoint, std::size_t count,
                     const ConnectionKey *origin, RemoteConnection *origin_connection = nullptr);
/// A sender on this rank connects to `endpoint` (mutex held).
std::shared_ptr<SenderState> attach_local_sender(World &world,
                                                 const std::shared_ptr<Endpoint> &endpoint);
/// Why a connect to `endpoint` is refused, or empty (mutex held).
std::string refusal(const Endpoint &endpoint, std::size_t elem_size, bool phi);
/// A local sender waits for a credit: get one from connections not using theirs (mutex held).
void recall_for_local(World &world, Endpoint &endpoint);
/// A sender connection went: if it was the last, the stream ends (mutex held).
void sender_gone(Endpoint &endpoint);

} // namespace medi::dist::detail

#endif // MEDI_RUNTIME_DIST_ENDPOINT_H
