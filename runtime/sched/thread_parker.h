// thread_parker.h: park/unpark for a plain thread (internal), on a Linux futex.
//
// A permit, as Rust's thread::park: unpark() before park() makes that park() return at once, so
// a wake-up is never lost between deciding to wait and waiting.
#ifndef MEDI_RUNTIME_SCHED_THREAD_PARKER_H
#define MEDI_RUNTIME_SCHED_THREAD_PARKER_H

#include <atomic>
#include <chrono>
#include <cstdint>

namespace medi::detail {

class ThreadParker {
public:
  /// Blocks until unpark() (or returns at once when a permit is waiting); consumes the permit.
  void park() noexcept;
  /// As park(), giving up at `deadline`; true when unparked.
  bool park_until(std::chrono::steady_clock::time_point deadline) noexcept;
  void unpark() noexcept;
  /// Parked (or about to be) with no permit waiting: nothing has woken it yet.
  bool parked() const noexcept { return state_.load(std::memory_order_seq_cst) == kParked; }

private:
  // Integers, not an enum class: park() moves Empty to Parked, or Notified to Empty, with one
  // fetch_sub (as Rust's futex parker does), and the futex compares the word as an int.
  static constexpr std::int32_t kEmpty = 0, kParked = -1, kNotified = 1;
  std::atomic<std::int32_t> state_{kEmpty};
};

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_THREAD_PARKER_H
