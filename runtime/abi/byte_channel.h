// byte_channel.h: channels of `elem_size`-byte values for the C ABI, over the same
// ChannelState the C++ channels use.
//
// A value up to 64 bytes travels inline in the channel's buffer (one ChannelState instantiation
// per size class: 8, 16, 32, 64); a larger one is copied into a heap block per message. An end
// (ByteChannelEnd) is what a sender or receiver handle names: a clone is a new end counting as
// one more sender (receiver), a drop releases it, and the last end of a side disconnects it.
#ifndef MEDI_RUNTIME_ABI_BYTE_CHANNEL_H
#define MEDI_RUNTIME_ABI_BYTE_CHANNEL_H

#include "medi/detail/channel/channel_state.h"
#include "medi/detail/channel/select_case.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

namespace medi::abi {

using detail::ChannelStatus;
using Deadline = std::optional<detail::WaitContext::Clock::time_point>;

/// A blocking call's op tag and call site, for the deadlock watch while it waits.
struct ByteWait {
  std::string_view op;
  SourceSite site;
};

/// One case of a C ABI select, built for its channel's size class and owned by the select call.
class ByteSelectCase {
public:
  virtual ~ByteSelectCase() = default;
  virtual detail::SelectCase &select_case() noexcept = 0;
};

/// What an end does with its channel, for one size class. A call with `wait` blocks (until
/// `deadline`, if any); without, it only tries.
struct ByteChannelOps {
  ChannelStatus (*send)(void *state, const void *value, std::size_t size, const ByteWait *wait,
                        Deadline deadline);
  ChannelStatus (*recv)(void *state, void *out, std::size_t size, const ByteWait *wait,
                        Deadline deadline);
  void (*add_sender)(void *state) noexcept;
  void (*release_sender)(void *state) noexcept;
  void (*add_receiver)(void *state) noexcept;
  void (*release_receiver)(void *state) noexcept;
  /// A select case receiving into `out` (`size` bytes), or sending `size` bytes copied now
  /// from `value`. When it completes on a disconnected channel it sets `*disconnected` (and
  /// reports as the operation would). Throws std::bad_alloc.
  std::unique_ptr<ByteSelectCase> (*recv_case)(void *state, void *out, std::size_t size,
                                               SourceSite site, bool *disconnected);
  std::unique_ptr<ByteSelectCase> (*send_case)(void *state, const void *value, std::size_t size,
                                               SourceSite site, bool *disconnected);
};

struct ByteChannelEnd {
  const ByteChannelOps *ops;
  void *state;
  std::size_t elem_size;
};

/// A new channel (one sender, one receiver counted) for `elem_size`-byte values; `capacity` as
/// ChannelState takes it. Throws std::bad_alloc.
void create_byte_channel(std::size_t elem_size, std::size_t capacity, ByteChannelEnd &sender,
                         ByteChannelEnd &receiver);

} // namespace medi::abi

#endif // MEDI_RUNTIME_ABI_BYTE_CHANNEL_H
