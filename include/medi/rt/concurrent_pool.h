// medi/rt/concurrent_pool.h: ConcurrentFixedPool, the lock-free FixedPool for pools shared
// between tasks and threads (feature MEDI_ENABLE_RT_ZONES). See docs/realtime.md.
//
// The free list is a Treiber stack of slot indices whose head carries a 32-bit tag, bumped on
// every pop, so a head that was popped and pushed back in between (ABA) fails the
// compare-exchange. Each slot's state is atomic: freeing is a compare-exchange from in-use to
// free, so a double free is detected (and reported) even when two threads race to free one
// slot. Allocation and free are lock-free: a bounded number of retries under contention, no
// system call, no lock. Same reports and ops as FixedPool.
#ifndef MEDI_RT_CONCURRENT_POOL_H
#define MEDI_RT_CONCURRENT_POOL_H

#include "medi/config.h"

#if MEDI_ENABLE_RT_ZONES

#include "medi/detail/cache_padding.h"
#include "medi/error/op_tags.h"
#include "medi/error/reporting.h"
#include "medi/rt/pool.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <source_location>
#include <utility>

namespace medi {

template <class T, std::size_t N> class ConcurrentFixedPool {
  static_assert(N > 0, "a pool needs at least one slot");
  static_assert(N < UINT32_MAX, "slot indices are 32-bit");

public:
  ConcurrentFixedPool() noexcept {
    for (std::uint32_t i = 0; i < N; ++i)
      next_[i].store(i + 1, std::memory_order_relaxed);
  }
  ~ConcurrentFixedPool() {
    for (std::uint32_t i = 0; i < N; ++i)
      if (state_[i].load(std::memory_order_relaxed) == SlotState::InUse)
        std::destroy_at(slot(i));
  }
  ConcurrentFixedPool(const ConcurrentFixedPool &) = delete;
  ConcurrentFixedPool &operator=(const ConcurrentFixedPool &) = delete;

  static constexpr std::size_t capacity() noexcept { return N; }
  /// A snapshot: other threads may change it at any time.
  std::size_t free_count() const noexcept { return free_.load(std::memory_order_relaxed); }

  PoolBox<T> alloc(T value, std::source_location location = std::source_location::current()) {
    T *raw = alloc_raw(std::move(value), location);
    return raw ? PoolBox<T>(raw, &free_from_box, this) : PoolBox<T>();
  }
  T *alloc_raw(T value, std::source_location location = std::source_location::current()) {
    const std::uint32_t index = pop();
    if (index == kNone) [[unlikely]] {
      detail::report_pool_exhausted(N, location);
      return nullptr;
    }
    T *constructed = std::construct_at(slot(index), std::move(value));
    state_[index].store(SlotState::InUse, std::memory_order_release);
    free_.fetch_sub(1, std::memory_order_relaxed);
    return constructed;
  }

  void free_ptr(T *value,
                std::source_location location = std::source_location::current()) noexcept {
    std::uint32_t index;
    if (!detail::find_slot(value, storage_, N, index)) [[unlikely]] {
      detail::report_invalid_free(location);
      return;
    }
    SlotState expected = SlotState::InUse;
    if (!state_[index].compare_exchange_strong(expected, SlotState::Releasing,
                                               std::memory_order_acq_rel)) [[unlikely]] {
      detail::report_double_free(index, location);
      return;
    }
    std::destroy_at(value);
    state_[index].store(SlotState::Free, std::memory_order_relaxed);
    free_.fetch_add(1, std::memory_order_relaxed);
    push(index);
  }

private:
  static constexpr std::uint32_t kNone = static_cast<std::uint32_t>(N);
  enum class SlotState : std::uint8_t { Free, InUse, Releasing };

  static std::uint64_t pack(std::uint32_t index, std::uint32_t tag) noexcept {
    return (std::uint64_t{tag} << 32) | index;
  }

  std::uint32_t pop() noexcept {
    std::uint64_t head = head_.load(std::memory_order_acquire);
    for (;;) {
      const auto index = static_cast<std::uint32_t>(head);
      if (index == kNone)
        return kNone;
      const std::uint32_t next = next_[index].load(std::memory_order_relaxed);
      const auto tag = static_cast<std::uint32_t>(head >> 32);
      if (head_.compare_exchange_weak(head, pack(next, tag + 1), std::memory_order_acq_rel,
                                      std::memory_order_acquire))
        return index;
    }
  }
  void push(std::uint32_t index) noexcept {
    std::uint64_t head = head_.load(std::memory_order_relaxed);
    for (;;) {
      next_[index].store(static_cast<std::uint32_t>(head), std::memory_order_relaxed);
      if (head_.compare_exchange_weak(head, pack(index, static_cast<std::uint32_t>(head >> 32)),
                                      std::memory_order_release, std::memory_order_relaxed))
        return;
    }
  }

  T *slot(std::uint32_t index) noexcept {
    return std::launder(reinterpret_cast<T *>(storage_[index].bytes));
  }
  static void free_from_box(void *pool, T *value) noexcept {
    static_cast<ConcurrentFixedPool *>(pool)->free_ptr(value);
  }

  detail::PoolSlot<T> storage_[N];
  std::atomic<std::uint32_t> next_[N];
  std::atomic<SlotState> state_[N] = {};
  alignas(detail::kCachePadding) std::atomic<std::uint64_t> head_{0};
  alignas(detail::kCachePadding) std::atomic<std::size_t> free_{N};
};

} // namespace medi

#endif // MEDI_ENABLE_RT_ZONES
#endif // MEDI_RT_CONCURRENT_POOL_H
