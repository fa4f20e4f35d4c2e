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

std::shared_ptr<ReporterSet> ReporterRegistry::copy_current() const {
  return current_ ? std::make_shared<ReporterSet>(*current_) : std::make_shared<ReporterSet>();
}

std::shared_ptr<const ReporterSet>
ReporterRegistry::publish(std::shared_ptr<const ReporterSet> next) {
  std::shared_ptr<const ReporterSet> previous = std::exchange(current_, std::move(next));
  version_.fetch_add(1, std::memory_order_release);
  return previous;
}

void ReporterRegistry::set_reporter(std::shared_ptr<ErrorReporter> reporter) {
  std::shared_ptr<const ReporterSet> retired;
  std::lock_guard lock(mutex_);
  auto next = copy_current();
  next->reporter = std::move(reporter);
  retired = publish(std::move(next));
}

void ReporterRegistry::set_context_reporter(std::shared_ptr<ContextErrorReporter> reporter) {
  std::shared_ptr<const ReporterSet> retired;
  std::lock_guard lock(mutex_);
  auto next = copy_current();
  next->context_reporter = std::move(reporter);
  retired = publish(std::move(next));
}

ListenerId ReporterRegistry::add_listener(std::shared_ptr<ContextErrorReporter> listener) {
  std::shared_ptr<const ReporterSet> retired;
  std::lock_guard lock(mutex_);
  auto next = copy_current();
  const ListenerId id{next_listener_id_};
  next->listeners.push_back({id, std::move(listener)});
  ++next_listener_id_;
  retired = publish(std::move(next));
  return id;
}

bool ReporterRegistry::remove_listener(ListenerId id) {
  std::shared_ptr<const ReporterSet> retired;
  std::lock_guard lock(mutex_);
  if (!current_)
    return false;
  const auto &listeners = current_->listeners;
  auto found = std::ranges::find(listeners, id, &ReporterSet::Listener::id);
  if (found == listeners.end())
    return false;
  auto next = copy_current();
  next->listeners.erase(next->listeners.begin() + (found - listeners.begin()));
  retired = publish(std::move(next));
  return true;
}

} // namespace medi::detail
