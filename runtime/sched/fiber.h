// fiber.h: a stackful execution context, switched with Boost.Context (internal).
//
// Asymmetric: resume() runs the fiber on the calling thread until it calls Fiber::suspend() or
// its entry returns; resume() then returns. A suspended fiber may be resumed by any thread, which
// is how tasks migrate between workers. Switches are annotated for AddressSanitizer and
// ThreadSanitizer, so sanitizer builds see each fiber's stack as its own, and carry the fiber's
// C++ exception state (exception_state.h), so a fiber may suspend inside a catch handler.
#ifndef MEDI_RUNTIME_SCHED_FIBER_H
#define MEDI_RUNTIME_SCHED_FIBER_H

#include "exception_state.h"
#include "stack_pool.h"

#include <cstddef>

namespace medi::detail {

class Fiber {
public:
  /// What the fiber runs; must not throw (the task layer catches at its own boundary).
  using Entry = void (*)(void *argument) noexcept;

  Fiber(const FiberStack &stack, Entry entry, void *argument) noexcept;
  ~Fiber();

  /// A fiber that lives in the top bytes of its own stack, below which its stack begins: it
  /// costs no allocation of its own, and a parked task's fiber shares the page its top frames
  /// touch anyway. Ended with destroy() (not delete), while the stack's memory is still mapped.
  static Fiber *create_on(const FiberStack &stack, Entry entry, void *argument) noexcept;
  /// Ends a fiber made by create_on() and returns the whole stack it was made on (to release).
  static FiberStack destroy(Fiber *fiber) noexcept;
  Fiber(const Fiber &) = delete;
  Fiber &operator=(const Fiber &) = delete;

  /// Makes a finished fiber start over with a new entry, on the same stack: a worker keeps
  /// finished fibers for reuse, so most tasks start without allocating.
  void restart(Entry entry, void *argument) noexcept;

  /// Runs the fiber until it suspends or finishes; resume() then returns, always on the thread
  /// that called it (the caller's stack is in use meanwhile, so it cannot move). Not from
  /// inside this fiber.
  void resume() noexcept { (void)resume(thread_exception_state()); }
  /// As resume(), for a caller that has looked up its thread's exception state once
  /// (thread_exception_state()): a worker resumes every fiber from one stack on one thread.
  /// Returns the fiber that switched back: this one, or the last of those it handed over to.
  Fiber *resume(ExceptionState &thread_state) noexcept;
  /// From inside a fiber: switches straight to `next` (suspended, not finished), which runs for
  /// the same resume() and returns to it in our place; one context switch instead of two. Once
  /// the calling fiber is off its stack, `after(calling fiber, argument)` runs on next's stack
  /// (it may make the caller resumable elsewhere). Only where can_hand_over().
  using AfterSwitch = void (*)(Fiber *from, void *argument) noexcept;
  static void hand_over(Fiber *next, AfterSwitch after, void *argument) noexcept;
  /// False in sanitizer builds, whose fiber annotations describe resume/suspend pairs only.
  static bool can_hand_over() noexcept;
  /// From inside a fiber: back to the resume() that is running it.
  static void suspend() noexcept;
  /// The fiber the calling thread is running, or nullptr on a thread's own stack.
  static Fiber *current() noexcept;

  bool finished() const noexcept { return finished_; }
  void *argument() const noexcept { return argument_; }
  const FiberStack &stack() const noexcept { return stack_; }

private:
  struct Transfer;
  static void trampoline(Transfer transfer) noexcept;
  void switch_out(bool finishing) noexcept;
  static void set_current(Fiber *fiber) noexcept;

  FiberStack stack_;
  Entry entry_;
  void *argument_;
  void *context_ = nullptr;        // where the fiber resumes (a Boost.Context fcontext_t)
  void *caller_context_ = nullptr; // where suspend() returns to, while running
  bool finished_ = false;
  // The C++ exception state of the code running on this fiber, while it is switched out.
  ExceptionState exception_state_;

  // Sanitizer bookkeeping (unused in plain builds).
  [[maybe_unused]] void *asan_fake_stack_ = nullptr;
  [[maybe_unused]] const void *caller_stack_bottom_ = nullptr;
  [[maybe_unused]] std::size_t caller_stack_size_ = 0;
  [[maybe_unused]] void *tsan_fiber_ = nullptr;
  [[maybe_unused]] void *tsan_caller_ = nullptr;
};

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_FIBER_H
