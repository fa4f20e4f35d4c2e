// transport.h: the MPI state of this rank's distributed runtime (World::Transport), touched only
// by the thread holding the baton, and the tags and posted receives its rounds use. Shared by
// world.cpp (the progress thread, MPI's start and end) and round.cpp (one round of MPI work).
#ifndef MEDI_RUNTIME_DIST_TRANSPORT_H
#define MEDI_RUNTIME_DIST_TRANSPORT_H

#include "dist/world.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <mpi.h>
#include <vector>

namespace medi::dist::detail {

inline constexpr int kFrameTag = 0x4d44; // "MD": every frame, on the runtime's own communicator
inline constexpr int kBodyTag = 0x4d42;  // "MB": the bodies sent apart from their frames
// Frame messages are received into buffers posted ahead, each as large as the largest message
// (kMessageBytes, or one frame with the largest inline body): a message that arrives finds its
// receive waiting, which costs MPI less than matching it afterwards (MPI_Improbe + MPI_Mrecv).
inline constexpr std::size_t kPostedReceives = 4;
inline constexpr std::size_t kPostedBytes =
    std::max(kMessageBytes, kSeparateBodyBytes - 1) + sizeof(FrameHeader);

struct World::Transport {
  MPI_Comm comm = MPI_COMM_NULL;
  struct Send {
    MPI_Request request;
    Bytes frame;
    medi::Sender<bool> sent; // Outgoing::sent, dropped when the send completes
  };
  std::vector<Send> sends;
  // Receives posted ahead for frame messages, each started again once its frames are applied;
  // MPI fills them in the order they were posted (MPI 4.0, 3.5), `oldest` first.
  struct Posted {
    MPI_Request request = MPI_REQUEST_NULL;
    Bytes buffer = Bytes(kPostedBytes);
  };
  std::array<Posted, kPostedReceives> posted;
  std::size_t oldest = 0;
  // The receives just before `oldest` whose messages were applied and which are not yet started
  // again: a round starts them after its sends, so that a reply leaves first.
  std::size_t applied = 0;

  void start_applied(World &world) {
    for (; applied > 0; --applied) {
      auto &receive = posted[(oldest + kPostedReceives - applied) % kPostedReceives];
      if (const int rc = MPI_Start(&receive.request); rc != MPI_SUCCESS)
        world.fail("MPI_Start", rc);
    }
  }
  std::vector<MPI_Request> requests; // sends[i].request, then the barrier, for MPI_Testsome
  std::vector<int> done;
  // A round's lists, kept so that their storage is reused.
  std::vector<Outgoing> outgoing;
  std::vector<std::pair<int, Bytes>> messages; // one being filled per destination, in turn
  struct Body {
    int dest;
    Bytes bytes;
    medi::Sender<bool> sent;
  };
  std::vector<Body> bodies;
  bool ready = false;
  std::atomic<std::uint64_t> busy_rounds{0};  // rounds of pump() that did something, any thread
  std::atomic<std::uint64_t> large_bodies{0}; // bodies sent or received apart from their frames
  bool barrier_active = false;
  MPI_Request barrier = MPI_REQUEST_NULL;
  medi::Sender<bool> barrier_waiter;
  bool final_barrier = false;
  bool finished = false;
};

} // namespace medi::dist::detail

#endif // MEDI_RUNTIME_DIST_TRANSPORT_H
