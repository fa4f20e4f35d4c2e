// select_abi.cpp: the C ABI's select over MPMC channel ends: blocking, with a timeout, and
// without waiting (Go's `default`), on the same select loop as medi::select (fair, linearizable
// when it must not wait, cancellable).
//
// The cases are an array the compiled code builds on its stack. Every case is checked before
// anything happens: a bad case is reported with its index and nothing is sent or received.
#include "byte_channel.h"
#include "call_report.h"
#include "handle_table.h"
#include "medi/detail/realtime_check.h"
#include "medi/error/op_tags.h"
#include "medi/medi_rt.h"

#include <chrono>
#include <memory>
#include <new>
#include <string>
#include <vector>

namespace medi::abi {
namespace {

constexpr std::size_t kMaxCases = 1 << 16;

struct Prepared {
  std::unique_ptr<ByteSelectCase> owner;
  bool disconnected = false;
};

medi_rt_status run(const medi_rt_select_case *cases, uint64_t count, Deadline deadline,
                   bool must_not_wait, int64_t *index_out, const medi_rt_source *site) {
  if (!index_out)
    return report_invalid_argument("select with a null index out-pointer", site, op::xchan_select);
  *index_out = -1;
  if (count == 0 || count > kMaxCases || !cases)
    return report_invalid_argument("select over " + std::to_string(count) + " cases" +
                                       (cases || count == 0 ? "" : " at a null array") + " (1 to " +
                                       std::to_string(kMaxCases) + ")",
                                   site, op::xchan_select);
  const detail::RealtimeCheck realtime_check("a blocking select", SourceSite(site), !must_not_wait);
  // Prepared as a whole first: the cases' `disconnected` flags must not move once built.
  std::unique_ptr<Prepared[]> prepared(new (std::nothrow) Prepared[count]);
  std::vector<detail::SelectCase *> pointers;
  try {
    if (!prepared)
      throw std::bad_alloc();
    pointers.reserve(count);
    for (uint64_t i = 0; i < count; ++i) {
      const medi_rt_select_case &c = cases[i];
      const bool sending = c.kind == MEDI_RT_SELECT_SEND;
      if (!sending && c.kind != MEDI_RT_SELECT_RECV) {
        *index_out = static_cast<int64_t>(i);
        return report_invalid_argument("select case " + std::to_string(i) + " has kind " +
                                           std::to_string(c.kind) + " (0 receive, 1 send)",
                                       site, op::xchan_select);
      }
      auto *end = static_cast<ByteChannelEnd *>(HandleTable::instance().find(
          c.channel, sending ? HandleKind::Sender : HandleKind::Receiver));
      if (!end) {
        *index_out = static_cast<int64_t>(i);
        return report_invalid_handle(sending ? "sender (select case " + std::to_string(i) + ")"
                                             : "receiver (select case " + std::to_string(i) + ")",
                                     site, op::xchan_select);
      }
      if (!c.value && end->elem_size > 0) {
        *index_out = static_cast<int64_t>(i);
        return report_invalid_argument("select case " + std::to_string(i) +
                                           " has a null value pointer",
                                       site, op::xchan_select);
      }
      Prepared &p = prepared[i];
      p.owner = sending ? end->ops->send_case(end->state, c.value, end->elem_size, SourceSite(site),
                                              &p.disconnected)
                        : end->ops->recv_case(end->state, c.value, end->elem_size, SourceSite(site),
                                              &p.disconnected);
      pointers.push_back(&p.owner->select_case());
    }
  } catch (const std::bad_alloc &) {
    return report_out_of_memory("a select's cases (nothing was sent or received)", site,
                                op::xchan_select);
  }
  const std::size_t chosen = detail::run_select(pointers, /*fair=*/true, deadline);
  if (chosen == detail::kSelectCancelled)
    return MEDI_RT_CANCELLED;
  if (chosen == detail::kSelectTimedOut)
    return must_not_wait ? MEDI_RT_EMPTY : MEDI_RT_TIMEOUT;
  *index_out = static_cast<int64_t>(chosen);
  return prepared[chosen].disconnected ? MEDI_RT_DISCONNECTED : MEDI_RT_OK;
}

} // namespace
} // namespace medi::abi

using namespace medi::abi;

extern "C" {

medi_rt_status medi_rt_select(const medi_rt_select_case *cases, uint64_t count, int64_t *index_out,
                              const medi_rt_source *site) {
  return run(cases, count, std::nullopt, false, index_out, site);
}

medi_rt_status medi_rt_select_timeout(const medi_rt_select_case *cases, uint64_t count,
                                      int64_t timeout_ns, int64_t *index_out,
                                      const medi_rt_source *site) {
  const auto now = medi::detail::WaitContext::Clock::now();
  return run(cases, count, now + std::chrono::nanoseconds(timeout_ns > 0 ? timeout_ns : 0),
             timeout_ns <= 0, index_out, site);
}

medi_rt_status medi_rt_select_try(const medi_rt_select_case *cases, uint64_t count,
                                  int64_t *index_out, const medi_rt_source *site) {
  return run(cases, count, medi::detail::WaitContext::Clock::time_point::min(), true, index_out,
             site);
}

} // extern "C"
