// medi/rt/region.h: RtRegion, a bump allocator over inline storage for real-time code
// (feature MEDI_ENABLE_RT_ZONES). See docs/realtime.md.
//
// Every allocation is O(1) with no system call, no lock and no loop: align the offset, compare
// with the capacity, bump. Nothing is freed one by one; reset() or the end of a scope() gives
// the space back at once. A region never runs destructors, so it holds trivially destructible
// types only (checked at compile time).
#ifndef MEDI_RT_REGION_H
#define MEDI_RT_REGION_H

#include "medi/config.h"

#if MEDI_ENABLE_RT_ZONES

#include "medi/error/op_tags.h"
#include "medi/error/reporting.h"
#include "medi/error/source_site.h"

#include <cstddef>
#include <cstdint>
#include <expected>
#include <memory>
#include <new>
#include <source_location>
#include <span>
#include <type_traits>
#include <utility>

namespace medi {

namespace detail {
// What RtRegion and the C ABI's run-time-sized region share: the bump and the overflow report.

/// `size` bytes aligned to `alignment` (a power of two) at `base + offset`, moving `offset`
/// past them; nullptr when they do not fit in `capacity`. Inlined with a constant capacity, it
/// is RtRegion's fast path.
inline void *bump_aligned(std::byte *base, std::size_t capacity, std::size_t &offset,
                          std::size_t size, std::size_t alignment) noexcept {
  const auto start = reinterpret_cast<std::uintptr_t>(base);
  const std::uintptr_t aligned = (start + offset + alignment - 1) & ~(alignment - 1);
  const std::size_t end = aligned - start + size;
  if (size > capacity || end > capacity) [[unlikely]]
    return nullptr;
  offset = end;
  return reinterpret_cast<void *>(aligned);
}

/// Reports RegionOverflow{requested, capacity} with `op` at `site`, and returns it.
[[gnu::cold, gnu::noinline]] inline RuntimeError report_region_overflow(std::size_t requested,
                                                                        std::size_t capacity,
                                                                        std::string_view op,
                                                                        SourceSite site) {
  RuntimeError error = RuntimeError::region_overflow(requested, capacity);
  report_error(error, site.context(op));
  return error;
}

} // namespace detail

template <std::size_t BYTES> class RtRegion {
  static_assert(BYTES > 0, "an RtRegion needs at least one byte");

public:
  RtRegion() noexcept = default;
  RtRegion(const RtRegion &) = delete;
  RtRegion &operator=(const RtRegion &) = delete;

  static constexpr std::size_t capacity() noexcept { return BYTES; }
  std::size_t used() const noexcept { return offset_; }
  std::size_t remaining() const noexcept { return BYTES - offset_; }

  /// Room for one T, uninitialised and aligned; nullptr when the region is full.
  template <class T> T *alloc_uninit() noexcept {
    return static_cast<T *>(bump(sizeof(T), alignof(T)));
  }
  /// One T constructed from `args`; nullptr when the region is full (nothing is constructed).
  template <class T, class... Args> T *alloc(Args &&...args) {
    static_assert(std::is_trivially_destructible_v<T>,
                  "an RtRegion never runs destructors: allocate trivially destructible types");
    T *slot = alloc_uninit<T>();
    return slot ? std::construct_at(slot, std::forward<Args>(args)...) : nullptr;
  }
  /// Room for `count` Ts, uninitialised; an empty span when it does not fit (or count is 0).
  template <class T> std::span<T> alloc_array_uninit(std::size_t count) noexcept {
    if (count == 0 || count > BYTES / sizeof(T))
      return {};
    T *first = static_cast<T *>(bump(count * sizeof(T), alignof(T)));
    return first ? std::span<T>(first, count) : std::span<T>();
  }
  /// `count` value-initialised Ts (zeroes for arithmetic types); empty when it does not fit.
  template <class T> std::span<T> alloc_array(std::size_t count) {
    static_assert(std::is_trivially_destructible_v<T>,
                  "an RtRegion never runs destructors: allocate trivially destructible types");
    std::span<T> array = alloc_array_uninit<T>(count);
    std::uninitialized_value_construct(array.begin(), array.end());
    return array;
  }

  // The _result variants report an overflow (RuntimeError::Memory(RegionOverflow{requested,
  // capacity}), op rt_region.alloc_uninit_overflow / rt_region.alloc_array_overflow, the
  // caller's source context) and return it.
  template <class T>
  std::expected<T *, RuntimeError>
  alloc_uninit_result(std::source_location location = std::source_location::current()) noexcept {
    if (T *slot = alloc_uninit<T>()) [[likely]]
      return slot;
    return overflow(sizeof(T), op::rt_region_alloc_uninit_overflow, location);
  }
  /// `value` moved into the region (construct it in the call: region.alloc_result(Vital{...})).
  template <class T>
  std::expected<T *, RuntimeError>
  alloc_result(T value, std::source_location location = std::source_location::current()) {
    if (T *slot = alloc<T>(std::move(value))) [[likely]]
      return slot;
    return overflow(sizeof(T), op::rt_region_alloc_uninit_overflow, location);
  }
  template <class T>
  std::expected<std::span<T>, RuntimeError>
  alloc_array_uninit_result(std::size_t count,
                            std::source_location location = std::source_location::current()) {
    std::span<T> array = alloc_array_uninit<T>(count);
    if (!array.empty() || count == 0) [[likely]]
      return array;
    return overflow(requested_bytes<T>(count), op::rt_region_alloc_array_overflow, location);
  }
  template <class T>
  std::expected<std::span<T>, RuntimeError>
  alloc_array_result(std::size_t count,
                     std::source_location location = std::source_location::current()) {
    std::span<T> array = alloc_array<T>(count);
    if (!array.empty() || count == 0) [[likely]]
      return array;
    return overflow(requested_bytes<T>(count), op::rt_region_alloc_array_overflow, location);
  }

  /// Gives back everything allocated. Objects in the region must no longer be used.
  void reset() noexcept { offset_ = 0; }

  /// Rolls the region back to where it is now when the scope ends. Scopes nest (end them in
  /// reverse order of creation, as blocks do).
  class Scope {
  public:
    explicit Scope(RtRegion &region) noexcept : region_(region), mark_(region.offset_) {}
    ~Scope() { region_.offset_ = mark_; }
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

  private:
    RtRegion &region_;
    std::size_t mark_;
  };
  [[nodiscard]] Scope scope() noexcept { return Scope(*this); }

private:
  void *bump(std::size_t size, std::size_t alignment) noexcept {
    return detail::bump_aligned(storage_, BYTES, offset_, size, alignment);
  }

  template <class T> static constexpr std::size_t requested_bytes(std::size_t count) noexcept {
    return count > SIZE_MAX / sizeof(T) ? SIZE_MAX : count * sizeof(T);
  }

  static std::unexpected<RuntimeError> overflow(std::size_t requested, std::string_view op,
                                                std::source_location location) {
    return std::unexpected(detail::report_region_overflow(requested, BYTES, op, location));
  }

  alignas(std::max_align_t) std::byte storage_[BYTES];
  std::size_t offset_ = 0;
};

} // namespace medi

#endif // MEDI_ENABLE_RT_ZONES
#endif // MEDI_RT_REGION_H
