// runtime_error_test.cpp: RuntimeError's kinds, factories, matching and fixed messages.
#include "medi/error/recovery_policy.h"
#include "medi/error/runtime_error.h"

#include <gtest/gtest.h>
#include <string>

namespace medi {
namespace {

TEST(RuntimeErrorTest, FactoriesBuildTheSeedsKinds) {
  EXPECT_EQ(RuntimeError::region_overflow(96, 64).get_if<RegionOverflow>()->requested, 96u);
  EXPECT_EQ(RuntimeError::region_overflow(96, 64).get_if<RegionOverflow>()->capacity, 64u);
  EXPECT_EQ(RuntimeError::pool_exhausted(4).get_if<PoolExhausted>()->capacity, 4u);
  EXPECT_TRUE(RuntimeError::invalid_free().is<InvalidFree>());
  EXPECT_EQ(RuntimeError::double_free(3).get_if<DoubleFree>()->index, 3u);
  EXPECT_EQ(RuntimeError::task_panic("boom").get_if<TaskPanic>()->message, "boom");
  EXPECT_FALSE(RuntimeError::task_panic().get_if<TaskPanic>()->message.has_value());
  EXPECT_EQ(RuntimeError::message("x").get_if<RuntimeError::Message>()->text, "x");
}

TEST(RuntimeErrorTest, GetIfMatchesOnlyTheRightLevelAndKind) {
  const RuntimeError pool = RuntimeError::pool_exhausted(4);
  EXPECT_TRUE(pool.is<RuntimeError::Memory>());
  EXPECT_FALSE(pool.is<RuntimeError::Scheduler>());
  EXPECT_FALSE(pool.is<RuntimeError::Message>());
  EXPECT_FALSE(pool.is<RegionOverflow>());
  EXPECT_FALSE(pool.is<TaskPanic>());

  const RuntimeError panic = RuntimeError::task_panic("boom");
  EXPECT_TRUE(panic.is<RuntimeError::Scheduler>());
  EXPECT_FALSE(panic.is<PoolExhausted>());
  EXPECT_EQ(panic.kind().index(), 1u);
}

TEST(RuntimeErrorTest, KindIsTheTopLevelVariant) {
  const RuntimeError error = RuntimeError::double_free(7);
  const auto &memory = std::get<RuntimeError::Memory>(error.kind());
  EXPECT_EQ(std::get<DoubleFree>(memory.kind), DoubleFree{7});
}

TEST(RuntimeErrorTest, VisitTakesOneOverloadPerTopLevelKind) {
  auto category = [](const RuntimeError &error) {
    return error.visit([](const RuntimeError::Memory &) { return std::string("memory"); },
                       [](const RuntimeError::Scheduler &) { return std::string("scheduler"); },
                       [](const RuntimeError::Message &m) { return "message:" + m.text; });
  };
  EXPECT_EQ(category(RuntimeError::invalid_free()), "memory");
  EXPECT_EQ(category(RuntimeError::task_panic()), "scheduler");
  EXPECT_EQ(category(RuntimeError::message("hi")), "message:hi");
}

TEST(RuntimeErrorTest, EqualityComparesKindAndPayload) {
  EXPECT_EQ(RuntimeError::pool_exhausted(4), RuntimeError::pool_exhausted(4));
  EXPECT_NE(RuntimeError::pool_exhausted(4), RuntimeError::pool_exhausted(5));
  EXPECT_NE(RuntimeError::pool_exhausted(4), RuntimeError::double_free(4));
  EXPECT_EQ(RuntimeError::memory(InvalidFree{}), RuntimeError::invalid_free());
  EXPECT_EQ(RuntimeError::scheduler(TaskPanic{"x"}), RuntimeError::task_panic("x"));
}

TEST(RuntimeErrorTest, MessagesAreFixedPerKind) {
  EXPECT_EQ(RuntimeError::region_overflow(96, 64).to_string(),
            "real-time region overflow (requested 96 bytes, capacity 64)");
  EXPECT_EQ(RuntimeError::pool_exhausted(4).to_string(), "fixed pool exhausted (capacity 4)");
  EXPECT_EQ(RuntimeError::invalid_free().to_string(),
            "invalid free (pointer not owned by the fixed pool)");
  EXPECT_EQ(RuntimeError::double_free(3).to_string(), "double free (fixed pool slot 3)");
  EXPECT_EQ(RuntimeError::task_panic("boom").to_string(), "task panicked: boom");
  EXPECT_EQ(RuntimeError::task_panic().to_string(), "task panicked");
  EXPECT_EQ(RuntimeError::message("sensor offline").to_string(), "sensor offline");
}

TEST(RuntimeErrorTest, DiagnosticConvertsImplicitlyAsTheSeedsInto) {
  const RuntimeError error = RuntimeError::pool_exhausted(4);
  RuntimeDiagnostic diagnostic = error;
  EXPECT_EQ(diagnostic.message, "fixed pool exhausted (capacity 4)");
}

TEST(RuntimeErrorTest, RecoveryPolicyNames) {
  EXPECT_EQ(to_string(RecoveryPolicy::SkipTask), "skip_task");
  EXPECT_EQ(to_string(RecoveryPolicy::ShutdownScheduler), "shutdown_scheduler");
}

} // namespace
} // namespace medi
