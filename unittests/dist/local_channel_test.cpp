// Named channels in a program run without mpirun: rank 0 of 1, every channel in-process, with
// the remote channels' guarantees (capacity across senders, rendezvous, end of stream, values
// handed back, connect before open and its timeout, phi keys).
#include "../error/report_recorder.h"
#include "../scoped_env.h"
#include "medi/deadlock.h"
#include "medi/dist.h"
#include "medi/task.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <vector>

namespace medi::dist {
namespace {

using namespace std::chrono_literals;
using test::RecordingTest;

struct Reading {
  int sensor;
  int value;
};

class LocalDistTest : public RecordingTest {
protected:
  bool reported(std::string_view op) const {
    for (const auto &report : recorder.reports())
      if (report.op == op)
        return true;
    return false;
  }
};

TEST_F(LocalDistTest, WithoutMpirunThisIsRankZeroOfOne) {
  EXPECT_EQ(rank(), 0);
  EXPECT_EQ(size(), 1);
  EXPECT_FALSE(is_distributed());
  EXPECT_TRUE(barrier().has_value());
}

TEST_F(LocalDistTest, ValuesArriveInOrderAndTheStreamEnds) {
  auto rx = open<Reading>("local.order", {.capacity = 4});
  ASSERT_TRUE(rx.has_value());
  auto tx = connect<Reading>("local.order", 0);
  ASSERT_TRUE(tx.has_value());
  std::thread producer([tx = std::move(*tx)]() mutable {
    for (int i = 0; i < 1000; ++i)
      ASSERT_TRUE(tx.send({1, i}).has_value());
    tx = {}; // the last sender goes: the stream ends after the last value
  });
  for (int i = 0; i < 1000; ++i) {
    auto got = rx->recv();
    ASSERT_TRUE(got.has_value());
    EXPECT_EQ(got->value, i);
  }
  producer.join();
  EXPECT_FALSE(rx->recv().has_value());
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_F(LocalDistTest, TheCapacityHoldsAcrossSenders) {
  auto rx = open<int>("local.capacity", {.capacity = 3, .senders = 4});
  ASSERT_TRUE(rx.has_value());
  std::atomic<int> sent{0};
  std::vector<std::thread> producers;
  for (int p = 0; p < 4; ++p)
    producers.emplace_back([&] {
      auto tx = connect<int>("local.capacity", 0);
      ASSERT_TRUE(tx.has_value());
      for (int i = 0; i < 50; ++i) {
        ASSERT_TRUE(tx->send(i).has_value());
        ++sent;
      }
    });
  std::this_thread::sleep_for(50ms); // nobody receives: every sender waits at the capacity
  EXPECT_EQ(sent.load(), 3);
  EXPECT_EQ(rx->len(), 3u);
  int received = 0;
  while (rx->recv()) {
    EXPECT_LE(rx->len(), 3u);
    ++received;
  }
  for (auto &producer : producers)
    producer.join();
  EXPECT_EQ(received, 200);
}

TEST_F(LocalDistTest, ARendezvousSendWaitsForAReceiver) {
  auto rx = open<int>("local.rendezvous", {.capacity = 0});
  ASSERT_TRUE(rx.has_value());
  auto tx = connect<int>("local.rendezvous", 0);
  ASSERT_TRUE(tx.has_value());
  auto early = tx->send_for(1, 20ms); // no receiver waits
  ASSERT_FALSE(early.has_value());
  EXPECT_TRUE(early.error().is_timeout());
  EXPECT_EQ(early.error().value, 1);

  std::atomic<bool> taken{false};
  std::thread receiver([&] {
    std::this_thread::sleep_for(20ms);
    taken = true;
    EXPECT_EQ(rx->recv(), 2);
  });
  ASSERT_TRUE(tx->send(2).has_value());
  EXPECT_TRUE(taken.load());
  receiver.join();
  EXPECT_EQ(rx->len(), 0u);
}

TEST_F(LocalDistTest, AStreamWaitsForItsSendersToConnect) {
  auto rx = open<int>("local.senders", {.capacity = 8, .senders = 2});
  ASSERT_TRUE(rx.has_value());
  {
    auto first = connect<int>("local.senders", 0);
    ASSERT_TRUE(first.has_value());
    ASSERT_TRUE(first->send(1).has_value());
  } // one of two senders came and went: the stream has not ended
  EXPECT_EQ(rx->recv(), 1);
  EXPECT_EQ(rx->recv_for(20ms), std::unexpected(RecvTimeoutError::Timeout));
  {
    auto second = connect<int>("local.senders", 0);
    ASSERT_TRUE(second.has_value());
    ASSERT_TRUE(second->send(2).has_value());
  }
  EXPECT_EQ(rx->recv(), 2);
  EXPECT_FALSE(rx->recv().has_value());
  // After the end, a connect is refused.
  auto late = connect<int>("local.senders", 0);
  ASSERT_FALSE(late.has_value());
  EXPECT_EQ(late.error(), ConnectError::Refused);
  EXPECT_TRUE(reported("dist.connect"));
}

TEST_F(LocalDistTest, DroppingTheReceiverHandsValuesBack) {
  auto rx = open<int>("local.drop", {.capacity = 1});
  ASSERT_TRUE(rx.has_value());
  auto tx = connect<int>("local.drop", 0);
  ASSERT_TRUE(tx.has_value());
  ASSERT_TRUE(tx->send(1).has_value());
  std::thread closer([&] {
    std::this_thread::sleep_for(20ms);
    *rx = {}; // a sender waits for a credit: it wakes and fails
  });
  auto waiting = tx->send(2);
  closer.join();
  ASSERT_FALSE(waiting.has_value());
  EXPECT_EQ(waiting.error().value, 2);
  auto after = tx->try_send(3);
  ASSERT_FALSE(after.has_value());
  EXPECT_TRUE(after.error().is_disconnected());
  EXPECT_EQ(after.error().value, 3);
  EXPECT_TRUE(reported("dist.send"));
}

TEST_F(LocalDistTest, ARendezvousValueLeftWhenTheReceiverGoesIsHandedBack) {
  auto rx = open<int>("local.rendezvous_drop", {.capacity = 0});
  ASSERT_TRUE(rx.has_value());
  auto tx = connect<int>("local.rendezvous_drop", 0);
  ASSERT_TRUE(tx.has_value());
  // A receiver offers and gives up; the offer it left lets the send in, and the value waits.
  EXPECT_EQ(rx->recv_for(1ms), std::unexpected(RecvTimeoutError::Timeout));
  std::thread closer([&] {
    std::this_thread::sleep_for(30ms);
    *rx = {};
  });
  auto sent = tx->send_for(7, 5s);
  closer.join();
  if (!sent.has_value()) {
    EXPECT_TRUE(sent.error().is_disconnected());
    EXPECT_EQ(sent.error().value, 7);
  }
}

TEST_F(LocalDistTest, AConnectWaitsForTheNameToBeOpened) {
  std::thread opener([] {
    std::this_thread::sleep_for(30ms);
    auto rx = open<int>("local.late", {.capacity = 1});
    ASSERT_TRUE(rx.has_value());
    EXPECT_EQ(rx->recv(), 5);
  });
  auto tx = connect<int>("local.late", 0);
  ASSERT_TRUE(tx.has_value());
  ASSERT_TRUE(tx->send(5).has_value());
  opener.join();
}

TEST_F(LocalDistTest, AConnectTimesOutWithAReportAtItsSite) {
  const auto line = std::source_location::current().line() + 1;
  auto tx = connect_for<int>("local.never", 0, 20ms);
  ASSERT_FALSE(tx.has_value());
  EXPECT_EQ(tx.error(), ConnectError::Timeout);
  const auto reports = recorder.reports();
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].op, "dist.connect");
  EXPECT_EQ(reports[0].line, line);
  EXPECT_NE(reports[0].error.to_string().find("local.never"), std::string::npos);
  // The name opened later takes no sender from the connect that gave up.
  auto rx = open<int>("local.never", {.capacity = 1});
  ASSERT_TRUE(rx.has_value());
  EXPECT_EQ(rx->recv_for(10ms), std::unexpected(RecvTimeoutError::Timeout));
}

// In one process nothing else can end a wait on a named channel: a still one is a deadlock, and
// the report names the distributed operation and its line, not the channel it is built on.
TEST_F(LocalDistTest, AStuckRecvIsADeadlockReportedAtItsLine) {
  auto rx = open<int>("local.stuck", {.capacity = 1});
  ASSERT_TRUE(rx.has_value());
  auto tx = connect<int>("local.stuck", 0);
  ASSERT_TRUE(tx.has_value());
  std::atomic<int> handled{0};
  DeadlockWatch watch([&, breaker = *tx](const RuntimeError &error) {
    const Deadlock *deadlock = error.get_if<Deadlock>();
    EXPECT_TRUE(deadlock && !deadlock->waiting.empty() &&
                deadlock->waiting[0].find("dist.recv at ") != std::string::npos)
        << error.to_string();
    ++handled;
    (void)breaker.try_send(7); // ends the wait
  });
  ASSERT_TRUE(watch.active());
  const auto line = std::source_location::current().line() + 1;
  EXPECT_EQ(rx->recv(), 7);
  EXPECT_EQ(handled.load(), 1);
  const auto reports = recorder.reports();
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].op, "scheduler.deadlock");
  EXPECT_EQ(reports[0].line, line);
}

TEST_F(LocalDistTest, MisuseIsRefusedAndReported) {
  auto rx = open<int>("local.misuse", {.capacity = 1});
  ASSERT_TRUE(rx.has_value());
  auto again = open<int>("local.misuse", {.capacity = 1});
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error(), OpenError::NameInUse);
  auto wrong_size = connect<double>("local.misuse", 0);
  ASSERT_FALSE(wrong_size.has_value());
  EXPECT_EQ(wrong_size.error(), ConnectError::Refused);
  auto no_rank = connect<int>("local.misuse", 3);
  ASSERT_FALSE(no_rank.has_value());
  EXPECT_EQ(no_rank.error(), ConnectError::InvalidRank);
  EXPECT_EQ(recorder.size(), 3u);
}

TEST_F(LocalDistTest, ByteBuffersOfAnySize) {
  auto rx = open<Bytes>("local.bytes", {.capacity = 2});
  ASSERT_TRUE(rx.has_value());
  auto tx = connect<Bytes>("local.bytes", 0);
  ASSERT_TRUE(tx.has_value());
  ASSERT_TRUE(tx->send(Bytes(1 << 20, std::byte{7})).has_value());
  ASSERT_TRUE(tx->send(Bytes{}).has_value());
  auto big = rx->recv();
  ASSERT_TRUE(big.has_value());
  EXPECT_EQ(big->size(), 1u << 20);
  EXPECT_EQ((*big)[12345], std::byte{7});
  EXPECT_EQ(rx->recv()->size(), 0u);
}

TEST_F(LocalDistTest, TasksParkOnNamedChannelsWhileOthersRun) {
  auto rx = open<int>("local.tasks", {.capacity = 1});
  ASSERT_TRUE(rx.has_value());
  Scheduler scheduler(1); // one worker: a blocked worker would stop everything
  auto waiter = scheduler.spawn_task([rx = *rx] { return rx.recv().value_or(-1); });
  auto busy = scheduler.spawn_task([] {
    int sum = 0;
    for (int i = 0; i < 100; ++i) {
      sum += i;
      yield_now();
    }
    return sum;
  });
  EXPECT_EQ(*busy.join(), 4950); // ran while `waiter` was parked
  auto tx = connect<int>("local.tasks", 0);
  ASSERT_TRUE(tx.has_value());
  ASSERT_TRUE(tx->send(9).has_value());
  EXPECT_EQ(*waiter.join(), 9);
}

class PhiKeyTest : public LocalDistTest {
protected:
  std::string write_key(std::string_view contents, ::mode_t mode) {
    const std::string path =
        std::filesystem::temp_directory_path() /
        ("medi_phi_key_" + std::to_string(::getpid()) + "_" + std::to_string(next_++));
    std::ofstream(path, std::ios::binary) << contents;
    ::chmod(path.c_str(), mode);
    paths_.push_back(path);
    return path;
  }
  ~PhiKeyTest() override {
    for (const auto &path : paths_)
      std::remove(path.c_str());
  }
  int next_ = 0;
  std::vector<std::string> paths_;
};

TEST_F(PhiKeyTest, APhiChannelNeedsAKeyOnlyItsOwnerCanRead) {
  {
    ::unsetenv("MEDI_DIST_PHI_KEY_FILE");
    auto rx = open<int>("phi.nokey", {.capacity = 1, .phi = true});
    ASSERT_FALSE(rx.has_value());
    EXPECT_EQ(rx.error(), OpenError::NoKey);
  }
  {
    test::ScopedEnv env("MEDI_DIST_PHI_KEY_FILE",
                        write_key(std::string(64, 'a'), 0644).c_str()); // others may read it
    auto rx = open<int>("phi.open_key", {.capacity = 1, .phi = true});
    ASSERT_FALSE(rx.has_value());
    EXPECT_NE(recorder.reports().back().error.to_string().find("chmod 600"), std::string::npos);
  }
  {
    test::ScopedEnv env("MEDI_DIST_PHI_KEY_FILE", write_key("too short", 0600).c_str());
    EXPECT_FALSE(open<int>("phi.short_key", {.capacity = 1, .phi = true}).has_value());
  }
  EXPECT_EQ(recorder.size(), 3u);
  for (const auto &report : recorder.reports())
    EXPECT_EQ(report.op, "dist.open");

  test::ScopedEnv env("MEDI_DIST_PHI_KEY_FILE",
                      write_key(std::string(64, 'b') + "\n", 0600).c_str());
  auto rx = open<int>("phi.good", {.capacity = 1, .phi = true});
  ASSERT_TRUE(rx.has_value());
  auto plain = connect<int>("phi.good", 0); // a plain sender may not connect to phi
  ASSERT_FALSE(plain.has_value());
  EXPECT_EQ(plain.error(), ConnectError::Refused);
  auto tx = connect<int>("phi.good", 0, {.phi = true});
  ASSERT_TRUE(tx.has_value());
  ASSERT_TRUE(tx->send(11).has_value());
  EXPECT_EQ(rx->recv(), 11);
}

} // namespace
} // namespace medi::dist
