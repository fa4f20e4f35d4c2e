// buffer_pool.h: large byte buffers kept for reuse, so that a program streaming big values
// touches memory it has touched before instead of fresh pages.
//
// Large values (kSeparateBodyBytes and up) travel between ranks straight from the sender's buffer
// into the receiver's. A new buffer of that size costs a page fault per 4 KiB on first touch and
// a zero fill, which together cost more than the transfer itself; the pool keeps buffers whose
// send completed and buffers the program recycles, and hands them out again, the most recently
// kept first (the one most likely still in cache).
//
// Invariant: the pool holds at most kKeptBuffers buffers and kKeptBytes bytes of capacity; each
// is at least kPooledBytes large. A buffer is taken only for a size it holds without reallocating
// and without wasting more than three quarters of its capacity.
#ifndef MEDI_RUNTIME_DIST_BUFFER_POOL_H
#define MEDI_RUNTIME_DIST_BUFFER_POOL_H

#include "medi/dist.h"

#include <cstddef>
#include <mutex>
#include <vector>

namespace medi::dist::detail {

class BufferPool {
public:
  static constexpr std::size_t kPooledBytes = 64 * 1024;
  static constexpr std::size_t kKeptBuffers = 16;
  static constexpr std::size_t kKeptBytes = std::size_t{32} << 20;

  /// This process's pool.
  static BufferPool &get();

  /// A buffer of `size` bytes: a kept one when one fits (its bytes unspecified), else a new one.
  Bytes take(std::size_t size);
  /// Keeps `buffer` for reuse if it is large and the pool has room; otherwise frees it.
  void give(Bytes &&buffer);

  /// Buffers kept now (tests).
  std::size_t kept() const;

private:
  mutable std::mutex mutex_;
  std::vector<Bytes> kept_; // the most recently given last
  std::size_t kept_bytes_ = 0;
};

} // namespace medi::dist::detail

#endif // MEDI_RUNTIME_DIST_BUFFER_POOL_H
