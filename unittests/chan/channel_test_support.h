// channel_test_support.h: runs the channel tests both ways: each party a plain thread, or each
// party a task on a private 2-worker scheduler.
#ifndef MEDI_UNITTESTS_CHAN_CHANNEL_TEST_SUPPORT_H
#define MEDI_UNITTESTS_CHAN_CHANNEL_TEST_SUPPORT_H

#include "medi/task.h"

#include <functional>
#include <gtest/gtest.h>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace medi::test {

enum class Party { Threads, Tasks };

inline std::string party_name(const ::testing::TestParamInfo<Party> &info) {
  return info.param == Party::Threads ? "Threads" : "Tasks";
}

/// Starts parties (threads or tasks) and waits for all of them.
class Parties {
public:
  explicit Parties(Party kind) : kind_(kind) {
    if (kind_ == Party::Tasks)
      scheduler_ = std::make_unique<Scheduler>(2);
  }
  ~Parties() { join(); }

  void start(std::function<void()> body) {
    if (kind_ == Party::Threads)
      threads_.emplace_back(std::move(body));
    else
      tasks_.push_back(scheduler_->spawn_task(std::move(body)));
  }
  void join() {
    for (auto &thread : threads_)
      thread.join();
    threads_.clear();
    for (auto &task : tasks_)
      EXPECT_TRUE(task.join().has_value());
    tasks_.clear();
  }

private:
  Party kind_;
  std::unique_ptr<Scheduler> scheduler_;
  std::vector<std::thread> threads_;
  std::vector<Task<void>> tasks_;
};

} // namespace medi::test

#endif // MEDI_UNITTESTS_CHAN_CHANNEL_TEST_SUPPORT_H
