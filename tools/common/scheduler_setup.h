//===- scheduler_setup.h - The scheduler a JIT-run program gets --------------===//
//
// medi-run's --threads and --policy, applied to the runtime's global scheduler before the
// program starts. Kept out of the LLVM translation units: those build without exceptions, the
// runtime's C++ headers need them.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_TOOLS_SCHEDULER_SETUP_H
#define MEDI_TOOLS_SCHEDULER_SETUP_H

namespace medi::tools {

enum class FailurePolicy { Skip, Shutdown };

/// Starts the global scheduler with Threads workers (0: one per core, the runtime's default)
/// and the recovery policy for a failed task.
void configureScheduler(unsigned Threads, FailurePolicy Policy) noexcept;

/// Watches the calling thread (the one that runs the entry) and the tasks for a deadlock: once
/// one is reported, stdio is flushed and the process exits with ExitCode.
void watchForDeadlocks(int ExitCode);

/// Starts recording an execution trace into Path (replacing one MEDI_TRACE started); false,
/// with the runtime's report on stderr, when the file cannot be created.
bool startTrace(const char *Path);
/// Writes the trace, if one is being recorded (the process is about to end without exit
/// handlers).
void finishTrace();

/// Stops the distributed runtime if the program started it (under mpirun: the last barrier with
/// the other ranks, then MPI_Finalize), as a program's exit would; medi-run ends with _Exit.
void finishDistributed();

} // namespace medi::tools

#endif // MEDI_TOOLS_SCHEDULER_SETUP_H
