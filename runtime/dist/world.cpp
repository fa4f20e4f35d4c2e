// world.cpp: starting and stopping the distributed runtime, and the progress thread that drives
// MPI for this rank.
//
// The progress thread initialises MPI (MPI_THREAD_SERIALIZED) and finalises it after a last
// barrier that every rank reaches in stop(). In between, one round of MPI work (pump) sends the
// frames threads queue (MPI_Isend), completes sends and a barrier (MPI_Testsome), hands the frames
// of the messages that arrived in the receives posted ahead (MPI_Test, oldest first) to the
// handlers in the order MPI matched them, posts those receives again after the next round's
// sends, and runs barriers (MPI_Ibarrier).
// A large body, sent as a message of its own, is received when its frame is (MPI_Mprobe +
// MPI_Mrecv) straight into a buffer of its size.
// Whoever holds the baton runs a round: the progress thread, or a caller that sent a frame or is
// about to wait (World::poll), so a request and its answer need no hand-off between threads.
// While a program thread polls, the progress thread sleeps, so that on a machine with as many
// ranks as cores the polling threads have the cores to themselves.
// Idle, the progress thread backs off from polling to sleeping: it polls while frames arrive or
// its own sends are in flight, then sleeps for growing intervals (up to kLongestNap) while this
// rank has channels or connections that a frame could be for, and sleeps until woken when it has
// none. Queuing a frame wakes it.
#include "dist/world.h"

#include "dist/buffer_pool.h"
#include "dist/endpoint.h"
#include "dist/job_end.h"
#include "dist/link.h"
#include "dist/report.h"
#include "dist/spare_buffers.h"
#include "medi/error/op_tags.h"
#include "medi/error/reporting.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <mpi.h>
#include <sched.h>

namespace medi::dist::detail {
namespace {

constexpr int kFrameTag = 0x4d44; // "MD": every frame, on the runtime's own communicator
constexpr int kBodyTag = 0x4d42;  // "MB": the bodies sent apart from their frames
// Frame messages are received into buffers posted ahead, each as large as the largest message
// (kMessageBytes, or one frame with the largest inline body): a message that arrives finds its
// receive waiting, which costs MPI less than matching it afterwards (MPI_Improbe + MPI_Mrecv).
constexpr std::size_t kPostedReceives = 4;
constexpr std::size_t kPostedBytes =
    std::max(kMessageBytes, kSeparateBodyBytes - 1) + sizeof(FrameHeader);
constexpr int kPollRounds = 2000; // empty rounds polled (yielding the core) before napping
constexpr auto kFirstNap = std::chrono::microseconds(20);
constexpr auto kLongestNap = std::chrono::milliseconds(1);

// Launched by mpirun (Open MPI, or a PMI/PMIx launcher): otherwise this is rank 0 of 1.
bool launched_by_mpirun() {
  for (const char *variable : {"OMPI_COMM_WORLD_SIZE", "PMIX_RANK", "PMI_RANK"})
    if (std::getenv(variable))
      return true;
  return false;
}

// The byte count of a message received, or matched by MPI_Mprobe, with `status`.
std::size_t message_bytes(const MPI_Status &status) {
  int count = 0;
  MPI_Get_count(&status, MPI_BYTE, &count);
  return static_cast<std::size_t>(count);
}

// Receives the `message` MPI_Mprobe matched into `bytes`, which is as large as it.
void receive_into(World &world, Bytes &bytes, MPI_Message &message) {
  if (const int rc = MPI_Mrecv(bytes.data(), static_cast<int>(bytes.size()), MPI_BYTE, &message,
                               MPI_STATUS_IGNORE);
      rc != MPI_SUCCESS)
    world.fail("MPI_Mrecv", rc);
}

std::string where(SourceSite site) {
  const RuntimeContext context = site.context("");
  return cat(context.file, ":", context.line);
}

} // namespace

struct World::Transport {
  MPI_Comm comm = MPI_COMM_NULL;
  struct Send {
    MPI_Request request;
    Bytes frame;
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
  std::vector<std::pair<int, Bytes>> bodies;
  SpareBuffers spare;
  bool ready = false;
  std::atomic<std::uint64_t> busy_rounds{0}; // rounds of pump() that did something, any thread
  bool barrier_active = false;
  MPI_Request barrier = MPI_REQUEST_NULL;
  medi::Sender<bool> barrier_waiter;
  bool final_barrier = false;
  bool finished = false;
};

World &World::get() {
  static World *world = new World; // never destroyed: handles may outlive static destructors
  return *world;
}

bool World::ensure_started(SourceSite site) {
  std::unique_lock lock(mutex);
  if (started_ && !start_failed_ && !stopped_)
    return true;
  if (stopped_ || start_failed_) {
    lock.unlock();
    report(op::dist_start, site,
           stopped_ ? "the distributed runtime has stopped: no remote operation can run"
                    : "the distributed runtime could not start MPI (see the first report)");
    return false;
  }
  started_ = true;
  if (!launched_by_mpirun())
    return true; // rank 0 of 1: named channels work in-process, no MPI
  distributed_ = true;
  transport_ = std::make_unique<Transport>();
  service_ = std::thread([this] { serve(); });
  started_cv_.wait(lock, [&] { return transport_->ready || start_failed_; });
  if (start_failed_) {
    lock.unlock();
    service_.join();
    report(op::dist_start, site, "MPI_Init_thread failed: the distributed runtime cannot start");
    return false;
  }
  std::atexit([] { World::get().stop(); });
  lock.unlock();
  watch_for_job_end([this] { return describe_for_job_end(); });
  return true;
}

void World::stop() {
  stop_watching_for_job_end();
  std::unique_lock lock(mutex);
  if (stopped_)
    return;
  stopped_ = true;
  // Connections fail from now on: waiting senders wake, connects in flight end.
  for (auto &[id, link] : links) {
    link->closed = true;
    link->tokens_tx = {};
    link->acks.clear();
  }
  connecting.clear();
  if (!service_.joinable())
    return;
  stopping_ = true;
  queued_.store(true, std::memory_order_relaxed);
  wake_.notify_one();
  lock.unlock();
  service_.join();
}

void World::post(int dest, const FrameHeader &header, std::span<const std::byte> body) {
  post(dest, header, Bytes(body.begin(), body.end()));
}

void World::post(int dest, const FrameHeader &header, Bytes &&body) {
  if (!distributed_ || (stopped_ && !stopping_))
    return;
  outbox_.push_back({dest, header, std::move(body)});
  queued_.store(true, std::memory_order_relaxed);
  wake_.notify_one();
}

void World::post_lazily(int dest, const FrameHeader &header, Bytes &&body) {
  if (!distributed_ || (stopped_ && !stopping_))
    return;
  outbox_.push_back({dest, header, std::move(body)});
  queued_.store(true, std::memory_order_relaxed);
}

bool World::barrier(SourceSite site) {
  auto [tx, rx] = medi::create_bounded_channel<bool>(1);
  {
    std::lock_guard lock(mutex);
    barriers_.push_back(std::move(tx));
    queued_.store(true, std::memory_order_relaxed);
    wake_.notify_one();
  }
  if (poll(rx, std::nullopt))
    return true;
  const medi::detail::BlockedOn why = wait_record(op::dist_start, site, false);
  const medi::detail::BlockingScope waiting(why);
  if (rx.recv())
    return true;
  report(op::dist_start, site, "barrier ended: the distributed runtime stopped");
  return false;
}

bool World::anything_can_arrive(bool in_flight) const {
  return !endpoints.empty() || !links.empty() || !connecting.empty() || !remote_waiting.empty() ||
         in_flight || stopping_;
}

void World::fail(const char *call, int code) {
  char text[MPI_MAX_ERROR_STRING];
  int length = 0;
  MPI_Error_string(code, text, &length);
  std::string open;
  {
    std::lock_guard lock(mutex);
    open = describe_open_channels(*this);
  }
  report(op::dist_rank_lost, SourceSite(nullptr),
         cat("rank ", rank_, ": ", call, " failed (",
             std::string_view(text, static_cast<std::size_t>(length)), "); the job ends. ",
             open.empty() ? std::string("No channel was open.") : open));
  MPI_Abort(MPI_COMM_WORLD, 70);
  std::abort();
}

std::string World::describe_for_job_end() {
  // The thread that holds the mutex may be the one the signal stopped: wait for it only briefly.
  std::unique_lock lock(mutex, std::defer_lock);
  for (int attempt = 0; attempt < 100 && !lock.try_lock(); ++attempt)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  if (!lock)
    return "This rank's channels could not be listed: its runtime was busy.";
  const std::string open = describe_open_channels(*this);
  return open.empty() ? std::string("No channel was open.") : open;
}

std::string describe_open_channels(World &world) {
  std::string text;
  for (const auto &[name, endpoint] : world.endpoints_by_name)
    text += cat("Channel \"", name, "\" (opened at ", where(endpoint->site), ") has ",
                endpoint->live_senders, " sender connection(s) live. ");
  for (const auto &[id, link] : world.links)
    text += cat("A sender to \"", link->name, "\" on rank ", link->owner, " (connected at ",
                where(link->site), "). ");
  if (!text.empty())
    text.pop_back(); // the space after the last sentence
  return text;
}

void World::serve() {
  int provided = 0;
  if (MPI_Init_thread(nullptr, nullptr, MPI_THREAD_SERIALIZED, &provided) != MPI_SUCCESS ||
      provided < MPI_THREAD_SERIALIZED) {
    std::lock_guard lock(mutex);
    start_failed_ = true;
    started_cv_.notify_all();
    return;
  }
  Transport &transport = *transport_;
  MPI_Comm_set_errhandler(MPI_COMM_WORLD, MPI_ERRORS_RETURN);
  MPI_Comm_dup(MPI_COMM_WORLD, &transport.comm);
  MPI_Comm_set_errhandler(transport.comm, MPI_ERRORS_RETURN);
  for (auto &posted : transport.posted) {
    if (const int rc = MPI_Recv_init(posted.buffer.data(), static_cast<int>(kPostedBytes), MPI_BYTE,
                                     MPI_ANY_SOURCE, kFrameTag, transport.comm, &posted.request);
        rc != MPI_SUCCESS)
      fail("MPI_Recv_init", rc);
    if (const int rc = MPI_Start(&posted.request); rc != MPI_SUCCESS)
      fail("MPI_Start", rc);
  }
  int rank = 0, size = 1;
  MPI_Comm_rank(transport.comm, &rank);
  MPI_Comm_size(transport.comm, &size);
  {
    std::lock_guard lock(mutex);
    rank_ = rank;
    size_ = size;
    medi::detail::set_report_rank(rank);
    transport.ready = true;
    started_cv_.notify_all();
  }

  int idle_rounds = 0;
  auto nap = kFirstNap;
  std::uint64_t busy_rounds_seen = 0;
  for (;;) {
    if (pollers_.load(std::memory_order_relaxed) > 0) {
      // A program thread drives MPI while it polls: stay off the cores it and its peer need.
      // One that gives up polling wakes this thread before it blocks.
      std::unique_lock lock(mutex);
      wake_.wait_for(lock, kFirstNap);
      idle_rounds = 0;
      nap = kFirstNap;
      continue;
    }
    bool worked = false;
    bool in_flight = false; // a send or a barrier this rank's progress must carry on
    {
      std::unique_lock baton(baton_, std::try_to_lock);
      if (baton) {
        if (transport.finished)
          break;
        pump(Round::Full);
        in_flight = !transport.sends.empty() || transport.barrier_active;
      }
      // Work done by any thread, this one or a caller, keeps the thread polling.
      const std::uint64_t busy_rounds = transport.busy_rounds.load(std::memory_order_relaxed);
      worked = std::exchange(busy_rounds_seen, busy_rounds) != busy_rounds;
    }
    if (worked) {
      idle_rounds = 0;
      nap = kFirstNap;
      continue;
    }
    // A send in flight may need this side's progress to finish (MPI's rendezvous protocol for
    // large messages): keep polling until it does.
    if (++idle_rounds < kPollRounds || in_flight) {
      sched_yield();
      continue;
    }
    std::unique_lock lock(mutex);
    if (!outbox_.empty() || !barriers_.empty())
      continue;
    if (anything_can_arrive(in_flight)) {
      wake_.wait_for(lock, nap);
      nap = std::min<std::chrono::microseconds>(nap * 2, kLongestNap);
    } else {
      wake_.wait(lock);
      idle_rounds = 0;
      nap = kFirstNap;
    }
  }
  std::lock_guard baton(baton_); // callers find `finished` and make no more MPI calls
  transport.start_applied(*this);
  for (auto &posted : transport.posted) {
    MPI_Cancel(&posted.request);
    MPI_Wait(&posted.request, MPI_STATUS_IGNORE);
    MPI_Request_free(&posted.request);
  }
  MPI_Comm_free(&transport.comm);
  MPI_Finalize();
}

bool World::progress(Round round) {
  // Never in a task: the handlers a round runs hold `mutex` while they wake tasks, and a task's
  // worker must not be suspended with a thread's mutex held. A task's frames wait for the
  // progress thread (posting one wakes it).
  if (!distributed_ || medi::this_task::id() != 0)
    return false;
  std::unique_lock baton(baton_, std::try_to_lock);
  if (!baton || transport_->finished)
    return false;
  return pump(round);
}

void World::flush() {
  if (!distributed_)
    return;
  if (medi::this_task::id() == 0) {
    std::unique_lock baton(baton_, std::try_to_lock);
    if (baton && !transport_->finished) {
      pump(Round::Send);
      return;
    }
  }
  // A task, or another thread drives MPI (and may have taken its frames before this one's were
  // queued): the progress thread sends them. Its check for queued frames and its wait are made
  // under `mutex`, under which they were queued, so this wake-up is not lost.
  wake_.notify_one();
}

bool World::pump(Round round) {
  Transport &transport = *transport_;
  bool worked = false;

  std::vector<Outgoing> &outgoing = transport.outgoing;
  bool start_barrier = false;
  // Nothing queued (frames, barriers, stopping): the round takes no lock. A frame queued just
  // after this look leaves in the next round; whoever queued it runs one or wakes the progress
  // thread (flush, post).
  if (queued_.load(std::memory_order_relaxed)) {
    std::lock_guard lock(mutex);
    outgoing.swap(outbox_);
    if (data_frame_hook)
      outgoing = through_hook(std::move(outgoing));
    if (round == Round::Send) {
      // Barriers wait for a full round.
    } else if (!transport.barrier_active && !barriers_.empty()) {
      transport.barrier_waiter = std::move(barriers_.front());
      barriers_.pop_front();
      start_barrier = true;
    } else if (stopping_ && !transport.barrier_active && !transport.final_barrier &&
               outgoing.empty() && transport.sends.empty()) {
      transport.final_barrier = true;
      start_barrier = true;
    }
    queued_.store(!barriers_.empty() || stopping_, std::memory_order_relaxed);
  }
  const auto isend = [&](int dest, int tag, Bytes &&bytes) {
    transport.sends.push_back({MPI_REQUEST_NULL, std::move(bytes)});
    auto &send = transport.sends.back(); // its buffer stays put when `sends` grows
    if (const int rc = MPI_Isend(send.frame.data(), static_cast<int>(send.frame.size()), MPI_BYTE,
                                 dest, tag, transport.comm, &send.request);
        rc != MPI_SUCCESS)
      fail("MPI_Isend", rc);
  };
  // The frames for one rank go in as few messages as kMessageBytes allows; large bodies follow
  // as messages of their own, in the order of their frames.
  auto &messages = transport.messages;
  auto &bodies = transport.bodies;
  for (std::size_t i = 0; i < outgoing.size(); ++i) {
    Outgoing &out = outgoing[i];
    // A credit returned just before a value sent to the same rank (a ping-pong's reply) rides in
    // the value's header instead of a frame of its own.
    if (out.header.kind == FrameKind::Credit && i + 1 < outgoing.size() &&
        outgoing[i + 1].dest == out.dest && outgoing[i + 1].header.kind == FrameKind::Data &&
        ride_credit(outgoing[i + 1].header, out.header)) {
      credits_ridden.fetch_add(1, std::memory_order_relaxed);
      continue;
    }
    auto it = std::find_if(messages.begin(), messages.end(),
                           [&](const auto &message) { return message.first == out.dest; });
    const bool separate = out.body.size() >= kSeparateBodyBytes;
    const std::size_t frame_bytes = sizeof(FrameHeader) + (separate ? 0 : out.body.size());
    if (it != messages.end() && it->second.size() + frame_bytes > kMessageBytes) {
      isend(out.dest, kFrameTag, std::exchange(it->second, transport.spare.take(0)));
    }
    if (it == messages.end())
      it = messages.insert(messages.end(), {out.dest, transport.spare.take(0)});
    if (separate) {
      FrameHeader header = out.header;
      header.flags |= kBodyFollows;
      append_frame(it->second, header);
      bodies.emplace_back(out.dest, std::move(out.body));
    } else {
      append_frame(it->second, out.header, out.body);
      transport.spare.give(std::move(out.body));
    }
  }
  for (auto &[dest, message] : messages)
    isend(dest, kFrameTag, std::move(message));
  for (auto &[dest, body] : bodies)
    isend(dest, kBodyTag, std::move(body));
  worked = !outgoing.empty();
  outgoing.clear();
  messages.clear();
  bodies.clear();
  transport.start_applied(*this);

  // Sends, and the barrier unless this is a Send round: one MPI_Testsome, which enters MPI's
  // progress engine only when none of them is complete. A small send is complete once MPI_Isend
  // returns; a large one needs this side's progress to finish, and its buffer is reused only then.
  auto &requests = transport.requests;
  requests.clear();
  for (const auto &send : transport.sends)
    requests.push_back(send.request);
  if (transport.barrier_active && round != Round::Send)
    requests.push_back(transport.barrier);
  bool barrier_completed = false;
  if (!requests.empty()) {
    transport.done.resize(requests.size());
    int completed = 0;
    if (const int rc = MPI_Testsome(static_cast<int>(requests.size()), requests.data(), &completed,
                                    transport.done.data(), MPI_STATUSES_IGNORE);
        rc != MPI_SUCCESS)
      fail("MPI_Testsome", rc);
    bool sends_completed = false;
    for (int i = 0; i < completed && completed != MPI_UNDEFINED; ++i) {
      const auto index = static_cast<std::size_t>(transport.done[static_cast<std::size_t>(i)]);
      if (index == transport.sends.size()) {
        barrier_completed = true;
        continue;
      }
      auto &send = transport.sends[index];
      send.request = MPI_REQUEST_NULL;
      transport.spare.give(std::move(send.frame));
      sends_completed = true;
    }
    if (sends_completed) {
      std::erase_if(transport.sends,
                    [](const Transport::Send &send) { return send.request == MPI_REQUEST_NULL; });
      worked = true;
    }
  }
  if (round == Round::Send) {
    sends_in_flight_.store(transport.sends.size(), std::memory_order_relaxed);
    return worked;
  }

  // Messages, in the order MPI matched them: the oldest posted receive first, each posted again
  // (start_applied) once its frames are applied and the next round's sends have left. MPI_Test,
  // when the receive is not complete, drives MPI's progress engine and tests again, so a message
  // that arrives meanwhile is applied in this round (MPI_Testsome would leave it to the next).
  while (transport.applied < kPostedReceives) {
    auto &posted = transport.posted[transport.oldest];
    int flag = 0;
    MPI_Status status;
    if (const int rc = MPI_Test(&posted.request, &flag, &status); rc != MPI_SUCCESS)
      fail("MPI_Test", rc);
    if (!flag)
      break;
    receive_message(status.MPI_SOURCE, std::span(posted.buffer).first(message_bytes(status)));
    ++transport.applied;
    transport.oldest = (transport.oldest + 1) % kPostedReceives;
    worked = true;
    if (round == Round::OneMessage)
      break;
  }

  if (start_barrier) {
    if (const int rc = MPI_Ibarrier(transport.comm, &transport.barrier); rc != MPI_SUCCESS)
      fail("MPI_Ibarrier", rc);
    transport.barrier_active = true;
    worked = true;
  } else if (barrier_completed) {
    transport.barrier = MPI_REQUEST_NULL;
    transport.barrier_active = false;
    worked = true;
    if (transport.final_barrier) {
      // Every rank has stopped: nothing more will be sent to this one. Finish our own sends.
      for (auto &send : transport.sends)
        MPI_Wait(&send.request, MPI_STATUS_IGNORE);
      transport.sends.clear();
      transport.finished = true;
    } else {
      (void)transport.barrier_waiter.try_send(true);
      transport.barrier_waiter = {};
    }
  }
  sends_in_flight_.store(transport.sends.size(), std::memory_order_relaxed);
  if (worked)
    transport.busy_rounds.store(transport.busy_rounds.load(std::memory_order_relaxed) + 1,
                                std::memory_order_relaxed); // only the baton's holder writes it
  return worked;
}

std::vector<World::Outgoing> World::through_hook(std::vector<Outgoing> outgoing) {
  std::vector<Outgoing> result;
  for (Outgoing &out : outgoing) {
    if (out.header.kind != FrameKind::Data) {
      result.push_back(std::move(out));
      continue;
    }
    for (Bytes &frame : data_frame_hook(make_frame(out.header, out.body))) {
      if (frame.size() < sizeof(FrameHeader))
        continue;
      FrameHeader header;
      std::memcpy(&header, frame.data(), sizeof header);
      frame.erase(frame.begin(), frame.begin() + sizeof header);
      result.push_back({out.dest, header, std::move(frame)});
    }
  }
  return result;
}

void World::receive_message(int source, std::span<const std::byte> message) {
  Transport &transport = *transport_;
  // The handlers run under one hold of the mutex, released only while a separate body is awaited.
  std::unique_lock lock(mutex, std::defer_lock);
  for (auto frame_found = frame_at(message, 0); frame_found;
       frame_found = frame_at(message, frame_found->next)) {
    const FrameAt &frame = *frame_found;
    Bytes body;
    if (frame.header.flags & kBodyFollows) {
      // Its body was sent as the next message on the body tag: wait for that one.
      if (lock)
        lock.unlock();
      MPI_Message follows;
      MPI_Status status;
      if (const int rc = MPI_Mprobe(source, kBodyTag, transport.comm, &follows, &status);
          rc != MPI_SUCCESS)
        fail("MPI_Mprobe", rc);
      body = BufferPool::get().take(message_bytes(status));
      receive_into(*this, body, follows);
    } else if (frame.header.length != 0) {
      body = transport.spare.take_for_value(frame.header.length);
      std::memcpy(body.data(), message.data() + frame.body_at, frame.header.length);
    }
    if (!lock)
      lock.lock();
    dispatch(source, frame.header, std::move(body));
  }
}

void World::dispatch(int source, const FrameHeader &header, Bytes &&frame) {
  const std::span<const std::byte> body(frame);
  switch (header.kind) {
  case FrameKind::Connect:
    return on_connect(*this, source, header, body);
  case FrameKind::Accept:
    return on_accept(*this, source, header, body);
  case FrameKind::Refuse:
    return on_refuse(*this, source, header, body);
  case FrameKind::Data:
    if (const auto credit = riding_credit(header))
      on_credit(*this, *credit);
    return on_data(*this, source, header, std::move(frame));
  case FrameKind::Ack:
    return on_ack(*this, header);
  case FrameKind::Demand:
    return on_demand(*this, source, header);
  case FrameKind::Credit:
    return on_credit(*this, header);
  case FrameKind::Recall:
    return on_recall(*this, header);
  case FrameKind::Return:
    return on_return(*this, source, header);
  case FrameKind::Drop:
    return on_drop(*this, source, header);
  case FrameKind::Closed:
    return on_closed(*this, header);
  }
}

} // namespace medi::dist::detail

// --- The public calls
// ------------------------------------------------------------------------------

namespace medi::dist {

using detail::World;

int rank() {
  World &world = World::get();
  world.ensure_started(std::source_location::current());
  return world.rank();
}

int size() {
  World &world = World::get();
  world.ensure_started(std::source_location::current());
  return world.size();
}

bool is_distributed() {
  World &world = World::get();
  world.ensure_started(std::source_location::current());
  return world.distributed();
}

bool start(std::source_location location) {
  return World::get().ensure_started(location);
}

void stop() {
  World::get().stop();
}

std::expected<void, ConnectError> barrier(std::source_location location) {
  World &world = World::get();
  if (!world.ensure_started(location))
    return std::unexpected(ConnectError::Unavailable);
  if (!world.distributed())
    return {};
  if (!world.barrier(location))
    return std::unexpected(ConnectError::Unavailable);
  return {};
}

} // namespace medi::dist
