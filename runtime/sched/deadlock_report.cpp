// deadlock_report.cpp: a deadlock's parties as one line each ("task 3 waits in xchan.recv at
// monitor.medi:14:11 (main), spawned at monitor.medi:9:3").
#include "deadlock_report.h"

#include "medi/error/op_tags.h"

#include <algorithm>
#include <string>

namespace medi::detail {
namespace {

std::string where(const RuntimeContext &context) {
  return std::string(context.file) + ':' + std::to_string(context.line) + ':' +
         std::to_string(context.column) + " (" + std::string(context.module) + ')';
}

std::string waits_in(const std::optional<BlockedOn> &why) {
  if (!why)
    return "waits (operation not recorded)";
  return "waits in " + std::string(why->op) + " at " + where(why->site.context(why->op));
}

} // namespace

std::pair<RuntimeError, RuntimeContext> describe_deadlock(const DeadlockSnapshot &snapshot) {
  Deadlock deadlock;
  deadlock.tasks = snapshot.tasks.size();
  deadlock.threads = snapshot.thread ? 1 : 0;
  if (snapshot.thread)
    deadlock.waiting.push_back("the program thread " + waits_in(snapshot.thread));
  std::vector<const ParkedTask *> tasks;
  for (const ParkedTask &task : snapshot.tasks)
    tasks.push_back(&task);
  std::ranges::sort(tasks, {}, &ParkedTask::id);
  for (const ParkedTask *task : tasks) {
    if (deadlock.waiting.size() == Deadlock::kMaxListed)
      break;
    deadlock.waiting.push_back("task " + std::to_string(task->id) + ' ' +
                               waits_in(task->blocked_on) + ", spawned at " + where(task->spawned));
  }
  RuntimeContext context = snapshot.thread ? snapshot.thread->site.context(op::scheduler_deadlock)
                                           : RuntimeContext{.op = op::scheduler_deadlock};
  return {RuntimeError::scheduler(std::move(deadlock)), context};
}

} // namespace medi::detail
