// chrome_trace.cpp: converting recorded events to Chrome Trace Event Format (chrome_trace.h).
//
// The events of all tracks are replayed in time order (a stable merge), because a park recorded
// on one thread ends where its task runs next, possibly on another; what each event opens or
// closes is kept per task and per track. Output records are then sorted by time per track.
#include "chrome_trace.h"

#include "trace_points.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <map>
#include <optional>
#include <tuple>
#include <unistd.h>
#include <unordered_map>

namespace medi::detail::trace {
namespace {

void append_escaped(std::string &out, std::string_view text) {
  out += '"';
  for (const char c : text) {
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\t':
      out += "\\t";
      break;
    default:
      if (static_cast<unsigned char>(c) < 0x20) {
        char escaped[8];
        std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
        out += escaped;
      } else {
        out += c;
      }
    }
  }
  out += '"';
}

std::string quoted(std::string_view text) {
  std::string out;
  append_escaped(out, text);
  return out;
}

std::string number(std::uint64_t value) {
  return std::to_string(value);
}

// Microseconds with nanosecond digits: "12.345".
std::string micros(std::uint64_t ns) {
  char text[32];
  std::snprintf(text, sizeof text, "%llu.%03llu", static_cast<unsigned long long>(ns / 1000),
                static_cast<unsigned long long>(ns % 1000));
  return text;
}

// "file:line:col" and the function (or module), from a site.
void append_site_args(std::string &args, SourceSite site, std::string_view op) {
  const RuntimeContext context = site.context(op);
  if (context.line == 0 && (context.file.empty() || context.file == "unknown")) {
    if (!op.empty()) {
      args += ",\"op\":";
      append_escaped(args, op);
    }
    return; // no site recorded
  }
  args += ",\"site\":";
  append_escaped(args, std::string(context.file) + ':' + std::to_string(context.line) + ':' +
                           std::to_string(context.column));
  args += ",\"function\":";
  append_escaped(args, context.module);
  if (!op.empty()) {
    args += ",\"op\":";
    append_escaped(args, op);
  }
}

struct Record {
  std::uint64_t ts;       // relative ns
  std::uint64_t sequence; // emission order, for ties
  std::string json;       // the event object, with "ts" and "tid" filled in
};

struct PendingFlow {
  std::uint64_t id;
  std::uint64_t ts;
  std::uint32_t tid;
  const char *category;
};

struct TaskInfo {
  std::optional<std::string> spawn_site;
  bool parked = false;
  std::uint32_t park_tid = 0;      // where its open park began
  std::string park_op;             // and the blocking call's op, which names it
  std::optional<PendingFlow> flow; // to the task's next run
};

// A task's (or a plain thread's) zones entered and not yet left, innermost last.
struct OpenZones {
  std::vector<std::uint8_t> kinds;
  std::uint32_t tid = 0; // where the last one was entered or left
};

struct OpenRun {
  std::uint64_t task;
  std::uint64_t begin;
  std::uint8_t how; // RunBegin's detail
};

struct TrackState {
  std::vector<OpenRun> runs;
  std::vector<std::uint64_t> thread_blocks; // begin times of open "B" slices
  std::optional<std::uint64_t> asleep_since;
};

const char *run_end_name(std::uint8_t how) {
  switch (static_cast<RunEnd>(how)) {
  case RunEnd::Parked:
    return "parked";
  case RunEnd::Yielded:
    return "yielded";
  case RunEnd::Finished:
    return "finished";
  case RunEnd::BlockingCall:
    return "blocking call";
  }
  return "unknown";
}

const char *finish_name(std::uint8_t how) {
  switch (static_cast<Finish>(how)) {
  case Finish::Ok:
    return "ok";
  case Finish::Failed:
    return "failed";
  case Finish::Cancelled:
    return "cancelled";
  }
  return "unknown";
}

const char *priority_name(std::uint64_t priority) {
  switch (priority) {
  case 0:
    return "low";
  case 1:
    return "normal";
  case 2:
    return "high";
  }
  return "unknown";
}

// ChannelFailure's values (medi/detail/channel/channel_report.h).
const char *channel_failure_name(std::uint8_t failure) {
  static constexpr const char *kNames[] = {"disconnected", "timeout", "cancelled", "empty handle",
                                           "out of memory"};
  return failure < std::size(kNames) ? kNames[failure] : "unknown";
}

// ZoneKind's values (medi/zone.h).
const char *zone_name(std::uint8_t kind) {
  return kind == 1 ? "real-time zone" : kind == 2 ? "safe zone" : "zone";
}

class Converter {
public:
  Converter(const std::vector<Track> &tracks, std::uint64_t origin, std::uint64_t end)
      : origin_(origin), end_(end - origin) {
    for (const Track &track : tracks) {
      track_names_[track.id] = track.name;
      tracks_[track.id];
    }
  }

  void run(const std::vector<Track> &tracks) {
    struct Ref {
      std::uint64_t time;
      std::size_t track;
      std::size_t index;
    };
    std::vector<Ref> order;
    for (std::size_t t = 0; t < tracks.size(); ++t)
      for (std::size_t i = 0; i < tracks[t].events.size(); ++i)
        if (tracks[t].events[i].time_ns >= origin_)
          order.push_back({tracks[t].events[i].time_ns, t, i});
    // Time order, ties in recording order (std::stable_sort's buffer API is deprecated here).
    std::ranges::sort(order, [](const Ref &a, const Ref &b) {
      return std::tie(a.time, a.track, a.index) < std::tie(b.time, b.track, b.index);
    });
    for (const Ref &ref : order)
      handle(tracks[ref.track].id, tracks[ref.track].events[ref.index]);
    close_all();
  }

  std::string document(const std::vector<Track> &tracks, std::uint64_t recorded) {
    std::uint64_t dropped = 0;
    for (const Track &track : tracks) {
      dropped += track.dropped;
      if (track.dropped) {
        const std::uint64_t at = track.events.empty() || track.events.front().time_ns < origin_
                                     ? 0
                                     : track.events.front().time_ns - origin_;
        emit(track.id, at,
             "\"ph\":\"i\",\"s\":\"t\",\"name\":\"events dropped\",\"cat\":\"trace\",\"args\":{"
             "\"dropped\":" +
                 number(track.dropped) + "}");
      }
    }
    const int pid = ::getpid();
    std::size_t bytes = 4096;
    for (const auto &[tid, records] : records_)
      for (const Record &record : records)
        bytes += record.json.size() + 64;
    std::string out;
    out.reserve(bytes);
    out += "{\"traceEvents\":[\n";
    bool first = true;
    auto separate = [&] {
      if (!first)
        out += ",\n";
      first = false;
    };
    char comm[64] = "medi program";
    if (std::FILE *file = std::fopen("/proc/self/comm", "r")) {
      if (std::fgets(comm, sizeof comm, file))
        comm[std::strcspn(comm, "\n")] = '\0';
      std::fclose(file);
    }
    separate();
    out += "{\"ph\":\"M\",\"name\":\"process_name\",\"pid\":" + number(pid) +
           ",\"tid\":0,\"args\":{\"name\":" + quoted(comm) + "}}";
    for (const Track &track : tracks) {
      separate();
      out += "{\"ph\":\"M\",\"name\":\"thread_name\",\"pid\":" + number(pid) +
             ",\"tid\":" + number(track.id) + ",\"args\":{\"name\":" + quoted(track.name) + "}}";
      separate();
      out += "{\"ph\":\"M\",\"name\":\"thread_sort_index\",\"pid\":" + number(pid) +
             ",\"tid\":" + number(track.id) + ",\"args\":{\"sort_index\":" + number(track.id) +
             "}}";
    }
    for (auto &[tid, records] : records_) {
      std::ranges::sort(records, [](const Record &a, const Record &b) {
        return std::tie(a.ts, a.sequence) < std::tie(b.ts, b.sequence);
      });
      for (const Record &record : records) {
        separate();
        out += "{\"pid\":" + number(pid) + ",\"tid\":" + number(tid) +
               ",\"ts\":" + micros(record.ts) + ',' + record.json + '}';
      }
    }
    out += "\n],\"displayTimeUnit\":\"ns\",\"otherData\":{\"producer\":\"medi runtime\","
           "\"clock\":\"steady\",\"recorded_events\":" +
           number(recorded) + ",\"dropped_events\":" + number(dropped) + "}}\n";
    return out;
  }

private:
  std::uint64_t rel(const Event &event) const { return event.time_ns - origin_; }

  void emit(std::uint32_t tid, std::uint64_t ts, std::string json) {
    records_[tid].push_back({ts, records_emitted_++, std::move(json)});
  }

  std::string task_name(std::uint64_t task) const { return "task " + number(task); }

  std::string channel_id(std::uint64_t address) {
    if (!address)
      return "null";
    auto [it, inserted] = channels_.try_emplace(address, channels_.size() + 1);
    return number(it->second);
  }

  // A flow's start, written now that its finish is known (so every "s" has its "f").
  void finish_flow(TaskInfo &info, std::uint32_t tid, std::uint64_t ts) {
    if (!info.flow)
      return;
    const PendingFlow flow = *info.flow;
    info.flow.reset();
    const std::string common = std::string(",\"cat\":\"") + flow.category + "\",\"name\":\"" +
                               flow.category + "\",\"id\":" + number(flow.id);
    emit(flow.tid, flow.ts, "\"ph\":\"s\"" + common);
    emit(tid, ts, "\"ph\":\"f\",\"bp\":\"e\"" + common);
  }

  void start_flow(std::uint64_t task, const char *category, std::uint32_t tid, std::uint64_t ts) {
    TaskInfo &info = tasks_[task];
    if (!info.flow)
      info.flow = PendingFlow{++flows_, ts, tid, category};
  }

  void close_park(std::uint64_t task, std::uint32_t tid, std::uint64_t ts, bool at_end) {
    TaskInfo &info = tasks_[task];
    if (!info.parked)
      return;
    info.parked = false;
    emit(tid, ts,
         "\"ph\":\"e\",\"cat\":\"park\",\"name\":" + quoted(info.park_op) + ",\"id\":" +
             number(task) + (at_end ? ",\"args\":{\"still_parked\":true}" : std::string()));
  }

  void handle(std::uint32_t tid, const Event &event) {
    const std::uint64_t ts = rel(event);
    TrackState &track = tracks_[tid];
    switch (event.kind) {
    case EventKind::Spawn: {
      std::string args = "\"task\":" + number(event.other) + ",\"parent\":" + number(event.task) +
                         ",\"priority\":" + quoted(priority_name(event.value));
      append_site_args(args, event.site(), "task.spawn");
      tasks_[event.other].spawn_site = site_text(event.site());
      emit(tid, ts,
           "\"ph\":\"i\",\"s\":\"t\",\"cat\":\"task\",\"name\":\"spawn\",\"args\":{" + args + "}");
      start_flow(event.other, "spawn", tid, ts);
      break;
    }
    case EventKind::RunBegin: {
      TaskInfo &info = tasks_[event.task];
      close_park(event.task, tid, ts, false);
      finish_flow(info, tid, ts);
      track.runs.push_back({event.task, ts, event.detail});
      if (event.detail != 2)
        emit(tid, ts,
             "\"ph\":\"C\",\"name\":" + quoted("run queue (" + track_names_[tid] + ")") +
                 ",\"args\":{\"ready\":" + number(event.value) + "}");
      break;
    }
    case EventKind::RunEnd: {
      auto open = std::ranges::find(track.runs, event.task, &OpenRun::task);
      if (open == track.runs.end())
        break; // its begin was dropped
      emit_run(tid, *open, ts, run_end_name(event.detail));
      track.runs.erase(open);
      break;
    }
    case EventKind::Park: {
      std::string args = "\"task\":" + number(event.task);
      if (event.other)
        args += ",\"channel\":" + channel_id(event.other);
      if (event.detail)
        args += ",\"timed\":true";
      append_site_args(args, event.site(), event.op_text());
      TaskInfo &info = tasks_[event.task];
      if (info.parked)
        close_park(event.task, tid, ts, false);
      info.parked = true;
      info.park_tid = tid;
      info.park_op = std::string(event.op_text());
      emit(tid, ts,
           "\"ph\":\"b\",\"cat\":\"park\",\"name\":" + quoted(event.op_text()) +
               ",\"id\":" + number(event.task) + ",\"args\":{" + args + "}");
      break;
    }
    case EventKind::Wake:
      emit(tid, ts,
           "\"ph\":\"i\",\"s\":\"t\",\"cat\":\"task\",\"name\":\"wake\",\"args\":{\"task\":" +
               number(event.other) + ",\"by\":" + number(event.task) + "}");
      start_flow(event.other, "wake", tid, ts);
      break;
    case EventKind::Finish:
      emit(tid, ts,
           "\"ph\":\"i\",\"s\":\"t\",\"cat\":\"task\",\"name\":\"finish\",\"args\":{\"task\":" +
               number(event.task) + ",\"status\":" + quoted(finish_name(event.detail)) + "}");
      break;
    case EventKind::ThreadBlock: {
      std::string args;
      args += "\"thread\":" + number(tid);
      if (event.other)
        args += ",\"channel\":" + channel_id(event.other);
      append_site_args(args, event.site(), event.op_text());
      track.thread_blocks.push_back(ts);
      emit(tid, ts,
           "\"ph\":\"B\",\"cat\":\"block\",\"name\":" + quoted(event.op_text()) + ",\"args\":{" +
               args + "}");
      break;
    }
    case EventKind::ThreadUnblock:
      if (track.thread_blocks.empty())
        break;
      track.thread_blocks.pop_back();
      emit(tid, ts, "\"ph\":\"E\",\"cat\":\"block\",\"name\":" + quoted(event.op_text()));
      break;
    case EventKind::ChannelFail: {
      std::string args = "\"task\":" + number(event.task) +
                         ",\"failure\":" + quoted(channel_failure_name(event.detail));
      if (event.other)
        args += ",\"channel\":" + channel_id(event.other);
      append_site_args(args, event.site(), event.op_text());
      emit(tid, ts,
           "\"ph\":\"i\",\"s\":\"t\",\"cat\":\"channel\",\"name\":" + quoted(event.op_text()) +
               ",\"args\":{" + args + "}");
      break;
    }
    case EventKind::Select: {
      std::string args = "\"task\":" + number(event.task) + ",\"cases\":" + number(event.value);
      append_site_args(args, event.site(), event.op_text());
      emit(tid, ts,
           "\"ph\":\"i\",\"s\":\"t\",\"cat\":\"channel\",\"name\":\"select\",\"args\":{" + args +
               "}");
      break;
    }
    case EventKind::Deadlock:
      emit(tid, ts,
           "\"ph\":\"i\",\"s\":\"g\",\"cat\":\"scheduler\",\"name\":\"deadlock\",\"args\":{"
           "\"tasks\":" +
               number(event.value) + ",\"op\":\"scheduler.deadlock\"}");
      break;
    case EventKind::ZoneEnter:
    case EventKind::ZoneExit: {
      const bool enter = event.kind == EventKind::ZoneEnter;
      const std::string id = zone_id(event.task, tid);
      OpenZones &open = zones_[id];
      if (!enter && open.kinds.empty())
        break;
      std::string args = "\"task\":" + number(event.task);
      append_site_args(args, event.site(), enter ? "zone.enter" : "zone.exit");
      const std::string name = quoted(zone_name(event.detail));
      if (enter)
        open.kinds.push_back(event.detail);
      else
        open.kinds.pop_back();
      emit(tid, ts,
           std::string("\"ph\":\"") + (enter ? 'b' : 'e') + "\",\"cat\":\"zone\",\"name\":" + name +
               ",\"id\":" + quoted(id) + ",\"args\":{" + args + "}");
      open.tid = tid;
      break;
    }
    case EventKind::ZoneViolation: {
      std::string args =
          "\"task\":" + number(event.task) + ",\"operation\":" + quoted(event.op_text());
      append_site_args(args, event.site(), "rt_zone.violation");
      emit(tid, ts,
           "\"ph\":\"i\",\"s\":\"t\",\"cat\":\"zone\",\"name\":\"rt_zone.violation\",\"args\":{" +
               args + "}");
      break;
    }
    case EventKind::GcMinor:
    case EventKind::GcMajorStep: {
      const bool major = event.kind == EventKind::GcMajorStep;
      const std::uint64_t pause = std::min(event.value, ts);
      emit(tid, ts - pause,
           std::string("\"ph\":\"X\",\"cat\":\"gc\",\"name\":\"") +
               (major ? "GC major step" : "GC minor") + "\",\"dur\":" + micros(pause) +
               ",\"args\":{\"pause_ns\":" + number(event.value) + ",\"freed_objects\":" +
               number(event.other) + ",\"heap_bytes\":" + number(event.site_words[0]) +
               ",\"task\":" + number(event.task) + "}");
      emit(tid, ts,
           "\"ph\":\"C\",\"name\":\"GC heap\",\"args\":{\"bytes\":" + number(event.site_words[0]) +
               "}");
      break;
    }
    case EventKind::WorkerSleep:
      track.asleep_since = ts;
      break;
    case EventKind::WorkerWake:
      if (track.asleep_since) {
        emit(tid, *track.asleep_since,
             "\"ph\":\"X\",\"cat\":\"worker\",\"name\":\"idle\",\"dur\":" +
                 micros(ts - *track.asleep_since) + ",\"args\":{\"worker\":" + number(event.value) +
                 "}");
        track.asleep_since.reset();
      }
      break;
    case EventKind::Steal:
      emit(tid, ts,
           "\"ph\":\"i\",\"s\":\"t\",\"cat\":\"worker\",\"name\":\"steal\",\"args\":{\"task\":" +
               number(event.task) + ",\"thief\":" + number(event.value) +
               ",\"victim\":" + number(event.other) + "}");
      break;
    case EventKind::BlockingCall:
      emit(tid, ts,
           "\"ph\":\"i\",\"s\":\"t\",\"cat\":\"worker\",\"name\":\"blocking hand-off\","
           "\"args\":{\"task\":" +
               number(event.task) + ",\"worker\":" + number(event.value) + "}");
      break;
    }
  }

  void emit_run(std::uint32_t tid, const OpenRun &run, std::uint64_t end, const char *ended) {
    std::string args = "\"task\":" + number(run.task) + ",\"ended\":" + quoted(ended);
    if (run.how == 1)
      args += ",\"first_run\":true";
    if (run.how == 2)
      args += ",\"inline\":true";
    if (const auto &site = tasks_[run.task].spawn_site)
      args += ",\"spawned_at\":" + quoted(*site);
    emit(tid, run.begin,
         "\"ph\":\"X\",\"cat\":\"task\",\"name\":" + quoted(task_name(run.task)) +
             ",\"dur\":" + micros(end - run.begin) + ",\"args\":{" + args + "}");
  }

  void close_all() {
    for (auto &[tid, track] : tracks_) {
      while (!track.runs.empty()) {
        emit_run(tid, track.runs.back(), end_, "still running");
        track.runs.pop_back();
      }
      for (std::size_t i = track.thread_blocks.size(); i > 0; --i)
        emit(tid, end_, "\"ph\":\"E\",\"cat\":\"block\",\"args\":{\"still_blocked\":true}");
      if (track.asleep_since)
        emit(tid, *track.asleep_since,
             "\"ph\":\"X\",\"cat\":\"worker\",\"name\":\"idle\",\"dur\":" +
                 micros(end_ - *track.asleep_since) + ",\"args\":{\"still_idle\":true}");
    }
    for (auto &[task, info] : tasks_)
      if (info.parked)
        close_park(task, info.park_tid, end_, true);
    for (auto &[id, open] : zones_)
      for (; !open.kinds.empty(); open.kinds.pop_back())
        emit(open.tid, end_,
             "\"ph\":\"e\",\"cat\":\"zone\",\"name\":" + quoted(zone_name(open.kinds.back())) +
                 ",\"id\":" + quoted(id) + ",\"args\":{\"still_open\":true}");
  }

  static std::string site_text(SourceSite site) {
    const RuntimeContext context = site.context("");
    return std::string(context.file) + ':' + std::to_string(context.line) + ':' +
           std::to_string(context.column);
  }

  static std::string zone_id(std::uint64_t task, std::uint32_t tid) {
    return task ? "task " + number(task) : "thread " + number(tid);
  }

private:
  std::uint64_t origin_;
  std::uint64_t end_;
  std::uint64_t flows_ = 0;
  std::uint64_t records_emitted_ = 0;
  std::map<std::uint32_t, std::vector<Record>> records_;
  std::map<std::uint32_t, TrackState> tracks_;
  std::map<std::uint32_t, std::string> track_names_;
  std::unordered_map<std::uint64_t, TaskInfo> tasks_;
  std::unordered_map<std::uint64_t, std::uint64_t> channels_;
  std::map<std::string, OpenZones> zones_; // by zone_id()
};

} // namespace

std::string chrome_trace_json(const std::vector<Track> &tracks, std::uint64_t origin_ns,
                              std::uint64_t end_ns, std::uint64_t recorded) {
  Converter converter(tracks, origin_ns, std::max(origin_ns, end_ns));
  converter.run(tracks);
  return converter.document(tracks, recorded);
}

} // namespace medi::detail::trace
