// medi/detail/blocked_on.h: what a task or a watched program thread is waiting for, while it
// waits (internal; here because channels and Task<R> are templates). Not API.
//
// A blocking operation opens a BlockingScope on its slow path, just before it may park; the
// deadlock watch (medi/deadlock.h) reads the record of every party that stays parked, to name
// each one's operation and the source line it was called from. Outside a task and a watched
// thread the scope does nothing. Scopes nest: an operation built from others (a remote channel's
// recv waits on an internal channel) keeps the outermost record, the call the program made.
#ifndef MEDI_DETAIL_BLOCKED_ON_H
#define MEDI_DETAIL_BLOCKED_ON_H

#include "medi/error/source_site.h"

#include <string_view>

namespace medi::detail {

class TaskControl;

struct BlockedOn {
  std::string_view op; // the waiting call's op tag: xchan.recv, task.join, ...
  SourceSite site;     // where it was called from
  bool timed = false;  // a deadline will wake it: never part of a deadlock
  /// Another process may wake it (a remote channel or a barrier under mpirun): this process
  /// alone cannot prove a deadlock while it waits.
  bool remote = false;
  /// A join's task: a thread's join waits on a condition variable, so the watch asks the task
  /// whether it finished rather than the thread whether it was woken.
  const TaskControl *joining = nullptr;
  /// The channel waited on, when it is one (a trace names it).
  const void *channel = nullptr;
};

class [[nodiscard]] BlockingScope {
public:
  /// `why` must outlive the scope.
  explicit BlockingScope(const BlockedOn &why) noexcept;
  /// As above, for a caller that knows the task it runs in: `task` is it, or nullptr on a
  /// thread (a channel's wait context has looked it up already).
  BlockingScope(const BlockedOn &why, TaskControl *task) noexcept;
  ~BlockingScope();
  BlockingScope(const BlockingScope &) = delete;
  BlockingScope &operator=(const BlockingScope &) = delete;

private:
  void *owner_ = nullptr; // the TaskControl, or the watched thread's record
  bool task_ = false;
  const BlockedOn *previous_ = nullptr;
  const BlockedOn *traced_ = nullptr; // a thread's wait a trace recorded the start of
};

} // namespace medi::detail

#endif // MEDI_DETAIL_BLOCKED_ON_H
