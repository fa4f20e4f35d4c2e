// channel_handle_test.cpp: channel handles are values. They copy (where copyable), move, assign
// and swap, and live in containers; each operation keeps the count of senders and receivers
// right, which shows in when a channel disconnects. Values move with try_send / try_recv, so a
// handle that ends up on the wrong channel fails the test instead of blocking it.
#include "../error/report_recorder.h"
#include "medi/channel.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <map>
#include <type_traits>
#include <utility>
#include <vector>

namespace medi {
namespace {

// Copyable handles: every one of the standard value operations.
template <class H>
constexpr bool kRegularHandle =
    std::is_nothrow_default_constructible_v<H> && std::is_copy_constructible_v<H> &&
    std::is_copy_assignable_v<H> && std::is_nothrow_move_constructible_v<H> &&
    std::is_nothrow_move_assignable_v<H> && std::is_nothrow_swappable_v<H>;
static_assert(kRegularHandle<Sender<int>>);
static_assert(kRegularHandle<Receiver<int>>);
static_assert(kRegularHandle<SenderHandle<int>>);
// The MPSC channel has one receiver: its handle moves but does not copy.
static_assert(!std::is_copy_constructible_v<ReceiverHandle<int>>);
static_assert(!std::is_copy_assignable_v<ReceiverHandle<int>>);
static_assert(std::is_nothrow_move_constructible_v<ReceiverHandle<int>>);
static_assert(std::is_nothrow_move_assignable_v<ReceiverHandle<int>>);
static_assert(std::is_nothrow_swappable_v<ReceiverHandle<int>>);

// A failed send or recv is reported: the recorder keeps those out of the test's output.
class ChannelHandleTest : public test::RecordingTest {};

TEST_F(ChannelHandleTest, CopyAssigningASenderMovesItToTheOtherChannel) {
  auto [tx_a, rx_a] = create_bounded_channel<int>(4);
  auto [tx_b, rx_b] = create_bounded_channel<int>(4);
  Sender<int> tx = tx_a;
  tx = tx_b; // channel a keeps tx_a; channel b now has two senders
  EXPECT_TRUE(tx.same_channel(tx_b));
  EXPECT_FALSE(tx.same_channel(tx_a));
  tx_b = Sender<int>();
  EXPECT_FALSE(rx_b.is_disconnected()) << "tx still sends on channel b";
  ASSERT_TRUE(tx.try_send(7).has_value());
  EXPECT_EQ(rx_b.try_recv(), 7);
  tx = Sender<int>();
  EXPECT_TRUE(rx_b.is_disconnected());
  EXPECT_FALSE(rx_a.is_disconnected()) << "tx_a still sends on channel a";
}

TEST_F(ChannelHandleTest, AssigningTheLastSenderAwayDisconnectsItsChannel) {
  auto [tx_a, rx_a] = create_unbounded_channel<int>();
  auto [tx_b, rx_b] = create_unbounded_channel<int>();
  ASSERT_TRUE(tx_a.try_send(1).has_value());
  tx_a = tx_b; // channel a loses its only sender
  EXPECT_TRUE(rx_a.is_disconnected());
  EXPECT_EQ(rx_a.try_recv(), 1) << "a value sent before the disconnection still arrives";
  EXPECT_EQ(rx_a.try_recv(), std::unexpected(TryRecvError::Disconnected));
  EXPECT_FALSE(rx_b.is_disconnected());
}

TEST_F(ChannelHandleTest, SelfAssignmentChangesNothing) {
  auto [tx, rx] = create_bounded_channel<int>(1);
  Sender<int> &alias = tx;
  tx = alias;
  tx = std::move(alias);
  EXPECT_FALSE(rx.is_disconnected());
  ASSERT_TRUE(tx.try_send(3).has_value());
  EXPECT_EQ(rx.try_recv(), 3);
  tx = Sender<int>();
  EXPECT_TRUE(rx.is_disconnected()) << "self-assignment must not have added a sender";
}

TEST_F(ChannelHandleTest, MoveAssignmentTakesTheHandleAndEmptiesTheSource) {
  auto [tx, rx] = create_bounded_channel<int>(1);
  Sender<int> target;
  target = std::move(tx);
  EXPECT_FALSE(tx.same_channel(target)); // NOLINT(bugprone-use-after-move): moved-from is empty
  EXPECT_TRUE(tx.is_disconnected());
  ASSERT_TRUE(target.try_send(5).has_value());
  EXPECT_EQ(rx.try_recv(), 5);
  target = Sender<int>();
  EXPECT_TRUE(rx.is_disconnected());
}

TEST_F(ChannelHandleTest, ReceiversAssignAndDisconnectTheirSenders) {
  auto [tx, rx] = create_bounded_channel<int>(1);
  auto [other_tx, other_rx] = create_bounded_channel<int>(1);
  Receiver<int> copy = rx;
  rx = other_rx; // channel 1 keeps `copy`
  EXPECT_FALSE(tx.is_disconnected());
  copy = std::move(other_rx); // channel 1's last receiver goes
  EXPECT_TRUE(tx.is_disconnected());
  auto failed = tx.send(9);
  ASSERT_FALSE(failed.has_value());
  EXPECT_EQ(failed.error().value, 9) << "the value is handed back";
  ASSERT_EQ(recorder.size(), 1u);
  EXPECT_EQ(recorder.reports()[0].op, "xchan.send");
}

TEST_F(ChannelHandleTest, TheMpscReceiverMoveAssigns) {
  auto [tx_a, rx_a] = create_channel<int>();
  auto [tx_b, rx_b] = create_channel<int>();
  ASSERT_TRUE(tx_b.send(2).has_value());
  rx_a = std::move(rx_b); // channel a loses its receiver; rx_a now receives channel b
  EXPECT_TRUE(tx_a.is_disconnected());
  EXPECT_EQ(rx_a.try_recv(), 2);
  SenderHandle<int> tx = tx_a;
  tx = tx_b;
  tx_b = SenderHandle<int>();
  ASSERT_TRUE(tx.send(4).has_value());
  EXPECT_EQ(rx_a.try_recv(), 4);
}

TEST_F(ChannelHandleTest, SwapExchangesTheChannels) {
  auto [tx_a, rx_a] = create_bounded_channel<int>(2);
  auto [tx_b, rx_b] = create_bounded_channel<int>(2);
  using std::swap;
  swap(tx_a, tx_b);
  ASSERT_TRUE(tx_a.try_send(1).has_value());
  ASSERT_TRUE(tx_b.try_send(2).has_value());
  EXPECT_EQ(rx_b.try_recv(), 1);
  EXPECT_EQ(rx_a.try_recv(), 2);
  swap(rx_a, rx_b);
  ASSERT_TRUE(tx_a.try_send(3).has_value());
  EXPECT_EQ(rx_a.try_recv(), 3);

  auto [mpsc_tx_a, mpsc_rx_a] = create_channel<int>();
  auto [mpsc_tx_b, mpsc_rx_b] = create_channel<int>();
  swap(mpsc_rx_a, mpsc_rx_b);
  ASSERT_TRUE(mpsc_tx_a.send(10).has_value());
  EXPECT_EQ(mpsc_rx_b.try_recv(), 10);
}

TEST_F(ChannelHandleTest, HandlesSortAndLiveInContainers) {
  // Five channels whose senders are kept in a vector sorted by a key, and in a map: every
  // reordering moves and move-assigns handles, and no channel gains or loses a sender.
  std::vector<Receiver<int>> receivers;
  std::vector<std::pair<int, Sender<int>>> senders;
  for (int key : {4, 1, 3, 0, 2}) {
    auto [tx, rx] = create_bounded_channel<int>(1);
    senders.emplace_back(key, std::move(tx));
    receivers.push_back(std::move(rx));
  }
  std::ranges::sort(senders, {}, &std::pair<int, Sender<int>>::first);
  std::map<int, Sender<int>> by_key;
  for (const auto &[key, tx] : senders) {
    by_key[key] = tx; // a copy assignment into a default-constructed handle
    ASSERT_TRUE(tx.try_send(key).has_value());
  }
  // Each receiver got the key it was created with, whatever order its sender ended up in.
  const int created_order[] = {4, 1, 3, 0, 2};
  for (std::size_t i = 0; i < receivers.size(); ++i)
    EXPECT_EQ(receivers[i].try_recv(), created_order[i]);
  senders.clear();
  for (auto &rx : receivers)
    EXPECT_FALSE(rx.is_disconnected()) << "the map still holds a sender";
  by_key.clear();
  for (auto &rx : receivers)
    EXPECT_TRUE(rx.is_disconnected());
}

} // namespace
} // namespace medi
