// medi/rt/pool.h: FixedPool, an O(1) pool of N slots of T for real-time code, and PoolBox, the
// handle that gives a slot back (feature MEDI_ENABLE_RT_ZONES). See docs/realtime.md.
//
// Free slots form a singly linked list of indices; allocation pops, freeing pushes: O(1), no
// system call, no lock (this variant is for one task or thread at a time). Each slot also keeps
// an in-use flag, so misuse is caught in O(1) and reported without touching the
// free list: a pointer that is not a slot of this pool (InvalidFree, op fixed_pool.invalid_free),
// or a slot freed twice (DoubleFree{index}, op fixed_pool.double_free). Exhaustion reports
// PoolExhausted{capacity} with op fixed_pool.alloc_exhausted.
#ifndef MEDI_RT_POOL_H
#define MEDI_RT_POOL_H

#include "medi/config.h"

#if MEDI_ENABLE_RT_ZONES

#include "medi/error/op_tags.h"
#include "medi/error/reporting.h"
#include "medi/error/source_site.h"

#include <bit>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <new>
#include <source_location>
#include <utility>

namespace medi {

template <class T, std::size_t N> class FixedPool;

namespace detail {

// What FixedPool and ConcurrentFixedPool share: the slot storage, the check that a freed pointer
// is one of the slots, and the reports, built out of line so the fast paths need no stack frame.
template <class T> struct PoolSlot {
  alignas(T) unsigned char bytes[sizeof(T)];
};

/// Whether `value` is the start of one of `count` slots of `stride` bytes from `slots`; if so,
/// `index` says which. (Also the C ABI's run-time-sized pool's check.)
inline bool slot_index(const void *value, const void *slots, std::size_t stride, std::size_t count,
                       std::uint32_t &index) noexcept {
  // One unsigned comparison covers both ends of the storage.
  const std::uintptr_t offset =
      reinterpret_cast<std::uintptr_t>(value) - reinterpret_cast<std::uintptr_t>(slots);
  if (std::has_single_bit(stride)) {
    // Rotating right by log2(stride) turns a misaligned offset's low bits into high ones, so one
    // comparison also rejects a pointer into the middle of a slot.
    const std::uintptr_t rotated = std::rotr(offset, std::countr_zero(stride));
    index = static_cast<std::uint32_t>(rotated);
    return rotated < count;
  }
  index = static_cast<std::uint32_t>(offset / stride);
  return offset < count * stride && offset % stride == 0;
}

/// Whether `value` points at one of `slots` (`count` of them); if so, `index` says which.
template <class T>
bool find_slot(const T *value, const PoolSlot<T> *slots, std::size_t count,
               std::uint32_t &index) noexcept {
  return slot_index(value, slots, sizeof(PoolSlot<T>), count, index);
}

[[gnu::cold, gnu::noinline]] inline void report_pool_exhausted(std::size_t capacity,
                                                               SourceSite site) noexcept {
  report_error(RuntimeError::pool_exhausted(capacity),
               site.context(op::fixed_pool_alloc_exhausted));
}
[[gnu::cold, gnu::noinline]] inline void report_invalid_free(SourceSite site) noexcept {
  report_error(RuntimeError::invalid_free(), site.context(op::fixed_pool_invalid_free));
}
[[gnu::cold, gnu::noinline]] inline void report_double_free(std::uint32_t index,
                                                            SourceSite site) noexcept {
  report_error(RuntimeError::double_free(index), site.context(op::fixed_pool_double_free));
}

} // namespace detail

/// Owns one slot of a FixedPool; gives it back (destroying the value) when it goes. Empty, and
/// false, when the pool was exhausted.
template <class T> class PoolBox {
public:
  PoolBox() noexcept = default;
  PoolBox(T *value, void (*free)(void *, T *) noexcept, void *pool) noexcept
      : value_(value), free_(free), pool_(pool) {}
  PoolBox(PoolBox &&other) noexcept
      : value_(std::exchange(other.value_, nullptr)), free_(other.free_), pool_(other.pool_) {}
  PoolBox &operator=(PoolBox &&other) noexcept {
    if (this != &other) {
      reset();
      value_ = std::exchange(other.value_, nullptr);
      free_ = other.free_;
      pool_ = other.pool_;
    }
    return *this;
  }
  PoolBox(const PoolBox &) = delete;
  PoolBox &operator=(const PoolBox &) = delete;
  ~PoolBox() { reset(); }

  explicit operator bool() const noexcept { return value_ != nullptr; }
  T *get() const noexcept { return value_; }
  T &operator*() const noexcept { return *value_; }
  T *operator->() const noexcept { return value_; }
  /// Gives up ownership: the slot stays in use until free_ptr() is called on the pointer.
  T *release() noexcept { return std::exchange(value_, nullptr); }
  /// Gives the slot back now.
  void reset() noexcept {
    if (value_)
      free_(pool_, std::exchange(value_, nullptr));
  }

private:
  T *value_ = nullptr;
  void (*free_)(void *, T *) noexcept = nullptr;
  void *pool_ = nullptr;
};

template <class T, std::size_t N> class FixedPool {
  static_assert(N > 0, "a FixedPool needs at least one slot");
  static_assert(N < UINT32_MAX, "slot indices are 32-bit");

public:
  FixedPool() noexcept {
    for (std::uint32_t i = 0; i < N; ++i)
      link_[i] = i + 1;
  }
  ~FixedPool() {
    for (std::uint32_t i = 0; i < N; ++i)
      if (link_[i] == kInUse)
        std::destroy_at(slot(i));
  }
  FixedPool(const FixedPool &) = delete;
  FixedPool &operator=(const FixedPool &) = delete;

  static constexpr std::size_t capacity() noexcept { return N; }
  std::size_t free_count() const noexcept { return free_; }

  /// A slot holding `value`, given back when the box goes; an empty box (reported) when every
  /// slot is in use.
  PoolBox<T> alloc(T value, std::source_location location = std::source_location::current()) {
    return box(alloc_raw(std::move(value), location));
  }
  /// As alloc(), constructing the value in place from `args`; `location` names the call site.
  template <class... Args> PoolBox<T> emplace(std::source_location location, Args &&...args) {
    return box(emplace_raw(location, std::forward<Args>(args)...));
  }

  /// A slot holding `value`, or nullptr (reported) when exhausted. Give it back with free_ptr().
  T *alloc_raw(T value, std::source_location location = std::source_location::current()) {
    return emplace_raw(location, std::move(value));
  }
  template <class... Args> T *emplace_raw(std::source_location location, Args &&...args) {
    if (head_ == kNone) [[unlikely]] {
      detail::report_pool_exhausted(N, location);
      return nullptr;
    }
    const std::uint32_t index = head_;
    T *value = std::construct_at(slot(index), std::forward<Args>(args)...); // may throw: still free
    head_ = link_[index];
    link_[index] = kInUse;
    --free_;
    return value;
  }

  /// Destroys the value and frees its slot. A pointer that is not a slot of this pool, or a slot
  /// already free, is reported and ignored: the pool is never corrupted.
  void free_ptr(T *value,
                std::source_location location = std::source_location::current()) noexcept {
    std::uint32_t index;
    if (!detail::find_slot(value, storage_, N, index)) [[unlikely]] {
      detail::report_invalid_free(location);
      return;
    }
    if (link_[index] != kInUse) [[unlikely]] {
      detail::report_double_free(index, location);
      return;
    }
    std::destroy_at(value);
    link_[index] = head_;
    head_ = index;
    ++free_;
  }

private:
  static constexpr std::uint32_t kNone = static_cast<std::uint32_t>(N);
  static constexpr std::uint32_t kInUse = UINT32_MAX;

  T *slot(std::uint32_t index) noexcept {
    return std::launder(reinterpret_cast<T *>(storage_[index].bytes));
  }
  PoolBox<T> box(T *value) noexcept {
    return value ? PoolBox<T>(value, &free_from_box, this) : PoolBox<T>();
  }
  static void free_from_box(void *pool, T *value) noexcept {
    static_cast<FixedPool *>(pool)->free_ptr(value);
  }

  detail::PoolSlot<T> storage_[N];
  // A free slot's link is the next free slot (kNone ends the list); a slot in use has kInUse.
  // One word per slot: alloc and free each touch it once.
  std::uint32_t link_[N];
  std::uint32_t head_ = 0;
  std::size_t free_ = N;
};

} // namespace medi

#endif // MEDI_ENABLE_RT_ZONES
#endif // MEDI_RT_POOL_H
