// handle_table.cpp: issuing, checking and retiring the C ABI's handles.
#include "handle_table.h"

#include <bit>
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

HandleTable::Slot *HandleTable::slot_at(std::uint32_t index) const noexcept {
  // Chunk c starts at kFirstChunkSlots * (2^c - 1): c is the top bit of index / first + 1.
  const std::uint32_t scaled = index / kFirstChunkSlots + 1;
  const auto chunk_index = static_cast<std::uint32_t>(std::bit_width(scaled) - 1);
  Slot *chunk = chunks_[chunk_index].load(std::memory_order_acquire);
  if (!chunk)
    return nullptr;
  return &chunk[index - kFirstChunkSlots * ((1u << chunk_index) - 1)];
}

HandleTable::Slot *HandleTable::slot_of(const void *handle,
                                        std::uint32_t &generation) const noexcept {
  const auto value = reinterpret_cast<std::uintptr_t>(handle);
  const auto low = static_cast<std::uint32_t>(value & 0xffffffffu);
  generation = static_cast<std::uint32_t>(value >> 32);
  if (low == 0 || low - 1 >= kMaxSlots)
    return nullptr;
  return slot_at(low - 1);
}

bool HandleTable::add_chunk_locked() noexcept {
  if (chunks_used_ == kMaxChunks)
    return false;
  const std::uint32_t slots = kFirstChunkSlots << chunks_used_;
  try {
    free_.reserve(std::size_t{capacity_} + slots); // so take() never allocates
  } catch (...) {
    return false;
  }
  auto *chunk = new (std::nothrow) Slot[slots];
  if (!chunk)
    return false;
  chunks_[chunks_used_++].store(chunk, std::memory_order_release);
  capacity_ += slots;
  return true;
}

void *HandleTable::issue(HandleKind kind, void *object) noexcept {
  std::uint32_t index;
  {
    std::lock_guard lock(mutex_);
    if (!free_.empty()) {
      index = free_.back();
      free_.pop_back();
    } else {
      if (never_used_ == capacity_ && !add_chunk_locked())
        return nullptr;
      index = never_used_++;
    }
  }
  Slot &slot = *slot_at(index);
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
  if (!slot_of(handle, generation))
    return nullptr;
  return kill(handle, live_state(generation, kind));
}

void *HandleTable::kill(const void *handle, std::uint64_t from) noexcept {
  std::uint32_t generation;
  Slot *slot = slot_of(handle, generation);
  std::uint64_t expected = from;
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

void *HandleTable::borrow(const void *handle, HandleKind kind) noexcept {
  std::uint32_t generation;
  Slot *slot = slot_of(handle, generation);
  if (!slot)
    return nullptr;
  std::uint64_t expected = live_state(generation, kind);
  if (!slot->state.compare_exchange_strong(expected, expected | kBorrowed,
                                           std::memory_order_acq_rel))
    return nullptr;
  return slot->object.load(std::memory_order_relaxed);
}

void HandleTable::give_back(const void *handle, HandleKind kind) noexcept {
  std::uint32_t generation;
  if (Slot *slot = slot_of(handle, generation))
    slot->state.store(live_state(generation, kind), std::memory_order_release);
}

void HandleTable::take_borrowed(const void *handle, HandleKind kind) noexcept {
  std::uint32_t generation;
  if (slot_of(handle, generation))
    kill(handle, live_state(generation, kind) | kBorrowed);
}

} // namespace medi::abi
