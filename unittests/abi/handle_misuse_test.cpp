// handle_misuse_test.cpp: every C ABI call that takes a handle, given a null handle, a handle
// already spent (dropped, destroyed, joined) and a live handle of another kind: each call is
// reported once, with the call site's source record and its own op, returns its failure value,
// and leaves the live handles working.
#include "abi_test_support.h"
#include "medi/config.h"

#include <cstdint>
#include <functional>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace medi::test {
namespace {

// The handles a misuse can borrow: one live of each kind, and one spent of each kind.
struct Handles {
  medi_rt_sender *sender = nullptr;
  medi_rt_receiver *receiver = nullptr;
  medi_rt_task *task = nullptr;
  medi_rt_region *region = nullptr;
  medi_rt_pool *pool = nullptr;
  medi_rt_sender *spent_sender = nullptr;
  medi_rt_receiver *spent_receiver = nullptr;
  medi_rt_task *spent_task = nullptr;
  medi_rt_region *spent_region = nullptr;
  medi_rt_pool *spent_pool = nullptr;
};

enum class Kind { Sender, Receiver, Task, Region, Pool };

struct Call {
  std::string name;
  std::string op;
  Kind kind; // what the call expects
  std::function<void(void *handle, const medi_rt_source *site)> invoke;
};

void *spent(const Handles &h, Kind kind) {
  switch (kind) {
  case Kind::Sender:
    return h.spent_sender;
  case Kind::Receiver:
    return h.spent_receiver;
  case Kind::Task:
    return h.spent_task;
  case Kind::Region:
    return h.spent_region;
  case Kind::Pool:
    return h.spent_pool;
  }
  return nullptr;
}

// A live handle of some other kind than `kind`.
void *wrong_kind(const Handles &h, Kind kind) {
  return kind == Kind::Receiver ? static_cast<void *>(h.sender) : static_cast<void *>(h.receiver);
}

std::vector<Call> calls() {
  auto tx = [](void *h) { return static_cast<medi_rt_sender *>(h); };
  auto rx = [](void *h) { return static_cast<medi_rt_receiver *>(h); };
  std::vector<Call> all{
      {"join", "task.join", Kind::Task,
       [](void *h, const medi_rt_source *s) {
         EXPECT_EQ(medi_rt_task_join(static_cast<medi_rt_task *>(h), s), MEDI_RT_INVALID_HANDLE);
       }},
      {"detach", "task.detach", Kind::Task,
       [](void *h, const medi_rt_source *s) {
         medi_rt_task_detach(static_cast<medi_rt_task *>(h), s);
       }},
      {"send", "xchan.send", Kind::Sender,
       [tx](void *h, const medi_rt_source *s) {
         const int64_t value = 1;
         EXPECT_EQ(medi_rt_chan_send(tx(h), &value, s), MEDI_RT_INVALID_HANDLE);
       }},
      {"try_send", "xchan.try_send", Kind::Sender,
       [tx](void *h, const medi_rt_source *s) {
         const int64_t value = 1;
         EXPECT_EQ(medi_rt_chan_try_send(tx(h), &value, s), MEDI_RT_INVALID_HANDLE);
       }},
      {"send_timeout", "xchan.send", Kind::Sender,
       [tx](void *h, const medi_rt_source *s) {
         const int64_t value = 1;
         EXPECT_EQ(medi_rt_chan_send_timeout(tx(h), &value, 1000, s), MEDI_RT_INVALID_HANDLE);
       }},
      {"recv", "xchan.recv", Kind::Receiver,
       [rx](void *h, const medi_rt_source *s) {
         int64_t value = 0;
         EXPECT_EQ(medi_rt_chan_recv(rx(h), &value, s), MEDI_RT_INVALID_HANDLE);
       }},
      {"try_recv", "xchan.try_recv", Kind::Receiver,
       [rx](void *h, const medi_rt_source *s) {
         int64_t value = 0;
         EXPECT_EQ(medi_rt_chan_try_recv(rx(h), &value, s), MEDI_RT_INVALID_HANDLE);
       }},
      {"recv_timeout", "xchan.recv", Kind::Receiver,
       [rx](void *h, const medi_rt_source *s) {
         int64_t value = 0;
         EXPECT_EQ(medi_rt_chan_recv_timeout(rx(h), &value, 1000, s), MEDI_RT_INVALID_HANDLE);
       }},
      {"sender_clone", "xchan.sender_clone", Kind::Sender,
       [tx](void *h, const medi_rt_source *s) {
         EXPECT_EQ(medi_rt_chan_sender_clone(tx(h), s), nullptr);
       }},
      {"sender_drop", "xchan.sender_drop", Kind::Sender,
       [tx](void *h, const medi_rt_source *s) { medi_rt_chan_sender_drop(tx(h), s); }},
      {"receiver_clone", "xchan.receiver_clone", Kind::Receiver,
       [rx](void *h, const medi_rt_source *s) {
         EXPECT_EQ(medi_rt_chan_receiver_clone(rx(h), s), nullptr);
       }},
      {"receiver_drop", "xchan.receiver_drop", Kind::Receiver,
       [rx](void *h, const medi_rt_source *s) { medi_rt_chan_receiver_drop(rx(h), s); }},
  };
#if MEDI_ENABLE_RT_ZONES
  auto region = [](void *h) { return static_cast<medi_rt_region *>(h); };
  auto pool = [](void *h) { return static_cast<medi_rt_pool *>(h); };
  all.push_back(
      {"region_alloc", "rt_region.alloc", Kind::Region, [region](void *h, const medi_rt_source *s) {
         EXPECT_EQ(medi_rt_region_alloc(region(h), 8, 8, s), nullptr);
       }});
  all.push_back(
      {"region_reset", "rt_region.reset", Kind::Region,
       [region](void *h, const medi_rt_source *s) { medi_rt_region_reset(region(h), s); }});
  all.push_back(
      {"region_destroy", "rt_region.destroy", Kind::Region,
       [region](void *h, const medi_rt_source *s) { medi_rt_region_destroy(region(h), s); }});
  all.push_back(
      {"pool_alloc", "fixed_pool.alloc", Kind::Pool, [pool](void *h, const medi_rt_source *s) {
         EXPECT_EQ(medi_rt_pool_alloc(pool(h), s), nullptr);
       }});
  all.push_back(
      {"pool_free", "fixed_pool.free", Kind::Pool, [pool](void *h, const medi_rt_source *s) {
         int64_t slot = 0;
         medi_rt_pool_free(pool(h), &slot, s);
       }});
  all.push_back({"pool_destroy", "fixed_pool.destroy", Kind::Pool,
                 [pool](void *h, const medi_rt_source *s) { medi_rt_pool_destroy(pool(h), s); }});
#endif
  return all;
}

void nothing(void *) {}

class HandleMisuseTest : public RecordingTest {
protected:
  void SetUp() override {
    RecordingTest::SetUp();
    medi_rt_chan_create(sizeof(int64_t), 4, &h.sender, &h.receiver, nullptr);
    medi_rt_chan_create(sizeof(int64_t), 4, &h.spent_sender, &h.spent_receiver, nullptr);
    medi_rt_chan_sender_drop(h.spent_sender, nullptr);
    medi_rt_chan_receiver_drop(h.spent_receiver, nullptr);
    h.task = medi_rt_task_spawn(&nothing, nullptr, 0, nullptr);
    h.spent_task = medi_rt_task_spawn(&nothing, nullptr, 0, nullptr);
    ASSERT_EQ(medi_rt_task_join(h.spent_task, nullptr), MEDI_RT_OK);
#if MEDI_ENABLE_RT_ZONES
    h.region = medi_rt_region_create(256, nullptr);
    h.spent_region = medi_rt_region_create(256, nullptr);
    medi_rt_region_destroy(h.spent_region, nullptr);
    h.pool = medi_rt_pool_create(8, 4, nullptr);
    h.spent_pool = medi_rt_pool_create(8, 4, nullptr);
    medi_rt_pool_destroy(h.spent_pool, nullptr);
#endif
    ASSERT_EQ(recorder.size(), 0u);
  }
  void TearDown() override {
    medi_rt_chan_sender_drop(h.sender, nullptr);
    medi_rt_chan_receiver_drop(h.receiver, nullptr);
    if (h.task)
      medi_rt_task_join(h.task, nullptr);
#if MEDI_ENABLE_RT_ZONES
    medi_rt_region_destroy(h.region, nullptr);
    medi_rt_pool_destroy(h.pool, nullptr);
#endif
    RecordingTest::TearDown();
  }
  Handles h;
};

TEST_F(HandleMisuseTest, NullSpentAndWrongKindHandlesAreEachReportedAtTheCallSite) {
  std::uint32_t line = 100;
  std::size_t expected_reports = 0;
  for (const Call &call : calls()) {
    for (const auto &[how, handle] : {std::pair<const char *, void *>{"null", nullptr},
                                      {"spent", spent(h, call.kind)},
                                      {"wrong kind", wrong_kind(h, call.kind)}}) {
      SCOPED_TRACE(call.name + " with a " + how + " handle");
      const medi_rt_source site = site_at(call.op.c_str(), ++line, 7);
      call.invoke(handle, &site);
      const auto reports = recorder.reports();
      ASSERT_EQ(reports.size(), ++expected_reports);
      EXPECT_EQ(reports.back().op, call.op);
      EXPECT_EQ(reports.back().file, "vitals.medi");
      EXPECT_EQ(reports.back().module, "vitals");
      EXPECT_EQ(reports.back().line, line);
      EXPECT_EQ(reports.back().column, 7u);
    }
  }
  // The live handles were never used up by the misuse.
  const int64_t sent = 42;
  int64_t received = 0;
  EXPECT_EQ(medi_rt_chan_send(h.sender, &sent, nullptr), MEDI_RT_OK);
  EXPECT_EQ(medi_rt_chan_recv(h.receiver, &received, nullptr), MEDI_RT_OK);
  EXPECT_EQ(received, 42);
  EXPECT_EQ(medi_rt_task_join(h.task, nullptr), MEDI_RT_OK);
  h.task = nullptr;
#if MEDI_ENABLE_RT_ZONES
  EXPECT_NE(medi_rt_region_alloc(h.region, 8, 8, nullptr), nullptr);
  void *slot = medi_rt_pool_alloc(h.pool, nullptr);
  EXPECT_NE(slot, nullptr);
  medi_rt_pool_free(h.pool, slot, nullptr);
#endif
  EXPECT_EQ(recorder.size(), expected_reports);
}

} // namespace
} // namespace medi::test
