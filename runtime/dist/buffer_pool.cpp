// buffer_pool.cpp: large buffers kept for reuse (buffer_pool.h), and the public calls on them,
// which keep small buffers per thread.
#include "dist/buffer_pool.h"

#include "dist/spare_buffers.h"

#include <utility>

namespace medi::dist::detail {

BufferPool &BufferPool::get() {
  static BufferPool *pool = new BufferPool; // never destroyed: sends may complete during exit
  return *pool;
}

Bytes BufferPool::take(std::size_t size) {
  if (size >= kPooledBytes) {
    Bytes buffer;
    {
      std::lock_guard lock(mutex_);
      for (auto it = kept_.rbegin(); it != kept_.rend(); ++it) {
        const std::size_t capacity = it->capacity();
        if (capacity >= size && capacity / 4 <= size) {
          buffer = std::move(*it);
          kept_.erase(std::next(it).base());
          kept_bytes_ -= capacity;
          break;
        }
      }
    }
    if (buffer.capacity() != 0) {
      // Shrinking keeps the bytes; growing within the capacity zero-fills only the tail.
      buffer.resize(size);
      return buffer;
    }
  }
  return Bytes(size);
}

void BufferPool::give(Bytes &&buffer) {
  Bytes kept = std::move(buffer); // the caller's buffer is consumed either way
  const std::size_t capacity = kept.capacity();
  if (capacity < kPooledBytes || capacity > kKeptBytes)
    return;
  std::vector<Bytes> dropped; // declared first: freed after the lock is released
  std::lock_guard lock(mutex_);
  // Make room by dropping the least recently kept buffers (the coldest).
  while (kept_.size() >= kKeptBuffers || kept_bytes_ + capacity > kKeptBytes) {
    kept_bytes_ -= kept_.front().capacity();
    dropped.push_back(std::move(kept_.front()));
    kept_.erase(kept_.begin());
  }
  kept_bytes_ += capacity;
  kept_.push_back(std::move(kept));
}

std::size_t BufferPool::kept() const {
  std::lock_guard lock(mutex_);
  return kept_.size();
}

} // namespace medi::dist::detail

namespace medi::dist::detail {

SpareBuffers &spare_buffers() {
  thread_local SpareBuffers kept;
  return kept;
}

} // namespace medi::dist::detail

namespace medi::dist {

// Buffers under BufferPool::kPooledBytes go to and come from the calling thread's spare buffers:
// a loop that sends small values and recycles the ones it receives (as compiled code's sends and
// receives do) then costs the allocator nothing, and no lock.
Bytes buffer(std::size_t size) {
  if (size < detail::BufferPool::kPooledBytes)
    return detail::spare_buffers().take_for_value(size);
  return detail::BufferPool::get().take(size);
}

void recycle(Bytes &&bytes) {
  if (bytes.capacity() < detail::BufferPool::kPooledBytes)
    return detail::spare_buffers().give(std::move(bytes));
  detail::BufferPool::get().give(std::move(bytes));
}

} // namespace medi::dist
