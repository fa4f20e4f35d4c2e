// medi/gc/gc_stats.h: what a collector has done so far and what it holds now (SafeGc::stats(),
// medi_gc_get_stats()).
#ifndef MEDI_GC_GC_STATS_H
#define MEDI_GC_GC_STATS_H

#include "medi/config.h"

#if MEDI_ENABLE_GC

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace medi::gc_zone {

struct GcStats {
  // Now
  std::size_t live_objects = 0;
  std::size_t live_bytes = 0;
  std::size_t young_objects = 0; // in the nursery
  std::size_t old_objects = 0;   // promoted
  std::size_t roots = 0;         // objects with at least one root
  bool major_in_progress = false;
  bool poisoned = false;
  // So far
  std::uint64_t allocated_objects = 0;
  std::uint64_t freed_objects = 0;
  std::uint64_t promoted_objects = 0;
  std::uint64_t finalizers_run = 0;
  std::uint64_t minor_collections = 0;
  std::uint64_t major_cycles = 0; // completed major cycles, incremental or full
  std::uint64_t major_steps = 0;  // incremental steps (each within max_pause)
  std::uint64_t full_collections = 0;
  std::chrono::nanoseconds minor_pause_total{0};
  std::chrono::nanoseconds minor_pause_max{0};
  std::chrono::nanoseconds major_step_pause_max{0};
  std::chrono::nanoseconds full_pause_max{0};
};

} // namespace medi::gc_zone

#endif // MEDI_ENABLE_GC
#endif // MEDI_GC_GC_STATS_H
