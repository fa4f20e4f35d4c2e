//===- trace_model.h - A Medi trace file, read back ---------------------===//
//
// What medi-trace reads from a trace the runtime wrote (Chrome Trace Event Format JSON; the
// shapes are in runtime/trace/chrome_trace.h and docs/tracing.md): the threads, each task's
// runs, parks, wake-ups and spawn, the blocking calls of plain threads, GC pauses, zones and
// violations. Loading checks the shape and says what is wrong with a file that is not a trace.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_TOOLS_MEDI_TRACE_TRACE_MODEL_H
#define MEDI_TOOLS_MEDI_TRACE_TRACE_MODEL_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace medi::tools::trace {

/// Times are microseconds from the trace's origin.
struct Run {
  std::uint32_t Thread = 0;
  std::uint64_t Task = 0;
  double Begin = 0, End = 0;
  std::string Ended; // parked, yielded, finished, blocking call, still running
};

/// A task's park, or a plain thread's blocking call.
struct Wait {
  std::uint32_t Thread = 0; // where it began
  std::uint64_t Task = 0;   // 0 for a plain thread
  std::string Op, Site;
  std::optional<std::uint64_t> Channel;
  double Begin = 0, End = 0;
  bool Open = false; // still waiting when the trace ended
};

struct Pause {
  std::string Kind; // "GC minor", "GC major step"
  double Begin = 0, Duration = 0;
  std::uint32_t Thread = 0;
};

struct ZoneSpan {
  std::string Kind, Site;
  double Begin = 0, End = 0;
};

struct Violation {
  double Time = 0;
  std::string Operation, Site;
  std::uint64_t Task = 0;
};

struct TaskInfo {
  std::optional<double> Spawned;
  std::string SpawnSite;
  std::string Status; // ok, failed, cancelled, or empty when not finished in the trace
  std::vector<double> Wakes;
};

struct Trace {
  std::map<std::uint32_t, std::string> Threads; // tid -> name
  std::map<std::uint64_t, TaskInfo> Tasks;
  std::vector<Run> Runs; // in time order
  std::vector<Wait> Waits;
  std::vector<Pause> Pauses;
  std::vector<std::pair<std::uint32_t, std::pair<double, double>>> Idle; // thread, [begin, end)
  std::vector<ZoneSpan> Zones;
  std::vector<Violation> Violations;
  double Begin = 0, End = 0;
  std::uint64_t Dropped = 0;
  bool Deadlock = false;

  bool isWorker(std::uint32_t Thread) const;
};

/// Reads and checks Path ("-": stdin).
llvm::Expected<Trace> loadTrace(llvm::StringRef Path);

} // namespace medi::tools::trace

#endif // MEDI_TOOLS_MEDI_TRACE_TRACE_MODEL_H
