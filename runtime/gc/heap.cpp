// heap.cpp: a collector's bookkeeping: its lock (with poisoning and re-entry detection), the
// slot table behind handles, and the root, edge and finalizer operations. Collections are in
// collector.cpp.
#include "heap.h"

#include "medi/detail/realtime_check.h"
#include "medi/error/op_tags.h"
#include "medi/error/reporting.h"
#include "medi/fault_injection.h"
#include "mutator.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <new>
#include <string>

namespace medi::gc_zone::detail {

namespace {

// The heap whose finalizers this thread is running (they must not call back into it).
thread_local const Heap *finalizing_heap = nullptr;

[[gnu::cold]] void report(std::string message, SourceSite site, std::string_view op) noexcept {
  try {
    report_error(RuntimeError::message(std::move(message)), site.context(op));
  } catch (...) { // building the message ran out of memory; the call still fails cleanly
  }
}

std::string hex(Handle id) {
  char text[24];
  std::snprintf(text, sizeof text, "0x%" PRIx64, id);
  return text;
}

} // namespace

/// The heap's mutex, unless the call must fail: made from one of the heap's own finalizers
/// (it would deadlock), or after a finalizer poisoned the heap. Both are reported (gc.lock).
class Heap::Lock {
public:
  Lock(Heap &heap, SourceSite site) noexcept {
    if (finalizing_heap == &heap) {
      report("the collector was called from one of its own finalizers; the call fails", site,
             op::gc_lock);
      return;
    }
    lock_ = std::unique_lock(heap.mutex_);
    if (heap.poisoned_) {
      report("the collector is poisoned (a finalizer threw while it held its lock); the call "
             "fails",
             site, op::gc_lock);
      lock_.unlock();
    }
  }
  explicit operator bool() const noexcept { return lock_.owns_lock(); }

private:
  std::unique_lock<std::mutex> lock_;
};

Heap::Heap(GcParams params) : params_(params), next_major_bytes_(params.major_threshold_bytes) {}

Heap::~Heap() {
  // Nothing can reach the objects any more: finalize and destroy them all.
  std::lock_guard lock(mutex_);
  for (Slot &slot : slots_)
    if (slot.object)
      finalize(*slot.object);
}

Object *Heap::checked(Handle id, std::string_view what, SourceSite site) noexcept {
  Object *object = resolve(id);
  if (!object) [[unlikely]]
    report("invalid GC handle " + hex(id) + " passed to " + std::string(what) +
               " (0, already collected, or never allocated); ignored",
           site, op::gc_invalid_handle);
  return object;
}

std::uint32_t Heap::take_slot() {
  if (free_head_ != UINT32_MAX) {
    const std::uint32_t slot = free_head_;
    free_head_ = slots_[slot].next_free;
    return slot;
  }
  if (slots_.size() >= UINT32_MAX - 1)
    throw std::bad_alloc();
  slots_.emplace_back();
  return static_cast<std::uint32_t>(slots_.size() - 1);
}

void Heap::free_object(Object *object) noexcept {
  Slot &slot = slots_[slot_of(object->handle)];
  slot.object = nullptr;
  if (++slot.generation == 0) // generation 0 would make handle 0 possible
    slot.generation = 1;
  slot.next_free = free_head_;
  free_head_ = slot_of(object->handle);
  if (object->old) {
    old_bytes_ -= object->bytes();
    --old_objects_;
  } else {
    young_bytes_ -= object->bytes();
    --young_objects_;
  }
  ++stats_.freed_objects;
  delete_block(object);
}

bool Heap::pending(const Object &object) const noexcept {
  return !object.published && object.mutator && object.mutator->protects(object.ticket);
}

void Heap::publish(Object &object) noexcept {
  object.published = true;
}

bool Heap::register_locked(Object *object, ObjectKind kind, const TypeOps *type) noexcept {
  std::uint32_t slot;
  try {
    object->mutator = &current_mutator();
    if (nursery_.size() == nursery_.capacity())
      nursery_.reserve(2 * nursery_.size() + 64);
    slot = take_slot(); // last: nothing to undo after it
  } catch (const std::bad_alloc &) {
    return false;
  }
  object->handle = make_handle(slot, slots_[slot].generation);
  slots_[slot].object = object;
  nursery_.push_back(object->handle);
  object->kind = kind;
  object->type = type;
  object->ticket = object->mutator->next_ticket();
  // Allocated black while a major cycle is under way: it cannot be garbage yet.
  object->major_mark = phase_ == Phase::Idle ? 0 : major_epoch_;
  young_bytes_ += object->bytes();
  ++young_objects_;
  ++stats_.allocated_objects;
  return true;
}

void Heap::delete_block(Object *object) noexcept {
  if (object->pooled) {
    const std::size_t bytes = object->bytes();
    object->~Object();
    blocks_.deallocate(object, bytes);
  } else {
    delete_object(object);
  }
}

std::expected<Handle, RuntimeError> Heap::adopt(Object *object, ObjectKind kind,
                                                const TypeOps *type, SourceSite site) noexcept {
  const medi::detail::RealtimeCheck realtime_check("GC allocation", site);
  auto discard = [&] {
    if (type)
      type->destroy(object->payload());
    delete_object(object);
  };
  Lock lock(*this, site);
  if (!lock) {
    discard();
    return std::unexpected(RuntimeError::message("the collector is unusable (op gc.lock)"));
  }
  on_allocation(object->bytes());
  if (!register_locked(object, kind, type)) {
    discard();
    report("out of memory registering a GC object", site, op::gc_alloc);
    return std::unexpected(RuntimeError::message("out of memory registering a GC object"));
  }
  return object->handle;
}

Handle Heap::allocate_plain(ObjectKind kind, std::span<const std::uint8_t> bytes,
                            SourceSite site) noexcept {
  const medi::detail::RealtimeCheck realtime_check("GC allocation", site);
  Lock lock(*this, site);
  if (!lock)
    return 0;
  const std::size_t payload_bytes = kind == ObjectKind::String ? bytes.size() + 1 : 0;
  const std::size_t total = sizeof(Object) + payload_bytes;
  on_allocation(total);
  const bool fails = payload_bytes > SIZE_MAX - sizeof(Object) ||
                     fault_injection::allocation_fails(fault_injection::Point::GcObject);
  void *block = fails ? nullptr : blocks_.allocate(total);
  if (!block) {
    report("out of memory allocating a GC object of " + std::to_string(total) + " bytes", site,
           op::gc_alloc);
    return 0;
  }
  auto *object = ::new (block) Object;
  object->pooled = true;
  object->payload_bytes = payload_bytes;
  if (kind == ObjectKind::String) {
    if (!bytes.empty())
      std::memcpy(object->payload(), bytes.data(), bytes.size());
    static_cast<char *>(object->payload())[bytes.size()] = '\0';
  }
  if (!register_locked(object, kind, nullptr)) {
    delete_block(object);
    report("out of memory registering a GC object", site, op::gc_alloc);
    return 0;
  }
  return object->handle;
}

bool Heap::root_locked(Object &object, SourceSite site) noexcept {
  if (object.root_count == 0) {
    try {
      rooted_.push_back(&object);
    } catch (const std::bad_alloc &) {
      report("out of memory adding a GC root", site, op::gc_alloc);
      return false;
    }
    object.root_index = static_cast<std::uint32_t>(rooted_.size() - 1);
  }
  ++object.root_count;
  publish(object);
  if (phase_ != Phase::Idle)
    shade(object); // a Dijkstra barrier for roots, too
  return true;
}

void Heap::add_root(Handle id, SourceSite site) noexcept {
  Lock lock(*this, site);
  if (!lock)
    return;
  if (Object *object = checked(id, "add_root", site))
    root_locked(*object, site);
}

void Heap::remove_root(Handle id, SourceSite site) noexcept {
  Lock lock(*this, site);
  if (!lock)
    return;
  Object *object = checked(id, "remove_root", site);
  if (!object)
    return;
  if (object->root_count == 0) {
    report("remove_root of GC object " + hex(id) + ", which has no root; ignored", site,
           op::gc_unbalanced);
    return;
  }
  if (--object->root_count > 0)
    return;
  Object *last = rooted_.back();
  rooted_[object->root_index] = last;
  last->root_index = object->root_index;
  rooted_.pop_back();
}

void Heap::add_edge(Handle parent_id, Handle child_id, SourceSite site) noexcept {
  Lock lock(*this, site);
  if (!lock)
    return;
  Object *parent = checked(parent_id, "add_edge (parent)", site);
  Object *child = checked(child_id, "add_edge (child)", site);
  if (!parent || !child)
    return;
  try {
    parent->edges.push_back(child->handle);
  } catch (const std::bad_alloc &) {
    report("out of memory adding a GC edge", site, op::gc_alloc);
    return;
  }
  publish(*child);
  barrier(*parent, *child);
}

void Heap::remove_edge(Handle parent_id, Handle child_id, SourceSite site) noexcept {
  Lock lock(*this, site);
  if (!lock)
    return;
  Object *parent = checked(parent_id, "remove_edge (parent)", site);
  Object *child = checked(child_id, "remove_edge (child)", site);
  if (!parent || !child)
    return;
  auto &edges = parent->edges;
  auto found = std::find(edges.rbegin(), edges.rend(), child->handle);
  if (found == edges.rend()) {
    report("remove_edge from " + hex(parent_id) + " to " + hex(child_id) +
               ", which has no such edge; ignored",
           site, op::gc_unbalanced);
    return;
  }
  *found = edges.back();
  edges.pop_back();
}

void Heap::write_barrier(Handle parent_id, Handle child_id, SourceSite site) noexcept {
  Lock lock(*this, site);
  if (!lock)
    return;
  Object *parent = checked(parent_id, "write_barrier (parent)", site);
  Object *child = checked(child_id, "write_barrier (child)", site);
  if (!parent || !child)
    return;
  publish(*child);
  barrier(*parent, *child);
}

void Heap::set_finalizer(Handle id, std::unique_ptr<FinalizerBase> finalizer,
                         SourceSite site) noexcept {
  Lock lock(*this, site);
  if (!lock)
    return;
  if (Object *object = checked(id, "set_finalizer", site))
    object->finalizer = std::move(finalizer);
}

void *Heap::upgrade_to_root(Handle id, SourceSite site) noexcept {
  Lock lock(*this, site);
  if (!lock)
    return nullptr;
  Object *object = resolve(id);
  // While a sweep is under way, an unmarked object is garbage already.
  if (!object || (phase_ == Phase::Sweeping && object->major_mark != major_epoch_))
    return nullptr;
  return root_locked(*object, site) ? object->payload() : nullptr;
}

std::optional<std::string_view> Heap::string_view(Handle id, SourceSite site) noexcept {
  Lock lock(*this, site);
  if (!lock)
    return std::nullopt;
  Object *object = checked(id, "a string accessor", site);
  if (!object)
    return std::nullopt;
  if (object->kind != ObjectKind::String) {
    report("GC object " + hex(id) + " is not a string", site, op::gc_invalid_handle);
    return std::nullopt;
  }
  return std::string_view(object->chars(), object->string_length());
}

bool Heap::contains(Handle id) noexcept {
  if (finalizing_heap == this)
    return false;
  std::lock_guard lock(mutex_);
  return resolve(id) != nullptr;
}

void Heap::finalize(Object &object) noexcept {
  if (object.finalizer && !poisoned_) {
    const Heap *outer = std::exchange(finalizing_heap, this);
    try {
      object.finalizer->run(object.payload());
      ++stats_.finalizers_run;
    } catch (const std::exception &error) {
      poisoned_ = true;
      report(std::string("a GC finalizer threw (") + error.what() + "); the collector is poisoned",
             SourceSite(nullptr), op::gc_lock);
    } catch (...) {
      poisoned_ = true;
      report("a GC finalizer threw; the collector is poisoned", SourceSite(nullptr), op::gc_lock);
    }
    finalizing_heap = outer;
  }
  object.finalizer.reset();
  if (object.type)
    object.type->destroy(object.payload());
  free_object(&object);
}

GcStats Heap::stats() noexcept {
  std::unique_lock<std::mutex> lock;
  if (finalizing_heap != this)
    lock = std::unique_lock(mutex_);
  GcStats now = stats_;
  now.live_objects = young_objects_ + old_objects_;
  now.live_bytes = young_bytes_ + old_bytes_;
  now.young_objects = young_objects_;
  now.old_objects = old_objects_;
  now.roots = rooted_.size();
  now.major_in_progress = phase_ != Phase::Idle;
  now.poisoned = poisoned_;
  return now;
}

void Heap::collect(SourceSite site) noexcept {
  const medi::detail::RealtimeCheck realtime_check("GC collection", site);
  Lock lock(*this, site);
  if (!lock)
    return;
  try {
    current_mutator().safe_point();
  } catch (const std::bad_alloc &) { // no state yet, so nothing of the caller's is pending
  }
  full_collection();
}

} // namespace medi::gc_zone::detail
