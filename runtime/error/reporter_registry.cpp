// reporter_registry.cpp: copy-on-write publication of the reporter set.
#include "reporter_registry.h"

#include <utility>
#include <vector>

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
  // Declared before the lock, so released after the unlock: releasing the replaced set may run
  // a user callable's destructor, which may call back into the registry.
  std::shared_ptr<const ReporterSet> retired;
  std::lock_guard lock(mutex_);
  auto next = current_ ? std::make_shared<ReporterSet>(*current_) : std::make_shared<ReporterSet>();
  if (!change(*next))
    return false;
  retired = std::exchange(current_, std::move(next));
  version_.fetch_add(1, std::memory_order_release);
  return true;
}

void ReporterRegistry::set_reporter(std::shared_ptr<ErrorReporter> reporter) {
  update([&](ReporterSet &set) {
    set.reporter = std::move(reporter);
    return true;
  });
}

void ReporterRegistry::set_context_reporter(std::shared_ptr<ContextErrorReporter> reporter) {
  update([&](ReporterSet &set) {
    set.context_reporter = std::move(reporter);
    return true;
  });
}

ListenerId ReporterRegistry::add_listener(std::shared_ptr<ContextErrorReporter> listener) {
  ListenerId id{0};
  update([&](ReporterSet &set) {
    id = ListenerId{next_listener_id_++};
    set.listeners.push_back({id, std::move(listener)});
    return true;
  });
  return id;
}

bool ReporterRegistry::remove_listener(ListenerId id) {
  return update([&](ReporterSet &set) {
    return std::erase_if(set.listeners, [&](const auto &listener) { return listener.id == id; }) >
           0;
  });
}

} // namespace medi::detail
