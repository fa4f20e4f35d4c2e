// heap.h: one collector: its objects, roots, edges, generations and collections (behind
// medi::gc_zone::SafeGc and the medi_gc_* C ABI). See docs/gc.md for the algorithm.
//
// Every public member takes the heap's mutex, except allocate_plain's fast path, which carves
// from the calling thread's allocation buffer (allocation_buffer.h). Collections run on the
// thread whose call triggered them, under that mutex, after gathering every buffer's objects: a
// minor collection when the bytes allocated since the last collection reach the nursery threshold,
// or, while a major cycle is under way, its next incremental step instead (each step stops at
// max_pause). A finalizer that throws poisons the heap: from then on every call reports op gc.lock
// and fails.
#ifndef MEDI_RUNTIME_GC_HEAP_H
#define MEDI_RUNTIME_GC_HEAP_H

#include "allocation_buffer.h"
#include "block_allocator.h"
#include "medi/error/runtime_error.h"
#include "medi/error/source_site.h"
#include "medi/gc/gc_params.h"
#include "medi/gc/gc_stats.h"
#include "mutator.h"
#include "object.h"
#include "slot_table.h"
#include "utf8.h"

#include <atomic>
#include <chrono>
#include <expected>
#include <mutex>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace medi::gc_zone::detail {

class Heap {
public:
  explicit Heap(GcParams params);
  ~Heap();
  Heap(const Heap &) = delete;
  Heap &operator=(const Heap &) = delete;

  /// Takes ownership of `object` (built by new_object, payload constructed): registers it as a
  /// pending young object and returns its handle. On failure (poisoned), destroys it.
  std::expected<Handle, RuntimeError> adopt(Object *object, ObjectKind kind, const TypeOps *type,
                                            SourceSite site) noexcept;
  /// A new String holding `bytes` (valid UTF-8) or, for kind Unit, an empty object, its block
  /// from the heap's own allocator: carved from the calling thread's allocation buffer without
  /// the lock, unless the buffer needs a refill. 0 on failure (reported).
  Handle allocate_plain(ObjectKind kind, std::span<const std::uint8_t> bytes,
                        SourceSite site) noexcept;
  /// A new String holding `bytes`, invalid UTF-8 replaced with U+FFFD (as String::from_utf8_lossy
  /// does); 0 on failure (reported).
  Handle allocate_string(std::span<const std::uint8_t> bytes, SourceSite site) noexcept {
    if (valid_utf8(bytes)) [[likely]]
      return allocate_plain(ObjectKind::String, bytes, site);
    return allocate_lossy_string(bytes, site);
  }

  void add_root(Handle id, SourceSite site) noexcept;
  void remove_root(Handle id, SourceSite site) noexcept;
  void add_edge(Handle parent, Handle child, SourceSite site) noexcept;
  void remove_edge(Handle parent, Handle child, SourceSite site) noexcept;
  void write_barrier(Handle parent, Handle child, SourceSite site) noexcept;
  void set_finalizer(Handle id, std::unique_ptr<FinalizerBase> finalizer, SourceSite site) noexcept;
  /// Roots a live object and returns its payload; nullptr (nothing rooted) if it is gone.
  void *upgrade_to_root(Handle id, SourceSite site) noexcept;
  std::optional<std::string_view> string_view(Handle id, SourceSite site) noexcept;
  bool contains(Handle id) noexcept;

  /// A full, non-incremental collection; a safe point for the caller.
  void collect(SourceSite site) noexcept;
  GcStats stats() noexcept;
  const GcParams &params() const noexcept { return params_; }

  /// Gives back an exiting (or displaced) thread's buffer to the heap `serial`, if that heap
  /// still lives: its objects are registered and the buffer waits for another thread.
  static void give_back(std::uint64_t serial, AllocationBuffer *buffer) noexcept;

private:
  enum class Phase : std::uint8_t { Idle, Marking, Sweeping };
  using Clock = std::chrono::steady_clock;

  // heap.cpp: locking, slots, reports.
  class Lock;
  /// nullptr for 0, freed or never issued.
  Object *resolve(Handle id) const noexcept {
    const std::uint32_t slot = slot_of(id); // 0 wraps to UINT32_MAX
    if (slot >= slots_.size() || slots_[slot].generation != generation_of(id))
      return nullptr;
    return slots_[slot].object.load(std::memory_order_acquire);
  }
  Object *checked(Handle id, std::string_view what, SourceSite site) noexcept; // reports
  std::uint32_t take_slot(); // may throw std::bad_alloc
  void free_object(Object *object) noexcept;
  /// Frees the object's slot: its handle goes stale and the slot can be taken again. Inline:
  /// a minor collection calls it for every dead object.
  [[gnu::always_inline]] void release_slot(const Object &object) noexcept {
    Slot &slot = slots_[slot_of(object.handle)];
    slot.object.store(nullptr, std::memory_order_relaxed);
    if (++slot.generation == 0) // generation 0 would make handle 0 possible
      slot.generation = 1;
    free_slots_.push_back(slot_of(object.handle)); // has room: its capacity covers every slot
  }
  /// Destroys a pooled object's header and gives its block back, inline for the same reason.
  [[gnu::always_inline]] void free_plain_block(Object *object) noexcept {
    const std::size_t bytes = object->bytes();
    object->~Object();
    blocks_.deallocate(object, bytes);
  }
  bool pending(const Object &object) const noexcept;
  static bool pending(const Object &object, PendingSnapshot &snapshot) noexcept {
    return !object.published && snapshot.protects(object.mutator, object.ticket);
  }
  /// Registers a constructed object under the held lock; false (nothing changed) without memory.
  bool register_locked(Object *object, ObjectKind kind, const TypeOps *type) noexcept;
  void delete_block(Object *object) noexcept;
  /// Adds a root under the held lock; false (reported) without memory.
  bool root_locked(Object &object, SourceSite site) noexcept;
  void publish(Object &object) noexcept;

  [[gnu::cold]] Handle allocate_lossy_string(std::span<const std::uint8_t> bytes,
                                             SourceSite site) noexcept;

  // heap.cpp: allocation buffers.
  /// A small string or unit from `buffer`, or 0 when the buffer is out of slots, blocks or room
  /// for fresh objects (nothing changed then). Its owner calls it, unlocked or under the lock.
  Handle carve(AllocationBuffer &buffer, ObjectKind kind, std::span<const std::uint8_t> bytes,
               std::size_t payload_bytes) noexcept;
  Handle allocate_plain_locked(ObjectKind kind, std::span<const std::uint8_t> bytes,
                               std::size_t payload_bytes, bool fails, SourceSite site) noexcept;
  /// The calling thread's buffer here, made or reused under the held lock; nullptr without
  /// memory or a free thread entry.
  AllocationBuffer *own_buffer_locked() noexcept;
  /// Registers the buffer's fresh objects (young, in the nursery); their bytes are returned.
  std::size_t register_fresh_locked(AllocationBuffer &buffer) noexcept;
  /// Refills slots, and blocks of `size_class`; false when no memory could be found.
  bool refill_locked(AllocationBuffer &buffer, std::size_t size_class) noexcept;
  /// Revokes every buffer and registers their fresh objects: a collection sees every object.
  void gather_buffers_locked() noexcept;

  // collector.cpp: collections.
  void on_allocation(std::size_t bytes) noexcept;
  void barrier(Object &parent, Object &child) noexcept;
  void shade(Object &object) noexcept;
  void minor_collection() noexcept;
  void start_major() noexcept;
  /// What a major step may do: it stops at `deadline`, but not before `least` objects or slots.
  struct StepBudget {
    Clock::time_point deadline;
    std::size_t least = 0;
    std::size_t done = 0;
    bool over() const noexcept { return done >= least && Clock::now() >= deadline; }
    /// Counts one more; true when the step should stop (the clock is read every few hundred).
    bool spent() noexcept;
  };
  bool major_step(Clock::time_point deadline) noexcept; // true when the cycle completed
  bool mark_until(StepBudget &budget) noexcept;         // true when nothing is left gray
  bool sweep_until(StepBudget &budget) noexcept;        // true when the sweep is done
  void finish_major() noexcept;
  void promote(Object &object) noexcept;
  void full_collection() noexcept;
  void finalize(Object &object) noexcept; // runs its finalizer (may poison) and destroys it
  void log_pause(std::string_view what, Clock::duration pause, std::size_t freed) const;

  GcParams params_;
  mutable std::mutex mutex_;
  std::atomic<bool> poisoned_{false}; // read without the lock by the allocation fast path

  std::uint64_t serial_;      // never reused: names this heap in threads' buffer entries
  Heap *next_live_ = nullptr; // the registry of live heaps (heap.cpp)
  AllocationBuffer *buffers_ = nullptr;

  SlotTable slots_;
  std::vector<std::uint32_t> free_slots_; // capacity for every slot: freeing never allocates
  /// A young object. Only a major cycle frees young objects outside a minor collection, and its
  /// end rebuilds the nursery, so an entry's object can be stale only while a cycle is under
  /// way: a minor collection (never then) uses the pointer, everything else the handle.
  struct NurseryEntry {
    Object *object;
    Handle handle;
  };
  std::vector<NurseryEntry> nursery_;
  std::vector<Handle> remembered_;   // young objects an old one referred to since they were new
  bool remembered_overflow_ = false; // an entry could not be added: scan the old generation
  /// A young object may have children: set by add_edge on a young parent, recomputed from the
  /// survivors by each minor collection. While it is clear, a minor collection needs no trace.
  bool young_parents_ = false;
  std::vector<Object *> rooted_; // objects with root_count > 0
  BlockAllocator blocks_;

  Phase phase_ = Phase::Idle;
  std::uint32_t major_epoch_ = 1;
  std::uint32_t minor_epoch_ = 0;
  std::vector<Handle> gray_;
  // A minor collection's working lists (collector.cpp), kept for their capacity.
  std::vector<Object *> minor_gray_, minor_young_, minor_promoted_;
  std::vector<NurseryEntry> minor_survivors_;
  std::vector<Handle> minor_remembered_;
  std::uint32_t sweep_cursor_ = 0;
  std::uint64_t allocated_at_last_step_ = 0; // stats_.allocated_objects then

  std::size_t since_collection_bytes_ = 0;
  std::size_t young_bytes_ = 0;
  std::size_t old_bytes_ = 0;
  std::size_t next_major_bytes_ = 0;
  std::size_t young_objects_ = 0;
  std::size_t old_objects_ = 0;
  std::size_t cycle_freed_ = 0;
  GcStats stats_;
};

} // namespace medi::gc_zone::detail

#endif // MEDI_RUNTIME_GC_HEAP_H
