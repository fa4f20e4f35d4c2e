// task_test.cpp: spawn and join on the M:N scheduler: values, acks, panics, trees, blocking
// joins, priorities with aging, and many tasks. Synchronised with acks and flags, never sleeps.
#include "../error/report_recorder.h"
#include "medi/channel.h"
#include "medi/task.h"

#include <atomic>
#include <chrono>
#include <expected>
#include <gtest/gtest.h>
#include <numeric>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace medi {
namespace {

using TaskTest = test::ReportingTest;

TEST_F(TaskTest, SpawnAndJoinReturnsTheValue) {
  auto task = spawn_task([] { return 6 * 7; });
  auto result = task.join();
  ASSERT_TRUE(result.has_value());
  EXPECT_EQ(*result, 42);
  EXPECT_FALSE(task.joinable());
  EXPECT_FALSE(task.join().has_value()) << "a second join reports an error";
}

TEST_F(TaskTest, VoidAndMoveOnlyResults) {
  std::atomic<bool> ran{false};
  EXPECT_TRUE(spawn_task([&] { ran = true; }).join().has_value());
  EXPECT_TRUE(ran.load());
  auto owned = spawn_task([] { return std::make_unique<std::string>("spo2"); }).join();
  ASSERT_TRUE(owned.has_value());
  EXPECT_EQ(**owned, "spo2");
}

TEST_F(TaskTest, SixtyFourTasksAcknowledge) {
  std::atomic<int> acks{0};
  std::vector<Task<void>> tasks;
  for (int i = 0; i < 64; ++i)
    tasks.push_back(spawn_task([&] { acks.fetch_add(1); }));
  for (auto &task : tasks)
    EXPECT_TRUE(task.join().has_value());
  EXPECT_EQ(acks.load(), 64);
}

TEST_F(TaskTest, PanicIsReportedAndJoinedAsAnErrorUnderSkipTask) {
  test::ReportRecorder recorder;
  set_error_reporter_with_context(recorder.callback());
  const auto spawn_line = __LINE__ + 1;
  auto failing = spawn_task([]() -> int { throw std::runtime_error("boom"); });
  auto result = failing.join();
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error(), RuntimeError::task_panic("boom"));
  ASSERT_EQ(recorder.size(), 1u);
  const auto report = recorder.reports().front();
  EXPECT_EQ(report.op, "scheduler.task_panic");
  EXPECT_TRUE(report.file.ends_with("task_test.cpp"));
  EXPECT_EQ(report.line, spawn_line);
  // Everything else keeps running.
  std::atomic<bool> acked{false};
  EXPECT_TRUE(spawn_task([&] { acked = true; }).join().has_value());
  EXPECT_TRUE(acked.load());
}

struct SensorFault {
  int code;
};

TEST_F(TaskTest, ExceptionsOfSeveralTypes) {
  set_error_reporter([](const RuntimeError &) {});
  EXPECT_EQ(spawn_task([] { throw std::logic_error("bad state"); }).join().error(),
            RuntimeError::task_panic("bad state"));
  EXPECT_EQ(spawn_task([] { throw 42; }).join().error(), RuntimeError::task_panic());
  EXPECT_EQ(spawn_task([] { throw SensorFault{7}; }).join().error(), RuntimeError::task_panic());
}

int tree(int depth) {
  if (depth == 0)
    return 1;
  auto left = spawn_task([depth] { return tree(depth - 1); });
  auto right = spawn_task([depth] { return tree(depth - 1); });
  return *left.join() + *right.join();
}

TEST_F(TaskTest, TaskTreeFiveLevelsDeepJoinsFromTasks) {
  auto root = spawn_task([] { return tree(5); });
  EXPECT_EQ(*root.join(), 32);
}

TEST_F(TaskTest, JoinFromAnotherThread) {
  auto task = spawn_task([] { return std::string("from a task"); });
  std::string seen;
  std::thread([&] { seen = *task.join(); }).join();
  EXPECT_EQ(seen, "from a task");
}

TEST_F(TaskTest, TenThousandTasksBlockedInJoinAtOnce) {
  constexpr int kTasks = 10000;
  std::atomic<bool> release{false};
  std::atomic<int> parked_joins{0};
  // A chain: task i joins task i-1; task 0 waits for the release. All but one are parked.
  std::vector<Task<int>> chain;
  chain.push_back(spawn_task([&] {
    while (!release.load())
      yield_now();
    return 0;
  }));
  for (int i = 1; i < kTasks; ++i) {
    chain.push_back(spawn_task([&, previous = std::move(chain.back())]() mutable {
      parked_joins.fetch_add(1);
      return *previous.join() + 1;
    }));
  }
  while (parked_joins.load() < kTasks - 1)
    std::this_thread::yield();
  release = true;
  EXPECT_EQ(*chain.back().join(), kTasks - 1);
}

TEST_F(TaskTest, HundredThousandSpawnAndJoin) {
  constexpr int kTasks = 100000;
  std::vector<Task<int>> tasks;
  tasks.reserve(kTasks);
  for (int i = 0; i < kTasks; ++i)
    tasks.push_back(spawn_task([i] { return i; }));
  long long sum = 0;
  for (auto &task : tasks)
    sum += *task.join();
  EXPECT_EQ(sum, static_cast<long long>(kTasks) * (kTasks - 1) / 2);
}

TEST_F(TaskTest, TaskIdsAndYield) {
  EXPECT_EQ(this_task::id(), 0u);
  auto task = spawn_task([] {
    const auto before = this_task::id();
    yield_now();
    return before == this_task::id() ? before : 0;
  });
  const auto id = task.id();
  EXPECT_NE(id, 0u);
  EXPECT_EQ(*task.join(), id);
}

// On a one-worker scheduler, with the worker held by a gate task: ready High starts before ready
// Normal before ready Low.
TEST_F(TaskTest, PriorityOrderOnOneWorker) {
  Scheduler scheduler(1);
  std::atomic<bool> gate_running{false}, open{false};
  std::mutex order_mutex;
  std::vector<std::string> order;
  std::atomic<int> done{0};
  scheduler.spawn([&] {
    gate_running = true;
    while (!open.load())
      std::this_thread::yield(); // holds the only worker
  });
  while (!gate_running.load())
    std::this_thread::yield();
  auto record = [&](const char *name) {
    return [&, name] {
      std::lock_guard lock(order_mutex);
      order.push_back(name);
      done.fetch_add(1);
    };
  };
  scheduler.spawn_with_priority(Priority::Low, record("low"));
  scheduler.spawn_with_priority(Priority::Normal, record("normal"));
  scheduler.spawn_with_priority(Priority::High, record("high"));
  open = true;
  while (done.load() < 3)
    std::this_thread::yield();
  EXPECT_EQ(order, (std::vector<std::string>{"high", "normal", "low"}));
}

TEST_F(TaskTest, AgingKeepsLowTasksAlive) {
  Scheduler scheduler(1);
  std::atomic<bool> gate_running{false}, open{false};
  std::atomic<int> position{0}, low_position{-1}, done{0};
  scheduler.spawn([&] {
    gate_running = true;
    while (!open.load())
      std::this_thread::yield();
  });
  while (!gate_running.load())
    std::this_thread::yield();
  scheduler.spawn_with_priority(Priority::Low, [&] {
    low_position = position.fetch_add(1);
    done.fetch_add(1);
  });
  constexpr int kHigh = 100;
  for (int i = 0; i < kHigh; ++i)
    scheduler.spawn_with_priority(Priority::High, [&] {
      position.fetch_add(1);
      done.fetch_add(1);
    });
  open = true;
  while (done.load() < kHigh + 1)
    std::this_thread::yield();
  EXPECT_GE(low_position.load(), 0);
  EXPECT_LT(low_position.load(), static_cast<int>(kPriorityAgingPeriod))
      << "a Low task must not wait behind all High tasks";
}

TEST_F(TaskTest, ShutdownFailsTasksThatNeverRanAndEnsureRunningRestarts) {
  Scheduler scheduler(2);
  scheduler.shutdown();
  scheduler.join();
  std::atomic<int> ran{0};
  test::ReportRecorder recorder;
  scheduler.spawn([&] { ran.fetch_add(1); });
  EXPECT_EQ(ran.load(), 0);
  scheduler.ensure_running(2);
  std::atomic<bool> acked{false};
  scheduler.spawn([&] { acked = true; });
  while (!acked.load())
    std::this_thread::yield();
  EXPECT_EQ(ran.load(), 0) << "a task spawned onto a stopped scheduler never runs";
}

TEST_F(TaskTest, ShutdownSchedulerPolicyStopsAndNoJoinHangs) {
  set_error_reporter([](const RuntimeError &) {});
  Scheduler scheduler(2, RecoveryPolicy::ShutdownScheduler);
  std::atomic<bool> forever{false};
  // A task that keeps yielding, and one parked in join() on it: neither can finish by itself.
  auto spinner = scheduler.spawn_task([&] {
    while (!forever.load())
      yield_now();
    return 1;
  });
  std::atomic<bool> joining{false};
  auto joiner = scheduler.spawn_task([&, spinner = std::move(spinner)]() mutable {
    joining = true;
    return *spinner.join() + 1;
  });
  while (!joining.load())
    std::this_thread::yield();
  // A panic under ShutdownScheduler stops the scheduler; nobody calls shutdown() or join().
  auto panicking = scheduler.spawn_task([] { throw std::runtime_error("sensor bus fault"); });
  EXPECT_EQ(panicking.join().error(), RuntimeError::task_panic("sensor bus fault"));
  auto result = joiner.join(); // must return, with an error
  ASSERT_FALSE(result.has_value());
  EXPECT_NE(result.error().to_string().find("shut down"), std::string::npos)
      << result.error().to_string();
  // Spawning onto the stopped scheduler fails the task instead of running it.
  auto late = scheduler.spawn_task([] { return 5; });
  ASSERT_FALSE(late.join().has_value());
  forever = true;
}

TEST_F(TaskTest, SpawnOntoAShutDownSchedulerReturnsAnError) {
  Scheduler scheduler(1);
  scheduler.shutdown();
  scheduler.join();
  auto task = scheduler.spawn_task([] { return 1; });
  auto result = task.join();
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error(),
            RuntimeError::message("the scheduler is shut down; the task never ran"));
}

} // namespace
} // namespace medi

namespace medi {
namespace {

using SleepTest = test::ReportingTest;
using std::chrono::milliseconds;
using std::chrono::steady_clock;

TEST_F(SleepTest, TaskSleepsAtLeastItsDuration) {
  auto task = spawn_task([] {
    const auto start = steady_clock::now();
    sleep_for(milliseconds(20));
    return steady_clock::now() - start;
  });
  EXPECT_GE(*task.join(), milliseconds(20));
}

TEST_F(SleepTest, SleepingTasksFreeTheirWorkers) {
  // On one worker, 200 tasks sleeping 50 ms each finish together, not one after another
  // (10 s): sleeping parks the task. The guard is generous (10x).
  Scheduler scheduler(1);
  std::vector<Task<void>> tasks;
  const auto start = steady_clock::now();
  for (int i = 0; i < 200; ++i)
    tasks.push_back(scheduler.spawn_task([] { sleep_for(milliseconds(50)); }));
  for (auto &task : tasks)
    EXPECT_TRUE(task.join().has_value());
  EXPECT_LT(steady_clock::now() - start, milliseconds(500));
}

TEST_F(SleepTest, ThreadSleepsToo) {
  const auto start = steady_clock::now();
  sleep_for(milliseconds(10));
  EXPECT_GE(steady_clock::now() - start, milliseconds(10));
}

} // namespace
} // namespace medi

namespace medi {
namespace {

using BlockingTest = test::ReportingTest;

// One worker; task A blocks its thread in a foreign wait that only task B can end. Without the
// hand-off B could never run. A's wait gives up after 5 s, so a broken hand-off fails, not hangs.
TEST_F(BlockingTest, OtherTasksRunWhileOneBlocksItsThread) {
  Scheduler scheduler(1);
  std::atomic<bool> released{false};
  auto a = scheduler.spawn_task([&] {
    return blocking([&] {
      const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(5);
      while (!released.load() && std::chrono::steady_clock::now() < give_up)
        std::this_thread::yield(); // stands for a blocking system call
      return released.load();
    });
  });
  auto b = scheduler.spawn_task([&] { released = true; });
  EXPECT_TRUE(b.join().has_value());
  auto result = a.join();
  ASSERT_TRUE(result.has_value());
  EXPECT_TRUE(*result) << "task B never ran while A blocked";
  EXPECT_EQ(scheduler.num_threads(), 1u);
}

TEST_F(BlockingTest, ValuesExceptionsAndPlainThreads) {
  EXPECT_EQ(blocking([] { return 7; }), 7); // a plain thread just calls it
  auto task = spawn_task([] {
    const int value = blocking([] { return 41; }) + 1;
    try {
      blocking([]() -> int { throw std::runtime_error("device read failed"); });
    } catch (const std::runtime_error &e) {
      return std::string(e.what()) + " / " + std::to_string(value);
    }
    return std::string("no exception");
  });
  EXPECT_EQ(*task.join(), "device read failed / 42");
}

// A task still inside blocking() when its scheduler stops: it rejoins after the last worker has
// gone, and its join() must fail instead of waiting for a worker that will never come.
TEST_F(BlockingTest, ATaskBackFromBlockingAfterTheWorkersStoppedFailsItsJoin) {
  test::ReportRecorder quiet;
  set_error_reporter_with_context(quiet.callback());
  Scheduler scheduler(1);
  std::atomic<bool> blocking_entered{false}, released{false};
  auto blocked = scheduler.spawn_task([&] {
    return blocking([&] {
      blocking_entered = true;
      while (!released.load())
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      return 1;
    });
  });
  while (!blocking_entered.load())
    std::this_thread::yield();
  // A task parked on the worker that took over: the last worker to stop fails it, so its join
  // returning says every worker is gone.
  auto [tx, rx] = create_bounded_channel<int>(0);
  auto parked = scheduler.spawn_task([rx = rx] { return rx.recv().has_value(); });
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  scheduler.shutdown();
  EXPECT_FALSE(parked.join().has_value());
  released = true; // the blocked task now rejoins a scheduler without workers
  std::atomic<bool> joined{false};
  std::expected<int, RuntimeError> result = 0;
  std::thread joiner([&] {
    result = blocked.join();
    joined = true;
  });
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (!joined.load() && std::chrono::steady_clock::now() < give_up)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  const bool joined_in_time = joined.load();
  scheduler.join(); // fails whatever is still queued: the joiner returns either way
  joiner.join();
  ASSERT_TRUE(joined_in_time) << "the task that came back from blocking() was never failed";
  ASSERT_FALSE(result.has_value());
  EXPECT_NE(result.error().to_string().find("shut down"), std::string::npos)
      << result.error().to_string();
}

TEST_F(BlockingTest, ManyBlockingCallsInARow) {
  Scheduler scheduler(2);
  std::vector<Task<int>> tasks;
  for (int i = 0; i < 50; ++i)
    tasks.push_back(scheduler.spawn_task([i] {
      int total = 0;
      for (int j = 0; j < 4; ++j)
        total += blocking([i] { return i; });
      return total;
    }));
  for (int i = 0; i < 50; ++i)
    EXPECT_EQ(*tasks[static_cast<std::size_t>(i)].join(), 4 * i);
  scheduler.shutdown();
  scheduler.join();
}

} // namespace
} // namespace medi

namespace medi {
namespace {

using InlineJoinTest = test::ReportingTest;

// A task that joins a child it just spawned runs the child on its own stack (the child is at
// the bottom of its worker's deque). The child still has its own id, result and panic report.
TEST_F(InlineJoinTest, JoinedChildKeepsItsIdentity) {
  auto parent = spawn_task([] {
    auto child = spawn_task([] { return this_task::id(); });
    const auto child_id = child.id();
    const auto seen = *child.join();
    return std::pair{child_id, seen};
  });
  const auto [child_id, seen] = *parent.join();
  EXPECT_NE(child_id, 0u);
  EXPECT_EQ(seen, child_id);
}

TEST_F(InlineJoinTest, PanicInAJoinedChildIsReportedAndReturned) {
  test::ReportRecorder recorder;
  set_error_reporter_with_context(recorder.callback());
  auto parent = spawn_task([] {
    auto child = spawn_task([]() -> int { throw std::runtime_error("lead off"); });
    auto result = child.join();
    return result.has_value() ? std::string("no error") : result.error().to_string();
  });
  EXPECT_EQ(*parent.join(), "task panicked: lead off");
  ASSERT_EQ(recorder.size(), 1u);
  EXPECT_EQ(recorder.reports().front().op, "scheduler.task_panic");
}

// A regression guard for a lost unpark: a task that spawns and joins children in a tight loop on
// two workers, where children are often stolen and finish while their parent is deciding to park.
// Before the fix this hung about once per 6 million joins; a hang fails through ctest's timeout.
TEST_F(TaskTest, TightSpawnJoinLoopOnTwoWorkersNeverLosesAWakeUp) {
  Scheduler scheduler(2);
  for (int round = 0; round < 4; ++round) {
    auto root = scheduler.spawn_task([&] {
      long sum = 0;
      for (int i = 0; i < 250'000; ++i)
        sum += *scheduler.spawn_task([] { return 1; }).join();
      return sum;
    });
    EXPECT_EQ(*root.join(), 250'000);
  }
}

using ExceptionStateTest = test::ReportingTest;

// What a task sees of the exception it is handling after it suspended inside the handler.
std::string handled_message() {
  try {
    throw; // rethrows the exception being handled
  } catch (const std::runtime_error &e) {
    return e.what();
  }
}

// Each task parks inside its catch handler while the other catches its own exception on the
// same thread: each must still see its own exception, and rethrow it.
TEST_F(ExceptionStateTest, TasksSuspendInsideCatchHandlersOnOneWorker) {
  Scheduler scheduler(1);
  auto handle = [](std::string name) {
    return [name] {
      std::vector<std::string> seen;
      try {
        throw std::runtime_error(name);
      } catch (const std::runtime_error &) {
        for (int i = 0; i < 20; ++i) {
          yield_now();
          seen.push_back(handled_message());
        }
        if (std::uncaught_exceptions() != 0)
          seen.push_back("uncaught exceptions leaked in");
      }
      return seen;
    };
  };
  auto a = scheduler.spawn_task(handle("a"));
  auto b = scheduler.spawn_task(handle("b"));
  EXPECT_EQ(*a.join(), std::vector<std::string>(20, "a"));
  EXPECT_EQ(*b.join(), std::vector<std::string>(20, "b"));
}

// The same with sleeps on two workers, where tasks resume on whichever thread is free.
TEST_F(ExceptionStateTest, TasksResumeInsideCatchHandlersOnAnyThread) {
  Scheduler scheduler(2);
  std::vector<Task<int>> tasks;
  for (int t = 0; t < 8; ++t)
    tasks.push_back(scheduler.spawn_task([t] {
      int own = 0;
      try {
        throw std::runtime_error(std::to_string(t));
      } catch (const std::runtime_error &) {
        for (int i = 0; i < 10; ++i) {
          sleep_for(std::chrono::microseconds(100));
          own += handled_message() == std::to_string(t);
        }
      }
      return own;
    }));
  for (auto &task : tasks)
    EXPECT_EQ(*task.join(), 10);
  EXPECT_EQ(std::uncaught_exceptions(), 0);
  EXPECT_EQ(std::current_exception(), nullptr) << "the main thread handles nothing";
}

} // namespace
} // namespace medi
