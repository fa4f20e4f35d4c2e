// channel_test.cpp: both channel families, every flavor, with threads and with tasks: values
// arrive exactly once and in order per sender, back-pressure, rendezvous, disconnection on
// either side while blocked, draining, timeouts, destructor counts, and no lost wake-ups.
#include "../error/report_recorder.h"
#include "../sanitizers.h"
#include "channel_test_support.h"
#include "medi/channel.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <gtest/gtest.h>
#include <memory>
#include <numeric>
#include <string>

namespace medi {
namespace {

using namespace std::chrono_literals;
using test::Parties;
using test::Party;

#ifdef MEDI_TEST_SANITIZED
constexpr int kValuesPerProducer = 25'000; // the 250,000, scaled for sanitizer speed
#else
constexpr int kValuesPerProducer = 250'000;
#endif
constexpr std::size_t kUnbounded = ~std::size_t{0};

template <class T> std::pair<Sender<T>, Receiver<T>> make_channel(std::size_t capacity) {
  return capacity == kUnbounded ? create_unbounded_channel<T>()
                                : create_bounded_channel<T>(capacity);
}

// medic_runtime's example: a value sent from a spawned task arrives.
TEST(ChannelTest, SeedRoundTripThroughATask) {
  auto [tx, rx] = create_channel<int>();
  auto task = spawn_task([tx] { EXPECT_TRUE(tx.send(42).has_value()); });
  EXPECT_EQ(rx.recv(), 42);
  EXPECT_TRUE(task.join().has_value());
}

// A task's captures go when it finishes, not when its handle does: a receiver sees the
// disconnection while the Task handle is still held.
TEST(ChannelTest, TaskCapturesCloseWhenTheTaskEnds) {
  auto [tx, rx] = create_channel<int>();
  auto task = spawn_task([tx = std::move(tx)] { ASSERT_TRUE(tx.send(1).has_value()); });
  EXPECT_EQ(rx.recv(), 1);
  test::ReportRecorder recorder;
  set_error_reporter_with_context(recorder.callback());
  EXPECT_EQ(rx.recv(), std::unexpected(RecvError{})); // would hang if the capture lived on
  set_error_reporter_with_context(nullptr);
  EXPECT_TRUE(task.join().has_value());
}

TEST(ChannelTest, HandlesReportWhatTheyAre) {
  auto [tx, rx] = create_channel<int>();
  EXPECT_EQ(tx.capacity(), std::nullopt);
  auto [btx, brx] = create_bounded_channel<int>(3);
  EXPECT_EQ(btx.capacity(), 3u);
  EXPECT_EQ(brx.capacity(), 3u);
  ASSERT_TRUE(btx.send(1).has_value());
  ASSERT_TRUE(btx.send(2).has_value());
  EXPECT_EQ(brx.len(), 2u);
  EXPECT_FALSE(btx.is_full());
  ASSERT_TRUE(btx.send(3).has_value());
  EXPECT_TRUE(btx.is_full());
  auto [ztx, zrx] = create_bounded_channel<int>(0);
  EXPECT_EQ(ztx.capacity(), 0u);
  EXPECT_TRUE(zrx.is_empty());
}

class ChannelPartyTest : public ::testing::TestWithParam<Party> {};

// A range-for receives until the end of the stream, which it meets without a report.
TEST_P(ChannelPartyTest, RangeForReceivesEveryValueAndEndsQuietly) {
  test::ReportRecorder recorder;
  set_error_reporter_with_context(recorder.callback());
  auto [tx, rx] = create_bounded_channel<std::string>(4);
  auto [mtx, mrx] = create_channel<int>();
  Parties parties(GetParam());
  parties.start([tx = std::move(tx), mtx = std::move(mtx)] {
    for (int i = 0; i < 1000; ++i) {
      ASSERT_TRUE(tx.send(std::to_string(i)).has_value());
      ASSERT_TRUE(mtx.send(i).has_value());
    }
  });
  std::size_t count = 0, characters = 0;
  for (std::string &value : rx) {
    characters += value.size();
    ++count;
  }
  int expected = 0;
  for (int value : mrx)
    EXPECT_EQ(value, expected++);
  parties.join();
  set_error_reporter_with_context(nullptr);
  EXPECT_EQ(count, 1000u);
  EXPECT_EQ(characters, 10u + 2 * 90 + 3 * 900);
  EXPECT_EQ(expected, 1000);
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_P(ChannelPartyTest, TenThousandValuesSumThroughTheSeedChannel) {
  auto [tx, rx] = create_channel<int>();
  Parties parties(GetParam());
  parties.start([tx = std::move(tx)] {
    for (int i = 1; i <= 10'000; ++i)
      ASSERT_TRUE(tx.send(i).has_value());
  });
  long long sum = 0;
  for (int i = 0; i < 10'000; ++i)
    sum += *rx.recv();
  parties.join();
  EXPECT_EQ(sum, 10'000LL * 10'001 / 2);
  EXPECT_EQ(rx.try_recv(), std::unexpected(TryRecvError::Disconnected));
}

TEST_P(ChannelPartyTest, BackPressureKeepsOrderAndBound) {
  auto [tx, rx] = create_bounded_channel<int>(64);
  Parties parties(GetParam());
  std::atomic<std::size_t> most_buffered{0};
  parties.start([tx = std::move(tx), &most_buffered] {
    for (int i = 0; i < 2'000; ++i) {
      ASSERT_TRUE(tx.send(i).has_value());
      most_buffered = std::max(most_buffered.load(), tx.len());
    }
  });
  for (int i = 0; i < 2'000; ++i)
    ASSERT_EQ(rx.recv(), i);
  parties.join();
  EXPECT_LE(most_buffered.load(), 64u);
}

TEST_P(ChannelPartyTest, PingPongLosesNoWakeUp) {
  for (std::size_t capacity : {std::size_t{0}, std::size_t{1}, kUnbounded}) {
    auto [ping_tx, ping_rx] = make_channel<int>(capacity);
    auto [pong_tx, pong_rx] = make_channel<int>(capacity);
    Parties parties(GetParam());
    parties.start([ping_rx, pong_tx] {
      for (;;) {
        auto value = ping_rx.recv();
        if (!value || *value < 0)
          return;
        ASSERT_TRUE(pong_tx.send(*value + 1).has_value());
      }
    });
    for (int i = 0; i < 20'000; ++i) {
      ASSERT_TRUE(ping_tx.send(i).has_value());
      ASSERT_EQ(pong_rx.recv(), i + 1) << "capacity " << capacity;
    }
    ASSERT_TRUE(ping_tx.send(-1).has_value());
    parties.join();
  }
}

INSTANTIATE_TEST_SUITE_P(, ChannelPartyTest, ::testing::Values(Party::Threads, Party::Tasks),
                         test::party_name);

// --- 4 producers x 250,000 values, 4 consumers, for every flavor ---------------------------------

struct ManyToManyCase {
  Party party;
  std::size_t capacity; // kUnbounded; or medic_runtime's MPSC channel when mpsc
  bool mpsc = false;
};

std::string case_name(const ::testing::TestParamInfo<ManyToManyCase> &info) {
  const auto &c = info.param;
  std::string name = c.party == Party::Threads ? "Threads_" : "Tasks_";
  if (c.mpsc)
    return name + "SeedMpsc";
  return name + (c.capacity == kUnbounded ? std::string("Unbounded")
                                          : "Bounded" + std::to_string(c.capacity));
}

class ManyToManyTest : public ::testing::TestWithParam<ManyToManyCase> {};

TEST_P(ManyToManyTest, ExactCountAndChecksum) {
  const auto param = GetParam();
  constexpr int kProducers = 4;
  const int consumers = param.mpsc ? 1 : 4;
  std::atomic<std::int64_t> received{0}, checksum{0};
  Parties parties(param.party);
  auto consume = [&](auto receive) {
    std::int64_t count = 0, sum = 0;
    while (auto value = receive()) {
      ++count;
      sum += *value;
    }
    received += count;
    checksum += sum;
  };
  auto produce = [](const auto &tx, int producer) {
    for (int i = 0; i < kValuesPerProducer; ++i)
      ASSERT_TRUE(tx.send(std::int64_t{producer} * kValuesPerProducer + i).has_value());
  };
  {
    test::ReportRecorder quiet; // the consumers' final recv() ends the stream: not reported
    set_error_reporter_with_context(quiet.callback());
    if (param.mpsc) {
      auto [tx, rx] = create_channel<std::int64_t>();
      for (int p = 0; p < kProducers; ++p)
        parties.start([tx, p, &produce] { produce(tx, p); });
      {
        auto drop = std::move(tx);
      }
      parties.start([rx = std::make_shared<ReceiverHandle<std::int64_t>>(std::move(rx)), &consume] {
        consume([&] { return rx->recv(); });
      });
    } else {
      auto [tx, rx] = make_channel<std::int64_t>(param.capacity);
      for (int p = 0; p < kProducers; ++p)
        parties.start([tx, p, &produce] { produce(tx, p); });
      for (int c = 0; c < consumers; ++c)
        parties.start([rx, &consume] { consume([&] { return rx.recv(); }); });
      {
        auto drop_tx = std::move(tx);
      }
      {
        auto drop_rx = std::move(rx);
      }
    }
    parties.join();
    set_error_reporter_with_context(nullptr);
    EXPECT_EQ(quiet.size(), 0u);
  }
  const std::int64_t total = std::int64_t{kProducers} * kValuesPerProducer;
  EXPECT_EQ(received.load(), total);
  EXPECT_EQ(checksum.load(), total * (total - 1) / 2);
}

std::vector<ManyToManyCase> many_to_many_cases() {
  std::vector<ManyToManyCase> cases;
  for (Party party : {Party::Threads, Party::Tasks}) {
    for (std::size_t capacity : {std::size_t{0}, std::size_t{1}, std::size_t{64}, kUnbounded})
      cases.push_back({party, capacity});
    cases.push_back({party, kUnbounded, true});
  }
  return cases;
}

INSTANTIATE_TEST_SUITE_P(, ManyToManyTest, ::testing::ValuesIn(many_to_many_cases()), case_name);

// --- per-flavor behaviour -----------------------------------------------------------------------

class FlavorTest : public test::RecordingTest, public ::testing::WithParamInterface<std::size_t> {};

std::string capacity_name(const ::testing::TestParamInfo<std::size_t> &info) {
  return info.param == kUnbounded ? "Unbounded" : "Bounded" + std::to_string(info.param);
}

TEST_P(FlavorTest, RecvBlockedWhenTheLastSenderGoesSeesDisconnected) {
  auto [tx, rx] = make_channel<int>(GetParam());
  std::atomic<bool> started{false};
  std::thread receiver([&, rx = rx] {
    started = true;
    EXPECT_EQ(rx.recv(), std::unexpected(RecvError{}));
  });
  while (!started)
    std::this_thread::yield();
  {
    auto last = std::move(tx);
  } // whether or not the receiver is parked yet, it must wake
  receiver.join();
}

// Flavors whose send can block (not unbounded), and flavors that buffer (not rendezvous).
class BlockingSendTest : public FlavorTest {};
class BufferingTest : public FlavorTest {};

TEST_P(BlockingSendTest, SendBlockedWhenTheLastReceiverGoesGetsItsValueBack) {
  auto [tx, rx] = make_channel<std::string>(GetParam());
  for (std::size_t i = 0; i < GetParam(); ++i)
    ASSERT_TRUE(tx.send("filler").has_value());
  std::thread sender([tx = tx] {
    auto sent = tx.send("kept");
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().value, "kept");
  });
  {
    auto last = std::move(rx);
  }
  sender.join();
}

TEST_P(BufferingTest, DrainsEverythingBeforeReportingDisconnected) {
  const int count = GetParam() == kUnbounded ? 100 : static_cast<int>(GetParam());
  auto [tx, rx] = make_channel<int>(GetParam());
  for (int i = 0; i < count; ++i)
    ASSERT_TRUE(tx.send(i).has_value());
  {
    auto last = std::move(tx);
  }
  EXPECT_TRUE(rx.is_disconnected());
  for (int i = 0; i < count; ++i)
    ASSERT_EQ(rx.recv(), i);
  EXPECT_EQ(rx.recv(), std::unexpected(RecvError{}));
  EXPECT_EQ(rx.try_recv(), std::unexpected(TryRecvError::Disconnected));
}

TEST_P(FlavorTest, TimeoutsWaitAndHandTheValueBack) {
  auto [tx, rx] = make_channel<std::string>(GetParam());
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(rx.recv_for(20ms), std::unexpected(RecvTimeoutError::Timeout));
  EXPECT_GE(std::chrono::steady_clock::now() - start, 20ms);
  EXPECT_EQ(rx.recv_until(std::chrono::steady_clock::now() - 1s),
            std::unexpected(RecvTimeoutError::Timeout));
  if (GetParam() != kUnbounded) {
    for (std::size_t i = 0; i < GetParam(); ++i)
      ASSERT_TRUE(tx.send("filler").has_value());
    auto sent = tx.send_for("late", 10ms);
    ASSERT_FALSE(sent.has_value());
    EXPECT_TRUE(sent.error().is_timeout());
    EXPECT_EQ(sent.error().value, "late");
    auto tried = tx.try_send("full");
    ASSERT_FALSE(tried.has_value());
    EXPECT_TRUE(tried.error().is_full());
    EXPECT_EQ(tried.error().value, "full");
  }
  // Timeouts the caller asked for, like a Full try_send, are answers, not reports.
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_P(FlavorTest, TimedRecvInATaskWakesForAValueOrTheDeadline) {
  auto [tx, rx] = make_channel<int>(GetParam());
  Scheduler scheduler(1);
  auto waiter = scheduler.spawn_task([rx] {
    auto first = rx.recv_for(10s); // a value comes well before
    auto second = rx.recv_for(5ms);
    return first.value_or(-1) * 10 + (second ? 1 : 0);
  });
  ASSERT_TRUE(tx.send(7).has_value());
  EXPECT_EQ(*waiter.join(), 70);
}

struct Counted {
  static inline std::atomic<int> alive{0};
  int value;
  explicit Counted(int v) : value(v) { ++alive; }
  Counted(const Counted &other) : value(other.value) { ++alive; }
  Counted(Counted &&other) noexcept : value(other.value) { ++alive; }
  ~Counted() { --alive; }
};

TEST_P(FlavorTest, ExactlyOneDestructorPerValue) {
  Counted::alive = 0;
  {
    auto [tx, rx] = make_channel<Counted>(GetParam());
    if (GetParam() != 0) {
      const int buffered = GetParam() == kUnbounded ? 100 : static_cast<int>(GetParam());
      for (int i = 0; i < buffered; ++i)
        ASSERT_TRUE(tx.send(Counted(i)).has_value());
      EXPECT_EQ(Counted::alive.load(), buffered);
      auto first = rx.recv();
      ASSERT_TRUE(first.has_value());
      EXPECT_EQ(first->value, 0);
    }
    {
      auto gone = std::move(rx);
    }
    auto failed = tx.send(Counted(-1));
    ASSERT_FALSE(failed.has_value());
    EXPECT_EQ(failed.error().value.value, -1);
  } // the values still buffered are destroyed with the channel
  EXPECT_EQ(Counted::alive.load(), 0);
}

TEST_P(FlavorTest, MoveOnlyValues) {
  auto [tx, rx] = make_channel<std::unique_ptr<int>>(GetParam());
  std::thread sender([tx = tx] {
    for (int i = 0; i < 100; ++i)
      ASSERT_TRUE(tx.send(std::make_unique<int>(i)).has_value());
  });
  for (int i = 0; i < 100; ++i)
    ASSERT_EQ(**rx.recv(), i);
  sender.join();
}

INSTANTIATE_TEST_SUITE_P(, FlavorTest,
                         ::testing::Values(std::size_t{0}, std::size_t{1}, std::size_t{16},
                                           kUnbounded),
                         capacity_name);
INSTANTIATE_TEST_SUITE_P(, BlockingSendTest,
                         ::testing::Values(std::size_t{0}, std::size_t{1}, std::size_t{16}),
                         capacity_name);
INSTANTIATE_TEST_SUITE_P(, BufferingTest,
                         ::testing::Values(std::size_t{1}, std::size_t{16}, kUnbounded),
                         capacity_name);

TEST(RendezvousTest, SendWaitsForAReceiver) {
  auto [tx, rx] = create_bounded_channel<int>(0);
  test::ReportRecorder recorder;
  set_error_reporter_with_context(recorder.callback());
  EXPECT_TRUE(tx.try_send(1).error().is_full()) << "nobody receiving";
  EXPECT_EQ(rx.try_recv(), std::unexpected(TryRecvError::Empty)) << "nobody sending";
  EXPECT_TRUE(tx.send_for(2, 5ms).error().is_timeout());
  set_error_reporter_with_context(nullptr);
  std::thread receiver([rx = rx] { EXPECT_EQ(rx.recv(), 3); });
  EXPECT_TRUE(tx.send(3).has_value()); // returns once the receiver has the value
  EXPECT_EQ(rx.len(), 0u);
  receiver.join();
}

} // namespace
} // namespace medi
