// medi/detail/channel/array_flavor.h: the bounded channel (capacity >= 1), a lock-free ring of
// stamped slots (Vyukov's bounded MPMC queue, as crossbeam-channel's array flavor). Internal.
//
// head and tail count positions: the low bits index a slot, the bits above count laps around
// the ring, and mark_bit_ in the tail says the channel is disconnected. A slot's stamp says whose
// turn it is: tail when it may be written, tail + 1 once written (readable at head == tail), and
// head + one_lap_ once read (writable on the next lap).
//
// Hand-off (as Go's chansend/chanrecv on a buffered channel). A task that waits to send offers
// its value (a SendOffer, registered as its packet); a receiver that frees a slot selects it, and
// instead of only waking it to try again, puts the offered value into the ring for it and wakes it
// done. Symmetrically, a waiting receiver offers where its value goes (a RecvOffer), and a sender
// that fills a slot takes the oldest value out for it. The selector completes the operation only
// after selecting the waiter, and the waiter reads the outcome only after the selector's unpark()
// has finished with its context (WaitContext::wait_until), so an offer is completed once or not at
// all: a value is either in the ring (and the sender returns Ok without touching it again) or
// still the sender's (it retries, as without the hand-off). The ring's order is untouched: the
// offered value takes the next slot, and the value taken for a receiver is the oldest.
#ifndef MEDI_DETAIL_CHANNEL_ARRAY_FLAVOR_H
#define MEDI_DETAIL_CHANNEL_ARRAY_FLAVOR_H

#include "medi/detail/cache_padding.h"
#include "medi/detail/channel/backoff.h"
#include "medi/detail/channel/offer.h"
#include "medi/detail/channel/waker.h"
#include "medi/detail/full_fence.h"

#include <atomic>
#include <bit>
#include <cstddef>
#include <memory>
#include <new>
#include <optional>
#include <type_traits>
#include <utility>

namespace medi::detail {

template <class T> class ArrayFlavor {
  struct Slot {
    std::atomic<std::size_t> stamp;
    alignas(T) unsigned char storage[sizeof(T)];
    T *value() noexcept { return std::launder(reinterpret_cast<T *>(storage)); }
  };

public:
  struct Token {
    Slot *slot = nullptr; // null: disconnected
    std::size_t stamp = 0;
  };

  explicit ArrayFlavor(std::size_t capacity)
      : capacity_(capacity), mark_bit_(std::bit_ceil(capacity + 1)), one_lap_(mark_bit_ * 2),
        slots_(new Slot[capacity]) {
    for (std::size_t i = 0; i < capacity; ++i)
      slots_[i].stamp.store(i, std::memory_order_relaxed);
  }
  ~ArrayFlavor() {
    // Values still buffered: one destructor each.
    const std::size_t head = head_.load(std::memory_order_relaxed) & (mark_bit_ - 1);
    const std::size_t count = len();
    for (std::size_t i = 0; i < count; ++i) {
      std::size_t index = head + i;
      if (index >= capacity_)
        index -= capacity_;
      std::destroy_at(slots_[index].value());
    }
  }
  ArrayFlavor(const ArrayFlavor &) = delete;
  ArrayFlavor &operator=(const ArrayFlavor &) = delete;

  /// Reserves a slot to write (true, token.slot set), finds the channel disconnected (true,
  /// token.slot null), or finds it full (false).
  bool start_send(Token &token) noexcept {
    Backoff backoff;
    std::size_t tail = tail_.load(std::memory_order_relaxed);
    for (;;) {
      if (tail & mark_bit_) {
        token.slot = nullptr;
        return true;
      }
      const std::size_t index = tail & (mark_bit_ - 1);
      const std::size_t lap = tail & ~(one_lap_ - 1);
      Slot &slot = slots_[index];
      const std::size_t stamp = slot.stamp.load(std::memory_order_acquire);
      if (tail == stamp) {
        const std::size_t next = index + 1 < capacity_ ? tail + 1 : lap + one_lap_;
        if (tail_.compare_exchange_weak(tail, next, std::memory_order_seq_cst,
                                        std::memory_order_relaxed)) {
          token.slot = &slot;
          token.stamp = tail + 1;
          return true;
        }
        backoff.spin();
      } else if (stamp + one_lap_ == tail + 1) {
        full_fence();
        const std::size_t head = head_.load(std::memory_order_relaxed);
        if (head + one_lap_ == tail)
          return false; // full
        backoff.spin();
        tail = tail_.load(std::memory_order_relaxed);
      } else {
        backoff.snooze(); // another sender is mid-write on this lap
        tail = tail_.load(std::memory_order_relaxed);
      }
    }
  }

  /// Completes a reserved send; false (value untouched) when the token says disconnected.
  bool write(Token &token, T &value) {
    if (!token.slot)
      return false;
    std::construct_at(token.slot->value(), std::move(value));
    token.slot->stamp.store(token.stamp, std::memory_order_release);
    if (receivers.may_have_waiters()) [[unlikely]]
      wake_receiver();
    return true;
  }

  /// Reserves a value to read (true, token.slot set), finds the channel empty and disconnected
  /// (true, token.slot null), or finds it empty (false).
  bool start_recv(Token &token) noexcept {
    Backoff backoff;
    std::size_t head = head_.load(std::memory_order_relaxed);
    for (;;) {
      const std::size_t index = head & (mark_bit_ - 1);
      const std::size_t lap = head & ~(one_lap_ - 1);
      Slot &slot = slots_[index];
      const std::size_t stamp = slot.stamp.load(std::memory_order_acquire);
      if (head + 1 == stamp) {
        const std::size_t next = index + 1 < capacity_ ? head + 1 : lap + one_lap_;
        if (head_.compare_exchange_weak(head, next, std::memory_order_seq_cst,
                                        std::memory_order_relaxed)) {
          token.slot = &slot;
          token.stamp = head + one_lap_;
          return true;
        }
        backoff.spin();
      } else if (stamp == head) {
        full_fence();
        const std::size_t tail = tail_.load(std::memory_order_relaxed);
        if ((tail & ~mark_bit_) == head) {
          if (tail & mark_bit_) {
            token.slot = nullptr;
            return true; // empty and disconnected
          }
          return false; // empty
        }
        backoff.spin();
        head = head_.load(std::memory_order_relaxed);
      } else {
        backoff.snooze(); // a receiver on the previous lap is mid-read
        head = head_.load(std::memory_order_relaxed);
      }
    }
  }

  /// Completes a reserved receive: moves the value into `out`. False when disconnected.
  template <class Out> bool read(Token &token, Out &out) {
    if (!token.slot)
      return false;
    take(token, out);
    if (senders.may_have_waiters()) [[unlikely]]
      wake_sender();
    return true;
  }

  /// Marks the channel disconnected and wakes every waiter; false if it already was.
  bool disconnect() noexcept {
    const std::size_t tail = tail_.fetch_or(mark_bit_, std::memory_order_seq_cst);
    if (tail & mark_bit_)
      return false;
    senders.disconnect();
    receivers.disconnect();
    return true;
  }

  bool is_disconnected() const noexcept {
    return tail_.load(std::memory_order_seq_cst) & mark_bit_;
  }
  bool is_empty() const noexcept {
    const std::size_t head = head_.load(std::memory_order_seq_cst);
    const std::size_t tail = tail_.load(std::memory_order_seq_cst);
    return (tail & ~mark_bit_) == head;
  }
  bool is_full() const noexcept {
    const std::size_t tail = tail_.load(std::memory_order_seq_cst);
    const std::size_t head = head_.load(std::memory_order_seq_cst);
    return head + one_lap_ == (tail & ~mark_bit_);
  }
  std::size_t len() const noexcept {
    for (;;) {
      const std::size_t tail = tail_.load(std::memory_order_seq_cst);
      const std::size_t head = head_.load(std::memory_order_seq_cst);
      if (tail_.load(std::memory_order_seq_cst) != tail)
        continue;
      const std::size_t head_index = head & (mark_bit_ - 1);
      const std::size_t tail_index = tail & (mark_bit_ - 1);
      if (head_index < tail_index)
        return tail_index - head_index;
      if (head_index > tail_index)
        return capacity_ - head_index + tail_index;
      return (tail & ~mark_bit_) == head ? 0 : capacity_;
    }
  }
  std::size_t capacity() const noexcept { return capacity_; }

  SyncWaker senders;   // waiting for room
  SyncWaker receivers; // waiting for a value

private:
  template <class Out> void take(Token &token, Out &out) {
    T *value = token.slot->value();
    out.emplace(std::move(*value));
    std::destroy_at(value);
    token.slot->stamp.store(token.stamp, std::memory_order_release);
  }

  // A slot was just freed: wakes a waiting sender, first putting its offered value into the ring
  // when there is still room (another sender may have taken the slot meanwhile).
  [[gnu::noinline]] void wake_sender() noexcept {
    senders.notify_completing([this](void *packet) {
      if constexpr (kCanHandOff<T>) {
        auto *offer = static_cast<SendOffer<T> *>(packet);
        Token token;
        if (start_send(token) && token.slot) {
          std::construct_at(token.slot->value(), std::move(*offer->value));
          token.slot->stamp.store(token.stamp, std::memory_order_release);
          offer->delivered = true;
          receivers.notify();
        }
      }
    });
  }

  // A value was just written: wakes a waiting receiver, first taking the oldest value out for it
  // when there still is one.
  [[gnu::noinline]] void wake_receiver() noexcept {
    receivers.notify_completing([this](void *packet) {
      if constexpr (kCanHandOff<T>) {
        auto *offer = static_cast<RecvOffer<T> *>(packet);
        Token token;
        if (start_recv(token) && token.slot) {
          take(token, *offer->out);
          offer->delivered = true;
          senders.notify();
        }
      }
    });
  }

  alignas(kCachePadding) std::atomic<std::size_t> head_{0};
  alignas(kCachePadding) std::atomic<std::size_t> tail_{0};
  alignas(kCachePadding) const std::size_t capacity_;
  const std::size_t mark_bit_;
  const std::size_t one_lap_;
  const std::unique_ptr<Slot[]> slots_;
};

} // namespace medi::detail

#endif // MEDI_DETAIL_CHANNEL_ARRAY_FLAVOR_H
