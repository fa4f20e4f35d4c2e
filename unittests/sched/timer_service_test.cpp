// timer_service_test.cpp: a task's timed wait that ends early disarms its timer, so long
// timeouts in a loop do not pile up armed wake-ups.
#include "medi/channel.h"
#include "medi/task.h"
#include "sched/timer_service.h"

#include <chrono>
#include <gtest/gtest.h>
#include <thread>

namespace medi::detail {
namespace {

TEST(TimerServiceTest, AWaitThatEndsEarlyCancelsItsTimer) {
  auto [tx, rx] = create_unbounded_channel<int>();
  Scheduler scheduler(1);
  const std::size_t before = TimerService::instance().pending();
  auto waiter = scheduler.spawn_task([rx] {
    int received = 0;
    for (int i = 0; i < 100; ++i) // each wait arms an hour-long timer, then a value arrives
      received += rx.recv_for(std::chrono::hours(1)).value_or(0);
    return received;
  });
  for (int i = 0; i < 100; ++i) {
    // Send only once the task waits, its timer armed (a disarmed one is gone from pending()).
    while (TimerService::instance().pending() == before)
      std::this_thread::yield();
    ASSERT_TRUE(tx.send(1).has_value());
    while (tx.len() != 0) // taken: the task woke, and disarmed its timer before taking it
      std::this_thread::yield();
  }
  EXPECT_EQ(*waiter.join(), 100);
  EXPECT_EQ(TimerService::instance().pending(), before) << "every early-ended wait disarmed";
}

} // namespace
} // namespace medi::detail
