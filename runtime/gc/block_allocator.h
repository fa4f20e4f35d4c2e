// block_allocator.h: where a heap's strings and units live: size-class free lists over 256 KiB
// chunks, used under the heap's lock, so the common allocation is a pop or a bump instead of a
// malloc. Blocks larger than kMaxSmall come from the global allocator.
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
  /// Gives back a block allocate(`bytes`) returned.
  void deallocate(void *block, std::size_t bytes) noexcept;

private:
  struct FreeBlock {
    FreeBlock *next;
  };
  static std::size_t class_of(std::size_t bytes) noexcept { return (bytes - 1) / kGranule; }

  std::array<FreeBlock *, kMaxSmall / kGranule> free_{};
  char *bump_ = nullptr;
  char *bump_end_ = nullptr;
  std::vector<void *> chunks_;
};

} // namespace medi::gc_zone::detail

#endif // MEDI_RUNTIME_GC_BLOCK_ALLOCATOR_H
