// reporting.cpp: report_error's dispatch to the reporter and listeners, and the public
// functions that change them.
#include "medi/error/reporting.h"

#include "medi/error/op_tags.h"
#include "reporter_registry.h"

#include <cstdio>
#include <exception>
#include <memory>

namespace medi {
namespace {

using detail::ReporterRegistry;
using detail::ReporterSet;

// --- This thread's snapshot of the reporter set ------------------------------------------------

enum class CacheState : unsigned char { Unused, Alive, Destroyed };

// Trivially destructible, so it stays readable while the thread's other thread_locals are
// being destroyed (a report from a late destructor then takes the locked path).
constinit thread_local CacheState cache_state = CacheState::Unused;
constinit thread_local int report_depth = 0;

struct SnapshotCache {
  std::uint64_t version = 0;
  std::shared_ptr<const ReporterSet> set;
  SnapshotCache() { cache_state = CacheState::Alive; }
  ~SnapshotCache() { cache_state = CacheState::Destroyed; }
};
thread_local SnapshotCache snapshot_cache;

struct DepthScope {
  DepthScope() { ++report_depth; }
  ~DepthScope() { --report_depth; }
  DepthScope(const DepthScope &) = delete;
  DepthScope &operator=(const DepthScope &) = delete;
};

// --- Calling user code safely -----------------------------------------------------------------

void note_callback_failure(const char *who, const char *what) noexcept {
  std::fprintf(stderr, "[medi-runtime] an error %s threw (%s); it was skipped\n", who, what);
}

template <class Call> void call_guarded(const char *who, Call &&call) noexcept {
  try {
    call();
  } catch (const std::exception &e) {
    note_callback_failure(who, e.what());
  } catch (...) {
    note_callback_failure(who, "not a std::exception");
  }
}

void dispatch(const ReporterSet *set, const RuntimeError &error,
              const RuntimeContext &context) noexcept {
  if (set && set->context_reporter) {
    call_guarded("reporter", [&] { (*set->context_reporter)(error, context); });
  } else if (set && set->reporter) {
    call_guarded("reporter", [&] { (*set->reporter)(error); });
  } else {
    call_guarded("default reporter", [&] { print_default_report(error, context); });
  }
  if (!set)
    return;
  for (const ReporterSet::Listener &listener : set->listeners)
    call_guarded("listener", [&] { (*listener.callback)(error, context); });
}

} // namespace

void report_error(const RuntimeError &error, const RuntimeContext &context) noexcept {
  if (report_depth >= kMaxReportNesting) {
    // A reporter or listener keeps reporting: end the recursion with a plain line.
    call_guarded("default reporter", [&] { print_default_report(error, context); });
    return;
  }
  DepthScope depth;
  ReporterRegistry &registry = ReporterRegistry::instance();

  if (report_depth == 1 && cache_state != CacheState::Destroyed) {
    // Fast path: the outermost report on this thread reads its cached snapshot, refreshing it
    // only when the registry changed. Nested reports never refresh it, so the snapshot stays
    // alive under the outer report that is iterating over it.
    SnapshotCache &cache = snapshot_cache;
    if (cache.version != registry.version())
      cache.set = registry.load(cache.version);
    dispatch(cache.set.get(), error, context);
    return;
  }

  std::uint64_t version = 0;
  std::shared_ptr<const ReporterSet> set = registry.load(version);
  dispatch(set.get(), error, context);
}

void report_error(const RuntimeError &error, std::string_view op,
                  std::source_location location) noexcept {
  report_error(error, RuntimeContext::from(location, op));
}

void set_error_reporter(ErrorReporter reporter) {
  ReporterRegistry::instance().set_reporter(
      reporter ? std::make_shared<ErrorReporter>(std::move(reporter)) : nullptr);
}

void set_error_reporter_with_context(ContextErrorReporter reporter) {
  ReporterRegistry::instance().set_context_reporter(
      reporter ? std::make_shared<ContextErrorReporter>(std::move(reporter)) : nullptr);
}

ListenerId add_error_context_listener(ContextErrorReporter listener) {
  if (!listener) {
    report_error(RuntimeError::message("an empty error listener was not added"),
                 op::diagnostics_empty_listener);
    return ListenerId{0};
  }
  return ReporterRegistry::instance().add_listener(
      std::make_shared<ContextErrorReporter>(std::move(listener)));
}

bool remove_error_context_listener(ListenerId id) {
  return ReporterRegistry::instance().remove_listener(id);
}

} // namespace medi
