// parked_stack_use.cpp: how much of its stack a parked task has used, for the question of how
// small a parked task could be (docs/benchmarks.md, "Tasks"). Each case runs in a task on a new
// scheduler, whose stacks are freshly mapped (zero-filled): once the task has parked, the bytes
// between the stack's top and its lowest non-zero byte are its high-water mark, which bounds
// the frames it keeps while parked (and what a design that copies parked stacks out would copy).
//
//   scripts/build release parked_stack_use && build/release/bench/parked_stack_use
#include "medi/channel.h"
#include "medi/task.h"
#include "sched/fiber.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

namespace {

using namespace std::chrono_literals;

struct Probe {
  std::atomic<bool> parked{false};
  medi::detail::FiberStack stack;

  void here() {
    stack = medi::detail::Fiber::current()->stack();
    parked = true; // it parks right after this
  }
  std::size_t used() const {
    const std::byte *byte = stack.limit;
    while (byte < stack.top() && *byte == std::byte{0})
      ++byte;
    return static_cast<std::size_t>(stack.top() - byte);
  }
};

// Runs `park(probe)` in a task of a new 1-worker scheduler, waits until it has parked, prints
// the bytes it used, then lets `release()` end it.
template <class Park, class Release> void measure(const char *what, Park park, Release release) {
  medi::Scheduler scheduler(1);
  Probe probe;
  auto task = scheduler.spawn_task([&] { park(probe); });
  while (!probe.parked.load())
    std::this_thread::yield();
  std::this_thread::sleep_for(20ms); // from here() to the park itself
  std::printf("%-40s %5zu bytes\n", what, probe.used());
  release();
  (void)task.join();
}

} // namespace

int main() {
  medi::sleep_for(1ms); // the timer service is started: a sleep below only arms a timer
  std::printf("stack used by a parked task (high-water mark; the fiber itself takes %zu more)\n",
              sizeof(medi::detail::Fiber));
  {
    auto [tx, rx] = medi::create_bounded_channel<int>(0);
    measure(
        "recv on a channel",
        [rx = rx](Probe &probe) {
          probe.here();
          (void)rx.recv();
        },
        [tx = tx] { (void)tx.send(1); });
  }
  {
    auto [tx, rx] = medi::create_bounded_channel<int>(1);
    (void)tx.send(0); // full
    measure(
        "send on a full bounded channel",
        [tx = tx](Probe &probe) {
          probe.here();
          (void)tx.send(1);
        },
        [rx = rx] { (void)rx.recv(), (void)rx.recv(); });
  }
  {
    std::atomic<bool> go{false};
    medi::Scheduler other(1);
    auto awaited = other.spawn_task([&] {
      while (!go.load())
        medi::sleep_for(1ms);
    });
    measure(
        "join of a running task",
        [&](Probe &probe) {
          probe.here();
          (void)awaited.join();
        },
        [&] { go = true; });
  }
  measure(
      "sleep",
      [](Probe &probe) {
        probe.here();
        medi::sleep_for(100ms);
      },
      [] {});
}
