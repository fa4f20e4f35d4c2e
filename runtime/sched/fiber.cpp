// fiber.cpp: Boost.Context fcontext switching with AddressSanitizer and ThreadSanitizer
// annotations.
#include "fiber.h"

#include "exception_state.h"

#include <boost/context/detail/fcontext.hpp>
#include <cxxabi.h>
#include <exception>
#include <new>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MEDI_FIBER_ASAN 1
#endif
#if __has_feature(thread_sanitizer)
#define MEDI_FIBER_TSAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define MEDI_FIBER_ASAN 1
#endif
#if defined(__SANITIZE_THREAD__)
#define MEDI_FIBER_TSAN 1
#endif

#ifdef MEDI_FIBER_ASAN
#include <sanitizer/common_interface_defs.h>
#endif
#ifdef MEDI_FIBER_TSAN
#include <sanitizer/tsan_interface.h>
#endif

namespace medi::detail {

namespace context = boost::context::detail;

struct Fiber::Transfer : context::transfer_t {};

namespace {

thread_local Fiber *running_fiber = nullptr;

} // namespace

[[gnu::noinline]] ExceptionState &thread_exception_state() noexcept {
  static_assert(sizeof(ExceptionState) == 2 * sizeof(void *));
  return *reinterpret_cast<ExceptionState *>(abi::__cxa_get_globals());
}

Fiber::Fiber(const FiberStack &stack, Entry entry, void *argument) noexcept
    : stack_(stack), entry_(entry), argument_(argument) {
  context_ = context::make_fcontext(stack_.top(), stack_.size,
                                    [](context::transfer_t t) { trampoline(Transfer{t}); });
#ifdef MEDI_FIBER_TSAN
  tsan_fiber_ = __tsan_create_fiber(0);
#endif
}

namespace {
// The bytes a fiber made by create_on() takes at the top of its stack (a whole number of cache
// lines, so the frames below start aligned).
constexpr std::size_t kFiberHeader = (sizeof(Fiber) + 63) / 64 * 64;
static_assert(alignof(Fiber) <= 64);
} // namespace

Fiber *Fiber::create_on(const FiberStack &stack, Entry entry, void *argument) noexcept {
  FiberStack below = stack;
  below.size -= kFiberHeader;
  return new (stack.top() - kFiberHeader) Fiber(below, entry, argument);
}

FiberStack Fiber::destroy(Fiber *fiber) noexcept {
  FiberStack whole = fiber->stack_;
  whole.size += kFiberHeader;
  fiber->~Fiber();
  return whole;
}

void Fiber::restart(Entry entry, void *argument) noexcept {
  entry_ = entry;
  argument_ = argument;
  finished_ = false;
  caller_context_ = nullptr;
  exception_state_ = {};
#ifdef MEDI_FIBER_ASAN
  asan_fake_stack_ = nullptr;
#endif
#ifdef MEDI_FIBER_TSAN
  // A new TSan fiber: the old one's shadow call stack still holds the frames of the run that
  // ended (a finished fiber never returns from its trampoline), and would grow with every reuse.
  __tsan_destroy_fiber(tsan_fiber_);
  tsan_fiber_ = __tsan_create_fiber(0);
#endif
  context_ = context::make_fcontext(stack_.top(), stack_.size,
                                    [](context::transfer_t t) { trampoline(Transfer{t}); });
}

Fiber::~Fiber() {
#ifdef MEDI_FIBER_TSAN
  if (tsan_fiber_)
    __tsan_destroy_fiber(tsan_fiber_);
#endif
}

// Code on a fiber may come back on another thread: it reads the thread-local through this call,
// which the compiler cannot fold across a switch, so it never reuses the previous thread's TLS
// address.
[[gnu::noinline]] Fiber *Fiber::current() noexcept {
  return running_fiber;
}
[[gnu::noinline]] void Fiber::set_current(Fiber *fiber) noexcept {
  running_fiber = fiber;
}

bool Fiber::can_hand_over() noexcept {
#if defined(MEDI_FIBER_ASAN) || defined(MEDI_FIBER_TSAN)
  return false; // the sanitizers' fiber annotations describe resume/suspend pairs only
#else
  return true;
#endif
}

Fiber *Fiber::resume(ExceptionState &thread_state) noexcept {
  // Direct thread-local access: resume() returns on the thread that called it, so the address
  // the compiler keeps across the switch is still this thread's. (Code on a suspending fiber's
  // stack goes through Fiber::current() instead.)
  Fiber *const outer = running_fiber;
  running_fiber = this;
#ifdef MEDI_FIBER_ASAN
  void *fake_stack = nullptr;
  __sanitizer_start_switch_fiber(&fake_stack, stack_.limit, stack_.size);
#endif
#ifdef MEDI_FIBER_TSAN
  tsan_caller_ = __tsan_get_current_fiber();
  __tsan_switch_to_fiber(tsan_fiber_, 0);
#endif
  swap_exception_state(thread_state, exception_state_); // the fiber's in, the thread's kept
  const context::transfer_t back = context::jump_fcontext(context_, this);
  // The fiber that switched back: this one, or one it handed the thread over to.
  Fiber *const returned = static_cast<Fiber *>(back.data);
  swap_exception_state(thread_state, returned->exception_state_); // its state out, ours back
#ifdef MEDI_FIBER_ASAN
  __sanitizer_finish_switch_fiber(fake_stack, nullptr, nullptr);
#endif
  if (!returned->finished_)
    returned->context_ = back.fctx;
  running_fiber = outer;
  return returned;
}

namespace {
// What a hand-over leaves for the on-top function that runs on the next fiber's stack.
struct HandOver {
  Fiber *from;
  Fiber *to;
  Fiber::AfterSwitch after;
  void *argument;
};
} // namespace

void Fiber::hand_over(Fiber *next, AfterSwitch after, void *argument) noexcept {
  Fiber *self = current();
  // While a fiber runs, its object holds the state of the thread that resumed it, and the
  // thread holds the fiber's. Now `next` runs for the same resumer: it takes over the resumer's
  // state and its return point, and the thread takes `next`'s own state.
  ExceptionState &thread_state = thread_exception_state();
  const ExceptionState resumers = self->exception_state_;
  self->exception_state_ = thread_state;
  thread_state = next->exception_state_;
  next->exception_state_ = resumers;
  next->caller_context_ = self->caller_context_;
  set_current(next);
  HandOver handing{self, next, after, argument};
  const context::transfer_t back =
      context::ontop_fcontext(next->context_, &handing, [](context::transfer_t t) {
        // On next's stack: `from` has left its own, which `after` may now give away.
        const HandOver handed = *static_cast<HandOver *>(t.data);
        handed.from->context_ = t.fctx;
        handed.after(handed.from, handed.argument);
        // What next's own switch-out (or hand-over) gets back: whom to return to, and itself.
        return context::transfer_t{handed.to->caller_context_, handed.to};
      });
  // Resumed, possibly by another thread: remember who to return to next time.
  Fiber *resumed = static_cast<Fiber *>(back.data);
  resumed->caller_context_ = back.fctx;
}

void Fiber::trampoline(Transfer transfer) noexcept {
  Fiber *self = static_cast<Fiber *>(transfer.data);
  self->caller_context_ = transfer.fctx;
#ifdef MEDI_FIBER_ASAN
  __sanitizer_finish_switch_fiber(nullptr, &self->caller_stack_bottom_, &self->caller_stack_size_);
#endif
  self->entry_(self->argument_); // noexcept: an escaping exception terminates, by design
  self->finished_ = true;
  self->switch_out(/*finishing=*/true);
  std::terminate(); // a finished fiber is never resumed
}

void Fiber::suspend() noexcept {
  Fiber *self = current();
  self->switch_out(/*finishing=*/false);
}

void Fiber::switch_out(bool finishing) noexcept {
#ifdef MEDI_FIBER_ASAN
  // A finishing fiber passes no fake-stack slot, so ASan frees its fake stack.
  __sanitizer_start_switch_fiber(finishing ? nullptr : &asan_fake_stack_, caller_stack_bottom_,
                                 caller_stack_size_);
#endif
#ifdef MEDI_FIBER_TSAN
  __tsan_switch_to_fiber(tsan_caller_, 0);
#endif
  const context::transfer_t back = context::jump_fcontext(caller_context_, this);
  // Resumed, possibly by another thread: remember who to return to next time.
  Fiber *self = static_cast<Fiber *>(back.data);
  self->caller_context_ = back.fctx;
#ifdef MEDI_FIBER_ASAN
  __sanitizer_finish_switch_fiber(self->asan_fake_stack_, &self->caller_stack_bottom_,
                                  &self->caller_stack_size_);
#endif
  (void)finishing;
}

} // namespace medi::detail
