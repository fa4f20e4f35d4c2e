// chan_abi.cpp: the C ABI's channels (MPMC, xchan op tags): create, send, recv and
// their try/timeout forms, and cloning and dropping the ends.
//
// Values move by pointer: a send copies elem_size bytes from `value`, a receive copies them to
// `out`. A failed send leaves `value` with the caller, so nothing sent is lost. Failures are
// reported as the C++ channels report them (the end of a stream, an Empty try_recv, a Full
// try_send, a timeout and a cancellation are outcomes and are not), with the call site's source
// record as the context.
#include "byte_channel.h"
#include "call_report.h"
#include "handle_table.h"
#include "medi/detail/channel/channel_report.h"
#include "medi/detail/realtime_check.h"
#include "medi/error/op_tags.h"
#include "medi/medi_rt.h"

#include <chrono>
#include <memory>
#include <new>
#include <string>

namespace medi::abi {
namespace {

using detail::ChannelFailure;
using detail::ChannelFamily;
using detail::ChannelOp;

// What a send or receive call is, for its checks and reports.
struct Call {
  ChannelOp op;
  std::string_view op_tag;
  bool block;
  Deadline deadline;
};

// What a blocking call waits as (for the deadlock watch); null for a try.
std::optional<ByteWait> wait_of(const Call &call, const medi_rt_source *site) {
  return call.block ? std::optional(ByteWait{call.op_tag, SourceSite(site)}) : std::nullopt;
}

Deadline deadline_after(int64_t timeout_ns) noexcept {
  return detail::WaitContext::Clock::now() +
         std::chrono::nanoseconds(timeout_ns > 0 ? timeout_ns : 0);
}

medi_rt_status status_of(ChannelStatus status) noexcept {
  switch (status) {
  case ChannelStatus::Ok:
    return MEDI_RT_OK;
  case ChannelStatus::Full:
    return MEDI_RT_FULL;
  case ChannelStatus::Empty:
    return MEDI_RT_EMPTY;
  case ChannelStatus::Disconnected:
    return MEDI_RT_DISCONNECTED;
  case ChannelStatus::Timeout:
    return MEDI_RT_TIMEOUT;
  case ChannelStatus::Cancelled:
    return MEDI_RT_CANCELLED;
  }
  return MEDI_RT_DISCONNECTED;
}

// A send that no receiver can take is reported; the rest are answers: the end of a stream (a
// disconnected recv), Full, Empty, a timeout, a cancelled task's refusal to wait.
medi_rt_status finish(ChannelStatus status, const Call &call, const medi_rt_source *site) {
  if (status == ChannelStatus::Disconnected)
    detail::report_channel_failure(ChannelFamily::Mpmc, call.op, ChannelFailure::Disconnected,
                                   SourceSite(site)); // is_reported() keeps a recv's quiet
  return status_of(status);
}

medi_rt_status send(medi_rt_sender *tx, const void *value, const Call &call,
                    const medi_rt_source *site) {
  auto *end = static_cast<ByteChannelEnd *>(HandleTable::instance().find(tx, HandleKind::Sender));
  if (!end)
    return report_invalid_handle("sender", site, call.op_tag);
  if (!value && end->elem_size > 0)
    return report_invalid_argument("send of a null value pointer", site, call.op_tag);
  const detail::RealtimeCheck realtime_check("a blocking channel send", SourceSite(site),
                                             call.block);
  try {
    const auto wait = wait_of(call, site);
    return finish(
        end->ops->send(end->state, value, end->elem_size, wait ? &*wait : nullptr, call.deadline),
        call, site);
  } catch (const std::bad_alloc &) {
    return report_out_of_memory("a message (the value stays with the sender)", site, call.op_tag);
  }
}

medi_rt_status recv(medi_rt_receiver *rx, void *out, const Call &call, const medi_rt_source *site) {
  auto *end = static_cast<ByteChannelEnd *>(HandleTable::instance().find(rx, HandleKind::Receiver));
  if (!end)
    return report_invalid_handle("receiver", site, call.op_tag);
  if (!out && end->elem_size > 0)
    return report_invalid_argument("recv into a null pointer", site, call.op_tag);
  const detail::RealtimeCheck realtime_check("a blocking channel recv", SourceSite(site),
                                             call.block);
  const auto wait = wait_of(call, site);
  return finish(
      end->ops->recv(end->state, out, end->elem_size, wait ? &*wait : nullptr, call.deadline), call,
      site);
}

// A new handle naming one more end of the channel behind `handle` on `kind`'s side, or null
// (reported).
void *clone_end(const void *handle, HandleKind kind, const medi_rt_source *site,
                std::string_view op) {
  const bool sending = kind == HandleKind::Sender;
  auto *end = static_cast<ByteChannelEnd *>(HandleTable::instance().find(handle, kind));
  if (!end) {
    report_invalid_handle(sending ? "sender" : "receiver", site, op);
    return nullptr;
  }
  auto *copy = new (std::nothrow) ByteChannelEnd(*end);
  void *copy_handle = copy ? HandleTable::instance().issue(kind, copy) : nullptr;
  if (!copy_handle) {
    delete copy;
    report_out_of_memory("a channel handle", site, op);
    return nullptr;
  }
  sending ? end->ops->add_sender(end->state) : end->ops->add_receiver(end->state);
  return copy_handle;
}

void drop_end(void *handle, HandleKind kind, const medi_rt_source *site, std::string_view op) {
  auto *end = static_cast<ByteChannelEnd *>(HandleTable::instance().take(handle, kind));
  if (!end) {
    report_invalid_handle(kind == HandleKind::Sender ? "sender" : "receiver", site, op);
    return;
  }
  kind == HandleKind::Sender ? end->ops->release_sender(end->state)
                             : end->ops->release_receiver(end->state);
  delete end;
}

} // namespace
} // namespace medi::abi

using namespace medi;
using namespace medi::abi;

extern "C" {

void medi_rt_chan_create(uint64_t elem_size, int64_t capacity, medi_rt_sender **tx_out,
                         medi_rt_receiver **rx_out, const medi_rt_source *site) {
  if (!tx_out || !rx_out) {
    report_invalid_argument("channel creation with a null handle out-pointer", site,
                            op::xchan_create);
    return;
  }
  *tx_out = nullptr;
  *rx_out = nullptr;
  if (capacity < MEDI_RT_CHAN_UNBOUNDED) {
    report_invalid_argument("channel capacity " + std::to_string(capacity) +
                                " (a count, 0 for rendezvous, -1 for unbounded)",
                            site, op::xchan_create);
    return;
  }
  const detail::RealtimeCheck realtime_check("creating a channel", SourceSite(site));
  ByteChannelEnd sender{};
  ByteChannelEnd receiver{};
  try {
    create_byte_channel(elem_size,
                        capacity == MEDI_RT_CHAN_UNBOUNDED ? detail::ChannelState<int>::kUnbounded
                                                           : static_cast<std::size_t>(capacity),
                        sender, receiver);
  } catch (const std::bad_alloc &) {
    report_out_of_memory("a channel", site, op::xchan_create);
    return;
  }
  auto *tx = new (std::nothrow) ByteChannelEnd(sender);
  auto *rx = new (std::nothrow) ByteChannelEnd(receiver);
  HandleTable &table = HandleTable::instance();
  void *tx_handle = tx ? table.issue(HandleKind::Sender, tx) : nullptr;
  void *rx_handle = rx && tx_handle ? table.issue(HandleKind::Receiver, rx) : nullptr;
  if (!tx_handle || !rx_handle) {
    if (tx_handle)
      table.take(tx_handle, HandleKind::Sender);
    delete tx;
    delete rx;
    sender.ops->release_sender(sender.state);
    sender.ops->release_receiver(sender.state); // the last end: frees the channel
    report_out_of_memory("channel handles", site, op::xchan_create);
    return;
  }
  *tx_out = static_cast<medi_rt_sender *>(tx_handle);
  *rx_out = static_cast<medi_rt_receiver *>(rx_handle);
}

medi_rt_status medi_rt_chan_send(medi_rt_sender *tx, const void *value,
                                 const medi_rt_source *site) {
  return send(tx, value, Call{ChannelOp::Send, op::xchan_send, true, std::nullopt}, site);
}

medi_rt_status medi_rt_chan_try_send(medi_rt_sender *tx, const void *value,
                                     const medi_rt_source *site) {
  return send(tx, value, Call{ChannelOp::TrySend, op::xchan_try_send, false, std::nullopt}, site);
}

medi_rt_status medi_rt_chan_send_timeout(medi_rt_sender *tx, const void *value, int64_t timeout_ns,
                                         const medi_rt_source *site) {
  return send(tx, value, Call{ChannelOp::Send, op::xchan_send, true, deadline_after(timeout_ns)},
              site);
}

medi_rt_status medi_rt_chan_recv(medi_rt_receiver *rx, void *out, const medi_rt_source *site) {
  return recv(rx, out, Call{ChannelOp::Recv, op::xchan_recv, true, std::nullopt}, site);
}

medi_rt_status medi_rt_chan_try_recv(medi_rt_receiver *rx, void *out, const medi_rt_source *site) {
  return recv(rx, out, Call{ChannelOp::TryRecv, op::xchan_try_recv, false, std::nullopt}, site);
}

medi_rt_status medi_rt_chan_recv_timeout(medi_rt_receiver *rx, void *out, int64_t timeout_ns,
                                         const medi_rt_source *site) {
  return recv(rx, out, Call{ChannelOp::Recv, op::xchan_recv, true, deadline_after(timeout_ns)},
              site);
}

medi_rt_sender *medi_rt_chan_sender_clone(medi_rt_sender *tx, const medi_rt_source *site) {
  return static_cast<medi_rt_sender *>(
      clone_end(tx, HandleKind::Sender, site, op::xchan_sender_clone));
}

void medi_rt_chan_sender_drop(medi_rt_sender *tx, const medi_rt_source *site) {
  drop_end(tx, HandleKind::Sender, site, op::xchan_sender_drop);
}

medi_rt_receiver *medi_rt_chan_receiver_clone(medi_rt_receiver *rx, const medi_rt_source *site) {
  return static_cast<medi_rt_receiver *>(
      clone_end(rx, HandleKind::Receiver, site, op::xchan_receiver_clone));
}

void medi_rt_chan_receiver_drop(medi_rt_receiver *rx, const medi_rt_source *site) {
  drop_end(rx, HandleKind::Receiver, site, op::xchan_receiver_drop);
}

} // extern "C"
