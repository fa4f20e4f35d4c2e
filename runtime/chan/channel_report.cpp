// channel_report.cpp: how a failed channel operation is reported (op tag, message, the
// caller's source context).
#include "medi/detail/channel/channel_report.h"

#include "../trace/trace_points.h"
#include "medi/error/op_tags.h"
#include "medi/error/reporting.h"

namespace medi::detail {
namespace {

std::string_view op_tag(ChannelFamily family, ChannelOp operation) {
  const bool mpsc = family == ChannelFamily::Mpsc;
  switch (operation) {
  case ChannelOp::Send:
    return mpsc ? op::channel_send : op::xchan_send;
  case ChannelOp::TrySend:
    return op::xchan_try_send; // the MPSC family has no try_send
  case ChannelOp::Recv:
    return mpsc ? op::channel_recv : op::xchan_recv;
  case ChannelOp::TryRecv:
    return mpsc ? op::channel_try_recv : op::xchan_try_recv;
  }
  return op::xchan_send;
}

std::string_view message(ChannelOp operation, ChannelFailure failure) {
  const bool sending = operation == ChannelOp::Send || operation == ChannelOp::TrySend;
  switch (failure) {
  case ChannelFailure::Disconnected:
    return sending ? "send on a disconnected channel: every receiver is gone; the value is "
                     "handed back"
                   : "recv on a disconnected channel: every sender is gone and nothing is left";
  case ChannelFailure::Timeout:
    return sending ? "send timed out: the channel stayed full; the value is handed back"
                   : "recv timed out: nothing arrived before the deadline";
  case ChannelFailure::Cancelled:
    return sending ? "send cancelled: the task was cancelled; the value is handed back"
                   : "recv cancelled: the task was cancelled";
  case ChannelFailure::EmptyHandle:
    return "operation on an empty channel handle (moved from)";
  case ChannelFailure::OutOfMemory:
    return "send found no memory for the value's slot; the value is handed back";
  }
  return "channel operation failed";
}

} // namespace

void report_channel_failure(ChannelFamily family, ChannelOp operation, ChannelFailure failure,
                            SourceSite site, const void *channel) noexcept {
  trace::channel_failure(op_tag(family, operation), site, static_cast<std::uint8_t>(failure),
                         channel);
  if (!is_reported(operation, failure))
    return;
  report_error(RuntimeError::message(std::string(message(operation, failure))),
               site.context(op_tag(family, operation)));
}

} // namespace medi::detail
