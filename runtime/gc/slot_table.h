// slot_table.h: the slots behind a heap's handles, in segments that never move.
//
// Segment k holds kFirstSegment << k slots, so slot i lives in segment
// bit_width(i / kFirstSegment + 1) - 1 and 23 segments cover every 32-bit index. Growing adds a
// segment and moves nothing: a thread can fill a slot it reserved (an allocation buffer's,
// allocation_buffer.h) through a Slot pointer without the heap's lock while another thread grows
// the table under it. Everything else is read and written under the heap's lock.
#ifndef MEDI_RUNTIME_GC_SLOT_TABLE_H
#define MEDI_RUNTIME_GC_SLOT_TABLE_H

#include <array>
#include <atomic>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>

namespace medi::gc_zone::detail {

struct Object;

struct Slot {
  std::uint32_t generation = 1;
  /// Stored with release by whoever fills the slot (perhaps without the lock); loaded with
  /// acquire, so the object's header is visible to whoever finds it.
  std::atomic<Object *> object{nullptr};
};

class SlotTable {
public:
  static constexpr std::uint32_t kFirstSegment = 1024;

  SlotTable() = default;
  SlotTable(const SlotTable &) = delete;
  SlotTable &operator=(const SlotTable &) = delete;

  std::uint32_t size() const noexcept { return size_; }

  Slot &operator[](std::uint32_t index) noexcept {
    const std::uint32_t unit = index / kFirstSegment + 1;
    const unsigned segment = static_cast<unsigned>(std::bit_width(unit)) - 1;
    const std::uint32_t first = (std::uint32_t{1} << segment) - 1; // in units of kFirstSegment
    return segments_[segment][index - first * kFirstSegment];
  }
  const Slot &operator[](std::uint32_t index) const noexcept {
    return const_cast<SlotTable &>(*this)[index];
  }

  /// A fresh slot at the end; std::bad_alloc when no segment can be added or the index space is
  /// spent (UINT32_MAX - 1 slots: handle slot + 1 must fit 32 bits).
  std::uint32_t append() {
    if (size_ >= UINT32_MAX - 1)
      throw std::bad_alloc();
    const std::uint32_t unit = size_ / kFirstSegment + 1;
    const unsigned segment = static_cast<unsigned>(std::bit_width(unit)) - 1;
    if (!segments_[segment])
      segments_[segment] = std::make_unique<Slot[]>(std::size_t{kFirstSegment} << segment);
    return size_++;
  }

private:
  std::array<std::unique_ptr<Slot[]>, 23> segments_;
  std::uint32_t size_ = 0;
};

} // namespace medi::gc_zone::detail

#endif // MEDI_RUNTIME_GC_SLOT_TABLE_H
