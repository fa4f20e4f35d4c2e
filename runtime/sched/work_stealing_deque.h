// work_stealing_deque.h: each worker's run queue (internal). The Chase-Lev deque, after Lê, Pop,
// Cohen and Zappa Nardelli, "Correct and Efficient Work-Stealing for Weak Memory Models" (2013).
//
// The owning worker pushes and pops at the bottom (LIFO: the task it just spawned is hot in its
// cache); other workers steal from the top (FIFO: the oldest, usually largest, work). Push and pop
// are wait-free for the owner except when the array grows; steal is lock-free.
//
// Orderings: the paper's standalone fences are replaced by the equivalent orderings on the
// accesses themselves (release store of bottom, seq_cst on the bottom/top race), which
// ThreadSanitizer can follow. Arrays replaced by growth are kept until the deque is destroyed,
// since a thief may still be reading one; growth doubles, so they total less than the live array.
#ifndef MEDI_RUNTIME_SCHED_WORK_STEALING_DEQUE_H
#define MEDI_RUNTIME_SCHED_WORK_STEALING_DEQUE_H

#include "medi/detail/cache_padding.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <type_traits>
#include <vector>

namespace medi::detail {

template <class T>
  requires std::is_pointer_v<T>
class WorkStealingDeque {
public:
  explicit WorkStealingDeque(std::size_t initial_capacity = 256)
      : array_(new Array(round_up_to_power_of_two(initial_capacity))) {
    arrays_.emplace_back(array_.load(std::memory_order_relaxed));
  }
  WorkStealingDeque(const WorkStealingDeque &) = delete;
  WorkStealingDeque &operator=(const WorkStealingDeque &) = delete;

  /// Owner only.
  void push(T item) {
    const std::int64_t bottom = bottom_.load(std::memory_order_relaxed);
    Array *array = array_.load(std::memory_order_relaxed);
    // top only grows, so a top read earlier can only make the deque look fuller than it is: it
    // is re-read only when the deque looks full. Reading it on every push would pull its cache
    // line from the thieves each time (a plain thread spawning thousands of tasks while the
    // workers steal them). The value compared was read with acquire, so a thief's read of the
    // slot about to be reused happened before the reuse.
    if (bottom - top_seen_ >= array->capacity()) {
      top_seen_ = top_.load(std::memory_order_acquire);
      if (bottom - top_seen_ >= array->capacity())
        array = grow(array, top_seen_, bottom);
    }
    array->put(bottom, item);
    bottom_.store(bottom + 1, std::memory_order_release); // publishes the item to thieves
  }

  /// Owner only: the most recently pushed item, or nullptr when empty.
  T pop() {
    // Empty for certain, without the fence below: top only grows and only we move bottom, so a
    // stale top can only make the deque look fuller than it is. A worker looks at three deques
    // per dispatch; most are empty.
    if (bottom_.load(std::memory_order_relaxed) <= top_.load(std::memory_order_relaxed))
      return nullptr;
    const std::int64_t bottom = bottom_.load(std::memory_order_relaxed) - 1;
    Array *array = array_.load(std::memory_order_relaxed);
    bottom_.store(bottom, std::memory_order_seq_cst);
    std::int64_t top = top_.load(std::memory_order_seq_cst);
    if (top > bottom) { // empty
      bottom_.store(bottom + 1, std::memory_order_relaxed);
      return nullptr;
    }
    T item = array->get(bottom);
    if (top == bottom) { // the last item: race the thieves for it
      if (!top_.compare_exchange_strong(top, top + 1, std::memory_order_seq_cst,
                                        std::memory_order_relaxed))
        item = nullptr;
      bottom_.store(bottom + 1, std::memory_order_relaxed);
    }
    return item;
  }

  /// Any thread: the oldest item, or nullptr when empty or when another thread took it first.
  T steal() {
    return steal_if([](const T &) { return true; });
  }
  /// As steal(), but the oldest item stays where it is unless accept(item) is true. accept sees
  /// the item's value only (it may already be another thread's: it must not dereference it).
  template <class Accept> T steal_if(Accept accept) {
    std::int64_t top = top_.load(std::memory_order_seq_cst);
    const std::int64_t bottom = bottom_.load(std::memory_order_seq_cst);
    if (top >= bottom)
      return nullptr;
    Array *array = array_.load(std::memory_order_acquire);
    T item = array->get(top);
    if (!accept(item))
      return nullptr;
    if (!top_.compare_exchange_strong(top, top + 1, std::memory_order_seq_cst,
                                      std::memory_order_relaxed))
      return nullptr;
    return item;
  }

  /// A snapshot that may be stale by the time it is used.
  std::int64_t size_estimate() const noexcept {
    const std::int64_t size =
        bottom_.load(std::memory_order_relaxed) - top_.load(std::memory_order_relaxed);
    return size > 0 ? size : 0;
  }
  bool empty_estimate() const noexcept { return size_estimate() == 0; }

private:
  class Array {
  public:
    explicit Array(std::int64_t capacity)
        : mask_(capacity - 1), slots_(new std::atomic<T>[static_cast<std::size_t>(capacity)]) {}
    std::int64_t capacity() const noexcept { return mask_ + 1; }
    T get(std::int64_t index) const noexcept {
      return slots_[static_cast<std::size_t>(index & mask_)].load(std::memory_order_relaxed);
    }
    void put(std::int64_t index, T item) noexcept {
      slots_[static_cast<std::size_t>(index & mask_)].store(item, std::memory_order_relaxed);
    }

  private:
    std::int64_t mask_;
    std::unique_ptr<std::atomic<T>[]> slots_;
  };

  static std::int64_t round_up_to_power_of_two(std::size_t value) {
    std::int64_t capacity = 2;
    while (static_cast<std::size_t>(capacity) < value)
      capacity *= 2;
    return capacity;
  }

  Array *grow(Array *old, std::int64_t top, std::int64_t bottom) {
    auto bigger = std::make_unique<Array>(old->capacity() * 2);
    for (std::int64_t i = top; i < bottom; ++i)
      bigger->put(i, old->get(i));
    Array *raw = bigger.get();
    arrays_.push_back(std::move(bigger));
    array_.store(raw, std::memory_order_release);
    return raw;
  }

  alignas(kCachePadding) std::atomic<std::int64_t> top_{0};
  alignas(kCachePadding) std::atomic<std::int64_t> bottom_{0};
  alignas(kCachePadding) std::atomic<Array *> array_;
  std::vector<std::unique_ptr<Array>> arrays_; // owner only: the live array and those it replaced
  alignas(kCachePadding) std::int64_t top_seen_ = 0; // owner only: a past value of top_
};

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_WORK_STEALING_DEQUE_H
