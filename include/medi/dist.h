// medi/dist.h: tasks and channels across processes (ranks) under MPI. See docs/distributed.md.
//
//   // on rank 3: the receiving end, under a name, holding at most 64 values across all ranks
//   auto results = medi::dist::open<Total>("results", {.capacity = 64, .senders = 2});
//   // on ranks 1 and 2: a sender to ("results", rank 3); waits until rank 3 has opened it
//   auto tx = medi::dist::connect<Total>("results", 3);
//   tx->send(total);
//
// A program started without mpirun is rank 0 of 1, and its named channels work in-process.
// Under `mpirun -np N` each process is one rank; the runtime starts MPI on first use and stops it
// at exit (or at stop()). A remote channel keeps a local channel's guarantees: values from one
// sender arrive in the order sent; the capacity holds across ranks (a sender waits for a credit
// from the receiving rank before a value leaves); nothing is lost or duplicated; recv() sees the
// end of the stream after the last value once every sender on every rank is gone; a send to a
// channel whose receiving end is gone fails and hands its value back. Blocking calls park a task
// (its worker runs other tasks) or block a plain thread; one progress thread per rank drives MPI.
//
// Values are trivially copyable types, or byte buffers (medi::dist::Bytes) of any size.
#ifndef MEDI_DIST_H
#define MEDI_DIST_H

#include "medi/channel/errors.h"
#include "medi/error/source_site.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <expected>
#include <memory>
#include <optional>
#include <source_location>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace medi::dist {

/// A value of any size; a channel of Bytes carries buffers of differing sizes.
using Bytes = std::vector<std::byte>;

/// A buffer of `size` bytes to fill and send, its bytes unspecified. For 64 KiB and up it is, when
/// one fits, a buffer this rank kept from a large value it sent or one the program recycled, so a
/// loop that sends big values reuses warm memory instead of faulting in fresh pages every time.
/// Under 64 KiB it is, when one fits, a buffer this thread recycled (at most twice `size` plus
/// 256 bytes of capacity), so a loop of small values does not allocate.
Bytes buffer(std::size_t size);
/// Gives a buffer back for reuse, by buffer() and by receives of large values from other ranks.
/// The oldest kept large buffers past 16 buffers or 32 MiB are freed. Buffers under 64 KiB are
/// kept by the calling thread, for its own buffer() calls: up to 16 under 4 KiB and 16 of 4 KiB
/// and up; more are freed.
void recycle(Bytes &&bytes);

/// How a named channel is opened.
struct ChannelOptions {
  /// Values the channel holds at most, counting every rank's values in flight to it; 0 is a
  /// rendezvous channel (each send waits until a receiver has taken its value).
  std::size_t capacity = 0;
  /// Protected health information: payloads are encrypted and authenticated (AES-256-GCM) with
  /// the key named by MEDI_DIST_PHI_KEY_FILE; only senders that connect as `phi` are accepted.
  bool phi = false;
  /// Sender connections (on any ranks) that must have been made before the end of the stream can
  /// be seen: a receiver opened before its senders connected waits for them instead of ending.
  std::size_t senders = 1;
};

/// How a sender connects.
struct ConnectOptions {
  /// Must match the receiving end's `phi`; a mismatch is refused and reported.
  bool phi = false;
};

enum class ConnectError : std::uint8_t {
  /// Nobody opened the name on that rank before the deadline (reported).
  Timeout,
  /// The receiving end refused: its value size or its `phi` differs, or no key (reported).
  Refused,
  /// The owner is not a rank of this job (reported).
  InvalidRank,
  /// The distributed runtime is stopped, or could not start (reported).
  Unavailable,
};

enum class OpenError : std::uint8_t {
  /// The name is already open on this rank (reported).
  NameInUse,
  /// A phi channel without a usable key (reported).
  NoKey,
  /// The distributed runtime is stopped, or could not start (reported).
  Unavailable,
};

namespace detail {

using SteadyClock = std::chrono::steady_clock;
using Deadline = std::optional<SteadyClock::time_point>;

/// What one byte-level operation came to.
enum class Status : std::uint8_t { Ok, Empty, Full, Timeout, Disconnected, Cancelled, Refused };

struct ReceiverState; // the receiving end of a named channel on its owner rank
struct SenderState;   // one connection of senders on some rank

std::expected<std::shared_ptr<ReceiverState>, OpenError> open_channel(std::string_view name,
                                                                      std::size_t elem_size,
                                                                      const ChannelOptions &options,
                                                                      SourceSite site);
std::expected<std::shared_ptr<SenderState>, ConnectError>
connect_channel(std::string_view name, int owner, std::size_t elem_size,
                const ConnectOptions &options, Deadline deadline, SourceSite site);

// The deadline goes by reference, so that the site fits the argument registers: a SourceSite
// passed on the stack is stored in two halves and reloaded whole, and the reload waits for
// the stores (no store-to-load forwarding), on every send and receive.
/// Sends `value` (left in place unless Ok). `try_only`: fail with Full instead of waiting.
Status send_bytes(SenderState &sender, Bytes &value, bool try_only, const Deadline &deadline,
                  SourceSite site);
/// Receives into `value`. `try_only`: Empty instead of waiting.
Status recv_bytes(ReceiverState &receiver, Bytes &value, bool try_only, const Deadline &deadline,
                  SourceSite site);

std::size_t buffered(const ReceiverState &receiver) noexcept;
std::size_t capacity(const ReceiverState &receiver) noexcept;
std::string_view name(const ReceiverState &receiver) noexcept;
int owner(const SenderState &sender) noexcept;
std::string_view name(const SenderState &sender) noexcept;

template <class T> constexpr std::size_t element_size() {
  if constexpr (std::is_same_v<T, Bytes>)
    return 0;
  else
    return sizeof(T);
}

template <class T> Bytes to_bytes(T &&value) {
  if constexpr (std::is_same_v<std::remove_cvref_t<T>, Bytes>) {
    return Bytes(std::forward<T>(value));
  } else {
    Bytes bytes(sizeof(T));
    std::memcpy(bytes.data(), &value, sizeof(T));
    return bytes;
  }
}

template <class T> T from_bytes(Bytes &&bytes) {
  if constexpr (std::is_same_v<T, Bytes>) {
    return std::move(bytes);
  } else {
    T value;
    std::memcpy(&value, bytes.data(), sizeof(T));
    return value;
  }
}

} // namespace detail

template <class T>
concept RemoteValue = std::is_same_v<T, Bytes> ||
                      (std::is_trivially_copyable_v<T> && std::is_default_constructible_v<T>);

/// This process's rank (0 without mpirun). Starts the distributed runtime if needed.
int rank();
/// The number of ranks (1 without mpirun).
int size();
/// Whether this process runs under MPI with other ranks possible (launched by mpirun).
bool is_distributed();
/// Starts the distributed runtime now (every other call starts it on first use): under mpirun,
/// MPI with the progress thread. False (and reported) when MPI could not start.
bool start(std::source_location location = std::source_location::current());
/// Stops it: waits until every rank has stopped (a collective call), then finalises MPI. Runs at
/// exit if the program has not called it. Remote operations afterwards fail (reported).
void stop();
/// Waits until every rank has reached a barrier (parking a task). One barrier at a time per rank.
std::expected<void, ConnectError>
barrier(std::source_location location = std::source_location::current());

/// The receiving end of a named channel, on the rank that opened it. Copies share the end (each
/// value goes to one of them); the end closes when the last copy goes, and senders on every rank
/// then fail with their values handed back.
template <RemoteValue T> class RemoteReceiver {
public:
  RemoteReceiver() = default;
  explicit RemoteReceiver(std::shared_ptr<detail::ReceiverState> state)
      : state_(std::move(state)) {}

  /// Waits for a value; RecvError at the end of the stream (every sender on every rank gone and
  /// nothing left) or when the calling task was cancelled.
  std::expected<T, RecvError>
  recv(std::source_location location = std::source_location::current()) const {
    Bytes bytes;
    const auto status = receive(bytes, false, std::nullopt, location);
    if (status == detail::Status::Ok)
      return detail::from_bytes<T>(std::move(bytes));
    return std::unexpected(RecvError{status == detail::Status::Cancelled});
  }
  std::expected<T, TryRecvError>
  try_recv(std::source_location location = std::source_location::current()) const {
    Bytes bytes;
    const auto status = receive(bytes, true, std::nullopt, location);
    if (status == detail::Status::Ok)
      return detail::from_bytes<T>(std::move(bytes));
    return std::unexpected(status == detail::Status::Empty ? TryRecvError::Empty
                                                           : TryRecvError::Disconnected);
  }
  std::expected<T, RecvTimeoutError>
  recv_until(detail::SteadyClock::time_point deadline,
             std::source_location location = std::source_location::current()) const {
    Bytes bytes;
    const auto status = receive(bytes, false, deadline, location);
    if (status == detail::Status::Ok)
      return detail::from_bytes<T>(std::move(bytes));
    return std::unexpected(status == detail::Status::Timeout     ? RecvTimeoutError::Timeout
                           : status == detail::Status::Cancelled ? RecvTimeoutError::Cancelled
                                                                 : RecvTimeoutError::Disconnected);
  }
  template <class Rep, class Period>
  std::expected<T, RecvTimeoutError>
  recv_for(std::chrono::duration<Rep, Period> timeout,
           std::source_location location = std::source_location::current()) const {
    return recv_until(detail::SteadyClock::now() +
                          std::chrono::ceil<detail::SteadyClock::duration>(timeout),
                      location);
  }

  /// Values buffered on this rank now (never more than the capacity).
  std::size_t len() const noexcept { return state_ ? detail::buffered(*state_) : 0; }
  std::size_t capacity() const noexcept { return state_ ? detail::capacity(*state_) : 0; }
  std::string_view name() const noexcept { return state_ ? detail::name(*state_) : ""; }
  explicit operator bool() const noexcept { return static_cast<bool>(state_); }

private:
  detail::Status receive(Bytes &bytes, bool try_only, detail::Deadline deadline,
                         std::source_location location) const {
    if (!state_)
      return detail::Status::Disconnected;
    return detail::recv_bytes(*state_, bytes, try_only, deadline, location);
  }
  std::shared_ptr<detail::ReceiverState> state_;
};

/// A sender connected to a named channel on some rank. Copies are more senders on the same
/// connection; the connection is dropped when the last copy goes.
template <RemoteValue T> class RemoteSender {
public:
  RemoteSender() = default;
  explicit RemoteSender(std::shared_ptr<detail::SenderState> state) : state_(std::move(state)) {}

  /// Sends, waiting while the channel is at capacity; fails (the value handed back, reported)
  /// when the receiving end is gone.
  std::expected<void, SendError<T>>
  send(T value, std::source_location location = std::source_location::current()) const {
    Bytes bytes = detail::to_bytes(std::move(value));
    const auto status = transmit(bytes, false, std::nullopt, location);
    if (status == detail::Status::Ok)
      return {};
    return std::unexpected(SendError<T>{detail::from_bytes<T>(std::move(bytes)), false,
                                        status == detail::Status::Cancelled});
  }
  std::expected<void, TrySendError<T>>
  try_send(T value, std::source_location location = std::source_location::current()) const {
    Bytes bytes = detail::to_bytes(std::move(value));
    const auto status = transmit(bytes, true, std::nullopt, location);
    if (status == detail::Status::Ok)
      return {};
    return std::unexpected(TrySendError<T>{
        status == detail::Status::Full ? TrySendErrorKind::Full : TrySendErrorKind::Disconnected,
        detail::from_bytes<T>(std::move(bytes))});
  }
  std::expected<void, SendTimeoutError<T>>
  send_until(T value, detail::SteadyClock::time_point deadline,
             std::source_location location = std::source_location::current()) const {
    Bytes bytes = detail::to_bytes(std::move(value));
    const auto status = transmit(bytes, false, deadline, location);
    if (status == detail::Status::Ok)
      return {};
    return std::unexpected(SendTimeoutError<T>{
        status == detail::Status::Timeout     ? SendTimeoutErrorKind::Timeout
        : status == detail::Status::Cancelled ? SendTimeoutErrorKind::Cancelled
                                              : SendTimeoutErrorKind::Disconnected,
        detail::from_bytes<T>(std::move(bytes))});
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

  int owner() const noexcept { return state_ ? detail::owner(*state_) : -1; }
  std::string_view name() const noexcept { return state_ ? detail::name(*state_) : ""; }
  explicit operator bool() const noexcept { return static_cast<bool>(state_); }

private:
  detail::Status transmit(Bytes &bytes, bool try_only, detail::Deadline deadline,
                          std::source_location location) const {
    if (!state_)
      return detail::Status::Disconnected;
    return detail::send_bytes(*state_, bytes, try_only, deadline, location);
  }
  std::shared_ptr<detail::SenderState> state_;
};

/// Opens the receiving end of `name` on this rank.
template <RemoteValue T>
std::expected<RemoteReceiver<T>, OpenError>
open(std::string_view name, ChannelOptions options,
     std::source_location location = std::source_location::current()) {
  auto state = detail::open_channel(name, detail::element_size<T>(), options, location);
  if (!state)
    return std::unexpected(state.error());
  return RemoteReceiver<T>(std::move(*state));
}

/// Connects a sender to `name` on rank `owner`, waiting until that rank has opened it.
template <RemoteValue T>
std::expected<RemoteSender<T>, ConnectError>
connect(std::string_view name, int owner, ConnectOptions options = {},
        std::source_location location = std::source_location::current()) {
  auto state = detail::connect_channel(name, owner, detail::element_size<T>(), options,
                                       std::nullopt, location);
  if (!state)
    return std::unexpected(state.error());
  return RemoteSender<T>(std::move(*state));
}

/// connect(), waiting at most `timeout` for the name to be opened (a timeout is reported).
template <RemoteValue T, class Rep, class Period>
std::expected<RemoteSender<T>, ConnectError>
connect_for(std::string_view name, int owner, std::chrono::duration<Rep, Period> timeout,
            ConnectOptions options = {},
            std::source_location location = std::source_location::current()) {
  auto state = detail::connect_channel(
      name, owner, detail::element_size<T>(), options,
      detail::SteadyClock::now() + std::chrono::ceil<detail::SteadyClock::duration>(timeout),
      location);
  if (!state)
    return std::unexpected(state.error());
  return RemoteSender<T>(std::move(*state));
}

} // namespace medi::dist

#endif // MEDI_DIST_H
