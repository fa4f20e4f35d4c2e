// medi/detail/spin_lock.h: the lock of a channel's waiting lists, of the rendezvous flavor and of
// the scheduler's live list (internal; as crossbeam-channel's Spinlock). Not API.
//
// Its critical sections are a few dozen instructions and never park, so an uncontended lock is
// one exchange and an unlock one store, inline, where a pthread mutex is a function call each
// way and several times the instructions. Contended, it backs off: a short spin, then yielding the
// thread, so a holder that was preempted gets the core back.
#ifndef MEDI_DETAIL_SPIN_LOCK_H
#define MEDI_DETAIL_SPIN_LOCK_H

#include "medi/detail/channel/backoff.h"

#include <atomic>

namespace medi::detail {

class SpinLock {
public:
  void lock() noexcept {
    if (!locked_.exchange(true, std::memory_order_acquire)) [[likely]]
      return;
    lock_contended();
  }
  void unlock() noexcept { locked_.store(false, std::memory_order_release); }

private:
  [[gnu::noinline]] void lock_contended() noexcept {
    Backoff backoff;
    do {
      while (locked_.load(std::memory_order_relaxed))
        backoff.snooze();
    } while (locked_.exchange(true, std::memory_order_acquire));
  }

  std::atomic<bool> locked_{false};
};

} // namespace medi::detail

#endif // MEDI_DETAIL_SPIN_LOCK_H
