// medi/channel/errors.h: how a channel operation fails. A failed send hands its value back
// inside the error, so no value is ever lost.
#ifndef MEDI_CHANNEL_ERRORS_H
#define MEDI_CHANNEL_ERRORS_H

#include <cstdint>
#include <string_view>
#include <utility>

namespace medi {

/// send() found every receiver gone, or (out_of_memory) an unbounded channel had no memory for
/// the value's slot (both reported), or (cancelled) the calling task was cancelled while it
/// would have waited (not reported). `value` is the value that was not sent.
template <class T> struct SendError {
  T value;
  bool out_of_memory = false;
  bool cancelled = false;
  T into_inner() && { return std::move(value); }
  constexpr std::string_view what() const noexcept {
    if (cancelled)
      return "the sending task was cancelled";
    return out_of_memory ? "no memory for the value's slot in the channel"
                         : "sending on a disconnected channel (every receiver is gone)";
  }
};

/// OutOfMemory: an unbounded channel had no memory for the value's slot (reported).
enum class TrySendErrorKind : std::uint8_t { Full, Disconnected, OutOfMemory };
/// try_send() found the channel full (not reported: it is normal) or disconnected.
template <class T> struct TrySendError {
  TrySendErrorKind kind;
  T value;
  bool is_full() const noexcept { return kind == TrySendErrorKind::Full; }
  bool is_disconnected() const noexcept { return kind == TrySendErrorKind::Disconnected; }
  T into_inner() && { return std::move(value); }
};

enum class SendTimeoutErrorKind : std::uint8_t { Timeout, Disconnected, OutOfMemory, Cancelled };
/// send_for()/send_until() ran out of time, found every receiver gone, or was cancelled.
template <class T> struct SendTimeoutError {
  SendTimeoutErrorKind kind;
  T value;
  bool is_timeout() const noexcept { return kind == SendTimeoutErrorKind::Timeout; }
  bool is_disconnected() const noexcept { return kind == SendTimeoutErrorKind::Disconnected; }
  bool is_cancelled() const noexcept { return kind == SendTimeoutErrorKind::Cancelled; }
  T into_inner() && { return std::move(value); }
};

/// recv() found every sender gone and nothing left to receive (the end of the stream), or the
/// calling task was cancelled while it would have waited. Neither is reported: both are
/// outcomes a receiving loop expects.
struct RecvError {
  bool cancelled = false;
  friend bool operator==(RecvError, RecvError) = default;
  bool is_disconnected() const noexcept { return !cancelled; }
  bool is_cancelled() const noexcept { return cancelled; }
  constexpr std::string_view what() const noexcept {
    return cancelled ? "the receiving task was cancelled"
                     : "receiving on an empty and disconnected channel (every sender is gone)";
  }
};

/// try_recv(): Empty (not reported: it is normal), or Disconnected (every sender gone and the
/// buffer drained).
enum class TryRecvError : std::uint8_t { Empty, Disconnected };

/// recv_for()/recv_until(): Timeout, Disconnected (every sender gone, buffer drained), or
/// Cancelled (the calling task was cancelled while it waited). None is reported.
enum class RecvTimeoutError : std::uint8_t { Timeout, Disconnected, Cancelled };

} // namespace medi

#endif // MEDI_CHANNEL_ERRORS_H
