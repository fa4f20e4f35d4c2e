// waker.cpp: the lists of waiting channel operations and how one of them is chosen to proceed.
#include "medi/detail/channel/waker.h"

#include "../sched/task_park.h"
#include "../sched/task_state.h"

#include <algorithm>
#include <mutex>

namespace medi::detail {
namespace {

// The identity WaitContext::owner() reports for the calling task or thread.
const void *current_owner() noexcept {
  if (TaskControl *task = current_task())
    return task;
  return &Waiter::thread_parker();
}

} // namespace

void Waker::register_operation(std::uintptr_t operation, WaitContext &context, void *packet) {
  entries_.push_back({operation, packet, &context});
}

std::optional<Waker::Entry> Waker::unregister(std::uintptr_t operation) noexcept {
  auto found = std::ranges::find(entries_, operation, &Entry::operation);
  if (found == entries_.end())
    return std::nullopt;
  Entry entry = *found;
  entries_.erase(found);
  return entry;
}

bool Waker::has_other_waiter() const noexcept {
  if (entries_.empty())
    return false;
  const void *self = current_owner();
  return std::ranges::any_of(entries_, [self](const Entry &entry) {
    return !entry.context->for_select() || entry.context->owner() != self;
  });
}

std::optional<Waker::Entry> Waker::try_select_waiting() noexcept {
  const void *self = nullptr; // looked up once, and only when a select waits
  for (auto entry = entries_.begin(); entry != entries_.end(); ++entry) {
    // A select that waits on both ends of one channel must not be paired with itself. (Any
    // other waiter is parked, so it cannot be the caller.)
    if (entry->context->for_select()) {
      if (!self)
        self = current_owner();
      if (entry->context->owner() == self)
        continue;
    }
    if (entry->context->try_select(entry->operation)) {
      if (entry->packet)
        entry->context->store_packet(entry->packet);
      Entry chosen = *entry;
      if (entries_.size() == 1)
        entries_.clear(); // the usual one waiter: no shift
      else
        entries_.erase(entry);
      return chosen;
    }
  }
  return std::nullopt;
}

void Waker::disconnect() noexcept {
  for (Entry &entry : entries_)
    if (entry.context->try_select(WaitContext::kDisconnected))
      entry.context->unpark();
  // Entries stay: each waiter unregisters its own (a select removes itself from every channel).
}

void SyncWaker::register_operation(std::uintptr_t operation, WaitContext &context, void *packet) {
  std::lock_guard lock(lock_);
  waker_.register_operation(operation, context, packet);
  update_empty();
}

bool SyncWaker::unregister(std::uintptr_t operation) noexcept {
  std::lock_guard lock(lock_);
  const bool found = waker_.unregister(operation).has_value();
  update_empty();
  return found;
}

std::optional<Waker::Entry> SyncWaker::select_one() noexcept {
  std::lock_guard lock(lock_);
  if (waker_.empty())
    return std::nullopt;
  std::optional<Waker::Entry> chosen = waker_.try_select();
  update_empty();
  return chosen;
}

void SyncWaker::notify_slow() noexcept {
  if (std::optional<Waker::Entry> chosen = select_one())
    chosen->context->unpark();
}

void SyncWaker::disconnect() noexcept {
  std::lock_guard lock(lock_);
  waker_.disconnect();
  update_empty();
}

} // namespace medi::detail
