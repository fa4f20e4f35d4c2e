// medi/channel.h: channels between tasks and threads. See docs/channels.md.
//
//   auto [tx, rx] = medi::create_bounded_channel<int>(64);   // MPMC; 0 is a rendezvous
//   auto [utx, urx] = medi::create_unbounded_channel<int>(); // MPMC, never full
//   auto [stx, srx] = medi::create_channel<int>();           // MPSC: one receiver, unbounded
//
// Handles are values: copy (where copyable), move, assign and swap them, keep them in containers.
//
// Blocking calls park the calling task (its worker runs other tasks) or block the calling
// thread. No value is ever lost: recv() returns Disconnected only when every sender is gone
// AND the buffer is drained, a failed send hands its value back, and values still buffered when
// the last handle goes are destroyed then. What loses data or is misuse (a send no receiver can
// take, an empty handle) is reported through the diagnostics pathway with the channel's op tags
// and the caller's source context; outcomes are only returned: the end of a stream, an Empty
// try_recv, a Full try_send, a timeout, and a cancelled task's refusal to wait.
#ifndef MEDI_CHANNEL_H
#define MEDI_CHANNEL_H

#include "medi/channel/errors.h"
#include "medi/detail/channel/channel_report.h"
#include "medi/detail/channel/channel_state.h"
#include "medi/detail/realtime_check.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <expected>
#include <new>
#include <optional>
#include <source_location>
#include <utility>

namespace medi {

namespace detail {

enum class ChannelEnd : std::uint8_t { Sending, Receiving };

/// One end of a channel: each copy counts as one more sender (receiver); the last one to go
/// disconnects its side. A moved-from handle is empty.
template <class T> class ChannelHandle {
protected:
  ChannelHandle(ChannelState<T> *state, ChannelEnd end) noexcept : state_(state), end_(end) {}
  ChannelHandle(const ChannelHandle &other) noexcept : state_(other.state_), end_(other.end_) {
    if (state_)
      end_ == ChannelEnd::Sending ? state_->add_sender() : state_->add_receiver();
  }
  ChannelHandle(ChannelHandle &&other) noexcept
      : state_(std::exchange(other.state_, nullptr)), end_(other.end_) {}
  // Assignment takes the other handle's place: the channel this one held loses a sender
  // (receiver), the assigned one gains one (copy) or keeps it (move).
  ChannelHandle &operator=(const ChannelHandle &other) noexcept {
    ChannelHandle copy(other);
    swap_with(copy);
    return *this;
  }
  ChannelHandle &operator=(ChannelHandle &&other) noexcept {
    ChannelHandle moved(std::move(other));
    swap_with(moved);
    return *this;
  }
  ~ChannelHandle() {
    if (state_)
      end_ == ChannelEnd::Sending ? state_->release_sender() : state_->release_receiver();
  }

  void swap_with(ChannelHandle &other) noexcept {
    std::swap(state_, other.state_);
    std::swap(end_, other.end_);
  }

  ChannelState<T> *state_ = nullptr;
  ChannelEnd end_;

  friend struct ChannelAccess;

public:
  /// Whether both handles are ends of the same channel (false when either is empty).
  bool same_channel(const ChannelHandle &other) const noexcept {
    return state_ && state_ == other.state_;
  }
};

/// What select() needs of a handle: the channel behind it.
struct ChannelAccess {
  template <class T> static ChannelState<T> *state(const ChannelHandle<T> &handle) noexcept {
    return handle.state_;
  }
};

using SteadyClock = std::chrono::steady_clock;

/// Sending, shared by both families (`Family` picks the op tags).
template <class T, ChannelFamily Family> class SenderOps : public ChannelHandle<T> {
public:
  /// Sends, blocking while a bounded channel is full. Fails (value handed back) only when every
  /// receiver is gone.
  std::expected<void, SendError<T>>
  send(T value, std::source_location location = std::source_location::current()) const {
    const RealtimeCheck realtime_check("a blocking channel send", location);
    if (!this->state_)
      return fail_send(std::move(value), ChannelFailure::EmptyHandle, location, this->state_);
    ChannelStatus status;
    try {
      status =
          this->state_->send_waiting(value, std::nullopt, blocking_op_tag(Family, true), location);
    } catch (const std::bad_alloc &) { // nothing changed: the value is still ours
      return fail_send(std::move(value), ChannelFailure::OutOfMemory, location, this->state_);
    }
    if (status == ChannelStatus::Ok) [[likely]]
      return {};
    return fail_send(std::move(value),
                     status == ChannelStatus::Cancelled ? ChannelFailure::Cancelled
                                                        : ChannelFailure::Disconnected,
                     location, this->state_);
  }

  std::size_t len() const noexcept { return this->state_ ? this->state_->len() : 0; }
  bool is_empty() const noexcept { return len() == 0; }
  /// nullopt for an unbounded channel; 0 for a rendezvous channel.
  std::optional<std::size_t> capacity() const noexcept {
    return this->state_ ? this->state_->capacity() : std::optional<std::size_t>(0);
  }
  bool is_disconnected() const noexcept { return !this->state_ || this->state_->is_disconnected(); }

protected:
  explicit SenderOps(ChannelState<T> *state) noexcept
      : ChannelHandle<T>(state, ChannelEnd::Sending) {}

  [[gnu::noinline]] static std::unexpected<SendError<T>>
  fail_send(T &&value, ChannelFailure failure, std::source_location location, const void *channel) {
    report_channel_failure(Family, ChannelOp::Send, failure, location, channel);
    return std::unexpected(SendError<T>{std::move(value), failure == ChannelFailure::OutOfMemory,
                                        failure == ChannelFailure::Cancelled});
  }
};

/// Receiving, shared by both families.
template <class T, ChannelFamily Family> class ReceiverOps : public ChannelHandle<T> {
public:
  /// Receives, blocking while the channel is empty. Fails only when every sender is gone and
  /// nothing is left.
  std::expected<T, RecvError>
  recv(std::source_location location = std::source_location::current()) const {
    const RealtimeCheck realtime_check("a blocking channel recv", location);
    std::optional<T> value;
    const ChannelStatus status =
        this->state_ ? this->state_->recv_waiting(value, std::nullopt,
                                                  blocking_op_tag(Family, false), location)
                     : ChannelStatus::Disconnected;
    if (status == ChannelStatus::Ok) [[likely]]
      return std::move(*value);
    if (!this->state_)
      report_channel_failure(Family, ChannelOp::Recv, ChannelFailure::EmptyHandle, location,
                             this->state_);
    return std::unexpected(RecvError{status == ChannelStatus::Cancelled});
  }

  /// Receiving in a range-for: `for (auto value : rx)` runs the body for each value received
  /// (blocking between them) and ends at the end of the stream, or when the task is cancelled.
  class Iterator {
  public:
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    struct Sentinel {};

    T &operator*() noexcept { return *value_; }
    T *operator->() noexcept { return &*value_; }
    Iterator &operator++() {
      advance();
      return *this;
    }
    void operator++(int) { advance(); }
    friend bool operator==(const Iterator &it, Sentinel) noexcept { return !it.value_; }

  private:
    friend class ReceiverOps;
    Iterator(const ReceiverOps &receiver, std::source_location location)
        : receiver_(&receiver), location_(location) {
      advance();
    }
    void advance() {
      auto received = receiver_->recv(location_);
      if (received)
        value_.emplace(std::move(*received));
      else
        value_.reset();
    }
    const ReceiverOps *receiver_;
    std::source_location location_;
    std::optional<T> value_;
  };
  /// The first value (blocking for it); `location` is the range-for's.
  Iterator begin(std::source_location location = std::source_location::current()) const {
    return Iterator(*this, location);
  }
  typename Iterator::Sentinel end() const noexcept { return {}; }

  /// Receives if a value is ready. Empty is normal and not reported.
  std::expected<T, TryRecvError>
  try_recv(std::source_location location = std::source_location::current()) const {
    std::optional<T> value;
    const ChannelStatus status =
        this->state_ ? this->state_->try_recv(value) : ChannelStatus::Disconnected;
    if (status == ChannelStatus::Ok)
      return std::move(*value);
    if (status == ChannelStatus::Empty)
      return std::unexpected(TryRecvError::Empty);
    if (!this->state_)
      report_channel_failure(Family, ChannelOp::TryRecv, ChannelFailure::EmptyHandle, location,
                             this->state_);
    return std::unexpected(TryRecvError::Disconnected);
  }

  /// Receives, waiting at most until `deadline`.
  std::expected<T, RecvTimeoutError>
  recv_until(SteadyClock::time_point deadline,
             std::source_location location = std::source_location::current()) const {
    const RealtimeCheck realtime_check("a blocking channel recv", location);
    std::optional<T> value;
    const ChannelStatus status =
        this->state_
            ? this->state_->recv_waiting(value, deadline, blocking_op_tag(Family, false), location)
            : ChannelStatus::Disconnected;
    if (status == ChannelStatus::Ok)
      return std::move(*value);
    if (!this->state_)
      report_channel_failure(Family, ChannelOp::Recv, ChannelFailure::EmptyHandle, location,
                             this->state_);
    return std::unexpected(status == ChannelStatus::Timeout     ? RecvTimeoutError::Timeout
                           : status == ChannelStatus::Cancelled ? RecvTimeoutError::Cancelled
                                                                : RecvTimeoutError::Disconnected);
  }
  template <class Rep, class Period>
  std::expected<T, RecvTimeoutError>
  recv_for(std::chrono::duration<Rep, Period> timeout,
           std::source_location location = std::source_location::current()) const {
    return recv_until(SteadyClock::now() + std::chrono::ceil<SteadyClock::duration>(timeout),
                      location);
  }

  std::size_t len() const noexcept { return this->state_ ? this->state_->len() : 0; }
  bool is_empty() const noexcept { return len() == 0; }
  std::optional<std::size_t> capacity() const noexcept {
    return this->state_ ? this->state_->capacity() : std::optional<std::size_t>(0);
  }
  /// Every sender is gone (values may still be buffered: recv() drains them first).
  bool is_disconnected() const noexcept { return !this->state_ || this->state_->is_disconnected(); }

protected:
  explicit ReceiverOps(ChannelState<T> *state) noexcept
      : ChannelHandle<T>(state, ChannelEnd::Receiving) {}
};

} // namespace detail

// --- The crossbeam-style MPMC family (xchan.* op tags) ------------------------------------------

/// A sending handle of an MPMC channel. Copyable: each copy is a sender; the channel is
/// disconnected for receivers when the last one goes.
template <class T> class Sender : public detail::SenderOps<T, detail::ChannelFamily::Mpmc> {
  using Base = detail::SenderOps<T, detail::ChannelFamily::Mpmc>;

public:
  Sender() noexcept : Base(nullptr) {}
  explicit Sender(detail::ChannelState<T> *state) noexcept : Base(state) {}

  /// Sends if there is room now (a waiting receiver, for a rendezvous channel). Full is normal
  /// and not reported.
  std::expected<void, TrySendError<T>>
  try_send(T value, std::source_location location = std::source_location::current()) const {
    detail::ChannelStatus status = detail::ChannelStatus::Disconnected;
    try {
      if (this->state_)
        status = this->state_->try_send(value);
    } catch (const std::bad_alloc &) { // nothing changed: the value is still ours
      detail::report_channel_failure(detail::ChannelFamily::Mpmc, detail::ChannelOp::TrySend,
                                     detail::ChannelFailure::OutOfMemory, location, this->state_);
      return std::unexpected(TrySendError<T>{TrySendErrorKind::OutOfMemory, std::move(value)});
    }
    if (status == detail::ChannelStatus::Ok)
      return {};
    if (status == detail::ChannelStatus::Full)
      return std::unexpected(TrySendError<T>{TrySendErrorKind::Full, std::move(value)});
    detail::report_channel_failure(detail::ChannelFamily::Mpmc, detail::ChannelOp::TrySend,
                                   this->state_ ? detail::ChannelFailure::Disconnected
                                                : detail::ChannelFailure::EmptyHandle,
                                   location, this->state_);
    return std::unexpected(TrySendError<T>{TrySendErrorKind::Disconnected, std::move(value)});
  }

  /// Sends, waiting at most until `deadline` for room.
  std::expected<void, SendTimeoutError<T>>
  send_until(T value, detail::SteadyClock::time_point deadline,
             std::source_location location = std::source_location::current()) const {
    const detail::RealtimeCheck realtime_check("a blocking channel send", location);
    detail::ChannelStatus status = detail::ChannelStatus::Disconnected;
    try {
      if (this->state_)
        status = this->state_->send_waiting(value, deadline, op::xchan_send, location);
    } catch (const std::bad_alloc &) { // nothing changed: the value is still ours
      detail::report_channel_failure(detail::ChannelFamily::Mpmc, detail::ChannelOp::Send,
                                     detail::ChannelFailure::OutOfMemory, location, this->state_);
      return std::unexpected(
          SendTimeoutError<T>{SendTimeoutErrorKind::OutOfMemory, std::move(value)});
    }
    if (status == detail::ChannelStatus::Ok)
      return {};
    if (status == detail::ChannelStatus::Timeout || status == detail::ChannelStatus::Cancelled)
      return std::unexpected(SendTimeoutError<T>{status == detail::ChannelStatus::Timeout
                                                     ? SendTimeoutErrorKind::Timeout
                                                     : SendTimeoutErrorKind::Cancelled,
                                                 std::move(value)});
    detail::report_channel_failure(detail::ChannelFamily::Mpmc, detail::ChannelOp::Send,
                                   this->state_ ? detail::ChannelFailure::Disconnected
                                                : detail::ChannelFailure::EmptyHandle,
                                   location, this->state_);
    return std::unexpected(
        SendTimeoutError<T>{SendTimeoutErrorKind::Disconnected, std::move(value)});
  }
  template <class Rep, class Period>
  std::expected<void, SendTimeoutError<T>>
  send_for(T value, std::chrono::duration<Rep, Period> timeout,
           std::source_location location = std::source_location::current()) const {
    return send_until(std::move(value),
                      detail::SteadyClock::now() +
                          std::chrono::ceil<detail::SteadyClock::duration>(timeout),
                      location);
  }

  bool is_full() const noexcept {
    const auto capacity = this->capacity();
    return capacity && this->len() >= *capacity;
  }
};

/// A receiving handle of an MPMC channel. Copyable: each copy is a receiver (each value goes to
/// exactly one of them).
template <class T> class Receiver : public detail::ReceiverOps<T, detail::ChannelFamily::Mpmc> {
  using Base = detail::ReceiverOps<T, detail::ChannelFamily::Mpmc>;

public:
  Receiver() noexcept : Base(nullptr) {}
  explicit Receiver(detail::ChannelState<T> *state) noexcept : Base(state) {}
};

/// An MPMC channel that never fills.
template <class T>
std::pair<Sender<T>, Receiver<T>>
create_unbounded_channel(std::source_location location = std::source_location::current()) {
  const detail::RealtimeCheck realtime_check("creating a channel", location);
  auto *state = new detail::ChannelState<T>(detail::ChannelState<T>::kUnbounded);
  return {Sender<T>(state), Receiver<T>(state)};
}

/// An MPMC channel holding at most `capacity` values; 0 makes a rendezvous channel, where each
/// send waits for a receiver to take the value.
template <class T>
std::pair<Sender<T>, Receiver<T>>
create_bounded_channel(std::size_t capacity,
                       std::source_location location = std::source_location::current()) {
  const detail::RealtimeCheck realtime_check("creating a channel", location);
  auto *state = new detail::ChannelState<T>(capacity);
  return {Sender<T>(state), Receiver<T>(state)};
}

// --- The MPSC channel (channel.* op tags) -------------------------------------------------------

/// A sending handle of an MPSC channel. Copyable: each copy is a sender.
template <class T> class SenderHandle : public detail::SenderOps<T, detail::ChannelFamily::Mpsc> {
  using Base = detail::SenderOps<T, detail::ChannelFamily::Mpsc>;

public:
  SenderHandle() noexcept : Base(nullptr) {}
  explicit SenderHandle(detail::ChannelState<T> *state) noexcept : Base(state) {}
};

/// The receiving handle of an MPSC channel: one receiver, so move-only.
template <class T>
class ReceiverHandle : public detail::ReceiverOps<T, detail::ChannelFamily::Mpsc> {
  using Base = detail::ReceiverOps<T, detail::ChannelFamily::Mpsc>;

public:
  ReceiverHandle() noexcept : Base(nullptr) {}
  explicit ReceiverHandle(detail::ChannelState<T> *state) noexcept : Base(state) {}
  ReceiverHandle(const ReceiverHandle &) = delete;
  ReceiverHandle &operator=(const ReceiverHandle &) = delete;
  ReceiverHandle(ReceiverHandle &&) noexcept = default;
  ReceiverHandle &operator=(ReceiverHandle &&) noexcept = default;
};

/// An MPSC channel: unbounded, any number of senders, one receiver.
template <class T>
std::pair<SenderHandle<T>, ReceiverHandle<T>>
create_channel(std::source_location location = std::source_location::current()) {
  const detail::RealtimeCheck realtime_check("creating a channel", location);
  auto *state = new detail::ChannelState<T>(detail::ChannelState<T>::kUnbounded);
  return {SenderHandle<T>(state), ReceiverHandle<T>(state)};
}

} // namespace medi

#endif // MEDI_CHANNEL_H
