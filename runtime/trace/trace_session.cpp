// trace_session.cpp: starting and stopping a trace (medi/trace.h), from C++ or from the
// MEDI_TRACE environment variable, and writing its file.
//
// One session at a time, under session_mutex. start() sizes and empties the buffers before it
// sets `recording`; stop() clears `recording` before it takes the snapshot. A thread that passed
// its check of the flag just before stop() may still append one event; the snapshot's protocol
// (trace_event.h) keeps that harmless. The file is written whole at each stop() or flush(),
// through a temporary file renamed into place, so a reader never sees half a trace.
#include "../rt/zone_stack.h"
#include "chrome_trace.h"
#include "medi/error/op_tags.h"
#include "medi/error/reporting.h"
#include "medi/trace.h"
#include "trace_event.h"
#include "trace_points.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <mutex>
#include <string>

namespace medi::detail::trace {

[[gnu::visibility("hidden")]] constinit std::atomic<bool> recording{false};

namespace {

struct Session {
  std::mutex mutex;
  std::string path;            // guarded by mutex; empty when no session is open
  std::uint64_t origin_ns = 0; // guarded by mutex
  bool exit_hook = false;      // guarded by mutex
  bool exiting = false;        // guarded by mutex: reports go straight to stderr
};

Session &session() {
  static Session *instance = new Session; // never destroyed: the exit hook uses it
  return *instance;
}

std::uint64_t now_ns() {
  return static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
}

void report(Session &s, std::string message, std::string_view op, std::source_location where) {
  if (s.exiting) {
    // After main: the reporting pathway's own statics may be gone.
    std::fprintf(stderr, "[medi-runtime] %s op=%.*s\n", message.c_str(),
                 static_cast<int>(op.size()), op.data());
    return;
  }
  report_error(RuntimeError::message(std::move(message)), op, where);
}

// Writes the current snapshot to s.path. Called with s.mutex held.
bool write_locked(Session &s, std::source_location where) {
  const AllocationCheckPause allocation_check_pause; // the runtime's work, even in a zone
  const std::uint64_t end = now_ns();
  std::string json;
  try {
    json = chrome_trace_json(snapshot(), s.origin_ns, end, session_counts().appended);
  } catch (const std::exception &e) {
    report(s, "trace not written to " + s.path + ": " + e.what(), op::trace_write, where);
    return false;
  }
  const std::string temporary = s.path + ".part";
  std::FILE *file = std::fopen(temporary.c_str(), "w");
  bool ok = file && std::fwrite(json.data(), 1, json.size(), file) == json.size();
  if (file)
    ok = std::fclose(file) == 0 && ok;
  ok = ok && std::rename(temporary.c_str(), s.path.c_str()) == 0;
  if (!ok) {
    std::remove(temporary.c_str());
    report(s, "trace not written to " + s.path + ": " + std::strerror(errno), op::trace_write,
           where);
  }
  return ok;
}

void stop_at_exit() {
  Session &s = session();
  {
    std::lock_guard lock(s.mutex);
    s.exiting = true;
  }
  medi::trace::stop();
}

} // namespace

/// Starts a trace when MEDI_TRACE names a file (runs as the runtime is loaded).
void start_from_environment() {
  const char *path = std::getenv("MEDI_TRACE");
  if (!path || !*path)
    return;
  medi::trace::Options options;
  if (const char *size = std::getenv("MEDI_TRACE_BUFFER"); size && *size) {
    char *end = nullptr;
    const unsigned long long events = std::strtoull(size, &end, 10);
    if (*end || events == 0 || size[0] == '-')
      report_error(RuntimeError::message(std::string("MEDI_TRACE_BUFFER=") + size +
                                         " is not a positive number of events; using " +
                                         std::to_string(options.events_per_thread)),
                   op::trace_start);
    else
      options.events_per_thread = events;
  }
  medi::trace::start(path, options);
}

namespace {
// In the runtime's translation unit that every event site pulls in, so a program linked with
// the static library is traced too.
[[maybe_unused]] const bool started_from_environment = (start_from_environment(), true);
} // namespace

} // namespace medi::detail::trace

namespace medi::trace {

using namespace medi::detail::trace;

bool start(std::string_view path, Options options, std::source_location location) {
  Session &s = session();
  std::lock_guard lock(s.mutex);
  if (!s.path.empty()) {
    report(s,
           "a trace is already being recorded into " + s.path + "; stop it before starting " +
               std::string(path),
           op::trace_start, location);
    return false;
  }
  const std::string file_path(path);
  std::FILE *file = file_path.empty() ? nullptr : std::fopen(file_path.c_str(), "w");
  if (!file) {
    report(s,
           "cannot create the trace file '" + file_path +
               "': " + (file_path.empty() ? "no path given" : std::strerror(errno)),
           op::trace_start, location);
    return false;
  }
  std::fclose(file);
  s.path = file_path;
  begin_session(options.events_per_thread);
  s.origin_ns = now_ns();
  if (!s.exit_hook) {
    s.exit_hook = true;
    std::atexit(stop_at_exit);
  }
  recording.store(true, std::memory_order_release);
  return true;
}

bool stop(std::source_location location) {
  Session &s = session();
  std::lock_guard lock(s.mutex);
  if (s.path.empty())
    return true;
  recording.store(false, std::memory_order_release);
  const bool ok = write_locked(s, location);
  s.path.clear();
  return ok;
}

bool flush(std::source_location location) {
  Session &s = session();
  std::lock_guard lock(s.mutex);
  return s.path.empty() || write_locked(s, location);
}

bool active() noexcept {
  return recording.load(std::memory_order_acquire);
}

Counts counts() noexcept {
  const SessionCounts counts = session_counts();
  return {counts.appended, counts.dropped};
}

} // namespace medi::trace
