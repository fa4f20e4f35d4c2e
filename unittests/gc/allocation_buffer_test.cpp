// allocation_buffer_test.cpp: strings and units carved from threads' allocation buffers
// (runtime/gc/allocation_buffer.h) without the heap's lock. A fresh object is usable by handle at
// once, from any thread; every collection sees every thread's objects; a thread that exits, or
// uses more heaps than it keeps buffers for, gives its buffers back; nothing is lost or freed
// while reachable.
#include "../error/report_recorder.h"
#include "gc_test_support.h"

#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <memory>
#include <span>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace medi {
namespace {

using gc_zone::GcParams;
using gc_zone::SafeGc;

class AllocationBufferTest : public test::RecordingTest {};

const std::source_location kHere = std::source_location::current();

std::uint64_t string_in(SafeGc &gc, const std::string &text) {
  return gc.allocate_string(
      std::span(reinterpret_cast<const std::uint8_t *>(text.data()), text.size()), kHere);
}

TEST_F(AllocationBufferTest, AFreshObjectIsUsableFromAnotherThreadAtOnce) {
  SafeGc gc(GcParams{});
  std::atomic<std::uint64_t> handed{0};
  std::atomic<bool> done{false};
  // The first allocation fills the thread's buffer; the next ones are carved without the lock
  // and stay fresh (the buffer holds more than these) while main uses them.
  std::thread owner([&] {
    string_in(gc, "first");
    handed = string_in(gc, "fresh from a buffer");
    while (!done.load())
      std::this_thread::yield();
  });
  while (handed.load() == 0)
    std::this_thread::yield();
  const std::uint64_t id = handed.load();
  EXPECT_TRUE(gc.contains(id));
  EXPECT_EQ(gc.string_view(id, kHere), "fresh from a buffer");
  gc.add_root(id, kHere);
  done = true;
  owner.join();
  gc.collect_garbage();
  EXPECT_EQ(gc.string_view(id, kHere), "fresh from a buffer");
  EXPECT_EQ(gc.stats().live_objects, 1u) << "the owner exited: its other object is garbage";
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_F(AllocationBufferTest, StatsAndCollectionsCountEveryThreadsObjects) {
  SafeGc gc(GcParams{});
  constexpr int kThreads = 3;
  std::atomic<int> allocated{0};
  std::atomic<bool> done{false};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 10; ++i)
        gc.allocate_unit(kHere); // garbage, fresh in this thread's buffer
      allocated.fetch_add(10);
      while (!done.load())
        std::this_thread::yield();
    });
  while (allocated.load() < kThreads * 10)
    std::this_thread::yield();
  // The threads still live, their objects sit fresh in their buffers: stats gather them.
  EXPECT_EQ(gc.stats().allocated_objects, std::uint64_t{kThreads} * 10);
  // The threads' mutators still run, so their unpublished objects are pending.
  gc.collect_garbage();
  EXPECT_EQ(gc.stats().live_objects, std::uint64_t{kThreads} * 10);
  done = true;
  for (auto &thread : threads)
    thread.join();
  gc.collect_garbage();
  EXPECT_EQ(gc.stats().live_objects, 0u) << "exited threads' objects are collected";
}

// A parent carved fresh on one thread, rooted and given a child on another, keeps that child
// through the minor collections a third thread's allocations run, before the parent's owner
// ever refills: collections gather every buffer first.
TEST_F(AllocationBufferTest, AFreshParentKeepsItsChildThroughMinorCollections) {
  GcParams params = test::small_gc_params();
  SafeGc gc(params);
  std::atomic<std::uint64_t> parent{0};
  std::atomic<bool> done{false};
  std::thread owner([&] {
    gc.allocate_unit(kHere); // fills the buffer
    parent = gc.allocate_unit(kHere);
    while (!done.load())
      std::this_thread::yield();
  });
  while (parent.load() == 0)
    std::this_thread::yield();
  gc.add_root(parent.load(), kHere);
  // A typed object is registered at once: young, in the nursery, reachable only via the parent.
  auto child_ref = gc.allocate<std::string>("the child").value();
  const std::uint64_t child = child_ref.id();
  gc.add_edge(parent.load(), child, kHere);
  std::thread churn([&] { // no stats() here: it would gather the parent itself
    for (int i = 0; i < 4000; ++i)
      string_in(gc, "garbage garbage garbage");
  });
  churn.join();
  ASSERT_GE(gc.stats().minor_collections, 3u);
  ASSERT_TRUE(gc.contains(child));
  EXPECT_EQ(*child_ref, "the child");
  done = true;
  owner.join();
  gc.collect_garbage();
  EXPECT_EQ(*child_ref, "the child");
  gc.remove_root(parent.load(), kHere);
  gc.collect_garbage();
  EXPECT_FALSE(gc.contains(child));
  EXPECT_EQ(recorder.size(), 0u);
}

// Threads allocate at once while collections of every kind run: the kept objects keep their
// text, everything else is collected, the counts are exact.
TEST_F(AllocationBufferTest, ConcurrentAllocationLosesNothingAcrossCollections) {
  GcParams params = test::small_gc_params();
  params.promotion_threshold = 1;
  params.max_pause = std::chrono::microseconds(50);
  SafeGc gc(params);
  constexpr int kThreads = 4, kEach = 20000, kKeepEvery = 50;
  std::vector<std::vector<std::uint64_t>> kept(kThreads);
  std::atomic<bool> stop_collecting{false};
  std::thread collector([&] {
    while (!stop_collecting.load()) {
      gc.collect_garbage();
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  });
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      const std::uint64_t list = gc.allocate_unit(kHere);
      gc.add_root(list, kHere);
      kept[t].push_back(list);
      for (int i = 0; i < kEach; ++i) {
        const std::uint64_t id =
            i % 3 == 0 ? gc.allocate_unit(kHere)
                       : string_in(gc, "thread " + std::to_string(t) + " #" + std::to_string(i));
        ASSERT_NE(id, 0u);
        if (i % kKeepEvery == 0) {
          gc.add_edge(list, id, kHere);
          kept[t].push_back(id);
        }
      }
    });
  for (auto &thread : threads)
    thread.join();
  stop_collecting = true;
  collector.join();
  gc.collect_garbage();
  std::size_t total = 0;
  for (int t = 0; t < kThreads; ++t) {
    for (std::size_t k = 1; k < kept[t].size(); ++k) {
      const int i = static_cast<int>((k - 1) * kKeepEvery);
      ASSERT_TRUE(gc.contains(kept[t][k])) << "thread " << t << " #" << i;
      if (i % 3 != 0) {
        EXPECT_EQ(gc.string_view(kept[t][k], kHere),
                  "thread " + std::to_string(t) + " #" + std::to_string(i));
      }
    }
    total += kept[t].size();
  }
  const auto stats = gc.stats();
  EXPECT_EQ(stats.live_objects, total);
  EXPECT_EQ(stats.allocated_objects, std::uint64_t{kThreads} * (kEach + 1));
  EXPECT_GT(stats.minor_collections + stats.major_cycles, 0u);
  EXPECT_EQ(recorder.size(), 0u);
}

// Objects carved during an incremental major cycle are not swept by it, registered or not: a
// second thread's fresh objects (steps do not gather buffers) stay while main's allocations run
// the cycle's steps.
TEST_F(AllocationBufferTest, ObjectsCarvedDuringAMajorCycleSurviveIt) {
  SafeGc gc(test::tiny_pause_gc_params());
  const std::uint64_t head = test::rooted_head_with_children(gc, 20000, kHere);
  std::atomic<bool> stop{false};
  std::atomic<int> lost{0};
  std::thread carver([&] {
    std::uint64_t previous = 0; // unpublished and its thread runs: pending, never swept
    for (int i = 0; !stop.load(std::memory_order_relaxed); ++i) {
      const std::uint64_t id = string_in(gc, "fresh " + std::to_string(i));
      if (previous != 0 && !gc.contains(previous))
        lost.fetch_add(1);
      previous = id;
    }
  });
  std::vector<std::pair<std::uint64_t, std::string>> linked;
  // Carve until a major cycle completes that was under way while carving.
  const auto cycles = gc.stats().major_cycles;
  bool seen_in_progress = false;
  for (int i = 0; !seen_in_progress || gc.stats().major_cycles == cycles;) {
    ASSERT_LT(i, 4000000) << "no major cycle ran while objects were carved: "
                          << gc.stats().major_cycles - cycles << " completed, "
                          << (seen_in_progress ? "one seen under way" : "none seen under way")
                          << ", old objects " << gc.stats().old_objects;
    for (int k = 0; k < 256; ++k, ++i) {
      std::string text = "carved " + std::to_string(i);
      const std::uint64_t id = string_in(gc, text);
      if (i % 5 == 0) {
        gc.add_edge(head, id, kHere);
        linked.emplace_back(id, std::move(text));
      }
    }
    seen_in_progress = seen_in_progress || gc.stats().major_in_progress;
  }
  stop = true;
  carver.join();
  EXPECT_EQ(lost.load(), 0) << "a fresh object was swept";
  EXPECT_GT(gc.stats().major_steps, 2u);
  for (const auto &[id, text] : linked)
    ASSERT_EQ(gc.string_view(id, kHere), text);
  EXPECT_EQ(recorder.size(), 0u);
}

// A thread that uses more heaps than it keeps buffers for gives the oldest back, and a heap
// destroyed while another thread still has its entry is never touched through that entry.
TEST_F(AllocationBufferTest, ManyHeapsAndDeadHeapsOnOneThread) {
  constexpr int kHeaps = 7;
  std::vector<std::unique_ptr<SafeGc>> heaps;
  for (int h = 0; h < kHeaps; ++h)
    heaps.push_back(std::make_unique<SafeGc>(GcParams{}));
  std::vector<std::uint64_t> ids;
  for (int round = 0; round < 3; ++round)
    for (int h = 0; h < kHeaps; ++h) {
      const std::uint64_t id = string_in(*heaps[h], "heap " + std::to_string(h));
      heaps[h]->add_root(id, kHere);
      ids.push_back(id);
    }
  for (int h = 0; h < kHeaps; ++h) {
    heaps[h]->collect_garbage();
    EXPECT_EQ(heaps[h]->stats().live_objects, 3u);
    EXPECT_EQ(heaps[h]->stats().allocated_objects, 3u);
  }
  std::atomic<int> step{0};
  std::thread other([&] {
    string_in(*heaps[0], "other thread");
    string_in(*heaps[0], "other thread again");
    step = 1;
    while (step.load() != 2)
      std::this_thread::yield();
    // Its entry for heap 0 names a dead heap now: a new heap is a different one.
    SafeGc fresh(GcParams{});
    EXPECT_EQ(fresh.string_view(string_in(fresh, "new heap"), kHere), "new heap");
  }); // exits: gives back only what belongs to live heaps
  while (step.load() != 1)
    std::this_thread::yield();
  heaps[0].reset();
  step = 2;
  other.join();
  EXPECT_EQ(recorder.size(), 0u);
}

} // namespace
} // namespace medi
