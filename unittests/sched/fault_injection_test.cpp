// fault_injection_test.cpp: the runtime's own allocations made to fail on purpose
// (medi/fault_injection.h), at each point: the operation fails with a report naming the call
// site, nothing sent is lost or duplicated, and the runtime goes on working.
#include "../error/report_recorder.h"
#include "medi/channel.h"
#include "medi/config.h"
#include "medi/fault_injection.h"
#include "medi/medi_rt.h"
#include "medi/task.h"

#if MEDI_ENABLE_GC
#include "medi/gc.h"
#endif

#include <cstdint>
#include <gtest/gtest.h>
#include <source_location>
#include <vector>

namespace medi {
namespace {

using fault_injection::Point;

class FaultInjectionTest : public test::RecordingTest {
protected:
  void TearDown() override {
    fault_injection::clear();
    test::RecordingTest::TearDown();
  }
};

TEST_F(FaultInjectionTest, ASpawnWithoutMemoryIsReportedAndItsJoinFails) {
  const std::uint64_t before = fault_injection::failures(Point::TaskCreation);
  fault_injection::fail_allocations(Point::TaskCreation, 1, /*skip=*/1);
  auto first = spawn_task([] { return 1; }); // the skipped one
  static const std::source_location failing_spawn = std::source_location::current();
  auto second = spawn_task([] { return 2; }, failing_spawn);
  auto third = spawn_task([] { return 3; }); // the budget is spent
  EXPECT_EQ(fault_injection::failures(Point::TaskCreation), before + 1);
  EXPECT_EQ(first.join().value_or(-1), 1);
  const auto never = second.join();
  ASSERT_FALSE(never.has_value());
  EXPECT_NE(never.error().to_string().find("never ran"), std::string::npos);
  EXPECT_EQ(third.join().value_or(-1), 3);
  const auto reports = recorder.reports();
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].op, "scheduler.out_of_memory");
  EXPECT_EQ(reports[0].line, failing_spawn.line());
}

TEST_F(FaultInjectionTest, AFireAndForgetSpawnAndACompiledSpawnWithoutMemoryAreReported) {
  fault_injection::fail_allocations(Point::TaskCreation, 2);
  Scheduler scheduler(1);
  scheduler.spawn([] {});
  const medi_rt_source site{"vitals.medi", "vitals", "task.spawn", 12, 3};
  EXPECT_EQ(medi_rt_task_spawn([](void *) {}, nullptr, 0, &site), nullptr);
  const auto reports = recorder.reports();
  ASSERT_EQ(reports.size(), 2u);
  EXPECT_EQ(reports[0].op, "scheduler.out_of_memory");
  EXPECT_EQ(reports[1].op, "task.spawn");
  EXPECT_EQ(reports[1].line, 12u);
  medi_rt_task *task = medi_rt_task_spawn([](void *) {}, nullptr, 0, &site);
  ASSERT_NE(task, nullptr);
  EXPECT_EQ(medi_rt_task_join(task, &site), MEDI_RT_OK);
}

TEST_F(FaultInjectionTest, ATaskWithoutAStackFailsWithAReportAtItsSpawnSite) {
  Scheduler scheduler(2);
  fault_injection::fail_allocations(Point::TaskStack, 1);
  static const std::source_location spawned = std::source_location::current();
  auto starved = scheduler.spawn_task([] { return 1; }, spawned);
  const auto joined = starved.join();
  ASSERT_FALSE(joined.has_value());
  EXPECT_NE(joined.error().to_string().find("no memory for the task's stack"), std::string::npos);
  const auto reports = recorder.reports();
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].op, "scheduler.out_of_memory");
  EXPECT_EQ(reports[0].line, spawned.line());
  // The scheduler goes on: the next tasks get stacks and run.
  std::vector<Task<int>> tasks;
  for (int i = 0; i < 100; ++i)
    tasks.push_back(scheduler.spawn_task([i] { return i; }));
  int sum = 0;
  for (auto &task : tasks)
    sum += task.join().value_or(-1000);
  EXPECT_EQ(sum, 99 * 100 / 2);
}

TEST_F(FaultInjectionTest, ASendWithoutMemoryForANodeHandsItsValueBack) {
  auto [tx, rx] = create_unbounded_channel<std::unique_ptr<int>>();
  fault_injection::fail_allocations(Point::ChannelNode, 1); // the first block of the channel
  static const std::source_location failing_send = std::source_location::current();
  auto sent = tx.send(std::make_unique<int>(7), failing_send);
  ASSERT_FALSE(sent.has_value());
  EXPECT_TRUE(sent.error().out_of_memory);
  ASSERT_NE(sent.error().value, nullptr);
  EXPECT_EQ(*sent.error().value, 7) << "the value came back whole";
  ASSERT_EQ(recorder.size(), 1u);
  EXPECT_EQ(recorder.reports()[0].op, "xchan.send");
  EXPECT_EQ(recorder.reports()[0].line, failing_send.line());
  // Sent again, it arrives: once.
  ASSERT_TRUE(tx.send(std::move(sent.error().value)).has_value());
  EXPECT_EQ(*rx.recv().value(), 7);
  EXPECT_TRUE(rx.try_recv().error() == TryRecvError::Empty);

  // try_send and send_for on fresh channels (whose first send needs a block) hand back too.
  auto [tx2, rx2] = create_unbounded_channel<std::unique_ptr<int>>();
  auto [tx3, rx3] = create_unbounded_channel<std::unique_ptr<int>>();
  fault_injection::fail_allocations(Point::ChannelNode, 2);
  auto tried = tx2.try_send(std::make_unique<int>(8));
  ASSERT_FALSE(tried.has_value());
  EXPECT_EQ(tried.error().kind, TrySendErrorKind::OutOfMemory);
  EXPECT_EQ(*tried.error().value, 8);
  auto timed = tx3.send_for(std::make_unique<int>(9), std::chrono::seconds(1));
  ASSERT_FALSE(timed.has_value());
  EXPECT_EQ(timed.error().kind, SendTimeoutErrorKind::OutOfMemory);
  EXPECT_EQ(*timed.error().value, 9);
  const auto reports = recorder.reports();
  ASSERT_EQ(reports.size(), 3u);
  EXPECT_EQ(reports[1].op, "xchan.try_send");
  EXPECT_EQ(reports[2].op, "xchan.send");
  EXPECT_TRUE(tx2.try_send(std::move(tried.error().value)).has_value());
  EXPECT_EQ(*rx2.recv().value(), 8);
}

// A block read out becomes the channel's spare, and the next block a send needs is the spare:
// a channel whose values are received as they come needs two blocks however many pass (the
// first, and the next one, taken while the first is still being read). Counted by making the
// third allocation fail.
TEST_F(FaultInjectionTest, AnUnboundedChannelKeptDrainedReusesItsBlocks) {
  auto [tx, rx] = create_unbounded_channel<std::uint64_t>();
  fault_injection::fail_allocations(Point::ChannelNode, 1, 2);
  constexpr std::uint64_t kValues = 31 * 100;
  for (std::uint64_t i = 0; i < kValues; ++i) {
    ASSERT_TRUE(tx.send(i).has_value()) << "value " << i << " needed a third block";
    ASSERT_EQ(rx.recv().value(), i);
  }
  // A burst needs new blocks: the third allocation fails, and the send hands its value back.
  std::uint64_t sent = 0;
  for (;; ++sent) {
    auto result = tx.send(sent);
    if (!result) {
      EXPECT_TRUE(result.error().out_of_memory);
      EXPECT_EQ(result.error().value, sent);
      break;
    }
  }
  EXPECT_GE(sent, 31u);
  EXPECT_LE(sent, 62u) << "a burst took the spare, then needed a new block";
  fault_injection::clear();
  // Drained, the burst's blocks are freed but one, and the channel goes on.
  for (std::uint64_t i = 0; i < sent; ++i)
    ASSERT_EQ(rx.recv().value(), i);
  for (std::uint64_t i = 0; i < kValues; ++i) {
    ASSERT_TRUE(tx.send(i).has_value());
    ASSERT_EQ(rx.recv().value(), i);
  }
}

TEST_F(FaultInjectionTest, ProducersThatRetryWhatWasHandedBackLoseAndDuplicateNothing) {
  constexpr int kProducers = 4, kPerProducer = 20000;
  auto [tx, rx] = create_unbounded_channel<std::uint64_t>();
  // Every few blocks a send finds no memory: each failure arms the next, three blocks on, until
  // 200 have failed.
  const std::uint64_t failed_before = fault_injection::failures(Point::ChannelNode);
  fault_injection::fail_allocations(Point::ChannelNode, 1, 3);
  std::vector<Task<int>> producers;
  for (int p = 0; p < kProducers; ++p)
    producers.push_back(spawn_task([tx, p, failed_before] {
      int retries = 0;
      for (std::uint64_t s = 0; s < kPerProducer; ++s) {
        std::uint64_t value = (std::uint64_t(p) << 32) | s;
        for (;;) {
          auto sent = tx.send(value);
          if (sent)
            break;
          EXPECT_TRUE(sent.error().out_of_memory);
          value = sent.error().value;
          ++retries;
          if (fault_injection::failures(Point::ChannelNode) - failed_before < 200)
            fault_injection::fail_allocations(Point::ChannelNode, 1, 3);
        }
      }
      return retries;
    }));
  {
    const auto gone = std::move(tx);
  }
  std::vector<std::uint8_t> seen(std::size_t{kProducers} * kPerProducer, 0);
  std::vector<std::uint64_t> next(kProducers, 0);
  std::uint64_t received = 0;
  while (auto value = rx.recv()) {
    const std::uint64_t p = *value >> 32, s = *value & 0xffffffffu;
    ASSERT_LT(p, std::uint64_t{kProducers});
    ASSERT_EQ(s, next[p]++) << "each producer's values arrive once and in order";
    ++received;
  }
  int retries = 0;
  for (auto &producer : producers)
    retries += producer.join().value_or(0);
  EXPECT_EQ(received, std::uint64_t{kProducers} * kPerProducer);
  EXPECT_GT(retries, 0);
  // Each failure was one reported send (plus the end-of-stream recv).
  std::size_t send_reports = 0;
  for (const auto &report : recorder.reports())
    send_reports += report.op == "xchan.send";
  EXPECT_EQ(send_reports, static_cast<std::size_t>(retries));
}

#if MEDI_ENABLE_GC
TEST_F(FaultInjectionTest, AGcObjectWithoutMemoryIsReportedAndTheHeapStaysWhole) {
  gc_zone::SafeGc gc;
  auto guard = gc.enter();
  const SourceSite site(static_cast<const medi_rt_source *>(nullptr));
  const std::size_t live = gc.stats().live_objects;
  fault_injection::fail_allocations(Point::GcObject, 1);
  EXPECT_EQ(gc.allocate_unit(site), 0u);
  ASSERT_EQ(recorder.size(), 1u);
  EXPECT_EQ(recorder.reports()[0].op, "gc.alloc");
  const std::uint64_t id = gc.allocate_unit(site);
  ASSERT_NE(id, 0u);
  EXPECT_TRUE(gc.contains(id));
  EXPECT_EQ(gc.stats().live_objects, live + 1) << "the failed allocation left nothing behind";
}
#endif

} // namespace
} // namespace medi
