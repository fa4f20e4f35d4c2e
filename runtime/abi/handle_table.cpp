// handle_table.cpp: issuing, checking and retiring the C ABI's handles.
#include "handle_table.h"

#include <new>

namespace medi::abi {
namespace {

// Handle value: generation in the high 32 bits, slot index + 1 in the low 32 (never 0).
std::uintptr_t encode(std::uint32_t index, std::uint32_t generation) noexcept {
  return std::uintptr_t{generation} << 32 | (std::uintptr_t{index} + 1);
}

} // namespace

HandleTable &HandleTable::instance() noexcept {
  static HandleTable *table = new HandleTable; // never destroyed: detached tasks may outlive main
  return *table;
}

HandleTable::Slot *HandleTable::slot_of(const void *handle,
                                        std::uint32_t &generation) const noexcept {
  const auto value = reinterpret_cast<std::uintptr_t>(handle);
  const auto low = static_cast<std::uint32_t>(value & 0xffffffffu);
  generation = static_cast<std::uint32_t>(value >> 32);
  if (low == 0)
    return nullptr;
  const std::uint32_t index = low - 1;
  if (index / kChunkSlots >= kMaxChunks)
    return nullptr;
  Slot *chunk = chunks_[index / kChunkSlots].load(std::memory_order_acquire);
  return chunk ? &chunk[index % kChunkSlots] : nullptr;
}

void *HandleTable::issue(HandleKind kind, void *object) noexcept {
  std::uint32_t index;
  {
    std::lock_guard lock(mutex_);
    if (free_.empty()) {
      if (chunks_used_ == kMaxChunks)
        return nullptr;
      auto *chunk = new (std::nothrow) Slot[kChunkSlots];
      if (!chunk)
        return nullptr;
      const std::uint32_t first = chunks_used_ * kChunkSlots;
      try {
        free_.reserve(free_.size() + kChunkSlots);
      } catch (...) {
        delete[] chunk;
        return nullptr;
      }
      for (std::uint32_t i = kChunkSlots; i > 0; --i)
        free_.push_back(first + i - 1); // lowest index on top
      chunks_[chunks_used_++].store(chunk, std::memory_order_release);
    }
    index = free_.back();
    free_.pop_back();
  }
  Slot &slot = chunks_[index / kChunkSlots].load(std::memory_order_relaxed)[index % kChunkSlots];
  // A dead slot's state is its next generation (see take); a fresh one starts at 1.
  const std::uint64_t dead = slot.state.load(std::memory_order_relaxed);
  std::uint32_t generation = static_cast<std::uint32_t>(dead >> 9);
  if (generation == 0)
    generation = 1;
  slot.object.store(object, std::memory_order_relaxed);
  slot.state.store(live_state(generation, kind), std::memory_order_release);
  return reinterpret_cast<void *>(encode(index, generation));
}

void *HandleTable::find(const void *handle, HandleKind kind) const noexcept {
  std::uint32_t generation;
  const Slot *slot = slot_of(handle, generation);
  if (!slot || slot->state.load(std::memory_order_acquire) != live_state(generation, kind))
    return nullptr;
  return slot->object.load(std::memory_order_relaxed);
}

void *HandleTable::take(const void *handle, HandleKind kind) noexcept {
  std::uint32_t generation;
  Slot *slot = slot_of(handle, generation);
  if (!slot)
    return nullptr;
  std::uint64_t expected = live_state(generation, kind);
  std::uint32_t next = generation + 1;
  if (next == 0)
    next = 1;
  if (!slot->state.compare_exchange_strong(expected, std::uint64_t{next} << 9,
                                           std::memory_order_acq_rel))
    return nullptr;
  void *object = slot->object.exchange(nullptr, std::memory_order_relaxed);
  const auto value = reinterpret_cast<std::uintptr_t>(handle);
  const auto index = static_cast<std::uint32_t>((value & 0xffffffffu) - 1);
  std::lock_guard lock(mutex_);
  free_.push_back(index); // reserved when its chunk was made: cannot throw
  return object;
}

} // namespace medi::abi
