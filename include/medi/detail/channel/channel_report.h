// medi/detail/channel/channel_report.h: reporting a failed channel operation through the
// diagnostics pathway (internal).
#ifndef MEDI_DETAIL_CHANNEL_CHANNEL_REPORT_H
#define MEDI_DETAIL_CHANNEL_CHANNEL_REPORT_H

#include "medi/error/source_site.h"

#include <cstdint>

namespace medi::detail {

/// Which op-tag family: create_channel's (channel.*) or the crossbeam-style one's (xchan.*).
enum class ChannelFamily : std::uint8_t { Mpsc, Mpmc };
enum class ChannelOp : std::uint8_t { Send, TrySend, Recv, TryRecv };
enum class ChannelFailure : std::uint8_t { Disconnected, Timeout, EmptyHandle };

/// Reports with the family's op tag for `operation` and the caller's source context. Cold.
[[gnu::cold]] void report_channel_failure(ChannelFamily family, ChannelOp operation,
                                          ChannelFailure failure, SourceSite site) noexcept;

} // namespace medi::detail

#endif // MEDI_DETAIL_CHANNEL_CHANNEL_REPORT_H
