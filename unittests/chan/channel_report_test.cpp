// channel_report_test.cpp: failed channel operations are reported with medic_runtime's op tags and
// the caller's file and line; an Empty try_recv and a Full try_send are not reported.
#include "../error/report_recorder.h"
#include "medi/channel.h"

#include <gtest/gtest.h>

namespace medi {
namespace {

class ChannelReportTest : public test::RecordingTest {
protected:
  // The one report expected since the last call, with its op and line.
  void expect_report(std::string_view op, unsigned line) {
    const auto reports = recorder.reports();
    ASSERT_EQ(reports.size(), seen + 1) << "expected one report with op " << op;
    const auto &report = reports.back();
    EXPECT_EQ(report.op, op);
    EXPECT_EQ(report.line, line);
    EXPECT_NE(report.file.find("channel_report_test.cpp"), std::string::npos) << report.file;
    ++seen;
  }
  void expect_no_new_report() { EXPECT_EQ(recorder.size(), seen); }

  std::size_t seen = 0;
};

TEST_F(ChannelReportTest, SeedChannelFamily) {
  auto [tx, rx] = create_channel<int>();
  EXPECT_EQ(rx.try_recv(), std::unexpected(TryRecvError::Empty));
  expect_no_new_report();
  {
    auto gone = std::move(tx);
  }
  // The end of the stream is an outcome: returned, not reported.
  EXPECT_FALSE(rx.recv().has_value());
  EXPECT_FALSE(rx.try_recv().has_value());
  EXPECT_FALSE(rx.recv_for(std::chrono::milliseconds(1)).has_value());
  expect_no_new_report();

  auto [tx2, rx2] = create_channel<int>();
  {
    auto gone = std::move(rx2);
  }
  EXPECT_FALSE(tx2.send(1).has_value());
  expect_report("channel.send", __LINE__ - 1);
}

TEST_F(ChannelReportTest, CrossbeamStyleFamily) {
  auto [tx, rx] = create_bounded_channel<int>(1);
  ASSERT_TRUE(tx.try_send(1).has_value());
  EXPECT_TRUE(tx.try_send(2).error().is_full());
  expect_no_new_report();
  // Timeouts the caller asked for, and the end of the stream, are outcomes: not reported.
  EXPECT_TRUE(tx.send_for(3, std::chrono::milliseconds(1)).error().is_timeout());
  ASSERT_EQ(rx.recv(), 1);
  EXPECT_EQ(rx.try_recv(), std::unexpected(TryRecvError::Empty));
  EXPECT_FALSE(rx.recv_for(std::chrono::milliseconds(1)).has_value());
  {
    auto gone = std::move(tx);
  }
  EXPECT_FALSE(rx.recv().has_value());
  EXPECT_FALSE(rx.try_recv().has_value());
  expect_no_new_report();

  auto [tx2, rx2] = create_unbounded_channel<int>();
  {
    auto gone = std::move(rx2);
  }
  EXPECT_FALSE(tx2.send(1).has_value());
  expect_report("xchan.send", __LINE__ - 1);
  EXPECT_TRUE(tx2.try_send(1).error().is_disconnected());
  expect_report("xchan.try_send", __LINE__ - 1);
}

TEST_F(ChannelReportTest, MovedFromHandlesAreReportedNotCrashed) {
  auto [tx, rx] = create_bounded_channel<int>(4);
  auto moved_tx = std::move(tx);
  auto moved_rx = std::move(rx);
  EXPECT_FALSE(tx.send(1).has_value()); // NOLINT(bugprone-use-after-move): the point
  expect_report("xchan.send", __LINE__ - 1);
  EXPECT_FALSE(rx.recv().has_value()); // NOLINT(bugprone-use-after-move)
  expect_report("xchan.recv", __LINE__ - 1);
  EXPECT_EQ(recorder.reports().back().error.to_string(),
            "operation on an empty channel handle (moved from)");
}

} // namespace
} // namespace medi
