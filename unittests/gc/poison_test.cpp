// poison_test.cpp: a finalizer that throws poisons its collector (every later call reports
// gc.lock and fails, nothing deadlocks); a finalizer that calls its collector is refused.
#include "../error/report_recorder.h"
#include "medi/gc.h"

#include <gtest/gtest.h>
#include <stdexcept>

namespace medi {
namespace {

using gc_zone::SafeGc;

class GcPoisonTest : public test::RecordingTest {};

TEST_F(GcPoisonTest, AThrowingFinalizerPoisonsTheCollector) {
  SafeGc gc;
  auto victim = gc.allocate<int>(1).value();
  gc.set_finalizer(victim, [](int &) { throw std::runtime_error("sensor handle leak"); });
  auto survivor = gc.allocate<int>(2).value();
  gc.add_root(survivor.id(), std::source_location::current());
  gc.collect_garbage();
  auto reports = recorder.reports();
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].op, "gc.lock");
  EXPECT_NE(reports[0].error.to_string().find("sensor handle leak"), std::string::npos);
  EXPECT_TRUE(gc.stats().poisoned);

  // Every later call fails cleanly with gc.lock, on this thread or any other.
  auto failed = gc.allocate<int>(3);
  ASSERT_FALSE(failed.has_value());
  const unsigned line = __LINE__ + 1;
  gc.add_root(survivor.id(), std::source_location::current());
  gc.collect_garbage();
  std::thread([&] { EXPECT_EQ(gc.allocate_unit(std::source_location::current()), 0u); }).join();
  reports = recorder.reports();
  ASSERT_EQ(reports.size(), 5u);
  for (const auto &report : reports)
    EXPECT_EQ(report.op, "gc.lock");
  EXPECT_EQ(reports[2].line, line);
}

TEST_F(GcPoisonTest, AFinalizerThatCallsItsCollectorIsRefused) {
  SafeGc gc;
  auto object = gc.allocate<int>(1).value();
  std::uint64_t from_finalizer = 1;
  gc.set_finalizer(
      object, [&](int &) { from_finalizer = gc.allocate_unit(std::source_location::current()); });
  gc.collect_garbage();
  EXPECT_EQ(from_finalizer, 0u);
  const auto reports = recorder.reports();
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].op, "gc.lock");
  EXPECT_FALSE(gc.stats().poisoned) << "refusing the call did not poison the collector";
  EXPECT_TRUE(gc.allocate<int>(2).has_value());
}

} // namespace
} // namespace medi
