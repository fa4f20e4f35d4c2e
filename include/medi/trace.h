// medi/trace.h: execution tracing. A trace records what the runtime did (tasks spawned, run,
// parked and woken; channel operations that blocked or failed; selects; real-time zones; GC
// collections; workers sleeping, waking and stealing; blocking() hand-offs), each event with a
// time from one monotonic clock, the thread it happened on, the task, and the `.medi` source
// line of the call that caused it. The file is Chrome Trace Event Format JSON: Perfetto's UI
// and chrome://tracing open it, and `medi-trace summary|svg` reads it.
//
//   medi::trace::start("run.json");   // or MEDI_TRACE=run.json in the environment
//   ... the program ...
//   medi::trace::stop();              // writes the file (also done at exit)
//
// Recording goes into one ring buffer per thread, with no lock and no allocation once a
// thread's buffer exists; when a buffer is full its oldest events are dropped and the trace
// says how many. With tracing off, each event site costs one relaxed load and a branch.
// See docs/tracing.md.
#ifndef MEDI_TRACE_H
#define MEDI_TRACE_H

#include <cstddef>
#include <cstdint>
#include <source_location>
#include <string_view>

namespace medi::trace {

struct Options {
  /// Events kept per thread at least (the newest ones); each takes 64 bytes, and a thread's
  /// ring has the next power of two above this many slots. MEDI_TRACE_BUFFER sets it for a
  /// trace started from the environment. The default makes a 4 MiB ring per thread.
  std::size_t events_per_thread = (std::size_t{1} << 16) - 1;
};

/// Starts recording into `path` (written by stop(), at exit, and when a deadlock is reported).
/// False, with a report (op trace.start), when a trace is already being recorded or the file
/// cannot be created.
bool start(std::string_view path, Options options = {},
           std::source_location location = std::source_location::current());

/// Stops recording and writes the file. False, with a report (op trace.write), when writing
/// failed; true (and nothing done) when no trace was being recorded.
bool stop(std::source_location location = std::source_location::current());

/// Writes what has been recorded so far and goes on recording (a program about to end without
/// running exit handlers calls it). False, with a report, when writing failed.
bool flush(std::source_location location = std::source_location::current());

/// Whether a trace is being recorded.
bool active() noexcept;

/// Events recorded since start() (over all threads, including those since dropped) and
/// dropped because a buffer was full.
struct Counts {
  std::uint64_t recorded = 0;
  std::uint64_t dropped = 0;
};
Counts counts() noexcept;

} // namespace medi::trace

#endif // MEDI_TRACE_H
