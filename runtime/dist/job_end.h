// job_end.h: when mpirun ends the job, this rank says what it loses. mpirun sends SIGTERM to every
// rank still running when another rank dies, exits non-zero or aborts, or when mpirun itself is
// stopped; a SIGKILL follows a few seconds later. Open MPI 4.1 cannot recover from a lost rank
// (docs/distributed.md), so this report is the last word: the channels this rank had open and
// its connections, with the source lines that opened and connected them (op dist.rank_lost).
#ifndef MEDI_RUNTIME_DIST_JOB_END_H
#define MEDI_RUNTIME_DIST_JOB_END_H

#include <functional>
#include <string>

namespace medi::dist::detail {

/// Handles SIGTERM from now on, unless the program has its own handler: the handler only wakes a
/// reporting thread, which reports `describe()` through the usual reporters and then ends the
/// process as SIGTERM would have.
void watch_for_job_end(std::function<std::string()> describe);
/// Restores SIGTERM's default action and ends the reporting thread.
void stop_watching_for_job_end();

} // namespace medi::dist::detail

#endif // MEDI_RUNTIME_DIST_JOB_END_H
