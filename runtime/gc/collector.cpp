// collector.cpp: a heap's collections: minor (the nursery, proportional to it and the
// remembered set), incremental major (mark then sweep, in steps bounded by max_pause), and full.
//
// Invariants (docs/gc.md has the argument):
//  - Roots, pending objects and everything reachable from them through edges survive.
//  - A young object an old one refers to is in the remembered set (the write barrier adds it
//    when the edge is made, a promotion adds the promoted object's young children), so a minor
//    collection need not scan the old generation: its cost follows the nursery and the edges
//    made since the last one, not the heap.
//  - While a major cycle is under way no minor collection runs; new objects are allocated
//    marked ("black"), and a root or edge added to an unmarked object marks it (a Dijkstra
//    insertion barrier), so marking in steps misses nothing.
#include "../trace/trace_points.h"
#include "heap.h"
#include "mutator.h"

#include <cassert>
#include <cstdio>

namespace medi::gc_zone::detail {

namespace {
constexpr unsigned kClockCheckPeriod = 256; // objects between deadline checks
} // namespace

void Heap::on_allocation(std::size_t bytes) noexcept {
  since_collection_bytes_ += bytes;
  if (since_collection_bytes_ < params_.nursery_threshold_bytes)
    return;
  since_collection_bytes_ = 0;
  if (phase_ == Phase::Idle) {
    minor_collection();
    if (old_bytes_ >= next_major_bytes_)
      start_major(); // its steps come with the next allocations, each pause on its own
    return;
  }
  // Deadline checks come every kClockCheckPeriod objects: aim a little short of max_pause.
  major_step(Clock::now() + params_.max_pause * 9 / 10);
}

void Heap::barrier(Object &parent, Object &child) noexcept {
  if (parent.old && !child.old && !child.remembered) {
    try {
      remembered_.push_back(child.handle);
      child.remembered = true;
    } catch (const std::bad_alloc &) {
      remembered_overflow_ = true; // the next minor collection scans the old generation
    }
  }
  if (phase_ != Phase::Idle)
    shade(child);
}

void Heap::shade(Object &object) noexcept {
  if (object.major_mark == major_epoch_)
    return;
  object.major_mark = major_epoch_;
  if (phase_ == Phase::Marking)
    gray_.push_back(object.handle);
}

void Heap::minor_collection() noexcept {
  const auto start = Clock::now();
  gather_buffers_locked();
  const std::uint32_t epoch = ++minor_epoch_;
  // The working lists are the heap's, kept between collections with their capacity: a pause
  // that allocated (and faulted in) fresh ones each time would pay for it in its tail.
  std::vector<Object *> &gray = minor_gray_;
  gray.clear();
  auto reach = [&gray, epoch](Object *object) {
    if (object && !object->old && object->minor_mark != epoch) {
      object->minor_mark = epoch;
      gray.push_back(object);
    }
  };
  // Settles one young object once it is known whether it was reached: the unreached die,
  // survivors age, the old enough are promoted.
  std::vector<NurseryEntry> &survivors = minor_survivors_;
  std::vector<Object *> &promoted = minor_promoted_;
  survivors.clear();
  promoted.clear();
  survivors.reserve(nursery_.size());
  PendingSnapshot pending_now; // every nursery object's ticket was issued before it
  std::size_t freed = 0;
  std::size_t freed_plain = 0, freed_plain_bytes = 0; // counted once, after the loop
  bool young_parents = false;
  auto settle = [&](Object *object, bool reached) __attribute__((always_inline)) {
    if (!reached) {
      ++freed;
      if (object->plain()) { // most garbage: no finalizer or destructor to run
        ++freed_plain;
        freed_plain_bytes += object->bytes();
        release_slot(*object);
        free_plain_block(object);
      } else {
        finalize(*object);
      }
      return;
    }
    if (object->age < 255)
      ++object->age;
    if (object->age >= params_.promotion_threshold && !pending(*object, pending_now)) {
      promote(*object);
      promoted.push_back(object);
    } else {
      survivors.push_back({object, object->handle});
      young_parents = young_parents || !object->edges().empty();
    }
  };

  // The nursery's objects (no entry is stale outside a major cycle; see NurseryEntry).
  // Objects are cold by now: fetch each one 8 ahead.
  const std::size_t count = nursery_.size();
  if (!young_parents_ && !remembered_overflow_) {
    // No young object has children, so nothing young is reached through another young object:
    // the reached are the rooted, the pending and the remembered, and one pass settles all.
    for (std::size_t i = 0; i < count; ++i) {
      if (i + 8 < count)
        __builtin_prefetch(nursery_[i + 8].object);
      Object *object = nursery_[i].object;
      assert(resolve(nursery_[i].handle) == object);
      if (!object->old)
        settle(object,
               object->root_count > 0 || object->remembered || pending(*object, pending_now));
    }
  } else {
    std::vector<Object *> &young = minor_young_;
    young.clear();
    young.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
      if (i + 8 < count)
        __builtin_prefetch(nursery_[i + 8].object);
      Object *object = nursery_[i].object;
      assert(resolve(nursery_[i].handle) == object);
      if (object->old)
        continue;
      young.push_back(object);
      if (object->root_count > 0 || pending(*object, pending_now))
        reach(object);
    }
    for (Handle id : remembered_)
      reach(resolve(id));
    if (remembered_overflow_) { // the set is incomplete: every old object's young children count
      for (std::uint32_t i = 0; i < slots_.size(); ++i)
        if (Object *old = slots_[i].object.load(std::memory_order_acquire); old && old->old)
          for (Handle child : old->edges())
            reach(resolve(child));
    }
    while (!gray.empty()) {
      Object *object = gray.back();
      gray.pop_back();
      for (Handle child : object->edges())
        reach(resolve(child));
    }
    for (std::size_t i = 0; i < young.size(); ++i) {
      if (i + 8 < young.size())
        __builtin_prefetch(young[i + 8]);
      settle(young[i], young[i]->minor_mark == epoch);
    }
  }
  young_parents_ = young_parents;
  nursery_.swap(survivors);
  young_bytes_ -= freed_plain_bytes;
  young_objects_ -= freed_plain;
  stats_.freed_objects += freed_plain;

  // The remembered set keeps the young objects that still are; a promoted object's young
  // children join it (its edges are old-to-young now).
  std::vector<Handle> &remembered = minor_remembered_;
  remembered.clear();
  remembered.reserve(remembered_.size());
  auto remember = [&](Object *object) {
    if (object && !object->old && !object->remembered) {
      object->remembered = true;
      remembered.push_back(object->handle);
    }
  };
  for (Handle id : remembered_)
    if (Object *object = resolve(id)) {
      object->remembered = false;
      remember(object);
    }
  for (Object *object : promoted)
    for (Handle child : object->edges())
      remember(resolve(child));
  remembered_.swap(remembered);
  remembered_overflow_ = false;

  const auto pause = Clock::now() - start;
  ++stats_.minor_collections;
  stats_.minor_pause_total += pause;
  stats_.minor_pause_max = std::max<std::chrono::nanoseconds>(stats_.minor_pause_max, pause);
  log_pause("minor", pause, freed);
}

void Heap::start_major() noexcept {
  gather_buffers_locked();
  phase_ = Phase::Marking;
  ++major_epoch_;
  allocated_at_last_step_ = stats_.allocated_objects;
  gray_.clear();
  cycle_freed_ = 0;
  for (Object *object : rooted_)
    shade(*object);
  // Pending objects are never promoted, so they are all in the nursery.
  for (const NurseryEntry &entry : nursery_)
    if (Object *object = resolve(entry.handle); object && pending(*object))
      shade(*object);
}

bool Heap::StepBudget::spent() noexcept {
  return ++done % kClockCheckPeriod == 0 && over();
}

bool Heap::mark_until(StepBudget &budget) noexcept {
  while (!gray_.empty()) {
    Object *object = resolve(gray_.back());
    gray_.pop_back();
    if (!object)
      continue;
    for (Handle child : object->edges())
      if (Object *target = resolve(child))
        shade(*target);
    if (budget.spent())
      return gray_.empty();
  }
  return true;
}

bool Heap::sweep_until(StepBudget &budget) noexcept {
  while (sweep_cursor_ < slots_.size()) {
    // Objects are cold by now: fetch each one 8 slots ahead.
    if (sweep_cursor_ + 8 < slots_.size())
      if (Object *ahead = slots_[sweep_cursor_ + 8].object.load(std::memory_order_relaxed))
        __builtin_prefetch(ahead);
    // Fresh objects (not yet registered from a buffer) are skipped: they are new in this cycle.
    Object *object = slots_[sweep_cursor_++].object.load(std::memory_order_acquire);
    if (object && object->registered && object->major_mark != major_epoch_) {
      finalize(*object);
      ++cycle_freed_;
    }
    if (budget.spent())
      return sweep_cursor_ >= slots_.size();
  }
  return true;
}

void Heap::promote(Object &object) noexcept {
  object.old = true;
  young_bytes_ -= object.bytes();
  old_bytes_ += object.bytes();
  --young_objects_;
  ++old_objects_;
  ++stats_.promoted_objects;
}

void Heap::finish_major() noexcept {
  phase_ = Phase::Idle;
  // The nursery's survivors survived a whole cycle: promote them (all but the pending), so the
  // next minor collection sees only what is allocated from now on, not what piled up during
  // the cycle. Their young children (pending ones) join the remembered set.
  std::vector<NurseryEntry> still_young;
  std::vector<Object *> promoted;
  for (const NurseryEntry &entry : nursery_) {
    Object *object = resolve(entry.handle); // stale if the sweep freed it
    if (!object || object->old)
      continue;
    if (pending(*object)) {
      still_young.push_back(entry);
    } else {
      promote(*object);
      promoted.push_back(object);
    }
  }
  nursery_.swap(still_young);
  std::erase_if(remembered_, [&](Handle id) {
    Object *object = resolve(id);
    return !object || object->old;
  });
  for (Object *object : promoted)
    for (Handle child : object->edges())
      if (Object *target = resolve(child);
          target && !target->old && !target->remembered && !remembered_overflow_) {
        try {
          remembered_.push_back(target->handle);
          target->remembered = true;
        } catch (const std::bad_alloc &) {
          remembered_overflow_ = true;
        }
      }
  next_major_bytes_ = std::max(params_.major_threshold_bytes, 2 * old_bytes_);
  ++stats_.major_cycles;
}

bool Heap::major_step(Clock::time_point deadline) noexcept {
  const auto start = Clock::now();
  // Paced to allocation: twice the objects registered since the last step, so that a cycle
  // finishes however fast new objects take slots (the sweep walks every slot).
  StepBudget budget{deadline, 2 * (stats_.allocated_objects - allocated_at_last_step_)};
  allocated_at_last_step_ = stats_.allocated_objects;
  bool completed = false;
  if (phase_ == Phase::Marking && mark_until(budget)) {
    phase_ = Phase::Sweeping;
    sweep_cursor_ = 0;
  }
  if (phase_ == Phase::Sweeping && !budget.over() && sweep_until(budget)) {
    finish_major();
    completed = true;
  }
  const auto pause = Clock::now() - start;
  ++stats_.major_steps;
  stats_.major_step_pause_max =
      std::max<std::chrono::nanoseconds>(stats_.major_step_pause_max, pause);
  log_pause(completed ? "major step (cycle done)" : "major step", pause,
            completed ? cycle_freed_ : 0);
  return completed;
}

void Heap::full_collection() noexcept {
  const auto start = Clock::now();
  StepBudget unbounded{Clock::time_point::max(), 0};
  // A cycle under way is simply abandoned: what it swept is gone, what it marked is marked
  // again by the fresh cycle if still reachable.
  start_major();
  mark_until(unbounded);
  phase_ = Phase::Sweeping;
  sweep_cursor_ = 0;
  sweep_until(unbounded);
  finish_major();
  since_collection_bytes_ = 0;
  const auto pause = Clock::now() - start;
  ++stats_.full_collections;
  stats_.full_pause_max = std::max<std::chrono::nanoseconds>(stats_.full_pause_max, pause);
  log_pause("full", pause, cycle_freed_);
}

void Heap::log_pause(std::string_view what, Clock::duration pause, std::size_t freed) const {
  medi::detail::trace::gc(what != "minor",
                          static_cast<std::uint64_t>(
                              std::chrono::duration_cast<std::chrono::nanoseconds>(pause).count()),
                          freed, young_bytes_ + old_bytes_);
  if (!params_.log)
    return;
  std::fprintf(stderr,
               "[medi-gc] %.*s: %.3f ms, freed %zu, live %zu objects (%zu young, %zu KiB)\n",
               static_cast<int>(what.size()), what.data(),
               std::chrono::duration<double, std::milli>(pause).count(), freed,
               young_objects_ + old_objects_, young_objects_, (young_bytes_ + old_bytes_) / 1024);
}

} // namespace medi::gc_zone::detail
