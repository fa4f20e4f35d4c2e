// reporter_callback.h: a reporter or listener as the registry holds it (internal).
//
// Wraps the user's callable with what makes removal final: once retire() returns, the callable
// is not running on any other thread, will not be called again, and has been destroyed (or, when
// the retiring thread is itself inside it, is destroyed as that thread leaves it). Readers of
// older snapshots of the reporter set may still hold the Callback; they find it retired and skip.
#ifndef MEDI_RUNTIME_ERROR_REPORTER_CALLBACK_H
#define MEDI_RUNTIME_ERROR_REPORTER_CALLBACK_H

#include "medi/detail/cache_padding.h"
#include "medi/error/reporting.h"

#include <array>
#include <atomic>
#include <cstdint>

namespace medi::detail {

class Callback {
public:
  explicit Callback(ContextErrorReporter callable) : callable_(std::move(callable)) {}
  Callback(const Callback &) = delete;
  Callback &operator=(const Callback &) = delete;

  /// Calls the callable; false (without calling) when it has been retired. Exceptions from the
  /// callable propagate.
  bool call(const RuntimeError &error, const RuntimeContext &context);

  /// Stops new calls, waits until no other thread is inside the callable, and destroys it.
  /// Must not be called under a lock the callable takes. Called once per Callback.
  void retire() noexcept;

private:
  class ActiveCall;
  std::uint32_t calls_in_progress() const noexcept;

  // Calls in progress, counted per thread slot so that threads reporting at once do not contend
  // on one cache line.
  static constexpr std::size_t kSlots = 16;
  struct alignas(kCachePadding) Slot {
    std::atomic<std::uint32_t> calls{0};
  };

  ContextErrorReporter callable_;
  std::array<Slot, kSlots> slots_;
  std::atomic<bool> retired_{false};
};

} // namespace medi::detail

#endif // MEDI_RUNTIME_ERROR_REPORTER_CALLBACK_H
