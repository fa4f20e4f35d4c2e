// rt_memory.cpp: making and freeing the C ABI's regions and pools.
#include "rt_memory.h"

#include <cstdlib>
#include <new>

namespace medi::abi {

std::unique_ptr<ByteRegion> ByteRegion::create(std::uint64_t bytes) noexcept {
  if (bytes > SIZE_MAX / 2)
    return nullptr;
  auto *base =
      static_cast<std::byte *>(::operator new(bytes, std::align_val_t{kMaxAlign}, std::nothrow));
  if (!base)
    return nullptr;
  std::unique_ptr<ByteRegion> region(new (std::nothrow) ByteRegion(base, bytes));
  if (!region)
    ::operator delete(base, std::align_val_t{kMaxAlign});
  return region;
}

ByteRegion::~ByteRegion() {
  ::operator delete(base_, std::align_val_t{kMaxAlign});
}

std::unique_ptr<BytePool> BytePool::create(std::uint64_t elem_size, std::uint64_t count) noexcept {
  constexpr std::size_t align = alignof(std::max_align_t);
  if (elem_size > SIZE_MAX / 4 || count >= kNone)
    return nullptr;
  const std::size_t stride = (elem_size + align - 1) / align * align;
  if (stride != 0 && count > SIZE_MAX / 2 / stride)
    return nullptr;
  std::unique_ptr<BytePool> pool(new (std::nothrow) BytePool);
  if (!pool)
    return nullptr;
  pool->slots_ = static_cast<std::byte *>(
      ::operator new(stride * count, std::align_val_t{align}, std::nothrow));
  pool->next_ = new (std::nothrow) std::uint32_t[count];
  pool->in_use_ = new (std::nothrow) std::uint8_t[count]();
  pool->stride_ = stride;
  pool->count_ = static_cast<std::uint32_t>(count);
  if (!pool->slots_ || !pool->next_ || !pool->in_use_)
    return nullptr; // the destructor frees what was had
  for (std::uint32_t i = 0; i < pool->count_; ++i)
    pool->next_[i] = i + 1 < pool->count_ ? i + 1 : kNone;
  pool->free_head_ = 0;
  return pool;
}

BytePool::~BytePool() {
  if (slots_)
    ::operator delete(slots_, std::align_val_t{alignof(std::max_align_t)});
  delete[] next_;
  delete[] in_use_;
}

} // namespace medi::abi
