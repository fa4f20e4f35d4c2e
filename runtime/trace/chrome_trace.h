// chrome_trace.h: a trace's events as Chrome Trace Event Format JSON (internal).
//
// One process; one track (tid) per thread; a task's run is a complete ("X") event on the thread
// it ran on; a park is a nestable async slice ("b"/"e", category "park", id the task) named by
// the blocking call's op, from the park to the task's next run; a plain thread's blocking call
// is a "B"/"E" slice on its track; flows ("s"/"f") go from a spawn to the child's first run and
// from a wake to the woken task's next run; the run-queue length of each worker and the GC heap
// size are counters ("C"); everything else is an instant ("i"). Every site becomes args
// {"site": "file:line:col", "function", "op"}. Events are written in time order per track.
#ifndef MEDI_RUNTIME_TRACE_CHROME_TRACE_H
#define MEDI_RUNTIME_TRACE_CHROME_TRACE_H

#include "trace_event.h"

#include <cstdint>
#include <string>
#include <vector>

namespace medi::detail::trace {

/// The JSON document for `tracks`, with times relative to `origin_ns` and anything still open
/// (a run, a park, a zone) closed at `end_ns`.
std::string chrome_trace_json(const std::vector<Track> &tracks, std::uint64_t origin_ns,
                              std::uint64_t end_ns, std::uint64_t recorded);

} // namespace medi::detail::trace

#endif // MEDI_RUNTIME_TRACE_CHROME_TRACE_H
