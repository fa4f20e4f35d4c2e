// stack_overflow.h: reporting a task that runs into its stack's guard page (internal).
//
// A guard-page fault cannot be survived: the task's frames are gone. As Rust and Go do, the
// runtime says what happened before the process dies: a SIGSEGV/SIGBUS handler, running on an
// alternate signal stack (the faulting stack has no room left), checks whether the fault hit the
// guard page of the task running on this thread. If so it writes the report line of
// op scheduler.stack_overflow with the task's spawn site to stderr, using only
// async-signal-safe calls (reporters and listeners are user code and are not called), and the
// signal then takes its default action. Any other fault goes to the handler installed before
// ours, or to the default action.
#ifndef MEDI_RUNTIME_SCHED_STACK_OVERFLOW_H
#define MEDI_RUNTIME_SCHED_STACK_OVERFLOW_H

#include <cstddef>

namespace medi::detail {

/// Installs the handler once per process (later calls do nothing). Not under AddressSanitizer
/// or ThreadSanitizer, which report stack overflows themselves.
void install_stack_overflow_handler() noexcept;

/// Gives the calling thread an alternate signal stack for the rest of its life, unless it has
/// one already (a plain thread that runs tasks while it joins; guest_seats.h).
void ensure_alt_signal_stack() noexcept;

/// An alternate signal stack for the calling thread while it lives (each worker has one).
class AltSignalStack {
public:
  AltSignalStack() noexcept;
  ~AltSignalStack();
  AltSignalStack(const AltSignalStack &) = delete;
  AltSignalStack &operator=(const AltSignalStack &) = delete;

private:
  void *memory_ = nullptr;
  std::size_t size_ = 0;
};

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_STACK_OVERFLOW_H
