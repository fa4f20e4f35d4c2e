// spare_buffers.h: small buffers a thread reuses, so that a ping-pong or a stream of small values
// costs the allocator nothing.
//
// Each thread keeps its own (spare_buffers()), so no lock is taken. A round of MPI work, on the
// thread that runs it, gives back the messages it sent (once their sends complete) and the values
// it copied into them, and takes buffers for the messages it builds and for the values it copies
// out of the messages it receives; the program's dist::recycle gives small values back to its
// thread, and dist::buffer takes them. A program thread that receives, drives the round that
// copies its value out of the message, and recycles the value afterwards, so a stream reuses the
// same few buffers on both sides.
//
// Buffers are kept on two stacks: message-sized ones (kMessageCapacity or more) for the messages
// a round builds, smaller ones for values, so that each take finds a buffer that fits on top of
// its stack instead of searching one list of both kinds.
//
// Invariant: at most kKept buffers are kept on each stack (more are freed), each of capacity 1 to
// kLargest; larger ones go to the BufferPool. A buffer handed to the program as a value
// (take_for_value) has at most twice the value's size plus kWastedBytes of capacity, so a program
// that keeps many small values does not keep large buffers with them.
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
  /// The capacity a new message buffer starts with: a round's frames for one rank seldom need
  /// more, so appending them does not reallocate.
  static constexpr std::size_t kMessageCapacity = 4096;

  /// An empty buffer for a message a round builds.
  Bytes take_for_message() {
    if (!messages_.empty()) {
      Bytes bytes = std::move(messages_.back());
      messages_.pop_back();
      bytes.clear();
      return bytes;
    }
    Bytes bytes;
    bytes.reserve(kMessageCapacity);
    return bytes;
  }
  /// A buffer of `size` bytes (their values unspecified) for a value the program will own.
  Bytes take_for_value(std::size_t size) {
    const std::size_t most_capacity = 2 * size + kWastedBytes;
    for (auto *stack : {&values_, &messages_})
      for (std::size_t i = stack->size(); i-- > 0;) {
        const std::size_t capacity = (*stack)[i].capacity();
        if (capacity < size || capacity > most_capacity)
          continue;
        Bytes bytes = std::move((*stack)[i]);
        if (i + 1 != stack->size())
          (*stack)[i] = std::move(stack->back());
        stack->pop_back();
        bytes.resize(size); // zero-fills only past the size it had: its old bytes serve
        return bytes;
      }
    return BufferPool::get().take(size);
  }
  /// Keeps `bytes` if there is room (consumed either way).
  void give(Bytes &&bytes) {
    Bytes given = std::move(bytes);
    if (given.capacity() == 0)
      return;
    if (given.capacity() > kLargest)
      return BufferPool::get().give(std::move(given));
    std::vector<Bytes> &stack = given.capacity() >= kMessageCapacity ? messages_ : values_;
    if (stack.size() == kKept)
      return;
    stack.push_back(std::move(given));
  }
  std::size_t kept() const noexcept { return values_.size() + messages_.size(); }

private:
  std::vector<Bytes> values_;   // capacity below kMessageCapacity, the most recently given last
  std::vector<Bytes> messages_; // kMessageCapacity to kLargest
};

/// The calling thread's spare buffers.
SpareBuffers &spare_buffers();

} // namespace medi::dist::detail

#endif // MEDI_RUNTIME_DIST_SPARE_BUFFERS_H
