// medi/detail/channel/backoff.h: bounded spinning for the channels' lock-free paths (internal).
// spin() backs off a contended compare-exchange; snooze() waits for another thread to finish a
// step it has started (it yields the thread after a few rounds); completed() says when a
// blocking operation should stop trying and park.
#ifndef MEDI_DETAIL_CHANNEL_BACKOFF_H
#define MEDI_DETAIL_CHANNEL_BACKOFF_H

#include <algorithm>
#include <thread>

namespace medi::detail {

inline void pause_cpu() noexcept {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  asm volatile("yield");
#endif
}

class Backoff {
public:
  void spin() noexcept {
    for (unsigned i = 0; i < (1u << std::min(step_, kSpinLimit)); ++i)
      pause_cpu();
    if (step_ <= kSpinLimit)
      ++step_;
  }
  void snooze() noexcept {
    if (step_ <= kSpinLimit) {
      for (unsigned i = 0; i < (1u << step_); ++i)
        pause_cpu();
    } else {
      std::this_thread::yield();
    }
    if (step_ <= kYieldLimit)
      ++step_;
  }
  bool completed() const noexcept { return step_ > kYieldLimit; }

private:
  static constexpr unsigned kSpinLimit = 6;
  static constexpr unsigned kYieldLimit = 10;
  unsigned step_ = 0;
};

} // namespace medi::detail

#endif // MEDI_DETAIL_CHANNEL_BACKOFF_H
