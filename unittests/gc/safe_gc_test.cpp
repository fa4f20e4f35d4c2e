// safe_gc_test.cpp: what survives a collection and what does not: roots, edges, cycles, weak
// references, finalizers, pending objects, generations and incremental major cycles.
#include "../error/report_recorder.h"
#include "gc_test_support.h"
#include "medi/task.h"

#include <gtest/gtest.h>
#include <thread>
#include <vector>

namespace medi {
namespace {

using gc_zone::GcParams;
using gc_zone::SafeGc;
using test::Tracked;

class SafeGcTest : public test::RecordingTest {};

const std::source_location kSite = std::source_location::current();

TEST_F(SafeGcTest, TheSeedsExampleCompilesAndCollects) {
  SafeGc gc;
  gc.collect_garbage();
  EXPECT_EQ(gc.stats().full_collections, 1u);
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_F(SafeGcTest, RootsSurviveAndUnrootedObjectsAreCollected) {
  std::atomic<int> destroyed{0};
  SafeGc gc;
  auto kept = gc.allocate<Tracked>(destroyed, "kept").value();
  auto dropped = gc.allocate<Tracked>(destroyed, "dropped").value();
  auto root = gc.root(kept);
  gc.collect_garbage();
  EXPECT_TRUE(gc.contains(kept.id()));
  EXPECT_FALSE(gc.contains(dropped.id()));
  EXPECT_EQ(destroyed.load(), 1);
  EXPECT_EQ(kept->name, "kept");
  root.reset();
  gc.collect_garbage();
  EXPECT_FALSE(gc.contains(kept.id()));
  EXPECT_EQ(destroyed.load(), 2);
  EXPECT_EQ(gc.stats().live_objects, 0u);
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_F(SafeGcTest, RootsAndEdgesCount) {
  SafeGc gc;
  auto parent = gc.allocate<int>(1).value();
  auto child = gc.allocate<int>(2).value();
  gc.add_root(parent.id(), std::source_location::current());
  gc.add_root(parent.id(), std::source_location::current());
  gc.add_edge(parent, child);
  gc.add_edge(parent, child);
  gc.remove_root(parent.id(), std::source_location::current());
  gc.remove_edge(parent, child);
  gc.collect_garbage();
  EXPECT_TRUE(gc.contains(parent.id())) << "one root is left";
  EXPECT_TRUE(gc.contains(child.id())) << "one edge is left";
  gc.remove_edge(parent, child);
  gc.collect_garbage();
  EXPECT_FALSE(gc.contains(child.id()));
  gc.remove_root(parent.id(), std::source_location::current());
  gc.collect_garbage();
  EXPECT_FALSE(gc.contains(parent.id()));
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_F(SafeGcTest, AReachableChildStaysAndCyclesAreCollected) {
  SafeGc gc;
  auto root_object = gc.allocate<int>(0).value();
  auto child = gc.allocate<int>(1).value();
  auto grandchild = gc.allocate<int>(2).value();
  gc.add_edge(root_object, child);
  gc.add_edge(child, grandchild);
  auto a = gc.allocate<int>(3).value();
  auto b = gc.allocate<int>(4).value();
  gc.add_edge(a, b);
  gc.add_edge(b, a);
  gc.add_edge(a, a);
  {
    auto root = gc.root(root_object);
    gc.collect_garbage();
    EXPECT_TRUE(gc.contains(child.id()));
    EXPECT_TRUE(gc.contains(grandchild.id()));
    EXPECT_EQ(*grandchild, 2);
    EXPECT_FALSE(gc.contains(a.id())) << "an unrooted cycle is garbage";
    EXPECT_FALSE(gc.contains(b.id()));
  }
  gc.collect_garbage();
  EXPECT_EQ(gc.stats().live_objects, 0u);
}

TEST_F(SafeGcTest, AWeakReferenceDiesWithItsObject) {
  SafeGc gc;
  auto object = gc.allocate<std::string>("vitals").value();
  auto weak = gc.weak(object);
  {
    auto root = gc.root(object);
    gc.collect_garbage();
    auto again = weak.upgrade();
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(**again, "vitals");
  } // both roots gone
  gc.collect_garbage();
  EXPECT_FALSE(weak.upgrade().has_value());
  EXPECT_FALSE(gc_zone::GcWeak<int>().upgrade().has_value());
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_F(SafeGcTest, FinalizersRunOnceAlsoForChildren) {
  std::atomic<int> destroyed{0};
  int parent_finalized = 0, child_finalized = 0;
  {
    SafeGc gc;
    auto parent = gc.allocate<Tracked>(destroyed, "parent").value();
    auto child = gc.allocate<Tracked>(destroyed, "child").value();
    gc.add_edge(parent, child);
    gc.set_finalizer(parent, [&](Tracked &t) {
      EXPECT_EQ(t.name, "parent");
      ++parent_finalized;
    });
    gc.set_finalizer(child, [&](Tracked &t) {
      EXPECT_EQ(t.name, "child");
      ++child_finalized;
    });
    auto kept = gc.allocate<Tracked>(destroyed, "kept").value();
    int kept_finalized = 0;
    gc.set_finalizer(kept, [&](Tracked &) { ++kept_finalized; });
    auto root = gc.root(kept);
    gc.collect_garbage();
    gc.collect_garbage();
    EXPECT_EQ(parent_finalized, 1);
    EXPECT_EQ(child_finalized, 1);
    EXPECT_EQ(kept_finalized, 0);
    EXPECT_EQ(destroyed.load(), 2);
    EXPECT_EQ(gc.stats().finalizers_run, 2u);
    root.reset();
    gc.collect_garbage();
    EXPECT_EQ(kept_finalized, 1);
  }
  EXPECT_EQ(destroyed.load(), 3);
}

TEST_F(SafeGcTest, DestroyingTheCollectorFinalizesWhatIsLeft) {
  std::atomic<int> destroyed{0};
  int finalized = 0;
  {
    SafeGc gc;
    auto object = gc.allocate<Tracked>(destroyed).value();
    gc.set_finalizer(object, [&](Tracked &) { ++finalized; });
    gc.add_root(object.id(), std::source_location::current());
  }
  EXPECT_EQ(finalized, 1);
  EXPECT_EQ(destroyed.load(), 1);
}

TEST_F(SafeGcTest, ANewObjectIsPendingUntilPublishedOrItsOwnersSafePoint) {
  SafeGc gc;
  std::uint64_t theirs = 0;
  std::thread([&] { theirs = gc.allocate<int>(7).value().id(); }).join();
  // The allocating thread has exited: nothing of its is pending any more.
  auto mine = gc.allocate<int>(8).value();
  std::uint64_t published = gc.allocate<int>(9).value().id();
  gc.add_root(published, std::source_location::current());
  gc.remove_root(published, std::source_location::current());
  std::thread([&] { gc.collect_garbage(); }).join();
  EXPECT_TRUE(gc.contains(mine.id())) << "another thread's collection spares a pending object";
  EXPECT_FALSE(gc.contains(theirs)) << "an exited thread's objects are not pending";
  EXPECT_FALSE(gc.contains(published)) << "a published object is not pending";
  gc.collect_garbage(); // this thread's safe point
  EXPECT_FALSE(gc.contains(mine.id()));
}

TEST_F(SafeGcTest, AFinishedTasksObjectsAreNotPending) {
  SafeGc gc;
  auto id = spawn_task([&] { return gc.allocate<int>(1).value().id(); }).join();
  ASSERT_TRUE(id.has_value());
  std::thread([&] { gc.collect_garbage(); }).join();
  EXPECT_FALSE(gc.contains(*id));
}

TEST_F(SafeGcTest, TheNurseryThresholdTriggersMinorCollectionsAndSurvivorsArePromoted) {
  GcParams params = test::small_gc_params();
  params.promotion_threshold = 2;
  SafeGc gc(params);
  auto kept = gc.allocate<std::string>("kept").value();
  auto root = gc.root(kept);
  std::vector<std::uint64_t> garbage;
  for (int i = 0; gc.stats().minor_collections < 3; ++i) {
    ASSERT_LT(i, 100000) << "no minor collection was triggered";
    auto object = gc.allocate<std::string>(std::to_string(i)).value();
    gc.add_root(object.id(), std::source_location::current()); // published, then dropped
    gc.remove_root(object.id(), std::source_location::current());
    garbage.push_back(object.id());
  }
  const auto stats = gc.stats();
  EXPECT_GE(stats.promoted_objects, 1u);
  EXPECT_GE(stats.old_objects, 1u) << "the root survived two minor collections";
  EXPECT_EQ(stats.full_collections, 0u);
  EXPECT_EQ(stats.major_cycles, 0u);
  EXPECT_FALSE(gc.contains(garbage.front())) << "a minor collection freed published garbage";
  EXPECT_TRUE(gc.contains(kept.id()));
  EXPECT_EQ(*kept, "kept");
  EXPECT_LT(stats.live_objects, garbage.size());
}

TEST_F(SafeGcTest, AnOldParentKeepsAYoungChildThroughTheRememberedSet) {
  GcParams params = test::small_gc_params();
  params.promotion_threshold = 1;
  SafeGc gc(params);
  auto parent = gc.allocate<int>(0).value();
  auto root = gc.root(parent);
  auto churn = [&] {
    const auto before = gc.stats().minor_collections;
    while (gc.stats().minor_collections == before) {
      auto garbage = gc.allocate<std::string>(std::string(64, 'x')).value();
      gc.add_root(garbage.id(), std::source_location::current());
      gc.remove_root(garbage.id(), std::source_location::current());
    }
  };
  churn();
  ASSERT_EQ(gc.stats().old_objects, 1u) << "the parent is old";
  auto child = gc.allocate<std::string>("young").value();
  gc.add_edge(parent, child); // old -> young: remembered
  churn();
  churn();
  ASSERT_TRUE(gc.contains(child.id()));
  EXPECT_EQ(*child, "young");
}

// A minor collection skips the trace while no young object has children (the reached are then
// the rooted, the pending and the remembered) and traces again once one does: a young child of
// a young parent survives with no root of its own, before and after the parent's edges come
// and go, while the garbage around them is freed.
TEST_F(SafeGcTest, MinorCollectionsTraceYoungParentsAndOnlyThen) {
  GcParams params = test::small_gc_params();
  params.promotion_threshold = 100; // survivors stay young through the test
  SafeGc gc(params);
  auto churn = [&](int collections) { // unpublished strings, past the pending window
    const auto until = gc.stats().minor_collections + collections;
    for (int i = 0; gc.stats().minor_collections < until || i < 5000; ++i)
      gc.allocate_string(std::span<const std::uint8_t>(), kSite);
  };
  auto text = [&](std::uint64_t id) { return std::string(gc.string_view(id, kSite).value()); };
  auto string = [&](std::string_view value) {
    return gc.allocate_string({reinterpret_cast<const std::uint8_t *>(value.data()), value.size()},
                              kSite);
  };

  const std::uint64_t record = gc.allocate_unit(kSite); // becomes old
  gc.add_root(record, kSite);
  churn(110);
  ASSERT_EQ(gc.stats().old_objects, 1u);
  const std::uint64_t rooted = string("rooted");
  gc.add_root(rooted, kSite);
  const std::uint64_t field = string("field");
  gc.add_edge(record, field, kSite); // old parent: remembered, not a young parent
  const std::uint64_t dropped = string("dropped");
  churn(20);
  EXPECT_EQ(text(rooted), "rooted");
  EXPECT_EQ(text(field), "field");
  EXPECT_FALSE(gc.contains(dropped)) << "garbage survived";

  const std::uint64_t parent = gc.allocate_unit(kSite); // young, rooted
  gc.add_root(parent, kSite);
  const std::uint64_t child = string("child"); // reached only through the young parent
  gc.add_edge(parent, child, kSite);
  churn(20);
  ASSERT_TRUE(gc.contains(child)) << "a young parent's child was freed";
  EXPECT_EQ(text(child), "child");
  gc.remove_edge(parent, child, kSite);
  churn(20);
  EXPECT_FALSE(gc.contains(child));
  const std::uint64_t second = string("second");
  gc.add_edge(parent, second, kSite);
  churn(20);
  EXPECT_EQ(gc.stats().old_objects, 1u) << "the parent stayed young";
  EXPECT_EQ(text(second), "second");
  EXPECT_EQ(text(rooted), "rooted");
  EXPECT_EQ(text(field), "field");
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_F(SafeGcTest, AnIncrementalMajorCycleCompletesInSteps) {
  GcParams params = test::small_gc_params();
  params.promotion_threshold = 1;
  params.max_pause = std::chrono::microseconds(20);
  SafeGc gc(params);
  // A long rooted list grows the old generation beyond the major threshold.
  auto head = gc.allocate<int>(0).value();
  auto root = gc.root(head);
  auto tail = head;
  std::vector<std::uint64_t> list_ids;
  for (int i = 1; i < 20000; ++i) {
    auto next = gc.allocate<int>(i).value();
    gc.add_edge(tail, next);
    tail = next;
    list_ids.push_back(next.id());
  }
  // Old garbage: a second list, rooted until it is old, then dropped.
  auto old_garbage = gc.allocate<int>(-1).value();
  {
    auto garbage_root = gc.root(old_garbage);
    auto last = old_garbage;
    for (int i = 0; i < 5000; ++i) {
      auto next = gc.allocate<int>(i).value();
      gc.add_edge(last, next);
      last = next;
    }
    for (int i = 0; gc.stats().minor_collections < 3; ++i)
      gc.add_edge(head, gc.allocate<int>(i).value()); // more reachable objects
  }
  // The cycle under way (if any) began while the garbage was rooted; wait for the next one.
  // Reachable objects keep the old generation growing, which starts major cycles.
  const auto cycles = gc.stats().major_cycles;
  for (int i = 0; gc.stats().major_cycles < cycles + 2; ++i) {
    ASSERT_LT(i, 2000000) << "no major cycle completed";
    gc.add_edge(head, gc.allocate<std::string>(std::string(100, 'r')).value());
  }
  const auto stats = gc.stats();
  EXPECT_GT(stats.major_steps, 2u) << "the cycle was split into steps";
  EXPECT_FALSE(gc.contains(old_garbage.id())) << "old garbage is collected by the major cycle";
  for (std::uint64_t id : list_ids)
    ASSERT_TRUE(gc.contains(id)) << "a reachable object was collected";
  EXPECT_EQ(recorder.size(), 0u);
}

// A step that the pause allows almost nothing still does twice the objects allocated since the
// step before, so a cycle finishes even when small objects take new slots faster than a
// pause-bound sweep would walk them.
TEST_F(SafeGcTest, AMajorCycleOutpacesAllocationWhateverItsPause) {
  SafeGc gc(test::tiny_pause_gc_params());
  const std::uint64_t head = test::rooted_head_with_children(gc, 20000, kSite);
  // Every unit is a new slot's worth of work for the sweep; a fifth of them stay reachable,
  // so slots keep being added.
  const auto cycles = gc.stats().major_cycles;
  for (int i = 0; gc.stats().major_cycles < cycles + 2; ++i) {
    ASSERT_LT(i, 2000000) << "no major cycle completed: " << gc.stats().major_steps << " steps";
    const std::uint64_t unit = gc.allocate_unit(kSite);
    if (i % 5 == 0)
      gc.add_edge(head, unit, kSite);
  }
  EXPECT_GT(gc.stats().major_steps, 2u) << "the cycles were split into steps";
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_F(SafeGcTest, EdgesAddedDuringMarkingAreNotMissed) {
  GcParams params = test::small_gc_params();
  params.promotion_threshold = 1;
  params.max_pause = std::chrono::microseconds(1);
  SafeGc gc(params);
  auto head = gc.allocate<int>(0).value();
  auto root = gc.root(head);
  for (int i = 0; i < 20000; ++i)
    gc.add_edge(head, gc.allocate<int>(i).value());
  std::vector<std::uint64_t> moved;
  // While major cycles run in tiny steps, objects move from a root into the (marked) head.
  for (int i = 0; i < 30000; ++i) {
    auto object = gc.allocate<std::string>("moved").value();
    gc.add_root(object.id(), std::source_location::current());
    if (i % 7 == 0) {
      gc.add_edge(head, object);
      moved.push_back(object.id());
    }
    gc.remove_root(object.id(), std::source_location::current());
  }
  EXPECT_GE(gc.stats().major_steps, 1u);
  for (std::uint64_t id : moved)
    ASSERT_TRUE(gc.contains(id));
  gc.collect_garbage();
  for (std::uint64_t id : moved)
    ASSERT_TRUE(gc.contains(id));
}

TEST_F(SafeGcTest, TheSafeZoneGuard) {
  SafeGc gc;
  EXPECT_EQ(current_zone(), ZoneKind::None);
  {
    auto zone = gc.enter();
    EXPECT_EQ(current_zone(), ZoneKind::Safe);
  }
  EXPECT_EQ(current_zone(), ZoneKind::None);
}

TEST_F(SafeGcTest, AllocateReportsAConstructorsExceptionByPropagatingIt) {
  struct Throws {
    Throws() { throw std::runtime_error("no"); }
  };
  SafeGc gc;
  EXPECT_THROW((void)gc.allocate<Throws>(), std::runtime_error);
  EXPECT_EQ(gc.stats().live_objects, 0u);
}

} // namespace
} // namespace medi
