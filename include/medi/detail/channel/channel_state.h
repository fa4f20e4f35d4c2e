// medi/detail/channel/channel_state.h: one channel as its handles share it: the flavor that
// holds the values, the counts of senders and receivers, and the blocking send/recv loops.
// Internal; medi/channel.h is the API.
#ifndef MEDI_DETAIL_CHANNEL_CHANNEL_STATE_H
#define MEDI_DETAIL_CHANNEL_CHANNEL_STATE_H

#include "medi/detail/blocked_on.h"
#include "medi/detail/channel/array_flavor.h"
#include "medi/detail/channel/list_flavor.h"
#include "medi/detail/channel/zero_flavor.h"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <optional>
#include <variant>

namespace medi::detail {

enum class ChannelStatus : std::uint8_t { Ok, Full, Empty, Disconnected, Timeout };

template <class T> class ChannelState {
public:
  using Clock = WaitContext::Clock;
  using Deadline = std::optional<Clock::time_point>;
  static constexpr std::size_t kUnbounded = ~std::size_t{0};

  explicit ChannelState(std::size_t capacity)
      : flavor_(make_flavor(capacity)), bounded_(capacity != kUnbounded) {}

  // --- handles ------------------------------------------------------------------------------
  void add_sender() noexcept { senders_.fetch_add(1, std::memory_order_relaxed); }
  void add_receiver() noexcept { receivers_.fetch_add(1, std::memory_order_relaxed); }
  /// The last sender (receiver) disconnects the channel; the last handle of all frees it, and
  /// with it every value still buffered.
  void release_sender() noexcept {
    if (senders_.fetch_sub(1, std::memory_order_acq_rel) == 1) {
      disconnect();
      if (destroy_.exchange(true, std::memory_order_acq_rel))
        delete this;
    }
  }
  void release_receiver() noexcept {
    if (receivers_.fetch_sub(1, std::memory_order_acq_rel) == 1) {
      disconnect();
      if (destroy_.exchange(true, std::memory_order_acq_rel))
        delete this;
    }
  }

  // --- operations ---------------------------------------------------------------------------
  /// Ok, Full (try only), Disconnected or Timeout; on failure `value` is untouched.
  ChannelStatus send(T &value, bool may_block, Deadline deadline) {
    return std::visit([&](auto &flavor) { return send_on(flavor, value, may_block, deadline); },
                      flavor_);
  }
  /// Ok (with `out` set), Empty (try only), Disconnected or Timeout.
  ChannelStatus recv(std::optional<T> &out, bool may_block, Deadline deadline) {
    return std::visit([&](auto &flavor) { return recv_on(flavor, out, may_block, deadline); },
                      flavor_);
  }

  /// A blocking send (recv) that, once it has to wait, records `op` and `site` for the deadlock
  /// watch (medi/detail/blocked_on.h). Its first attempt is the non-blocking one, so a send that
  /// needs no wait pays nothing for the record; the rendezvous flavor makes both in one lock
  /// trip and opens the record itself once it knows it waits.
  ChannelStatus send_waiting(T &value, Deadline deadline, std::string_view op, SourceSite site) {
    if (auto *zero = std::get_if<ZeroFlavor<T>>(&flavor_)) {
      const BlockedOn why{.op = op, .site = site, .timed = deadline.has_value()};
      return zero_status(zero->send_blocking(value, deadline, &why));
    }
    const ChannelStatus status = send(value, false, std::nullopt);
    if (status != ChannelStatus::Full) [[likely]]
      return status;
    return send_after_waiting(value, deadline, op, site);
  }
  ChannelStatus recv_waiting(std::optional<T> &out, Deadline deadline, std::string_view op,
                             SourceSite site) {
    if (auto *zero = std::get_if<ZeroFlavor<T>>(&flavor_)) {
      const BlockedOn why{.op = op, .site = site, .timed = deadline.has_value()};
      return zero_status(zero->recv_blocking(out, deadline, &why));
    }
    const ChannelStatus status = recv(out, false, std::nullopt);
    if (status != ChannelStatus::Empty) [[likely]]
      return status;
    return recv_after_waiting(out, deadline, op, site);
  }

  std::size_t len() const noexcept {
    return std::visit([](const auto &flavor) -> std::size_t { return len_of(flavor); }, flavor_);
  }
  /// The capacity, or nullopt when unbounded.
  std::optional<std::size_t> capacity() const noexcept {
    if (!bounded_)
      return std::nullopt;
    if (std::holds_alternative<ZeroFlavor<T>>(flavor_))
      return 0;
    return std::get<ArrayFlavor<T>>(flavor_).capacity();
  }
  bool is_disconnected() const noexcept {
    return std::visit([](const auto &flavor) { return flavor.is_disconnected(); }, flavor_);
  }

  std::variant<ArrayFlavor<T>, ListFlavor<T>, ZeroFlavor<T>> &flavor() noexcept { return flavor_; }

private:
  using Flavors = std::variant<ArrayFlavor<T>, ListFlavor<T>, ZeroFlavor<T>>;
  static Flavors make_flavor(std::size_t capacity) {
    if (capacity == kUnbounded)
      return Flavors(std::in_place_index<1>);
    if (capacity == 0)
      return Flavors(std::in_place_index<2>);
    return Flavors(std::in_place_index<0>, capacity);
  }

  [[gnu::noinline]] ChannelStatus send_after_waiting(T &value, Deadline deadline,
                                                     std::string_view op, SourceSite site) {
    const BlockedOn why{.op = op, .site = site, .timed = deadline.has_value()};
    const BlockingScope blocking_scope(why);
    return send(value, true, deadline);
  }
  [[gnu::noinline]] ChannelStatus recv_after_waiting(std::optional<T> &out, Deadline deadline,
                                                     std::string_view op, SourceSite site) {
    const BlockedOn why{.op = op, .site = site, .timed = deadline.has_value()};
    const BlockingScope blocking_scope(why);
    return recv(out, true, deadline);
  }

  void disconnect() noexcept {
    std::visit([](auto &flavor) { flavor.disconnect(); }, flavor_);
  }

  static bool expired(const Deadline &deadline) noexcept {
    return deadline && Clock::now() >= *deadline;
  }

  // send_on and recv_on mirror each other on purpose: one loop shared through lambdas measured
  // 30-40% slower per message (bench/chan/channel_bench.cpp), so the hot path stays written out.
  template <class F>
  static ChannelStatus send_on(F &flavor, T &value, bool may_block, const Deadline &deadline) {
    typename F::Token token;
    for (;;) {
      Backoff backoff;
      for (;;) {
        if (flavor.start_send(token))
          return flavor.write(token, value) ? ChannelStatus::Ok : ChannelStatus::Disconnected;
        if (!may_block)
          return ChannelStatus::Full;
        if (backoff.completed() || in_task())
          break; // a task parks at once: spinning would only hold its worker
        backoff.snooze();
      }
      if (expired(deadline))
        return ChannelStatus::Timeout;
      WaitContext context;
      const auto operation = reinterpret_cast<std::uintptr_t>(&token);
      flavor.senders.register_operation(operation, context);
      if (!flavor.is_full() || flavor.is_disconnected())
        context.try_select(WaitContext::kAborted); // ready meanwhile: try again at once
      const std::uintptr_t selected = context.wait_until(deadline);
      if (selected != operation)
        flavor.senders.unregister(operation);
    }
  }

  static ChannelStatus send_on(ZeroFlavor<T> &flavor, T &value, bool may_block,
                               const Deadline &deadline) {
    if (!may_block) {
      typename ZeroFlavor<T>::Token token;
      if (!flavor.start_send(token))
        return ChannelStatus::Full; // no receiver waiting
      return flavor.write(token, value) ? ChannelStatus::Ok : ChannelStatus::Disconnected;
    }
    return zero_status(flavor.send_blocking(value, deadline));
  }

  static ChannelStatus zero_status(std::uintptr_t result) noexcept {
    switch (result) {
    case ZeroFlavor<T>::kDone:
      return ChannelStatus::Ok;
    case WaitContext::kAborted:
      return ChannelStatus::Timeout;
    default:
      return ChannelStatus::Disconnected;
    }
  }

  template <class F>
  static ChannelStatus recv_on(F &flavor, std::optional<T> &out, bool may_block,
                               const Deadline &deadline) {
    typename F::Token token;
    for (;;) {
      Backoff backoff;
      for (;;) {
        if (flavor.start_recv(token))
          return flavor.read(token, out) ? ChannelStatus::Ok : ChannelStatus::Disconnected;
        if (!may_block)
          return ChannelStatus::Empty;
        if (backoff.completed() || in_task())
          break;
        backoff.snooze();
      }
      if (expired(deadline))
        return ChannelStatus::Timeout;
      WaitContext context;
      const auto operation = reinterpret_cast<std::uintptr_t>(&token);
      flavor.receivers.register_operation(operation, context);
      if (!flavor.is_empty() || flavor.is_disconnected())
        context.try_select(WaitContext::kAborted);
      const std::uintptr_t selected = context.wait_until(deadline);
      if (selected != operation)
        flavor.receivers.unregister(operation);
    }
  }

  static ChannelStatus recv_on(ZeroFlavor<T> &flavor, std::optional<T> &out, bool may_block,
                               const Deadline &deadline) {
    if (!may_block) {
      typename ZeroFlavor<T>::Token token;
      if (!flavor.start_recv(token))
        return ChannelStatus::Empty; // no sender waiting
      return flavor.read(token, out) ? ChannelStatus::Ok : ChannelStatus::Disconnected;
    }
    return zero_status(flavor.recv_blocking(out, deadline));
  }

  template <class F> static std::size_t len_of(const F &flavor) noexcept { return flavor.len(); }
  static std::size_t len_of(const ZeroFlavor<T> &) noexcept { return 0; }

  Flavors flavor_;
  const bool bounded_;
  alignas(kChannelCacheLine) std::atomic<std::size_t> senders_{1};
  std::atomic<std::size_t> receivers_{1};
  std::atomic<bool> destroy_{false};
};

} // namespace medi::detail

#endif // MEDI_DETAIL_CHANNEL_CHANNEL_STATE_H
