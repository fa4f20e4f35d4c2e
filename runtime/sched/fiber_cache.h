// fiber_cache.h: a worker's finished fibers, kept with their stacks for the next tasks it starts,
// so most tasks start without allocating (internal).
#ifndef MEDI_RUNTIME_SCHED_FIBER_CACHE_H
#define MEDI_RUNTIME_SCHED_FIBER_CACHE_H

#include "fiber.h"
#include "stack_pool.h"

#include <cstddef>
#include <vector>

namespace medi::detail {

class FiberCache {
public:
  FiberCache() = default;
  FiberCache(const FiberCache &) = delete;
  FiberCache &operator=(const FiberCache &) = delete;
  ~FiberCache(); // drop() first: the stacks go back to their pool

  /// A fiber that runs `entry(argument)`: a cached one restarted, else a new one on a stack
  /// from `stacks`. nullptr when there is no memory for one (or fault injection says so).
  Fiber *take(StackPool &stacks, Fiber::Entry entry, void *argument);
  /// A finished fiber: kept for reuse (up to kCapacity), else its stack goes back to `stacks`.
  /// A fiber whose stack's canary was overwritten is deleted and its stack left out of the pool.
  void give_back(StackPool &stacks, Fiber *fiber);
  /// Frees every cached fiber, their stacks back to `stacks`.
  void drop(StackPool &stacks) noexcept;

private:
  static constexpr std::size_t kCapacity = 64;
  std::vector<Fiber *> spare_;
};

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_FIBER_CACHE_H
