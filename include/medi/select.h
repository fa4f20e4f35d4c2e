// medi/select.h: wait on several channel operations at once and complete exactly one.
//
//   medi::select(
//       medi::on_recv(readings, [&](std::expected<Reading, medi::RecvError> r) { ... }),
//       medi::on_recv(commands, [&](auto command) { ... }),
//       medi::on_send(alerts, Alert{...}, [&](std::expected<void, medi::SendError<Alert>> s) { ...
//       }));
//
// select() blocks until one case completes, runs that case's handler, and returns its index.
// A case completes when its operation succeeds or when its channel is disconnected (the handler
// then gets the error, reported only when the operation itself would be: a send's, whose value
// comes back in it; the end of a stream is not). select_for / select_until give up at a
// deadline and return nullopt, try_select does not wait at all; the handlers of the
// cases not chosen never run, and a send case that did not happen keeps its value. The default
// is fair: each round starts at a random case, so no ready channel is starved. The _biased
// variants try the cases in order, for priorities.
#ifndef MEDI_SELECT_H
#define MEDI_SELECT_H

#include "medi/channel.h"
#include "medi/detail/channel/select_case.h"
#include "medi/detail/realtime_check.h"

#include <array>
#include <chrono>
#include <expected>
#include <optional>
#include <source_location>
#include <type_traits>
#include <utility>
#include <variant>

namespace medi {
namespace detail {

template <class... Fs> struct Overloaded : Fs... {
  using Fs::operator()...;
};
template <class... Fs> Overloaded(Fs...) -> Overloaded<Fs...>;

template <class T, ChannelFamily Family, class F> class RecvCase final : public SelectCase {
public:
  RecvCase(ChannelState<T> *state, F handler, SourceSite location)
      : state_(state), handler_(std::move(handler)), location_(location) {}
  RecvCase(RecvCase &&) = default;
  ~RecvCase() { delete packet_; }

  bool try_complete() override {
    if (!state_)
      return fail(ChannelFailure::EmptyHandle);
    std::optional<T> value;
    switch (state_->try_recv(value)) {
    case ChannelStatus::Ok:
      handler_(std::expected<T, RecvError>(std::move(*value)));
      return true;
    case ChannelStatus::Disconnected:
      return fail(ChannelFailure::Disconnected);
    default:
      return false;
    }
  }
  void register_wait(WaitContext &context) override {
    std::visit(
        Overloaded{[&](ZeroFlavor<T> &zero) {
                     packet_ = new RendezvousPacket<T>();
                     zero.register_select(false, id(), context, packet_);
                   },
                   [&](auto &flavor) { flavor.receivers.register_operation(id(), context); }},
        state_->flavor());
  }
  bool ready() const override {
    return std::visit(Overloaded{[](const ZeroFlavor<T> &zero) {
                                   return zero.sender_waiting() || zero.is_disconnected();
                                 },
                                 [](const auto &flavor) {
                                   return !flavor.is_empty() || flavor.is_disconnected();
                                 }},
                      state_->flavor());
  }
  void unregister() noexcept override {
    std::visit(Overloaded{[&](ZeroFlavor<T> &zero) {
                            delete zero.unregister_select(false, id());
                            packet_ = nullptr;
                          },
                          [&](auto &flavor) { flavor.receivers.unregister(id()); }},
               state_->flavor());
  }
  SourceSite where() const noexcept override { return location_; }
  bool complete_selected() override {
    if (!packet_)
      return try_complete();
    // A sender paired with us and wrote into our packet before waking us.
    packet_->wait_ready();
    std::optional<T> value = std::move(packet_->value);
    delete std::exchange(packet_, nullptr);
    handler_(std::expected<T, RecvError>(std::move(*value)));
    return true;
  }

private:
  bool fail(ChannelFailure failure) {
    report_channel_failure(Family, ChannelOp::Recv, failure, location_, state_);
    handler_(std::expected<T, RecvError>(std::unexpected(RecvError{})));
    return true;
  }

  ChannelState<T> *state_;
  F handler_;
  SourceSite location_;
  RendezvousPacket<T> *packet_ = nullptr; // registered with a rendezvous channel
};

template <class T, ChannelFamily Family, class F> class SendCase final : public SelectCase {
public:
  SendCase(ChannelState<T> *state, T value, F handler, SourceSite location)
      : state_(state), value_(std::move(value)), handler_(std::move(handler)), location_(location) {
  }
  SendCase(SendCase &&) = default;
  ~SendCase() { delete packet_; }

  bool try_complete() override {
    if (!state_)
      return fail(ChannelFailure::EmptyHandle);
    switch (state_->try_send(*value_)) {
    case ChannelStatus::Ok:
      handler_(std::expected<void, SendError<T>>());
      return true;
    case ChannelStatus::Disconnected:
      return fail(ChannelFailure::Disconnected);
    default:
      return false;
    }
  }
  void register_wait(WaitContext &context) override {
    std::visit(Overloaded{[&](ZeroFlavor<T> &zero) {
                            packet_ = new RendezvousPacket<T>();
                            packet_->value.emplace(std::move(*value_)); // waits in the packet
                            zero.register_select(true, id(), context, packet_);
                          },
                          [&](auto &flavor) { flavor.senders.register_operation(id(), context); }},
               state_->flavor());
  }
  bool ready() const override {
    return std::visit(Overloaded{[](const ZeroFlavor<T> &zero) {
                                   return zero.receiver_waiting() || zero.is_disconnected();
                                 },
                                 [](const auto &flavor) {
                                   return !flavor.is_full() || flavor.is_disconnected();
                                 }},
                      state_->flavor());
  }
  void unregister() noexcept override {
    std::visit(Overloaded{[&](ZeroFlavor<T> &zero) {
                            if (RendezvousPacket<T> *packet = zero.unregister_select(true, id()))
                              value_.emplace(std::move(*packet->value)); // not sent: keep it
                            delete std::exchange(packet_, nullptr);
                          },
                          [&](auto &flavor) { flavor.senders.unregister(id()); }},
               state_->flavor());
  }
  SourceSite where() const noexcept override { return location_; }
  bool complete_selected() override {
    if (!packet_)
      return try_complete();
    packet_->wait_ready(); // a receiver took the value before waking us
    delete std::exchange(packet_, nullptr);
    handler_(std::expected<void, SendError<T>>());
    return true;
  }

private:
  bool fail(ChannelFailure failure) {
    report_channel_failure(Family, ChannelOp::Send, failure, location_, state_);
    handler_(std::expected<void, SendError<T>>(std::unexpect, SendError<T>{std::move(*value_)}));
    return true;
  }

  ChannelState<T> *state_;
  std::optional<T> value_;
  F handler_;
  SourceSite location_;
  RendezvousPacket<T> *packet_ = nullptr;
};

template <class... Cases>
std::size_t select_cases(bool fair, std::optional<SteadyClock::time_point> deadline,
                         Cases &...cases) {
  static_assert(sizeof...(Cases) > 0, "select needs at least one case");
  static_assert((std::is_base_of_v<SelectCase, Cases> && ...),
                "select takes cases made by medi::on_recv and medi::on_send");
  const std::array<SelectCase *, sizeof...(Cases)> all{&cases...};
  const RealtimeCheck realtime_check("a blocking select", all[0]->where(),
                                     !deadline || SteadyClock::now() < *deadline);
  return run_select(all, fair, deadline);
}

/// A timed select's result: a case's index, or nullopt when none completed (timed out, or the
/// calling task was cancelled).
inline std::optional<std::size_t> none_as_nullopt(std::size_t result) noexcept {
  return result == kSelectTimedOut || result == kSelectCancelled ? std::nullopt
                                                                 : std::optional(result);
}

} // namespace detail

/// A receive case: `handler(std::expected<T, RecvError>)` runs if it is the one that completes.
template <class T, detail::ChannelFamily Family, class F>
auto on_recv(const detail::ReceiverOps<T, Family> &receiver, F handler,
             std::source_location location = std::source_location::current()) {
  static_assert(std::is_invocable_v<F &, std::expected<T, RecvError>>,
                "on_recv's handler takes std::expected<T, medi::RecvError>");
  return detail::RecvCase<T, Family, F>(detail::ChannelAccess::state(receiver), std::move(handler),
                                        location);
}

/// A send case: `value` is sent if this case is the one that completes, and
/// `handler(std::expected<void, SendError<T>>)` runs then.
template <class T, detail::ChannelFamily Family, class F>
auto on_send(const detail::SenderOps<T, Family> &sender, std::type_identity_t<T> value, F handler,
             std::source_location location = std::source_location::current()) {
  static_assert(std::is_invocable_v<F &, std::expected<void, SendError<T>>>,
                "on_send's handler takes std::expected<void, medi::SendError<T>>");
  return detail::SendCase<T, Family, F>(detail::ChannelAccess::state(sender), std::move(value),
                                        std::move(handler), location);
}

/// What select() returns in a cancelled task (medi/cancellation.h) instead of waiting: no case
/// completed.
inline constexpr std::size_t select_cancelled = detail::kSelectCancelled;

/// Blocks until one case completes; returns its index (or select_cancelled). Fair: starts at a
/// random case.
template <class... Cases> std::size_t select(Cases &&...cases) {
  return detail::select_cases(true, std::nullopt, cases...);
}
/// As select(), trying the cases in order (the first ready one wins).
template <class... Cases> std::size_t select_biased(Cases &&...cases) {
  return detail::select_cases(false, std::nullopt, cases...);
}
/// As select(), giving up at `deadline` (nullopt: no case completed, the deadline passed or the
/// calling task was cancelled; this_task::is_cancelled() tells which). A deadline already passed
/// makes a select that does not wait (Go's `default`): it still completes a case if one is
/// ready throughout the call.
template <class... Cases>
std::optional<std::size_t> select_until(std::chrono::steady_clock::time_point deadline,
                                        Cases &&...cases) {
  return detail::none_as_nullopt(detail::select_cases(true, deadline, cases...));
}
template <class Rep, class Period, class... Cases>
std::optional<std::size_t> select_for(std::chrono::duration<Rep, Period> timeout,
                                      Cases &&...cases) {
  return select_until(std::chrono::steady_clock::now() +
                          std::chrono::ceil<std::chrono::steady_clock::duration>(timeout),
                      cases...);
}
template <class... Cases>
std::optional<std::size_t> select_biased_until(std::chrono::steady_clock::time_point deadline,
                                               Cases &&...cases) {
  return detail::none_as_nullopt(detail::select_cases(false, deadline, cases...));
}
/// Completes a ready case, or returns nullopt at once (Go's select with a `default`).
template <class... Cases> std::optional<std::size_t> try_select(Cases &&...cases) {
  return detail::none_as_nullopt(
      detail::select_cases(true, std::chrono::steady_clock::time_point::min(), cases...));
}

} // namespace medi

#endif // MEDI_SELECT_H
