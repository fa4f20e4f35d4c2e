// timer_abi.cpp: the C ABI's timers: sleep (parks a task, blocks a thread; a cancelled task
// returns at once) and the monotonic clock.
#include "medi/medi_rt.h"
#include "medi/task.h"

#include <chrono>

extern "C" {

medi_rt_status medi_rt_sleep(int64_t duration_ns, const medi_rt_source *site) {
  const auto deadline = std::chrono::steady_clock::now() +
                        std::chrono::nanoseconds(duration_ns > 0 ? duration_ns : 0);
  return medi::sleep_until(deadline, medi::SourceSite(site)) ? MEDI_RT_OK : MEDI_RT_CANCELLED;
}

int64_t medi_rt_clock_now(const medi_rt_source *) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

} // extern "C"
