// program_thread.h: the threads a DeadlockWatch vouches for (internal).
//
// A watched thread is one that runs Medi code outside the scheduler (a program's main thread
// under medi-run). While it waits in a runtime primitive its BlockingScope records why, under the
// record's mutex: the watch reads the record while the thread may be returning from its wait.
#ifndef MEDI_RUNTIME_SCHED_PROGRAM_THREAD_H
#define MEDI_RUNTIME_SCHED_PROGRAM_THREAD_H

#include "medi/detail/blocked_on.h"
#include "thread_parker.h"

#include <cstdint>
#include <mutex>

namespace medi::detail {

struct ProgramThread {
  std::mutex mutex;
  const BlockedOn *blocked_on = nullptr; // guarded by mutex
  std::uint64_t waits = 0;               // guarded by mutex: BlockingScopes entered so far
  ThreadParker *parker = nullptr;        // the thread's own (channel waits park on it)
};

/// The calling thread's record while a DeadlockWatch made on it lives, else nullptr.
ProgramThread *this_program_thread() noexcept;
void set_this_program_thread(ProgramThread *thread) noexcept;

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_PROGRAM_THREAD_H
