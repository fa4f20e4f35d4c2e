// stack_pool.h: the stacks tasks run on (internal).
//
// A task's stack is reserved, not committed: pages become resident only as the task touches them,
// so 100,000 blocked tasks with the default 64 KiB stacks cost what they use, not 6 GiB.
//
// Overflow is detected two ways, because Linux limits a process to vm.max_map_count mappings
// (65,530 by default) and a guard page splits a mapping in two:
//  * guarded stacks: a PROT_NONE page below the stack, so an overflow faults at once. Used while
//    the guard budget lasts (a quarter of vm.max_map_count, two mappings per stack: 8,191 stacks
//    with Linux's default; a quarter of that under a sanitizer);
//  * canary stacks: carved from one mapping of about 16 MiB at a time (256 default stacks), with a
//  canary pattern just below each
//    stack (in the top bytes of the region below it; stack_pool.cpp) that is checked when the
//    task ends.
// Stacks are pooled: a released stack goes back to the free list of its kind and is reused.
#ifndef MEDI_RUNTIME_SCHED_STACK_POOL_H
#define MEDI_RUNTIME_SCHED_STACK_POOL_H

#include <cstddef>
#include <mutex>
#include <optional>
#include <vector>

namespace medi::detail {

struct FiberStack {
  std::byte *limit = nullptr; // lowest usable address
  std::size_t size = 0;       // usable bytes
  bool guarded = false;       // a guard page lies below `limit`; else a canary ends at `limit`

  std::byte *top() const noexcept { return limit + size; }
};

class StackPool {
public:
  static constexpr std::size_t kDefaultStackSize = 64 * 1024;
  static constexpr std::size_t kCanaryBytes = 64;
  /// A slab of canary stacks reserves about this much address space (at least one stack): 256
  /// stacks of the default size.
  static constexpr std::size_t kSlabBytes = 16u << 20;

  /// `stack_size` is rounded up to whole pages; `guard_budget` is how many guarded stacks may
  /// exist at once (default: default_guard_budget()).
  explicit StackPool(std::size_t stack_size = kDefaultStackSize,
                     std::optional<std::size_t> guard_budget = std::nullopt);
  ~StackPool();
  StackPool(const StackPool &) = delete;
  StackPool &operator=(const StackPool &) = delete;

  /// A stack, reused when one is free; nullopt when the OS refuses the memory.
  std::optional<FiberStack> acquire();
  /// Returns a stack for reuse. A canary stack must have an intact canary (check first).
  void release(const FiberStack &stack);

  /// False when a canary stack's canary was overwritten (the task overflowed its stack).
  static bool canary_intact(const FiberStack &stack) noexcept;
  /// The stack's lowest usable byte: below it lie the guard page or the canary.
  static std::byte *overflow_boundary(const FiberStack &stack) noexcept;

  std::size_t stack_size() const noexcept { return stack_size_; }
  std::size_t guarded_in_use() const;
  std::size_t free_count() const;

private:
  std::optional<FiberStack> map_guarded();
  std::optional<FiberStack> carve_from_slab();
  static void write_canary(const FiberStack &stack) noexcept;
  std::size_t slab_bytes() const noexcept;

  const std::size_t page_size_;
  const std::size_t stack_size_;
  const std::size_t guard_budget_;
  const std::size_t stacks_per_slab_;

  mutable std::mutex mutex_;
  std::vector<FiberStack> free_guarded_;      // guarded by mutex_
  std::vector<FiberStack> free_canary_;       // guarded by mutex_
  std::size_t guarded_mapped_ = 0;            // guarded by mutex_
  std::vector<std::byte *> guarded_mappings_; // guarded by mutex_: every guarded stack's mapping
  std::vector<std::byte *> slabs_;            // guarded by mutex_
};

/// A quarter of vm.max_map_count divided by the two mappings a guarded stack takes.
std::size_t default_guard_budget();

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_STACK_POOL_H
