// medi/detail/full_fence.h: a sequentially consistent fence that costs a locked instruction, not
// an MFENCE (internal).
//
// On x86-64, clang 19 lowers std::atomic_thread_fence(seq_cst) to MFENCE, which on AMD Zen waits
// far longer than a locked read-modify-write; newer LLVM (and so Rust, whose crossbeam-channel is
// our peer) emits `lock or` of zero to a stack slot, as Linux's smp_mb() does. Both are full
// barriers for ordinary write-back memory, which is all the channels order (MFENCE also orders
// non-temporal stores, which they never make). The slot is below the stack pointer, in the red
// zone: OR-ing zero leaves whatever the compiler keeps there unchanged. Other targets and
// ThreadSanitizer (which does not see inline assembly) get the standard fence.
#ifndef MEDI_DETAIL_FULL_FENCE_H
#define MEDI_DETAIL_FULL_FENCE_H

#include <atomic>

#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define MEDI_DETAIL_FENCE_TSAN 1
#endif
#endif
#if defined(__SANITIZE_THREAD__)
#define MEDI_DETAIL_FENCE_TSAN 1
#endif

namespace medi::detail {

inline void full_fence() noexcept {
#if defined(__x86_64__) && !defined(MEDI_DETAIL_FENCE_TSAN)
  asm volatile("lock orl $0, -64(%%rsp)" ::: "memory", "cc");
#else
  std::atomic_thread_fence(std::memory_order_seq_cst);
#endif
}

} // namespace medi::detail

#endif // MEDI_DETAIL_FULL_FENCE_H
