// trace_bench.cpp: what execution tracing (medi/trace.h) costs.
//
//  * BM_trace_append              one event into the calling thread's ring, tracing on
//                                 (per event: the clock read and eight relaxed stores)
//  * BM_trace_write_full_ring     converting and writing a full ring (65,535 events)
//  * BM_*/traced:0|1              the same workload with tracing off and on: a task spawning
//                                 and joining a child on one worker, two tasks yielding to each
//                                 other, and two tasks passing a message back and forth over
//                                 bounded(1). Counters: events per operation (events_per_op)
//                                 and, for traced:1, the time tracing adds per event
//                                 (ns_per_event, against the traced:0 run just before it).
//
// Tracing off costs a relaxed load and a branch per event site; bench/ab_compare.py measures
// that against a build without the sites (docs/benchmarks.md).
#include "medi/channel.h"
#include "medi/task.h"
#include "medi/trace.h"
#include "trace/trace_event.h"
#include "trace/trace_points.h"

#include <atomic>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <map>
#include <string>
#include <thread>
#include <unistd.h>
#include <utility>

namespace {

std::string trace_path() {
  return "/tmp/medi_trace_bench_" + std::to_string(::getpid()) + ".json";
}

// Starts a trace for a traced:1 run and stops it (writing and removing the file) at the end;
// reports events per operation and, against the traced:0 run of the same benchmark, the time
// tracing added per event.
class TraceScope {
public:
  TraceScope(benchmark::State &state, std::string workload)
      : state_(state), workload_(std::move(workload)), traced_(state.range(0) != 0) {
    if (traced_)
      medi::trace::start(trace_path());
  }
  void finish(double seconds) {
    const double per_op = seconds * 1e9 / static_cast<double>(state_.iterations());
    if (!traced_) {
      baseline()[workload_] = per_op;
      return;
    }
    const std::uint64_t events = medi::trace::counts().recorded;
    medi::trace::stop();
    std::remove(trace_path().c_str());
    const double per_event_op = static_cast<double>(events) / state_.iterations();
    state_.counters["events_per_op"] = per_event_op;
    if (auto it = baseline().find(workload_); it != baseline().end() && per_event_op > 0)
      state_.counters["ns_per_event"] = (per_op - it->second) / per_event_op;
  }

private:
  static std::map<std::string, double> &baseline() {
    static std::map<std::string, double> times;
    return times;
  }
  benchmark::State &state_;
  std::string workload_;
  bool traced_;
};

void BM_trace_append(benchmark::State &state) {
  medi::trace::start(trace_path());
  medi::detail::trace::Event event;
  event.kind = medi::detail::trace::EventKind::Select;
  for (auto _ : state) {
    event.value = state.iterations();
    medi::detail::trace::append(event);
  }
  medi::trace::stop();
  std::remove(trace_path().c_str());
}
BENCHMARK(BM_trace_append);

// Writing a trace: one thread's full ring (65,535 events, each a select with its site, as a
// blocked task's events are) converted to JSON and written, per flush().
void BM_trace_write_full_ring(benchmark::State &state) {
  medi::trace::start(trace_path());
  std::thread recorder([] {
    medi::detail::trace::Event event;
    event.kind = medi::detail::trace::EventKind::Select;
    event.set_op("xchan.select");
    event.set_site(std::source_location::current());
    for (std::uint64_t i = 0; i < medi::trace::Options{}.events_per_thread; ++i) {
      event.value = i;
      medi::detail::trace::append(event);
    }
  });
  recorder.join();
  for (auto _ : state)
    medi::trace::flush();
  state.counters["events"] = static_cast<double>(medi::trace::counts().recorded);
  medi::trace::stop();
  std::remove(trace_path().c_str());
}
BENCHMARK(BM_trace_write_full_ring)->Unit(benchmark::kMillisecond);

template <class Body> double timed(Body &&body) {
  const auto start = std::chrono::steady_clock::now();
  body();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void BM_spawn_join(benchmark::State &state) {
  medi::Scheduler scheduler(1);
  TraceScope scope(state, "spawn_join");
  double seconds = 0;
  auto root = scheduler.spawn_task([&] {
    seconds = timed([&] {
      for (auto _ : state) {
        auto child = scheduler.spawn_task([] { return 1; });
        benchmark::DoNotOptimize(child.join());
      }
    });
  });
  (void)root.join();
  scope.finish(seconds);
}
BENCHMARK(BM_spawn_join)->ArgName("traced")->Arg(0)->Arg(1);

void BM_yield(benchmark::State &state) {
  medi::Scheduler scheduler(1);
  TraceScope scope(state, "yield");
  std::atomic<bool> stop{false};
  double seconds = 0;
  auto partner = scheduler.spawn_task([&] {
    while (!stop.load(std::memory_order_relaxed))
      medi::yield_now();
  });
  auto runner = scheduler.spawn_task([&] {
    seconds = timed([&] {
      for (auto _ : state)
        medi::yield_now();
    });
    stop = true;
  });
  (void)runner.join();
  (void)partner.join();
  scope.finish(seconds);
}
BENCHMARK(BM_yield)->ArgName("traced")->Arg(0)->Arg(1);

void BM_channel_ping_pong(benchmark::State &state) {
  medi::Scheduler scheduler(1);
  TraceScope scope(state, "channel_ping_pong");
  auto [ping_tx, ping_rx] = medi::create_bounded_channel<int>(1);
  auto [pong_tx, pong_rx] = medi::create_bounded_channel<int>(1);
  double seconds = 0;
  auto echo = scheduler.spawn_task([rx = std::move(ping_rx), tx = std::move(pong_tx)] {
    while (auto value = rx.recv())
      if (!tx.send(*value))
        return;
  });
  auto runner = scheduler.spawn_task([&, tx = std::move(ping_tx), rx = std::move(pong_rx)] {
    seconds = timed([&] {
      for (auto _ : state) {
        (void)tx.send(1);
        benchmark::DoNotOptimize(rx.recv());
      }
    });
  });
  (void)runner.join();
  (void)echo.join();
  scope.finish(seconds);
}
BENCHMARK(BM_channel_ping_pong)->ArgName("traced")->Arg(0)->Arg(1);

} // namespace

BENCHMARK_MAIN();
