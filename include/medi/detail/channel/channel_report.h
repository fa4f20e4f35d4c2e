// medi/detail/channel/channel_report.h: reporting a failed channel operation through the
// diagnostics pathway (internal).
#ifndef MEDI_DETAIL_CHANNEL_CHANNEL_REPORT_H
#define MEDI_DETAIL_CHANNEL_CHANNEL_REPORT_H

#include "medi/error/op_tags.h"
#include "medi/error/source_site.h"

#include <cstdint>
#include <string_view>

namespace medi::detail {

/// Which op-tag family: create_channel's (channel.*) or the crossbeam-style one's (xchan.*).
enum class ChannelFamily : std::uint8_t { Mpsc, Mpmc };
enum class ChannelOp : std::uint8_t { Send, TrySend, Recv, TryRecv };
enum class ChannelFailure : std::uint8_t {
  Disconnected,
  Timeout,
  Cancelled,
  EmptyHandle,
  OutOfMemory
};

/// Whether a failure is reported, or is an outcome the caller asked for or must expect: the end
/// of a stream (a receive on a channel whose senders are gone and which is drained), a timeout,
/// and a cancelled task's refusal to wait are returned, not reported. What loses data or is
/// misuse is reported: a send that no receiver can take, an empty handle, no memory.
constexpr bool is_reported(ChannelOp operation, ChannelFailure failure) noexcept {
  const bool receiving = operation == ChannelOp::Recv || operation == ChannelOp::TryRecv;
  switch (failure) {
  case ChannelFailure::Disconnected:
    return !receiving;
  case ChannelFailure::Timeout:
  case ChannelFailure::Cancelled:
    return false;
  case ChannelFailure::EmptyHandle:
  case ChannelFailure::OutOfMemory:
    return true;
  }
  return true;
}

/// The op tag of a blocking send or recv of `family` (a deadlock report names the wait by it): the
/// constant itself, so that a wait can take it by reference.
constexpr const std::string_view &blocking_op_tag(ChannelFamily family, bool send) noexcept {
  if (family == ChannelFamily::Mpsc)
    return send ? op::channel_send : op::channel_recv;
  return send ? op::xchan_send : op::xchan_recv;
}

/// Reports with the family's op tag for `operation` and the caller's source context, when
/// is_reported() says so; a trace records every failure, with `channel` (the failing channel,
/// when there is one). Cold.
[[gnu::cold]] void report_channel_failure(ChannelFamily family, ChannelOp operation,
                                          ChannelFailure failure, SourceSite site,
                                          const void *channel = nullptr) noexcept;

} // namespace medi::detail

#endif // MEDI_DETAIL_CHANNEL_CHANNEL_REPORT_H
