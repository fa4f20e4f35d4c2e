// world_mutex.h: the lock of a rank's distributed runtime (World::mutex).
//
// Every remote hop takes it twice (applying the frame that came, and sending the answer), so its
// uncontended path is what counts: lock is one exchange, unlock a plain store and a load, both
// inline. std::mutex makes a call into libpthread each way, and its unlock is a second locked
// instruction. Holds are short but not always (a phi value is sealed under it), so a waiter
// spins briefly and then sleeps on a futex instead of spinning on.
//
// A sleeper must not miss the unlock that frees the lock: unlock stores `held` then loads
// `sleepers`, a waiter adds itself to `sleepers` then loads `held` (Dekker's pattern). The fence
// between is asymmetric (sched/asymmetric_fence.h): unlock pays a compiler barrier, the waiter
// about to sleep a membarrier(2). So either the waiter sees the lock free, or the unlock sees the
// sleeper and wakes it; the futex's own check covers an unlock between the look and the sleep.
#ifndef MEDI_RUNTIME_DIST_WORLD_MUTEX_H
#define MEDI_RUNTIME_DIST_WORLD_MUTEX_H

#include "sched/asymmetric_fence.h"

#include <atomic>
#include <cstdint>

namespace medi::dist::detail {

class WorldMutex {
public:
  WorldMutex() noexcept;
  WorldMutex(const WorldMutex &) = delete;
  WorldMutex &operator=(const WorldMutex &) = delete;

  void lock() noexcept {
    if (held_.exchange(1, std::memory_order_acquire) != 0) [[unlikely]]
      lock_contended();
  }
  bool try_lock() noexcept {
    return held_.load(std::memory_order_relaxed) == 0 &&
           held_.exchange(1, std::memory_order_acquire) == 0;
  }
  void unlock() noexcept {
    held_.store(0, std::memory_order_release);
    medi::detail::asymmetric_fence::light();
    if (sleepers_.load(std::memory_order_relaxed) != 0) [[unlikely]]
      wake_one();
  }

private:
  [[gnu::noinline]] void lock_contended() noexcept;
  [[gnu::noinline]] void wake_one() noexcept;

  std::atomic<std::int32_t> held_{0}; // the futex word: 0 free, 1 held
  std::atomic<std::int32_t> sleepers_{0};
};

} // namespace medi::dist::detail

#endif // MEDI_RUNTIME_DIST_WORLD_MUTEX_H
