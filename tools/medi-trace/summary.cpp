//===- summary.cpp - medi-trace summary ---------------------------------===//
//
// Runnable time is from the moment a task could run (its spawn, the wake-up after a park, the
// end of a run that yielded) to the start of its next run; parked time is the parks' length;
// running time is the runs' length (a task run inline by a join counts inside its joiner's run
// too).
//
//===----------------------------------------------------------------------===//
#include "summary.h"

#include "llvm/Support/FormatVariadic.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

using namespace llvm;

namespace medi::tools::trace {
namespace {

// Microseconds, shown in the unit that suits them.
std::string duration(double Us) {
  char Text[32];
  if (Us >= 1e6)
    std::snprintf(Text, sizeof Text, "%.2f s", Us / 1e6);
  else if (Us >= 1e3)
    std::snprintf(Text, sizeof Text, "%.2f ms", Us / 1e3);
  else
    std::snprintf(Text, sizeof Text, "%.1f us", Us);
  return Text;
}

double percentile(std::vector<double> Sorted, double P) {
  if (Sorted.empty())
    return 0;
  std::ranges::sort(Sorted);
  const std::size_t Rank =
      static_cast<std::size_t>(std::ceil(P / 100.0 * static_cast<double>(Sorted.size())));
  return Sorted[std::clamp<std::size_t>(Rank, 1, Sorted.size()) - 1];
}

struct TaskTimes {
  double Running = 0, Runnable = 0, Parked = 0;
  unsigned Runs = 0, Parks = 0;
};

std::map<std::uint64_t, TaskTimes> taskTimes(const Trace &T) {
  std::map<std::uint64_t, std::vector<const Run *>> RunsOf;
  for (const Run &R : T.Runs)
    RunsOf[R.Task].push_back(&R);
  std::map<std::uint64_t, TaskTimes> Times;
  for (auto &[Task, Runs] : RunsOf) {
    TaskTimes &Out = Times[Task];
    const TaskInfo *Info = T.Tasks.count(Task) ? &T.Tasks.at(Task) : nullptr;
    // When the task became ready for its next run; NaN when unknown (plain doubles: GCC 12
    // warns of an std::optional<double> read it cannot prove set).
    const double Unknown = std::numeric_limits<double>::quiet_NaN();
    double ReadySince = Info && Info->Spawned ? *Info->Spawned : Unknown;
    const Run *Previous = nullptr;
    for (const Run *R : Runs) {
      if (Previous && Previous->Ended == "parked") {
        ReadySince = Unknown;
        if (Info)
          for (double Wake : Info->Wakes)
            if (Wake >= Previous->End && Wake <= R->Begin)
              ReadySince = Wake;
      } else if (Previous) {
        ReadySince = Previous->End;
      }
      if (!std::isnan(ReadySince) && ReadySince <= R->Begin)
        Out.Runnable += R->Begin - ReadySince;
      Out.Running += R->End - R->Begin;
      ++Out.Runs;
      Previous = R;
    }
  }
  for (const Wait &W : T.Waits)
    if (W.Task) {
      Times[W.Task].Parked += W.End - W.Begin;
      ++Times[W.Task].Parks;
    }
  return Times;
}

} // namespace

void printSummary(const Trace &T, StringRef Name, unsigned Top, raw_ostream &OS) {
  unsigned Workers = 0;
  for (const auto &[Tid, ThreadName] : T.Threads)
    Workers += T.isWorker(Tid) ? 1 : 0;
  OS << "trace " << Name << ": " << duration(T.End - T.Begin) << ", " << T.Threads.size()
     << " threads (" << Workers << " workers), " << T.Tasks.size() << " tasks\n";
  if (T.Dropped)
    OS << "warning: " << T.Dropped
       << " events were dropped (a thread's buffer was full): the oldest part of the run is "
          "missing; raise MEDI_TRACE_BUFFER\n";
  if (T.Deadlock)
    OS << "deadlock: the runtime reported one (scheduler.deadlock)\n";

  // Tasks.
  OS << "\ntasks:\n";
  OS << formatv("  {0,-10} {1,10} {2,10} {3,10} {4,5} {5,6}  {6,-9} {7}\n", "task", "running",
                "runnable", "parked", "runs", "parks", "status", "spawned at");
  // The Top tasks that took longest (running, runnable and parked), listed by id.
  const auto Times = taskTimes(T);
  const TaskTimes Zero;
  const auto TimeOf = [&](std::uint64_t Task) -> const TaskTimes & {
    auto It = Times.find(Task);
    return It == Times.end() ? Zero : It->second;
  };
  std::vector<std::uint64_t> Listed;
  for (const auto &[Task, Info] : T.Tasks)
    if (Task)
      Listed.push_back(Task);
  const std::size_t AllTasks = Listed.size();
  if (Listed.size() > Top) {
    const auto Total = [&](std::uint64_t Task) {
      const TaskTimes &Time = TimeOf(Task);
      return Time.Running + Time.Runnable + Time.Parked;
    };
    std::ranges::nth_element(Listed, Listed.begin() + Top, [&](std::uint64_t A, std::uint64_t B) {
      return Total(A) != Total(B) ? Total(A) > Total(B) : A < B;
    });
    Listed.resize(Top);
    std::ranges::sort(Listed);
  }
  for (const std::uint64_t Task : Listed) {
    const TaskInfo &Info = T.Tasks.at(Task);
    const TaskTimes &Time = TimeOf(Task);
    OS << formatv("  {0,-10} {1,10} {2,10} {3,10} {4,5} {5,6}  {6,-9} {7}\n",
                  "task " + std::to_string(Task), duration(Time.Running), duration(Time.Runnable),
                  duration(Time.Parked), Time.Runs, Time.Parks,
                  Info.Status.empty() ? "running" : Info.Status,
                  Info.SpawnSite.empty() ? "?" : Info.SpawnSite);
  }
  if (AllTasks > Listed.size())
    OS << "  ... and " << AllTasks - Listed.size() << " more (the " << Listed.size()
       << " that took longest are listed; --top=N lists more)\n";

  // Blocking sites.
  struct SiteTotal {
    unsigned Count = 0;
    double Total = 0, Max = 0;
    std::set<std::uint64_t> Tasks;
  };
  std::map<std::pair<std::string, std::string>, SiteTotal> Sites;
  for (const Wait &W : T.Waits) {
    SiteTotal &S = Sites[{W.Site.empty() ? "?" : W.Site, W.Op}];
    ++S.Count;
    S.Total += W.End - W.Begin;
    S.Max = std::max(S.Max, W.End - W.Begin);
    S.Tasks.insert(W.Task);
  }
  std::vector<std::pair<std::pair<std::string, std::string>, SiteTotal>> Ranked(Sites.begin(),
                                                                                Sites.end());
  std::ranges::sort(Ranked, [](const auto &A, const auto &B) {
    return A.second.Total != B.second.Total ? A.second.Total > B.second.Total : A.first < B.first;
  });
  OS << "\nblocking sites (longest total first):\n";
  if (Ranked.empty())
    OS << "  none\n";
  else
    OS << formatv("  {0,-32} {1,-14} {2,6} {3,10} {4,10}\n", "site", "op", "count", "total", "max");
  for (std::size_t I = 0; I < Ranked.size() && I < Top; ++I) {
    const auto &[Key, S] = Ranked[I];
    OS << formatv("  {0,-32} {1,-14} {2,6} {3,10} {4,10}\n", Key.first, Key.second, S.Count,
                  duration(S.Total), duration(S.Max));
  }

  // Channels.
  struct ChannelTotal {
    unsigned Sends = 0, Recvs = 0, Other = 0;
    double Total = 0;
    std::set<std::uint64_t> Tasks;
    std::set<std::string> Sites;
  };
  std::map<std::uint64_t, ChannelTotal> Channels;
  for (const Wait &W : T.Waits) {
    if (!W.Channel)
      continue;
    ChannelTotal &C = Channels[*W.Channel];
    StringRef Op(W.Op);
    (Op.contains("send") ? C.Sends : Op.contains("recv") ? C.Recvs : C.Other) += 1;
    C.Total += W.End - W.Begin;
    C.Tasks.insert(W.Task);
    C.Sites.insert(W.Site);
  }
  OS << "\nchannel contention (operations that blocked):\n";
  if (Channels.empty())
    OS << "  none\n";
  for (const auto &[Id, C] : Channels) {
    OS << "  channel " << Id << ": " << (C.Sends + C.Recvs + C.Other) << " blocked (" << C.Sends
       << " send, " << C.Recvs << " recv), " << duration(C.Total) << " in total, " << C.Tasks.size()
       << (C.Tasks.size() == 1 ? " party" : " parties") << "; at";
    for (const std::string &Site : C.Sites)
      OS << ' ' << Site;
    OS << '\n';
  }

  // GC.
  OS << "\nGC pauses:\n";
  std::map<std::string, std::vector<double>> Pauses;
  for (const Pause &P : T.Pauses)
    Pauses[P.Kind].push_back(P.Duration);
  if (Pauses.empty())
    OS << "  none\n";
  for (const auto &[Kind, Durations] : Pauses)
    OS << "  " << Kind << ": " << Durations.size() << ", p50 "
       << duration(percentile(Durations, 50)) << ", p90 " << duration(percentile(Durations, 90))
       << ", p99 " << duration(percentile(Durations, 99)) << ", max "
       << duration(*std::ranges::max_element(Durations)) << '\n';

  // Zones.
  OS << "\nreal-time zones:\n";
  std::map<std::string, std::vector<double>> ZoneTimes;
  for (const ZoneSpan &Z : T.Zones)
    if (Z.Kind == "real-time zone")
      ZoneTimes[Z.Site.empty() ? "?" : Z.Site].push_back(Z.End - Z.Begin);
  if (ZoneTimes.empty())
    OS << "  none entered\n";
  for (const auto &[Site, Durations] : ZoneTimes) {
    double Total = 0;
    for (double D : Durations)
      Total += D;
    OS << "  entered at " << Site << ": " << Durations.size() << " times, " << duration(Total)
       << " in total, longest " << duration(*std::ranges::max_element(Durations)) << '\n';
  }
  OS << "violations: " << T.Violations.size() << '\n';
  for (const Violation &V : T.Violations)
    OS << "  " << (V.Site.empty() ? "?" : V.Site) << ": " << V.Operation << " (task " << V.Task
       << ")\n";
}

} // namespace medi::tools::trace
