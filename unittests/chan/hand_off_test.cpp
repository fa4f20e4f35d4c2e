// hand_off_test.cpp: the buffered channels' hand-off (include/medi/detail/channel/array_flavor.h,
// list_flavor.h). A receiver that frees a slot puts a waiting sender's value into the ring for
// it, and a sender that fills one takes the oldest value out for a waiting receiver. Each message
// still arrives exactly once, in each sender's order, and nobody is left waiting; the values record
// which task moved them, which shows that the hand-off did happen.
#include "../error/report_recorder.h"
#include "medi/channel.h"
#include "medi/task.h"

#include <array>
#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <thread>
#include <type_traits>
#include <vector>

namespace medi {
namespace {

using HandOffTest = test::ReportingTest;

// A message that records the task of every move it went through (up to kMoves of them).
struct Traced {
  static constexpr int kMoves = 12;
  int sender = 0;
  int sequence = 0;
  std::array<std::uint64_t, kMoves> movers{};
  int moves = 0;

  Traced(int sender, int sequence) : sender(sender), sequence(sequence) {}
  Traced(Traced &&other) noexcept
      : sender(other.sender), sequence(other.sequence), movers(other.movers), moves(other.moves) {
    if (moves < kMoves)
      movers[moves++] = this_task::id();
  }
  Traced &operator=(Traced &&) = delete;
};
static_assert(std::is_nothrow_move_constructible_v<Traced>);

struct Received {
  std::vector<Traced> values;
  std::uint64_t task = 0;
};

void expect_each_senders_order(const std::vector<Traced> &values, int senders, int per_sender) {
  ASSERT_EQ(values.size(), static_cast<std::size_t>(senders * per_sender));
  std::vector<int> next(senders, 0);
  for (const Traced &value : values) {
    ASSERT_GE(value.sender, 0);
    ASSERT_LT(value.sender, senders);
    EXPECT_EQ(value.sequence, next[value.sender]) << "sender " << value.sender;
    next[value.sender] = value.sequence + 1;
  }
  for (int s = 0; s < senders; ++s)
    EXPECT_EQ(next[s], per_sender) << "sender " << s;
}

// Whether a hand-off happens in one run depends on who is waiting when: each run is checked in
// full, and runs repeat (at most kRounds) until one shows the hand-off. A build without it never
// shows it and fails.
static constexpr int kRounds = 20;

template <typename Round> int rounds_until_handed_off(Round round) {
  for (int r = 0; r < kRounds; ++r) {
    const int handed_off = round();
    if (handed_off > 0 || ::testing::Test::HasFailure())
      return handed_off;
  }
  return 0;
}

TEST_F(HandOffTest, ParkedSendersValuesArePutIntoTheRingByTheReceiverOnceEachInOrder) {
  for (const std::size_t capacity : {std::size_t{1}, std::size_t{4}}) {
    const int handed_off = rounds_until_handed_off([capacity] {
      Scheduler scheduler(2);
      static constexpr int kSenders = 4, kEach = 3000;
      auto [tx, rx] = create_bounded_channel<Traced>(capacity);
      std::vector<Task<void>> senders;
      for (int s = 0; s < kSenders; ++s)
        senders.push_back(scheduler.spawn_task([s, tx = tx] {
          for (int i = 0; i < kEach; ++i)
            EXPECT_TRUE(tx.send(Traced(s, i)).has_value());
        }));
      tx = Sender<Traced>();
      auto receiver = scheduler.spawn_task([rx = std::move(rx)] {
        Received received{.values = {}, .task = this_task::id()};
        while (auto value = rx.recv())
          received.values.push_back(std::move(*value));
        return received;
      });
      for (auto &sender : senders)
        EXPECT_TRUE(sender.join().has_value());
      const auto received = receiver.join();
      EXPECT_TRUE(received.has_value());
      if (!received.has_value())
        return 0;
      expect_each_senders_order(received->values, kSenders, kEach);
      // The sender's value is built in place in send()'s parameter, so its first move is into
      // the ring: by the sender's task normally, by the receiver's when handed off.
      int count = 0;
      for (const Traced &value : received->values)
        count += value.moves >= 1 && value.movers[0] == received->task;
      return count;
    });
    EXPECT_GT(handed_off, 0) << "capacity " << capacity << ": no value was handed off";
  }
}

TEST_F(HandOffTest, AParkedReceiverGetsTheOldestValueTakenOutForItBySenders) {
  const int taken_for_it = rounds_until_handed_off([] {
    Scheduler scheduler(2);
    static constexpr int kEach = 3000;
    auto [tx, rx] = create_bounded_channel<Traced>(8);
    std::atomic<std::uint64_t> sender_task{0};
    // The receiver is slow to start and fast to wait: it finds the ring empty most of the time.
    auto receiver = scheduler.spawn_task([rx = rx] {
      Received received{.values = {}, .task = this_task::id()};
      while (auto value = rx.recv())
        received.values.push_back(std::move(*value));
      return received;
    });
    rx = Receiver<Traced>();
    auto sender = scheduler.spawn_task([&, tx = std::move(tx)] {
      sender_task = this_task::id();
      for (int i = 0; i < kEach; ++i) {
        EXPECT_TRUE(tx.send(Traced(0, i)).has_value());
        if (i % 16 == 0)
          yield_now(); // lets the receiver wait again
      }
    });
    EXPECT_TRUE(sender.join().has_value());
    const auto received = receiver.join();
    EXPECT_TRUE(received.has_value());
    if (!received.has_value())
      return 0;
    expect_each_senders_order(received->values, 1, kEach);
    // First into the ring, then out of it: both by the sender when it took the value out for
    // the waiting receiver (normally the second move is the receiver's).
    int count = 0;
    for (const Traced &value : received->values)
      count += value.moves >= 2 && value.movers[0] == sender_task.load() &&
               value.movers[1] == sender_task.load();
    return count;
  });
  EXPECT_GT(taken_for_it, 0) << "no value was taken out for a waiting receiver";
}

TEST_F(HandOffTest, ParkedReceiversOfAnUnboundedChannelGetValuesTakenOutForThem) {
  const int taken_for_one = rounds_until_handed_off([] {
    Scheduler scheduler(2);
    static constexpr int kSenders = 2, kReceivers = 3, kEach = 3000;
    auto [tx, rx] = create_unbounded_channel<Traced>();
    std::vector<std::atomic<std::uint64_t>> sender_tasks(kSenders);
    std::vector<Task<std::vector<Traced>>> receivers;
    for (int r = 0; r < kReceivers; ++r)
      receivers.push_back(scheduler.spawn_task([rx = rx] {
        std::vector<Traced> values;
        while (auto value = rx.recv())
          values.push_back(std::move(*value));
        return values;
      }));
    rx = Receiver<Traced>();
    std::vector<Task<void>> senders;
    for (int s = 0; s < kSenders; ++s)
      senders.push_back(scheduler.spawn_task([&, s, tx = tx] {
        sender_tasks[s] = this_task::id();
        for (int i = 0; i < kEach; ++i) {
          EXPECT_TRUE(tx.send(Traced(s, i)).has_value());
          if (i % 8 == 0)
            yield_now(); // lets receivers run dry and wait again
        }
      }));
    tx = Sender<Traced>();
    for (auto &sender : senders)
      EXPECT_TRUE(sender.join().has_value());
    std::vector<int> count(kSenders, 0);
    int taken = 0;
    for (auto &receiver : receivers) {
      auto values = receiver.join();
      EXPECT_TRUE(values.has_value());
      if (!values.has_value())
        continue;
      std::vector<int> last(kSenders, -1);
      for (const Traced &value : *values) {
        EXPECT_GT(value.sequence, last[value.sender]) << "each sender's order, per receiver";
        last[value.sender] = value.sequence;
        ++count[value.sender];
        const std::uint64_t sender = sender_tasks[value.sender].load();
        taken += value.moves >= 2 && value.movers[0] == sender && value.movers[1] == sender;
      }
    }
    for (int s = 0; s < kSenders; ++s)
      EXPECT_EQ(count[s], kEach) << "sender " << s;
    return taken;
  });
  EXPECT_GT(taken_for_one, 0) << "no value was taken out for a waiting receiver";
}

TEST_F(HandOffTest, ThreadsAndTasksMixedLoseNothing) {
  Scheduler scheduler(2);
  static constexpr int kTaskSenders = 3, kThreadSenders = 2, kEach = 2000;
  auto [tx, rx] = create_bounded_channel<Traced>(1);
  std::vector<Task<void>> task_senders;
  for (int s = 0; s < kTaskSenders; ++s)
    task_senders.push_back(scheduler.spawn_task([s, tx = tx] {
      for (int i = 0; i < kEach; ++i)
        EXPECT_TRUE(tx.send(Traced(s, i)).has_value());
    }));
  std::vector<std::thread> thread_senders;
  for (int s = kTaskSenders; s < kTaskSenders + kThreadSenders; ++s)
    thread_senders.emplace_back([s, tx = tx] {
      for (int i = 0; i < kEach; ++i)
        EXPECT_TRUE(tx.send(Traced(s, i)).has_value());
    });
  tx = Sender<Traced>();
  // Two receivers, a task and a thread: each sees each sender's values in order.
  auto task_receiver = scheduler.spawn_task([rx = rx] {
    std::vector<Traced> values;
    while (auto value = rx.recv())
      values.push_back(std::move(*value));
    return values;
  });
  std::vector<Traced> thread_values;
  std::thread thread_receiver([&, rx = std::move(rx)] {
    while (auto value = rx.recv())
      thread_values.push_back(std::move(*value));
  });
  for (auto &sender : task_senders)
    ASSERT_TRUE(sender.join().has_value());
  for (auto &thread : thread_senders)
    thread.join();
  auto task_values = task_receiver.join();
  thread_receiver.join();
  ASSERT_TRUE(task_values.has_value());
  static constexpr int kSenders = kTaskSenders + kThreadSenders;
  std::vector<int> last_task(kSenders, -1), last_thread(kSenders, -1);
  std::vector<int> count(kSenders, 0);
  for (const Traced &value : *task_values) {
    EXPECT_GT(value.sequence, last_task[value.sender]);
    last_task[value.sender] = value.sequence;
    ++count[value.sender];
  }
  for (const Traced &value : thread_values) {
    EXPECT_GT(value.sequence, last_thread[value.sender]);
    last_thread[value.sender] = value.sequence;
    ++count[value.sender];
  }
  for (int s = 0; s < kSenders; ++s)
    EXPECT_EQ(count[s], kEach) << "sender " << s;
}

TEST_F(HandOffTest, ADisconnectWhileASenderWaitsHandsItsValueBack) {
  test::ReportRecorder recorder; // the failed send is reported
  Scheduler scheduler(1);
  auto [tx, rx] = create_bounded_channel<Traced>(1);
  ASSERT_TRUE(tx.send(Traced(0, 0)).has_value()); // full
  std::atomic<bool> waiting{false};
  auto sender = scheduler.spawn_task([&, tx = tx] {
    waiting = true;
    auto sent = tx.send(Traced(0, 1)); // parks: full
    return sent.has_value() ? -1 : sent.error().value.sequence;
  });
  while (!waiting.load())
    std::this_thread::yield();
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  rx = Receiver<Traced>(); // the only receiver goes: the waiting send fails, value back
  EXPECT_EQ(sender.join(), 1);
}

} // namespace
} // namespace medi
