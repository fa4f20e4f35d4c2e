// task_round.cpp: a batch of tasks, one in ten of which throws. Every join must return the
// task's value or its panic, and the counts must add up.
#include "soak_workloads.h"

#include <medi/task.h>
#include <stdexcept>
#include <string>
#include <vector>

namespace medi::soak {

void task_round(Tallies &tallies, Problems &problems) {
  constexpr int kTasks = 2000;
  std::vector<Task<int>> tasks;
  tasks.reserve(kTasks);
  for (int i = 0; i < kTasks; ++i)
    tasks.push_back(spawn_task([i] {
      if (i % 10 == 7)
        throw std::runtime_error("injected fault " + std::to_string(i));
      return i * 3;
    }));
  int values = 0, panics = 0;
  for (int i = 0; i < kTasks; ++i) {
    auto joined = tasks[i].join();
    if (joined && *joined == i * 3) {
      ++values;
    } else if (!joined && joined.error().is<TaskPanic>() && i % 10 == 7) {
      ++panics;
    } else {
      problems.push_back("task " + std::to_string(i) + " joined with the wrong outcome");
    }
  }
  if (values + panics != kTasks || panics != kTasks / 10)
    problems.push_back("tasks: " + std::to_string(values) + " values and " +
                       std::to_string(panics) + " panics out of " + std::to_string(kTasks));
  tallies.tasks_run += kTasks;
  tallies.panics_injected += panics;
}

} // namespace medi::soak
