// task_bench.cpp: what tasks cost. Peers in the same run: Intel TBB task_group (fib) and one OS
// thread per task (the naive spawn_task).
//
//  * BM_spawn_join_one_worker a task spawns a child and joins it, in a loop (per child), on a
//                             1-worker scheduler
//  * BM_spawn_join_global     the same on the global scheduler (one worker per core)
//  * BM_spawn_join_thread      the same with std::thread
//  * BM_fib_tasks / BM_fib_tbb fib(n) with a task per call (per whole fib), cut off below 2
//  * BM_spawn_from_thread /    a plain thread (main) spawns 100,000 trivial tasks, then joins
//    BM_spawn_from_thread_tbb  them all (per task); TBB: task_group::run from main, then wait()
//  * BM_yield_ping_pong        two tasks on one worker yielding to each other (per yield)
//  * BM_channel_worker_pool   a task hands jobs of 1, 5 or 20 us of work to 4 pool tasks over a
//                             bounded(4) channel, on the global scheduler (per job): how well
//                             jobs handed over a channel spread over the workers (ideal: the
//                             job's work divided by the workers)
//  * BM_blocked_tasks_rss      RSS with 100,000 tasks parked in join at once (counter rss_mib)
#include "../common/ratio_reporter.h"

#include <atomic>
#include <benchmark/benchmark.h>
#include <chrono>
#include <fstream>
#include <medi/channel.h>
#include <medi/task.h>
#include <tbb/task_arena.h>
#include <tbb/task_group.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

std::size_t all_workers() {
  return std::max(1u, std::thread::hardware_concurrency());
}

// A task spawns a child and joins it, again and again (per child).
void BM_spawn_join_one_worker(benchmark::State &state) {
  medi::Scheduler scheduler(1);
  auto root = scheduler.spawn_task([&] {
    for (auto _ : state) {
      auto child = scheduler.spawn_task([] { return 1; });
      benchmark::DoNotOptimize(child.join());
    }
  });
  (void)root.join();
}
MEDI_BENCHMARK(BM_spawn_join_one_worker)->UseRealTime();

void BM_spawn_join_global(benchmark::State &state) {
  auto root = medi::spawn_task([&] {
    for (auto _ : state) {
      auto child = medi::spawn_task([] { return 1; });
      benchmark::DoNotOptimize(child.join());
    }
  });
  (void)root.join();
}
MEDI_BENCHMARK(BM_spawn_join_global)->UseRealTime();

void BM_spawn_join_thread(benchmark::State &state) {
  for (auto _ : state) {
    int value = 0;
    std::thread([&] { value = 1; }).join();
    benchmark::DoNotOptimize(value);
  }
}
MEDI_BENCHMARK(BM_spawn_join_thread)->UseRealTime();

int fib_tasks(int n) {
  if (n < 2)
    return n;
  auto left = medi::spawn_task([n] { return fib_tasks(n - 1); });
  const int right = fib_tasks(n - 2);
  return *left.join() + right;
}

int fib_tbb(int n) {
  if (n < 2)
    return n;
  int left = 0;
  tbb::task_group group;
  group.run([&] { left = fib_tbb(n - 1); });
  const int right = fib_tbb(n - 2);
  group.wait();
  return left + right;
}

void BM_fib_tasks(benchmark::State &state) {
  const int n = static_cast<int>(state.range(0));
  for (auto _ : state) {
    auto root = medi::spawn_task([n] { return fib_tasks(n); });
    benchmark::DoNotOptimize(*root.join());
  }
}
MEDI_BENCHMARK(BM_fib_tasks)->Arg(25)->Arg(30)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_fib_tbb(benchmark::State &state) {
  const int n = static_cast<int>(state.range(0));
  tbb::task_arena arena(static_cast<int>(all_workers()));
  for (auto _ : state)
    arena.execute([&] { benchmark::DoNotOptimize(fib_tbb(n)); });
}
MEDI_BENCHMARK(BM_fib_tbb)->Arg(25)->Arg(30)->Unit(benchmark::kMillisecond)->UseRealTime();

// How every program starts: main spawns its workers and waits for them. The tasks do a little
// work each (a short sum), so what is measured is spawning and joining.
constexpr int kSpawnedFromThread = 100000;

int trivial_work(int seed) {
  int sum = seed;
  for (int i = 0; i < 16; ++i)
    sum += i * seed;
  return sum;
}

void BM_spawn_from_thread(benchmark::State &state) {
  (void)medi::spawn_task([] { return 0; }).join(); // the global scheduler is up
  std::vector<medi::Task<int>> tasks;
  tasks.reserve(kSpawnedFromThread);
  for (auto _ : state) {
    for (int i = 0; i < kSpawnedFromThread; ++i)
      tasks.push_back(medi::spawn_task([i] { return trivial_work(i); }));
    long sum = 0;
    for (auto &task : tasks)
      sum += *task.join();
    benchmark::DoNotOptimize(sum);
    tasks.clear();
  }
  state.SetItemsProcessed(state.iterations() * kSpawnedFromThread);
}
MEDI_BENCHMARK(BM_spawn_from_thread)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_spawn_from_thread_tbb(benchmark::State &state) {
  tbb::task_arena arena(static_cast<int>(all_workers()));
  std::vector<int> results(kSpawnedFromThread);
  for (auto _ : state) {
    tbb::task_group group;
    for (int i = 0; i < kSpawnedFromThread; ++i)
      group.run([i, &results] { results[i] = trivial_work(i); });
    group.wait();
    long sum = 0;
    for (int value : results)
      sum += value;
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * kSpawnedFromThread);
}
MEDI_BENCHMARK(BM_spawn_from_thread_tbb)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_yield_ping_pong(benchmark::State &state) {
  medi::Scheduler scheduler(1);
  std::atomic<bool> stop{false};
  auto partner = scheduler.spawn_task([&] {
    while (!stop.load(std::memory_order_relaxed))
      medi::yield_now();
  });
  auto runner = scheduler.spawn_task([&] {
    for (auto _ : state)
      medi::yield_now();
    stop = true;
  });
  (void)runner.join();
  (void)partner.join();
}
MEDI_BENCHMARK(BM_yield_ping_pong)->UseRealTime();

// Busy for `work` (a job's work: no park, no yield).
void work_for(std::chrono::nanoseconds work) {
  const auto until = std::chrono::steady_clock::now() + work;
  while (std::chrono::steady_clock::now() < until) {
  }
}

void BM_channel_worker_pool(benchmark::State &state) {
  constexpr int kJobs = 2'000, kPoolTasks = 4;
  const std::chrono::nanoseconds work{state.range(0)};
  for (auto _ : state) {
    auto [jobs_tx, jobs_rx] = medi::create_bounded_channel<int>(4);
    std::vector<medi::Task<int>> pool;
    for (int i = 0; i < kPoolTasks; ++i)
      pool.push_back(medi::spawn_task([&work, jobs_rx = jobs_rx] {
        int done = 0;
        while (jobs_rx.recv()) {
          work_for(work);
          ++done;
        }
        return done;
      }));
    jobs_rx = {};
    auto dispatcher = medi::spawn_task([jobs_tx = std::move(jobs_tx)] {
      for (int job = 0; job < kJobs; ++job)
        if (!jobs_tx.send(job))
          return;
    });
    (void)dispatcher.join();
    int done = 0;
    for (auto &task : pool)
      done += task.join().value_or(0);
    if (done != kJobs)
      state.SkipWithError("jobs lost");
  }
  state.SetItemsProcessed(state.iterations() * kJobs);
}
MEDI_BENCHMARK(BM_channel_worker_pool)
    ->Arg(1'000)
    ->Arg(5'000)
    ->Arg(20'000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

double rss_mib() {
  std::ifstream statm("/proc/self/statm");
  long pages_total = 0, pages_resident = 0;
  statm >> pages_total >> pages_resident;
  return static_cast<double>(pages_resident) * static_cast<double>(::sysconf(_SC_PAGESIZE)) /
         (1024.0 * 1024.0);
}

void BM_blocked_tasks_rss(benchmark::State &state) {
  const int tasks = static_cast<int>(state.range(0));
  for (auto _ : state) {
    const double before = rss_mib();
    std::atomic<bool> release{false};
    std::atomic<int> parked{0};
    std::vector<medi::Task<int>> chain;
    chain.push_back(medi::spawn_task([&] {
      while (!release.load())
        medi::sleep_for(std::chrono::milliseconds(1));
      return 0;
    }));
    for (int i = 1; i < tasks; ++i)
      chain.push_back(medi::spawn_task([&, previous = std::move(chain.back())]() mutable {
        parked.fetch_add(1);
        return *previous.join() + 1;
      }));
    while (parked.load() < tasks - 1)
      std::this_thread::yield();
    state.counters["rss_mib"] = rss_mib() - before;
    release = true;
    benchmark::DoNotOptimize(*chain.back().join());
  }
}
// One repetition whatever the command line says: later ones reuse the pooled stacks and measure 0.
MEDI_BENCHMARK(BM_blocked_tasks_rss)
    ->Arg(100000)
    ->Iterations(1)
    ->Repetitions(1)
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv) {
  return medi::bench::run_with_ratios(
      argc, argv,
      {
          {"BM_spawn_join_thread/real_time", "BM_spawn_join_one_worker/real_time",
           "thread-per-task vs task spawn+join, 1 worker (target >= 50)"},
          {"BM_spawn_join_thread/real_time", "BM_spawn_join_global/real_time",
           "thread-per-task vs task spawn+join (target >= 50)"},
          {"BM_fib_tasks/30/real_time", "BM_fib_tbb/30/real_time",
           "fib(30): tasks vs TBB task_group (target < 1)"},
          {"BM_spawn_from_thread/real_time", "BM_spawn_from_thread_tbb/real_time",
           "spawn 100,000 from main, then join: tasks vs TBB task_group (target <= 1)"},
      });
}
