// stack_overflow.cpp: the guard-page fault handler and the workers' alternate signal stacks.
#include "stack_overflow.h"

#include "fiber.h"
#include "medi/error/op_tags.h"
#include "task_state.h"

#include <csignal>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string_view>
#include <sys/mman.h>
#include <unistd.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define MEDI_OVERFLOW_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define MEDI_OVERFLOW_SANITIZED 1
#endif

namespace medi::detail {
namespace {

struct sigaction previous_segv, previous_bus;

// Async-signal-safe line building: a fixed buffer, no allocation.
class SignalLine {
public:
  SignalLine &operator<<(std::string_view text) noexcept {
    for (char c : text)
      if (length_ < sizeof buffer_)
        buffer_[length_++] = c == '\n' ? ' ' : c;
    return *this;
  }
  SignalLine &operator<<(std::uint64_t value) noexcept {
    char digits[20];
    std::size_t count = 0;
    do {
      digits[count++] = static_cast<char>('0' + value % 10);
      value /= 10;
    } while (value != 0);
    while (count > 0 && length_ < sizeof buffer_)
      buffer_[length_++] = digits[--count];
    return *this;
  }
  void write_to_stderr() noexcept {
    if (length_ == sizeof buffer_)
      --length_;
    buffer_[length_++] = '\n';
    for (std::size_t written = 0; written < length_;) {
      const ssize_t n = ::write(STDERR_FILENO, buffer_ + written, length_ - written);
      if (n <= 0)
        return;
      written += static_cast<std::size_t>(n);
    }
  }

private:
  char buffer_[1024];
  std::size_t length_ = 0;
};

// The task whose code runs on this thread's fiber: a task run inline by a join runs on its
// joiner's stack, and is the one that overflowed.
const TaskControl *running_task(const Fiber &fiber) noexcept {
  return innermost_of(static_cast<TaskControl *>(fiber.argument()));
}

bool hit_guard_page(const Fiber &fiber, const void *fault_address) noexcept {
  const FiberStack &stack = fiber.stack();
  if (!stack.guarded)
    return false;
  const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  const auto address = reinterpret_cast<std::uintptr_t>(fault_address);
  const auto limit = reinterpret_cast<std::uintptr_t>(stack.limit);
  return address < limit && address >= limit - page;
}

void pass_on(int signal, siginfo_t *info, void *context) noexcept {
  const struct sigaction &previous = signal == SIGBUS ? previous_bus : previous_segv;
  if ((previous.sa_flags & SA_SIGINFO) && previous.sa_sigaction) {
    previous.sa_sigaction(signal, info, context);
    return;
  }
  if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN) {
    previous.sa_handler(signal);
    return;
  }
  // Default action: returning re-executes the faulting instruction, which faults again.
  ::signal(signal, SIG_DFL);
}

[[maybe_unused]] void on_fault(int signal, siginfo_t *info, void *context) noexcept {
  const Fiber *fiber = Fiber::current();
  if (!fiber || !hit_guard_page(*fiber, info->si_addr)) {
    pass_on(signal, info, context);
    return;
  }
  const TaskControl *task = running_task(*fiber);
  const RuntimeContext site = task->spawn_site();
  SignalLine line;
  line << "[medi-runtime] task " << task->id() << " overflowed its stack ("
       << static_cast<std::uint64_t>((fiber->stack().size + 1023) / 1024)
       << " KiB; see docs/tasks.md to raise it) @" << site.file << ":"
       << static_cast<std::uint64_t>(site.line) << ":" << static_cast<std::uint64_t>(site.column)
       << " op=" << op::scheduler_stack_overflow;
  line.write_to_stderr();
  ::signal(signal, SIG_DFL); // the fault repeats on return and ends the process
}

} // namespace

void install_stack_overflow_handler() noexcept {
#ifndef MEDI_OVERFLOW_SANITIZED
  static std::once_flag once;
  std::call_once(once, [] {
    struct sigaction action{};
    action.sa_sigaction = &on_fault;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGSEGV, &action, &previous_segv);
    ::sigaction(SIGBUS, &action, &previous_bus);
  });
#endif
}

void ensure_alt_signal_stack() noexcept {
#ifndef MEDI_OVERFLOW_SANITIZED
  thread_local std::optional<AltSignalStack> own;
  if (own)
    return;
  stack_t current{};
  if (::sigaltstack(nullptr, &current) == 0 && !(current.ss_flags & SS_DISABLE))
    return; // the thread's own (or ours, made earlier)
  own.emplace();
#endif
}

AltSignalStack::AltSignalStack() noexcept {
#ifndef MEDI_OVERFLOW_SANITIZED
  size_ = 64 * 1024;
  void *memory = ::mmap(nullptr, size_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (memory == MAP_FAILED)
    return; // no alternate stack: an overflow then dies without the report
  stack_t stack{};
  stack.ss_sp = memory;
  stack.ss_size = size_;
  if (::sigaltstack(&stack, nullptr) != 0) {
    ::munmap(memory, size_);
    return;
  }
  memory_ = memory;
#endif
}

AltSignalStack::~AltSignalStack() {
  if (!memory_)
    return;
  stack_t disable{};
  disable.ss_flags = SS_DISABLE;
  ::sigaltstack(&disable, nullptr);
  ::munmap(memory_, size_);
}

} // namespace medi::detail
