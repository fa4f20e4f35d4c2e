// medi/detail/channel/waker.h: the lists of operations waiting on one side of a channel
// (internal; as crossbeam-channel's Waker and SyncWaker). Not API.
//
// Waker is the plain list, for a channel that holds its own lock (the rendezvous flavor).
// SyncWaker adds its own lock and an is-empty flag, so the lock-free flavors notify without
// locking when nobody waits: notify() costs one atomic load then.
#ifndef MEDI_DETAIL_CHANNEL_WAKER_H
#define MEDI_DETAIL_CHANNEL_WAKER_H

#include "medi/detail/channel/wait_context.h"
#include "medi/detail/spin_lock.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <vector>

namespace medi::detail {

class Waker {
public:
  struct Entry {
    std::uintptr_t operation; // what the waiter wants done (its id; see WaitContext)
    void *packet;             // rendezvous: where the value goes, or null
    WaitContext *context;
  };

  void register_operation(std::uintptr_t operation, WaitContext &context, void *packet = nullptr);
  /// Removes the operation's entry (after a timeout or abort); nullopt if it was taken.
  std::optional<Entry> unregister(std::uintptr_t operation) noexcept;
  /// Selects one waiter other than the caller itself and removes it: the one that will proceed.
  /// The caller unparks it (after handing it whatever it needs).
  std::optional<Entry> try_select() noexcept {
    if (entries_.empty())
      return std::nullopt; // the waiting party's own look at the other side: inline
    return try_select_waiting();
  }
  /// Selects every waiter with kDisconnected and wakes it.
  void disconnect() noexcept;
  bool empty() const noexcept { return entries_.empty(); }
  /// Whether a waiter other than the calling task or thread itself is listed: a select on both
  /// ends of one channel finds its own registration on the other side, which is not readiness.
  bool has_other_waiter() const noexcept;

private:
  std::optional<Entry> try_select_waiting() noexcept;

  std::vector<Entry> entries_;
};

class SyncWaker {
public:
  /// `packet`, when given, is what the waiter offers a selector that completes its operation for
  /// it (the buffered flavor's hand-off; see ArrayFlavor).
  void register_operation(std::uintptr_t operation, WaitContext &context, void *packet = nullptr);
  /// Removes the operation's entry; false when a selector took it first.
  bool unregister(std::uintptr_t operation) noexcept;
  /// Wakes one waiter, if any: the lock is taken only when someone waits.
  void notify() noexcept {
    if (may_have_waiters())
      notify_slow();
  }
  /// Whether anyone may be waiting (the lock-free look notify() makes).
  bool may_have_waiters() const noexcept { return !is_empty_.load(std::memory_order_seq_cst); }
  /// Wakes one waiter, if any, after `complete(packet)` has completed the operation it offered,
  /// when it offered one (the buffered flavors' hand-off, array_flavor.h). The waiter is
  /// selected first, so nobody else completes it, and it reads the outcome only once unpark()
  /// has finished.
  template <class Complete> void notify_completing(Complete &&complete) noexcept {
    if (std::optional<Waker::Entry> chosen = select_one()) {
      if (chosen->packet)
        complete(chosen->packet);
      chosen->context->unpark();
    }
  }

  void disconnect() noexcept;

private:
  /// Selects one waiter, if any, and removes it from the list, without waking it.
  std::optional<Waker::Entry> select_one() noexcept;
  void notify_slow() noexcept;
  void update_empty() noexcept { is_empty_.store(waker_.empty(), std::memory_order_seq_cst); }

  SpinLock lock_;
  Waker waker_; // guarded by lock_
  std::atomic<bool> is_empty_{true};
};

} // namespace medi::detail

#endif // MEDI_DETAIL_CHANNEL_WAKER_H
