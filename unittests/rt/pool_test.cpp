// pool_test.cpp: FixedPool and PoolBox: medic_runtime's checks (64 slots exhausted then refilled,
// exhaustion, double free, module set), invalid frees, destructors, and a fuzz of free_ptr with
// random pointers and orders after which the pool must be intact.
#include "../error/report_recorder.h"
#include "medi/rt/pool.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace medi {
namespace {

using FixedPoolTest = test::RecordingTest;

TEST_F(FixedPoolTest, SixtyFourSlotsExhaustedThenRefilled) {
  FixedPool<std::uint32_t, 64> pool;
  EXPECT_EQ(pool.capacity(), 64u);
  std::vector<PoolBox<std::uint32_t>> boxes;
  for (std::uint32_t i = 0; i < 64; ++i) {
    boxes.push_back(pool.alloc(i));
    ASSERT_TRUE(boxes.back());
    EXPECT_EQ(*boxes.back(), i);
  }
  EXPECT_EQ(pool.free_count(), 0u);
  const unsigned line = __LINE__ + 1;
  auto none = pool.alloc(99);
  EXPECT_FALSE(none);
  ASSERT_EQ(recorder.size(), 1u);
  const auto report = recorder.reports()[0];
  EXPECT_EQ(report.op, "fixed_pool.alloc_exhausted");
  EXPECT_EQ(report.error, RuntimeError::pool_exhausted(64));
  EXPECT_EQ(report.line, line);
  EXPECT_FALSE(report.module.empty());
  boxes.clear(); // every box gives its slot back
  EXPECT_EQ(pool.free_count(), 64u);
  for (std::uint32_t i = 0; i < 64; ++i)
    boxes.push_back(pool.alloc(i));
  EXPECT_TRUE(std::ranges::all_of(boxes, [](const auto &b) { return bool(b); }));
}

TEST_F(FixedPoolTest, RawSlotsReleaseAndEmplace) {
  FixedPool<std::string, 4> pool;
  std::string *raw = pool.alloc_raw("spo2");
  ASSERT_NE(raw, nullptr);
  auto box = pool.emplace(std::source_location::current(), 3, 'x');
  EXPECT_EQ(*box, "xxx");
  std::string *released = box.release();
  EXPECT_FALSE(box);
  EXPECT_EQ(pool.free_count(), 2u);
  pool.free_ptr(raw);
  pool.free_ptr(released);
  EXPECT_EQ(pool.free_count(), 4u);
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_F(FixedPoolTest, DoubleFreeIsReportedWithTheSlotAndHarmless) {
  FixedPool<int, 8> pool;
  int *a = pool.alloc_raw(1);
  int *b = pool.alloc_raw(2);
  pool.free_ptr(a);
  const unsigned line = __LINE__ + 1;
  pool.free_ptr(a);
  ASSERT_EQ(recorder.size(), 1u);
  EXPECT_EQ(recorder.reports()[0].op, "fixed_pool.double_free");
  EXPECT_EQ(recorder.reports()[0].line, line);
  EXPECT_EQ(recorder.reports()[0].error, RuntimeError::double_free(0)) << "slot 0: freed twice";
  EXPECT_EQ(pool.free_count(), 7u) << "the second free changed nothing";
  pool.free_ptr(b);
  EXPECT_EQ(pool.free_count(), 8u);
}

TEST_F(FixedPoolTest, PointersNotFromThePoolAreReported) {
  FixedPool<double, 4> pool;
  double outside = 0;
  pool.free_ptr(&outside);
  double *slot = pool.alloc_raw(1.0);
  pool.free_ptr(
      reinterpret_cast<double *>(reinterpret_cast<char *>(slot) + 1)); // inside, misaligned
  pool.free_ptr(nullptr);
  ASSERT_EQ(recorder.size(), 3u);
  for (const auto &report : recorder.reports()) {
    EXPECT_EQ(report.op, "fixed_pool.invalid_free");
    EXPECT_EQ(report.error, RuntimeError::invalid_free());
  }
  EXPECT_EQ(pool.free_count(), 3u);
  pool.free_ptr(slot);
  EXPECT_EQ(pool.free_count(), 4u);
}

struct Counted {
  static inline int alive = 0;
  explicit Counted(int) { ++alive; }
  Counted(Counted &&) noexcept { ++alive; }
  ~Counted() { --alive; }
};

TEST_F(FixedPoolTest, DestructorsRunOnFreeAndWithThePool) {
  Counted::alive = 0;
  {
    FixedPool<Counted, 4> pool;
    auto kept = pool.alloc(Counted(1));
    Counted *raw = pool.alloc_raw(Counted(2));
    EXPECT_EQ(Counted::alive, 2);
    pool.free_ptr(raw);
    EXPECT_EQ(Counted::alive, 1);
    (void)pool.alloc_raw(Counted(3)); // never freed: destroyed with the pool
    kept.release();                   // likewise
  }
  EXPECT_EQ(Counted::alive, 0);
}

// Random allocations, frees, double frees and foreign pointers against a model: afterwards every
// slot can still be allocated exactly once.
TEST_F(FixedPoolTest, FuzzedMisuseNeverCorruptsThePool) {
  constexpr std::size_t kSlots = 32;
  FixedPool<std::uint64_t, kSlots> pool;
  std::mt19937_64 random(12345);
  std::vector<std::uint64_t *> live, freed;
  std::uint64_t junk[4] = {};
  std::size_t expected_reports = 0;
  for (int step = 0; step < 20'000; ++step) {
    switch (random() % 4) {
    case 0:
      if (auto *p = pool.alloc_raw(step)) {
        live.push_back(p);
        std::erase(freed, p);
      } else {
        ++expected_reports; // exhausted
        EXPECT_EQ(live.size(), kSlots);
      }
      break;
    case 1:
      if (!live.empty()) {
        const std::size_t i = random() % live.size();
        pool.free_ptr(live[i]);
        freed.push_back(live[i]);
        live.erase(live.begin() + static_cast<std::ptrdiff_t>(i));
      }
      break;
    case 2:
      if (!freed.empty()) {
        pool.free_ptr(freed[random() % freed.size()]); // double free
        ++expected_reports;
      }
      break;
    case 3:
      pool.free_ptr(&junk[random() % 4]); // not from the pool
      ++expected_reports;
      break;
    }
    ASSERT_EQ(pool.free_count(), kSlots - live.size());
  }
  EXPECT_EQ(recorder.size(), expected_reports);
  for (auto *p : live)
    pool.free_ptr(p);
  std::set<std::uint64_t *> all;
  for (std::size_t i = 0; i < kSlots; ++i)
    all.insert(pool.alloc_raw(i));
  EXPECT_EQ(all.size(), kSlots);
  EXPECT_FALSE(all.contains(nullptr));
  EXPECT_EQ(pool.free_count(), 0u);
}

} // namespace
} // namespace medi
