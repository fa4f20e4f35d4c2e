// allocation_buffer.h: a thread's allocation buffer in one heap (a TLAB): slots and blocks
// reserved under the heap's lock, so that allocating a string or a unit is a pop or a bump and a
// bounds check with no lock. The objects it makes are "fresh": resolvable by handle at once, but
// not yet in the heap's nursery or counts; the owner registers them when it refills (every
// kFresh objects), and a collection gathers every buffer's first.
//
// The gather is a Dekker handshake over an asymmetric fence (../sched/asymmetric_fence.h), so
// the owner pays only a compiler barrier:
//   owner:     busy = true; light();  if (!revoked) { allocate }  busy = false (release)
//   collector: revoked = true (each); heavy();  wait until !busy (acquire);  register fresh
// Either the collector sees busy and waits, or the owner sees revoked and takes the locked path,
// where it clears revoked. A revoked buffer stays untouched by its owner until then. Only other
// threads' buffers that hold fresh objects need it: the caller's own buffer, and one no thread
// owns, are registered directly, and one with no fresh objects is left alone.
#ifndef MEDI_RUNTIME_GC_ALLOCATION_BUFFER_H
#define MEDI_RUNTIME_GC_ALLOCATION_BUFFER_H

#include "block_allocator.h"
#include "slot_table.h"

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>

namespace medi::gc_zone::detail {

struct AllocationBuffer {
  static constexpr std::uint32_t kSlots = 128;         // reserved at a refill
  static constexpr std::uint32_t kFresh = 128;         // objects between registrations
  static constexpr std::size_t kRangeBytes = 16384;    // bump range taken at a refill
  static constexpr std::size_t kBlocksPerRefill = 128; // free blocks of one class taken

  std::atomic<bool> busy{false};
  std::atomic<bool> revoked{false};

  // The owner's while it is not revoked; the heap's (under its lock) otherwise. fresh_count and
  // fresh_bytes are also read without the handshake, by a gather (a buffer with no fresh
  // objects holds nothing any other thread can have a handle to) and by stats().
  std::uint32_t slot_count = 0;
  std::atomic<std::uint32_t> fresh_count{0};
  std::atomic<std::size_t> fresh_bytes{0};
  char *bump = nullptr;
  char *bump_end = nullptr;
  std::array<std::uint32_t, BlockAllocator::kClasses> block_counts{};
  // Only the first block_counts[c] of class c are set: a class never used costs no page.
  std::array<std::array<void *, kBlocksPerRefill>, BlockAllocator::kClasses> blocks;
  std::array<std::uint32_t, kSlots> slot_indexes{};
  std::array<Slot *, kSlots> slots{};
  std::array<Object *, kFresh> fresh{};

  // The heap's, under its lock.
  AllocationBuffer *next = nullptr; // the heap's list of buffers
  bool owned = false;               // a thread has it in its cache

  /// A block of class `size_class` from the local free blocks or the range; nullptr when both
  /// are out.
  void *take_block(std::size_t size_class) noexcept {
    if (std::uint32_t count = block_counts[size_class]) {
      block_counts[size_class] = --count;
      if (count > 3)
        __builtin_prefetch(blocks[size_class][count - 4], 1); // four ahead, to be written
      return blocks[size_class][count];
    }
    const std::size_t bytes = BlockAllocator::class_bytes(size_class);
    if (static_cast<std::size_t>(bump_end - bump) < bytes)
      return nullptr;
    void *block = bump;
    bump += bytes;
    return block;
  }
};

/// The calling thread's buffers, by heap: a few entries, each a heap's serial (never reused, so
/// a destroyed heap's entry matches nothing) and its buffer.
namespace thread_buffers {
struct Entry {
  std::uint64_t heap_serial = 0;
  AllocationBuffer *buffer = nullptr;
};
inline constexpr unsigned kEntries = 4;
extern constinit thread_local std::array<Entry, kEntries> entries;

inline AllocationBuffer *find(std::uint64_t heap_serial) noexcept {
  for (const Entry &entry : entries)
    if (entry.heap_serial == heap_serial)
      return entry.buffer;
  return nullptr;
}
/// Makes sure an entry is free: gives the last one back if none is. Call it holding no heap's
/// lock (Heap::give_back takes the heaps' registry, then a heap's lock).
void make_room() noexcept;
/// Records `buffer` as the calling thread's in the heap `heap_serial`, in a free entry; false if
/// there is none. Every entry is given back through Heap::give_back when the thread exits.
bool remember(std::uint64_t heap_serial, AllocationBuffer *buffer) noexcept;
/// Forgets the calling thread's entry for `heap_serial` (its buffer is given back elsewhere).
void forget(std::uint64_t heap_serial) noexcept;
} // namespace thread_buffers

} // namespace medi::gc_zone::detail

#endif // MEDI_RUNTIME_GC_ALLOCATION_BUFFER_H
