// live_list_test.cpp: the scheduler's list of started tasks (runtime/sched/live_list.h).
// The deadlock watch claims a parked task while it copies its record; an unpark that arrives
// meanwhile must not be lost (the watch reschedules the task), and a look must see the parked
// task with the record of the call it waits in.
#include "medi/channel.h"
#include "medi/scheduler.h"
#include "medi/task.h"
#include "sched/scheduler_core.h"

#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <thread>

namespace medi {
namespace {

// One task receives from a plain thread over a rendezvous channel, parking for every value,
// while another thread looks at the parked tasks as fast as it can. A wake-up lost to a look
// would leave the receiver parked and the sender's send_for timing out.
TEST(LiveListTest, TheWatchsLooksNeverLoseAWakeUp) {
  constexpr int kValues = 20'000;
  Scheduler scheduler(1);
  auto [tx, rx] = create_bounded_channel<int>(0);
  auto receiver = scheduler.spawn_task([rx = rx] {
    long sum = 0;
    while (auto value = rx.recv())
      sum += *value;
    return sum;
  });
  std::atomic<bool> done{false};
  std::atomic<long> looks_that_saw_it_parked{0};
  std::jthread watcher([&] {
    while (!done.load()) {
      if (auto parked = detail::SchedulerAccess::core(scheduler).parked_tasks_if_none_woken()) {
        for (const auto &task : *parked)
          if (task.blocked_on && task.blocked_on->op == "xchan.recv")
            ++looks_that_saw_it_parked;
      }
    }
  });
  struct StopWatcher {
    std::atomic<bool> &done;
    ~StopWatcher() { done = true; } // before the jthread joins, also when an ASSERT returns
  } stop_watcher{done};
  long expected = 0;
  for (int i = 0; i < kValues; ++i) {
    expected += i;
    ASSERT_TRUE(tx.send_for(i, std::chrono::seconds(10)).has_value())
        << "value " << i << ": the receiver was not woken";
  }
  {
    auto last = std::move(tx);
  } // disconnects: the receiver returns
  const auto sum = receiver.join();
  ASSERT_TRUE(sum.has_value());
  EXPECT_EQ(*sum, expected);
  EXPECT_GT(looks_that_saw_it_parked.load(), 0) << "no look found the receiver parked";
}

} // namespace
} // namespace medi
