// chan_abi_test.cpp: the C ABI's channels: values of every size class arrive whole and in order,
// between tasks and threads; nothing is lost at disconnection; Empty and Full are answers, not
// reports; failures and misuse are reported with the call's source record.
#include "abi_test_support.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <gtest/gtest.h>
#include <thread>
#include <vector>

namespace medi::test {
namespace {

class ChanAbiTest : public RecordingTest {
protected:
  void make(uint64_t elem_size, int64_t capacity) {
    medi_rt_chan_create(elem_size, capacity, &tx, &rx, nullptr);
    ASSERT_NE(tx, nullptr);
    ASSERT_NE(rx, nullptr);
  }
  void TearDown() override {
    if (tx)
      medi_rt_chan_sender_drop(tx, nullptr);
    if (rx)
      medi_rt_chan_receiver_drop(rx, nullptr);
    RecordingTest::TearDown();
  }
  medi_rt_sender *tx = nullptr;
  medi_rt_receiver *rx = nullptr;
};

template <std::size_t N> struct Blob {
  std::array<unsigned char, N> bytes;
  static Blob of(int seed) {
    Blob blob;
    for (std::size_t i = 0; i < N; ++i)
      blob.bytes[i] = static_cast<unsigned char>(seed * 31 + i);
    return blob;
  }
};

template <std::size_t N> void round_trip_blobs(int64_t capacity) {
  medi_rt_sender *tx = nullptr;
  medi_rt_receiver *rx = nullptr;
  medi_rt_chan_create(N, capacity, &tx, &rx, nullptr);
  std::thread producer([tx] {
    for (int i = 0; i < 200; ++i) {
      const Blob<N> blob = Blob<N>::of(i);
      ASSERT_EQ(medi_rt_chan_send(tx, &blob, nullptr), MEDI_RT_OK);
    }
    medi_rt_chan_sender_drop(tx, nullptr);
  });
  for (int i = 0; i < 200; ++i) {
    Blob<N> blob{};
    ASSERT_EQ(medi_rt_chan_recv(rx, &blob, nullptr), MEDI_RT_OK);
    ASSERT_EQ(blob.bytes, Blob<N>::of(i).bytes) << "size " << N << " value " << i;
  }
  producer.join();
  medi_rt_chan_receiver_drop(rx, nullptr);
}

TEST_F(ChanAbiTest, ValuesOfEverySizeClassArriveWholeAndInOrder) {
  round_trip_blobs<1>(MEDI_RT_CHAN_UNBOUNDED);
  round_trip_blobs<12>(4);
  round_trip_blobs<24>(MEDI_RT_CHAN_RENDEZVOUS);
  round_trip_blobs<40>(1);
  round_trip_blobs<100>(MEDI_RT_CHAN_UNBOUNDED); // past the inline sizes: a heap block each
  EXPECT_EQ(recorder.size(), 0u);
}

struct ProducerEnv {
  medi_rt_sender *tx;
  int64_t first;
  int64_t count;
};
void producer_body(void *env) {
  auto *producer = static_cast<ProducerEnv *>(env);
  for (int64_t i = 0; i < producer->count; ++i) {
    const int64_t value = producer->first + i;
    if (medi_rt_chan_send(producer->tx, &value, nullptr) != MEDI_RT_OK)
      medi_rt_task_panic("send failed", nullptr);
  }
  medi_rt_chan_sender_drop(producer->tx, nullptr);
}

TEST_F(ChanAbiTest, FourProducerTasksAndNothingLost) {
  make(sizeof(int64_t), 64);
  std::vector<medi_rt_task *> tasks;
  for (int64_t p = 0; p < 4; ++p) {
    ProducerEnv env{medi_rt_chan_sender_clone(tx, nullptr), p * 10'000, 10'000};
    tasks.push_back(medi_rt_task_spawn(&producer_body, &env, sizeof env, nullptr));
  }
  medi_rt_chan_sender_drop(tx, nullptr);
  tx = nullptr;
  int64_t sum = 0;
  int64_t count = 0;
  for (int64_t value; medi_rt_chan_recv(rx, &value, nullptr) == MEDI_RT_OK; ++count)
    sum += value;
  for (medi_rt_task *task : tasks)
    EXPECT_EQ(medi_rt_task_join(task, nullptr), MEDI_RT_OK);
  EXPECT_EQ(count, 40'000);
  EXPECT_EQ(sum, 40'000LL * 39'999 / 2);
  EXPECT_EQ(recorder.size(), 0u); // the end of the stream is an outcome, not a report
}

TEST_F(ChanAbiTest, EmptyAndFullAreAnswersNotReports) {
  make(sizeof(int64_t), 1);
  int64_t value = 7;
  EXPECT_EQ(medi_rt_chan_try_recv(rx, &value, nullptr), MEDI_RT_EMPTY);
  EXPECT_EQ(medi_rt_chan_try_send(tx, &value, nullptr), MEDI_RT_OK);
  EXPECT_EQ(medi_rt_chan_try_send(tx, &value, nullptr), MEDI_RT_FULL);
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_F(ChanAbiTest, BufferedValuesOutliveTheSendersThenTheStreamEndsQuietly) {
  make(sizeof(int64_t), MEDI_RT_CHAN_UNBOUNDED);
  for (int64_t i = 1; i <= 3; ++i)
    ASSERT_EQ(medi_rt_chan_send(tx, &i, nullptr), MEDI_RT_OK);
  medi_rt_chan_sender_drop(tx, nullptr);
  tx = nullptr;
  int64_t value = 0;
  for (int64_t i = 1; i <= 3; ++i) {
    ASSERT_EQ(medi_rt_chan_recv(rx, &value, nullptr), MEDI_RT_OK);
    EXPECT_EQ(value, i);
  }
  const medi_rt_source site = site_at("xchan.recv", 77, 12);
  EXPECT_EQ(medi_rt_chan_recv(rx, &value, &site), MEDI_RT_DISCONNECTED);
  const medi_rt_source try_site = site_at("xchan.try_recv", 78);
  EXPECT_EQ(medi_rt_chan_try_recv(rx, &value, &try_site), MEDI_RT_DISCONNECTED);
  EXPECT_EQ(medi_rt_chan_recv_timeout(rx, &value, 1'000'000, &site), MEDI_RT_DISCONNECTED);
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_F(ChanAbiTest, ASendWithNoReceiverLeftIsReportedAndTheValueStaysWithTheCaller) {
  make(sizeof(int64_t), 8);
  medi_rt_chan_receiver_drop(rx, nullptr);
  rx = nullptr;
  const int64_t value = 42;
  const medi_rt_source site = site_at("xchan.send", 90);
  EXPECT_EQ(medi_rt_chan_send(tx, &value, &site), MEDI_RT_DISCONNECTED);
  expect_one_report_at(recorder, site, "xchan.send");
  EXPECT_EQ(value, 42);
}

TEST_F(ChanAbiTest, TimeoutsAreAnswersNotReports) {
  make(sizeof(int64_t), MEDI_RT_CHAN_RENDEZVOUS);
  int64_t value = 1;
  const medi_rt_source site = site_at("xchan.recv", 95);
  EXPECT_EQ(medi_rt_chan_recv_timeout(rx, &value, 2'000'000, &site), MEDI_RT_TIMEOUT);
  EXPECT_EQ(medi_rt_chan_send_timeout(tx, &value, 0, nullptr), MEDI_RT_TIMEOUT);
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_F(ChanAbiTest, AClonedSenderKeepsTheChannelOpen) {
  make(sizeof(int64_t), 4);
  medi_rt_sender *second = medi_rt_chan_sender_clone(tx, nullptr);
  medi_rt_chan_sender_drop(tx, nullptr);
  tx = second;
  int64_t value = 5;
  EXPECT_EQ(medi_rt_chan_send(tx, &value, nullptr), MEDI_RT_OK);
  medi_rt_receiver *other = medi_rt_chan_receiver_clone(rx, nullptr);
  EXPECT_EQ(medi_rt_chan_recv(other, &value, nullptr), MEDI_RT_OK);
  medi_rt_chan_receiver_drop(other, nullptr);
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_F(ChanAbiTest, DroppedTwiceForgedAndWrongKindHandlesAreReportedNotUsed) {
  make(sizeof(int64_t), 4);
  medi_rt_sender *spare = medi_rt_chan_sender_clone(tx, nullptr);
  medi_rt_chan_sender_drop(spare, nullptr);
  const medi_rt_source drop_site = site_at("xchan.sender_drop", 101);
  medi_rt_chan_sender_drop(spare, &drop_site);
  expect_one_report_at(recorder, drop_site, "xchan.sender_drop");

  int64_t value = 3;
  EXPECT_EQ(medi_rt_chan_send(reinterpret_cast<medi_rt_sender *>(rx), &value, nullptr),
            MEDI_RT_INVALID_HANDLE);
  EXPECT_EQ(medi_rt_chan_recv(reinterpret_cast<medi_rt_receiver *>(0x1234), &value, nullptr),
            MEDI_RT_INVALID_HANDLE);
  EXPECT_EQ(medi_rt_chan_send(nullptr, &value, nullptr), MEDI_RT_INVALID_HANDLE);
  EXPECT_EQ(recorder.size(), 4u);
  // The real ends still work.
  EXPECT_EQ(medi_rt_chan_send(tx, &value, nullptr), MEDI_RT_OK);
  EXPECT_EQ(medi_rt_chan_recv(rx, &value, nullptr), MEDI_RT_OK);
}

TEST_F(ChanAbiTest, InvalidCreationIsReportedAndHandsOutNoHandles) {
  const medi_rt_source site = site_at("xchan.create", 110);
  medi_rt_chan_create(8, -2, &tx, &rx, &site);
  EXPECT_EQ(tx, nullptr);
  EXPECT_EQ(rx, nullptr);
  expect_one_report_at(recorder, site, "xchan.create");
}

TEST_F(ChanAbiTest, ZeroSizedValuesAreSignals) {
  make(0, 2);
  EXPECT_EQ(medi_rt_chan_send(tx, nullptr, nullptr), MEDI_RT_OK);
  EXPECT_EQ(medi_rt_chan_recv(rx, nullptr, nullptr), MEDI_RT_OK);
  EXPECT_EQ(medi_rt_chan_try_recv(rx, nullptr, nullptr), MEDI_RT_EMPTY);
}

} // namespace
} // namespace medi::test
