// reporting.cpp: report_error's dispatch to the reporter and listeners, and the public
// functions that change them.
#include "medi/error/reporting.h"

#include "../rt/zone_stack.h"
#include "medi/error/op_tags.h"
#include "reporter_registry.h"

#include <cstdio>
#include <exception>
#include <memory>

namespace medi {
namespace {

using detail::Callback;
using detail::ReporterRegistry;
using detail::ReporterSet;

// --- This thread's snapshot of the reporter set ------------------------------------------------

// Trivially destructible, so it stays readable while the thread's other thread_locals are being
// destroyed: a report from a later destructor then takes the locked path.
constinit thread_local bool snapshot_cache_destroyed = false;
constinit thread_local int report_depth = 0;

struct SnapshotCache {
  std::uint64_t version = 0;
  std::shared_ptr<const ReporterSet> set;
  ~SnapshotCache() { snapshot_cache_destroyed = true; }
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

/// Calls `callback`; true unless it had been retired. An exception it throws is noted and
/// counts as a call.
bool call_guarded(const char *who, Callback &callback, const RuntimeError &error,
                  const RuntimeContext &context) noexcept {
  try {
    return callback.call(error, context);
  } catch (const std::exception &e) {
    note_callback_failure(who, e.what());
  } catch (...) {
    note_callback_failure(who, "not a std::exception");
  }
  return true;
}

void print_guarded(const RuntimeError &error, const RuntimeContext &context) noexcept {
  try {
    print_default_report(error, context);
  } catch (...) {
    std::fputs("[medi-runtime] a report could not be printed (out of memory)\n", stderr);
  }
}

Callback *reporter_of(const ReporterSet *set) noexcept {
  if (!set)
    return nullptr;
  return set->context_reporter ? set->context_reporter.get() : set->reporter.get();
}

// The reporter of `set`, or, when that one was retired after `set` was read (it was replaced),
// the reporter of the current set: a report is never lost to a replacement in progress.
void deliver_to_reporter(const ReporterSet *set, const RuntimeError &error,
                         const RuntimeContext &context) noexcept {
  std::shared_ptr<const ReporterSet> fresher;
  for (;;) {
    Callback *reporter = reporter_of(set);
    if (!reporter) {
      print_guarded(error, context);
      return;
    }
    if (call_guarded("reporter", *reporter, error, context))
      return;
    std::uint64_t version = 0;
    fresher = ReporterRegistry::instance().load(version);
    set = fresher.get();
  }
}

void dispatch(const ReporterSet *set, const RuntimeError &error,
              const RuntimeContext &context) noexcept {
  deliver_to_reporter(set, error, context);
  if (!set)
    return;
  for (const ReporterSet::Listener &listener : set->listeners)
    call_guarded("listener", *listener.callback, error, context);
}

} // namespace

void report_error(const RuntimeError &error, const RuntimeContext &context) noexcept {
  // Reporting allocates; in a real-time zone that is the runtime's doing, not a violation.
  const detail::AllocationCheckPause allocation_check_pause;
  if (report_depth >= kMaxReportNesting) {
    // A reporter or listener keeps reporting: end the recursion with a plain line.
    print_guarded(error, context);
    return;
  }
  DepthScope depth;
  ReporterRegistry &registry = ReporterRegistry::instance();

  if (report_depth == 1 && !snapshot_cache_destroyed) {
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
  std::shared_ptr<Callback> callback;
  if (reporter) {
    callback = std::make_shared<Callback>(
        [minimal = std::move(reporter)](const RuntimeError &error, const RuntimeContext &) mutable {
          minimal(error);
        });
  }
  ReporterRegistry::instance().set_reporter(std::move(callback));
}

void set_error_reporter_with_context(ContextErrorReporter reporter) {
  ReporterRegistry::instance().set_context_reporter(
      reporter ? std::make_shared<Callback>(std::move(reporter)) : nullptr);
}

ListenerId add_error_context_listener(ContextErrorReporter listener) {
  if (!listener) {
    report_error(RuntimeError::message("an empty error listener was not added"),
                 op::diagnostics_empty_listener);
    return ListenerId{0};
  }
  return ReporterRegistry::instance().add_listener(std::make_shared<Callback>(std::move(listener)));
}

bool remove_error_context_listener(ListenerId id) {
  return ReporterRegistry::instance().remove_listener(id);
}

} // namespace medi
