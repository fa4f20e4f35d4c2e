// block_allocator.cpp: size-class free lists over chunks (see block_allocator.h).
#include "block_allocator.h"

#include <algorithm>
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
  if (void *block; take_blocks(size_class, &block, 1) == 1)
    return block;
  const std::size_t rounded = class_bytes(size_class);
  if (static_cast<std::size_t>(bump_end_ - bump_) < rounded && !new_chunk())
    return nullptr;
  void *block = bump_;
  bump_ += rounded;
  return block;
}

bool BlockAllocator::new_chunk() noexcept {
  try {
    chunks_.reserve(chunks_.size() + 1);
  } catch (const std::bad_alloc &) {
    return false;
  }
  void *chunk = ::operator new(kChunkBytes, std::align_val_t{kGranule}, std::nothrow);
  if (!chunk)
    return false;
  chunks_.push_back(chunk);
  // The old chunk's tail becomes free blocks.
  give_back_range(bump_, bump_end_);
  bump_ = static_cast<char *>(chunk);
  bump_end_ = bump_ + kChunkBytes;
  return true;
}

std::size_t BlockAllocator::take_blocks(std::size_t size_class, void **out,
                                        std::size_t most) noexcept {
  std::vector<void *> &free = free_[size_class];
  if (overflow_[size_class] && free.size() == free.capacity()) {
    // The array grows here, on the allocation path, so that later frees fit in it.
    try {
      free.reserve(std::max<std::size_t>(2 * free.capacity(), 64));
    } catch (const std::bad_alloc &) { // the list keeps taking them
    }
  }
  const std::size_t from_array = std::min(most, free.size());
  std::copy(free.end() - static_cast<std::ptrdiff_t>(from_array), free.end(), out);
  free.resize(free.size() - from_array);
  std::size_t moved = from_array;
  while (moved < most && overflow_[size_class]) {
    FreeBlock *block = overflow_[size_class];
    overflow_[size_class] = block->next;
    out[moved++] = block;
  }
  return moved;
}

bool BlockAllocator::take_range(std::size_t bytes, char *&begin, char *&end) noexcept {
  if (static_cast<std::size_t>(bump_end_ - bump_) < bytes && !new_chunk())
    return false;
  begin = bump_;
  end = bump_ + bytes;
  bump_ = end;
  return true;
}

void BlockAllocator::give_back_range(char *begin, char *end) noexcept {
  while (static_cast<std::size_t>(end - begin) >= kGranule) {
    const std::size_t bytes =
        std::min<std::size_t>(static_cast<std::size_t>(end - begin), kMaxSmall);
    deallocate(begin, bytes);
    begin += bytes;
  }
}

void BlockAllocator::deallocate_slow(void *block, std::size_t bytes) noexcept {
  if (bytes == 0)
    bytes = 1;
  if (bytes > kMaxSmall) {
    ::operator delete(block, std::align_val_t{kGranule});
    return;
  }
  // Deallocation runs in collections' pauses: it never grows an array (that could fault in
  // megabytes of pages inside one); a full array's class spills onto a list through the blocks.
  const std::size_t size_class = class_of(bytes);
  std::vector<void *> &free = free_[size_class];
  if (free.size() < free.capacity()) {
    free.push_back(block);
    return;
  }
  auto *free_block = static_cast<FreeBlock *>(block);
  free_block->next = overflow_[size_class];
  overflow_[size_class] = free_block;
}

} // namespace medi::gc_zone::detail
