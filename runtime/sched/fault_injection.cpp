// fault_injection.cpp: the armed points of medi/fault_injection.h. A point's budget is two
// counters (successes still to let through, failures still to make), taken with compare-exchange
// so racing allocations consume each exactly once.
#include "medi/fault_injection.h"

#include <array>

namespace medi::fault_injection {
namespace detail {
std::atomic<std::uint32_t> armed_points{0};
} // namespace detail

namespace {

struct Budget {
  std::atomic<std::uint64_t> skip_and_count{0}; // skip in the high half, count in the low
  std::atomic<std::uint64_t> failures{0};
};
std::array<Budget, kPoints> budgets;

constexpr std::uint32_t bit(Point point) {
  return 1u << static_cast<unsigned>(point);
}

} // namespace

void fail_allocations(Point point, std::uint32_t count, std::uint32_t skip) noexcept {
  Budget &budget = budgets[static_cast<unsigned>(point)];
  budget.skip_and_count.store((std::uint64_t{skip} << 32) | count, std::memory_order_release);
  if (count != 0)
    detail::armed_points.fetch_or(bit(point), std::memory_order_release);
}

void clear() noexcept {
  detail::armed_points.store(0, std::memory_order_release);
  for (Budget &budget : budgets)
    budget.skip_and_count.store(0, std::memory_order_release);
}

std::uint64_t failures(Point point) noexcept {
  return budgets[static_cast<unsigned>(point)].failures.load(std::memory_order_acquire);
}

bool detail::consume(Point point) noexcept {
  if ((armed_points.load(std::memory_order_acquire) & bit(point)) == 0)
    return false;
  Budget &budget = budgets[static_cast<unsigned>(point)];
  std::uint64_t state = budget.skip_and_count.load(std::memory_order_acquire);
  for (;;) {
    const std::uint64_t skip = state >> 32, count = state & 0xffffffffu;
    if (count == 0)
      return false;
    const std::uint64_t next = skip != 0 ? state - (std::uint64_t{1} << 32) : state - 1;
    if (budget.skip_and_count.compare_exchange_weak(state, next, std::memory_order_acq_rel)) {
      if (skip != 0)
        return false;
      if (count == 1)
        armed_points.fetch_and(~bit(point), std::memory_order_acq_rel);
      budget.failures.fetch_add(1, std::memory_order_relaxed);
      return true;
    }
  }
}

} // namespace medi::fault_injection
