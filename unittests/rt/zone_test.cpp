// zone_test.cpp: real-time zones: medic_runtime's enter/exit, the guard, nesting, unbalanced exits
// (reported, ignored), and zones that belong to a task across parks and workers.
#include "../error/report_recorder.h"
#include "medi/task.h"
#include "medi/zone.h"
#include "rt/zone_stack.h"

#include <chrono>
#include <gtest/gtest.h>

namespace medi {
namespace {

using ZoneTest = test::ReportingTest;

TEST_F(ZoneTest, SeedExample) {
  rt_zone::RtZone rt;
  EXPECT_EQ(current_zone(), ZoneKind::None);
  rt.enter();
  EXPECT_EQ(current_zone(), ZoneKind::RealTime);
  rt.exit();
  EXPECT_EQ(current_zone(), ZoneKind::None);
}

TEST_F(ZoneTest, GuardsNestWithEnterAndExit) {
  rt_zone::RtZone rt;
  {
    auto outer = rt_zone::enter();
    rt.enter();
    {
      rt_zone::Guard inner;
      EXPECT_EQ(current_zone(), ZoneKind::RealTime);
    }
    rt.exit();
    EXPECT_EQ(current_zone(), ZoneKind::RealTime) << "the outer guard still holds";
  }
  EXPECT_EQ(current_zone(), ZoneKind::None);
}

TEST_F(ZoneTest, UnbalancedExitIsReportedAndIgnored) {
  test::ReportRecorder recorder;
  set_error_reporter_with_context(recorder.callback());
  rt_zone::RtZone rt;
  const unsigned line = __LINE__ + 1;
  rt.exit();
  EXPECT_EQ(current_zone(), ZoneKind::None);
  rt.enter();
  rt.exit();
  set_error_reporter_with_context(nullptr);
  ASSERT_EQ(recorder.size(), 1u);
  EXPECT_EQ(recorder.reports()[0].op, "zone.unbalanced");
  EXPECT_EQ(recorder.reports()[0].line, line);
}

TEST_F(ZoneTest, NestingBeyondTheLimitStaysBalanced) {
  test::ReportRecorder recorder;
  set_error_reporter_with_context(recorder.callback());
  rt_zone::RtZone rt;
  for (unsigned i = 0; i < detail::kMaxZoneDepth + 3; ++i)
    rt.enter();
  for (unsigned i = 0; i < detail::kMaxZoneDepth + 3; ++i)
    rt.exit();
  set_error_reporter_with_context(nullptr);
  EXPECT_EQ(current_zone(), ZoneKind::None);
  EXPECT_EQ(recorder.size(), 3u) << "one report per untracked level";
}

TEST_F(ZoneTest, ZonesBelongToTheTaskAcrossParksAndWorkers) {
  Scheduler scheduler(2);
  std::vector<Task<int>> tasks;
  for (int t = 0; t < 8; ++t)
    tasks.push_back(scheduler.spawn_task([] {
      int in_zone = current_zone() == ZoneKind::None ? 0 : -100; // a new task starts outside
      auto zone = rt_zone::enter();
      for (int i = 0; i < 20; ++i) {
        sleep_for(std::chrono::microseconds(50)); // parks; may resume on the other worker
        in_zone += current_zone() == ZoneKind::RealTime;
      }
      return in_zone;
    }));
  for (auto &task : tasks)
    EXPECT_EQ(*task.join(), 20);
  EXPECT_EQ(current_zone(), ZoneKind::None) << "the main thread never entered one";
}

} // namespace
} // namespace medi
