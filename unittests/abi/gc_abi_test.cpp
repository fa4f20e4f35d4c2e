// gc_abi_test.cpp: the medi_gc_* C ABI as compiled code calls it: strings (lossy UTF-8),
// units, roots and edges by id, statistics, and every kind of invalid id reported and ignored.
#include "../error/report_recorder.h"
#include "medi/gc.h"
#include "medi/medi_rt.h"

#include <gtest/gtest.h>
#include <string>
#include <string_view>

namespace medi {
namespace {

class GcAbiTest : public test::RecordingTest {
protected:
  void SetUp() override {
    test::RecordingTest::SetUp();
    medi_gc_collect(); // what earlier tests left unrooted goes
    recorder_base = recorder.size();
  }
  std::uint64_t string(std::string_view text) {
    return medi_gc_alloc_string(reinterpret_cast<const std::uint8_t *>(text.data()), text.size());
  }
  std::string read(std::uint64_t id) {
    return std::string(reinterpret_cast<const char *>(medi_gc_string_bytes(id)),
                       medi_gc_string_len(id));
  }
  std::vector<test::RecordedReport> new_reports() const {
    auto all = recorder.reports();
    return {all.begin() + static_cast<std::ptrdiff_t>(recorder_base), all.end()};
  }
  std::size_t recorder_base = 0;
};

TEST_F(GcAbiTest, StringsAreCopiedAndReadBack) {
  std::string source = "SpO2 97%";
  const std::uint64_t id = string(source);
  ASSERT_NE(id, 0u);
  source[0] = 'X';
  EXPECT_EQ(read(id), "SpO2 97%");
  EXPECT_EQ(medi_gc_string_bytes(id)[medi_gc_string_len(id)], '\0');
  const std::uint64_t empty = medi_gc_alloc_string(nullptr, 0);
  ASSERT_NE(empty, 0u);
  EXPECT_EQ(medi_gc_string_len(empty), 0u);
  EXPECT_EQ(read(string("Zoë 😀")), "Zoë 😀");
  EXPECT_TRUE(new_reports().empty());
}

// Every length a small string's copy treats apart (empty, under 8, 8 to 16 as two overlapping
// words, longer) and up to the largest size class, read back byte for byte with its NUL.
TEST_F(GcAbiTest, StringsOfEveryLengthUpToABlockAreCopiedWhole) {
  for (std::size_t length = 0; length <= 460; ++length) {
    std::string source(length, ' ');
    for (std::size_t i = 0; i < length; ++i)
      source[i] = static_cast<char>('a' + (i * 7 + length) % 26);
    const std::uint64_t id = string(source);
    ASSERT_NE(id, 0u) << length;
    ASSERT_EQ(read(id), source) << length;
    ASSERT_EQ(medi_gc_string_bytes(id)[length], '\0') << length;
  }
  EXPECT_TRUE(new_reports().empty());
}

TEST_F(GcAbiTest, InvalidUtf8IsReplaced) {
  EXPECT_EQ(read(string("a\xFF"
                        "b")),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(read(string("\xE2\x82")), "\xEF\xBF\xBD") << "a truncated sequence is one U+FFFD";
  EXPECT_EQ(read(string("\xED\xA0\x80")), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD")
      << "a surrogate's bytes are each replaced";
}

TEST_F(GcAbiTest, RootsAndEdgesKeepObjectsAlive) {
  const std::uint64_t record = medi_gc_alloc_unit();
  const std::uint64_t name = string("Ada");
  const std::uint64_t loose = string("loose");
  medi_gc_add_root(record);
  medi_gc_add_edge(record, name);
  medi_gc_write_barrier(record, name);
  const std::uint64_t before = medi_gc_live_objects();
  medi_gc_collect();
  EXPECT_EQ(medi_gc_live_objects(), before - 1);
  EXPECT_EQ(read(name), "Ada");
  EXPECT_EQ(medi_gc_string_bytes(loose), nullptr);
  medi_gc_remove_edge(record, name);
  medi_gc_collect();
  EXPECT_EQ(medi_gc_string_bytes(name), nullptr);
  medi_gc_remove_root(record);
  medi_gc_collect();
  EXPECT_EQ(medi_gc_live_objects(), before - 3);
  medi_gc_stats stats{};
  medi_gc_get_stats(&stats);
  EXPECT_GE(stats.full_collections, 4u);
  EXPECT_GE(stats.freed_objects, 3u);
  EXPECT_EQ(stats.live_objects, medi_gc_live_objects());
  medi_gc_get_stats(nullptr);
  // Reading the freed ones was reported; nothing else was.
  for (const auto &report : new_reports())
    EXPECT_EQ(report.op, "gc.invalid_handle");
  EXPECT_EQ(new_reports().size(), 2u);
}

TEST_F(GcAbiTest, InvalidIdsAreReportedAndIgnored) {
  const std::uint64_t freed = medi_gc_alloc_unit();
  medi_gc_collect();
  const std::uint64_t never = 0x7777'0000'1234ull;
  const std::uint64_t live = medi_gc_alloc_unit();
  medi_gc_add_root(live);
  for (std::uint64_t bad : {std::uint64_t{0}, freed, never}) {
    medi_gc_add_root(bad);
    medi_gc_remove_root(bad);
    medi_gc_add_edge(live, bad);
    medi_gc_add_edge(bad, live);
    medi_gc_remove_edge(live, bad);
    medi_gc_write_barrier(bad, live);
    EXPECT_EQ(medi_gc_string_bytes(bad), nullptr);
    EXPECT_EQ(medi_gc_string_len(bad), 0u);
  }
  const auto reports = new_reports();
  EXPECT_EQ(reports.size(), 3u * 8u);
  for (const auto &report : reports) {
    EXPECT_EQ(report.op, "gc.invalid_handle");
    EXPECT_EQ(report.file, "unknown") << "the medi_gc_* ABI carries no source record";
  }
  EXPECT_NE(reports.front().error.to_string().find("0x0"), std::string::npos)
      << reports.front().error.to_string();
  EXPECT_EQ(medi_gc_string_bytes(live), nullptr) << "a unit is not a string";
  medi_gc_remove_root(live);
  medi_gc_collect();
}

TEST_F(GcAbiTest, UnbalancedRemovalsAreReported) {
  const std::uint64_t parent = medi_gc_alloc_unit();
  const std::uint64_t child = medi_gc_alloc_unit();
  medi_gc_remove_root(parent);
  medi_gc_remove_edge(parent, child);
  const auto reports = new_reports();
  ASSERT_EQ(reports.size(), 2u);
  EXPECT_EQ(reports[0].op, "gc.unbalanced");
  EXPECT_EQ(reports[1].op, "gc.unbalanced");
}

TEST_F(GcAbiTest, AllocStringWithoutBytesIsReported) {
  EXPECT_EQ(medi_gc_alloc_string(nullptr, 3), 0u);
  const auto reports = new_reports();
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].op, "gc.alloc");
}

TEST_F(GcAbiTest, TheAbiUsesTheGlobalCollector) {
  const std::uint64_t id = medi_gc_alloc_unit();
  EXPECT_TRUE(gc_zone::SafeGc::global().contains(id));
}

} // namespace
} // namespace medi
