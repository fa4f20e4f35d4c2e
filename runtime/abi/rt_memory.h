// rt_memory.h: a region and a pool sized at run time, for the C ABI (feature
// MEDI_ENABLE_RT_ZONES). Same bounds as RtRegion and FixedPool: O(1), no lock, no syscall.
#ifndef MEDI_RUNTIME_ABI_RT_MEMORY_H
#define MEDI_RUNTIME_ABI_RT_MEMORY_H

#include "medi/medi_rt.h"
#include "medi/rt/pool.h"
#include "medi/rt/region.h"

#include <cstddef>
#include <cstdint>
#include <memory>

namespace medi::abi {

/// A bump allocator over one block, aligned for kMaxAlign.
class ByteRegion {
public:
  static constexpr std::size_t kMaxAlign = MEDI_RT_REGION_MAX_ALIGN;
  /// Null when the memory cannot be had.
  static std::unique_ptr<ByteRegion> create(std::uint64_t bytes) noexcept;
  ~ByteRegion();

  /// `size` bytes aligned to `align` (a power of two, at most kMaxAlign), or null when they do
  /// not fit. A 0-byte request gets a valid aligned pointer and uses nothing.
  void *bump(std::uint64_t size, std::uint64_t align) noexcept {
    return detail::bump_aligned(base_, capacity_, used_, size, align);
  }
  void reset() noexcept { used_ = 0; }
  std::size_t capacity() const noexcept { return capacity_; }
  std::size_t used() const noexcept { return used_; }

private:
  ByteRegion(std::byte *base, std::size_t capacity) noexcept : base_(base), capacity_(capacity) {}
  std::byte *base_;
  std::size_t capacity_;
  std::size_t used_ = 0;
};

/// `count` slots of `elem_size` bytes (each aligned for max_align_t), an index free list and a
/// bit per slot, so a foreign or double free is caught before it touches the list.
class BytePool {
public:
  static std::unique_ptr<BytePool> create(std::uint64_t elem_size, std::uint64_t count) noexcept;
  ~BytePool();

  void *alloc() noexcept {
    if (free_head_ == kNone) [[unlikely]]
      return nullptr;
    const std::uint32_t index = free_head_;
    free_head_ = next_[index];
    in_use_[index] = 1;
    return slots_ + std::size_t{index} * stride_;
  }

  enum class Freed : std::uint8_t { Ok, NotOurs, AlreadyFree };
  /// Gives `slot` back; `index` says which slot it was (for a double free's report).
  Freed free(const void *slot, std::uint32_t &index) noexcept {
    if (!detail::slot_index(slot, slots_, stride_, count_, index)) [[unlikely]]
      return Freed::NotOurs;
    if (!in_use_[index]) [[unlikely]]
      return Freed::AlreadyFree;
    in_use_[index] = 0;
    next_[index] = free_head_;
    free_head_ = index;
    return Freed::Ok;
  }
  std::size_t capacity() const noexcept { return count_; }

private:
  static constexpr std::uint32_t kNone = UINT32_MAX;
  BytePool() noexcept = default;
  std::byte *slots_ = nullptr;
  std::uint32_t *next_ = nullptr;
  std::uint8_t *in_use_ = nullptr;
  std::size_t stride_ = 0;
  std::uint32_t count_ = 0;
  std::uint32_t free_head_ = kNone;
};

} // namespace medi::abi

#endif // MEDI_RUNTIME_ABI_RT_MEMORY_H
