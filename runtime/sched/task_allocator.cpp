// task_allocator.cpp: where task control blocks live. Every spawn allocates one and every join
// frees one, often on another thread, so each thread keeps small free lists of recently freed
// blocks by size class, in front of a shared pool that keeps blocks for reuse instead of giving
// them back to the general allocator.
//
// The shared pool matters when a thread spawns many tasks at once (main spawning its workers):
// blocks freed after a burst would otherwise go back to malloc, which hands the memory back to
// the system, and the next burst pays a page fault per few blocks. As Go keeps its goroutine
// descriptors and oneTBB its task pools, the pool keeps them, up to kPoolBytes in all; what a
// burst frees beyond that goes back to the general allocator. Threads move blocks to and from
// the pool a batch at a time, so the pool's lock is taken once per batch, not per task.
#include "medi/detail/spin_lock.h"
#include "medi/detail/task_control.h"
#include "medi/fault_injection.h"

#include <array>
#include <atomic>
#include <cstddef>
#include <mutex>
#include <new>
#include <utility>

namespace medi::detail {
namespace {

constexpr std::size_t kGranule = 64;
constexpr std::size_t kClasses = 8; // blocks of 64, 128, ... 512 bytes; larger go to operator new
// Each class's thread cache holds at most 16 KiB (256 blocks of 64 bytes, 32 of 512) before it
// hands a batch (half of that) to the shared pool. Bounded in bytes, not in blocks, so the large
// classes cannot hold hundreds of KiB per thread.
constexpr std::size_t kCacheBytesPerClass = 16 * 1024;
// What the shared pool keeps, over every class: about 250,000 blocks of an ordinary task's size.
constexpr std::size_t kPoolBytes = 64u << 20;

constexpr std::size_t block_bytes(std::size_t size_class) {
  return (size_class + 1) * kGranule;
}
constexpr std::size_t max_cached(std::size_t size_class) {
  return kCacheBytesPerClass / block_bytes(size_class);
}
constexpr std::size_t batch_blocks(std::size_t size_class) {
  return max_cached(size_class) / 2;
}

// A free block; the first block of a batch in the pool also links the next batch.
struct FreeBlock {
  FreeBlock *next;
  FreeBlock *next_batch;
};
static_assert(sizeof(FreeBlock) <= kGranule);

// Batches of batch_blocks(class) blocks each, by class.
class SharedPool {
public:
  /// A batch of the class (its blocks linked by next), or nullptr when the pool has none.
  FreeBlock *take(std::size_t size_class) noexcept {
    std::lock_guard guard(lock_);
    FreeBlock *batch = batches_[size_class];
    if (batch) {
      batches_[size_class] = batch->next_batch;
      bytes_ -= batch_blocks(size_class) * block_bytes(size_class);
    }
    return batch;
  }
  /// Keeps a batch of batch_blocks(class) blocks; false (and keeps nothing) when the pool is
  /// full.
  bool give(std::size_t size_class, FreeBlock *batch) noexcept {
    const std::size_t bytes = batch_blocks(size_class) * block_bytes(size_class);
    std::lock_guard guard(lock_);
    if (bytes_ + bytes > kPoolBytes)
      return false;
    batch->next_batch = batches_[size_class];
    batches_[size_class] = batch;
    bytes_ += bytes;
    return true;
  }

private:
  SpinLock lock_;
  std::array<FreeBlock *, kClasses> batches_{}; // guarded by lock_
  std::size_t bytes_ = 0;                       // guarded by lock_
};

// Never destroyed: threads free blocks into it until the process ends.
SharedPool &shared_pool() noexcept {
  static SharedPool *const pool = new SharedPool;
  return *pool;
}

void free_list(FreeBlock *head) noexcept {
  while (head)
    ::operator delete(std::exchange(head, head->next));
}

struct BlockCache {
  std::array<FreeBlock *, kClasses> heads{};
  std::array<std::size_t, kClasses> counts{};
  bool destroyed = false;

  /// Moves the first batch_blocks(class) cached blocks to the shared pool (or, when it is full,
  /// back to the general allocator).
  void hand_over_batch(std::size_t size_class) noexcept {
    FreeBlock *batch = heads[size_class];
    FreeBlock *last = batch;
    for (std::size_t i = 1; i < batch_blocks(size_class); ++i)
      last = last->next;
    heads[size_class] = last->next;
    counts[size_class] -= batch_blocks(size_class);
    last->next = nullptr;
    if (!shared_pool().give(size_class, batch))
      free_list(batch);
  }

  ~BlockCache() {
    for (std::size_t size_class = 0; size_class < kClasses; ++size_class) {
      while (counts[size_class] >= batch_blocks(size_class))
        hand_over_batch(size_class);
      free_list(std::exchange(heads[size_class], nullptr));
    }
    destroyed = true;
  }
};

// Blocks are not cached across a thread's exit: a free that comes later (a thread_local's
// destructor releasing a task) goes straight back to the general allocator.
thread_local BlockCache cache;

constexpr std::size_t class_of(std::size_t bytes) {
  return (bytes + kGranule - 1) / kGranule - 1;
}

} // namespace

// Not inlined, so no caller keeps this thread's cache address across a fiber switch.
[[gnu::noinline]] void *TaskControl::operator new(std::size_t bytes) {
  if (fault_injection::allocation_fails(fault_injection::Point::TaskCreation))
    throw std::bad_alloc();
  const std::size_t size_class = class_of(bytes);
  if (size_class >= kClasses)
    return ::operator new(bytes);
  BlockCache &local = cache;
  if (local.destroyed) [[unlikely]]
    return ::operator new(block_bytes(size_class));
  FreeBlock *block = local.heads[size_class];
  if (!block) [[unlikely]] {
    block = shared_pool().take(size_class);
    if (!block)
      return ::operator new(block_bytes(size_class));
    local.counts[size_class] = batch_blocks(size_class);
  }
  local.heads[size_class] = block->next;
  --local.counts[size_class];
  return block;
}

[[gnu::noinline]] void TaskControl::operator delete(void *memory, std::size_t bytes) noexcept {
  const std::size_t size_class = class_of(bytes);
  BlockCache &local = cache;
  if (size_class >= kClasses || local.destroyed) {
    ::operator delete(memory);
    return;
  }
  local.heads[size_class] = new (memory) FreeBlock{local.heads[size_class], nullptr};
  if (++local.counts[size_class] > max_cached(size_class)) [[unlikely]]
    local.hand_over_batch(size_class);
}

void *TaskControl::operator new(std::size_t bytes, std::align_val_t alignment) {
  if (fault_injection::allocation_fails(fault_injection::Point::TaskCreation))
    throw std::bad_alloc();
  return ::operator new(bytes, alignment);
}

void TaskControl::operator delete(void *memory, std::size_t, std::align_val_t alignment) noexcept {
  ::operator delete(memory, alignment);
}

} // namespace medi::detail
