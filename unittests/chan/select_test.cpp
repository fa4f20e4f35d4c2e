// select_test.cpp: select over receivers and senders of every flavor: exactly one case
// completes, fairness, the biased order, timeouts that keep a send's value, disconnection, and
// rendezvous between two selects.
#include "../error/report_recorder.h"
#include "channel_test_support.h"
#include "medi/cancellation.h"
#include "medi/select.h"

#include <atomic>
#include <gtest/gtest.h>
#include <string>
#include <thread>

namespace medi {
namespace {

using namespace std::chrono_literals;
using test::Parties;
using test::Party;

TEST(SelectTest, FairSelectStarvesNeitherReadyChannel) {
  auto [a_tx, a_rx] = create_unbounded_channel<int>();
  auto [b_tx, b_rx] = create_unbounded_channel<int>();
  for (int i = 0; i < 1000; ++i) {
    ASSERT_TRUE(a_tx.send(i).has_value());
    ASSERT_TRUE(b_tx.send(i).has_value());
  }
  int from_a = 0, from_b = 0;
  for (int round = 0; round < 1000; ++round) {
    const std::size_t chosen = select(on_recv(a_rx, [&](auto v) { from_a += v.has_value(); }),
                                      on_recv(b_rx, [&](auto v) { from_b += v.has_value(); }));
    ASSERT_LT(chosen, 2u);
  }
  EXPECT_EQ(from_a + from_b, 1000);
  // Both ready every round: a fair choice gives each about half (binomial, 1000 rounds).
  EXPECT_GT(from_a, 350);
  EXPECT_GT(from_b, 350);
}

TEST(SelectTest, BiasedSelectPrefersTheFirstReadyCase) {
  auto [a_tx, a_rx] = create_bounded_channel<int>(8);
  auto [b_tx, b_rx] = create_bounded_channel<int>(8);
  ASSERT_TRUE(a_tx.send(1).has_value());
  ASSERT_TRUE(b_tx.send(2).has_value());
  int got = 0;
  EXPECT_EQ(select_biased(on_recv(b_rx, [&](auto v) { got = *v; }),
                          on_recv(a_rx, [&](auto v) { got = *v; })),
            0u);
  EXPECT_EQ(got, 2);
  EXPECT_EQ(select_biased(on_recv(b_rx, [&](auto v) { got = *v; }),
                          on_recv(a_rx, [&](auto v) { got = *v; })),
            1u);
  EXPECT_EQ(got, 1);
}

TEST(SelectTest, TimeoutRunsNoHandlerAndKeepsTheSendValue) {
  auto [full_tx, full_rx] = create_bounded_channel<std::string>(1);
  ASSERT_TRUE(full_tx.send("filler").has_value());
  auto [empty_tx, empty_rx] = create_bounded_channel<std::string>(0);
  bool ran = false;
  const auto start = std::chrono::steady_clock::now();
  const auto chosen = select_for(10ms, on_send(full_tx, "kept", [&](auto) { ran = true; }),
                                 on_recv(empty_rx, [&](auto) { ran = true; }));
  EXPECT_EQ(chosen, std::nullopt);
  EXPECT_GE(std::chrono::steady_clock::now() - start, 10ms);
  EXPECT_FALSE(ran);
  EXPECT_EQ(full_rx.len(), 1u) << "the send case did not happen";
}

TEST(SelectTest, DisconnectedChannelCompletesWithItsError) {
  test::ReportRecorder recorder;
  set_error_reporter_with_context(recorder.callback());
  auto [tx, rx] = create_unbounded_channel<int>();
  auto [idle_tx, idle_rx] = create_unbounded_channel<int>();
  {
    auto gone = std::move(tx);
  }
  bool disconnected = false;
  EXPECT_EQ(select(on_recv(idle_rx, [](auto) {}),
                   on_recv(rx, [&](auto v) { disconnected = !v.has_value(); })),
            1u);
  EXPECT_TRUE(disconnected);
  auto [stx, srx] = create_bounded_channel<std::string>(0);
  {
    auto gone = std::move(srx);
  }
  std::string back;
  EXPECT_EQ(select(on_send(stx, "returned", [&](auto s) { back = s.error().value; })), 0u);
  EXPECT_EQ(back, "returned");
  set_error_reporter_with_context(nullptr);
  ASSERT_EQ(recorder.size(), 1u); // the send that lost its receiver; the end of a stream is quiet
  EXPECT_EQ(recorder.reports()[0].op, "xchan.send");
}

class SelectPartyTest : public ::testing::TestWithParam<Party> {};

// Values from several producers through select over every flavor: each arrives exactly once.
TEST_P(SelectPartyTest, ManyProducersIntoOneSelectingConsumer) {
  auto [zero_tx, zero_rx] = create_bounded_channel<int>(0);
  auto [one_tx, one_rx] = create_bounded_channel<int>(1);
  auto [list_tx, list_rx] = create_unbounded_channel<int>();
  auto [seed_tx, seed_rx] = create_channel<int>();
  constexpr int kEach = 5'000;
  Parties parties(GetParam());
  parties.start([tx = zero_tx] {
    for (int i = 0; i < kEach; ++i)
      ASSERT_TRUE(tx.send(i).has_value());
  });
  parties.start([tx = one_tx] {
    for (int i = 0; i < kEach; ++i)
      ASSERT_TRUE(tx.send(i).has_value());
  });
  parties.start([tx = list_tx] {
    for (int i = 0; i < kEach; ++i)
      ASSERT_TRUE(tx.send(i).has_value());
  });
  parties.start([tx = seed_tx] {
    for (int i = 0; i < kEach; ++i)
      ASSERT_TRUE(tx.send(i).has_value());
  });
  long long sums[4] = {};
  int counts[4] = {};
  auto take = [&](int which) {
    return [&, which](auto value) {
      ASSERT_TRUE(value.has_value());
      sums[which] += *value;
      ++counts[which];
    };
  };
  for (int received = 0; received < 4 * kEach; ++received)
    select(on_recv(zero_rx, take(0)), on_recv(one_rx, take(1)), on_recv(list_rx, take(2)),
           on_recv(seed_rx, take(3)));
  parties.join();
  for (int which = 0; which < 4; ++which) {
    EXPECT_EQ(counts[which], kEach) << which;
    EXPECT_EQ(sums[which], static_cast<long long>(kEach) * (kEach - 1) / 2) << which;
  }
}

// Two selects facing each other over rendezvous channels: one selects sends, the other receives.
TEST_P(SelectPartyTest, SelectingSenderMeetsSelectingReceiver) {
  auto [a_tx, a_rx] = create_bounded_channel<int>(0);
  auto [b_tx, b_rx] = create_bounded_channel<int>(0);
  constexpr int kRounds = 2'000;
  Parties parties(GetParam());
  parties.start([a_tx = a_tx, b_tx = b_tx] {
    for (int i = 0; i < kRounds; ++i)
      select(on_send(a_tx, i, [](auto sent) { ASSERT_TRUE(sent.has_value()); }),
             on_send(b_tx, i, [](auto sent) { ASSERT_TRUE(sent.has_value()); }));
  });
  long long sum = 0;
  for (int i = 0; i < kRounds; ++i)
    select(on_recv(a_rx, [&](auto v) { sum += *v; }), on_recv(b_rx, [&](auto v) { sum += *v; }));
  parties.join();
  EXPECT_EQ(sum, static_cast<long long>(kRounds) * (kRounds - 1) / 2);
}

INSTANTIATE_TEST_SUITE_P(, SelectPartyTest, ::testing::Values(Party::Threads, Party::Tasks),
                         test::party_name);

// A select with both ends of one rendezvous channel must not take its own registration for a
// partner: it waits (parked, not spinning) until another party comes, or its time runs out, or
// its task is cancelled.
TEST(SelectTest, BothEndsOfOneRendezvousChannelWaitForAnotherParty) {
  auto [tx, rx] = create_bounded_channel<int>(0);
  int got = 0;
  EXPECT_EQ(select_for(5ms, on_send(tx, 1, [](auto) {}), on_recv(rx, [](auto) {})), std::nullopt);
  std::thread partner([tx = tx] {
    std::this_thread::sleep_for(5ms);
    ASSERT_TRUE(tx.send(42).has_value());
  });
  EXPECT_EQ(select(on_send(tx, 1, [](auto) {}), on_recv(rx, [&](auto v) { got = v.value(); })), 1u);
  EXPECT_EQ(got, 42);
  partner.join();

  std::atomic<std::size_t> result{0};
  TaskGroup group;
  group.spawn([&, tx = tx, rx = rx] {
    result = select(on_send(tx, 1, [](auto) {}), on_recv(rx, [](auto) {}));
  });
  std::this_thread::sleep_for(5ms);
  group.cancel();
  (void)group.wait();
  EXPECT_EQ(result.load(), select_cancelled);
}

} // namespace
} // namespace medi
