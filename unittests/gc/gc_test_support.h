// gc_test_support.h: collectors tuned for tests, and a counter of destroyed payloads.
#ifndef MEDI_UNITTESTS_GC_GC_TEST_SUPPORT_H
#define MEDI_UNITTESTS_GC_GC_TEST_SUPPORT_H

#include "medi/gc.h"

#include <atomic>
#include <chrono>
#include <string>

namespace medi::test {

/// Parameters that make collections frequent and small.
inline gc_zone::GcParams small_gc_params() {
  gc_zone::GcParams params;
  params.nursery_threshold_bytes = 16 * 1024;
  params.major_threshold_bytes = 64 * 1024;
  params.max_pause = std::chrono::microseconds(200);
  return params;
}

/// A payload that counts its destructions.
struct Tracked {
  explicit Tracked(std::atomic<int> &destroyed, std::string name = {})
      : destroyed(&destroyed), name(std::move(name)) {}
  ~Tracked() { destroyed->fetch_add(1, std::memory_order_relaxed); }
  std::atomic<int> *destroyed;
  std::string name;
};

} // namespace medi::test

#endif // MEDI_UNITTESTS_GC_GC_TEST_SUPPORT_H
