// task_slots_test.cpp: per-task words other modules keep in a task (runtime/sched/task_slots.h):
// each task has its own value, a slot's exit hook gets a finished task's value exactly once and
// before its join returns, a task that never used the slot costs its hook nothing, and a slot
// works from any thread.
#include "../error/report_recorder.h"
#include "medi/scheduler.h"
#include "medi/task.h"
#include "sched/task_slots.h"

#include <atomic>
#include <gtest/gtest.h>
#include <mutex>
#include <set>
#include <stdexcept>
#include <utility>
#include <vector>

namespace medi::detail {
namespace {

std::mutex hooked_mutex;
std::multiset<std::intptr_t> hooked; // the values the exit hook was given

constinit const TaskSlot test_slot([](void *value) noexcept {
  std::lock_guard lock(hooked_mutex);
  hooked.insert(reinterpret_cast<std::intptr_t>(value));
});

std::multiset<std::intptr_t> take_hooked() {
  std::lock_guard lock(hooked_mutex);
  return std::exchange(hooked, {});
}

void *as_value(std::intptr_t n) {
  return reinterpret_cast<void *>(n);
}

// The failing task's panic is reported: the recorder keeps it out of the test's output.
class TaskSlotTest : public test::RecordingTest {};

TEST_F(TaskSlotTest, EachTaskHasItsOwnValueAndTheHookGetsItBeforeJoinReturns) {
  take_hooked();
  Scheduler scheduler(2);
  std::vector<Task<bool>> tasks;
  for (std::intptr_t n = 1; n <= 50; ++n)
    tasks.push_back(scheduler.spawn_task([n] {
      TaskControl *self = current_task();
      if (test_slot.get(self) != nullptr)
        return false; // a new task starts empty
      test_slot.set(self, as_value(n));
      yield_now(); // may resume on another worker: the value travels with the task
      return test_slot.get(current_task()) == as_value(n);
    }));
  for (auto &task : tasks)
    EXPECT_EQ(task.join(), true);
  std::multiset<std::intptr_t> expected;
  for (std::intptr_t n = 1; n <= 50; ++n)
    expected.insert(n);
  EXPECT_EQ(take_hooked(), expected) << "every finished task's value, exactly once";
}

TEST_F(TaskSlotTest, ATaskThatEmptiesItsSlotOrNeverUsesItCallsNoHook) {
  take_hooked();
  auto emptied = spawn_task([] {
    test_slot.set(current_task(), as_value(7));
    test_slot.set(current_task(), nullptr);
  });
  auto unused = spawn_task([] {});
  ASSERT_TRUE(emptied.join().has_value());
  ASSERT_TRUE(unused.join().has_value());
  EXPECT_TRUE(take_hooked().empty());
}

TEST_F(TaskSlotTest, AFailingTaskStillHandsItsValueToTheHook) {
  take_hooked();
  auto failing = spawn_task([]() -> int {
    test_slot.set(current_task(), as_value(99));
    throw std::runtime_error("a task that fails after using a slot");
  });
  EXPECT_FALSE(failing.join().has_value());
  EXPECT_EQ(take_hooked(), std::multiset<std::intptr_t>{99});
}

} // namespace
} // namespace medi::detail
