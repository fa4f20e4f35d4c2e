// spare_buffers.h: small buffers one round of MPI work reuses, so that a ping-pong of small values
// costs the allocator nothing.
//
// The round gives back the messages it sent (once their sends complete) and the values it copied
// into them, and takes buffers for the messages it builds and for the values it copies out of the
// messages it receives. Only the thread driving MPI touches them (no lock).
//
// Invariant: at most kKept buffers are kept (more are freed), each of capacity 1 to kLargest;
// larger ones go to the BufferPool. A buffer handed to the program as a value (take_for_value) has
// at most twice the value's size plus kWastedBytes of capacity, so a program that keeps many small
// values does not keep large buffers with them.
#ifndef MEDI_RUNTIME_DIST_SPARE_BUFFERS_H
#define MEDI_RUNTIME_DIST_SPARE_BUFFERS_H

#include "dist/buffer_pool.h"
#include "dist/wire.h"

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace medi::dist::detail {

class SpareBuffers {
public:
  static constexpr std::size_t kKept = 16;
  static constexpr std::size_t kLargest = kMessageBytes;
  static constexpr std::size_t kWastedBytes = 256;

  /// A buffer of `size` bytes (their values unspecified) and at most `most_capacity` capacity: the
  /// last kept one that fits (the most recently kept, unless taking has reordered them), else a
  /// new one.
  Bytes take(std::size_t size, std::size_t most_capacity = SIZE_MAX) {
    for (std::size_t i = kept_.size(); i-- > 0;) {
      const std::size_t capacity = kept_[i].capacity();
      if (capacity < size || capacity > most_capacity)
        continue;
      Bytes bytes = std::move(kept_[i]);
      if (i + 1 != kept_.size())
        kept_[i] = std::move(kept_.back());
      kept_.pop_back();
      bytes.resize(size); // zero-fills only past the size it had: its old bytes serve
      return bytes;
    }
    return BufferPool::get().take(size);
  }

  /// A buffer for a value of `size` bytes that the program will own.
  Bytes take_for_value(std::size_t size) { return take(size, 2 * size + kWastedBytes); }

  /// Keeps `bytes` if there is room (consumed either way).
  void give(Bytes &&bytes) {
    Bytes given = std::move(bytes);
    if (given.capacity() == 0)
      return;
    if (given.capacity() > kLargest)
      return BufferPool::get().give(std::move(given));
    if (kept_.size() == kKept)
      return;
    kept_.push_back(std::move(given));
  }

  std::size_t kept() const noexcept { return kept_.size(); }

private:
  std::vector<Bytes> kept_; // in no particular order
};

} // namespace medi::dist::detail

#endif // MEDI_RUNTIME_DIST_SPARE_BUFFERS_H
