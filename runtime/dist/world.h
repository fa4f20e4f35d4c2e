// world.h: this rank's distributed runtime: which rank it is, the named channels it owns, the
// connections its senders hold, and the frames waiting for the progress thread.
//
// Invariant: one mutex (World::mutex) guards every field below and every Endpoint and Link; it is
// never held while waiting. Waiting is done on local channels (a task parks, a thread blocks), so
// a remote operation costs a worker nothing while it waits.
//
// MPI is driven by one thread at a time, whichever holds the baton (World::progress): the progress
// thread, or a caller that polls for a short while before it waits, so that an answer arriving at
// once costs no hand-off between threads. A round takes `mutex` while it holds the baton, so a
// thread holding `mutex` only tries the baton (World::flush), never waits for it.
#ifndef MEDI_RUNTIME_DIST_WORLD_H
#define MEDI_RUNTIME_DIST_WORLD_H

#include "dist/phi.h"
#include "dist/poll_pace.h"
#include "dist/wire.h"
#include "dist/world_mutex.h"
#include "medi/channel.h"
#include "medi/detail/blocked_on.h"
#include "medi/dist.h"
#include "medi/task.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace medi::dist::detail {

struct Endpoint;
struct Link;

/// The right to drive MPI. Threads only try it (a caller that cannot have it leaves the work to
/// its holder) and wait for it once, at shutdown, so it is a flag rather than a mutex: taking it
/// is one atomic exchange and giving it back a plain store.
class Baton {
public:
  bool try_lock() noexcept {
    return !held_.load(std::memory_order_relaxed) &&
           !held_.exchange(true, std::memory_order_acquire);
  }
  void lock() noexcept {
    while (!try_lock())
      std::this_thread::yield();
  }
  void unlock() noexcept { held_.store(false, std::memory_order_release); }

private:
  std::atomic<bool> held_{false};
};

/// What a connect waits for.
struct ConnectReply {
  std::shared_ptr<SenderState> sender; // set when accepted
  ConnectError error = ConnectError::Refused;
  std::string why;
};

/// A connect waiting for its answer (from another rank, or for a name to be opened here).
struct PendingConnect {
  medi::Sender<ConnectReply> reply;
  std::string name;
  std::size_t elem_size = 0;
  bool phi = false;
  PhiKey key{};
  SourceSite site;
};

/// Another rank's connect to a name not yet open here.
struct WaitingRemoteConnect {
  int rank;
  std::uint64_t link;
  ConnectBody body;
};

class World {
public:
  static World &get();

  /// Starts the runtime on first use; false (reported at `site`) when it cannot run.
  bool ensure_started(SourceSite site);
  void stop();

  int rank() const noexcept { return rank_; }
  int size() const noexcept { return size_; }
  bool distributed() const noexcept { return distributed_; }
  bool stopped() const noexcept { return stopped_; }

  /// The record of a wait in a distributed operation called at `site`, for the deadlock watch:
  /// with more than one rank another rank may end the wait, so this rank's stillness alone is
  /// no deadlock.
  medi::detail::BlockedOn wait_record(std::string_view op, SourceSite site,
                                      bool timed) const noexcept {
    return {.op = op, .site = site, .timed = timed, .remote = size_ > 1};
  }

  /// What a round of MPI work does. A Full round sends what is queued, completes sends, applies
  /// every message that has arrived and runs barriers; a OneMessage round applies at most one
  /// message (a caller waiting for a value returns with it the sooner: testing for a further
  /// message that is not there costs a pass through MPI's progress engine); a Send round sends
  /// and completes sends, and receives nothing.
  enum class Round : std::uint8_t { Send, OneMessage, Full };
  /// One round of MPI work from the calling program thread, unless another thread is doing it or
  /// the caller is a task; true when it did something. Never called with `mutex` held.
  bool progress(Round round = Round::Full);
  /// Sends the frames queued so far from the calling program thread in a Send round (receiving
  /// is left to the next round that receives); in a task, or while another thread drives MPI,
  /// wakes the progress thread to send them instead. Called with `mutex` held through `lock`,
  /// which it releases: the round takes the queued frames in the same hold.
  void flush(std::unique_lock<WorldMutex> &lock);
  /// Sends one small frame for `dest` at once from the calling program thread, as a message of
  /// its own, when nothing queued must leave before it and this thread can drive MPI: the
  /// shortest path from a send to MPI_Isend. True when sent: `body` is consumed and `lock`
  /// (a hold of `mutex`) released. False, with both untouched, when the frame must be queued
  /// (post_lazily, then flush).
  bool send_now(int dest, const FrameHeader &header, Bytes &body,
                std::unique_lock<WorldMutex> &lock);
  /// Before a program thread waits on `from`, a local channel that frame handlers fill: takes a
  /// value from it while driving MPI, for as long as this thread's recent waits suggest (PollPace,
  /// at least kPollBeforeParking) and not past `deadline`.
  /// nullopt when none came (the caller then waits as usual), in a task (a task parks at once:
  /// its worker runs other tasks meanwhile), or when the job has one rank. It also stops, with
  /// nullopt, once `done()` is true: the caller's own rounds handed it a value some other way.
  /// The baton, when free, is held for the whole poll, so each turn is a check and a round.
  template <class T, class Done = bool (*)()>
  std::optional<T> poll(medi::Receiver<T> &from, Deadline deadline, Done done = never_done);

  /// Queues a frame for rank `dest` (mutex held).
  void post(int dest, const FrameHeader &header, std::span<const std::byte> body = {});
  /// As above, taking the body's buffer: a large one goes to MPI without a copy.
  void post(int dest, const FrameHeader &header, Bytes &&body);
  /// Queues a frame without waking the progress thread (mutex held): one the caller sends itself
  /// next (flush), or one nobody waits for yet (a credit returned unasked), which leaves in the
  /// next round anyone runs, in one message with the frames queued after it (a value's Data frame
  /// the caller sends next, say); the progress thread never naps longer than a millisecond while
  /// a frame waits.
  /// `sent`, if given, is dropped once a body sent as a message of its own has left (its
  /// receivers then see it disconnected), or at once if the frame is not sent.
  void post_lazily(int dest, const FrameHeader &header, Bytes &&body = {},
                   medi::Sender<bool> sent = {});
  /// post_lazily for a Credit frame: `count` credits for the connection `link` to `channel`.
  /// The header is written where it is queued, field by field (mutex held): one built apart
  /// and copied would be reloaded whole before its stores have retired.
  void post_credit_lazily(int dest, std::uint32_t channel, std::uint64_t link, std::uint64_t count);
  /// Whether frames may wait to be sent (a hint: no lock is taken).
  bool frames_queued() const noexcept { return queued_.load(std::memory_order_relaxed); }
  /// Waits until every rank has reached a barrier (started and distributed); false, reported at
  /// `site`, when the runtime stopped first.
  bool barrier(SourceSite site);

  WorldMutex mutex;

  /// Tests only: each Data frame about to be sent passes through this, which returns the frames
  /// to send in its place (altered, repeated or none).
  std::function<std::vector<Bytes>(Bytes)> data_frame_hook;
  /// Credits sent in a Data frame's header rather than a frame of their own (tests).
  std::atomic<std::uint64_t> credits_ridden{0};
  /// Frames sent by send_now, straight from their sender's call (tests).
  std::atomic<std::uint64_t> frames_sent_at_once{0};
  /// Values handed straight to the thread polling for them, past their channel's buffer (tests).
  std::atomic<std::uint64_t> values_handed_over{0};
  /// Times the progress thread looked, between naps, whether a program thread still polls, and
  /// the naps it then took, in microseconds (tests).
  std::atomic<std::uint64_t> polled_looks{0};
  std::atomic<std::uint64_t> polled_naps_us{0};
  /// Naps the progress thread took while idle, with a frame still possible (tests).
  std::atomic<std::uint64_t> idle_naps{0};
  /// Large values received (sent apart from their frames), and the rounds that received them
  /// (tests).
  std::atomic<std::uint64_t> large_values_received{0};
  std::atomic<std::uint64_t> large_value_rounds{0};

  // The owner's side: channels opened here, and connects waiting for a name.
  std::map<std::string, std::shared_ptr<Endpoint>, std::less<>> endpoints_by_name;
  std::unordered_map<std::uint32_t, std::shared_ptr<Endpoint>> endpoints;
  std::uint32_t next_channel = 1;
  std::map<std::string, std::vector<PendingConnect>, std::less<>> local_waiting;
  std::map<std::string, std::vector<WaitingRemoteConnect>, std::less<>> remote_waiting;

  // The senders' side: connects in flight and live connections to other ranks, by link id.
  std::unordered_map<std::uint64_t, PendingConnect> connecting;
  std::unordered_map<std::uint64_t, Link *> links;
  std::uint64_t next_link = 1;

  /// A channel was opened (mutex held): frames for it may come now, so a progress thread asleep
  /// until woken (nothing could arrive before) goes back to polling.
  void expect_frames() { wake_.notify_one(); }

private:
  static bool never_done() { return false; }
  /// Whether a queued frame can still leave: distributed, and not stopped (a stop in progress
  /// still sends) (mutex held).
  bool takes_frames() const { return distributed_ && (!stopped_ || stopping_); }
  /// The baton, if the calling program thread can drive MPI now (unlocked otherwise).
  std::unique_lock<Baton> take_baton();
  /// One round of MPI work by the baton's holder; false when it did nothing or MPI has finished.
  bool pump_held(Round round);

  World() = default;
  void serve();
  /// One round of MPI work; true when it did something. With `held` (the caller's hold of
  /// `mutex`), the round takes the queued frames under it and releases it before calling MPI.
  bool pump(Round round, std::unique_lock<WorldMutex> *held = nullptr);
  /// Moves the queued frames into the round's list and says whether it starts a barrier (mutex
  /// held).
  bool take_queued(Round round);
  /// The Send round's tail and the barrier's test: completes the sends MPI has finished (and
  /// says whether the barrier has, unless `round` is Send); true when any completed.
  bool complete_sends(Round round, bool &barrier_completed);
  /// Hands `bytes` to MPI_Isend as a message with `tag`; `sent` is dropped once it completes.
  void isend(int dest, int tag, Bytes &&bytes, medi::Sender<bool> &&sent);
  void receive_message(int source, std::span<const std::byte> message);
  /// Receives the body that follows a frame from `source` as a message of its own.
  Bytes receive_body(int source);
  void dispatch(int source, const FrameHeader &header, Bytes &&body); // mutex held
  bool anything_can_arrive(bool in_flight) const;                     // mutex held

  std::string describe_for_job_end(); // the open channels, for the report when mpirun ends the job

public:
  /// An MPI call failed: reports which channels this rank had open, then aborts the job.
  [[noreturn]] void fail(const char *call, int code);

private:
  int rank_ = 0;
  int size_ = 1;
  bool distributed_ = false;
  bool started_ = false;
  bool stopped_ = false;
  bool start_failed_ = false;

  struct Outgoing {
    int dest;
    FrameHeader header;
    Bytes body;
    medi::Sender<bool> sent; // for a separate body: dropped once MPI has sent it
  };
  std::vector<Outgoing> through_hook(std::vector<Outgoing> outgoing);
  std::vector<Outgoing> outbox_; // swapped with the round's own list: neither allocates again
  // Set (under `mutex`) when frames or barriers are queued or the runtime stops; cleared by the
  // round that takes them.
  std::atomic<bool> queued_{false};
  std::deque<medi::Sender<bool>> barriers_;
  bool stopping_ = false;
  std::condition_variable_any wake_;
  std::condition_variable_any started_cv_;
  std::thread service_;
  struct Transport;
  std::unique_ptr<Transport> transport_;        // MPI state: touched only by the baton's holder
  Baton baton_;                                 // held by the thread driving MPI
  std::atomic<int> pollers_{0};                 // program threads in poll() without the baton
  std::atomic<bool> baton_polled_{false};       // a program thread in poll() holds the baton
  std::atomic<std::size_t> sends_in_flight_{0}; // MPI sends not yet complete, as of the last round
};

/// How long it keeps driving MPI while this rank has a send in flight: a large value's transfer
/// (a few hundred microseconds per MiB over shared memory or a fast network) completes, and its
/// answer comes, sooner than a parked thread could be woken for it.
inline constexpr auto kPollWhileSending = std::chrono::milliseconds(1);

template <class T, class Done>
std::optional<T> World::poll(medi::Receiver<T> &from, Deadline deadline, Done done) {
  if (size_ < 2 || medi::this_task::id() != 0)
    return std::nullopt;
  PollPace &pace = poll_pace();
  const auto start = std::chrono::steady_clock::now();
  auto until = start + pace.begin(start);
  auto until_sending = start + kPollWhileSending;
  if (deadline && *deadline < until)
    until = *deadline;
  if (deadline && *deadline < until_sending)
    until_sending = *deadline;
  // The progress thread stays off the cores while a program thread polls (it drives MPI).
  std::unique_lock baton = take_baton();
  if (baton)
    baton_polled_.store(true, std::memory_order_relaxed); // only the baton's holder writes it
  else
    pollers_.fetch_add(1, std::memory_order_relaxed);
  std::optional<T> value;
  bool ended = false; // `from` is disconnected: the caller does not block on it
  for (unsigned round = 1;; ++round) {
    if (done())
      break;
    auto got = from.try_recv();
    if (got) {
      value = std::move(*got);
      break;
    }
    if (got.error() == TryRecvError::Disconnected) {
      ended = true;
      break;
    }
    if (baton)
      pump_held(Round::OneMessage);
    else
      progress(Round::OneMessage);
    if (round % 8 == 0) {
      const auto now = std::chrono::steady_clock::now();
      if (now >= until &&
          (now >= until_sending || sends_in_flight_.load(std::memory_order_relaxed) == 0))
        break;
    }
  }
  bool last;
  if (baton) {
    baton_polled_.store(false, std::memory_order_relaxed);
    baton.unlock();
    last = pollers_.load(std::memory_order_relaxed) == 0;
  } else {
    last = pollers_.fetch_sub(1, std::memory_order_relaxed) == 1 &&
           !baton_polled_.load(std::memory_order_relaxed);
  }
  // The last poller to stop, if it is about to block, hands MPI back to the progress thread.
  if (!value && !ended && !done()) {
    pace.parked();
    if (last)
      wake_.notify_one();
  } else if (!ended) {
    pace.ended();
  }
  return value;
}

/// Frame handlers, called by the progress thread with the mutex held.
void on_connect(World &world, int source, const FrameHeader &header,
                std::span<const std::byte> body);
void on_data(World &world, int source, const FrameHeader &header, Bytes &&value);
void on_demand(World &world, int source, const FrameHeader &header);
void on_return(World &world, int source, const FrameHeader &header);
void on_drop(World &world, int source, const FrameHeader &header);
void on_accept(World &world, int source, const FrameHeader &header,
               std::span<const std::byte> body);
void on_refuse(World &world, int source, const FrameHeader &header,
               std::span<const std::byte> body);
void on_credit(World &world, const FrameHeader &header);
void on_recall(World &world, const FrameHeader &header);
void on_closed(World &world, const FrameHeader &header);
void on_ack(World &world, const FrameHeader &header);

/// What a rank that stops or fails still has open: one line per channel and connection, with
/// the sites that opened and connected them (mutex held).
std::string describe_open_channels(World &world);

} // namespace medi::dist::detail

#endif // MEDI_RUNTIME_DIST_WORLD_H
