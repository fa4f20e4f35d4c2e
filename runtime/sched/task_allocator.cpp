// task_allocator.cpp: where task control blocks live. Every spawn allocates one and every join
// frees one, often on another thread, so each thread keeps small free lists of recently freed
// blocks by size class, in front of the general allocator.
#include "medi/detail/task_control.h"
#include "medi/fault_injection.h"

#include <array>
#include <cstddef>
#include <new>
#include <utility>

namespace medi::detail {
namespace {

constexpr std::size_t kGranule = 64;
constexpr std::size_t kClasses = 8; // blocks of 64, 128, ... 512 bytes; larger go to operator new
// Each class's cache holds at most 16 KiB (256 blocks of 64 bytes, 32 of 512): a thread that
// frees more blocks than it allocates (a worker releasing tasks spawned elsewhere) fills its
// caches to this bound, so it is what a long-running program keeps. Bounded in bytes, not in
// blocks, so the large classes cannot hold hundreds of KiB per thread, a growth that would show
// only after a long run.
constexpr std::size_t kCacheBytesPerClass = 16 * 1024;
constexpr std::size_t max_cached(std::size_t size_class) {
  return kCacheBytesPerClass / ((size_class + 1) * kGranule);
}

struct FreeBlock {
  FreeBlock *next;
};

struct BlockCache {
  std::array<FreeBlock *, kClasses> heads{};
  std::array<std::size_t, kClasses> counts{};
  bool destroyed = false;

  ~BlockCache() {
    for (FreeBlock *&head : heads)
      while (head)
        ::operator delete(std::exchange(head, head->next));
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
  if (FreeBlock *block = local.heads[size_class]; block && !local.destroyed) {
    local.heads[size_class] = block->next;
    --local.counts[size_class];
    return block;
  }
  return ::operator new((size_class + 1) * kGranule);
}

[[gnu::noinline]] void TaskControl::operator delete(void *memory, std::size_t bytes) noexcept {
  const std::size_t size_class = class_of(bytes);
  BlockCache &local = cache;
  if (size_class >= kClasses || local.destroyed ||
      local.counts[size_class] >= max_cached(size_class)) {
    ::operator delete(memory);
    return;
  }
  local.heads[size_class] = new (memory) FreeBlock{local.heads[size_class]};
  ++local.counts[size_class];
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
