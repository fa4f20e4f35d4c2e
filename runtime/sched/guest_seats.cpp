// guest_seats.cpp: claiming and releasing plain threads' seats (guest_seats.h).
#include "guest_seats.h"

#include <new>
#include <utility>

namespace medi::detail {
namespace {

// The seat the calling thread holds, in one scheduler's table at a time. `seat` is null when the
// thread found that table's seats all taken.
struct HeldSeat {
  std::shared_ptr<GuestSeats::Table> table;
  Worker *seat = nullptr;
  std::size_t index = 0;

  void release() noexcept {
    if (table && seat)
      table->claimed[index].store(false, std::memory_order_release);
    table.reset();
    seat = nullptr;
  }
  ~HeldSeat() { release(); }
};

thread_local HeldSeat held_seat;

} // namespace

GuestSeats::GuestSeats() : table_(std::make_shared<Table>()) {}

GuestSeats::Table::~Table() {
  for (auto &seat : seats)
    delete seat.load(std::memory_order_relaxed);
}

Worker *GuestSeats::seat_of_this_thread() noexcept {
  HeldSeat &held = held_seat;
  if (held.table == table_) [[likely]]
    return held.seat;
  return claim();
}

Worker *GuestSeats::held_seat_of_this_thread() const noexcept {
  const HeldSeat &held = held_seat;
  return held.table == table_ ? held.seat : nullptr;
}

Worker *GuestSeats::claim() noexcept {
  HeldSeat &held = held_seat;
  held.release(); // a seat in another scheduler
  held.table = table_;
  for (std::size_t i = 0; i < kSeats; ++i) {
    bool free = false;
    if (table_->claimed[i].load(std::memory_order_relaxed) ||
        !table_->claimed[i].compare_exchange_strong(free, true, std::memory_order_acquire))
      continue;
    Worker *seat = table_->seats[i].load(std::memory_order_acquire);
    if (!seat) {
      try {
        seat = new Worker();
      } catch (const std::bad_alloc &) {
        table_->claimed[i].store(false, std::memory_order_release);
        return nullptr; // no memory: this thread uses the injection queue
      }
      seat->index = kFirstIndex + i;
      seat->guest = true;
      seat->asleep.store(true, std::memory_order_relaxed); // awake only while it helps
      table_->seats[i].store(seat, std::memory_order_release);
    }
    held.seat = seat;
    held.index = i;
    return seat;
  }
  return nullptr;
}

} // namespace medi::detail
