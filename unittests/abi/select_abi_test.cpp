// select_abi_test.cpp: the C ABI's select: which case completed and how (received, sent,
// disconnected, timed out, would block), fairness, a send that does not happen keeping its
// value, rendezvous between two selects, and misuse reported with the case's index.
#include "abi_test_support.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <gtest/gtest.h>
#include <thread>

namespace medi::test {
namespace {

medi_rt_select_case recv_case(TestChannel &c, void *out) {
  return {MEDI_RT_SELECT_RECV, c.rx, out};
}
medi_rt_select_case send_case(TestChannel &c, const void *value) {
  return {MEDI_RT_SELECT_SEND, c.tx, const_cast<void *>(value)};
}

class SelectAbiTest : public RecordingTest {};

TEST_F(SelectAbiTest, ReceivesFromTheReadyCaseAndSendsWhereThereIsRoom) {
  TestChannel readings(8, 4), alarms(8, 4), out(16, 1);
  const int64_t reading = 98;
  ASSERT_EQ(medi_rt_chan_send(readings.tx, &reading, nullptr), MEDI_RT_OK);
  int64_t got_reading = 0, got_alarm = 0;
  std::array cases{recv_case(alarms, &got_alarm), recv_case(readings, &got_reading)};
  int64_t index = -1;
  EXPECT_EQ(medi_rt_select(cases.data(), cases.size(), &index, nullptr), MEDI_RT_OK);
  EXPECT_EQ(index, 1);
  EXPECT_EQ(got_reading, 98);
  EXPECT_EQ(got_alarm, 0);

  const std::array<int64_t, 2> pair{1, 2};
  std::array send{send_case(out, pair.data())};
  EXPECT_EQ(medi_rt_select(send.data(), 1, &index, nullptr), MEDI_RT_OK);
  EXPECT_EQ(index, 0);
  // Full now: a select that must not wait says so, and the value stays with the caller.
  EXPECT_EQ(medi_rt_select_try(send.data(), 1, &index, nullptr), MEDI_RT_EMPTY);
  EXPECT_EQ(index, -1);
  EXPECT_EQ(medi_rt_select_timeout(send.data(), 1, 2'000'000, &index, nullptr), MEDI_RT_TIMEOUT);
  std::array<int64_t, 2> received{};
  ASSERT_EQ(medi_rt_chan_recv(out.rx, received.data(), nullptr), MEDI_RT_OK);
  EXPECT_EQ(received, pair);
  EXPECT_EQ(medi_rt_chan_try_recv(out.rx, received.data(), nullptr), MEDI_RT_EMPTY);
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_F(SelectAbiTest, DisconnectionCompletesTheCaseReportedOnlyForASend) {
  TestChannel ended(8, MEDI_RT_CHAN_UNBOUNDED), gone(8, 2);
  ended.drop_sender();
  int64_t value = 0;
  std::array cases{recv_case(ended, &value)};
  int64_t index = -1;
  EXPECT_EQ(medi_rt_select(cases.data(), 1, &index, nullptr), MEDI_RT_DISCONNECTED);
  EXPECT_EQ(index, 0);
  EXPECT_EQ(recorder.size(), 0u); // the end of a stream
  gone.drop_receiver();
  const medi_rt_source site = site_at("xchan.select", 40, 7);
  std::array sends{send_case(gone, &value)};
  EXPECT_EQ(medi_rt_select(sends.data(), 1, &index, &site), MEDI_RT_DISCONNECTED);
  EXPECT_EQ(index, 0);
  ASSERT_EQ(recorder.size(), 1u);
  EXPECT_EQ(recorder.reports()[0].op, "xchan.send");
  EXPECT_EQ(recorder.reports()[0].line, 40u);
}

TEST_F(SelectAbiTest, FairAmongReadyCases) {
  TestChannel a(8, MEDI_RT_CHAN_UNBOUNDED), b(8, MEDI_RT_CHAN_UNBOUNDED);
  for (int64_t i = 0; i < 1000; ++i) {
    ASSERT_EQ(medi_rt_chan_send(a.tx, &i, nullptr), MEDI_RT_OK);
    ASSERT_EQ(medi_rt_chan_send(b.tx, &i, nullptr), MEDI_RT_OK);
  }
  int64_t value = 0;
  std::array cases{recv_case(a, &value), recv_case(b, &value)};
  std::array<int, 2> chosen{};
  for (int round = 0; round < 1000; ++round) {
    int64_t index = -1;
    ASSERT_EQ(medi_rt_select(cases.data(), 2, &index, nullptr), MEDI_RT_OK);
    ++chosen[static_cast<std::size_t>(index)];
  }
  EXPECT_GT(chosen[0], 350);
  EXPECT_GT(chosen[1], 350);
}

// A rendezvous select on each side: the sender's select meets the receiver's.
TEST_F(SelectAbiTest, TwoRendezvousSelectsMeet) {
  TestChannel meet(8, MEDI_RT_CHAN_RENDEZVOUS), never(8, MEDI_RT_CHAN_RENDEZVOUS);
  std::thread sender([&] {
    const int64_t value = 1234;
    int64_t unused = 0;
    std::array cases{send_case(meet, &value), recv_case(never, &unused)};
    int64_t index = -1;
    EXPECT_EQ(medi_rt_select(cases.data(), 2, &index, nullptr), MEDI_RT_OK);
    EXPECT_EQ(index, 0);
  });
  int64_t got = 0, unused = 0;
  std::array cases{recv_case(meet, &got), recv_case(never, &unused)};
  int64_t index = -1;
  EXPECT_EQ(medi_rt_select(cases.data(), 2, &index, nullptr), MEDI_RT_OK);
  EXPECT_EQ(index, 0);
  EXPECT_EQ(got, 1234);
  sender.join();
}

struct ConsumerEnv {
  medi_rt_receiver *values;
  medi_rt_receiver *stop;
  std::atomic<int64_t> *sum;
  std::atomic<int> *timeouts;
};

struct ProducerEnv {
  medi_rt_sender *values;
  medi_rt_sender *stop;
};

// Selects over values and a stop signal, 1 ms at a time.
void consume(void *env) {
  const auto &e = *static_cast<ConsumerEnv *>(env);
  int64_t value = 0;
  char unit = 0;
  std::array cases{medi_rt_select_case{MEDI_RT_SELECT_RECV, e.values, &value},
                   medi_rt_select_case{MEDI_RT_SELECT_RECV, e.stop, &unit}};
  for (;;) {
    int64_t index = -1;
    const medi_rt_status status =
        medi_rt_select_timeout(cases.data(), cases.size(), 1'000'000, &index, nullptr);
    if (status == MEDI_RT_TIMEOUT) {
      ++*e.timeouts;
      continue;
    }
    ASSERT_EQ(status, MEDI_RT_OK);
    if (index == 1)
      return;
    *e.sum += value;
  }
}

// Sends 1..100 through a rendezvous select, pausing now and then, then the stop signal.
void produce(void *env) {
  const auto &e = *static_cast<ProducerEnv *>(env);
  for (int64_t i = 1; i <= 100; ++i) {
    std::array cases{medi_rt_select_case{MEDI_RT_SELECT_SEND, e.values, &i}};
    int64_t index = -1;
    ASSERT_EQ(medi_rt_select(cases.data(), 1, &index, nullptr), MEDI_RT_OK);
    if (i % 25 == 0) {
      ASSERT_EQ(medi_rt_sleep(5'000'000, nullptr), MEDI_RT_OK);
    }
  }
  const char unit = 1;
  ASSERT_EQ(medi_rt_chan_send(e.stop, &unit, nullptr), MEDI_RT_OK);
}

TEST_F(SelectAbiTest, TasksOnBothSidesWithATimeoutBetweenValues) {
  TestChannel values(8, MEDI_RT_CHAN_RENDEZVOUS), stop(1, MEDI_RT_CHAN_RENDEZVOUS);
  std::atomic<int64_t> sum{0};
  std::atomic<int> timeouts{0};
  const ConsumerEnv consumer_env{values.rx, stop.rx, &sum, &timeouts};
  const ProducerEnv producer_env{values.tx, stop.tx};
  medi_rt_task *consumer = medi_rt_task_spawn(consume, &consumer_env, sizeof consumer_env, nullptr);
  medi_rt_task *producer = medi_rt_task_spawn(produce, &producer_env, sizeof producer_env, nullptr);
  EXPECT_EQ(medi_rt_task_join(producer, nullptr), MEDI_RT_OK);
  EXPECT_EQ(medi_rt_task_join(consumer, nullptr), MEDI_RT_OK);
  EXPECT_EQ(sum.load(), 5050);
  EXPECT_GT(timeouts.load(), 0);
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_F(SelectAbiTest, MisuseIsReportedWithTheCaseIndex) {
  TestChannel c(8, 1);
  int64_t value = 0, index = 0;
  const medi_rt_source site = site_at("xchan.select", 12);
  std::array bad_kind{recv_case(c, &value), medi_rt_select_case{7, c.rx, &value}};
  EXPECT_EQ(medi_rt_select(bad_kind.data(), 2, &index, &site), MEDI_RT_INVALID_ARGUMENT);
  EXPECT_EQ(index, 1);
  std::array wrong_end{medi_rt_select_case{MEDI_RT_SELECT_SEND, c.rx, &value}};
  EXPECT_EQ(medi_rt_select(wrong_end.data(), 1, &index, &site), MEDI_RT_INVALID_HANDLE);
  EXPECT_EQ(index, 0);
  std::array null_value{medi_rt_select_case{MEDI_RT_SELECT_RECV, c.rx, nullptr}};
  EXPECT_EQ(medi_rt_select(null_value.data(), 1, &index, &site), MEDI_RT_INVALID_ARGUMENT);
  EXPECT_EQ(medi_rt_select(null_value.data(), 0, &index, &site), MEDI_RT_INVALID_ARGUMENT);
  EXPECT_EQ(medi_rt_select(null_value.data(), 1, nullptr, &site), MEDI_RT_INVALID_ARGUMENT);
  const auto reports = recorder.reports();
  ASSERT_EQ(reports.size(), 5u);
  for (const auto &report : reports) {
    EXPECT_EQ(report.op, "xchan.select");
    EXPECT_EQ(report.line, 12u);
  }
  // Nothing was received by the bad selects.
  const int64_t one = 1;
  ASSERT_EQ(medi_rt_chan_send(c.tx, &one, nullptr), MEDI_RT_OK);
  EXPECT_EQ(medi_rt_chan_try_recv(c.rx, &value, nullptr), MEDI_RT_OK);
  EXPECT_EQ(value, 1);
}

} // namespace
} // namespace medi::test
