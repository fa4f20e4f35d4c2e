// gc_abi.cpp: the GC's C ABI (<medi/medi_rt.h>) over SafeGc::global(). The medi_gc_* entry
// points keep the exact signatures the medic compiler emits, so they carry no source record:
// reports name the op and an unknown location (tolvex_gc_* are the same calls under the
// upstream compiler's newer names). The medi_rt_gc_* entry points, which the medi.gc.*
// intrinsics lower to, take the call site's record, so their reports name the .medi line. Without
// MEDI_ENABLE_GC each one (but the statistics, which read zero) reports that the feature is
// missing.
#include "medi/config.h"
#include "medi/error/op_tags.h"
#include "medi/medi_rt.h"

#if MEDI_ENABLE_GC
#include "../gc/global_heap.h"
#include "../gc/heap.h"
#include "medi/error/reporting.h"
#include "medi/gc/safe_gc.h"

#include <string>
#else
#include "call_report.h"
#endif

using namespace medi;

#if MEDI_ENABLE_GC

namespace {
gc_zone::SafeGc &gc() noexcept {
  return gc_zone::SafeGc::global();
}
// Allocation goes to the global collector's heap directly: through SafeGc it made two more
// calls per object.
gc_zone::detail::Heap &heap() noexcept {
  static gc_zone::detail::Heap &global = gc_zone::detail::global_heap();
  return global;
}
const SourceSite kUnknown{static_cast<const medi_rt_source *>(nullptr)};
} // namespace

extern "C" {

uint64_t medi_gc_alloc_string(const uint8_t *bytes, size_t len) {
  return medi_rt_gc_alloc_string(bytes, len, nullptr);
}
uint64_t medi_gc_alloc_unit(void) {
  return heap().allocate_plain(gc_zone::detail::ObjectKind::Unit, {}, kUnknown);
}
void medi_gc_add_root(uint64_t id) {
  gc().add_root(id, kUnknown);
}
void medi_gc_remove_root(uint64_t id) {
  gc().remove_root(id, kUnknown);
}
void medi_gc_add_edge(uint64_t parent, uint64_t child) {
  gc().add_edge(parent, child, kUnknown);
}
void medi_gc_remove_edge(uint64_t parent, uint64_t child) {
  gc().remove_edge(parent, child, kUnknown);
}
void medi_gc_write_barrier(uint64_t parent, uint64_t child) {
  gc().write_barrier(parent, child, kUnknown);
}
void medi_gc_collect(void) {
  gc().collect(kUnknown);
}

uint64_t medi_rt_gc_alloc_string(const uint8_t *bytes, uint64_t len, const medi_rt_source *site) {
  if (!bytes && len > 0) {
    report_error(RuntimeError::message("GC string allocation was given no bytes but a length of " +
                                       std::to_string(len)),
                 SourceSite(site).context(op::gc_alloc));
    return 0;
  }
  return heap().allocate_string({bytes, static_cast<std::size_t>(len)}, SourceSite(site));
}
uint64_t medi_rt_gc_alloc_unit(const medi_rt_source *site) {
  return heap().allocate_plain(gc_zone::detail::ObjectKind::Unit, {}, SourceSite(site));
}
void medi_rt_gc_add_root(uint64_t id, const medi_rt_source *site) {
  gc().add_root(id, SourceSite(site));
}
void medi_rt_gc_remove_root(uint64_t id, const medi_rt_source *site) {
  gc().remove_root(id, SourceSite(site));
}
void medi_rt_gc_add_edge(uint64_t parent, uint64_t child, const medi_rt_source *site) {
  gc().add_edge(parent, child, SourceSite(site));
}
void medi_rt_gc_remove_edge(uint64_t parent, uint64_t child, const medi_rt_source *site) {
  gc().remove_edge(parent, child, SourceSite(site));
}
void medi_rt_gc_write_barrier(uint64_t parent, uint64_t child, const medi_rt_source *site) {
  gc().write_barrier(parent, child, SourceSite(site));
}
void medi_rt_gc_collect(const medi_rt_source *site) {
  gc().collect(SourceSite(site));
}

const uint8_t *medi_gc_string_bytes(uint64_t id) {
  auto text = gc().string_view(id, kUnknown);
  return text ? reinterpret_cast<const uint8_t *>(text->data()) : nullptr;
}
size_t medi_gc_string_len(uint64_t id) {
  auto text = gc().string_view(id, kUnknown);
  return text ? text->size() : 0;
}
uint64_t medi_gc_live_objects(void) {
  return gc().stats().live_objects;
}

void medi_gc_get_stats(medi_gc_stats *out) {
  if (!out)
    return;
  const gc_zone::GcStats stats = gc().stats();
  auto ns = [](std::chrono::nanoseconds value) { return static_cast<uint64_t>(value.count()); };
  *out = medi_gc_stats{
      .live_objects = stats.live_objects,
      .live_bytes = stats.live_bytes,
      .young_objects = stats.young_objects,
      .old_objects = stats.old_objects,
      .roots = stats.roots,
      .allocated_objects = stats.allocated_objects,
      .freed_objects = stats.freed_objects,
      .promoted_objects = stats.promoted_objects,
      .finalizers_run = stats.finalizers_run,
      .minor_collections = stats.minor_collections,
      .major_cycles = stats.major_cycles,
      .major_steps = stats.major_steps,
      .full_collections = stats.full_collections,
      .minor_pause_max_ns = ns(stats.minor_pause_max),
      .major_step_pause_max_ns = ns(stats.major_step_pause_max),
      .full_pause_max_ns = ns(stats.full_pause_max),
  };
}

} // extern "C"

#else // !MEDI_ENABLE_GC

namespace {
void missing(const medi_rt_source *site = nullptr) noexcept {
  abi::report_unsupported("the GC zone (MEDI_ENABLE_GC)", site, op::gc_alloc);
}
} // namespace

extern "C" {

uint64_t medi_gc_alloc_string(const uint8_t *, size_t) {
  return missing(), 0;
}
uint64_t medi_gc_alloc_unit(void) {
  return missing(), 0;
}
void medi_gc_add_root(uint64_t) {
  missing();
}
void medi_gc_remove_root(uint64_t) {
  missing();
}
void medi_gc_add_edge(uint64_t, uint64_t) {
  missing();
}
void medi_gc_remove_edge(uint64_t, uint64_t) {
  missing();
}
void medi_gc_write_barrier(uint64_t, uint64_t) {
  missing();
}
void medi_gc_collect(void) {
  missing();
}
const uint8_t *medi_gc_string_bytes(uint64_t) {
  return missing(), nullptr;
}
size_t medi_gc_string_len(uint64_t) {
  return missing(), 0;
}
uint64_t medi_rt_gc_alloc_string(const uint8_t *, uint64_t, const medi_rt_source *site) {
  return missing(site), 0;
}
uint64_t medi_rt_gc_alloc_unit(const medi_rt_source *site) {
  return missing(site), 0;
}
void medi_rt_gc_add_root(uint64_t, const medi_rt_source *site) {
  missing(site);
}
void medi_rt_gc_remove_root(uint64_t, const medi_rt_source *site) {
  missing(site);
}
void medi_rt_gc_add_edge(uint64_t, uint64_t, const medi_rt_source *site) {
  missing(site);
}
void medi_rt_gc_remove_edge(uint64_t, uint64_t, const medi_rt_source *site) {
  missing(site);
}
void medi_rt_gc_write_barrier(uint64_t, uint64_t, const medi_rt_source *site) {
  missing(site);
}
void medi_rt_gc_collect(const medi_rt_source *site) {
  missing(site);
}
uint64_t medi_gc_live_objects(void) {
  return 0;
}
void medi_gc_get_stats(medi_gc_stats *) {}

} // extern "C"

#endif // MEDI_ENABLE_GC

// The upstream compiler's newest names for the same calls.
extern "C" {
uint64_t tolvex_gc_alloc_string(const uint8_t *bytes, size_t len) {
  return medi_gc_alloc_string(bytes, len);
}
uint64_t tolvex_gc_alloc_unit(void) {
  return medi_gc_alloc_unit();
}
void tolvex_gc_add_root(uint64_t id) {
  medi_gc_add_root(id);
}
void tolvex_gc_remove_root(uint64_t id) {
  medi_gc_remove_root(id);
}
void tolvex_gc_add_edge(uint64_t parent, uint64_t child) {
  medi_gc_add_edge(parent, child);
}
void tolvex_gc_remove_edge(uint64_t parent, uint64_t child) {
  medi_gc_remove_edge(parent, child);
}
void tolvex_gc_write_barrier(uint64_t parent, uint64_t child) {
  medi_gc_write_barrier(parent, child);
}
void tolvex_gc_collect(void) {
  medi_gc_collect();
}
} // extern "C"
