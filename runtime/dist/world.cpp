// world.cpp: starting and stopping the distributed runtime, and the progress thread that drives
// MPI for this rank.
//
// The progress thread initialises MPI (MPI_THREAD_SERIALIZED) and finalises it after a last
// barrier that every rank reaches in stop(). In between it runs rounds of MPI work (round.cpp)
// when no caller does: while a program thread polls, it sleeps, so that on a machine with as many
// ranks as cores the polling threads have the cores to themselves.
// Idle, the progress thread backs off from polling to sleeping: it polls while frames arrive, and
// for longer while its own sends or a barrier are in flight, then sleeps for growing intervals
// (nap.h: up to kLongestNap, and kDeepestNap after a longer quiet) while this rank has channels,
// connections or work in flight that a frame could be for, and sleeps until woken when it has
// none. Queuing a frame wakes it.
#include "dist/world.h"

#include "dist/endpoint.h"
#include "dist/job_end.h"
#include "dist/link.h"
#include "dist/nap.h"
#include "dist/report.h"
#include "dist/transport.h"
#include "medi/error/op_tags.h"
#include "medi/error/reporting.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <mpi.h>
#include <sched.h>

namespace medi::dist::detail {
namespace {

constexpr int kPollRounds = 2000;          // empty rounds polled (yielding the core) before napping
constexpr int kPollRoundsInFlight = 20000; // the same, while a send or a barrier is in flight

// Launched by mpirun (Open MPI, or a PMI/PMIx launcher): otherwise this is rank 0 of 1.
bool launched_by_mpirun() {
  for (const char *variable : {"OMPI_COMM_WORLD_SIZE", "PMIX_RANK", "PMI_RANK"})
    if (std::getenv(variable))
      return true;
  return false;
}

std::string where(SourceSite site) {
  const RuntimeContext context = site.context("");
  return cat(context.file, ":", context.line);
}

} // namespace

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
  if (!takes_frames())
    return;
  outbox_.push_back({dest, header, std::move(body), {}});
  queued_.store(true, std::memory_order_relaxed);
  wake_.notify_one();
}

void World::post_lazily(int dest, const FrameHeader &header, Bytes &&body,
                        medi::Sender<bool> sent) {
  if (!takes_frames())
    return;
  outbox_.push_back({dest, header, std::move(body), std::move(sent)});
  queued_.store(true, std::memory_order_relaxed);
}

void World::post_credit_lazily(int dest, std::uint32_t channel, std::uint64_t link,
                               std::uint64_t count) {
  if (!takes_frames())
    return;
  Outgoing &out = outbox_.emplace_back();
  out.dest = dest;
  out.header.kind = FrameKind::Credit;
  out.header.channel = channel;
  out.header.link = link;
  out.header.value = count;
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
  Nap nap(kDeepestNap);
  Nap polled_nap;
  std::uint64_t busy_rounds_seen = 0;
  std::uint64_t large_bodies_seen = 0;
  std::chrono::steady_clock::time_point large_bodies_moved{}; // as seen by the last look
  for (;;) {
    if (pollers_.load(std::memory_order_relaxed) > 0 ||
        baton_polled_.load(std::memory_order_relaxed)) {
      // A program thread drives MPI while it polls: stay off the cores it and its peer need.
      // One that gives up polling wakes this thread before it blocks. While large values move
      // (one did within kLargeValuesQuiet), each look takes the core from a copy between the
      // processes, so the naps grow (nap.h); otherwise a look every kFirstNap drives MPI soon
      // after a poller leaves with its value.
      const auto now = std::chrono::steady_clock::now();
      const std::uint64_t large_bodies = transport.large_bodies.load(std::memory_order_relaxed);
      if (std::exchange(large_bodies_seen, large_bodies) != large_bodies)
        large_bodies_moved = now;
      else if (now - large_bodies_moved > kLargeValuesQuiet)
        polled_nap.reset();
      const auto length = polled_nap.next();
      // Only this thread writes them.
      polled_looks.store(polled_looks.load(std::memory_order_relaxed) + 1,
                         std::memory_order_relaxed);
      polled_naps_us.store(polled_naps_us.load(std::memory_order_relaxed) +
                               static_cast<std::uint64_t>(length.count()),
                           std::memory_order_relaxed);
      std::unique_lock lock(mutex);
      wake_.wait_for(lock, length);
      idle_rounds = 0;
      nap.reset();
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
      nap.reset();
      continue;
    }
    // A send or barrier in flight may need this side's progress to finish (MPI's rendezvous
    // protocol for large messages): keep polling longer for it, then nap as when idle, so that a
    // rank waiting on a slow peer does not hold a core.
    if (++idle_rounds < (in_flight ? kPollRoundsInFlight : kPollRounds)) {
      sched_yield();
      continue;
    }
    std::unique_lock lock(mutex);
    if (!outbox_.empty() || !barriers_.empty())
      continue;
    if (anything_can_arrive(in_flight)) {
      idle_naps.store(idle_naps.load(std::memory_order_relaxed) + 1,
                      std::memory_order_relaxed); // only this thread writes it
      wake_.wait_for(lock, nap.next());
    } else {
      wake_.wait(lock);
      idle_rounds = 0;
      nap.reset();
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
