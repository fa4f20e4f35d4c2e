// reporter_registry.cpp: copy-on-write publication of the reporter set.
#include "reporter_registry.h"

#include <algorithm>
#include <utility>

namespace medi::detail {
namespace {

// Storage that is constant-initialised and whose destructor never runs.
template <class T> union NeverDestroyed {
  T value;
  constexpr NeverDestroyed() : value() {}
  ~NeverDestroyed() {}
};

constinit NeverDestroyed<ReporterRegistry> global_registry;

} // namespace

ReporterRegistry &ReporterRegistry::instance() noexcept {
  return global_registry.value;
}

std::shared_ptr<const ReporterSet> ReporterRegistry::load(std::uint64_t &version) const noexcept {
  std::lock_guard lock(mutex_);
  version = version_.load(std::memory_order_relaxed);
  return current_;
}

template <class Change> bool ReporterRegistry::update(Change &&change) {
  std::shared_ptr<Callback> replaced;
  {
    // Declared before the lock, so released after the unlock, as `replaced` is retired: both may
    // run user code (a callable's destructor) that calls back into the registry.
    std::shared_ptr<const ReporterSet> previous;
    std::lock_guard lock(mutex_);
    auto next =
        current_ ? std::make_shared<ReporterSet>(*current_) : std::make_shared<ReporterSet>();
    if (!change(*next, replaced))
      return false;
    previous = std::exchange(current_, std::move(next));
    version_.fetch_add(1, std::memory_order_release);
  }
  if (replaced)
    replaced->retire();
  return true;
}

void ReporterRegistry::set_reporter(std::shared_ptr<Callback> reporter) {
  update([&](ReporterSet &set, std::shared_ptr<Callback> &replaced) {
    replaced = std::exchange(set.reporter, std::move(reporter));
    return true;
  });
}

void ReporterRegistry::set_context_reporter(std::shared_ptr<Callback> reporter) {
  update([&](ReporterSet &set, std::shared_ptr<Callback> &replaced) {
    replaced = std::exchange(set.context_reporter, std::move(reporter));
    return true;
  });
}

ListenerId ReporterRegistry::add_listener(std::shared_ptr<Callback> listener) {
  ListenerId id{0};
  update([&](ReporterSet &set, std::shared_ptr<Callback> &) {
    id = ListenerId{next_listener_id_++};
    set.listeners.push_back({id, std::move(listener)});
    return true;
  });
  return id;
}

bool ReporterRegistry::remove_listener(ListenerId id) {
  return update([&](ReporterSet &set, std::shared_ptr<Callback> &replaced) {
    auto found = std::ranges::find(set.listeners, id, &ReporterSet::Listener::id);
    if (found == set.listeners.end())
      return false;
    replaced = std::move(found->callback);
    set.listeners.erase(found);
    return true;
  });
}

} // namespace medi::detail
