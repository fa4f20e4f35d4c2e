// exception_state.h: the C++ runtime's per-thread exception state, kept per fiber (internal).
//
// The Itanium C++ ABI keeps, per thread, the stack of exceptions being handled (what `throw;`
// rethrows and std::current_exception() returns) and the count of uncaught ones. A task that
// parks inside a catch handler may resume on another thread, and other tasks run on its thread
// meanwhile; so each fiber carries its own copy, swapped in when it is resumed and out when it
// switches back. The layout below is the one libsupc++ (GCC) and libc++abi share on every target
// without ARM EHABI: a pointer and an unsigned count.
#ifndef MEDI_RUNTIME_SCHED_EXCEPTION_STATE_H
#define MEDI_RUNTIME_SCHED_EXCEPTION_STATE_H

#include <utility>

namespace medi::detail {

struct ExceptionState {
  void *caught_exceptions = nullptr;
  unsigned int uncaught_exceptions = 0;
};

/// The calling thread's state. Not inlined: a fiber may continue on another thread, and the
/// compiler must not reuse one thread's address for another's.
ExceptionState &thread_exception_state() noexcept;

/// Exchanges a thread's state (thread_exception_state() on that thread) with `saved`.
inline void swap_exception_state(ExceptionState &thread_state, ExceptionState &saved) noexcept {
  std::swap(thread_state, saved);
}

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_EXCEPTION_STATE_H
