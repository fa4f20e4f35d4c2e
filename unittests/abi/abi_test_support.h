// abi_test_support.h: source records, report checks and channels shared by the C ABI's tests.
#ifndef MEDI_UNITTESTS_ABI_ABI_TEST_SUPPORT_H
#define MEDI_UNITTESTS_ABI_ABI_TEST_SUPPORT_H

#include "../error/report_recorder.h"
#include "medi/medi_rt.h"

#include <gtest/gtest.h>
#include <string>
#include <utility>

namespace medi::test {

/// A source record as the pass would emit it for a call at vitals.medi:`line`:`column`.
inline medi_rt_source site_at(const char *op, std::uint32_t line, std::uint32_t column = 5) {
  return medi_rt_source{"vitals.medi", "vitals", op, line, column};
}

/// The one report `recorder` got, which must name `op` and `site`'s place.
inline void expect_one_report_at(const ReportRecorder &recorder, const medi_rt_source &site,
                                 const std::string &op) {
  const auto reports = recorder.reports();
  ASSERT_EQ(reports.size(), 1u) << "expected exactly one report, with op " << op;
  EXPECT_EQ(reports[0].op, op);
  EXPECT_EQ(reports[0].file, site.file);
  EXPECT_EQ(reports[0].module, site.module);
  EXPECT_EQ(reports[0].line, site.line);
  EXPECT_EQ(reports[0].column, site.column);
}

/// A C ABI channel whose remaining ends are dropped with it.
struct TestChannel {
  medi_rt_sender *tx = nullptr;
  medi_rt_receiver *rx = nullptr;
  TestChannel(uint64_t elem_size, int64_t capacity) {
    medi_rt_chan_create(elem_size, capacity, &tx, &rx, nullptr);
  }
  ~TestChannel() {
    if (tx)
      medi_rt_chan_sender_drop(tx, nullptr);
    if (rx)
      medi_rt_chan_receiver_drop(rx, nullptr);
  }
  void drop_sender() { medi_rt_chan_sender_drop(std::exchange(tx, nullptr), nullptr); }
  void drop_receiver() { medi_rt_chan_receiver_drop(std::exchange(rx, nullptr), nullptr); }
};

} // namespace medi::test

#endif // MEDI_UNITTESTS_ABI_ABI_TEST_SUPPORT_H
