// rt_abi.cpp: the C ABI's real-time zones, regions and pools (feature MEDI_ENABLE_RT_ZONES;
// without it each entry point reports that the feature is missing and fails).
//
// Regions and pools here are sized at run time (the C++ RtRegion and FixedPool are sized at
// compile time) with the same guarantees: a region allocation is a bump, a pool allocation or
// free is a free-list pop or push, neither takes a lock or makes a syscall, and misuse (an
// overflow, an exhausted pool, a foreign or double free) is reported with the RT op tags and
// never corrupts them. A region or pool handle belongs to one task at a time.
#include "call_report.h"
#include "handle_table.h"
#include "medi/abi/arg_checks.h"
#include "medi/config.h"
#include "medi/detail/realtime_check.h"
#include "medi/error/op_tags.h"
#include "medi/error/reporting.h"
#include "medi/medi_rt.h"
#include "medi/zone.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <string>

#if MEDI_ENABLE_RT_ZONES
#include "medi/rt/pool.h"
#include "rt_memory.h"
#endif

using namespace medi;
using namespace medi::abi;

extern "C" {

#if MEDI_ENABLE_RT_ZONES

void medi_rt_zone_enter(const medi_rt_source *site) {
  detail::enter_zone(ZoneKind::RealTime, SourceSite(site));
}

void medi_rt_zone_exit(const medi_rt_source *site) {
  detail::exit_zone(ZoneKind::RealTime, SourceSite(site));
}

medi_rt_region *medi_rt_region_create(uint64_t bytes, const medi_rt_source *site) {
  if (bytes == 0) {
    report_invalid_argument("region of 0 bytes", site, op::rt_region_create);
    return nullptr;
  }
  const detail::RealtimeCheck realtime_check("creating a region", SourceSite(site));
  auto region = ByteRegion::create(bytes);
  void *handle = region ? HandleTable::instance().issue(HandleKind::Region, region.get()) : nullptr;
  if (!handle) {
    report_out_of_memory("a region of " + std::to_string(bytes) + " bytes", site,
                         op::rt_region_create);
    return nullptr;
  }
  region.release();
  return static_cast<medi_rt_region *>(handle);
}

void *medi_rt_region_alloc(medi_rt_region *handle, uint64_t size, uint64_t align,
                           const medi_rt_source *site) {
  auto *region =
      static_cast<ByteRegion *>(HandleTable::instance().find(handle, HandleKind::Region));
  if (!region) {
    report_invalid_handle("region", site, op::rt_region_alloc);
    return nullptr;
  }
  static constexpr const ArgCheck *kAlign = check_of(arg_checks::RegionAlloc, 2);
  static_assert(kAlign->name, "intrinsics.def gives medi.region.alloc's alignment a rule");
  if (align > static_cast<std::uint64_t>(kAlign->max) ||
      !kAlign->accepts(static_cast<std::int64_t>(align))) {
    report_invalid_argument("region " + kAlign->complaint(std::to_string(align)), site,
                            op::rt_region_alloc);
    return nullptr;
  }
  if (void *memory = region->bump(size, align)) [[likely]]
    return memory;
  detail::report_region_overflow(size, region->capacity(), op::rt_region_alloc_uninit_overflow,
                                 SourceSite(site));
  return nullptr;
}

void medi_rt_region_reset(medi_rt_region *handle, const medi_rt_source *site) {
  if (auto *region =
          static_cast<ByteRegion *>(HandleTable::instance().find(handle, HandleKind::Region)))
    region->reset();
  else
    report_invalid_handle("region", site, op::rt_region_reset);
}

void medi_rt_region_destroy(medi_rt_region *handle, const medi_rt_source *site) {
  if (auto *region =
          static_cast<ByteRegion *>(HandleTable::instance().take(handle, HandleKind::Region)))
    delete region;
  else
    report_invalid_handle("region", site, op::rt_region_destroy);
}

medi_rt_pool *medi_rt_pool_create(uint64_t elem_size, uint64_t count, const medi_rt_source *site) {
  if (elem_size == 0 || count == 0 || count >= UINT32_MAX) {
    report_invalid_argument("pool of " + std::to_string(count) + " slots of " +
                                std::to_string(elem_size) +
                                " bytes (each at least 1, fewer than 2^32 slots)",
                            site, op::fixed_pool_create);
    return nullptr;
  }
  const detail::RealtimeCheck realtime_check("creating a pool", SourceSite(site));
  auto pool = BytePool::create(elem_size, count);
  void *handle = pool ? HandleTable::instance().issue(HandleKind::Pool, pool.get()) : nullptr;
  if (!handle) {
    report_out_of_memory("a pool of " + std::to_string(count) + " slots", site,
                         op::fixed_pool_create);
    return nullptr;
  }
  pool.release();
  return static_cast<medi_rt_pool *>(handle);
}

void *medi_rt_pool_alloc(medi_rt_pool *handle, const medi_rt_source *site) {
  auto *pool = static_cast<BytePool *>(HandleTable::instance().find(handle, HandleKind::Pool));
  if (!pool) {
    report_invalid_handle("pool", site, op::fixed_pool_alloc);
    return nullptr;
  }
  if (void *slot = pool->alloc()) [[likely]]
    return slot;
  detail::report_pool_exhausted(pool->capacity(), SourceSite(site));
  return nullptr;
}

void medi_rt_pool_free(medi_rt_pool *handle, void *slot, const medi_rt_source *site) {
  auto *pool = static_cast<BytePool *>(HandleTable::instance().find(handle, HandleKind::Pool));
  if (!pool) {
    report_invalid_handle("pool", site, op::fixed_pool_free);
    return;
  }
  switch (std::uint32_t index; pool->free(slot, index)) {
  case BytePool::Freed::Ok:
    return;
  case BytePool::Freed::NotOurs:
    detail::report_invalid_free(SourceSite(site));
    return;
  case BytePool::Freed::AlreadyFree:
    detail::report_double_free(index, SourceSite(site));
    return;
  }
}

void medi_rt_pool_destroy(medi_rt_pool *handle, const medi_rt_source *site) {
  if (auto *pool = static_cast<BytePool *>(HandleTable::instance().take(handle, HandleKind::Pool)))
    delete pool;
  else
    report_invalid_handle("pool", site, op::fixed_pool_destroy);
}

#else // !MEDI_ENABLE_RT_ZONES

namespace {
constexpr std::string_view kFeature = "real-time zones (MEDI_ENABLE_RT_ZONES)";
}

void medi_rt_zone_enter(const medi_rt_source *site) {
  report_unsupported(kFeature, site, op::rt_zone_enter);
}
void medi_rt_zone_exit(const medi_rt_source *site) {
  report_unsupported(kFeature, site, op::rt_zone_exit);
}
medi_rt_region *medi_rt_region_create(uint64_t, const medi_rt_source *site) {
  report_unsupported(kFeature, site, op::rt_region_create);
  return nullptr;
}
void *medi_rt_region_alloc(medi_rt_region *, uint64_t, uint64_t, const medi_rt_source *site) {
  report_unsupported(kFeature, site, op::rt_region_alloc);
  return nullptr;
}
void medi_rt_region_reset(medi_rt_region *, const medi_rt_source *site) {
  report_unsupported(kFeature, site, op::rt_region_reset);
}
void medi_rt_region_destroy(medi_rt_region *, const medi_rt_source *site) {
  report_unsupported(kFeature, site, op::rt_region_destroy);
}
medi_rt_pool *medi_rt_pool_create(uint64_t, uint64_t, const medi_rt_source *site) {
  report_unsupported(kFeature, site, op::fixed_pool_create);
  return nullptr;
}
void *medi_rt_pool_alloc(medi_rt_pool *, const medi_rt_source *site) {
  report_unsupported(kFeature, site, op::fixed_pool_alloc);
  return nullptr;
}
void medi_rt_pool_free(medi_rt_pool *, void *, const medi_rt_source *site) {
  report_unsupported(kFeature, site, op::fixed_pool_free);
}
void medi_rt_pool_destroy(medi_rt_pool *, const medi_rt_source *site) {
  report_unsupported(kFeature, site, op::fixed_pool_destroy);
}

#endif // MEDI_ENABLE_RT_ZONES

} // extern "C"
