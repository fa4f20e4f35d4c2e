// realtime_round.cpp: tasks in real-time zones, allocating from regions and pools; one pool is
// asked for one slot more than it has (reported as fixed_pool.alloc_exhausted, and answered with
// null, never a crash).
#include "soak_workloads.h"

#include <medi/config.h>
#include <medi/task.h>

#if MEDI_ENABLE_RT_ZONES
#include <medi/rt/pool.h>
#include <medi/rt/region.h>
#include <medi/zone.h>
#endif

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace medi::soak {

#if MEDI_ENABLE_RT_ZONES
namespace {

struct Sample {
  std::uint64_t at;
  double value;
};

// One monitoring cycle: a region for the cycle's scratch, a pool for its samples.
std::uint64_t cycle(bool exhaust, bool &exhausted) {
  RtRegion<8192> scratch;
  FixedPool<Sample, 64> samples;
  std::uint64_t allocations = 0;
  auto zone = rt_zone::enter();
  for (int round = 0; round < 8; ++round) {
    std::array<Sample *, 64> taken{};
    for (std::size_t i = 0; i < taken.size(); ++i) {
      taken[i] = samples.alloc_raw(Sample{i, 0.5 * i});
      allocations += taken[i] != nullptr;
    }
    if (exhaust && round == 0)
      exhausted = samples.alloc_raw(Sample{0, 0}) == nullptr; // one past the capacity
    for (Sample *sample : taken)
      samples.free_ptr(sample);
    const auto filtered = scratch.alloc_array<double>(512);
    allocations += !filtered.empty();
    scratch.reset();
  }
  return allocations;
}

} // namespace

void realtime_round(Tallies &tallies, Problems &problems) {
  constexpr int kTasks = 64;
  std::vector<Task<std::pair<std::uint64_t, bool>>> tasks;
  for (int i = 0; i < kTasks; ++i)
    tasks.push_back(spawn_task([i] {
      bool exhausted = false;
      const std::uint64_t allocations = cycle(i == 0, exhausted);
      return std::pair(allocations, exhausted);
    }));
  constexpr std::uint64_t kExpected = 8 * (64 + 1);
  for (int i = 0; i < kTasks; ++i) {
    auto joined = tasks[i].join();
    if (!joined || joined->first != kExpected || joined->second != (i == 0))
      problems.push_back("real-time cycle " + std::to_string(i) + " went wrong");
    else
      tallies.rt_allocations += joined->first;
  }
  tallies.tasks_run += kTasks;
  tallies.pool_exhaustions_injected += 1;
}
#else
void realtime_round(Tallies &, Problems &) {}
#endif

} // namespace medi::soak
