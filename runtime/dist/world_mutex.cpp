// world_mutex.cpp: WorldMutex's contended paths, on a Linux futex.
#include "dist/world_mutex.h"

#include "medi/detail/channel/backoff.h"
#include "sched/futex.h"

namespace medi::dist::detail {
namespace {
// About a microsecond of spinning: longer than a hop's holds, far shorter than a sealed value's.
constexpr int kSpins = 100;
} // namespace

WorldMutex::WorldMutex() noexcept {
  medi::detail::asymmetric_fence::init();
}

void WorldMutex::lock_contended() noexcept {
  for (int spin = 0; spin < kSpins; ++spin) {
    medi::detail::pause_cpu();
    if (try_lock())
      return;
  }
  for (;;) {
    sleepers_.fetch_add(1, std::memory_order_relaxed);
    medi::detail::asymmetric_fence::heavy();
    if (held_.load(std::memory_order_relaxed) != 0)
      medi::detail::futex_wait(held_, 1);
    sleepers_.fetch_sub(1, std::memory_order_relaxed);
    if (try_lock())
      return;
  }
}

void WorldMutex::wake_one() noexcept {
  medi::detail::futex_wake_one(held_);
}

} // namespace medi::dist::detail
