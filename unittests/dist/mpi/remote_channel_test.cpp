// Remote channels between ranks: run under `mpirun -np 2` and `-np 4` (ctest does both). Every
// test is collective: each rank runs it, in the same order, playing the part its rank gives it
// (rank 0 usually owns the channel). Waits have deadlines, so a failure on one rank fails the
// test instead of hanging the others.
#include "dist/link.h"
#include "dist/world.h"
#include "medi/deadlock.h"
#include "medi/dist.h"
#include "medi/error.h"
#include "medi/task.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <sys/resource.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace medi::dist {
namespace {

using namespace std::chrono_literals;
constexpr auto kPatience = 60s; // far beyond any wait here: reached only on a failure
constexpr auto kSoon = 20s;     // where a lost wake-up would otherwise hang the test

struct Item {
  int sender;
  int seq;
};

// Reports seen on this rank, by op tag.
class Reports {
public:
  Reports() {
    set_error_reporter_with_context([this](const RuntimeError &error, const RuntimeContext &at) {
      std::lock_guard lock(mutex_);
      seen_.push_back({std::string(at.op), error.to_string()});
    });
  }
  ~Reports() { set_error_reporter_with_context(nullptr); }
  int count(std::string_view op) const {
    std::lock_guard lock(mutex_);
    int n = 0;
    for (const auto &[tag, text] : seen_)
      n += tag == op;
    return n;
  }
  std::string last() const {
    std::lock_guard lock(mutex_);
    return seen_.empty() ? "" : seen_.back().second;
  }

private:
  mutable std::mutex mutex_;
  std::vector<std::pair<std::string, std::string>> seen_;
};

void sync() {
  ASSERT_TRUE(barrier().has_value());
}

TEST(RemoteChannel, EachSendersValuesArriveInOrderAndTheStreamEnds) {
  constexpr int kPerSender = 5000;
  if (rank() == 0) {
    auto rx = open<Item>("ordered", {.capacity = 16, .senders = std::size_t(size() - 1)});
    ASSERT_TRUE(rx.has_value());
    std::map<int, int> next;
    int received = 0;
    for (;;) {
      auto item = rx->recv_for(kPatience);
      if (!item) {
        EXPECT_EQ(item.error(), RecvTimeoutError::Disconnected);
        break;
      }
      EXPECT_EQ(item->seq, next[item->sender]++) << "from rank " << item->sender;
      ++received;
    }
    EXPECT_EQ(received, kPerSender * (size() - 1));
  } else {
    auto tx = connect<Item>("ordered", 0);
    ASSERT_TRUE(tx.has_value());
    for (int i = 0; i < kPerSender; ++i)
      ASSERT_TRUE(tx->send({rank(), i}).has_value());
  }
  sync();
}

TEST(RemoteChannel, ManyTasksOnEveryRankExactCountsAndChecksums) {
  constexpr int kTasks = 4, kPerTask = 2000;
  const int owner = size() - 1;
  std::optional<RemoteReceiver<std::int64_t>> rx;
  if (rank() == owner) {
    auto opened = open<std::int64_t>("checksum", {.capacity = 64, .senders = std::size_t(size())});
    ASSERT_TRUE(opened.has_value());
    rx = std::move(*opened);
  }
  {
    auto tx = connect<std::int64_t>("checksum", owner); // the owner's own senders are local
    ASSERT_TRUE(tx.has_value());
    Scheduler scheduler(2);
    std::vector<Task<void>> tasks;
    for (int t = 0; t < kTasks; ++t)
      tasks.push_back(scheduler.spawn_task([tx = *tx, t] {
        for (int i = 0; i < kPerTask; ++i)
          ASSERT_TRUE(tx.send(std::int64_t(rank()) * 1000000 + t * 10000 + i).has_value());
      }));
    *tx = {}; // the tasks hold the senders now: the stream ends when the last task does
    if (rx) {
      std::int64_t count = 0, sum = 0;
      while (auto value = rx->recv_for(kPatience)) {
        ++count;
        sum += *value;
      }
      std::int64_t expected = 0;
      for (std::int64_t r = 0; r < size(); ++r)
        for (std::int64_t t = 0; t < kTasks; ++t)
          for (std::int64_t i = 0; i < kPerTask; ++i)
            expected += r * 1000000 + t * 10000 + i;
      EXPECT_EQ(count, std::int64_t(size()) * kTasks * kPerTask);
      EXPECT_EQ(sum, expected);
    }
    for (auto &task : tasks)
      EXPECT_TRUE(task.join().has_value());
  }
  sync();
}

TEST(RemoteChannel, TheCapacityHoldsAcrossRanks) {
  constexpr std::size_t kCapacity = 4;
  if (rank() == 0) {
    auto rx = open<int>("pressure", {.capacity = kCapacity, .senders = std::size_t(size() - 1)});
    auto counts = open<int>("pressure.counts", {.capacity = 8, .senders = std::size_t(size() - 1)});
    ASSERT_TRUE(rx && counts);
    // Nobody receives yet: every sender stops at the capacity, whichever rank it is on.
    int accepted = 0;
    for (int r = 1; r < size(); ++r) {
      auto count = counts->recv_for(kPatience);
      ASSERT_TRUE(count.has_value());
      accepted += *count;
    }
    EXPECT_GE(accepted, 1);
    EXPECT_LE(accepted, int(kCapacity));
    EXPECT_EQ(rx->len(), std::size_t(accepted));
    sync();
    int received = 0;
    while (auto value = rx->recv_for(kPatience)) {
      EXPECT_LE(rx->len(), kCapacity);
      ++received;
      if (received % 50 == 0)
        std::this_thread::sleep_for(1ms); // a slow consumer
    }
    EXPECT_EQ(received, accepted + 200 * (size() - 1));
  } else {
    auto tx = connect<int>("pressure", 0);
    auto counts = connect<int>("pressure.counts", 0);
    ASSERT_TRUE(tx && counts);
    int accepted = 0;
    while (tx->send_for(accepted, 300ms))
      ++accepted;
    ASSERT_TRUE(counts->send(accepted).has_value());
    sync();
    for (int i = 0; i < 200; ++i)
      ASSERT_TRUE(tx->send(i).has_value());
  }
  sync();
}

TEST(RemoteChannel, ARendezvousSendReturnsOnceTheValueIsTaken) {
  if (rank() == 0) {
    auto rx = open<int>("rendezvous", {.capacity = 0});
    ASSERT_TRUE(rx.has_value());
    sync(); // rank 1 tries while nobody receives
    sync();
    std::this_thread::sleep_for(300ms);
    for (int i = 0; i < 200; ++i)
      EXPECT_EQ(rx->recv_for(kPatience), i);
    EXPECT_FALSE(rx->recv_for(kPatience).has_value());
  } else if (rank() == 1) {
    auto tx = connect<int>("rendezvous", 0);
    ASSERT_TRUE(tx.has_value());
    auto early = tx->send_for(-1, 50ms);
    ASSERT_FALSE(early.has_value());
    EXPECT_TRUE(early.error().is_timeout());
    EXPECT_EQ(early.error().value, -1);
    sync();
    sync();
    const auto start = std::chrono::steady_clock::now();
    // The receiver starts 300 ms after it left the barrier; this rank may leave it later (on a
    // loaded machine, by over 10 ms).
    ASSERT_TRUE(tx->send(0).has_value());
    EXPECT_GE(std::chrono::steady_clock::now() - start, 200ms);
    for (int i = 1; i < 200; ++i)
      ASSERT_TRUE(tx->send(i).has_value());
  } else {
    sync();
    sync();
  }
  sync();
}

TEST(RemoteChannel, WhenTheReceiverGoesSendersGetTheirValuesBack) {
  Reports reports;
  if (rank() == 0) {
    auto rx = open<int>("closing", {.capacity = 2});
    ASSERT_TRUE(rx.has_value());
    for (int i = 0; i < 10; ++i)
      EXPECT_EQ(rx->recv_for(kPatience), i);
    *rx = {};
  } else if (rank() == 1) {
    auto tx = connect<int>("closing", 0);
    ASSERT_TRUE(tx.has_value());
    int next = 0;
    std::expected<void, SendTimeoutError<int>> sent;
    while ((sent = tx->send_for(next, kPatience)))
      ++next;
    EXPECT_TRUE(sent.error().is_disconnected());
    EXPECT_EQ(sent.error().value, next); // handed back
    EXPECT_GE(next, 10);
    EXPECT_LE(next, 12); // what was received, and at most the capacity more
    EXPECT_EQ(reports.count("dist.send"), 1);
  }
  sync();
}

TEST(RemoteChannel, AConnectWaitsForTheOpenOrTimesOutWithAReport) {
  Reports reports;
  if (rank() == 0) {
    std::this_thread::sleep_for(200ms);
    auto rx = open<int>("late", {.capacity = 1, .senders = std::size_t(size() - 1)});
    ASSERT_TRUE(rx.has_value());
    int received = 0;
    while (rx->recv_for(kPatience))
      ++received;
    EXPECT_EQ(received, size() - 1);
  } else {
    auto tx = connect<int>("late", 0); // before the open
    ASSERT_TRUE(tx.has_value());
    ASSERT_TRUE(tx->send(rank()).has_value());
    const auto line = std::source_location::current().line() + 1;
    auto never = connect_for<int>("nobody", 0, 100ms);
    ASSERT_FALSE(never.has_value());
    EXPECT_EQ(never.error(), ConnectError::Timeout);
    EXPECT_EQ(reports.count("dist.connect"), 1);
    EXPECT_NE(reports.last().find("\"nobody\" on rank 0"), std::string::npos);
    (void)line;
  }
  sync();
}

// Rank 0 has nothing open for a while, so its progress thread sleeps until something wakes it;
// then a task opens a channel and parks on it, while no thread on rank 0 polls, and only then do
// the other ranks connect. The open itself must wake the progress thread, or their connects and
// values are never taken in.
TEST(RemoteChannel, AnOpenWakesAProgressThreadThatSleptWithNothingOpen) {
  if (rank() == 0) {
    std::this_thread::sleep_for(300ms); // the progress thread runs out of polling rounds
    Scheduler scheduler(1);
    auto receiver = scheduler.spawn_task([senders = std::size_t(size() - 1)] {
      auto rx = open<int>("woken", {.capacity = 1, .senders = senders});
      if (!rx)
        return -1;
      int sum = 0;
      while (auto value = rx->recv_for(kSoon))
        sum += *value;
      return sum;
    });
    EXPECT_EQ(*receiver.join(), (size() - 1) * size() / 2); // ranks 1 .. size - 1
  } else {
    std::this_thread::sleep_for(600ms); // rank 0 has opened by now
    auto tx = connect_for<int>("woken", 0, kSoon);
    EXPECT_TRUE(tx.has_value()); // not ASSERT: every rank must reach the barrier below
    EXPECT_TRUE(tx && tx->send(rank()).has_value());
  }
  sync();
}

TEST(RemoteChannel, TasksParkOnRemoteOperationsWhileOthersRun) {
  const int other = 1 - std::min(rank(), 1); // ranks 0 and 1 talk; the rest only synchronise
  if (rank() > 1) {
    sync();
    sync();
    return;
  }
  auto rx = open<int>(rank() == 0 ? "park.0" : "park.1", {.capacity = 1});
  ASSERT_TRUE(rx.has_value());
  auto tx = connect<int>(rank() == 0 ? "park.1" : "park.0", other);
  ASSERT_TRUE(tx.has_value());
  sync();
  Scheduler scheduler(1); // one worker: a task blocking it would stop the others
  auto receiver = scheduler.spawn_task([rx = *rx] { return rx.recv_for(kPatience).value_or(-1); });
  auto sender = scheduler.spawn_task([tx = *tx] {
    // The second send waits for a credit: the other rank receives only after a while.
    return tx.send(1).has_value() && tx.send(2).has_value();
  });
  std::atomic<int> work{0};
  auto busy = scheduler.spawn_task([&work] {
    for (int i = 0; i < 1000; ++i) {
      ++work;
      yield_now();
    }
  });
  EXPECT_TRUE(busy.join().has_value());
  EXPECT_EQ(work.load(), 1000); // done while the other two were parked
  std::this_thread::sleep_for(100ms);
  EXPECT_EQ(*receiver.join(), 1);
  EXPECT_EQ(rx->recv_for(kPatience), 2);
  EXPECT_TRUE(*sender.join());
  sync();
}

// Byte buffers of every size on one connection, small ones (in the frame) and large ones (sent
// as a message of their own, from the sender's buffer) mixed: each arrives whole, in order.
Bytes pattern(int sender, int index, std::size_t size) {
  Bytes bytes(size);
  for (std::size_t i = 0; i < size; ++i)
    bytes[i] = std::byte(static_cast<unsigned>(sender * 31 + index * 7 + i * 13));
  if (size > 0)
    bytes[0] = std::byte(sender); // so the receiver knows whose it is
  return bytes;
}

void sizes_arrive_whole(bool phi) {
  const std::size_t sizes[] = {1, 100, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1,
                               5, 32,  (1 << 20) + 3, 2,         3 << 20};
  constexpr int kRounds = 3;
  const std::string name = phi ? "sizes.phi" : "sizes";
  if (rank() == 0) {
    auto rx = open<Bytes>(name, {.capacity = 4, .phi = phi, .senders = std::size_t(size() - 1)});
    ASSERT_TRUE(rx.has_value());
    std::map<int, int> next;
    int received = 0;
    while (auto bytes = rx->recv_for(kPatience)) {
      ASSERT_GE(bytes->size(), 1u);
      const int sender = static_cast<int>(std::to_integer<unsigned>((*bytes)[0]));
      const int index = next[sender]++;
      const Bytes expected = pattern(sender, index, sizes[index % std::size(sizes)]);
      ASSERT_EQ(bytes->size(), expected.size()) << "from rank " << sender << ", value " << index;
      EXPECT_TRUE(*bytes == expected) << "from rank " << sender << ", value " << index;
      ++received;
    }
    EXPECT_EQ(received, (size() - 1) * kRounds * int(std::size(sizes)));
  } else {
    auto tx = connect<Bytes>(name, 0, {.phi = phi});
    ASSERT_TRUE(tx.has_value());
    int index = 0;
    for (int round = 0; round < kRounds; ++round)
      for (std::size_t size : sizes)
        ASSERT_TRUE(tx->send(pattern(rank(), index++, size)).has_value());
  }
}

TEST(RemoteChannel, BuffersOfEverySizeArriveWholeAndInOrder) {
  sizes_arrive_whole(false);
  sync();
}

// A large value from another rank lands in the buffer this rank recycled last, whole, with its
// own size; values sent from buffer() arrive intact.
TEST(RemoteChannel, ALargeValueArrivesInTheBufferRecycledLast) {
  constexpr std::size_t kSize = (std::size_t{1} << 20) - 3;
  if (rank() == 0) {
    auto rx = open<Bytes>("recycled", {.capacity = 1});
    ASSERT_TRUE(rx.has_value());
    Bytes spare(std::size_t{1} << 20, std::byte{0xab});
    const std::byte *storage = spare.data();
    recycle(std::move(spare));
    sync(); // recycled before rank 1 sends
    const auto value = rx->recv_for(kPatience);
    ASSERT_TRUE(value.has_value());
    EXPECT_EQ(value->data(), storage);
    EXPECT_TRUE(*value == pattern(1, 0, kSize));
    for (int index = 1; index < 8; ++index) {
      auto next = rx->recv_for(kPatience);
      ASSERT_TRUE(next.has_value());
      EXPECT_TRUE(*next == pattern(1, index, kSize - index)) << "value " << index;
      recycle(std::move(*next)); // the next value lands in it
    }
  } else {
    sync();
    if (rank() == 1) {
      auto tx = connect<Bytes>("recycled", 0);
      ASSERT_TRUE(tx.has_value());
      for (int index = 0; index < 8; ++index) {
        Bytes value = buffer(kSize - index);
        const Bytes expected = pattern(1, index, kSize - index);
        std::copy(expected.begin(), expected.end(), value.begin());
        ASSERT_TRUE(tx->send(std::move(value)).has_value());
      }
    }
  }
  sync();
}

// A send of a large value returns once the value has left (link.h), its buffer back in the pool:
// a sender taking each value's buffer from buffer() sends a whole stream from one buffer, on a
// deep channel too, whether it is the program's thread (which drives MPI while it waits) or a
// task (which parks). Every value arrives whole, in order.
TEST(RemoteChannel, AStreamOfLargeValuesIsSentFromOneBuffer) {
  constexpr std::size_t kSize = 256 * 1024;
  constexpr int kValues = 40;
  const auto stream = [](const RemoteSender<Bytes> &tx, int sender) {
    std::set<const std::byte *> buffers;
    for (int index = 0; index < kValues; ++index) {
      Bytes value = buffer(kSize);
      const Bytes expected = pattern(sender, index, kSize);
      std::copy(expected.begin(), expected.end(), value.begin());
      buffers.insert(value.data());
      if (!tx.send(std::move(value)))
        return std::size_t{0};
    }
    return buffers.size();
  };
  if (rank() == 0) {
    for (const char *name : {"large.thread", "large.task"}) {
      auto rx = open<Bytes>(name, {.capacity = 64});
      ASSERT_TRUE(rx.has_value());
      sync();
      for (int index = 0; index < kValues; ++index) {
        auto value = rx->recv_for(kPatience);
        ASSERT_TRUE(value.has_value()) << name << " value " << index;
        ASSERT_TRUE(*value == pattern(1, index, kSize)) << name << " value " << index;
        recycle(std::move(*value));
      }
      EXPECT_EQ(rx->recv_for(kPatience).error(), RecvTimeoutError::Disconnected);
    }
  } else {
    for (const bool in_task : {false, true}) {
      sync();
      if (rank() != 1)
        continue;
      auto tx = connect<Bytes>(in_task ? "large.task" : "large.thread", 0);
      ASSERT_TRUE(tx.has_value());
      std::size_t buffers = 0;
      if (in_task) {
        Scheduler scheduler(1);
        buffers =
            *scheduler.spawn_task([tx = std::move(*tx), &stream] { return stream(tx, 1); }).join();
      } else {
        buffers = stream(*tx, 1);
        *tx = {};
      }
      EXPECT_EQ(buffers, std::size_t{1}) << (in_task ? "task" : "thread") << " (0: a send failed)";
    }
  }
  sync();
}

// While large values stream to a program thread that polls for them, and from one that polls
// while each leaves, the progress thread of each rank naps longer and longer between its looks
// (nap.h), up to kLongestNap, instead of waking every kFirstNap beside the copies.
TEST(RemoteChannel, WhileLargeValuesMoveTheProgressThreadLooksSeldom) {
  constexpr std::size_t kSize = 1 << 20;
  constexpr int kValues = 300;
  auto &world = detail::World::get();
  std::uint64_t looks_before = 0, naps_before = 0;
  const auto begin = [&] {
    looks_before = world.polled_looks.load();
    naps_before = world.polled_naps_us.load();
  };
  const auto check = [&](const char *side) {
    const std::uint64_t looks = world.polled_looks.load() - looks_before;
    const std::uint64_t naps_us = world.polled_naps_us.load() - naps_before;
    // Past the first kRamp looks (the naps growing from kFirstNap), 200 us a nap on average.
    constexpr std::uint64_t kRamp = 6;
    EXPECT_GE(naps_us, 200 * (std::max(looks, kRamp) - kRamp))
        << side << ": " << looks << " looks, " << naps_us << " us of naps";
  };
  if (rank() == 0) {
    auto rx = open<Bytes>("looks", {.capacity = 64});
    ASSERT_TRUE(rx.has_value());
    sync();
    begin();
    for (int index = 0; index < kValues; ++index) {
      auto value = rx->recv_for(kPatience);
      ASSERT_TRUE(value.has_value()) << "value " << index;
      ASSERT_EQ(value->size(), kSize);
      recycle(std::move(*value));
    }
    check("receiver");
  } else {
    sync();
    if (rank() == 1) {
      auto tx = connect<Bytes>("looks", 0);
      ASSERT_TRUE(tx.has_value());
      begin();
      for (int index = 0; index < kValues; ++index)
        ASSERT_TRUE(tx->send(buffer(kSize)).has_value()) << "value " << index;
      check("sender");
    }
  }
  sync();
}

// A round of the progress thread receives at most one large value: a program thread that polls
// for the next one gets it in its own round, into the buffer it has just recycled. Here the
// receiving program thread waits at a barrier while the values arrive, so no receive takes them:
// rounds do (the progress thread's, mostly), each frame coming while the last value's body is
// still being received.
TEST(RemoteChannel, ARoundReceivesOneLargeValueAtMost) {
  constexpr std::size_t kSize = 1 << 20;
  constexpr int kValues = 24;
  auto &world = detail::World::get();
  if (rank() == 0) {
    auto rx = open<Bytes>("one.large", {.capacity = 64});
    ASSERT_TRUE(rx.has_value());
    const std::uint64_t values_before = world.large_values_received.load();
    const std::uint64_t rounds_before = world.large_value_rounds.load();
    sync();
    sync(); // rank 1 has sent them all: they are in the channel's buffer
    const std::uint64_t values = world.large_values_received.load() - values_before;
    const std::uint64_t rounds = world.large_value_rounds.load() - rounds_before;
    EXPECT_EQ(values, std::uint64_t{kValues});
    EXPECT_EQ(rounds, values);
    EXPECT_EQ(rx->len(), std::size_t{kValues});
    for (int index = 0; index < kValues; ++index) {
      const auto value = rx->recv_for(kPatience);
      ASSERT_TRUE(value.has_value()) << "value " << index;
      ASSERT_EQ(value->size(), kSize) << "value " << index;
    }
  } else {
    sync();
    if (rank() == 1) {
      auto tx = connect<Bytes>("one.large", 0);
      ASSERT_TRUE(tx.has_value());
      for (int index = 0; index < kValues; ++index)
        ASSERT_TRUE(tx->send(buffer(kSize)).has_value()) << "value " << index;
    }
    sync();
  }
  sync();
}

// A large value's try_send does not wait for it to leave, and while it is in flight a try_send of
// another large value does not wait either: it fails as Full and hands the value back whole; a
// value under 64 KiB still goes. A value of 16 MiB takes a millisecond or more to copy across, so
// the second try_send finds the first in flight unless this thread is descheduled that long; the
// test tries again if so.
TEST(RemoteChannel, ATrySendOfALargeValueIsFullWhileTheLastIsInFlight) {
  constexpr std::size_t kBig = std::size_t{16} << 20;
  constexpr std::size_t kLarge = 64 * 1024;
  // The first send and at most 3 values an attempt stay within the 16 credits the first send asks
  // for (a quarter of the capacity), so a Full here is never for want of a credit.
  constexpr int kAttempts = 5;
  const auto marked = [](std::size_t size, int index) {
    Bytes bytes = buffer(size);
    bytes.front() = std::byte(index);
    bytes.back() = std::byte(index);
    return bytes;
  };
  if (rank() == 0) {
    auto rx = open<Bytes>("large.try", {.capacity = 64});
    ASSERT_TRUE(rx.has_value());
    sync();
    int next = 0;
    while (auto value = rx->recv_for(kPatience)) {
      ASSERT_FALSE(value->empty());
      EXPECT_EQ(value->front(), std::byte(next)) << "value " << next;
      EXPECT_EQ(value->back(), std::byte(next)) << "value " << next;
      ++next;
      recycle(std::move(*value));
    }
    EXPECT_GE(next, 3); // the first value, a big one and the small one sent while it was in flight
  } else {
    sync();
    if (rank() == 1) {
      auto tx = connect<Bytes>("large.try", 0);
      ASSERT_TRUE(tx.has_value());
      int index = 0;
      ASSERT_TRUE(tx->send(Bytes(8, std::byte(index++))).has_value()); // fetches the credits
      bool full = false;
      for (int attempt = 0; attempt < kAttempts && !full; ++attempt) {
        auto big = tx->try_send(marked(kBig, index));
        if (!big) { // the last attempt's big value is still leaving
          ASSERT_TRUE(big.error().is_full());
          std::this_thread::sleep_for(std::chrono::milliseconds(10));
          continue;
        }
        ++index;
        auto tried = tx->try_send(marked(kLarge, index));
        if (tried) {
          ++index;
          continue;
        }
        ASSERT_TRUE(tried.error().is_full());
        EXPECT_EQ(tried.error().value.size(), kLarge);
        EXPECT_EQ(tried.error().value.front(), std::byte(index));
        full = true;
        // A small value does not wait for the large one.
        ASSERT_TRUE(tx->try_send(Bytes(8, std::byte(index++))).has_value());
      }
      EXPECT_TRUE(full) << "no large value was still in flight in " << kAttempts << " tries";
    }
  }
  sync();
}

// Frames queued together for one rank travel in one message: tasks (which never drive MPI)
// queue values of mixed sizes on several channels at once, small ones in the message and large
// ones after it; each channel's values arrive whole and in order.
TEST(RemoteChannel, ValuesQueuedTogetherByTasksArriveWholeAndInOrder) {
  constexpr int kChannels = 4;
  constexpr int kPerChannel = 40;
  const auto size_of = [](int index) -> std::size_t {
    return index % 5 == 4 ? detail::kSeparateBodyBytes + 17 * index : 8 + index;
  };
  if (rank() == 0) {
    std::vector<RemoteReceiver<Bytes>> receivers;
    for (int channel = 0; channel < kChannels; ++channel) {
      auto rx = open<Bytes>("together." + std::to_string(channel), {.capacity = 8});
      ASSERT_TRUE(rx.has_value());
      receivers.push_back(std::move(*rx));
    }
    sync();
    for (int index = 0; index < kPerChannel; ++index)
      for (int channel = 0; channel < kChannels; ++channel) {
        const auto value = receivers[channel].recv_for(kPatience);
        ASSERT_TRUE(value.has_value()) << "channel " << channel << ", value " << index;
        EXPECT_TRUE(*value == pattern(1, channel * kPerChannel + index, size_of(index)))
            << "channel " << channel << ", value " << index;
      }
  } else if (rank() == 1) {
    sync();
    Scheduler scheduler(2);
    std::vector<Task<bool>> senders;
    for (int channel = 0; channel < kChannels; ++channel)
      senders.push_back(scheduler.spawn_task([&, channel] {
        auto tx = connect<Bytes>("together." + std::to_string(channel), 0);
        if (!tx)
          return false;
        for (int index = 0; index < kPerChannel; ++index)
          if (!tx->send(pattern(1, channel * kPerChannel + index, size_of(index))))
            return false;
        return true;
      }));
    for (auto &sender : senders)
      EXPECT_TRUE(*sender.join());
  } else {
    sync();
  }
  sync();
}

// A credit returned unasked waits for the receiving rank's next message to the sender, but never
// for the receiving thread: while it does other work, the progress thread sends the credit and
// takes the next value in.
TEST(RemoteChannel, ACreditReachesTheSenderWhileTheReceiverIsBusy) {
  if (rank() == 0) {
    auto rx = open<int>("busy", {.capacity = 1});
    ASSERT_TRUE(rx.has_value());
    EXPECT_EQ(rx->recv_for(kPatience), 1); // rank 1's second send waits for this credit
    std::this_thread::sleep_for(300ms);    // no call into the runtime meanwhile
    EXPECT_EQ(rx->len(), 1u);              // the second value came in all the same
    EXPECT_EQ(rx->recv_for(kPatience), 2);
  } else if (rank() == 1) {
    auto tx = connect<int>("busy", 0);
    ASSERT_TRUE(tx.has_value());
    ASSERT_TRUE(tx->send(1).has_value());
    ASSERT_TRUE(tx->send(2).has_value());
  }
  sync();
}

// A ping-pong over channels of capacity 1: the credit for each value received rides back in the
// header of the reply (wire.h, ride_credit), and every value still arrives, in order, with the
// capacity kept: a send waits for its credit, so it could not go on without them.
TEST(RemoteChannel, ACreditRidesBackWithTheReply) {
  constexpr int kRounds = 2000;
  const std::uint64_t ridden = detail::World::get().credits_ridden.load();
  if (rank() <= 1) {
    const int peer = 1 - rank();
    auto in = open<int>(rank() == 0 ? "pong" : "ping", {.capacity = 1});
    ASSERT_TRUE(in.has_value());
    auto out = connect<int>(rank() == 0 ? "ping" : "pong", peer);
    ASSERT_TRUE(out.has_value());
    for (int i = 0; i < kRounds; ++i) {
      if (rank() == 0) {
        ASSERT_TRUE(out->send(i).has_value());
        ASSERT_EQ(in->recv_for(kPatience), i + 1);
      } else {
        const auto value = in->recv_for(kPatience);
        ASSERT_EQ(value, i);
        ASSERT_TRUE(out->send(*value + 1).has_value());
      }
      EXPECT_LE(in->len(), 1u);
    }
    // Most replies carry the credit for the value they answer (the rest went on their own).
    EXPECT_GT(detail::World::get().credits_ridden.load() - ridden, std::uint64_t{kRounds / 2});
  }
  sync();
}

// A small value sent from a program thread with nothing else queued leaves from the send itself,
// as a message of its own (World::send_now), the credit for the value it answers riding in its
// header; in order, every one of them. A large value and a value sent from a task take the queue.
TEST(RemoteChannel, ASmallValueWithNothingQueuedLeavesFromItsSend) {
  constexpr int kRounds = 2000;
  auto &world = detail::World::get();
  if (rank() <= 1) {
    const int peer = 1 - rank();
    auto in = open<Bytes>(rank() == 0 ? "now.pong" : "now.ping", {.capacity = 1});
    ASSERT_TRUE(in.has_value());
    auto out = connect<Bytes>(rank() == 0 ? "now.ping" : "now.pong", peer);
    ASSERT_TRUE(out.has_value());
    const auto value_of = [](int i) {
      Bytes bytes(12);
      std::memcpy(bytes.data(), &i, sizeof i);
      return bytes;
    };
    const std::uint64_t at_once = world.frames_sent_at_once.load();
    const std::uint64_t ridden = world.credits_ridden.load();
    for (int i = 0; i < kRounds; ++i) {
      if (rank() == 0) {
        ASSERT_TRUE(out->send(value_of(i)).has_value());
        ASSERT_EQ(in->recv_for(kPatience), value_of(i + 1));
      } else {
        ASSERT_EQ(in->recv_for(kPatience), value_of(i));
        ASSERT_TRUE(out->send(value_of(i + 1)).has_value());
      }
    }
    // Some went at once; the rest found the progress thread driving MPI (how many depends on the
    // load: on an idle machine almost all, with four ranks under `ctest -j2` a quarter) or a
    // frame queued that could not ride.
    EXPECT_GT(world.frames_sent_at_once.load() - at_once, 0u);
    EXPECT_GT(world.credits_ridden.load() - ridden, std::uint64_t{kRounds / 2});

    const std::uint64_t before_large = world.frames_sent_at_once.load();
    if (rank() == 0) {
      Bytes large(detail::kSeparateBodyBytes, std::byte{7});
      ASSERT_TRUE(out->send(std::move(large)).has_value());
    } else {
      const auto large = in->recv_for(kPatience);
      ASSERT_TRUE(large.has_value());
      EXPECT_EQ(large->size(), detail::kSeparateBodyBytes);
    }
    EXPECT_EQ(world.frames_sent_at_once.load(), before_large);

    const std::uint64_t before_task = world.frames_sent_at_once.load();
    if (rank() == 0) {
      Scheduler scheduler(1);
      auto task = scheduler.spawn_task([&] { return out->send(value_of(-1)).has_value(); });
      EXPECT_TRUE(*task.join());
    } else {
      EXPECT_EQ(in->recv_for(kPatience), value_of(-1));
    }
    EXPECT_EQ(world.frames_sent_at_once.load(), before_task);
  }
  sync();
}

// A program thread polling for a value takes one that arrives meanwhile straight from the frame,
// past the channel's buffer (endpoint.cpp, hand_over). Values that came while nobody polled wait
// in the buffer and still come first: each sender's values arrive in order, all of them, and the
// buffer never holds more than the capacity. Whether a given value is handed over depends on
// timing (the receiver must be polling when it lands), so a ping-pong follows that runs until one
// is: a value sent in answer lands while its receiver polls, unless the ranks are descheduled,
// which on a loaded machine may happen many times in a row; the other ranks wait at a barrier,
// where they leave the cores free.
TEST(RemoteChannel, AValueArrivingWhileAThreadPollsIsHandedStraightToIt) {
  constexpr std::size_t kCapacity = 4;
  constexpr int kPerSender = 3000;
  auto &world = detail::World::get();
  if (rank() == 0) {
    auto rx = open<Item>("handed", {.capacity = kCapacity, .senders = std::size_t(size() - 1)});
    ASSERT_TRUE(rx.has_value());
    sync();
    // The senders fill the capacity while this thread is away: those values wait in the buffer.
    const auto give_up = std::chrono::steady_clock::now() + kSoon;
    while (rx->len() < kCapacity && std::chrono::steady_clock::now() < give_up)
      std::this_thread::sleep_for(1ms);
    EXPECT_EQ(rx->len(), kCapacity);
    std::map<int, int> next;
    int received = 0;
    for (;;) {
      EXPECT_LE(rx->len(), kCapacity);
      auto item = rx->recv_for(kPatience);
      if (!item) {
        EXPECT_EQ(item.error(), RecvTimeoutError::Disconnected);
        break;
      }
      ASSERT_EQ(item->seq, next[item->sender]++) << "from rank " << item->sender;
      ++received;
    }
    EXPECT_EQ(received, kPerSender * (size() - 1));
  } else {
    auto tx = connect<Item>("handed", 0);
    ASSERT_TRUE(tx.has_value());
    sync();
    for (int i = 0; i < kPerSender; ++i) {
      ASSERT_TRUE(tx->send(Item{rank(), i}).has_value());
      if (i % 64 == 0)
        std::this_thread::sleep_for(50us); // now and then the receiver catches up and polls
    }
  }
  sync();
  if (rank() <= 1) {
    const int peer = 1 - rank();
    auto in = open<int>(rank() == 0 ? "handed.pong" : "handed.ping", {.capacity = 2});
    ASSERT_TRUE(in.has_value());
    auto out = connect<int>(rank() == 0 ? "handed.ping" : "handed.pong", peer);
    ASSERT_TRUE(out.has_value());
    // Rank 0 says when to stop: as soon as it has seen a value handed over.
    const std::uint64_t before = world.values_handed_over.load();
    const auto give_up = std::chrono::steady_clock::now() + kSoon;
    int rounds = 0;
    for (int i = 0;; ++i) {
      if (rank() == 0) {
        const bool seen = world.values_handed_over.load() != before;
        const bool stop = seen || std::chrono::steady_clock::now() >= give_up;
        ASSERT_TRUE(out->send(stop ? -1 : i).has_value());
        if (stop)
          break;
        ++rounds;
        ASSERT_EQ(in->recv_for(kPatience), i);
      } else {
        const auto value = in->recv_for(kPatience);
        ASSERT_TRUE(value.has_value());
        if (*value < 0)
          break;
        ASSERT_EQ(*value, i);
        ASSERT_TRUE(out->send(*value).has_value());
      }
    }
    if (rank() == 0) {
      EXPECT_NE(world.values_handed_over.load(), before)
          << "no value handed over in " << rounds << " round trips";
    }
  }
  sync();
}

// A rank whose tasks and program thread all wait on other ranks is not deadlocked: the watch
// stays quiet through many of its looks while the other rank takes its time to send.
TEST(RemoteChannel, WaitingOnAnotherRankIsNoDeadlock) {
  Reports reports;
  if (rank() == 1) {
    auto rx = open<int>("slow.1", {.capacity = 1});
    ASSERT_TRUE(rx.has_value());
    sync();
    DeadlockWatch watch([](const RuntimeError &) {});
    ASSERT_TRUE(watch.active());
    auto task = spawn_task([rx = *rx] { return rx.recv_for(kPatience).value_or(-1); });
    EXPECT_EQ(task.join().value_or(-1), 1);
    EXPECT_EQ(rx->recv(), 2); // the program thread itself waits on rank 0
  } else {
    sync();
    if (rank() == 0) {
      auto tx = connect<int>("slow.1", 1);
      ASSERT_TRUE(tx.has_value());
      for (int value : {1, 2}) {
        std::this_thread::sleep_for(10 * kDeadlockConfirmInterval);
        ASSERT_TRUE(tx->send(value).has_value());
      }
    }
  }
  EXPECT_EQ(reports.count("scheduler.deadlock"), 0) << reports.last();
  sync();
}

// A rank that waits long at a barrier for a late rank sleeps there: its progress thread keeps the
// barrier moving in naps instead of polling a core away. Polling through the whole wait would use
// most of a core; the naps use a few percent of one (docs/distributed.md).
TEST(RemoteChannel, ARankWaitingLongAtABarrierLeavesTheCoreFree) {
  sync();
  const auto cpu_seconds = [] {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  };
  if (rank() == 0)
    std::this_thread::sleep_for(2s);
  const double cpu_before = cpu_seconds();
  const auto start = std::chrono::steady_clock::now();
  sync();
  const std::chrono::duration<double> waited = std::chrono::steady_clock::now() - start;
  const double share = (cpu_seconds() - cpu_before) / waited.count();
  if (rank() != 0) {
    ASSERT_GT(waited, 1s); // the wait measured is the long one
    EXPECT_LT(share, 0.25) << "of a core, over " << waited.count() << " s at the barrier";
  }
}

// A rank whose channel waits a second for nothing naps: after a tenth of a second of quiet its
// naps grow past a millisecond, to kDeepestNap (nap.h), so the second costs about 200 wake-ups,
// not a thousand. The bound leaves room for the barrier's last messages to arrive in the second
// and start the naps over (about 100 more each time). A loaded machine only makes the naps
// longer, and fewer.
TEST(RemoteChannel, AnIdleRankNapsLongerAfterALongQuiet) {
  auto idle = open<int>("quiet." + std::to_string(rank()), {.capacity = 1});
  ASSERT_TRUE(idle.has_value());
  sync();
  auto &world = detail::World::get();
  const std::uint64_t before = world.idle_naps.load();
  EXPECT_EQ(idle->recv_for(1s).error(), RecvTimeoutError::Timeout);
  const std::uint64_t naps = world.idle_naps.load() - before;
  EXPECT_LT(naps, 600u) << "naps in a second of quiet (at 1 ms each, about a thousand)";
  sync();
}

// --- phi channels
// ---------------------------------------------------------------------------------

std::string write_key(char fill) {
  const std::string path = "/tmp/medi_dist_test_key_" + std::to_string(::getpid()) + fill;
  std::ofstream(path) << std::string(64, fill) << '\n';
  ::chmod(path.c_str(), 0600);
  return path;
}

struct KeyFile {
  std::string path;
  explicit KeyFile(char fill) : path(write_key(fill)) {
    ::setenv("MEDI_DIST_PHI_KEY_FILE", path.c_str(), 1);
  }
  ~KeyFile() {
    ::unsetenv("MEDI_DIST_PHI_KEY_FILE");
    std::remove(path.c_str());
  }
};

// Rank 1 sends 1..5 on a phi channel of rank 0's, the third passing through `hook` on its way.
void send_through(std::function<std::vector<Bytes>(Bytes)> hook, char sender_key,
                  const std::string &name, std::vector<int> expected, int auth_reports) {
  Reports reports;
  if (rank() == 0) {
    KeyFile key('a');
    auto rx = open<int>(name, {.capacity = 8, .phi = true});
    ASSERT_TRUE(rx.has_value());
    std::vector<int> received;
    while (auto value = rx->recv_for(kPatience))
      received.push_back(*value);
    EXPECT_EQ(received, expected);
    EXPECT_EQ(reports.count("dist.auth"), auth_reports) << reports.last();
  } else if (rank() == 1) {
    KeyFile key(sender_key);
    auto tx = connect<int>(name, 0, {.phi = true});
    ASSERT_TRUE(tx.has_value());
    auto &world = detail::World::get();
    int data_frames = 0;
    {
      std::lock_guard lock(world.mutex);
      world.data_frame_hook = [&](Bytes frame) -> std::vector<Bytes> {
        if (++data_frames == 3)
          return hook(std::move(frame));
        return {std::move(frame)};
      };
    }
    for (int i = 1; i <= 5; ++i)
      ASSERT_TRUE(tx->send(i).has_value());
    *tx = {};
    sync();
    std::lock_guard lock(world.mutex);
    world.data_frame_hook = nullptr;
  }
  if (rank() != 1)
    sync();
  sync();
}

TEST(PhiChannel, ValuesCrossSealedAndArrive) {
  send_through([](Bytes frame) { return std::vector<Bytes>{std::move(frame)}; }, 'a', "phi.ok",
               {1, 2, 3, 4, 5}, 0);
}

TEST(PhiChannel, BuffersOfEverySizeArriveWholeAndInOrder) {
  KeyFile key('a');
  sizes_arrive_whole(true);
  sync();
}

TEST(PhiChannel, ATamperedByteIsRejectedAndReported) {
  send_through(
      [](Bytes frame) {
        frame[frame.size() - 20] ^= std::byte{1}; // one ciphertext bit
        return std::vector<Bytes>{std::move(frame)};
      },
      'a', "phi.tampered", {1, 2, 4, 5}, 1);
}

TEST(PhiChannel, AReplayedMessageIsRejectedAndReported) {
  send_through([](Bytes frame) { return std::vector<Bytes>{frame, frame}; }, 'a', "phi.replayed",
               {1, 2, 3, 4, 5}, 1);
}

TEST(PhiChannel, AWrongKeyIsRejectedAndReported) {
  send_through([](Bytes frame) { return std::vector<Bytes>{std::move(frame)}; }, 'b',
               "phi.wrong_key", {}, 5);
}

TEST(PhiChannel, APlainSenderIsRefused) {
  Reports reports;
  if (rank() == 0) {
    KeyFile key('a');
    auto rx = open<int>("phi.plain", {.capacity = 1, .phi = true, .senders = 0});
    ASSERT_TRUE(rx.has_value());
    sync();
  } else {
    auto tx = connect<int>("phi.plain", 0);
    ASSERT_FALSE(tx.has_value());
    EXPECT_EQ(tx.error(), ConnectError::Refused);
    EXPECT_EQ(reports.count("dist.connect"), 1);
    sync();
  }
  sync();
}

} // namespace
} // namespace medi::dist

// Each rank runs the tests; the job fails if any rank does.
int main(int argc, char **argv) {
  ::testing::InitGoogleTest(&argc, argv);
  if (!medi::dist::start())
    return 2;
  if (medi::dist::size() < 2) {
    std::fprintf(stderr, "run under mpirun with 2 or more ranks\n");
    return 2;
  }
  const int failed = RUN_ALL_TESTS();
  medi::dist::stop();
  return failed;
}
