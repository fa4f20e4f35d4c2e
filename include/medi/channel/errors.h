// medi/channel/errors.h: how a channel operation fails. A failed send hands its value back
// inside the error, so no value is ever lost.
#ifndef MEDI_CHANNEL_ERRORS_H
#define MEDI_CHANNEL_ERRORS_H

#include <cstdint>
#include <string_view>
#include <utility>

namespace medi {

/// send() found every receiver gone, or (out_of_memory) an unbounded channel had no memory for
/// the value's slot (reported). `value` is the value that was not sent.
template <class T> struct SendError {
  T value;
  bool out_of_memory = false;
  T into_inner() && { return std::move(value); }
  constexpr std::string_view what() const noexcept {
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

enum class SendTimeoutErrorKind : std::uint8_t { Timeout, Disconnected, OutOfMemory };
/// send_for()/send_until() ran out of time, or found every receiver gone.
template <class T> struct SendTimeoutError {
  SendTimeoutErrorKind kind;
  T value;
  bool is_timeout() const noexcept { return kind == SendTimeoutErrorKind::Timeout; }
  bool is_disconnected() const noexcept { return kind == SendTimeoutErrorKind::Disconnected; }
  T into_inner() && { return std::move(value); }
};

/// recv() found every sender gone and nothing left to receive.
struct RecvError {
  friend bool operator==(RecvError, RecvError) = default;
  static constexpr std::string_view what() noexcept {
    return "receiving on an empty and disconnected channel (every sender is gone)";
  }
};

/// try_recv(): Empty (not reported: it is normal), or Disconnected (every sender gone and the
/// buffer drained).
enum class TryRecvError : std::uint8_t { Empty, Disconnected };

/// recv_for()/recv_until(): Timeout, or Disconnected (every sender gone, buffer drained).
enum class RecvTimeoutError : std::uint8_t { Timeout, Disconnected };

} // namespace medi

#endif // MEDI_CHANNEL_ERRORS_H
