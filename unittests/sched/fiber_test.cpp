// fiber_test.cpp: resume/suspend, a hand-over between fibers, nesting, migration between threads,
// exceptions inside a fiber, and deep recursion within the stack.
#include "sched/fiber.h"

#include <exception>
#include <gtest/gtest.h>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace medi::detail {
namespace {

class FiberTest : public ::testing::Test {
protected:
  FiberStack stack() {
    auto stack = pool_.acquire();
    EXPECT_TRUE(stack);
    stacks_.push_back(*stack);
    return *stack;
  }
  void TearDown() override {
    for (const FiberStack &stack : stacks_)
      pool_.release(stack);
  }
  StackPool pool_;
  std::vector<FiberStack> stacks_;
};

TEST_F(FiberTest, RunsToCompletionAndReportsFinished) {
  int value = 0;
  Fiber fiber(stack(), [](void *arg) noexcept { *static_cast<int *>(arg) = 42; }, &value);
  EXPECT_FALSE(fiber.finished());
  fiber.resume();
  EXPECT_TRUE(fiber.finished());
  EXPECT_EQ(value, 42);
}

TEST_F(FiberTest, SuspendAndResumeInterleave) {
  std::vector<std::string> trace;
  Fiber fiber(
      stack(),
      [](void *arg) noexcept {
        auto &trace = *static_cast<std::vector<std::string> *>(arg);
        for (int i = 0; i < 3; ++i) {
          trace.push_back("fiber " + std::to_string(i));
          Fiber::suspend();
        }
      },
      &trace);
  for (int i = 0; i < 3; ++i) {
    fiber.resume();
    trace.push_back("main " + std::to_string(i));
  }
  EXPECT_FALSE(fiber.finished());
  fiber.resume();
  EXPECT_TRUE(fiber.finished());
  EXPECT_EQ(trace, (std::vector<std::string>{"fiber 0", "main 0", "fiber 1", "main 1", "fiber 2",
                                             "main 2"}));
}

// A fiber hands its thread straight to a suspended one, which then returns to the first one's
// resume() in its place; the hand-over's continuation runs on the second fiber's stack once the
// first is off its own, and each keeps its own C++ exception state across it.
TEST_F(FiberTest, HandOverSwitchesStraightToAnotherFiber) {
  if (!Fiber::can_hand_over())
    GTEST_SKIP() << "sanitizer build: fibers switch through resume/suspend only";
  struct Shared {
    std::vector<std::string> trace;
    Fiber *a = nullptr;
    Fiber *b = nullptr;
    Fiber *after_from = nullptr;
    Fiber *after_on = nullptr;
    bool b_saw_no_exception = false;
    bool a_rethrew_its_own = false;
  } shared;
  Fiber b(
      stack(),
      [](void *arg) noexcept {
        auto &shared = *static_cast<Shared *>(arg);
        shared.trace.push_back("b starts");
        Fiber::suspend(); // back to main: b is now a suspended fiber a can hand over to
        shared.trace.push_back("b runs for a's resumer");
        shared.b_saw_no_exception = std::current_exception() == nullptr;
        Fiber::suspend(); // to a's resume() in main
        shared.trace.push_back("b finishes");
      },
      &shared);
  Fiber a(
      stack(),
      [](void *arg) noexcept {
        auto &shared = *static_cast<Shared *>(arg);
        try {
          throw std::runtime_error("a's own");
        } catch (const std::exception &) {
          shared.trace.push_back("a hands over");
          Fiber::hand_over(
              shared.b,
              [](Fiber *from, void *arg) noexcept {
                auto &shared = *static_cast<Shared *>(arg);
                shared.after_from = from;
                shared.after_on = Fiber::current();
                shared.trace.push_back("after, on b's stack");
              },
              &shared);
          shared.trace.push_back("a resumed");
          try {
            throw; // the exception a was handling when it handed over
          } catch (const std::runtime_error &e) {
            shared.a_rethrew_its_own = std::string(e.what()) == "a's own";
          }
        }
      },
      &shared);
  shared.a = &a;
  shared.b = &b;
  b.resume();
  ExceptionState &main_state = thread_exception_state();
  EXPECT_EQ(a.resume(main_state), &b); // a handed over; b came back to a's resume()
  EXPECT_EQ(Fiber::current(), nullptr);
  EXPECT_EQ(std::current_exception(), nullptr); // main's own state is back
  EXPECT_EQ(a.resume(main_state), &a);          // a goes on after its hand-over and finishes
  EXPECT_TRUE(a.finished());
  EXPECT_EQ(b.resume(main_state), &b);
  EXPECT_TRUE(b.finished());
  EXPECT_EQ(shared.after_from, &a);
  EXPECT_EQ(shared.after_on, &b);
  EXPECT_TRUE(shared.b_saw_no_exception);
  EXPECT_TRUE(shared.a_rethrew_its_own);
  EXPECT_EQ(shared.trace,
            (std::vector<std::string>{"b starts", "a hands over", "after, on b's stack",
                                      "b runs for a's resumer", "a resumed", "b finishes"}));
}

TEST_F(FiberTest, CurrentNamesTheRunningFiber) {
  EXPECT_EQ(Fiber::current(), nullptr);
  Fiber *seen = nullptr;
  Fiber fiber(
      stack(), [](void *arg) noexcept { *static_cast<Fiber **>(arg) = Fiber::current(); }, &seen);
  fiber.resume();
  EXPECT_EQ(seen, &fiber);
  EXPECT_EQ(Fiber::current(), nullptr);
}

struct Nested {
  FiberStack inner_stack;
  std::vector<int> order;
};

TEST_F(FiberTest, AFiberCanResumeAnother) {
  Nested nested{stack(), {}};
  Fiber outer(
      stack(),
      [](void *arg) noexcept {
        auto &n = *static_cast<Nested *>(arg);
        n.order.push_back(1);
        Fiber inner(
            n.inner_stack,
            [](void *arg) noexcept {
              auto &n = *static_cast<Nested *>(arg);
              n.order.push_back(2);
              Fiber::suspend();
              n.order.push_back(4);
            },
            &n);
        inner.resume();
        n.order.push_back(3);
        inner.resume();
        n.order.push_back(Fiber::current() == nullptr ? -1 : 5);
      },
      &nested);
  outer.resume();
  EXPECT_TRUE(outer.finished());
  EXPECT_EQ(nested.order, (std::vector<int>{1, 2, 3, 4, 5}));
}

TEST_F(FiberTest, MigratesBetweenThreads) {
  struct Hops {
    std::vector<std::thread::id> threads;
  } hops;
  Fiber fiber(
      stack(),
      [](void *arg) noexcept {
        auto &hops = *static_cast<Hops *>(arg);
        for (int i = 0; i < 4; ++i) {
          hops.threads.push_back(std::this_thread::get_id());
          Fiber::suspend();
        }
      },
      &hops);
  std::vector<std::thread::id> resumers;
  for (int i = 0; i < 4; ++i) {
    std::thread([&] {
      resumers.push_back(std::this_thread::get_id());
      fiber.resume();
      EXPECT_EQ(Fiber::current(), nullptr);
    }).join();
  }
  fiber.resume();
  EXPECT_TRUE(fiber.finished());
  EXPECT_EQ(hops.threads, resumers) << "each resume runs the fiber on the resuming thread";
}

TEST_F(FiberTest, ExceptionsThrownAndCaughtInsideAFiberWork) {
  std::string caught;
  Fiber fiber(
      stack(),
      [](void *arg) noexcept {
        try {
          Fiber::suspend(); // unwinding must work across a switch too
          throw std::runtime_error("sensor offline");
        } catch (const std::exception &e) {
          *static_cast<std::string *>(arg) = e.what();
        }
      },
      &caught);
  fiber.resume();
  fiber.resume();
  EXPECT_TRUE(fiber.finished());
  EXPECT_EQ(caught, "sensor offline");
}

int recurse(int depth) {
  volatile char frame[256];
  frame[0] = static_cast<char>(depth);
  return depth == 0 ? frame[0] : recurse(depth - 1) + 1;
}

TEST_F(FiberTest, UsesMostOfItsStackWithoutHarm) {
  // 128 frames of about 300 bytes: about 38 KiB of the 64 KiB default.
  int result = 0;
  Fiber fiber(
      stack(), [](void *arg) noexcept { *static_cast<int *>(arg) = recurse(128); }, &result);
  fiber.resume();
  EXPECT_EQ(result, 128);
  EXPECT_TRUE(StackPool::canary_intact(fiber.stack()));
}

TEST_F(FiberTest, ManyFibersAlive) {
  constexpr int kFibers = 2000;
  std::vector<std::unique_ptr<Fiber>> fibers;
  int finished = 0;
  for (int i = 0; i < kFibers; ++i) {
    fibers.push_back(std::make_unique<Fiber>(
        stack(),
        [](void *arg) noexcept {
          Fiber::suspend();
          ++*static_cast<int *>(arg);
        },
        &finished));
    fibers.back()->resume();
  }
  for (auto &fiber : fibers)
    fiber->resume();
  EXPECT_EQ(finished, kFibers);
}

} // namespace
} // namespace medi::detail
