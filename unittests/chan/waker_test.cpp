// waker_test.cpp: the lists of operations waiting on one side of a channel (medi/detail/channel/
// waker.h, runtime/chan/waker.cpp): which waiter a wake-up selects and what it hands over,
// unregistering after a timeout, a select never paired with itself, disconnection waking every
// waiter, and SyncWaker waking exactly one waiting thread per notify.
#include "medi/detail/channel/waker.h"

#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace medi::detail {
namespace {

using namespace std::chrono_literals;
constexpr std::uintptr_t kFirst = 0x1000, kSecond = 0x2000, kThird = 0x3000;

TEST(WakerTest, TrySelectTakesTheFirstWaiterAndHandsItThePacket) {
  Waker waker;
  EXPECT_FALSE(waker.try_select().has_value()) << "nobody waits";
  WaitContext first, second;
  int packet = 0;
  waker.register_operation(kFirst, first, &packet);
  waker.register_operation(kSecond, second);
  const auto chosen = waker.try_select();
  ASSERT_TRUE(chosen.has_value());
  EXPECT_EQ(chosen->operation, kFirst);
  EXPECT_EQ(chosen->context, &first);
  EXPECT_EQ(first.selected(), kFirst);
  EXPECT_EQ(first.wait_packet(), &packet);
  EXPECT_EQ(second.selected(), WaitContext::kWaiting);
  EXPECT_FALSE(waker.empty()) << "the second waiter is still registered";
  EXPECT_EQ(waker.try_select()->context, &second);
  EXPECT_TRUE(waker.empty());
}

TEST(WakerTest, AWaiterSelectedElsewhereIsPassedOver) {
  Waker waker;
  WaitContext taken, free;
  waker.register_operation(kFirst, taken);
  waker.register_operation(kSecond, free);
  ASSERT_TRUE(taken.try_select(WaitContext::kAborted)); // e.g. its deadline passed
  const auto chosen = waker.try_select();
  ASSERT_TRUE(chosen.has_value());
  EXPECT_EQ(chosen->context, &free);
  EXPECT_EQ(taken.selected(), WaitContext::kAborted);
}

TEST(WakerTest, UnregisterRemovesAWaiterUnlessItWasTaken) {
  Waker waker;
  WaitContext first, second;
  waker.register_operation(kFirst, first);
  waker.register_operation(kSecond, second);
  const auto removed = waker.unregister(kSecond);
  ASSERT_TRUE(removed.has_value());
  EXPECT_EQ(removed->context, &second);
  ASSERT_TRUE(waker.try_select().has_value()); // takes `first`
  EXPECT_FALSE(waker.unregister(kFirst).has_value()) << "already taken by the selection";
  EXPECT_FALSE(waker.unregister(kThird).has_value()) << "never registered";
  EXPECT_TRUE(waker.empty());
}

TEST(WakerTest, ASelectIsNeverPairedWithItself) {
  Waker waker;
  WaitContext own_select(/*for_select=*/true); // this thread's select, waiting on this channel
  waker.register_operation(kFirst, own_select);
  EXPECT_FALSE(waker.try_select().has_value()) << "the caller's own select was selected";
  EXPECT_EQ(own_select.selected(), WaitContext::kWaiting);
  std::optional<Waker::Entry> from_elsewhere;
  std::thread([&] { from_elsewhere = waker.try_select(); }).join();
  ASSERT_TRUE(from_elsewhere.has_value()) << "another thread may pair with it";
  EXPECT_EQ(from_elsewhere->context, &own_select);
}

TEST(WakerTest, DisconnectSelectsAndWakesEveryWaiter) {
  Waker waker;
  constexpr int kWaiters = 3;
  WaitContext *contexts[kWaiters] = {};
  std::atomic<int> registered{0};
  std::atomic<int> disconnected{0};
  std::mutex lock; // the channel's lock, which a plain Waker expects its caller to hold
  std::vector<std::thread> waiters;
  for (int i = 0; i < kWaiters; ++i)
    waiters.emplace_back([&, i] {
      WaitContext context;
      {
        std::lock_guard guard(lock);
        contexts[i] = &context;
        waker.register_operation(kFirst + 8 * i, context);
      }
      ++registered;
      if (context.wait_until(std::chrono::steady_clock::now() + 10s) == WaitContext::kDisconnected)
        ++disconnected;
      std::lock_guard guard(lock);
      waker.unregister(kFirst + 8 * i); // entries stay after a disconnect: each waiter leaves
    });
  while (registered.load() < kWaiters)
    std::this_thread::yield();
  {
    std::lock_guard guard(lock);
    waker.disconnect();
  }
  for (auto &waiter : waiters)
    waiter.join();
  EXPECT_EQ(disconnected.load(), kWaiters);
  EXPECT_TRUE(waker.empty());
}

TEST(SyncWakerTest, NotifyWithNobodyWaitingDoesNothing) {
  SyncWaker waker;
  waker.notify();
  WaitContext context;
  waker.register_operation(kFirst, context);
  waker.unregister(kFirst);
  waker.notify();
  EXPECT_EQ(context.selected(), WaitContext::kWaiting);
}

TEST(SyncWakerTest, EachNotifyWakesExactlyOneWaiter) {
  SyncWaker waker;
  constexpr int kWaiters = 2;
  WaitContext *contexts[kWaiters] = {};
  std::atomic<int> registered{0};
  std::atomic<int> woken{0};
  std::atomic<bool> leave{false}; // each waiter's context lives until the checks are done
  std::vector<std::thread> waiters;
  for (int i = 0; i < kWaiters; ++i)
    waiters.emplace_back([&, i] {
      WaitContext context;
      contexts[i] = &context;
      waker.register_operation(kFirst + 8 * i, context);
      ++registered;
      if (context.wait_until(std::chrono::steady_clock::now() + 10s) != WaitContext::kAborted)
        ++woken;
      else
        waker.unregister(kFirst + 8 * i);
      while (!leave.load())
        std::this_thread::yield();
    });
  while (registered.load() < kWaiters)
    std::this_thread::yield();
  auto selected_count = [&] {
    int count = 0;
    for (WaitContext *context : contexts)
      count += context->selected() != WaitContext::kWaiting;
    return count;
  };
  waker.notify();
  EXPECT_EQ(selected_count(), 1) << "one notify, one waiter";
  waker.notify();
  EXPECT_EQ(selected_count(), 2);
  waker.notify(); // nobody left: nothing happens
  const auto give_up = std::chrono::steady_clock::now() + 10s;
  while (woken.load() < kWaiters && std::chrono::steady_clock::now() < give_up)
    std::this_thread::yield();
  EXPECT_EQ(woken.load(), kWaiters);
  leave = true;
  for (auto &waiter : waiters)
    waiter.join();
}

TEST(SyncWakerTest, DisconnectWakesEveryWaiter) {
  SyncWaker waker;
  std::atomic<int> registered{0};
  std::atomic<int> disconnected{0};
  std::vector<std::thread> waiters;
  for (int i = 0; i < 3; ++i)
    waiters.emplace_back([&, i] {
      WaitContext context;
      waker.register_operation(kFirst + 8 * i, context);
      ++registered;
      if (context.wait_until(std::chrono::steady_clock::now() + 10s) == WaitContext::kDisconnected)
        ++disconnected;
      waker.unregister(kFirst + 8 * i);
    });
  while (registered.load() < 3)
    std::this_thread::yield();
  waker.disconnect();
  for (auto &waiter : waiters)
    waiter.join();
  EXPECT_EQ(disconnected.load(), 3);
}

} // namespace
} // namespace medi::detail
