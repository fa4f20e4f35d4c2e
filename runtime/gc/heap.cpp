// heap.cpp: a collector's bookkeeping: its lock (with poisoning and re-entry detection), the
// slot table behind handles, and the root, edge and finalizer operations. Collections are in
// collector.cpp.
#include "heap.h"

#include "../sched/asymmetric_fence.h"
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
#include <thread>

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

// Live heaps, for threads that give their buffers back as they exit. Never destroyed: threads
// may exit after static destructors ran.
std::mutex &registry_mutex() {
  static auto *const mutex = new std::mutex;
  return *mutex;
}
Heap *live_heaps = nullptr; // through next_live_, under registry_mutex()
std::uint64_t last_serial = 0;

// A String holding `bytes` (NUL-terminated) or a Unit, built in a block of the heap's allocator.
Object *construct_plain(void *block, ObjectKind kind, std::span<const std::uint8_t> bytes,
                        std::size_t payload_bytes) noexcept {
  auto *object = ::new (block) Object;
  object->pooled = true;
  object->kind = kind;
  object->payload_bytes = static_cast<std::uint32_t>(payload_bytes);
  if (kind == ObjectKind::String) {
    char *to = static_cast<char *>(object->payload());
    const std::uint8_t *from = bytes.data();
    const std::size_t size = bytes.size();
    if (size >= 8 && size <= 16) { // most field values: two fixed-size copies, no call
      std::memcpy(to, from, 8);
      std::memcpy(to + size - 8, from + size - 8, 8);
    } else if (size != 0) {
      std::memcpy(to, from, size);
    }
    to[size] = '\0';
  }
  return object;
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

Heap::Heap(GcParams params) : params_(params), next_major_bytes_(params.major_threshold_bytes) {
  medi::detail::asymmetric_fence::init();
  std::lock_guard registry(registry_mutex());
  serial_ = ++last_serial;
  next_live_ = std::exchange(live_heaps, this);
}

Heap::~Heap() {
  {
    // After this no exiting thread gives a buffer back here (one under way has finished).
    std::lock_guard registry(registry_mutex());
    Heap **link = &live_heaps;
    while (*link != this)
      link = &(*link)->next_live_;
    *link = next_live_;
  }
  thread_buffers::forget(serial_);
  // Nothing can reach the objects any more: finalize and destroy them all, fresh ones too.
  std::lock_guard lock(mutex_);
  for (std::uint32_t i = 0; i < slots_.size(); ++i)
    if (Object *object = slots_[i].object.load(std::memory_order_acquire))
      finalize(*object);
  while (AllocationBuffer *buffer = buffers_) {
    buffers_ = buffer->next;
    delete buffer;
  }
}

void Heap::give_back(std::uint64_t serial, AllocationBuffer *buffer) noexcept {
  std::lock_guard registry(registry_mutex());
  Heap *heap = live_heaps;
  while (heap && heap->serial_ != serial)
    heap = heap->next_live_;
  if (!heap)
    return;
  std::lock_guard lock(heap->mutex_);
  heap->register_fresh_locked(*buffer);
  buffer->owned = false;
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
  if (!free_slots_.empty()) {
    const std::uint32_t slot = free_slots_.back();
    free_slots_.pop_back();
    return slot;
  }
  if (free_slots_.capacity() <= slots_.size())
    free_slots_.reserve(2 * std::size_t{slots_.size()} + SlotTable::kFirstSegment);
  return slots_.append();
}

void Heap::free_object(Object *object) noexcept {
  release_slot(*object);
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
  slots_[slot].object.store(object, std::memory_order_release);
  nursery_.push_back({object, object->handle});
  object->registered = true;
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
    free_plain_block(object);
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
  const std::size_t payload_bytes = kind == ObjectKind::String ? bytes.size() + 1 : 0;
  const bool fails = payload_bytes > kMaxPayloadBytes ||
                     fault_injection::allocation_fails(fault_injection::Point::GcObject);
  if (!fails && payload_bytes <= BlockAllocator::kMaxSmall - sizeof(Object)) [[likely]] {
    if (AllocationBuffer *buffer = thread_buffers::find(serial_)) [[likely]] {
      buffer->busy.store(true, std::memory_order_relaxed);
      medi::detail::asymmetric_fence::light();
      Handle handle = 0;
      if (!buffer->revoked.load(std::memory_order_relaxed) &&
          !poisoned_.load(std::memory_order_relaxed) && finalizing_heap != this) [[likely]]
        handle = carve(*buffer, kind, bytes, payload_bytes);
      buffer->busy.store(false, std::memory_order_release);
      if (handle != 0) [[likely]]
        return handle;
    }
  }
  return allocate_plain_locked(kind, bytes, payload_bytes, fails, site);
}

Handle Heap::allocate_lossy_string(std::span<const std::uint8_t> bytes, SourceSite site) noexcept {
  std::string fixed;
  try {
    fixed = utf8_lossy(bytes);
  } catch (const std::bad_alloc &) {
    report("out of memory allocating a GC object of " + std::to_string(bytes.size() + 1) + " bytes",
           site, op::gc_alloc);
    return 0;
  }
  return allocate_plain(ObjectKind::String,
                        {reinterpret_cast<const std::uint8_t *>(fixed.data()), fixed.size()}, site);
}

[[gnu::always_inline]] inline Handle Heap::carve(AllocationBuffer &buffer, ObjectKind kind,
                                                 std::span<const std::uint8_t> bytes,
                                                 std::size_t payload_bytes) noexcept {
  const std::uint32_t fresh_count = buffer.fresh_count.load(std::memory_order_relaxed);
  if (buffer.slot_count == 0 || fresh_count == AllocationBuffer::kFresh) [[unlikely]]
    return 0;
  MutatorState *mutator;
  try {
    mutator = &current_mutator();
  } catch (const std::bad_alloc &) {
    return 0; // the locked path reports it
  }
  const std::size_t total = sizeof(Object) + payload_bytes;
  const std::size_t size_class = BlockAllocator::class_of(total);
  void *block = buffer.take_block(size_class);
  if (!block) [[unlikely]]
    return 0;
  Object *object = construct_plain(block, kind, bytes, payload_bytes);
  object->mutator = mutator;
  object->ticket = mutator->next_ticket();
  const std::uint32_t taken = --buffer.slot_count;
  Slot &slot = *buffer.slots[taken];
  object->handle = make_handle(buffer.slot_indexes[taken], slot.generation);
  slot.object.store(object, std::memory_order_release);
  buffer.fresh[fresh_count] = object;
  buffer.fresh_count.store(fresh_count + 1, std::memory_order_relaxed);
  buffer.fresh_bytes.store(buffer.fresh_bytes.load(std::memory_order_relaxed) + object->bytes(),
                           std::memory_order_relaxed);
  return object->handle;
}

Handle Heap::allocate_plain_locked(ObjectKind kind, std::span<const std::uint8_t> bytes,
                                   std::size_t payload_bytes, bool fails,
                                   SourceSite site) noexcept {
  const bool small = !fails && payload_bytes <= BlockAllocator::kMaxSmall - sizeof(Object);
  if (small && !thread_buffers::find(serial_))
    thread_buffers::make_room(); // before the lock: it may take another heap's
  Lock lock(*this, site);
  if (!lock)
    return 0;
  const std::size_t total = fails ? 0 : sizeof(Object) + payload_bytes;
  auto out_of_memory = [&] {
    report("out of memory allocating a GC object of " +
               std::to_string(sizeof(Object) + payload_bytes) + " bytes",
           site, op::gc_alloc);
    return Handle{0};
  };
  if (small) {
    if (AllocationBuffer *buffer = own_buffer_locked()) {
      on_allocation(register_fresh_locked(*buffer)); // may collect
      buffer->revoked.store(false, std::memory_order_relaxed);
      if (!refill_locked(*buffer, BlockAllocator::class_of(total)))
        return out_of_memory();
      const Handle handle = carve(*buffer, kind, bytes, payload_bytes);
      return handle != 0 ? handle : out_of_memory();
    }
  }
  // Large, failing, or without a buffer: a block of its own, registered now.
  if (fails)
    return out_of_memory();
  on_allocation(total);
  void *block = blocks_.allocate(total);
  if (!block)
    return out_of_memory();
  Object *object = construct_plain(block, kind, bytes, payload_bytes);
  if (!register_locked(object, kind, nullptr)) {
    delete_block(object);
    report("out of memory registering a GC object", site, op::gc_alloc);
    return 0;
  }
  return object->handle;
}

AllocationBuffer *Heap::own_buffer_locked() noexcept {
  if (AllocationBuffer *buffer = thread_buffers::find(serial_))
    return buffer;
  AllocationBuffer *buffer = buffers_;
  while (buffer && buffer->owned)
    buffer = buffer->next;
  if (!buffer) {
    buffer = new (std::nothrow) AllocationBuffer;
    if (!buffer)
      return nullptr;
    buffer->next = std::exchange(buffers_, buffer);
  }
  if (!thread_buffers::remember(serial_, buffer))
    return nullptr; // stays unowned for another thread
  buffer->owned = true;
  buffer->revoked.store(false, std::memory_order_relaxed);
  return buffer;
}

std::size_t Heap::register_fresh_locked(AllocationBuffer &buffer) noexcept {
  const std::uint32_t count = buffer.fresh_count.load(std::memory_order_relaxed);
  if (count == 0)
    return 0;
  try {
    if (nursery_.capacity() - nursery_.size() < count)
      nursery_.reserve(2 * nursery_.size() + count + 64);
  } catch (const std::bad_alloc &) {
    return 0; // they stay fresh (alive, uncounted) until memory is found
  }
  // Registered during a major cycle, they are black: they cannot be garbage in it.
  const std::uint32_t mark = phase_ == Phase::Idle ? 0 : major_epoch_;
  for (std::uint32_t i = 0; i < count; ++i) {
    Object &object = *buffer.fresh[i];
    object.registered = true;
    object.major_mark = mark;
    nursery_.push_back({&object, object.handle});
  }
  const std::size_t registered_bytes = buffer.fresh_bytes.load(std::memory_order_relaxed);
  young_bytes_ += registered_bytes;
  young_objects_ += count;
  stats_.allocated_objects += count;
  buffer.fresh_count.store(0, std::memory_order_relaxed);
  buffer.fresh_bytes.store(0, std::memory_order_relaxed);
  return registered_bytes;
}

bool Heap::refill_locked(AllocationBuffer &buffer, std::size_t size_class) noexcept {
  const std::size_t reused =
      std::min<std::size_t>(AllocationBuffer::kSlots - buffer.slot_count, free_slots_.size());
  // In their order on the free stack, so that carving pops them as take_slot() would: slots and
  // blocks are both reused last-freed first, and a sweep in slot order meets blocks in order.
  for (std::size_t i = 0; i < reused; ++i) {
    const std::uint32_t index = free_slots_[free_slots_.size() - reused + i];
    buffer.slot_indexes[buffer.slot_count] = index;
    buffer.slots[buffer.slot_count] = &slots_[index];
    ++buffer.slot_count;
  }
  free_slots_.resize(free_slots_.size() - reused);
  try {
    while (buffer.slot_count < AllocationBuffer::kSlots) {
      const std::uint32_t index = take_slot();
      buffer.slot_indexes[buffer.slot_count] = index;
      buffer.slots[buffer.slot_count] = &slots_[index];
      ++buffer.slot_count;
    }
  } catch (const std::bad_alloc &) {
    if (buffer.slot_count == 0)
      return false;
  }
  if (buffer.block_counts[size_class] > 0 ||
      static_cast<std::size_t>(buffer.bump_end - buffer.bump) >=
          BlockAllocator::class_bytes(size_class))
    return true;
  const auto taken = blocks_.take_blocks(size_class, buffer.blocks[size_class].data(),
                                         AllocationBuffer::kBlocksPerRefill);
  buffer.block_counts[size_class] = static_cast<std::uint32_t>(taken);
  if (taken > 0)
    return true;
  blocks_.give_back_range(buffer.bump, buffer.bump_end);
  buffer.bump = buffer.bump_end = nullptr;
  return blocks_.take_range(AllocationBuffer::kRangeBytes, buffer.bump, buffer.bump_end);
}

void Heap::gather_buffers_locked() noexcept {
  AllocationBuffer *own = thread_buffers::find(serial_);
  bool others = false;
  for (AllocationBuffer *buffer = buffers_; buffer; buffer = buffer->next) {
    if (buffer == own || !buffer->owned) {
      since_collection_bytes_ += register_fresh_locked(*buffer);
    } else if (buffer->fresh_count.load(std::memory_order_relaxed) != 0) {
      buffer->revoked.store(true, std::memory_order_relaxed);
      others = true;
    }
  }
  if (!others)
    return;
  medi::detail::asymmetric_fence::heavy();
  for (AllocationBuffer *buffer = buffers_; buffer; buffer = buffer->next) {
    if (buffer == own || !buffer->revoked.load(std::memory_order_relaxed))
      continue;
    // An owner inside the fast path finishes a few dozen instructions later.
    while (buffer->busy.load(std::memory_order_acquire))
      std::this_thread::yield();
    since_collection_bytes_ += register_fresh_locked(*buffer);
  }
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
    parent->extras_or_make().edges.push_back(child->handle);
    young_parents_ = young_parents_ || !parent->old;
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
  if (!parent->extras || !parent->extras->edges.remove(child->handle)) {
    report("remove_edge from " + hex(parent_id) + " to " + hex(child_id) +
               ", which has no such edge; ignored",
           site, op::gc_unbalanced);
  }
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
  Object *object = checked(id, "set_finalizer", site);
  if (!object)
    return;
  try {
    object->extras_or_make().finalizer = std::move(finalizer);
  } catch (const std::bad_alloc &) {
    report("out of memory setting a GC finalizer", site, op::gc_alloc);
  }
}

void *Heap::upgrade_to_root(Handle id, SourceSite site) noexcept {
  Lock lock(*this, site);
  if (!lock)
    return nullptr;
  Object *object = resolve(id);
  // While a sweep is under way, an unmarked object is garbage already.
  if (!object ||
      (phase_ == Phase::Sweeping && object->registered && object->major_mark != major_epoch_))
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
  if (object.has_finalizer() && !poisoned_) {
    const Heap *outer = std::exchange(finalizing_heap, this);
    try {
      object.extras->finalizer->run(object.payload());
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
  if (object.extras)
    object.extras->finalizer.reset();
  if (object.type)
    object.type->destroy(object.payload());
  free_object(&object);
}

GcStats Heap::stats() noexcept {
  std::unique_lock<std::mutex> lock;
  if (finalizing_heap != this)
    lock = std::unique_lock(mutex_);
  // Fresh objects in buffers count too (young, allocated), without registering them.
  std::size_t fresh_objects = 0, fresh_bytes = 0;
  for (const AllocationBuffer *buffer = buffers_; buffer; buffer = buffer->next) {
    fresh_objects += buffer->fresh_count.load(std::memory_order_relaxed);
    fresh_bytes += buffer->fresh_bytes.load(std::memory_order_relaxed);
  }
  GcStats now = stats_;
  now.allocated_objects += fresh_objects;
  now.live_objects = young_objects_ + old_objects_ + fresh_objects;
  now.live_bytes = young_bytes_ + old_bytes_ + fresh_bytes;
  now.young_objects = young_objects_ + fresh_objects;
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
