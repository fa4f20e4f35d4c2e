// run_next_test.cpp: a task woken by a running task goes to its waker's run-next slot
// (runtime/sched/worker.h): it keeps its priority, another worker takes it when the waker
// keeps running (also once a newer wake-up has pushed it onto the deque, and after a stretch of
// fast dispatches that made the other worker leave it), and a shutdown fails it like any task
// that cannot run any more.
#include "../error/report_recorder.h"
#include "medi/channel.h"
#include "medi/task.h"

#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace medi {
namespace {

using RunNextTest = test::ReportingTest;

// Spins until `flag` is set or 10 s pass (a generous guard: the flag comes within microseconds).
bool wait_for(const std::atomic<bool> &flag) {
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (!flag.load()) {
    if (std::chrono::steady_clock::now() > give_up)
      return false;
    std::this_thread::yield();
  }
  return true;
}

// Spawns `f` from a thread of its own, which does not join it, so the scheduler's worker runs
// it: a join from the thread that spawned it would run it there (runtime/sched/guest_seats.h).
template <class F> auto spawn_for_the_worker(Scheduler &scheduler, F f) {
  decltype(scheduler.spawn_task(std::move(f))) task;
  std::thread([&] { task = scheduler.spawn_task(std::move(f)); }).join();
  return task;
}

// What ran, in order, written from tasks.
class RunOrder {
public:
  void record(std::string name) {
    std::lock_guard lock(mutex_);
    order_.push_back(std::move(name));
  }
  std::vector<std::string> order() {
    std::lock_guard lock(mutex_);
    return order_;
  }

private:
  std::mutex mutex_;
  std::vector<std::string> order_;
};

// A task that counts itself in `waiting`, receives once from `rx` (parking until a value or a
// shutdown comes) and, if it runs again, counts itself in `resumed`.
Task<void> spawn_counting_receiver(Scheduler &scheduler, Receiver<int> rx,
                                   std::atomic<int> &waiting, std::atomic<int> &resumed) {
  return scheduler.spawn_task([&waiting, &resumed, rx = std::move(rx)] {
    ++waiting;
    (void)rx.recv();
    ++resumed;
  });
}

// On a one-worker scheduler: a Normal task that receives once from `rx` and records it, spawned
// and left parked in its recv (the worker runs it until it parks, before any later spawn).
// `woken` is set once it has received.
Task<void> spawn_parked_receiver(Scheduler &scheduler, Receiver<int> rx, RunOrder &run_order,
                                 std::atomic<bool> &woken) {
  std::atomic<bool> receiver_waits{false};
  auto receiver = scheduler.spawn_task([&, rx = std::move(rx)] {
    receiver_waits = true;
    const auto value = rx.recv(); // parks: the worker goes back to whoever runs next
    run_order.record("woken normal " + std::to_string(value.value_or(-1)));
    woken = true;
  });
  EXPECT_TRUE(wait_for(receiver_waits));
  return receiver;
}

// One worker. A task wakes a Normal task (into its run-next slot), then spawns a High one (onto
// its deque), then ends: the High task still starts first.
TEST_F(RunNextTest, AWokenTaskKeepsItsPriority) {
  Scheduler scheduler(1);
  auto [tx, rx] = create_bounded_channel<int>(0);
  RunOrder run_order;
  auto record = [&](std::string name) { run_order.record(std::move(name)); };
  std::atomic<bool> woken{false};
  auto receiver = spawn_parked_receiver(scheduler, rx, run_order, woken);
  std::atomic<bool> high_done{false};
  auto waker = spawn_for_the_worker(scheduler, [&, tx = tx] {
    ASSERT_TRUE(tx.send(7).has_value()); // the receiver is parked: it goes to run-next
    scheduler.spawn_with_priority(Priority::High, [&] {
      record("high");
      high_done = true;
    });
  });
  ASSERT_TRUE(waker.join().has_value());
  ASSERT_TRUE(receiver.join().has_value());
  ASSERT_TRUE(wait_for(high_done));
  EXPECT_EQ(run_order.order(), (std::vector<std::string>{"high", "woken normal 7"}));
}

// One worker. A task wakes a Normal task (into its run-next slot), spawns a High one, then parks:
// the parking task hands its worker straight to the woken one only when nothing of higher
// priority waits, so the High task still starts first. A second round without the High task
// checks that the woken one then runs before anything else.
TEST_F(RunNextTest, AParkingTaskHandsOverOnlyWhenNothingOfHigherPriorityWaits) {
  for (const bool with_high : {true, false}) {
    Scheduler scheduler(1);
    auto [tx, rx] = create_bounded_channel<int>(0);
    auto [park_tx, park_rx] = create_bounded_channel<int>(0);
    RunOrder run_order;
    auto record = [&](std::string name) { run_order.record(std::move(name)); };
    std::atomic<bool> woken{false};
    auto receiver = spawn_parked_receiver(scheduler, rx, run_order, woken);
    auto waker = scheduler.spawn_task([&, tx = tx, park_rx = park_rx] {
      ASSERT_TRUE(tx.send(7).has_value()); // the receiver goes to the run-next slot
      if (with_high)
        scheduler.spawn_with_priority(Priority::High, [&] { record("high"); });
      record("waker parks");
      (void)park_rx.recv(); // parks until the test thread sends
      record("waker resumed");
    });
    // One worker: the receiver runs only once the waker has parked (with the High task first).
    ASSERT_TRUE(wait_for(woken));
    ASSERT_TRUE(park_tx.send(1).has_value());
    ASSERT_TRUE(waker.join().has_value());
    ASSERT_TRUE(receiver.join().has_value());
    const std::vector<std::string> expected =
        with_high
            ? std::vector<std::string>{"waker parks", "high", "woken normal 7", "waker resumed"}
            : std::vector<std::string>{"waker parks", "woken normal 7", "waker resumed"};
    EXPECT_EQ(run_order.order(), expected) << (with_high ? "with" : "without") << " a High task";
  }
}

// Two workers. A task wakes another and then keeps its worker busy until the woken one has run:
// it can only run on the other worker, which must take it out of the run-next slot.
TEST_F(RunNextTest, AnotherWorkerTakesItWhenTheWakerKeepsRunning) {
  Scheduler scheduler(2);
  for (int round = 0; round < 50; ++round) {
    auto [tx, rx] = create_bounded_channel<int>(0);
    std::atomic<bool> receiver_waits{false}, received{false}, waker_saw_it{false};
    auto receiver = scheduler.spawn_task([&, rx = rx] {
      receiver_waits = true;
      if (rx.recv())
        received = true;
    });
    ASSERT_TRUE(wait_for(receiver_waits));
    std::this_thread::sleep_for(std::chrono::milliseconds(1)); // let it park (not required)
    auto waker = scheduler.spawn_task([&, tx = tx] {
      if (tx.send(1))
        waker_saw_it = wait_for(received); // holds this worker: no park, no yield
    });
    ASSERT_TRUE(waker.join().has_value());
    ASSERT_TRUE(receiver.join().has_value());
    ASSERT_TRUE(waker_saw_it.load()) << "round " << round << ": the woken task never ran";
  }
}

// Two workers. A task wakes two others, so the first is pushed out of the run-next slot onto the
// deque (marked: thieves wait as they wait for the slot), then keeps its worker busy until both
// have run: the other worker must take both, the marked one included.
TEST_F(RunNextTest, AWokenTaskPushedOntoTheDequeIsStillTakenByAnotherWorker) {
  Scheduler scheduler(2);
  for (int round = 0; round < 20; ++round) {
    auto [tx_a, rx_a] = create_bounded_channel<int>(0);
    auto [tx_b, rx_b] = create_bounded_channel<int>(0);
    std::atomic<int> waiting{0}, received{0};
    auto receiver_a = spawn_counting_receiver(scheduler, rx_a, waiting, received);
    auto receiver_b = spawn_counting_receiver(scheduler, rx_b, waiting, received);
    while (waiting.load() < 2)
      std::this_thread::yield();
    std::this_thread::sleep_for(std::chrono::milliseconds(1)); // let them park (not required)
    std::atomic<bool> both_ran{false};
    auto waker = scheduler.spawn_task([&, tx_a = tx_a, tx_b = tx_b] {
      if (!tx_a.send(1) || !tx_b.send(2))
        return;
      const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
      while (received.load() < 2 && std::chrono::steady_clock::now() < give_up) {
      } // holds this worker: no park, no yield
      both_ran = received.load() == 2;
    });
    ASSERT_TRUE(waker.join().has_value());
    ASSERT_TRUE(receiver_a.join().has_value());
    ASSERT_TRUE(receiver_b.join().has_value());
    ASSERT_TRUE(both_ran.load()) << "round " << round << ": a woken task never ran";
  }
}

// Two workers. Two tasks ping-pong on one worker (a fast victim: the other worker leaves its
// woken tasks alone and watches), then one of them wakes a third task and holds its worker until
// the third has run: the watching worker must take it, with no new work published to wake it.
// Many rounds, so the wake-up lands at every point of the other worker's search, sleep and watch.
TEST_F(RunNextTest, AWatchingWorkerTakesAWokenTaskOnceItsWorkerStopsDispatching) {
  Scheduler scheduler(2);
  for (int round = 0; round < 200; ++round) {
    auto [ping_tx, ping_rx] = create_bounded_channel<int>(0);
    auto [pong_tx, pong_rx] = create_bounded_channel<int>(0);
    auto [wake_tx, wake_rx] = create_bounded_channel<int>(0);
    std::atomic<bool> third_waits{false}, third_ran{false};
    auto third = scheduler.spawn_task([&, wake_rx = std::move(wake_rx)] {
      third_waits = true;
      if (wake_rx.recv())
        third_ran = true;
    });
    ASSERT_TRUE(wait_for(third_waits));
    auto echo = scheduler.spawn_task([ping_rx = std::move(ping_rx), pong_tx = std::move(pong_tx)] {
      while (auto value = ping_rx.recv())
        if (!pong_tx.send(*value))
          return;
    });
    std::atomic<bool> held_until_it_ran{false};
    auto pinger =
        scheduler.spawn_task([&, ping_tx = std::move(ping_tx), pong_rx = std::move(pong_rx),
                              wake_tx = std::move(wake_tx)]() mutable {
          for (int trip = 0; trip < 2'000 + round * 10; ++trip)
            if (!ping_tx.send(trip) || !pong_rx.recv())
              return;
          ping_tx = {}; // the echo task ends
          if (!wake_tx.send(1))
            return;
          held_until_it_ran = wait_for(third_ran); // holds this worker: no park, no yield
        });
    ASSERT_TRUE(pinger.join().has_value());
    ASSERT_TRUE(echo.join().has_value());
    ASSERT_TRUE(third.join().has_value());
    ASSERT_TRUE(held_until_it_ran.load()) << "round " << round << ": the woken task never ran";
  }
}

// One worker. A task wakes two others (the first pushed onto the deque, marked) and shuts the
// scheduler down: both fail their joins.
TEST_F(RunNextTest, AShutdownFailsWokenTasksLeftOnTheDeque) {
  test::ReportRecorder recorder;
  Scheduler scheduler(1);
  auto [tx_a, rx_a] = create_bounded_channel<int>(0);
  auto [tx_b, rx_b] = create_bounded_channel<int>(0);
  std::atomic<int> waiting{0}, resumed{0};
  auto receiver_a = spawn_counting_receiver(scheduler, rx_a, waiting, resumed);
  auto receiver_b = spawn_counting_receiver(scheduler, rx_b, waiting, resumed);
  while (waiting.load() < 2)
    std::this_thread::yield();
  auto waker = spawn_for_the_worker(scheduler, [&, tx_a = tx_a, tx_b = tx_b] {
    (void)tx_a.send(1);
    (void)tx_b.send(2);
    scheduler.shutdown();
  });
  EXPECT_TRUE(waker.join().has_value());
  const auto joined_a = receiver_a.join();
  const auto joined_b = receiver_b.join();
  scheduler.join();
  EXPECT_EQ(resumed.load(), 0);
  ASSERT_FALSE(joined_a.has_value());
  ASSERT_FALSE(joined_b.has_value());
  EXPECT_NE(joined_a.error().to_string().find("shut down"), std::string::npos)
      << joined_a.error().to_string();
}

// One worker. A task wakes another and shuts the scheduler down: the woken task, left in the
// run-next slot, fails its join instead of waiting forever. (With one worker the receiver has
// parked before the waker runs.)
TEST_F(RunNextTest, AShutdownFailsAWokenTaskThatCannotRunAnyMore) {
  test::ReportRecorder recorder;
  Scheduler scheduler(1);
  auto [tx, rx] = create_bounded_channel<int>(0);
  std::atomic<bool> receiver_waits{false}, resumed{false};
  auto receiver = scheduler.spawn_task([&, rx = rx] {
    receiver_waits = true;
    (void)rx.recv();
    resumed = true;
  });
  ASSERT_TRUE(wait_for(receiver_waits));
  auto waker = spawn_for_the_worker(scheduler, [&, tx = tx] {
    (void)tx.send(1);
    scheduler.shutdown();
  });
  EXPECT_TRUE(waker.join().has_value());
  const auto joined = receiver.join();
  scheduler.join();
  EXPECT_FALSE(resumed.load());
  ASSERT_FALSE(joined.has_value());
  EXPECT_NE(joined.error().to_string().find("shut down"), std::string::npos)
      << joined.error().to_string();
}

// One worker. Two tasks ping-pong over rendezvous channels, each waking the other into the
// run-next slot and parking, so the worker always has a run-next task. A third task, woken by
// one of them and then pushed out of the slot onto the deque, must still run: the ping-pong
// stops only once it has.
TEST_F(RunNextTest, AWokenTaskOnTheDequeRunsWhileTwoTasksPingPongThroughTheSlot) {
  Scheduler scheduler(1);
  auto [ping_tx, ping_rx] = create_bounded_channel<int>(0);
  auto [pong_tx, pong_rx] = create_bounded_channel<int>(0);
  auto [wake_tx, wake_rx] = create_bounded_channel<int>(0);
  std::atomic<bool> third_ran{false};
  std::atomic<bool> third_waits{false};
  auto third = scheduler.spawn_task([&, wake_rx = std::move(wake_rx)] {
    third_waits = true;
    if (wake_rx.recv())
      third_ran = true;
  });
  ASSERT_TRUE(wait_for(third_waits));
  std::this_thread::sleep_for(std::chrono::milliseconds(1)); // let it park (not required)
  auto echo = scheduler.spawn_task([ping_rx = std::move(ping_rx), pong_tx = std::move(pong_tx)] {
    while (auto value = ping_rx.recv())
      if (!pong_tx.send(*value))
        return;
  });
  constexpr int kRoundTrips = 1'000'000;
  int round_trips = 0;
  auto pinger = spawn_for_the_worker(scheduler, [&, ping_tx = std::move(ping_tx),
                                                 pong_rx = std::move(pong_rx),
                                                 wake_tx = std::move(wake_tx)]() mutable {
    (void)wake_tx.send(1); // the third task goes to the run-next slot...
    // ...and the first ping pushes it onto the deque: from then on the slot always holds
    // one of the two.
    for (; round_trips < kRoundTrips && !third_ran.load(); ++round_trips)
      if (!ping_tx.send(round_trips) || !pong_rx.recv())
        return;
    ping_tx = {}; // the echo task sees the end of the stream
  });
  ASSERT_TRUE(pinger.join().has_value());
  ASSERT_TRUE(echo.join().has_value());
  ASSERT_TRUE(third.join().has_value());
  EXPECT_TRUE(third_ran.load()) << "the woken task never ran in " << round_trips << " round trips";
  EXPECT_LT(round_trips, kRoundTrips);
}

} // namespace
} // namespace medi
