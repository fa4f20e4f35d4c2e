// gc_stress_test.cpp: long runs that must leave a bounded live set: alloc/root/unroot churn,
// the healthcare-shaped patient-record workload, and 8 tasks allocating at once.
#include "../error/report_recorder.h"
#include "gc_test_support.h"
#include "medi/scheduler.h"
#include "medi/task.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace medi {
namespace {

using gc_zone::SafeGc;

class GcStressTest : public test::RecordingTest {};

TEST_F(GcStressTest, AllocRootUnrootCyclesLeaveABoundedLiveSet) {
  SafeGc gc(test::small_gc_params());
  std::size_t peak = 0;
  for (int round = 0; round < 200; ++round) {
    std::vector<gc_zone::GcRoot<std::string>> roots;
    for (int i = 0; i < 100; ++i)
      roots.push_back(gc.root(gc.allocate<std::string>("reading " + std::to_string(i)).value()));
    peak = std::max(peak, gc.stats().live_objects);
  } // every root dropped
  gc.collect_garbage();
  const auto stats = gc.stats();
  EXPECT_EQ(stats.live_objects, 0u);
  EXPECT_EQ(stats.allocated_objects, 20000u);
  EXPECT_EQ(stats.freed_objects, 20000u);
  EXPECT_GT(stats.minor_collections, 0u);
  // The nursery threshold bounds what churn leaves behind between collections.
  EXPECT_LT(peak, 2000u);
  EXPECT_EQ(recorder.size(), 0u);
}

// 512 rooted patient records with 6 string fields each (name, MRN, ward, diagnosis, allergy,
// attending), fields replaced 20,000 times, then every record unrooted: the live set falls to
// near zero. Built through the id API, exactly as compiled code does it.
TEST_F(GcStressTest, PatientRecordsChurnThenUnrootAll) {
  SafeGc gc(test::small_gc_params());
  constexpr int kRecords = 512, kFields = 6, kIterations = 20000;
  const std::source_location here = std::source_location::current();
  auto text = [&](const std::string &value) {
    return gc.allocate_string({reinterpret_cast<const std::uint8_t *>(value.data()), value.size()},
                              here);
  };
  std::vector<std::uint64_t> records(kRecords);
  std::vector<std::vector<std::uint64_t>> fields(kRecords, std::vector<std::uint64_t>(kFields));
  for (int r = 0; r < kRecords; ++r) {
    records[r] = gc.allocate_unit(here);
    gc.add_root(records[r], here);
    for (int f = 0; f < kFields; ++f) {
      fields[r][f] = text("patient " + std::to_string(r) + " field " + std::to_string(f));
      gc.add_edge(records[r], fields[r][f], here);
    }
  }
  const std::size_t expected_live = kRecords * (1 + kFields);
  for (int i = 0; i < kIterations; ++i) {
    const int r = (i * 7919) % kRecords, f = i % kFields;
    const std::uint64_t fresh = text("update " + std::to_string(i));
    gc.remove_edge(records[r], fields[r][f], here);
    gc.add_edge(records[r], fresh, here);
    gc.write_barrier(records[r], fresh, here);
    fields[r][f] = fresh;
  }
  EXPECT_GT(gc.stats().minor_collections, 0u);
  gc.collect_garbage();
  EXPECT_EQ(gc.stats().live_objects, expected_live) << "exactly the records and current fields";
  for (int r = 0; r < kRecords; ++r)
    for (int f = 0; f < kFields; ++f)
      ASSERT_TRUE(gc.string_view(fields[r][f], here).has_value());
  for (std::uint64_t record : records)
    gc.remove_root(record, here);
  gc.collect_garbage();
  EXPECT_EQ(gc.stats().live_objects, 0u);
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_F(GcStressTest, EightTasksAllocateAtOnce) {
  SafeGc gc(test::small_gc_params());
  Scheduler scheduler(4);
  constexpr int kTasks = 8, kPerTask = 5000;
  std::vector<Task<std::vector<std::uint64_t>>> tasks;
  for (int t = 0; t < kTasks; ++t)
    tasks.push_back(scheduler.spawn_task([&gc, t] {
      std::vector<std::uint64_t> kept;
      const std::source_location here = std::source_location::current();
      const std::uint64_t list = gc.allocate_unit(here);
      gc.add_root(list, here);
      kept.push_back(list);
      for (int i = 0; i < kPerTask; ++i) {
        auto value =
            gc.allocate<std::string>("task " + std::to_string(t) + " #" + std::to_string(i));
        if (!value)
          return kept;
        if (i % 10 == 0) { // every tenth is kept, linked from the task's root
          gc.add_edge(list, value->id(), here);
          kept.push_back(value->id());
        }
        if (i % 500 == 0)
          yield_now();
      }
      return kept;
    }));
  std::vector<std::uint64_t> kept;
  for (auto &task : tasks) {
    auto ids = task.join();
    ASSERT_TRUE(ids.has_value());
    kept.insert(kept.end(), ids->begin(), ids->end());
  }
  ASSERT_EQ(kept.size(), std::size_t{kTasks * (1 + kPerTask / 10)});
  gc.collect_garbage();
  for (std::uint64_t id : kept)
    ASSERT_TRUE(gc.contains(id));
  const auto stats = gc.stats();
  EXPECT_EQ(stats.live_objects, kept.size());
  EXPECT_EQ(stats.allocated_objects, std::uint64_t{kTasks} * (kPerTask + 1));
  EXPECT_GT(stats.minor_collections, 0u);
  EXPECT_EQ(recorder.size(), 0u) << "no task's new object was freed under it";
}

} // namespace
} // namespace medi
