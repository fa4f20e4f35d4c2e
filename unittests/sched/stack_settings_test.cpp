// stack_settings_test.cpp: MEDI_STACK_SIZE / MEDI_GUARDED_STACKS parsing, and what a scheduler
// does with them.
#include "../error/report_recorder.h"
#include "../scoped_env.h"
#include "medi/task.h"
#include "sched/fiber.h"
#include "sched/stack_settings.h"

#include <cstdlib>
#include <gtest/gtest.h>

namespace medi::detail {
namespace {

TEST(ParseByteSizeTest, PlainAndSuffixed) {
  EXPECT_EQ(parse_byte_size("65536"), 65536u);
  EXPECT_EQ(parse_byte_size("64K"), 65536u);
  EXPECT_EQ(parse_byte_size("64k"), 65536u);
  EXPECT_EQ(parse_byte_size("2M"), 2u * 1024 * 1024);
  EXPECT_EQ(parse_byte_size("0"), 0u);
}

TEST(ParseByteSizeTest, RejectsWhatDoesNotParse) {
  for (const char *bad :
       {"", "K", "64KB", "-1", " 64K", "64 K", "1.5M", "0x100", "99999999999999999999"})
    EXPECT_FALSE(parse_byte_size(bad).has_value()) << bad;
  EXPECT_FALSE(parse_byte_size("18446744073709551615K").has_value()) << "overflow";
}

TEST(StackSettingsTest, DefaultsWithoutTheVariables) {
  ::unsetenv("MEDI_STACK_SIZE");
  ::unsetenv("MEDI_GUARDED_STACKS");
  const auto settings = StackSettings::from_environment();
  EXPECT_EQ(settings.stack_size, StackPool::kDefaultStackSize);
  EXPECT_FALSE(settings.guard_budget.has_value());
}

using StackSettingsReportTest = test::ReportingTest;

TEST_F(StackSettingsReportTest, InvalidValuesAreReportedAndIgnored) {
  test::ReportRecorder recorder;
  set_error_reporter_with_context(recorder.callback());
  const test::ScopedEnv size("MEDI_STACK_SIZE", "lots");
  const test::ScopedEnv guards("MEDI_GUARDED_STACKS", "some");
  const auto settings = StackSettings::from_environment();
  EXPECT_EQ(settings.stack_size, StackPool::kDefaultStackSize);
  EXPECT_FALSE(settings.guard_budget.has_value());
  const auto reports = recorder.reports();
  ASSERT_EQ(reports.size(), 2u);
  EXPECT_EQ(reports[0].op, "scheduler.invalid_setting");
  EXPECT_EQ(reports[0].error.to_string(),
            "MEDI_STACK_SIZE=\"lots\" ignored: expected bytes with an optional K or M suffix");
  EXPECT_EQ(reports[1].error.to_string(),
            "MEDI_GUARDED_STACKS=\"some\" ignored: expected a count of stacks");
}

TEST_F(StackSettingsReportTest, OutOfRangeSizeIsReported) {
  test::ReportRecorder recorder;
  set_error_reporter_with_context(recorder.callback());
  const test::ScopedEnv size("MEDI_STACK_SIZE", "1K");
  EXPECT_EQ(StackSettings::from_environment().stack_size, StackPool::kDefaultStackSize);
  ASSERT_EQ(recorder.size(), 1u);
  EXPECT_EQ(recorder.reports()[0].error.to_string(),
            "MEDI_STACK_SIZE=\"1K\" ignored: must lie between 4K and 1024M");
}

TEST(StackSettingsTest, TasksGetTheConfiguredStack) {
  const test::ScopedEnv size("MEDI_STACK_SIZE", "256K");
  Scheduler scheduler(1);
  auto task = scheduler.spawn_task([] {
    const FiberStack &stack = Fiber::current()->stack();
    // Uses most of it: 200 KiB would overflow the default 64 KiB stack.
    volatile char big[200 * 1024];
    big[0] = 1;
    big[sizeof big - 1] = 1;
    return stack.size;
  });
  // The configured size, less the few cache lines the fiber itself takes at the top.
  const std::size_t usable = *task.join();
  EXPECT_LE(usable, 256u * 1024);
  EXPECT_GE(usable, 255u * 1024);
}

TEST(StackSettingsTest, ZeroGuardedStacksGivesCanaries) {
  const test::ScopedEnv guards("MEDI_GUARDED_STACKS", "0");
  Scheduler scheduler(1);
  auto task = scheduler.spawn_task([] { return Fiber::current()->stack().guarded; });
  EXPECT_FALSE(*task.join());
}

} // namespace
} // namespace medi::detail
