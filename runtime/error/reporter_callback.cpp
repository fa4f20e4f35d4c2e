// reporter_callback.cpp: calls that can be waited out, so removing a reporter or listener is final.
//
// A caller counts itself in its slot, then reads retired_; retire() sets retired_, then reads the
// slots. All of these are sequentially consistent, so either the caller sees the retirement and
// skips, or retire() sees the caller counted and waits for it. Only the retiring thread destroys
// the callable: at once when it is not inside it, else when it leaves its own outermost call.
#include "reporter_callback.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace medi::detail {
namespace {

// The callbacks this thread is inside, innermost last: at most one per report nesting level.
constinit thread_local std::array<Callback *, kMaxReportNesting> active_calls{};
constinit thread_local std::size_t active_count = 0;
// Callbacks this thread retired from inside them: destroyed when it leaves them.
constinit thread_local std::array<Callback *, kMaxReportNesting> release_on_exit{};
constinit thread_local std::size_t release_on_exit_count = 0;

std::uint32_t calls_on_this_thread(const Callback *callback) noexcept {
  return static_cast<std::uint32_t>(
      std::count(active_calls.begin(), active_calls.begin() + active_count, callback));
}

std::size_t this_thread_slot(std::size_t slots) noexcept {
  static std::atomic<std::size_t> next_thread{0};
  thread_local const std::size_t slot = next_thread.fetch_add(1, std::memory_order_relaxed);
  return slot % slots;
}

// Takes `callback` off this thread's release_on_exit list; true when it was there.
bool take_release_on_exit(const Callback *callback) noexcept {
  auto *end = release_on_exit.begin() + release_on_exit_count;
  auto *found = std::find(release_on_exit.begin(), end, callback);
  if (found == end)
    return false;
  std::copy(found + 1, end, found);
  --release_on_exit_count;
  return true;
}

} // namespace

// Counts one call from start to finish, also when the callable throws.
class Callback::ActiveCall {
public:
  explicit ActiveCall(Callback &callback) noexcept
      : callback_(callback), slot_(callback.slots_[this_thread_slot(kSlots)]) {
    slot_.calls.fetch_add(1);
    retired_ = callback_.retired_.load();
    pushed_ = active_count < active_calls.size();
    if (pushed_)
      active_calls[active_count++] = &callback_;
  }
  ~ActiveCall() {
    if (pushed_)
      --active_count;
    slot_.calls.fetch_sub(1);
    if (release_on_exit_count > 0 && calls_on_this_thread(&callback_) == 0 &&
        take_release_on_exit(&callback_))
      callback_.callable_ = nullptr; // retired by this thread from inside; now it has left
  }
  ActiveCall(const ActiveCall &) = delete;
  ActiveCall &operator=(const ActiveCall &) = delete;

  bool retired() const noexcept { return retired_; }

private:
  Callback &callback_;
  Slot &slot_;
  bool retired_;
  bool pushed_;
};

bool Callback::call(const RuntimeError &error, const RuntimeContext &context) {
  ActiveCall active(*this);
  if (active.retired())
    return false;
  callable_(error, context);
  return true;
}

std::uint32_t Callback::calls_in_progress() const noexcept {
  std::uint32_t total = 0;
  for (const Slot &slot : slots_)
    total += slot.calls.load();
  return total;
}

void Callback::retire() noexcept {
  retired_.store(true);
  // Wait for the other threads' calls; ours (a listener removing itself) finish after we return.
  const std::uint32_t own = calls_on_this_thread(this);
  for (int attempt = 0; calls_in_progress() != own; ++attempt) {
    if (attempt < 64)
      std::this_thread::yield();
    else
      std::this_thread::sleep_for(std::chrono::microseconds(100));
  }
  if (own == 0) {
    callable_ = nullptr; // runs the user's destructor, outside any lock of ours
  } else if (release_on_exit_count < release_on_exit.size()) {
    release_on_exit[release_on_exit_count++] = this;
  }
}

} // namespace medi::detail
