// woken_task_judge_test.cpp: when a thief takes another worker's woken tasks
// (runtime/sched/woken_task_judge.h), driven with a clock of the test's own: never on the first
// look, always once the victim has dispatched nothing for a window, and otherwise by whether its
// queue would drain within the limit at the pace it kept.
#include "sched/woken_task_judge.h"

#include <gtest/gtest.h>

namespace medi::detail {
namespace {

constexpr std::int64_t kWindow = kWokenJudgeWindow.count();
constexpr std::int64_t kLimit = kWokenDrainLimit.count();
constexpr std::int64_t kStart = 1'000'000'000; // an arbitrary steady-clock reading

// A victim with `queued` woken tasks queued: one in its run-next slot, the rest marked on its
// deque. The items are never dereferenced, only counted.
class Victim {
public:
  explicit Victim(int queued) {
    for (int i = 0; i < queued; ++i) {
      if (i == 0)
        worker.run_next[index_of(Priority::Normal)].store(fake_task(0));
      else
        worker.deques[index_of(Priority::Normal)].push(marked_woken(fake_task(i)));
    }
  }
  void dispatch(int times) {
    for (int i = 0; i < times; ++i)
      worker.count_dispatch();
  }
  bool judged_long_at(std::int64_t now) { return woken_tasks_wait_long(worker, now); }

  Worker worker;

private:
  TaskControl *fake_task(int i) {
    return reinterpret_cast<TaskControl *>(&storage_[i * alignof(TaskControl)]);
  }
  alignas(TaskControl) unsigned char storage_[16 * alignof(TaskControl)]{};
};

TEST(WokenTaskJudgeTest, TheFirstLookOnlyOpensAWindow) {
  Victim victim(8);
  EXPECT_FALSE(victim.judged_long_at(kStart));
}

TEST(WokenTaskJudgeTest, AVictimThatDispatchedNothingForAWindowLosesThem) {
  Victim victim(1);
  ASSERT_FALSE(victim.judged_long_at(kStart));
  EXPECT_FALSE(victim.judged_long_at(kStart + kWindow / 2)) << "half a window is not a stall";
  EXPECT_TRUE(victim.judged_long_at(kStart + kWindow));
  // A new window opened with that look: still no dispatch, so the next whole window says so too.
  EXPECT_FALSE(victim.judged_long_at(kStart + kWindow + 1));
  EXPECT_TRUE(victim.judged_long_at(kStart + 2 * kWindow));
}

TEST(WokenTaskJudgeTest, AFastVictimWithAShortQueueKeepsThem) {
  // 4 queued at 100 ns a dispatch: drained in 400 ns, far within the limit.
  Victim victim(4);
  ASSERT_FALSE(victim.judged_long_at(kStart));
  for (std::int64_t t = kStart; t < kStart + 5 * kWindow; t += kWindow / 10) {
    victim.dispatch(static_cast<int>(kWindow / 10 / 100));
    EXPECT_FALSE(victim.judged_long_at(t + kWindow / 10)) << "at " << t - kStart << " ns";
  }
}

TEST(WokenTaskJudgeTest, ASlowVictimWithAQueueLosesThem) {
  // One dispatch in a window, 3 queued: 3 windows' worth of waiting, over the limit.
  static_assert(3 * kWindow >= kLimit);
  Victim victim(3);
  ASSERT_FALSE(victim.judged_long_at(kStart));
  victim.dispatch(1);
  EXPECT_TRUE(victim.judged_long_at(kStart + kWindow));
}

TEST(WokenTaskJudgeTest, TheDrainLimitIsWhereTheVerdictTurns) {
  // Over one window, `dispatched` dispatches with `queued` waiting: the queue drains in
  // queued * window / dispatched, long exactly when that reaches the limit.
  for (const int queued : {1, 2, 5, 9})
    for (const int dispatched : {1, 2, 3, 10, 100}) {
      Victim victim(queued);
      ASSERT_FALSE(victim.judged_long_at(kStart));
      victim.dispatch(dispatched);
      const bool expected = queued * kWindow >= kLimit * dispatched;
      EXPECT_EQ(victim.judged_long_at(kStart + kWindow), expected)
          << queued << " queued, " << dispatched << " dispatched";
    }
}

TEST(WokenTaskJudgeTest, LooksFarApartJudgeByTheWholeStretchBetweenThem) {
  // A thief that looks once in several windows (a watching searcher, idle_workers.h) still sees
  // a stall, and still leaves a fast victim alone.
  Victim stalled(1);
  ASSERT_FALSE(stalled.judged_long_at(kStart));
  for (int look = 1; look <= 3; ++look)
    EXPECT_TRUE(stalled.judged_long_at(kStart + 6 * look * kWindow)) << "look " << look;
  Victim fast(4);
  ASSERT_FALSE(fast.judged_long_at(kStart));
  for (int look = 1; look <= 3; ++look) {
    fast.dispatch(static_cast<int>(6 * kWindow / 100)); // one per 100 ns
    EXPECT_FALSE(fast.judged_long_at(kStart + 6 * look * kWindow)) << "look " << look;
  }
}

TEST(WokenTaskJudgeTest, AReadingFromBeforeTheWindowReopensIt) {
  // Another thief opened the window after this one read the clock.
  Victim victim(2);
  ASSERT_FALSE(victim.judged_long_at(kStart + kWindow));
  EXPECT_FALSE(victim.judged_long_at(kStart));
  EXPECT_FALSE(victim.judged_long_at(kStart + kWindow / 2));
  EXPECT_TRUE(victim.judged_long_at(kStart + kWindow));
}

} // namespace
} // namespace medi::detail
