// wait_context_test.cpp: what a blocked channel operation waits on (medi/detail/channel/
// wait_context.h, runtime/chan/wait_context.cpp): one selection wins, a deadline aborts, a
// selection made elsewhere wakes the waiter (a thread or a task), the rendezvous packet, the
// owner identity that keeps a select from pairing with itself, and reuse after reset().
#include "medi/detail/channel/wait_context.h"
#include "medi/scheduler.h"
#include "medi/task.h"
#include "sched/task_park.h"

#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <thread>
#include <vector>

namespace medi::detail {
namespace {

using namespace std::chrono_literals;
using Clock = WaitContext::Clock;
constexpr std::uintptr_t kOperation = 0x1000; // an operation id (any address-like value)

// A context's unpark() on this thread leaves this thread's parker a permit when nobody waited;
// the fixture takes it back, so no test hands a stray wake-up to the next.
class WaitContextTest : public ::testing::Test {
protected:
  void TearDown() override { Waiter::thread_parker().park_until(Clock::now()); }
};

TEST_F(WaitContextTest, TheFirstSelectionWins) {
  WaitContext context;
  EXPECT_EQ(context.selected(), WaitContext::kWaiting);
  EXPECT_TRUE(context.try_select(kOperation));
  EXPECT_FALSE(context.try_select(WaitContext::kDisconnected));
  EXPECT_FALSE(context.try_select(kOperation + 8));
  EXPECT_EQ(context.selected(), kOperation);
}

TEST_F(WaitContextTest, RacingSelectorsSelectExactlyOnce) {
  for (int trial = 0; trial < 2'000; ++trial) {
    WaitContext context;
    std::atomic<int> winners{0};
    std::vector<std::jthread> selectors;
    for (std::uintptr_t i = 0; i < 3; ++i)
      selectors.emplace_back([&, i] {
        if (context.try_select(kOperation + 8 * i))
          ++winners;
      });
    selectors.clear(); // joins
    ASSERT_EQ(winners.load(), 1) << "trial " << trial;
  }
}

TEST_F(WaitContextTest, ADeadlineWithNoSelectionAborts) {
  WaitContext context;
  const auto start = Clock::now();
  EXPECT_EQ(context.wait_until(start + 20ms), WaitContext::kAborted);
  EXPECT_GE(Clock::now() - start, 20ms);
  EXPECT_EQ(context.selected(), WaitContext::kAborted);
  EXPECT_FALSE(context.try_select(kOperation)) << "an aborted wait is not selected later";
}

TEST_F(WaitContextTest, ASelectionBeforeTheWaitReturnsAtOnce) {
  WaitContext context;
  ASSERT_TRUE(context.try_select(kOperation));
  context.unpark();
  EXPECT_EQ(context.wait_until(Clock::now() + 10s), kOperation);
}

TEST_F(WaitContextTest, AThreadsWaitEndsWithTheSelectionMadeElsewhere) {
  WaitContext context;
  std::thread selector([&] {
    std::this_thread::sleep_for(10ms);
    ASSERT_TRUE(context.try_select(kOperation));
    context.unpark();
  });
  EXPECT_EQ(context.wait_until(std::nullopt), kOperation);
  selector.join();
}

TEST_F(WaitContextTest, ATasksWaitParksItAndEndsWithTheSelection) {
  Scheduler scheduler(1);
  std::atomic<WaitContext *> waiting{nullptr};
  auto waiter = scheduler.spawn_task([&] {
    WaitContext context;
    EXPECT_NE(context.task(), nullptr);
    waiting = &context;
    return context.wait_until(std::nullopt);
  });
  while (!waiting.load())
    std::this_thread::yield();
  // The wait parks the task: its only worker is free to run another.
  auto other = scheduler.spawn_task([] { return 1; });
  EXPECT_EQ(other.join(), 1);
  WaitContext *context = waiting.load();
  ASSERT_TRUE(context->try_select(kOperation));
  context->unpark();
  EXPECT_EQ(waiter.join(), kOperation);
}

// A rendezvous waiter that sees its selection asks for the packet at once; the selector stores
// it a moment later, and wait_packet() must wait for it.
TEST_F(WaitContextTest, WaitPacketWaitsForThePacketAfterTheSelection) {
  WaitContext context;
  int slot = 0;
  std::thread selector([&] {
    ASSERT_TRUE(context.try_select(kOperation));
    std::this_thread::sleep_for(20ms);
    context.store_packet(&slot);
    context.unpark();
  });
  while (context.selected() == WaitContext::kWaiting)
    std::this_thread::yield();
  EXPECT_EQ(context.wait_packet(), &slot);
  EXPECT_EQ(context.wait_until(std::nullopt), kOperation);
  selector.join();
}

TEST_F(WaitContextTest, OwnersAreTheWaitingTaskOrThread) {
  WaitContext first, second(/*for_select=*/true);
  EXPECT_EQ(first.owner(), second.owner()) << "two contexts of one thread";
  EXPECT_EQ(first.task(), nullptr);
  EXPECT_FALSE(first.for_select());
  EXPECT_TRUE(second.for_select());
  const void *other_thread = nullptr;
  std::thread([&] { other_thread = WaitContext().owner(); }).join();
  EXPECT_NE(first.owner(), other_thread);
  auto in_a_task = spawn_task([] {
    WaitContext context;
    return context.owner() == context.task() && context.task() != nullptr &&
           context.task() == current_task();
  });
  EXPECT_EQ(in_a_task.join(), true);
  EXPECT_EQ(current_task(), nullptr);
}

TEST_F(WaitContextTest, ResetMakesItReusable) {
  WaitContext context;
  ASSERT_TRUE(context.try_select(kOperation));
  context.store_packet(&context);
  context.unpark();
  EXPECT_EQ(context.wait_until(std::nullopt), kOperation);
  context.reset();
  EXPECT_EQ(context.selected(), WaitContext::kWaiting);
  EXPECT_EQ(context.wait_until(Clock::now() + 5ms), WaitContext::kAborted);
}

TEST_F(WaitContextTest, SelectionUnderOneLockIsAPlainStoreThatStillWinsOnce) {
  WaitContext context;
  context.mark_selected_under_lock();
  EXPECT_TRUE(context.try_select(kOperation));
  EXPECT_FALSE(context.try_select(kOperation + 8));
  EXPECT_EQ(context.selected(), kOperation);
}

} // namespace
} // namespace medi::detail
