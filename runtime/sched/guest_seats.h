// guest_seats.h: plain threads' seats in a scheduler (internal; oneTBB's arena slots for external
// threads).
//
// Every program starts on a plain thread: main spawns its tasks and joins them. Without a seat,
// each such spawn goes through the shared injection queue (a lock, and often a wake-up) and each
// join blocks the thread. A seat is a Worker that belongs to a plain thread instead of a worker
// thread: the thread's spawns go onto the seat's own deque, as a worker's do (no lock), and
// workers steal from it as from each other; a join from the thread runs the seat's tasks itself,
// each on its own fiber, until the joined task has finished, and only then sleeps
// (SchedulerCore::help_until_finished). The thread is a worker only while it helps.
//
// A thread claims a seat the first time it spawns onto the scheduler and holds it until it exits
// (or spawns onto another scheduler, which releases it). There are kSeats per scheduler; a
// thread that finds them all taken uses the injection queue, as every plain thread did before.
// A seat that its thread released keeps its queued tasks: workers still steal them, and the next
// thread to claim the seat owns its deque from then on (the claim's acquire pairs with the
// release's release, so the new owner sees the old one's last push).
//
// The seats' table is shared between the scheduler and the threads holding its seats, so a thread
// that outlives the scheduler releases its seat into a table that is still there, and a later
// scheduler at the same address is never mistaken for it.
#ifndef MEDI_RUNTIME_SCHED_GUEST_SEATS_H
#define MEDI_RUNTIME_SCHED_GUEST_SEATS_H

#include "worker.h"

#include <array>
#include <atomic>
#include <cstddef>
#include <memory>

namespace medi::detail {

class GuestSeats {
public:
  static constexpr std::size_t kSeats = 8;
  /// Seats are numbered after the workers in a trace: seat i is kFirstIndex + i.
  static constexpr std::size_t kFirstIndex = 1000;

  GuestSeats();

  /// The calling thread's seat, claimed on its first call; nullptr when every seat is taken (the
  /// thread then never gets one of this scheduler's). Only for threads that run no task.
  Worker *seat_of_this_thread() noexcept;
  /// The calling thread's seat if it holds one (claims none).
  Worker *held_seat_of_this_thread() const noexcept;

  /// Each seat a thread has claimed so far (claimed or released since): f(Worker &).
  template <class F> void for_each(F &&f) const {
    for (const auto &seat : table_->seats)
      if (Worker *worker = seat.load(std::memory_order_acquire))
        f(*worker);
  }

  struct Table {
    std::array<std::atomic<Worker *>, kSeats> seats{};
    std::array<std::atomic<bool>, kSeats> claimed{};
    ~Table();
  };

private:
  Worker *claim() noexcept;

  std::shared_ptr<Table> table_;
};

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_GUEST_SEATS_H
