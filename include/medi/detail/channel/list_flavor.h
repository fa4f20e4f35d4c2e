// medi/detail/channel/list_flavor.h: the unbounded channel, a lock-free linked list of blocks of
// 31 slots (as crossbeam-channel's list flavor). Internal.
//
// Indices advance by 2 (bit 0 is a flag: in the tail, "disconnected"; in the head, "the next
// block exists"); every 32nd position is a block boundary, not a slot. A slot's `written` flag
// says its value is there (its sender's plain store: nobody else writes it); its state collects
// READ (value taken) and DESTROY (the block's reader-out wants it freed but this slot was still
// in use). The last reader of a block retires it: the block becomes the channel's spare, which
// the next send that needs a block takes instead of allocating one.
#ifndef MEDI_DETAIL_CHANNEL_LIST_FLAVOR_H
#define MEDI_DETAIL_CHANNEL_LIST_FLAVOR_H

#include "medi/detail/cache_padding.h"
#include "medi/detail/channel/backoff.h"
#include "medi/detail/channel/offer.h"
#include "medi/detail/channel/waker.h"
#include "medi/detail/full_fence.h"
#include "medi/fault_injection.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <optional>
#include <utility>

namespace medi::detail {

template <class T> class ListFlavor {
  static constexpr std::uint8_t kRead = 1, kDestroy = 2;
  static constexpr std::size_t kLap = 32, kBlockCapacity = kLap - 1;
  static constexpr std::size_t kShift = 1, kMarkBit = 1;

  struct Slot {
    alignas(T) unsigned char storage[sizeof(T)];
    // Apart from `state`, so that a send sets it with a plain store where a shared word would
    // need a locked read-modify-write against the reader-out's DESTROY.
    std::atomic<bool> written{false};
    std::atomic<std::uint8_t> state{0}; // kRead | kDestroy
    T *value() noexcept { return std::launder(reinterpret_cast<T *>(storage)); }
    void wait_write() const noexcept {
      if (!written.load(std::memory_order_acquire)) [[unlikely]]
        wait_write_slow();
    }
    [[gnu::noinline]] void wait_write_slow() const noexcept {
      Backoff backoff;
      while (!written.load(std::memory_order_acquire))
        backoff.snooze();
    }
    /// Marks the slot read or to-be-destroyed and returns what the other party had marked: an
    /// exchange (one locked instruction, no loop), as nobody looks at the state once both
    /// parties have.
    std::uint8_t mark(std::uint8_t flag) noexcept {
      return state.exchange(flag, std::memory_order_acq_rel);
    }
  };

  struct Block {
    std::atomic<Block *> next{nullptr};
    Slot slots[kBlockCapacity];

    Block *wait_next() const noexcept {
      Backoff backoff;
      for (;;) {
        if (Block *block = next.load(std::memory_order_acquire))
          return block;
        backoff.snooze();
      }
    }
  };

  // Retires the block once no reader uses slots from `start` on; a reader still busy with a
  // slot finds DESTROY set and continues from there.
  [[gnu::noinline]] void destroy(Block *block, std::size_t start) noexcept {
    // The last slot needs no flag: its reader is the one that started the destruction.
    for (std::size_t i = start; i < kBlockCapacity - 1; ++i) {
      Slot &slot = block->slots[i];
      if (!(slot.state.load(std::memory_order_acquire) & kRead) && !(slot.mark(kDestroy) & kRead))
        return;
    }
    retire(block);
  }
  /// A block no one uses any more becomes the spare (the one it replaces is freed): a channel
  /// that moves values steadily reuses two blocks instead of allocating one per 31 values on
  /// the sending thread and freeing it on the receiving one.
  void retire(Block *block) noexcept { delete spare_.exchange(block, std::memory_order_acq_rel); }

  struct alignas(kCachePadding) Position {
    std::atomic<std::size_t> index{0};
    std::atomic<Block *> block{nullptr};
  };

public:
  struct Token {
    Block *block = nullptr; // null: disconnected
    std::size_t offset = 0;
  };

  ListFlavor() = default;
  ~ListFlavor() {
    std::size_t head = head_.index.load(std::memory_order_relaxed) & ~((1 << kShift) - 1);
    const std::size_t tail = tail_.index.load(std::memory_order_relaxed) & ~((1 << kShift) - 1);
    Block *block = head_.block.load(std::memory_order_relaxed);
    while (head != tail) {
      const std::size_t offset = (head >> kShift) % kLap;
      if (offset < kBlockCapacity) {
        std::destroy_at(block->slots[offset].value()); // buffered: one destructor each
      } else {
        Block *next = block->next.load(std::memory_order_relaxed);
        delete block;
        block = next;
      }
      head += 1 << kShift;
    }
    delete block;
    delete spare_.load(std::memory_order_relaxed);
  }
  ListFlavor(const ListFlavor &) = delete;
  ListFlavor &operator=(const ListFlavor &) = delete;

  /// A block of slots: the spare, made new again, or else a new one; std::bad_alloc without
  /// memory (or with the ChannelNode fault point armed), thrown before start_send() has changed
  /// anything, so the send can hand back.
  std::unique_ptr<Block> take_block() {
    if (spare_.load(std::memory_order_relaxed))
      if (Block *spare = spare_.exchange(nullptr, std::memory_order_acquire)) {
        std::destroy_at(spare); // every value it held has been read and destroyed
        return std::unique_ptr<Block>(::new (spare) Block);
      }
    if (fault_injection::allocation_fails(fault_injection::Point::ChannelNode))
      throw std::bad_alloc();
    return std::make_unique<Block>();
  }

  /// Reserves a slot (true, token.block set) or finds the channel disconnected (true, null).
  /// Never full. Throws std::bad_alloc, having changed nothing, when it needs a new block and
  /// there is no memory for one.
  ///
  /// Inlined where it is called: one attempt in the middle of a block, uncontended, which is
  /// most sends. A block boundary, the first block, disconnection or a lost race go out of line.
  bool start_send(Token &token) {
    std::size_t tail = tail_.index.load(std::memory_order_acquire);
    Block *block = tail_.block.load(std::memory_order_acquire);
    const std::size_t offset = (tail >> kShift) % kLap;
    if (!(tail & kMarkBit) && offset + 1 < kBlockCapacity && block &&
        tail_.index.compare_exchange_weak(tail, tail + (1 << kShift), std::memory_order_seq_cst,
                                          std::memory_order_relaxed)) [[likely]] {
      token.block = block;
      token.offset = offset;
      return true;
    }
    return start_send_slow(token);
  }

  [[gnu::noinline]] bool start_send_slow(Token &token) {
    Backoff backoff;
    std::size_t tail = tail_.index.load(std::memory_order_acquire);
    Block *block = tail_.block.load(std::memory_order_acquire);
    std::unique_ptr<Block> next_block;
    for (;;) {
      if (tail & kMarkBit) {
        token.block = nullptr;
        return true;
      }
      const std::size_t offset = (tail >> kShift) % kLap;
      if (offset == kBlockCapacity) { // another sender is installing the next block
        backoff.snooze();
        tail = tail_.index.load(std::memory_order_acquire);
        block = tail_.block.load(std::memory_order_acquire);
        continue;
      }
      // About to fill the block: allocate the next one early, to keep others' wait short.
      if (offset + 1 == kBlockCapacity && !next_block)
        next_block = take_block();
      if (!block) { // the first value ever: install the first block
        auto first = take_block();
        Block *expected = nullptr;
        if (tail_.block.compare_exchange_strong(expected, first.get(), std::memory_order_release,
                                                std::memory_order_relaxed)) {
          head_.block.store(first.get(), std::memory_order_release);
          block = first.release();
        } else {
          next_block = std::move(first);
          tail = tail_.index.load(std::memory_order_acquire);
          block = tail_.block.load(std::memory_order_acquire);
          continue;
        }
      }
      const std::size_t new_tail = tail + (1 << kShift);
      if (tail_.index.compare_exchange_weak(tail, new_tail, std::memory_order_seq_cst,
                                            std::memory_order_acquire)) {
        if (offset + 1 == kBlockCapacity) { // filled it: install the next block
          Block *next = next_block.release();
          tail_.block.store(next, std::memory_order_release);
          tail_.index.fetch_add(1 << kShift, std::memory_order_release);
          block->next.store(next, std::memory_order_release);
        }
        token.block = block;
        token.offset = offset;
        return true;
      }
      block = tail_.block.load(std::memory_order_acquire);
      backoff.spin();
    }
  }

  bool write(Token &token, T &value) {
    if (!token.block)
      return false;
    Slot &slot = token.block->slots[token.offset];
    std::construct_at(slot.value(), std::move(value));
    slot.written.store(true, std::memory_order_release);
    if (receivers.may_have_waiters()) [[unlikely]]
      wake_receiver();
    return true;
  }

  /// Reserves a value to read (true, token.block set), finds the channel empty and disconnected
  /// (true, null), or finds it empty (false). Inlined as start_send is: one attempt in the
  /// middle of a block.
  bool start_recv(Token &token) noexcept {
    std::size_t head = head_.index.load(std::memory_order_acquire);
    Block *block = head_.block.load(std::memory_order_acquire);
    const std::size_t offset = (head >> kShift) % kLap;
    if (offset + 1 < kBlockCapacity && block) [[likely]] {
      std::size_t new_head = head + (1 << kShift);
      if (!(new_head & kMarkBit)) {
        full_fence();
        const std::size_t tail = tail_.index.load(std::memory_order_relaxed);
        if (head >> kShift == tail >> kShift) { // empty
          if (tail & kMarkBit) {
            token.block = nullptr;
            return true;
          }
          return false;
        }
        if ((head >> kShift) / kLap != (tail >> kShift) / kLap)
          new_head |= kMarkBit; // head and tail are in different blocks: a next block exists
      }
      if (head_.index.compare_exchange_weak(head, new_head, std::memory_order_seq_cst,
                                            std::memory_order_relaxed)) [[likely]] {
        token.block = block;
        token.offset = offset;
        return true;
      }
    }
    return start_recv_slow(token);
  }

  [[gnu::noinline]] bool start_recv_slow(Token &token) noexcept {
    Backoff backoff;
    std::size_t head = head_.index.load(std::memory_order_acquire);
    Block *block = head_.block.load(std::memory_order_acquire);
    for (;;) {
      const std::size_t offset = (head >> kShift) % kLap;
      if (offset == kBlockCapacity) { // another receiver is moving to the next block
        backoff.snooze();
        head = head_.index.load(std::memory_order_acquire);
        block = head_.block.load(std::memory_order_acquire);
        continue;
      }
      std::size_t new_head = head + (1 << kShift);
      if (!(new_head & kMarkBit)) {
        full_fence();
        const std::size_t tail = tail_.index.load(std::memory_order_relaxed);
        if (head >> kShift == tail >> kShift) { // empty
          if (tail & kMarkBit) {
            token.block = nullptr;
            return true;
          }
          return false;
        }
        if ((head >> kShift) / kLap != (tail >> kShift) / kLap)
          new_head |= kMarkBit; // head and tail are in different blocks: a next block exists
      }
      if (!block) { // the first block is being installed
        backoff.snooze();
        head = head_.index.load(std::memory_order_acquire);
        block = head_.block.load(std::memory_order_acquire);
        continue;
      }
      if (head_.index.compare_exchange_weak(head, new_head, std::memory_order_seq_cst,
                                            std::memory_order_acquire)) {
        if (offset + 1 == kBlockCapacity) { // read out the block: move to the next one
          Block *next = block->wait_next();
          std::size_t next_index = (new_head & ~kMarkBit) + (1 << kShift);
          if (next->next.load(std::memory_order_relaxed))
            next_index |= kMarkBit;
          head_.block.store(next, std::memory_order_release);
          head_.index.store(next_index, std::memory_order_release);
        }
        token.block = block;
        token.offset = offset;
        return true;
      }
      block = head_.block.load(std::memory_order_acquire);
      backoff.spin();
    }
  }

  /// A value was just written: wakes a waiting receiver, first taking the oldest value out for
  /// it (the hand-off of array_flavor.h) when there still is one.
  [[gnu::noinline]] void wake_receiver() noexcept {
    receivers.notify_completing([this](void *packet) {
      if constexpr (kCanHandOff<T>) {
        auto *offer = static_cast<RecvOffer<T> *>(packet);
        Token token;
        if (start_recv(token) && token.block)
          offer->delivered = read(token, *offer->out);
      }
    });
  }

  template <class Out> bool read(Token &token, Out &out) {
    if (!token.block)
      return false;
    Block *block = token.block;
    const std::size_t offset = token.offset;
    Slot &slot = block->slots[offset];
    slot.wait_write();
    T *value = slot.value();
    out.emplace(std::move(*value));
    std::destroy_at(value);
    if (offset + 1 == kBlockCapacity)
      destroy(block, 0);
    else if (slot.mark(kRead) & kDestroy)
      destroy(block, offset + 1);
    return true;
  }

  /// Marks the channel disconnected (senders' side gone, or receivers' side gone) and wakes the
  /// receivers; false if it already was. Senders never wait on this flavor.
  bool disconnect() noexcept {
    const std::size_t tail = tail_.index.fetch_or(kMarkBit, std::memory_order_seq_cst);
    if (tail & kMarkBit)
      return false;
    receivers.disconnect();
    return true;
  }

  bool is_disconnected() const noexcept {
    return tail_.index.load(std::memory_order_seq_cst) & kMarkBit;
  }
  bool is_empty() const noexcept {
    const std::size_t head = head_.index.load(std::memory_order_seq_cst);
    const std::size_t tail = tail_.index.load(std::memory_order_seq_cst);
    return head >> kShift == tail >> kShift;
  }
  bool is_full() const noexcept { return false; }
  std::size_t len() const noexcept {
    for (;;) {
      std::size_t tail = tail_.index.load(std::memory_order_seq_cst);
      std::size_t head = head_.index.load(std::memory_order_seq_cst);
      if (tail_.index.load(std::memory_order_seq_cst) != tail)
        continue;
      tail &= ~((std::size_t{1} << kShift) - 1);
      head &= ~((std::size_t{1} << kShift) - 1);
      // Indices on a block boundary count as the next block's first slot.
      if (((tail >> kShift) & (kLap - 1)) == kLap - 1)
        tail += 1 << kShift;
      if (((head >> kShift) & (kLap - 1)) == kLap - 1)
        head += 1 << kShift;
      // Rotate both so that head lies in the first block, then drop the flag bits.
      const std::size_t lap = (head >> kShift) / kLap;
      tail -= (lap * kLap) << kShift;
      head -= (lap * kLap) << kShift;
      tail >>= kShift;
      head >>= kShift;
      return tail - head - tail / kLap; // minus the block boundaries between them
    }
  }

  SyncWaker senders; // never waited on (unbounded); here so every flavor looks alike
  SyncWaker receivers;

private:
  Position head_;
  Position tail_;
  alignas(kCachePadding) std::atomic<Block *> spare_{nullptr}; // see retire()
};

} // namespace medi::detail

#endif // MEDI_DETAIL_CHANNEL_LIST_FLAVOR_H
