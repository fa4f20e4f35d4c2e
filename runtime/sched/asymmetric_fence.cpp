// asymmetric_fence.cpp: membarrier(2) registration and the heavy side (asymmetric_fence.h).
#include "asymmetric_fence.h"

#include <linux/membarrier.h>
#include <mutex>
#include <sys/syscall.h>
#include <unistd.h>

namespace medi::detail::asymmetric_fence {

std::atomic<bool> membarrier_works{false};

namespace {
long membarrier(int command) noexcept {
  return ::syscall(__NR_membarrier, command, 0, 0);
}
} // namespace

void init() noexcept {
  static std::once_flag once;
  std::call_once(once, [] {
    const long supported = membarrier(MEMBARRIER_CMD_QUERY);
    if (supported < 0 || !(supported & MEMBARRIER_CMD_PRIVATE_EXPEDITED))
      return;
    if (membarrier(MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED) != 0)
      return;
    membarrier_works.store(true, std::memory_order_relaxed);
  });
}

void heavy() noexcept {
  if (membarrier_works.load(std::memory_order_relaxed) &&
      membarrier(MEMBARRIER_CMD_PRIVATE_EXPEDITED) == 0) [[likely]]
    return;
  full_fence();
}

} // namespace medi::detail::asymmetric_fence
