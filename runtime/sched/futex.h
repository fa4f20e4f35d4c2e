// futex.h: the two Linux futex calls the runtime's sleeping waits are built on (internal).
#ifndef MEDI_RUNTIME_SCHED_FUTEX_H
#define MEDI_RUNTIME_SCHED_FUTEX_H

#include <atomic>
#include <cstdint>
#include <ctime>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace medi::detail {

/// Sleeps while `word` holds `expected` (compared in the kernel, atomically with wake-ups), until
/// a futex_wake_one, a signal, a spurious wake-up or `timeout` (relative; null: none).
inline void futex_wait(std::atomic<std::int32_t> &word, std::int32_t expected,
                       const timespec *timeout = nullptr) noexcept {
  ::syscall(SYS_futex, reinterpret_cast<std::int32_t *>(&word), FUTEX_WAIT_PRIVATE, expected,
            timeout, nullptr, 0);
}

/// Wakes one thread sleeping in futex_wait on `word`, if any.
inline void futex_wake_one(std::atomic<std::int32_t> &word) noexcept {
  ::syscall(SYS_futex, reinterpret_cast<std::int32_t *>(&word), FUTEX_WAKE_PRIVATE, 1, nullptr,
            nullptr, 0);
}

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_FUTEX_H
