// reporter_registry.h: the process-wide set of error reporters and listeners (internal).
//
// The set is immutable once published: every change builds a new ReporterSet under a writer
// lock and bumps a version number. Readers compare the version with the one they cached and
// take the lock only to pick up a newer set, so steady-state reporting never locks. A callback
// that a change replaces or removes is retired after the lock is released (reporter_callback.h).
#ifndef MEDI_RUNTIME_ERROR_REPORTER_REGISTRY_H
#define MEDI_RUNTIME_ERROR_REPORTER_REGISTRY_H

#include "medi/error/reporting.h"
#include "reporter_callback.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

namespace medi::detail {

struct ReporterSet {
  struct Listener {
    ListenerId id;
    std::shared_ptr<Callback> callback;
  };
  std::shared_ptr<Callback> context_reporter;
  std::shared_ptr<Callback> reporter; // the minimal reporter, adapted to the context signature
  std::vector<Listener> listeners;
};

class ReporterRegistry {
public:
  constexpr ReporterRegistry() = default;

  /// The one registry; constant-initialised and never destroyed, so reports made while the
  /// program exits (from static destructors, late threads) still find it.
  static ReporterRegistry &instance() noexcept;

  /// Changes whenever the set does; never 0.
  std::uint64_t version() const noexcept { return version_.load(std::memory_order_acquire); }
  /// The current set (null when nothing was ever registered) and the version it belongs to.
  std::shared_ptr<const ReporterSet> load(std::uint64_t &version) const noexcept;

  /// Each change returns once what it replaced or removed is retired.
  void set_reporter(std::shared_ptr<Callback> reporter);
  void set_context_reporter(std::shared_ptr<Callback> reporter);
  ListenerId add_listener(std::shared_ptr<Callback> listener);
  bool remove_listener(ListenerId id);

private:
  /// Applies `change` to a copy of the current set under the lock and publishes the copy when
  /// `change` returns true; then, unlocked, retires the callback `change` left in `replaced`.
  /// Returns what `change` returned.
  template <class Change> bool update(Change &&change);

  mutable std::mutex mutex_;
  std::shared_ptr<const ReporterSet> current_; // guarded by mutex_
  std::uint64_t next_listener_id_ = 1;         // guarded by mutex_
  std::atomic<std::uint64_t> version_{1};
};

} // namespace medi::detail

#endif // MEDI_RUNTIME_ERROR_REPORTER_REGISTRY_H
