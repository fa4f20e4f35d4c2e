// wire.h: the frames ranks exchange about named channels. A message on the runtime's own
// communicator and frame tag carries one or more frames back to back (the frames queued for one
// rank in one round go together): each a fixed header, then `length` bytes of body whose meaning
// the kind gives. A body of kSeparateBodyBytes or more goes as a message of its own on the body
// tag, straight from the sender's buffer into the receiver's (its header carries kBodyFollows and
// length 0): no copy on either side.
//
// Connecting:   Connect (sender -> owner; body: ConnectBody + the name), answered by Accept
//               (body: AcceptBody) or Refuse (body: the reason, text).
// Values:       Data (sender -> owner; body: the value, sealed for a phi channel). A rendezvous
//               value is answered by Ack once a receiver has taken it (or it was rejected). Its
//               `value`, when not 0, carries a Credit queued just before it for the same rank
//               (see ride_credit): the credit is applied first, as if its frame had come.
// Credits:      Demand (sender -> owner: `value` senders wait, `seq` credits received so far),
//               Credit (owner -> sender: `value` more), Recall (owner -> sender: give back what
//               you are not using), Return (sender -> owner: `value` given back).
// Ending:       Drop (sender -> owner: the connection's last sender is gone), Closed
//               (owner -> sender: the receiving end is gone).
// MPI keeps messages between two ranks on one communicator and tag in the order they were sent
// (MPI 4.0, 3.5 "non-overtaking"), one thread at a time sends them all, and a message keeps its
// frames in the order they were queued: a connection's Data frames reach the owner before its Drop
// or Return, an Ack before the Closed that follows it, and the separate bodies from one rank in
// the order of their headers.
#ifndef MEDI_RUNTIME_DIST_WIRE_H
#define MEDI_RUNTIME_DIST_WIRE_H

#include "medi/dist.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
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
/// A message stops taking more frames at this size (a frame that would cross it starts the next).
inline constexpr std::size_t kMessageBytes = 64 * 1024;

struct FrameHeader {
  FrameKind kind;
  std::uint8_t flags = 0;
  std::uint16_t length = 0;  // the body's bytes in this message (0 when kBodyFollows)
  std::uint32_t channel = 0; // the owner's id for the channel (0 before Accept)
  std::uint64_t link = 0;    // the sending rank's id for the connection
  std::uint64_t seq = 0;     // Data/Ack: the value's number on its connection; Demand: credits seen
  std::uint64_t value = 0;   // a count, by kind
};
static_assert(sizeof(FrameHeader) == 32);
static_assert(kSeparateBodyBytes - 1 <= UINT16_MAX, "an inline body's length fits the header");

/// An Ack's `value`: 0, a receiver took the value; kAckRejected, it failed authentication.
inline constexpr std::uint64_t kAckRejected = 1;

/// A Credit frame folded into the Data frame queued right after it for the same rank: the
/// credit's link in the low 48 bits of the Data frame's `value`, its count in the high 16. False
/// (nothing changed) when it does not fit or the Data frame carries one already.
inline constexpr unsigned kRidingLinkBits = 48;
/// The `value` a Data frame carries for `credit` riding in it; 0 when it does not fit.
inline std::uint64_t riding_value(const FrameHeader &credit) {
  if (credit.value == 0 || credit.value >> (64 - kRidingLinkBits) != 0 ||
      credit.link >> kRidingLinkBits != 0)
    return 0;
  return credit.value << kRidingLinkBits | credit.link;
}
inline bool ride_credit(FrameHeader &data, const FrameHeader &credit) {
  const std::uint64_t value = riding_value(credit);
  if (data.value != 0 || value == 0)
    return false;
  data.value = value;
  return true;
}
/// The Credit frame a Data frame carries (ride_credit), if any.
inline std::optional<FrameHeader> riding_credit(const FrameHeader &data) {
  if (data.kind != FrameKind::Data || data.value == 0)
    return std::nullopt;
  return FrameHeader{.kind = FrameKind::Credit,
                     .link = data.value & ((std::uint64_t{1} << kRidingLinkBits) - 1),
                     .value = data.value >> kRidingLinkBits};
}

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

/// Appends a frame, `header` then `body` (shorter than kSeparateBodyBytes), to `message`; the
/// header's `length` is the body's size and its `value` is `value`.
///
/// The header is copied field by field. Headers are built a field at a time just before they
/// are sent; copied whole, the copy's wide loads would wait for those narrow stores to retire
/// (a load is forwarded from a single store only), on every frame.
inline void append_frame(Bytes &message, const FrameHeader &header, std::uint64_t value,
                         std::span<const std::byte> body = {}) {
  const std::size_t at = message.size();
  const std::size_t size = at + sizeof(FrameHeader) + body.size();
  if (size > message.capacity())
    message.reserve(std::max(size, 2 * message.capacity()));
  message.resize(size);
  std::byte *out = message.data() + at;
  const auto put = [out](std::size_t offset, const auto &field) {
    std::memcpy(out + offset, &field, sizeof field);
  };
  const auto length = static_cast<std::uint16_t>(body.size());
  put(offsetof(FrameHeader, kind), header.kind);
  put(offsetof(FrameHeader, flags), header.flags);
  put(offsetof(FrameHeader, length), length);
  put(offsetof(FrameHeader, channel), header.channel);
  put(offsetof(FrameHeader, link), header.link);
  put(offsetof(FrameHeader, seq), header.seq);
  put(offsetof(FrameHeader, value), value);
  if (!body.empty())
    std::memcpy(out + sizeof(FrameHeader), body.data(), body.size());
}
inline void append_frame(Bytes &message, const FrameHeader &header,
                         std::span<const std::byte> body = {}) {
  append_frame(message, header, header.value, body);
}

/// A frame found in a message: its header, and where its body and the next frame begin.
struct FrameAt {
  FrameHeader header;
  std::size_t body_at;
  std::size_t next;
};

/// The frame at offset `at` of `message`; nullopt at the end, or where a frame is cut short (only
/// a broken sender makes one: the rest of the message is not read).
inline std::optional<FrameAt> frame_at(std::span<const std::byte> message, std::size_t at) {
  if (at > message.size() || message.size() - at < sizeof(FrameHeader))
    return std::nullopt;
  FrameAt frame{};
  std::memcpy(&frame.header, message.data() + at, sizeof frame.header);
  frame.body_at = at + sizeof frame.header;
  frame.next = frame.body_at + frame.header.length;
  if (frame.next > message.size())
    return std::nullopt;
  return frame;
}

/// A header followed by its whole body, as data_frame_hook sees a Data frame. `length` holds the
/// body's size only when it is shorter than kSeparateBodyBytes: a larger body travels as a
/// message of its own, and pump() writes the header it goes with afresh.
inline Bytes make_frame(FrameHeader header, std::span<const std::byte> body) {
  header.length = body.size() < kSeparateBodyBytes ? static_cast<std::uint16_t>(body.size()) : 0;
  Bytes frame(sizeof header + body.size());
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
