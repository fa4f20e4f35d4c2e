//===- trace_model.cpp - A Medi trace file, read back -------------------===//
#include "trace_model.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

#include <algorithm>

using namespace llvm;

namespace medi::tools::trace {

bool Trace::isWorker(std::uint32_t Thread) const {
  auto It = Threads.find(Thread);
  return It != Threads.end() && StringRef(It->second).starts_with("worker");
}

namespace {

Error notATrace(StringRef Path, const Twine &Why) {
  return createStringError(inconvertibleErrorCode(), Path + ": not a Medi trace: " + Why);
}

std::string argString(const json::Object *Args, StringRef Key) {
  if (!Args)
    return "";
  if (auto S = Args->getString(Key))
    return S->str();
  return "";
}

std::optional<std::uint64_t> argNumber(const json::Object *Args, StringRef Key) {
  if (!Args)
    return std::nullopt;
  if (auto N = Args->getInteger(Key); N && *N >= 0)
    return static_cast<std::uint64_t>(*N);
  return std::nullopt;
}

std::string idText(const json::Object &Event) {
  const json::Value *Id = Event.get("id");
  if (!Id)
    return "";
  if (auto N = Id->getAsInteger())
    return std::to_string(*N);
  if (auto S = Id->getAsString())
    return S->str();
  return "";
}

// A park's or a thread's blocking call's start: its op (the event's name when args have none),
// site and channel.
Wait beginWait(std::uint32_t Thread, StringRef Name, const json::Object *Args, double Ts) {
  Wait W;
  W.Thread = Thread;
  W.Op = argString(Args, "op");
  if (W.Op.empty())
    W.Op = Name.str();
  W.Site = argString(Args, "site");
  W.Channel = argNumber(Args, "channel");
  W.Begin = Ts;
  return W;
}

} // namespace

Expected<Trace> loadTrace(StringRef Path) {
  auto Buffer = MemoryBuffer::getFileOrSTDIN(Path, /*IsText=*/true);
  if (!Buffer)
    return createStringError(Buffer.getError(),
                             Path + ": cannot read: " + Buffer.getError().message());
  if ((*Buffer)->getBuffer().trim().empty())
    return notATrace(Path, "the file is empty");
  Expected<json::Value> Document = json::parse((*Buffer)->getBuffer());
  if (!Document)
    return createStringError(
        inconvertibleErrorCode(),
        Path + ": not JSON (truncated or damaged?): " + toString(Document.takeError()));
  const json::Object *Root = Document->getAsObject();
  if (!Root)
    return notATrace(Path, "the top level is not an object");
  const json::Array *Events = Root->getArray("traceEvents");
  if (!Events)
    return notATrace(Path, "it has no \"traceEvents\" array");

  Trace Result;
  if (const json::Object *Other = Root->getObject("otherData"))
    if (auto Dropped = Other->getInteger("dropped_events"))
      Result.Dropped = static_cast<std::uint64_t>(*Dropped);

  // Open async slices: parks by task, zones by id (a stack each).
  std::map<std::uint64_t, Wait> OpenParks;
  std::map<std::string, std::vector<ZoneSpan>> OpenZones;
  std::map<std::uint32_t, std::vector<Wait>> OpenBlocks;
  bool First = true;
  std::size_t Index = 0;
  // Checked first, then replayed in time order: a park that begins on one thread ends on the
  // thread that runs the task next, which comes earlier in the file when its track does.
  struct Entry {
    const json::Object *Event;
    std::size_t Index;
    double Ts;
  };
  std::vector<Entry> Order;
  for (const json::Value &Value : *Events) {
    ++Index;
    const json::Object *Event = Value.getAsObject();
    if (!Event)
      return notATrace(Path, "event " + Twine(Index) + " is not an object");
    auto Ph = Event->getString("ph");
    if (!Ph || !Event->getInteger("tid"))
      return notATrace(Path, "event " + Twine(Index) + " has no \"ph\" or \"tid\"");
    auto Ts = Event->getNumber("ts");
    if (*Ph != "M" && !Ts)
      return notATrace(Path, "event " + Twine(Index) + " has no numeric \"ts\"");
    Order.push_back({Event, Index, *Ph == "M" ? -1.0 : *Ts});
  }
  std::ranges::sort(Order, [](const Entry &A, const Entry &B) {
    return A.Ts != B.Ts ? A.Ts < B.Ts : A.Index < B.Index;
  });
  for (const Entry &E : Order) {
    const json::Object *Event = E.Event;
    const StringRef Ph = *Event->getString("ph");
    const std::int64_t Tid = *Event->getInteger("tid");
    const auto Thread = static_cast<std::uint32_t>(Tid);
    const json::Object *Args = Event->getObject("args");
    const StringRef Name = Event->getString("name").value_or("");
    const StringRef Cat = Event->getString("cat").value_or("");
    if (Ph == "M") {
      if (Name == "thread_name")
        Result.Threads[Thread] = argString(Args, "name");
      continue;
    }
    const double *Ts = &E.Ts;
    const double Dur = Event->getNumber("dur").value_or(0);
    const double End = *Ts + Dur;
    if (First || *Ts < Result.Begin)
      Result.Begin = *Ts;
    Result.End = std::max(First ? End : Result.End, End);
    First = false;

    if (Ph == "X" && Cat == "task") {
      Run R;
      R.Thread = Thread;
      R.Task = argNumber(Args, "task").value_or(0);
      R.Begin = *Ts;
      R.End = End;
      R.Ended = argString(Args, "ended");
      Result.Runs.push_back(R);
      TaskInfo &Info = Result.Tasks[R.Task];
      if (Info.SpawnSite.empty())
        Info.SpawnSite = argString(Args, "spawned_at");
    } else if (Ph == "X" && Cat == "gc") {
      Result.Pauses.push_back({Name.str(), *Ts, Dur, Thread});
    } else if (Ph == "X" && Cat == "worker" && Name == "idle") {
      Result.Idle.push_back({Thread, {*Ts, End}});
    } else if (Ph == "b" && Cat == "park") {
      Wait W = beginWait(Thread, Name, Args, *Ts);
      W.Task = argNumber(Args, "task").value_or(0);
      OpenParks[W.Task] = W;
    } else if (Ph == "e" && Cat == "park") {
      std::uint64_t Id = 0;
      auto It =
          StringRef(idText(*Event)).getAsInteger(10, Id) ? OpenParks.end() : OpenParks.find(Id);
      if (It != OpenParks.end()) {
        It->second.End = *Ts;
        It->second.Open = Args && Args->getBoolean("still_parked").value_or(false);
        Result.Waits.push_back(It->second);
        OpenParks.erase(It);
      }
    } else if (Ph == "B" && Cat == "block") {
      OpenBlocks[Thread].push_back(beginWait(Thread, Name, Args, *Ts));
    } else if (Ph == "E" && Cat == "block") {
      auto &Stack = OpenBlocks[Thread];
      if (!Stack.empty()) {
        Wait W = Stack.back();
        Stack.pop_back();
        W.End = *Ts;
        W.Open = Args && Args->getBoolean("still_blocked").value_or(false);
        Result.Waits.push_back(W);
      }
    } else if ((Ph == "b" || Ph == "e") && Cat == "zone") {
      auto &Stack = OpenZones[idText(*Event)];
      if (Ph == "b") {
        Stack.push_back({Name.str(), argString(Args, "site"), *Ts, 0});
      } else if (!Stack.empty()) {
        ZoneSpan Z = Stack.back();
        Stack.pop_back();
        Z.End = *Ts;
        Result.Zones.push_back(Z);
      }
    } else if (Ph == "i") {
      if (Name == "spawn") {
        TaskInfo &Info = Result.Tasks[argNumber(Args, "task").value_or(0)];
        Info.Spawned = *Ts;
        Info.SpawnSite = argString(Args, "site");
      } else if (Name == "wake") {
        Result.Tasks[argNumber(Args, "task").value_or(0)].Wakes.push_back(*Ts);
      } else if (Name == "finish") {
        Result.Tasks[argNumber(Args, "task").value_or(0)].Status = argString(Args, "status");
      } else if (Name == "rt_zone.violation") {
        Result.Violations.push_back({*Ts, argString(Args, "operation"), argString(Args, "site"),
                                     argNumber(Args, "task").value_or(0)});
      } else if (Name == "deadlock") {
        Result.Deadlock = true;
      }
    }
  }
  if (Result.Threads.empty() && Events->size() > 0 && Result.Runs.empty())
    return notATrace(Path, "no thread is named (no \"thread_name\" metadata)");
  std::ranges::sort(Result.Runs, {}, &Run::Begin);
  return Result;
}

} // namespace medi::tools::trace
