// fiber_cache.cpp: a worker's cache of finished fibers (fiber_cache.h).
#include "fiber_cache.h"

#include "medi/fault_injection.h"

#include <cassert>

namespace medi::detail {

FiberCache::~FiberCache() {
  assert(spare_.empty() && "FiberCache::drop() first");
}

Fiber *FiberCache::take(StackPool &stacks, Fiber::Entry entry, void *argument) {
  if (fault_injection::allocation_fails(fault_injection::Point::TaskStack))
    return nullptr;
  if (!spare_.empty()) {
    Fiber *fiber = spare_.back();
    spare_.pop_back();
    fiber->restart(entry, argument);
    return fiber;
  }
  auto stack = stacks.acquire();
  return stack ? Fiber::create_on(*stack, entry, argument) : nullptr;
}

void FiberCache::give_back(StackPool &stacks, Fiber *fiber) {
  if (!StackPool::canary_intact(fiber->stack())) {
    Fiber::destroy(fiber); // reported when the task finished; the stack is damaged: not reused
    return;
  }
  if (spare_.size() < kCapacity) {
    spare_.push_back(fiber);
    return;
  }
  stacks.release(Fiber::destroy(fiber));
}

void FiberCache::drop(StackPool &stacks) noexcept {
  for (Fiber *fiber : spare_)
    stacks.release(Fiber::destroy(fiber));
  spare_.clear();
}

} // namespace medi::detail
