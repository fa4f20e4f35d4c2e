// gc_test_support.h: collectors tuned for tests, an old generation to run major cycles over,
// and a counter of destroyed payloads.
#ifndef MEDI_UNITTESTS_GC_GC_TEST_SUPPORT_H
#define MEDI_UNITTESTS_GC_GC_TEST_SUPPORT_H

#include "medi/gc.h"

#include <atomic>
#include <chrono>
#include <cstdint>
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

/// Parameters whose major steps the pause allows almost nothing (1 us), promotion at the first
/// survival.
inline gc_zone::GcParams tiny_pause_gc_params() {
  gc_zone::GcParams params = small_gc_params();
  params.promotion_threshold = 1;
  params.max_pause = std::chrono::microseconds(1);
  return params;
}

/// A rooted unit with `children` units as its edges: an old generation past small_gc_params'
/// major threshold once a collection or two have promoted them. Returns the head's id.
inline std::uint64_t rooted_head_with_children(gc_zone::SafeGc &gc, int children, SourceSite site) {
  const std::uint64_t head = gc.allocate_unit(site);
  gc.add_root(head, site);
  for (int i = 0; i < children; ++i)
    gc.add_edge(head, gc.allocate_unit(site), site);
  return head;
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
