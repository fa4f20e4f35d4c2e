// medi/detail/channel/channel_state.h: one channel as its handles share it: the flavor that
// holds the values, the counts of senders and receivers, and the blocking send/recv loops.
// Internal; medi/channel.h is the API.
#ifndef MEDI_DETAIL_CHANNEL_CHANNEL_STATE_H
#define MEDI_DETAIL_CHANNEL_CHANNEL_STATE_H

#include "medi/detail/blocked_on.h"
#include "medi/detail/cache_padding.h"
#include "medi/detail/channel/array_flavor.h"
#include "medi/detail/channel/list_flavor.h"
#include "medi/detail/channel/zero_flavor.h"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <optional>
#include <type_traits>
#include <variant>

namespace medi::detail {

/// Cancelled: the calling task was cancelled (medi/cancellation.h) when it would have waited.
enum class ChannelStatus : std::uint8_t { Ok, Full, Empty, Disconnected, Timeout, Cancelled };

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
  // The attempts that need no wait are written out per flavor and inlined into the handle's
  // call: a switch on the flavor, the flavor's lock-free reservation and its write or read. What
  // may wait (a full or empty buffer, any rendezvous) is out of line.

  /// Sends if it can now: Ok, Full (no room; for a rendezvous, no receiver waiting) or
  /// Disconnected. On failure `value` is untouched.
  [[gnu::always_inline]] ChannelStatus try_send(T &value) {
    switch (flavor_.index()) {
    case kArrayIndex:
      return try_send_on(flavor_at<kArrayIndex>(), value);
    case kListIndex:
      return try_send_on(flavor_at<kListIndex>(), value);
    default:
      return try_send_on(flavor_at<kZeroIndex>(), value);
    }
  }
  /// Receives if a value is ready: Ok (with `out` set), Empty or Disconnected.
  [[gnu::always_inline]] ChannelStatus try_recv(std::optional<T> &out) {
    switch (flavor_.index()) {
    case kArrayIndex:
      return try_recv_on(flavor_at<kArrayIndex>(), out);
    case kListIndex:
      return try_recv_on(flavor_at<kListIndex>(), out);
    default:
      return try_recv_on(flavor_at<kZeroIndex>(), out);
    }
  }

  /// A blocking send: Ok, Disconnected, Timeout once `deadline` passes, or Cancelled when the
  /// calling task is cancelled instead of waiting; on failure `value` is
  /// untouched. Once it has to wait it records `op` and `site` for the deadlock watch
  /// (medi/detail/blocked_on.h): a send that needs no wait pays nothing for the record. The
  /// rendezvous flavor tries and waits in one lock trip and opens the record itself.
  ///
  /// The deadline and the op go by reference (the op tags are constants), so that `site` fits
  /// the argument registers of the out-of-line wait: passed on the stack, it is stored in two
  /// halves and reloaded whole, and the reload waits for the stores to retire (a load is
  /// forwarded from a single store only), on every wait.
  [[gnu::always_inline]] ChannelStatus send_waiting(T &value, const Deadline &deadline,
                                                    const std::string_view &op, SourceSite site) {
    if (flavor_.index() != kZeroIndex) [[likely]] {
      const ChannelStatus status = try_send(value);
      if (status != ChannelStatus::Full) [[likely]]
        return status;
    }
    return send_after_waiting(value, deadline, op, site);
  }
  /// A blocking receive: Ok (with `out` set), Disconnected, Timeout or Cancelled; as
  /// send_waiting.
  [[gnu::always_inline]] ChannelStatus recv_waiting(std::optional<T> &out, const Deadline &deadline,
                                                    const std::string_view &op, SourceSite site) {
    if (flavor_.index() != kZeroIndex) [[likely]] {
      const ChannelStatus status = try_recv(out);
      if (status != ChannelStatus::Empty) [[likely]]
        return status;
    }
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
  static constexpr std::size_t kArrayIndex = 0, kListIndex = 1, kZeroIndex = 2;
  static Flavors make_flavor(std::size_t capacity) {
    if (capacity == kUnbounded)
      return Flavors(std::in_place_index<kListIndex>);
    if (capacity == 0)
      return Flavors(std::in_place_index<kZeroIndex>);
    return Flavors(std::in_place_index<kArrayIndex>, capacity);
  }

  /// The flavor the channel has, once its index has been checked: get_if without the null
  /// test (g++ 12 otherwise warns of a null `this` on paths the index check rules out).
  template <std::size_t Index> [[gnu::always_inline]] auto &flavor_at() noexcept {
    auto *flavor = std::get_if<Index>(&flavor_);
    if (!flavor)
      __builtin_unreachable();
    return *flavor;
  }

  template <class F> [[gnu::always_inline]] static ChannelStatus try_send_on(F &flavor, T &value) {
    typename F::Token token;
    if (!flavor.start_send(token)) [[unlikely]]
      return ChannelStatus::Full;
    return flavor.write(token, value) ? ChannelStatus::Ok : ChannelStatus::Disconnected;
  }
  template <class F>
  [[gnu::always_inline]] static ChannelStatus try_recv_on(F &flavor, std::optional<T> &out) {
    typename F::Token token;
    if (!flavor.start_recv(token))
      return ChannelStatus::Empty;
    return flavor.read(token, out) ? ChannelStatus::Ok : ChannelStatus::Disconnected;
  }
  // The rendezvous flavor's attempt takes its lock and may wake a waiter: not worth inlining.
  [[gnu::noinline]] static ChannelStatus try_send_on(ZeroFlavor<T> &flavor, T &value) {
    typename ZeroFlavor<T>::Token token;
    if (!flavor.start_send(token))
      return ChannelStatus::Full;
    return flavor.write(token, value) ? ChannelStatus::Ok : ChannelStatus::Disconnected;
  }
  [[gnu::noinline]] static ChannelStatus try_recv_on(ZeroFlavor<T> &flavor, std::optional<T> &out) {
    typename ZeroFlavor<T>::Token token;
    if (!flavor.start_recv(token))
      return ChannelStatus::Empty;
    return flavor.read(token, out) ? ChannelStatus::Ok : ChannelStatus::Disconnected;
  }

  [[gnu::noinline]] ChannelStatus send_after_waiting(T &value, const Deadline &deadline,
                                                     const std::string_view &op, SourceSite site) {
    const BlockedOn why{.op = op, .site = site, .timed = deadline.has_value(), .channel = this};
    if (auto *zero = std::get_if<kZeroIndex>(&flavor_))
      return zero_status(zero->send_blocking(value, deadline, &why));
    TaskControl *const task = current_task(); // looked up once for the whole wait
    const BlockingScope blocking_scope(why, task);
    if (auto *array = std::get_if<kArrayIndex>(&flavor_))
      return send_blocking_on(*array, value, deadline, task);
    return send_blocking_on(flavor_at<kListIndex>(), value, deadline, task);
  }
  [[gnu::noinline]] ChannelStatus recv_after_waiting(std::optional<T> &out,
                                                     const Deadline &deadline,
                                                     const std::string_view &op, SourceSite site) {
    const BlockedOn why{.op = op, .site = site, .timed = deadline.has_value(), .channel = this};
    if (auto *zero = std::get_if<kZeroIndex>(&flavor_))
      return zero_status(zero->recv_blocking(out, deadline, &why));
    TaskControl *const task = current_task(); // looked up once for the whole wait
    const BlockingScope blocking_scope(why, task);
    if (auto *array = std::get_if<kArrayIndex>(&flavor_))
      return recv_blocking_on(*array, out, deadline, task);
    return recv_blocking_on(flavor_at<kListIndex>(), out, deadline, task);
  }

  void disconnect() noexcept {
    std::visit([](auto &flavor) { flavor.disconnect(); }, flavor_);
  }

  static bool expired(const Deadline &deadline) noexcept {
    return deadline && Clock::now() >= *deadline;
  }

  // The buffered flavors' waits (the rendezvous flavor waits in its own lock trip).
  // send_blocking_on and recv_blocking_on mirror each other on purpose: a loop shared through
  // lambdas keeps its state in a closure the compiler does not keep in registers, and this loop
  // is every blocked message's path (bench/chan/channel_bench.cpp shows the difference).
  template <class F>
  static ChannelStatus send_blocking_on(F &flavor, T &value, const Deadline &deadline,
                                        TaskControl *task) {
    typename F::Token token;
    for (bool first = true;; first = false) {
      // A task registers at once the first time: send_waiting has just found the channel
      // full, and the look after registering catches what changed since.
      for (Backoff backoff; !first || !task;) {
        if (flavor.start_send(token))
          return flavor.write(token, value) ? ChannelStatus::Ok : ChannelStatus::Disconnected;
        if (backoff.completed() || task)
          break; // a task parks at once: spinning would only hold its worker
        backoff.snooze();
      }
      if (expired(deadline))
        return ChannelStatus::Timeout;
      WaitContext context(task, /*for_select=*/false);
      // A task without a deadline is selected only by holders of the waiting list's lock. (A
      // thread keeps the compare-exchange: it spins before parking, and its look back under the
      // lock would contend with the selectors it waits for.)
      const bool under_lock = task && !deadline && context.mark_selected_under_lock();
      const auto operation = reinterpret_cast<std::uintptr_t>(&token);
      // A buffered channel's receiver may complete the send for us (ArrayFlavor's hand-off).
      SendOffer<T> offer{&value};
      void *packet = nullptr;
      if constexpr (std::is_same_v<F, ArrayFlavor<T>> && kCanHandOff<T>)
        packet = &offer;
      flavor.senders.register_operation(operation, context, packet);
      if (!flavor.is_full() || flavor.is_disconnected()) { // ready meanwhile: try again at once
        if (!under_lock)
          context.try_select(WaitContext::kAborted);
        else if (flavor.senders.unregister(operation))
          continue;
        // else a selector has taken it already: its outcome is the answer
      }
      const std::uintptr_t selected = context.wait_until(deadline);
      if (selected != operation)
        flavor.senders.unregister(operation);
      else if (offer.delivered)
        return ChannelStatus::Ok; // put into the ring for us
      if (selected == WaitContext::kCancelled)
        return ChannelStatus::Cancelled;
    }
  }
  static ChannelStatus zero_status(std::uintptr_t result) noexcept {
    switch (result) {
    case ZeroFlavor<T>::kDone:
      return ChannelStatus::Ok;
    case WaitContext::kAborted:
      return ChannelStatus::Timeout;
    case WaitContext::kCancelled:
      return ChannelStatus::Cancelled;
    default:
      return ChannelStatus::Disconnected;
    }
  }

  template <class F>
  static ChannelStatus recv_blocking_on(F &flavor, std::optional<T> &out, const Deadline &deadline,
                                        TaskControl *task) {
    typename F::Token token;
    for (bool first = true;; first = false) {
      // A task registers at once the first time: recv_waiting has just found the channel
      // empty, and the look after registering catches what changed since.
      for (Backoff backoff; !first || !task;) {
        if (flavor.start_recv(token))
          return flavor.read(token, out) ? ChannelStatus::Ok : ChannelStatus::Disconnected;
        if (backoff.completed() || task)
          break;
        backoff.snooze();
      }
      if (expired(deadline))
        return ChannelStatus::Timeout;
      WaitContext context(task, /*for_select=*/false);
      // A task without a deadline is selected only by holders of the waiting list's lock. (A
      // thread keeps the compare-exchange: it spins before parking, and its look back under the
      // lock would contend with the selectors it waits for.)
      const bool under_lock = task && !deadline && context.mark_selected_under_lock();
      const auto operation = reinterpret_cast<std::uintptr_t>(&token);
      // A sender may take our value out for us (the buffered flavors' hand-off).
      RecvOffer<T> offer{&out};
      void *packet = nullptr;
      if constexpr (kCanHandOff<T>)
        packet = &offer;
      flavor.receivers.register_operation(operation, context, packet);
      if (!flavor.is_empty() || flavor.is_disconnected()) { // ready meanwhile: try again at once
        if (!under_lock)
          context.try_select(WaitContext::kAborted);
        else if (flavor.receivers.unregister(operation))
          continue;
        // else a selector has taken it already: its outcome is the answer
      }
      const std::uintptr_t selected = context.wait_until(deadline);
      if (selected != operation)
        flavor.receivers.unregister(operation);
      else if (offer.delivered)
        return ChannelStatus::Ok; // taken out of the ring for us
      if (selected == WaitContext::kCancelled)
        return ChannelStatus::Cancelled;
    }
  }
  template <class F> static std::size_t len_of(const F &flavor) noexcept { return flavor.len(); }
  static std::size_t len_of(const ZeroFlavor<T> &) noexcept { return 0; }

  Flavors flavor_;
  const bool bounded_;
  alignas(kCachePadding) std::atomic<std::size_t> senders_{1};
  std::atomic<std::size_t> receivers_{1};
  std::atomic<bool> destroy_{false};
};

} // namespace medi::detail

#endif // MEDI_DETAIL_CHANNEL_CHANNEL_STATE_H
