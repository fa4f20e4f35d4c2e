// block_allocator.h: where a heap's strings and units live: size-class free lists over 256 KiB
// chunks, used under the heap's lock, so the common allocation is a pop or a bump instead of a
// malloc. Blocks larger than kMaxSmall come from the global allocator. Allocation buffers
// (allocation_buffer.h) take blocks and ranges from it in batches and carve them without the
// lock.
#ifndef MEDI_RUNTIME_GC_BLOCK_ALLOCATOR_H
#define MEDI_RUNTIME_GC_BLOCK_ALLOCATOR_H

#include <array>
#include <cstddef>
#include <vector>

namespace medi::gc_zone::detail {

class BlockAllocator {
public:
  static constexpr std::size_t kGranule = 16;
  static constexpr std::size_t kMaxSmall = 512;
  static constexpr std::size_t kChunkBytes = 256 * 1024;

  BlockAllocator() = default;
  ~BlockAllocator();
  BlockAllocator(const BlockAllocator &) = delete;
  BlockAllocator &operator=(const BlockAllocator &) = delete;

  /// A block of at least `bytes`, aligned to kGranule; nullptr without memory.
  void *allocate(std::size_t bytes) noexcept;
  /// Gives back a block allocate(`bytes`) returned. The common case (a small block whose
  /// class's array has room) is inline: a collection gives back every dead block.
  [[gnu::always_inline]] void deallocate(void *block, std::size_t bytes) noexcept {
    if (bytes != 0 && bytes <= kMaxSmall) {
      std::vector<void *> &free = free_[class_of(bytes)];
      if (free.size() < free.capacity()) {
        free.push_back(block);
        return;
      }
    }
    deallocate_slow(block, bytes);
  }

  static constexpr std::size_t kClasses = kMaxSmall / kGranule;
  /// The size class of a small block of `bytes` (1 to kMaxSmall), and its blocks' size.
  static std::size_t class_of(std::size_t bytes) noexcept { return (bytes - 1) / kGranule; }
  static std::size_t class_bytes(std::size_t size_class) noexcept {
    return (size_class + 1) * kGranule;
  }

  /// Moves up to `most` free blocks of `size_class` to `out`; how many it moved. Free blocks
  /// are kept as arrays of pointers, so this copies pointers instead of chasing a list through
  /// cold blocks.
  std::size_t take_blocks(std::size_t size_class, void **out, std::size_t most) noexcept;
  /// A fresh range of `bytes` (a multiple of kGranule, at most kChunkBytes) to carve blocks of
  /// any class from; false without memory.
  bool take_range(std::size_t bytes, char *&begin, char *&end) noexcept;
  /// Gives back what is left of a range: it becomes free blocks.
  void give_back_range(char *begin, char *end) noexcept;

private:
  // A free block threaded through itself, for when its class's array is full.
  struct FreeBlock {
    FreeBlock *next;
  };
  bool new_chunk() noexcept;
  void deallocate_slow(void *block, std::size_t bytes) noexcept;

  std::array<std::vector<void *>, kClasses> free_;
  std::array<FreeBlock *, kClasses> overflow_{};
  char *bump_ = nullptr;
  char *bump_end_ = nullptr;
  std::vector<void *> chunks_;
};

} // namespace medi::gc_zone::detail

#endif // MEDI_RUNTIME_GC_BLOCK_ALLOCATOR_H
