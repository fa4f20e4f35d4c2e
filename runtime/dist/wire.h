// wire.h: the frames ranks exchange about named channels. A frame is one MPI message on the
// runtime's own communicator and tag: a fixed header, then a body whose meaning the kind gives.
// A body of kSeparateBodyBytes or more goes as a second message on its own tag, straight from the
// sender's buffer into the receiver's (the header carries kBodyFollows): no copy on either side.
//
// Connecting:   Connect (sender -> owner; body: ConnectBody + the name), answered by Accept
//               (body: AcceptBody) or Refuse (body: the reason, text).
// Values:       Data (sender -> owner; body: the value, sealed for a phi channel). A rendezvous
//               value is answered by Ack once a receiver has taken it (or it was rejected).
// Credits:      Demand (sender -> owner: `value` senders wait, `seq` credits received so far),
//               Credit (owner -> sender: `value` more), Recall (owner -> sender: give back what
//               you are not using), Return (sender -> owner: `value` given back).
// Ending:       Drop (sender -> owner: the connection's last sender is gone), Closed
//               (owner -> sender: the receiving end is gone).
// MPI keeps messages between two ranks on one communicator and tag in the order they were sent
// (MPI 4.0, 3.5 "non-overtaking"), and one thread at a time sends them all, in the order they were
// queued: a connection's Data frames reach the owner before its Drop or Return, an Ack before the
// Closed that follows it, and the separate bodies from one rank in the order of their headers.
#ifndef MEDI_RUNTIME_DIST_WIRE_H
#define MEDI_RUNTIME_DIST_WIRE_H

#include "medi/dist.h"

#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>

namespace medi::dist::detail {

enum class FrameKind : std::uint8_t {
  Connect = 1,
  Accept,
  Refuse,
  Data,
  Ack,
  Demand,
  Credit,
  Recall,
  Return,
  Drop,
  Closed,
};

/// FrameHeader::flags.
inline constexpr std::uint8_t kBodyFollows = 1; // the body is the sender's next body message

inline constexpr std::size_t kSeparateBodyBytes = 64 * 1024;

struct FrameHeader {
  FrameKind kind;
  std::uint8_t flags = 0;
  std::uint8_t reserved[2] = {};
  std::uint32_t channel = 0; // the owner's id for the channel (0 before Accept)
  std::uint64_t link = 0;    // the sending rank's id for the connection
  std::uint64_t seq = 0;     // Data/Ack: the value's number on its connection; Demand: credits seen
  std::uint64_t value = 0;   // a count, by kind
};
static_assert(sizeof(FrameHeader) == 32);

/// An Ack's `value`: 0, a receiver took the value; kAckRejected, it failed authentication.
inline constexpr std::uint64_t kAckRejected = 1;

struct ConnectBody {
  std::uint64_t elem_size; // 0: byte buffers of any size
  std::uint8_t phi;
  std::uint8_t reserved[7] = {};
};

struct AcceptBody {
  std::uint64_t capacity;
  std::uint8_t phi;
  std::uint8_t reserved[7] = {};
};

/// A header followed by `body`.
inline Bytes make_frame(const FrameHeader &header, std::span<const std::byte> body = {}) {
  Bytes frame(sizeof(FrameHeader) + body.size());
  std::memcpy(frame.data(), &header, sizeof header);
  if (!body.empty())
    std::memcpy(frame.data() + sizeof header, body.data(), body.size());
  return frame;
}

template <class Body> std::span<const std::byte> as_body(const Body &body) {
  return std::as_bytes(std::span(&body, 1));
}

inline std::span<const std::byte> as_body(std::string_view text) {
  return std::as_bytes(std::span(text.data(), text.size()));
}

} // namespace medi::dist::detail

#endif // MEDI_RUNTIME_DIST_WIRE_H
