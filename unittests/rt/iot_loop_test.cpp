// iot_loop_test.cpp: medic_runtime's IoT-like loop: a pool message, a 64-byte region allocation, a
// volatile write and a free per iteration, the region reset every 128; the worst iteration stays
// under a generous 1 ms guard (medic_runtime's own; a timing bound, not a benchmark).
#include "medi/rt/pool.h"
#include "medi/rt/region.h"
#include "medi/zone.h"

#include <chrono>
#include <cstdint>
#include <gtest/gtest.h>

namespace medi {
namespace {

struct SensorMessage {
  std::uint32_t sensor;
  std::uint32_t sequence;
  double value;
};

using Clock = std::chrono::steady_clock;

// The worst iteration of one run of the loop.
Clock::duration worst_iteration() {
  FixedPool<SensorMessage, 32> messages;
  RtRegion<64 * 128> scratch;
  auto zone = rt_zone::enter();
  Clock::duration worst{};
  for (std::uint32_t i = 0; i < 5'000; ++i) {
    const auto start = Clock::now();
    auto message = messages.alloc(SensorMessage{i % 4, i, 36.6});
    auto bytes = scratch.alloc_array<std::uint8_t>(64);
    if (!message || bytes.size() != 64)
      return Clock::duration::max(); // the pool or the region failed: fails the test
    *reinterpret_cast<volatile std::uint8_t *>(&bytes[i % 64]) = static_cast<std::uint8_t>(i);
    message.reset();
    if (i % 128 == 127)
      scratch.reset();
    worst = std::max(worst, Clock::now() - start);
  }
  return messages.free_count() == messages.capacity() ? worst : Clock::duration::max();
}

// The machine may preempt the test (CI runs tests side by side on two cores): the bound holds
// if one of three runs keeps every iteration under it, which an O(1) loop does with room to spare.
TEST(IotLoopTest, WorstIterationStaysUnderOneMillisecond) {
  Clock::duration best_worst = Clock::duration::max();
  for (int run = 0; run < 3 && best_worst >= std::chrono::milliseconds(1); ++run)
    best_worst = std::min(best_worst, worst_iteration());
  EXPECT_LT(best_worst, std::chrono::milliseconds(1));
}

} // namespace
} // namespace medi
