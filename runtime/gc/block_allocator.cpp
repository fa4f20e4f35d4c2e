// block_allocator.cpp: size-class free lists over chunks (see block_allocator.h).
#include "block_allocator.h"

#include <new>

namespace medi::gc_zone::detail {

BlockAllocator::~BlockAllocator() {
  for (void *chunk : chunks_)
    ::operator delete(chunk, std::align_val_t{kGranule});
}

void *BlockAllocator::allocate(std::size_t bytes) noexcept {
  if (bytes == 0)
    bytes = 1;
  if (bytes > kMaxSmall)
    return ::operator new(bytes, std::align_val_t{kGranule}, std::nothrow);
  const std::size_t size_class = class_of(bytes);
  if (FreeBlock *block = free_[size_class]) {
    free_[size_class] = block->next;
    return block;
  }
  const std::size_t rounded = (size_class + 1) * kGranule;
  if (static_cast<std::size_t>(bump_end_ - bump_) < rounded) {
    // The old chunk's tail is too small for this class; it stays unused.
    try {
      chunks_.reserve(chunks_.size() + 1);
    } catch (const std::bad_alloc &) {
      return nullptr;
    }
    void *chunk = ::operator new(kChunkBytes, std::align_val_t{kGranule}, std::nothrow);
    if (!chunk)
      return nullptr;
    chunks_.push_back(chunk);
    bump_ = static_cast<char *>(chunk);
    bump_end_ = bump_ + kChunkBytes;
  }
  void *block = bump_;
  bump_ += rounded;
  return block;
}

void BlockAllocator::deallocate(void *block, std::size_t bytes) noexcept {
  if (bytes == 0)
    bytes = 1;
  if (bytes > kMaxSmall) {
    ::operator delete(block, std::align_val_t{kGranule});
    return;
  }
  auto *free_block = static_cast<FreeBlock *>(block);
  const std::size_t size_class = class_of(bytes);
  free_block->next = free_[size_class];
  free_[size_class] = free_block;
}

} // namespace medi::gc_zone::detail
