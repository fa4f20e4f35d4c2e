// idle_workers_test.cpp: how a worker without work watches woken tasks left on a busy worker
// (runtime/sched/idle_workers.h), driven by looks the test scripts: a look that happens to find
// the busy worker's run-next slot empty, as tasks waking each other leave it for moments, does
// not end the watch; IdleWorkers::kWatchEmptyLooks empty looks in a row do, and the worker then
// sleeps until woken.
#include "sched/idle_workers.h"

#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <thread>
#include <vector>

namespace medi::detail {
namespace {

// One worker's search_then_sleep on a thread of its own. Its looks follow `left` (whether each
// look, counted from the first, leaves woken tasks behind); the look after the last entry
// returns a task if `then_found`, and every later look leaves nothing.
class ScriptedWorker {
public:
  ScriptedWorker(std::vector<bool> left, bool then_found) : left_(std::move(left)) {
    thread_ = std::thread([this, then_found] {
      auto find = [&]() -> TaskControl * {
        const std::size_t look = looks_.fetch_add(1);
        left_woken_ = look < left_.size() && left_[look];
        return look == left_.size() && then_found ? found() : nullptr;
      };
      result_ = idle_.search_then_sleep(
          find, [&] { return !stop_.load(); }, stopping_, left_woken_, asleep_, 0);
      returned_.store(true);
    });
  }
  ~ScriptedWorker() {
    stop_.store(true);
    idle_.wake_all();
    thread_.join();
  }

  // Waits until the worker returns or sleeps (10 s guard); true when it returned.
  bool returned_before_sleeping() {
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!returned_.load() && !asleep_.load() && std::chrono::steady_clock::now() < give_up)
      std::this_thread::sleep_for(std::chrono::microseconds(50));
    return returned_.load();
  }
  bool asleep() const { return asleep_.load(); }
  std::size_t looks() const { return looks_.load(); }
  TaskControl *result() const { return result_; }
  static TaskControl *found() {
    static int task;
    return reinterpret_cast<TaskControl *>(&task); // never dereferenced
  }

private:
  IdleWorkers idle_;
  std::vector<bool> left_;
  std::atomic<std::size_t> looks_{0};
  bool left_woken_ = false;
  std::atomic<bool> stopping_{false};
  std::atomic<bool> stop_{false};
  std::atomic<bool> asleep_{false};
  std::atomic<bool> returned_{false};
  TaskControl *result_ = nullptr;
  std::thread thread_;
};

// The search rounds' looks, the last of which leaves woken tasks: the worker starts watching.
std::vector<bool> search_rounds() {
  return std::vector<bool>(IdleWorkers::kSearchRounds, true);
}

TEST(IdleWorkersTest, EmptyLooksFewerThanTheLimitDoNotEndTheWatch) {
  std::vector<bool> looks = search_rounds();
  // Runs of empty looks, each one short of the limit, between looks that leave woken tasks.
  for (int run = 0; run < 4; ++run) {
    looks.insert(looks.end(), IdleWorkers::kWatchEmptyLooks - 1, false);
    looks.push_back(true);
  }
  ScriptedWorker worker(looks, /*then_found=*/true);
  ASSERT_TRUE(worker.returned_before_sleeping()) << "slept after look " << worker.looks();
  EXPECT_EQ(worker.result(), ScriptedWorker::found());
  EXPECT_EQ(worker.looks(), looks.size() + 1);
}

TEST(IdleWorkersTest, TheLimitOfEmptyLooksInARowEndsTheWatchAndTheWorkerSleeps) {
  ScriptedWorker worker(search_rounds(), /*then_found=*/false);
  ASSERT_FALSE(worker.returned_before_sleeping());
  EXPECT_TRUE(worker.asleep());
  // The watch's empty looks, then the last look before sleeping.
  EXPECT_EQ(worker.looks(), static_cast<std::size_t>(IdleWorkers::kSearchRounds +
                                                     IdleWorkers::kWatchEmptyLooks + 1));
}

} // namespace
} // namespace medi::detail
