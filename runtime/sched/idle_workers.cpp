// idle_workers.cpp: waking sleeping workers (the protocol is in idle_workers.h).
#include "idle_workers.h"

namespace medi::detail {

void IdleWorkers::wake_one() noexcept {
  epoch_.fetch_add(1, std::memory_order_seq_cst);
  epoch_.notify_one();
}

void IdleWorkers::wake_all() noexcept {
  epoch_.fetch_add(1, std::memory_order_seq_cst);
  epoch_.notify_all();
}

} // namespace medi::detail
