// thread_parker.cpp: the three-state futex parker (empty, parked, notified).
#include "thread_parker.h"

#include "futex.h"

#include <cerrno>
#include <ctime>

namespace medi::detail {

void ThreadParker::park() noexcept {
  // notified -> empty: a permit was waiting. empty -> parked: wait for one.
  if (state_.fetch_sub(1, std::memory_order_acquire) == kNotified)
    return;
  for (;;) {
    futex_wait(state_, kParked, nullptr);
    std::int32_t notified = kNotified;
    if (state_.compare_exchange_strong(notified, kEmpty, std::memory_order_acquire))
      return;
    // A spurious wake-up: still parked.
  }
}

bool ThreadParker::park_until(std::chrono::steady_clock::time_point deadline) noexcept {
  if (state_.fetch_sub(1, std::memory_order_acquire) == kNotified)
    return true;
  for (;;) {
    const auto now = std::chrono::steady_clock::now();
    if (now < deadline) {
      const auto left = std::chrono::duration_cast<std::chrono::nanoseconds>(deadline - now);
      timespec timeout{.tv_sec = static_cast<time_t>(left.count() / 1'000'000'000),
                       .tv_nsec = static_cast<long>(left.count() % 1'000'000'000)};
      futex_wait(state_, kParked, &timeout);
    }
    std::int32_t notified = kNotified;
    if (state_.compare_exchange_strong(notified, kEmpty, std::memory_order_acquire))
      return true;
    if (std::chrono::steady_clock::now() >= deadline) {
      // Give up, unless an unpark arrives in this very moment: then take its permit.
      std::int32_t parked = kParked;
      if (state_.compare_exchange_strong(parked, kEmpty, std::memory_order_acquire))
        return false;
      state_.store(kEmpty, std::memory_order_relaxed); // it was notified
      return true;
    }
  }
}

void ThreadParker::unpark() noexcept {
  if (state_.exchange(kNotified, std::memory_order_release) == kParked)
    futex_wake_one(state_);
}

} // namespace medi::detail
