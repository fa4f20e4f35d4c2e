// dist_abi.cpp: the C ABI's distributed channels (medi_rt_dist_*; intrinsics.def): compiled code's
// named channels across ranks, with values of a fixed size, over the byte-level core that
// medi/dist.h's templates use too.
//
// Handles are the C ABI's checked handles (kinds DistSender and DistReceiver). A failed send leaves
// its value with the caller. Reports name the call site's source record; the end of a stream, an
// Empty try_recv, a Full try_send, a timeout and a cancellation are outcomes, not reports.
#include "../abi/call_report.h"
#include "../abi/handle_table.h"
#include "dist/buffer_pool.h"
#include "dist/world.h"
#include "medi/abi/arg_checks.h"
#include "medi/dist.h"
#include "medi/error/op_tags.h"
#include "medi/medi_rt.h"

#include <chrono>
#include <cstring>
#include <memory>
#include <new>
#include <string>

namespace medi::dist::detail {
namespace {

using abi::HandleKind;
using abi::HandleTable;

// What a handle names: one sender (or receiver) of the channel, and the channel's value size.
struct SenderEnd {
  std::shared_ptr<SenderState> state;
  std::size_t elem_size;
};
struct ReceiverEnd {
  std::shared_ptr<ReceiverState> state;
  std::size_t elem_size;
};

medi_rt_status status_of(Status status) noexcept {
  switch (status) {
  case Status::Ok:
    return MEDI_RT_OK;
  case Status::Empty:
    return MEDI_RT_EMPTY;
  case Status::Full:
    return MEDI_RT_FULL;
  case Status::Timeout:
    return MEDI_RT_TIMEOUT;
  case Status::Cancelled:
    return MEDI_RT_CANCELLED;
  case Status::Disconnected:
    return MEDI_RT_DISCONNECTED;
  case Status::Refused:
    return MEDI_RT_INVALID_ARGUMENT;
  }
  return MEDI_RT_DISCONNECTED;
}

Deadline deadline_after(int64_t timeout_ns) {
  if (timeout_ns < 0)
    return std::nullopt;
  return SteadyClock::now() + std::chrono::nanoseconds(timeout_ns);
}

template <class End>
void *issue(HandleKind kind, End &&end, const medi_rt_source *site, std::string_view op) {
  auto *object = new (std::nothrow) std::remove_cvref_t<End>(std::forward<End>(end));
  void *handle = object ? HandleTable::instance().issue(kind, object) : nullptr;
  if (!handle) {
    delete object;
    abi::report_out_of_memory("a remote channel handle", site, op);
  }
  return handle;
}

bool valid_phi(int32_t phi, const medi_rt_source *site, std::string_view op) {
  static constexpr const abi::ArgCheck *kPhi = abi::check_of(abi::arg_checks::DistOpen, 3);
  if (kPhi->accepts(phi))
    return true;
  abi::report_invalid_argument("a remote channel with " + kPhi->complaint(std::to_string(phi)),
                               site, op);
  return false;
}

medi_rt_status send(medi_rt_dist_sender *tx, const void *value, bool try_only,
                    const medi_rt_source *site) {
  auto *end = static_cast<SenderEnd *>(HandleTable::instance().find(tx, HandleKind::DistSender));
  if (!end)
    return abi::report_invalid_handle("remote sender", site, op::dist_send);
  if (!value)
    return abi::report_invalid_argument("send of a null value pointer", site, op::dist_send);
  Bytes bytes = BufferPool::get().take(end->elem_size);
  std::memcpy(bytes.data(), value, end->elem_size); // the caller keeps `value` either way
  return status_of(send_bytes(*end->state, bytes, try_only, std::nullopt, SourceSite(site)));
}

medi_rt_status recv(medi_rt_dist_receiver *rx, void *out, bool try_only, Deadline deadline,
                    const medi_rt_source *site) {
  auto *end =
      static_cast<ReceiverEnd *>(HandleTable::instance().find(rx, HandleKind::DistReceiver));
  if (!end)
    return abi::report_invalid_handle("remote receiver", site, op::dist_recv);
  if (!out)
    return abi::report_invalid_argument("recv into a null pointer", site, op::dist_recv);
  Bytes bytes;
  const Status status = recv_bytes(*end->state, bytes, try_only, deadline, SourceSite(site));
  if (status == Status::Ok) {
    std::memcpy(out, bytes.data(), end->elem_size);
    BufferPool::get().give(std::move(bytes));
  }
  return status_of(status);
}

} // namespace
} // namespace medi::dist::detail

using namespace medi;
using namespace medi::dist;
using namespace medi::dist::detail;

extern "C" {

int32_t medi_rt_dist_rank(const medi_rt_source *site) {
  if (!World::get().ensure_started(SourceSite(site)))
    return 0;
  return World::get().rank();
}

int32_t medi_rt_dist_size(const medi_rt_source *site) {
  if (!World::get().ensure_started(SourceSite(site)))
    return 1;
  return World::get().size();
}

medi_rt_status medi_rt_dist_barrier(const medi_rt_source *site) {
  World &world = World::get();
  if (!world.ensure_started(SourceSite(site)))
    return MEDI_RT_UNSUPPORTED;
  if (!world.distributed())
    return MEDI_RT_OK;
  return world.barrier(SourceSite(site)) ? MEDI_RT_OK : MEDI_RT_DISCONNECTED;
}

medi_rt_status medi_rt_dist_open(const char *name, uint64_t elem_size, int64_t capacity,
                                 int32_t phi, int64_t senders, medi_rt_dist_receiver **rx_out,
                                 const medi_rt_source *site) {
  if (!rx_out)
    return abi::report_invalid_argument("open with a null handle out-pointer", site, op::dist_open);
  *rx_out = nullptr;
  if (!name || elem_size == 0 || capacity < 0 || senders < 0)
    return abi::report_invalid_argument(
        !name            ? std::string("open of a null name")
        : elem_size == 0 ? std::string("open with a value size of 0")
                         : "open with capacity " + std::to_string(capacity) + " and senders " +
                               std::to_string(senders) + " (both at least 0)",
        site, op::dist_open);
  if (!valid_phi(phi, site, op::dist_open))
    return MEDI_RT_INVALID_ARGUMENT;
  auto state = open_channel(name, elem_size,
                            {.capacity = static_cast<std::size_t>(capacity),
                             .phi = phi != 0,
                             .senders = static_cast<std::size_t>(senders)},
                            SourceSite(site));
  if (!state)
    return state.error() == OpenError::Unavailable ? MEDI_RT_UNSUPPORTED : MEDI_RT_INVALID_ARGUMENT;
  void *handle = issue(HandleKind::DistReceiver, ReceiverEnd{std::move(*state), elem_size}, site,
                       op::dist_open);
  if (!handle)
    return MEDI_RT_OUT_OF_MEMORY;
  *rx_out = static_cast<medi_rt_dist_receiver *>(handle);
  return MEDI_RT_OK;
}

medi_rt_status medi_rt_dist_connect(const char *name, int32_t owner, uint64_t elem_size,
                                    int32_t phi, int64_t timeout_ns, medi_rt_dist_sender **tx_out,
                                    const medi_rt_source *site) {
  if (!tx_out)
    return abi::report_invalid_argument("connect with a null handle out-pointer", site,
                                        op::dist_connect);
  *tx_out = nullptr;
  if (!name || elem_size == 0)
    return abi::report_invalid_argument(!name ? "connect to a null name"
                                              : "connect with a value size of 0",
                                        site, op::dist_connect);
  if (!valid_phi(phi, site, op::dist_connect))
    return MEDI_RT_INVALID_ARGUMENT;
  auto state = connect_channel(name, owner, elem_size, {.phi = phi != 0},
                               deadline_after(timeout_ns), SourceSite(site));
  if (!state) {
    switch (state.error()) {
    case ConnectError::Timeout:
      return MEDI_RT_TIMEOUT;
    case ConnectError::Unavailable:
      return MEDI_RT_UNSUPPORTED;
    case ConnectError::Refused:
    case ConnectError::InvalidRank:
      return MEDI_RT_INVALID_ARGUMENT;
    }
  }
  void *handle = issue(HandleKind::DistSender, SenderEnd{std::move(*state), elem_size}, site,
                       op::dist_connect);
  if (!handle)
    return MEDI_RT_OUT_OF_MEMORY;
  *tx_out = static_cast<medi_rt_dist_sender *>(handle);
  return MEDI_RT_OK;
}

medi_rt_status medi_rt_dist_send(medi_rt_dist_sender *tx, const void *value,
                                 const medi_rt_source *site) {
  return send(tx, value, false, site);
}

medi_rt_status medi_rt_dist_try_send(medi_rt_dist_sender *tx, const void *value,
                                     const medi_rt_source *site) {
  return send(tx, value, true, site);
}

medi_rt_status medi_rt_dist_recv(medi_rt_dist_receiver *rx, void *out, const medi_rt_source *site) {
  return recv(rx, out, false, std::nullopt, site);
}

medi_rt_status medi_rt_dist_try_recv(medi_rt_dist_receiver *rx, void *out,
                                     const medi_rt_source *site) {
  return recv(rx, out, true, std::nullopt, site);
}

medi_rt_status medi_rt_dist_recv_timeout(medi_rt_dist_receiver *rx, void *out, int64_t timeout_ns,
                                         const medi_rt_source *site) {
  return recv(rx, out, false, deadline_after(timeout_ns < 0 ? 0 : timeout_ns), site);
}

medi_rt_dist_sender *medi_rt_dist_sender_clone(medi_rt_dist_sender *tx,
                                               const medi_rt_source *site) {
  auto *end = static_cast<SenderEnd *>(HandleTable::instance().find(tx, HandleKind::DistSender));
  if (!end) {
    abi::report_invalid_handle("remote sender", site, op::dist_handle);
    return nullptr;
  }
  return static_cast<medi_rt_dist_sender *>(
      issue(HandleKind::DistSender, SenderEnd(*end), site, op::dist_handle));
}

void medi_rt_dist_sender_drop(medi_rt_dist_sender *tx, const medi_rt_source *site) {
  auto *end = static_cast<SenderEnd *>(HandleTable::instance().take(tx, HandleKind::DistSender));
  if (!end) {
    abi::report_invalid_handle("remote sender", site, op::dist_handle);
    return;
  }
  delete end;
}

void medi_rt_dist_receiver_drop(medi_rt_dist_receiver *rx, const medi_rt_source *site) {
  auto *end =
      static_cast<ReceiverEnd *>(HandleTable::instance().take(rx, HandleKind::DistReceiver));
  if (!end) {
    abi::report_invalid_handle("remote receiver", site, op::dist_handle);
    return;
  }
  delete end;
}

} // extern "C"
