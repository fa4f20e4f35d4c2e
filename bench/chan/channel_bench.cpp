// channel_bench.cpp: what a message costs through our channels, in crossbeam-channel's scenarios,
// with the C++ peers measured in the same run: moodycamel BlockingConcurrentQueue (unbounded
// MPMC) and Boost.Fiber's buffered_channel / unbuffered_channel. The Rust and Go peers run from
// bench/chan/peers/ (see docs/benchmarks.md). A message is one 8-byte integer; every benchmark
// reports real time per message (each iteration moves kMessages, or makes kMessages round
// trips), so one iteration is one of the peers' runs: compare.py takes the fastest of 5 single
// iterations, as the peers take the fastest of 5 runs.
//
//   seq   one thread sends all, then receives all (buffered flavors only)
//   spsc  one sender thread, one receiver thread
//   mpsc  4 sender threads, 1 receiver
//   mpmc  4 sender threads, 4 receiver threads
//   tasks_*  the same with tasks on the global scheduler instead of threads (as Go's goroutines)
//   ping-pong between two tasks on one worker, and between two threads (per round trip)
#include "../common/ratio_reporter.h"

#include <atomic>
#include <benchmark/benchmark.h>
#include <boost/fiber/buffered_channel.hpp>
#include <boost/fiber/unbuffered_channel.hpp>
#include <concurrentqueue/blockingconcurrentqueue.h>
#include <cstdint>
#include <cstdlib>
#include <medi/channel.h>
#include <medi/error.h>
#include <medi/task.h>
#include <thread>
#include <utility>
#include <vector>

namespace {

// Messages per run: 200,000, or MEDI_BENCH_MESSAGES (compare.py's long shape: 1,000,000).
std::int64_t messages_per_run() {
  const char *set = std::getenv("MEDI_BENCH_MESSAGES");
  const long long value = set ? std::atoll(set) : 0;
  return value > 0 ? value : 200'000;
}
const std::int64_t kMessages = messages_per_run();
constexpr int kThreads = 4;
constexpr std::size_t kUnbounded = ~std::size_t{0};

auto make(std::size_t capacity) {
  return capacity == kUnbounded ? medi::create_unbounded_channel<std::int64_t>()
                                : medi::create_bounded_channel<std::int64_t>(capacity);
}

// Runs `senders` threads sending kMessages in all and `receivers` threads receiving them.
template <class Send, class Recv>
void run_threads(int senders, int receivers, Send send, Recv recv) {
  std::vector<std::thread> threads;
  for (int s = 0; s < senders; ++s)
    threads.emplace_back([&, s] {
      for (std::int64_t i = s; i < kMessages; i += senders)
        send(i);
    });
  for (int r = 0; r < receivers; ++r)
    threads.emplace_back([&, r] {
      for (std::int64_t i = r; i < kMessages; i += receivers)
        benchmark::DoNotOptimize(recv());
    });
  for (auto &thread : threads)
    thread.join();
}

// The same with tasks on the global scheduler (one worker per core), as Go runs goroutines.
template <class Send, class Recv> void run_tasks(int senders, int receivers, Send send, Recv recv) {
  std::vector<medi::Task<void>> tasks;
  for (int s = 0; s < senders; ++s)
    tasks.push_back(medi::spawn_task([&, s] {
      for (std::int64_t i = s; i < kMessages; i += senders)
        send(i);
    }));
  for (int r = 0; r < receivers; ++r)
    tasks.push_back(medi::spawn_task([&, r] {
      for (std::int64_t i = r; i < kMessages; i += receivers)
        benchmark::DoNotOptimize(recv());
    }));
  for (auto &task : tasks)
    (void)task.join();
}

void per_message(benchmark::State &state) {
  state.SetItemsProcessed(state.iterations() * kMessages);
  state.counters["ns_per_msg"] = benchmark::Counter(static_cast<double>(kMessages),
                                                    benchmark::Counter::kIsIterationInvariantRate |
                                                        benchmark::Counter::kInvert);
}

// --- medi ----------------------------------------------------------------------------------------

void BM_medi_seq(benchmark::State &state) {
  const auto capacity = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    auto [tx, rx] = make(capacity == kUnbounded ? kUnbounded : kMessages);
    for (std::int64_t i = 0; i < kMessages; ++i)
      (void)tx.send(i);
    for (std::int64_t i = 0; i < kMessages; ++i)
      benchmark::DoNotOptimize(rx.recv());
  }
  per_message(state);
}

template <int Senders, int Receivers> void BM_medi(benchmark::State &state) {
  const auto capacity = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    auto [tx, rx] = make(capacity);
    run_threads(
        Senders, Receivers, [&](std::int64_t v) { (void)tx.send(v); }, [&] { return *rx.recv(); });
  }
  per_message(state);
}

template <int Senders, int Receivers> void BM_medi_tasks(benchmark::State &state) {
  const auto capacity = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    auto [tx, rx] = make(capacity);
    run_tasks(
        Senders, Receivers, [&](std::int64_t v) { (void)tx.send(v); }, [&] { return *rx.recv(); });
  }
  per_message(state);
}

void flavors(benchmark::internal::Benchmark *b) {
  b->ArgName("cap")->Arg(0)->Arg(1)->Arg(1000)->Arg(static_cast<std::int64_t>(kUnbounded));
  b->UseRealTime()->Unit(benchmark::kNanosecond);
}

MEDI_BENCHMARK(BM_medi_seq)->ArgName("cap")->Arg(1000)->Arg(-1)->UseRealTime();
MEDI_BENCHMARK(BM_medi<1, 1>)->Name("BM_medi_spsc")->Apply(flavors);
MEDI_BENCHMARK(BM_medi<kThreads, 1>)->Name("BM_medi_mpsc")->Apply(flavors);
MEDI_BENCHMARK(BM_medi<kThreads, kThreads>)->Name("BM_medi_mpmc")->Apply(flavors);
MEDI_BENCHMARK(BM_medi_tasks<1, 1>)->Name("BM_medi_tasks_spsc")->Apply(flavors);
MEDI_BENCHMARK(BM_medi_tasks<kThreads, 1>)->Name("BM_medi_tasks_mpsc")->Apply(flavors);
MEDI_BENCHMARK(BM_medi_tasks<kThreads, kThreads>)->Name("BM_medi_tasks_mpmc")->Apply(flavors);

// kMessages round trips per iteration between two tasks on one worker, over two rendezvous
// channels (ns_per_msg is per round trip).
void BM_medi_ping_pong_tasks(benchmark::State &state) {
  medi::Scheduler scheduler(1);
  auto [ping_tx, ping_rx] = medi::create_bounded_channel<std::int64_t>(0);
  auto [pong_tx, pong_rx] = medi::create_bounded_channel<std::int64_t>(0);
  auto echo = scheduler.spawn_task([ping_rx, pong_tx] {
    while (auto v = ping_rx.recv())
      if (!pong_tx.send(*v))
        return;
  });
  auto driver = scheduler.spawn_task([&, ping_tx = std::move(ping_tx)]() mutable {
    for (auto _ : state)
      for (std::int64_t i = 0; i < kMessages; ++i) {
        (void)ping_tx.send(i);
        benchmark::DoNotOptimize(pong_rx.recv());
      }
    auto done = std::move(ping_tx); // the echo task sees the disconnection and ends
  });
  (void)driver.join();
  (void)echo.join();
  per_message(state); // per round trip
}
MEDI_BENCHMARK(BM_medi_ping_pong_tasks)->UseRealTime();

void BM_medi_ping_pong_threads(benchmark::State &state) {
  auto [ping_tx, ping_rx] = medi::create_bounded_channel<std::int64_t>(0);
  auto [pong_tx, pong_rx] = medi::create_bounded_channel<std::int64_t>(0);
  std::thread echo([ping_rx, pong_tx] {
    while (auto v = ping_rx.recv())
      if (!pong_tx.send(*v))
        return;
  });
  for (auto _ : state)
    for (std::int64_t i = 0; i < kMessages; ++i) {
      (void)ping_tx.send(i);
      benchmark::DoNotOptimize(pong_rx.recv());
    }
  {
    auto done = std::move(ping_tx);
  }
  echo.join();
  per_message(state); // per round trip
}
MEDI_BENCHMARK(BM_medi_ping_pong_threads)->UseRealTime();

// --- moodycamel BlockingConcurrentQueue (unbounded MPMC) ----------------------------------------

template <int Senders, int Receivers> void BM_moodycamel(benchmark::State &state) {
  for (auto _ : state) {
    moodycamel::BlockingConcurrentQueue<std::int64_t> queue;
    run_threads(
        Senders, Receivers, [&](std::int64_t v) { queue.enqueue(v); },
        [&] {
          std::int64_t v;
          queue.wait_dequeue(v);
          return v;
        });
  }
  per_message(state);
}
MEDI_BENCHMARK(BM_moodycamel<1, 1>)->Name("BM_moodycamel_spsc")->UseRealTime();
MEDI_BENCHMARK(BM_moodycamel<kThreads, 1>)->Name("BM_moodycamel_mpsc")->UseRealTime();
MEDI_BENCHMARK(BM_moodycamel<kThreads, kThreads>)->Name("BM_moodycamel_mpmc")->UseRealTime();

// --- Boost.Fiber channels (buffered: capacity a power of two, holding capacity - 1) -------------

template <int Senders, int Receivers> void BM_boost_fiber(benchmark::State &state) {
  const auto capacity = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    if (capacity == 0) {
      boost::fibers::unbuffered_channel<std::int64_t> channel;
      run_threads(
          Senders, Receivers, [&](std::int64_t v) { channel.push(v); },
          [&] { return channel.value_pop(); });
    } else {
      boost::fibers::buffered_channel<std::int64_t> channel(capacity);
      run_threads(
          Senders, Receivers, [&](std::int64_t v) { channel.push(v); },
          [&] { return channel.value_pop(); });
    }
  }
  per_message(state);
}
void boost_flavors(benchmark::internal::Benchmark *b) {
  b->ArgName("cap")->Arg(0)->Arg(2)->Arg(1024)->UseRealTime();
}
MEDI_BENCHMARK(BM_boost_fiber<1, 1>)->Name("BM_boost_fiber_spsc")->Apply(boost_flavors);
MEDI_BENCHMARK(BM_boost_fiber<kThreads, 1>)->Name("BM_boost_fiber_mpsc")->Apply(boost_flavors);
MEDI_BENCHMARK(BM_boost_fiber<kThreads, kThreads>)
    ->Name("BM_boost_fiber_mpmc")
    ->Apply(boost_flavors);

} // namespace

int main(int argc, char **argv) {
  // Each run ends with receivers seeing the disconnection, which is reported: not in the output.
  medi::set_error_reporter_with_context(
      [](const medi::RuntimeError &, const medi::RuntimeContext &) {});
  // The long shape's rows (crossbeam-channel's own benchmarks: bounded(1024), threads), only
  // when compare.py asks for them.
  if (std::getenv("MEDI_BENCH_MESSAGES")) {
    for (auto [name, run] : {std::pair{"BM_medi_spsc", &BM_medi<1, 1>},
                             std::pair{"BM_medi_mpsc", &BM_medi<kThreads, 1>},
                             std::pair{"BM_medi_mpmc", &BM_medi<kThreads, kThreads>}})
      benchmark::RegisterBenchmark(name, run)->ArgName("cap")->Arg(1024)->UseRealTime();
  }
  return medi::bench::run_with_ratios(
      argc, argv,
      {
          {"BM_medi_spsc/cap:-1/real_time", "BM_moodycamel_spsc/real_time",
           "unbounded spsc: medi / moodycamel"},
          {"BM_medi_mpsc/cap:-1/real_time", "BM_moodycamel_mpsc/real_time",
           "unbounded mpsc: medi / moodycamel"},
          {"BM_medi_mpmc/cap:-1/real_time", "BM_moodycamel_mpmc/real_time",
           "unbounded mpmc: medi / moodycamel"},
          {"BM_medi_spsc/cap:0/real_time", "BM_boost_fiber_spsc/cap:0/real_time",
           "rendezvous spsc: medi / Boost.Fiber"},
          {"BM_medi_mpmc/cap:1000/real_time", "BM_boost_fiber_mpmc/cap:1024/real_time",
           "bounded(~1000) mpmc: medi / Boost.Fiber"},
      });
}
