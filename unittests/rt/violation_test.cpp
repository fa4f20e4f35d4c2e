// violation_test.cpp: inside a real-time zone, spawning, creating channels and blocking channel
// operations (and task groups) are reported as rt_zone.violation with the caller's line; outside,
// nothing is; the Abort policy aborts.
#include "../error/report_recorder.h"
#include "medi/cancellation.h"
#include "medi/channel.h"
#include "medi/gc.h"
#include "medi/select.h"
#include "medi/task.h"
#include "medi/zone.h"

#include <gtest/gtest.h>
#include <optional>

namespace medi {
namespace {

class ViolationTest : public test::RecordingTest {
protected:
  void TearDown() override {
    set_violation_policy(ViolationPolicy::Report);
    test::RecordingTest::TearDown();
  }
  void expect_violation(std::size_t index, unsigned line, std::string_view what) {
    const auto reports = recorder.reports();
    ASSERT_GT(reports.size(), index);
    EXPECT_EQ(reports[index].op, "rt_zone.violation");
    EXPECT_EQ(reports[index].line, line);
    EXPECT_NE(reports[index].error.to_string().find(what), std::string::npos)
        << reports[index].error.to_string();
  }
};

TEST_F(ViolationTest, BlockingAndAllocatingOperationsAreReportedInsideOnly) {
  auto [tx, rx] = create_bounded_channel<int>(4);
  ASSERT_TRUE(tx.send(1).has_value());
  EXPECT_EQ(recorder.size(), 0u) << "outside a zone nothing is a violation";
  // Inside the zone only the operations under test: the checks come after it (in a checked
  // build, the test's own allocations inside it would be violations too).
  std::optional<Task<int>> task;
  unsigned spawn_line, create_line, send_line, recv_line, select_line;
  bool try_send_ok;
  {
    auto zone = rt_zone::enter();
    spawn_line = __LINE__ + 1;
    task.emplace(spawn_task([] { return 1; }));
    create_line = __LINE__ + 1;
    auto channel = create_unbounded_channel<int>();
    send_line = __LINE__ + 1;
    (void)tx.send(2);
    recv_line = __LINE__ + 1;
    (void)rx.recv();
    try_send_ok = tx.try_send(3).has_value(); // non-blocking: allowed
    (void)rx.try_recv();
    select_line = __LINE__ + 1;
    (void)select(on_recv(rx, [](auto) {}));
  }
  EXPECT_TRUE(try_send_ok);
  // Exactly these five, also in a checked build: an operation reported as a violation is not
  // reported again for the heap allocations it makes.
  ASSERT_EQ(recorder.size(), 5u);
  expect_violation(0, spawn_line, "spawning a task");
  expect_violation(1, create_line, "creating a channel");
  expect_violation(2, send_line, "a blocking channel send");
  expect_violation(3, recv_line, "a blocking channel recv");
  expect_violation(4, select_line, "a blocking select");
  (void)task->join();
  EXPECT_EQ(recorder.size(), 5u);
}

// Creating a task group and spawning into it are violations; a select that does not wait and
// a sleep are not.
TEST_F(ViolationTest, TaskGroupsAreViolationsNonBlockingSelectsAreNot) {
  auto [tx, rx] = create_bounded_channel<int>(1);
  std::optional<TaskGroup> group;
  unsigned group_line, spawn_line;
  {
    auto zone = rt_zone::enter();
    group_line = __LINE__ + 1;
    group.emplace(std::source_location::current()); // (emplace would name <optional>)
    spawn_line = __LINE__ + 1;
    group->spawn([] {});
    (void)try_select(on_recv(rx, [](auto) {}));
    (void)select_until(std::chrono::steady_clock::now(), on_recv(rx, [](auto) {}));
    (void)sleep_for(std::chrono::microseconds(10));
  }
  ASSERT_EQ(recorder.size(), 2u);
  expect_violation(0, group_line, "creating a task group");
  expect_violation(1, spawn_line, "spawning a task");
  EXPECT_TRUE(group->wait().has_value());
}

TEST_F(ViolationTest, ATaskInAZoneDoesNotMakeOthersViolate) {
  auto [tx, rx] = create_channel<int>();
  auto in_zone = spawn_task([rx = std::move(rx)] {
    auto zone = rt_zone::enter();
    return rx.recv().value_or(-1); // a violation: blocking in the zone
  });
  ASSERT_TRUE(tx.send(5).has_value()); // main is in no zone: not a violation
  EXPECT_EQ(*in_zone.join(), 5);
  ASSERT_EQ(recorder.size(), 1u);
  EXPECT_EQ(recorder.reports()[0].op, "rt_zone.violation");
}

#if MEDI_ENABLE_GC
TEST_F(ViolationTest, GcAllocationAndCollectionAreViolations) {
  gc_zone::SafeGc gc;
  auto zone = rt_zone::enter();
  const unsigned alloc_line = __LINE__ + 1;
  auto object = gc.allocate_at<int>(std::source_location::current(), 1);
  const unsigned collect_line = __LINE__ + 1;
  gc.collect_garbage();
  ASSERT_TRUE(object.has_value()) << "a violation is reported, not refused";
  ASSERT_EQ(recorder.size(), 2u);
  expect_violation(0, alloc_line, "GC allocation");
  expect_violation(1, collect_line, "GC collection");
}
#endif

// The default reporter prints the report line before the abort.
TEST(ViolationDeathTest, AbortPolicyAborts) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_DEATH(
      {
        set_error_reporter_with_context(nullptr);
        set_violation_policy(ViolationPolicy::Abort);
        auto zone = rt_zone::enter();
        (void)create_unbounded_channel<int>();
      },
      "creating a channel in a real-time zone");
}

} // namespace
} // namespace medi
