// medi/detail/channel/wait_context.h: what a blocked channel operation waits on (internal to
// the runtime; here because channels are templates). Not API.
//
// A WaitContext belongs to one blocking call (a send, a recv, or a select over several
// channels) in one task or thread. It is registered with the wakers of the channels involved;
// whoever makes one of the operations possible *selects* it, once: the first compare-exchange
// from kWaiting wins, so a select woken by two channels at once takes exactly one. A timeout
// selects kAborted itself, a disconnection selects kDisconnected, and a task that finds itself
// cancelled (medi/cancellation.h) instead of parking selects kCancelled.
#ifndef MEDI_DETAIL_CHANNEL_WAIT_CONTEXT_H
#define MEDI_DETAIL_CHANNEL_WAIT_CONTEXT_H

#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>

namespace medi::detail {

class CancelState;
class TaskControl;
class ThreadParker;

/// The task the caller runs in, or nullptr on a plain thread (runtime/sched/task_state.h). A
/// blocking operation looks it up once and hands it to its wait context and blocking scope; a
/// task parks rather than spins (the party it waits for may need its worker).
TaskControl *current_task() noexcept;

class WaitContext {
public:
  using Clock = std::chrono::steady_clock;
  /// Selections other than these are operation ids: the address of the operation's own state.
  static constexpr std::uintptr_t kWaiting = 0, kAborted = 1, kDisconnected = 2, kCancelled = 3;

  /// A context for the calling task, or the calling thread when it runs no task. A select's
  /// context (`for_select`) may be registered on both ends of one channel.
  explicit WaitContext(bool for_select = false) noexcept;
  /// As above, for a caller that has looked up its task: `task` is current_task().
  WaitContext(TaskControl *task, bool for_select) noexcept;
  WaitContext(const WaitContext &) = delete;
  WaitContext &operator=(const WaitContext &) = delete;

  /// Selects `selection` if nothing is selected yet; true when this call did.
  bool try_select(std::uintptr_t selection) noexcept {
    if (selected_under_lock_) { // every selector holds the same lock: no race to arbitrate
      if (selected_.load(std::memory_order_relaxed) != kWaiting)
        return false;
      selected_.store(selection, std::memory_order_release);
      return true;
    }
    std::uintptr_t expected = kWaiting;
    return selected_.compare_exchange_strong(expected, selection, std::memory_order_acq_rel,
                                             std::memory_order_acquire);
  }
  std::uintptr_t selected() const noexcept { return selected_.load(std::memory_order_acquire); }
  /// Says that whoever selects this context holds one lock, the one of the only waiting list
  /// it is registered in, and the waiting party never selects itself (it has no deadline, and
  /// takes its registration back under that lock instead of aborting): the selection is then a
  /// plain store instead of a compare-exchange. A task that can be cancelled selects itself
  /// (kCancelled): not for it. True when the mark took.
  bool mark_selected_under_lock() noexcept {
    selected_under_lock_ = cancel_ == nullptr;
    return selected_under_lock_;
  }

  /// The rendezvous slot a counterpart hands over with its selection.
  void store_packet(void *packet) noexcept { packet_.store(packet, std::memory_order_release); }
  /// Waits (spinning briefly, the selection is made already) until the selector stored it.
  void *wait_packet() const noexcept;

  /// Parks until something is selected or `deadline` passes (then selects kAborted, unless a
  /// selection beat it), or the waiting task is cancelled (then selects kCancelled, unless a
  /// selection beat it). Returns the selection.
  std::uintptr_t wait_until(std::optional<Clock::time_point> deadline) noexcept;
  /// Wakes the waiting party; call once after a successful try_select, and touch the context no
  /// more: the waiting party returns (and its context goes) once this has finished.
  void unpark() noexcept;

  /// The task that waits, or nullptr when a thread does.
  TaskControl *task() const noexcept { return task_; }
  /// Who waits: two contexts of the same task or thread compare equal here.
  const void *owner() const noexcept;
  /// A select's: it may be waiting on the very channel its own task or thread operates on.
  bool for_select() const noexcept { return for_select_; }

  /// Makes the context reusable for another round of waiting.
  void reset() noexcept {
    selected_.store(kWaiting, std::memory_order_relaxed);
    packet_.store(nullptr, std::memory_order_relaxed);
    woken_.store(false, std::memory_order_relaxed);
  }

private:
  std::atomic<std::uintptr_t> selected_{kWaiting};
  std::atomic<void *> packet_{nullptr};
  std::atomic<bool> woken_{false}; // the selector's unpark() has finished with this context
  TaskControl *task_ = nullptr;
  ThreadParker *thread_ = nullptr;
  const bool for_select_;
  bool selected_under_lock_ = false;
  const CancelState *cancel_ = nullptr; // the waiting task's token, when it is in a task group
};

} // namespace medi::detail

#endif // MEDI_DETAIL_CHANNEL_WAIT_CONTEXT_H
