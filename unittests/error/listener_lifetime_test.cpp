// listener_lifetime_test.cpp: removing a listener or replacing a reporter is final. When the call
// returns the callable is not running anywhere, is never called again, and has been destroyed.
#include "report_recorder.h"

#include <atomic>
#include <chrono>
#include <latch>
#include <memory>
#include <thread>
#include <vector>

namespace medi {
namespace {

using ListenerLifetimeTest = test::ReportingTest;

// Counts its destructions; captured by value in a callable, it says when the callable died.
struct DeathCounter {
  std::shared_ptr<std::atomic<int>> deaths = std::make_shared<std::atomic<int>>(0);
  DeathCounter() = default;
  DeathCounter(const DeathCounter &) = delete;
  DeathCounter(DeathCounter &&other) noexcept : deaths(other.deaths), armed(other.armed) {
    other.armed = false;
  }
  ~DeathCounter() {
    if (armed)
      deaths->fetch_add(1);
  }
  bool armed = true;
};

TEST_F(ListenerLifetimeTest, RemoveWaitsForACallInProgress) {
  set_error_reporter([](const RuntimeError &) {});
  std::latch entered(1), proceed(1);
  std::atomic<bool> remove_returned{false};
  std::atomic<bool> returned_while_running{false};
  const ListenerId id =
      add_error_context_listener([&](const RuntimeError &, const RuntimeContext &) {
        entered.count_down();
        proceed.wait();
        returned_while_running = remove_returned.load();
      });

  std::jthread reporter([] { report_error(RuntimeError::invalid_free(), "test.lifetime"); });
  entered.wait();
  std::jthread remover([&] {
    EXPECT_TRUE(remove_error_context_listener(id));
    remove_returned = true;
  });
  // Give the remover time to reach its wait: were removal not final, it would return now.
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  proceed.count_down();
  reporter.join();
  remover.join();
  EXPECT_FALSE(returned_while_running.load());
  EXPECT_TRUE(remove_returned.load());
}

TEST_F(ListenerLifetimeTest, RemovedListenerIsDestroyedAtOnceThoughAnotherThreadCachedIt) {
  set_error_reporter([](const RuntimeError &) {});
  DeathCounter counter;
  auto deaths = counter.deaths;
  const ListenerId id = add_error_context_listener(
      [counter = std::move(counter)](const RuntimeError &, const RuntimeContext &) {});

  // This thread reports once, so its cached snapshot holds the listener, then stays alive.
  std::latch reported(1), finish(1);
  std::jthread idle([&] {
    report_error(RuntimeError::invalid_free(), "test.lifetime");
    reported.count_down();
    finish.wait();
  });
  reported.wait();
  EXPECT_EQ(deaths->load(), 0);
  EXPECT_TRUE(remove_error_context_listener(id));
  EXPECT_EQ(deaths->load(), 1) << "the callable must die with its removal, not with the cache";
  finish.count_down();
}

TEST_F(ListenerLifetimeTest, ReplacedReporterIsDestroyedAtOnce) {
  DeathCounter counter;
  auto deaths = counter.deaths;
  set_error_reporter_with_context(
      [counter = std::move(counter)](const RuntimeError &, const RuntimeContext &) {});
  report_error(RuntimeError::invalid_free(), "test.lifetime");
  set_error_reporter_with_context([](const RuntimeError &, const RuntimeContext &) {});
  EXPECT_EQ(deaths->load(), 1);
}

TEST_F(ListenerLifetimeTest, ListenerRemovingItselfDiesWhenItsCallReturns) {
  set_error_reporter([](const RuntimeError &) {});
  DeathCounter counter;
  auto deaths = counter.deaths;
  ListenerId self{0};
  int deaths_seen_inside = -1;
  self = add_error_context_listener(
      [&, counter = std::move(counter)](const RuntimeError &, const RuntimeContext &) {
        EXPECT_TRUE(remove_error_context_listener(self)); // must not wait for itself
        deaths_seen_inside = counter.deaths->load();
      });
  report_error(RuntimeError::invalid_free(), "test.lifetime");
  EXPECT_EQ(deaths_seen_inside, 0) << "destroyed while still running";
  EXPECT_EQ(deaths->load(), 1);
}

TEST_F(ListenerLifetimeTest, RemovedListenerIsNeverCalledAgainUnderConcurrentReports) {
  set_error_reporter([](const RuntimeError &) {});
  constexpr int kReporters = 4;
  std::atomic<bool> stop{false};
  std::atomic<std::uint64_t> reports{0};
  std::vector<std::jthread> reporters;
  for (int t = 0; t < kReporters; ++t)
    reporters.emplace_back([&] {
      while (!stop.load()) {
        report_error(RuntimeError::invalid_free(), "test.lifetime");
        reports.fetch_add(1);
      }
    });
  auto wait_for_reports = [&](std::uint64_t count) {
    const std::uint64_t target = reports.load() + count;
    while (reports.load() < target)
      std::this_thread::yield();
  };

  for (int round = 0; round < 100; ++round) {
    auto removed = std::make_shared<std::atomic<bool>>(false);
    auto calls_after_removal = std::make_shared<std::atomic<int>>(0);
    auto heard = std::make_shared<std::atomic<int>>(0);
    const ListenerId id = add_error_context_listener(
        [removed, calls_after_removal, heard](const RuntimeError &, const RuntimeContext &) {
          if (removed->load())
            calls_after_removal->fetch_add(1);
          heard->fetch_add(1);
        });
    // A listener added by this thread reaches the long-running reporters.
    while (heard->load() == 0)
      std::this_thread::yield();
    ASSERT_TRUE(remove_error_context_listener(id));
    removed->store(true);
    wait_for_reports(2 * kReporters);
    ASSERT_EQ(calls_after_removal->load(), 0) << "round " << round;
  }
  stop = true;
}

TEST_F(ListenerLifetimeTest, ThreadThatNeverReportedCanReportFromItsExit) {
  std::atomic<int> calls{0};
  set_error_reporter([&](const RuntimeError &) { calls.fetch_add(1); });
  struct ReportsOnExit {
    ~ReportsOnExit() { report_error(RuntimeError::message("late"), "test.thread_exit"); }
  };
  std::jthread([] {
    thread_local ReportsOnExit late;
    (void)late;
  }).join();
  EXPECT_EQ(calls.load(), 1);
}

} // namespace
} // namespace medi
