// medi/detail/channel/zero_flavor.h: the rendezvous channel (capacity 0): a send completes only
// when a receiver takes the value, hand to hand (as crossbeam-channel's zero flavor). Internal.
//
// One lock (a SpinLock) guards the two waiting lists. A party that finds a counterpart waiting
// selects it and moves the value through the counterpart's packet; otherwise it registers its own
// packet (on its stack when it blocks, on the heap when a select registers it; a sender's packet
// holds its value while it waits) and waits to be selected. Nobody ever waits for a selected party
// to run.
#ifndef MEDI_DETAIL_CHANNEL_ZERO_FLAVOR_H
#define MEDI_DETAIL_CHANNEL_ZERO_FLAVOR_H

#include "medi/detail/blocked_on.h"
#include "medi/detail/channel/backoff.h"
#include "medi/detail/channel/waker.h"
#include "medi/detail/spin_lock.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>

namespace medi::detail {

// Where a waiting party's value is (a sender's, from the start) or goes (a receiver's).
template <class T> struct RendezvousPacket {
  std::optional<T> value;
  std::atomic<bool> ready{false}; // value delivered (to a receiver's packet) or taken (sender's)

  void wait_ready() const noexcept {
    Backoff backoff;
    while (!ready.load(std::memory_order_acquire))
      backoff.snooze();
  }
};

template <class T> class ZeroFlavor {
public:
  using Packet = RendezvousPacket<T>;
  struct Token {
    Packet *packet = nullptr; // the counterpart's; null: disconnected
    WaitContext *counterpart = nullptr;
  };

  /// Pairs with a waiting receiver (true, token set), finds the channel disconnected (true,
  /// null), or finds no receiver (false).
  bool start_send(Token &token) {
    std::lock_guard lock(lock_);
    return start_locked(receivers_, token);
  }
  /// Moves the value into the paired receiver's packet and wakes it.
  bool write(Token &token, T &value) {
    if (!token.packet)
      return false;
    token.packet->value.emplace(std::move(value));
    token.packet->ready.store(true, std::memory_order_release);
    token.counterpart->unpark();
    return true;
  }

  bool start_recv(Token &token) {
    std::lock_guard lock(lock_);
    return start_locked(senders_, token);
  }
  /// Takes the paired sender's value: a waiting sender's packet holds it from the start.
  template <class Out> bool read(Token &token, Out &out) {
    if (!token.packet)
      return false;
    Packet *packet = token.packet;
    out.emplace(std::move(*packet->value));
    packet->value.reset();
    packet->ready.store(true, std::memory_order_release); // taken: the sender may go on
    token.counterpart->unpark();
    return true;
  }

  /// Blocks (or not, past `deadline`) until a receiver takes `value`. On failure `value` is
  /// untouched and the result says why: kAborted (timeout) or kDisconnected. `why`, when given,
  /// is recorded for the deadlock watch once the send has to wait (not when a receiver waits).
  /// Inlined into its one caller (ChannelState's out-of-line wait): a call layer less per
  /// rendezvous.
  [[gnu::always_inline]] std::uintptr_t
  send_blocking(T &value, std::optional<WaitContext::Clock::time_point> deadline,
                const BlockedOn *why = nullptr) {
    std::unique_lock lock(lock_);
    Token token;
    if (start_locked(receivers_, token)) {
      lock.unlock();
      return write(token, value) ? kDone : WaitContext::kDisconnected;
    }
    if (deadline && WaitContext::Clock::now() >= *deadline)
      return WaitContext::kAborted;
    WaitContext context;
    if (!deadline)
      context.mark_selected_under_lock(); // only holders of lock_ select it
    Packet packet;
    packet.value.emplace(std::move(value));
    const auto operation = reinterpret_cast<std::uintptr_t>(&packet);
    senders_.register_operation(operation, context, &packet);
    lock.unlock();
    std::optional<BlockingScope> blocking_scope;
    if (why)
      blocking_scope.emplace(*why, context.task());
    const std::uintptr_t selected = context.wait_until(deadline);
    if (selected == operation) { // a receiver took it (and set ready before waking us)
      packet.wait_ready();
      return kDone;
    }
    lock.lock();
    senders_.unregister(operation);
    // Hand it back into the caller's object (T need only be move-constructible).
    std::destroy_at(&value);
    std::construct_at(&value, std::move(*packet.value));
    return selected;
  }

  /// Blocks until a sender hands over a value; kDone with `out` set, else kAborted or
  /// kDisconnected.
  template <class Out>
  [[gnu::always_inline]] std::uintptr_t
  recv_blocking(Out &out, std::optional<WaitContext::Clock::time_point> deadline,
                const BlockedOn *why = nullptr) {
    std::unique_lock lock(lock_);
    Token token;
    if (start_locked(senders_, token)) {
      lock.unlock();
      return read(token, out) ? kDone : WaitContext::kDisconnected;
    }
    if (deadline && WaitContext::Clock::now() >= *deadline)
      return WaitContext::kAborted;
    WaitContext context;
    if (!deadline)
      context.mark_selected_under_lock();
    Packet packet;
    const auto operation = reinterpret_cast<std::uintptr_t>(&packet);
    receivers_.register_operation(operation, context, &packet);
    lock.unlock();
    std::optional<BlockingScope> blocking_scope;
    if (why)
      blocking_scope.emplace(*why, context.task());
    const std::uintptr_t selected = context.wait_until(deadline);
    if (selected == operation) {
      packet.wait_ready();
      out.emplace(std::move(*packet.value));
      return kDone;
    }
    lock.lock();
    receivers_.unregister(operation);
    return selected;
  }

  bool disconnect() noexcept {
    std::lock_guard lock(lock_);
    if (disconnected_)
      return false;
    disconnected_ = true;
    senders_.disconnect();
    receivers_.disconnect();
    return true;
  }
  bool is_disconnected() const noexcept {
    std::lock_guard lock(lock_);
    return disconnected_;
  }
  /// A counterpart waits: a send (or receive) would complete at once.
  /// Whether a receiver (sender) other than the caller waits: a select's readiness check.
  bool receiver_waiting() const noexcept {
    std::lock_guard lock(lock_);
    return receivers_.has_other_waiter();
  }
  bool sender_waiting() const noexcept {
    std::lock_guard lock(lock_);
    return senders_.has_other_waiter();
  }

  // select(): register a selecting party with its packet (holding the value, for a send).
  void register_select(bool sending, std::uintptr_t operation, WaitContext &context,
                       Packet *packet) {
    std::lock_guard lock(lock_);
    (sending ? senders_ : receivers_).register_operation(operation, context, packet);
  }
  /// Removes a selecting party that was not selected here; returns its packet to free, if any.
  Packet *unregister_select(bool sending, std::uintptr_t operation) noexcept {
    std::lock_guard lock(lock_);
    auto entry = (sending ? senders_ : receivers_).unregister(operation);
    return entry ? static_cast<Packet *>(entry->packet) : nullptr;
  }

  static constexpr std::uintptr_t kDone = ~std::uintptr_t{0};

private:
  bool start_locked(Waker &counterparts, Token &token) noexcept {
    if (auto entry = counterparts.try_select()) {
      token.packet = static_cast<Packet *>(entry->packet);
      token.counterpart = entry->context;
      return true;
    }
    if (disconnected_) {
      token.packet = nullptr;
      return true;
    }
    return false;
  }

  mutable SpinLock lock_;
  Waker senders_;   // guarded by lock_
  Waker receivers_; // guarded by lock_
  bool disconnected_ = false;
};

} // namespace medi::detail

#endif // MEDI_DETAIL_CHANNEL_ZERO_FLAVOR_H
