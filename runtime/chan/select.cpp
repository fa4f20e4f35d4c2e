// select.cpp: the select loop over any number of channel operations.
#include "../trace/trace_points.h"
#include "medi/detail/blocked_on.h"
#include "medi/detail/channel/select_case.h"
#include "medi/error/op_tags.h"

#include <cstdint>

namespace medi::detail {
namespace {

// A per-thread xorshift generator: where a fair select starts looking. Not inlined: a select
// that waits may resume on another worker thread, and a caller that had the thread-local's
// address in hand would then step on the first thread's generator.
[[gnu::noinline]] std::size_t random_start(std::size_t count) noexcept {
  thread_local std::uint64_t state =
      0x9e3779b97f4a7c15ull ^ reinterpret_cast<std::uintptr_t>(&state);
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return static_cast<std::size_t>(state % count);
}

} // namespace

std::size_t run_select(std::span<SelectCase *const> cases, bool fair,
                       std::optional<WaitContext::Clock::time_point> deadline) {
  const std::size_t count = cases.size();
  if (count == 0)
    return kSelectTimedOut;
  for (bool looked_again = false;;) {
    const std::size_t start = fair ? random_start(count) : 0;
    for (std::size_t k = 0; k < count; ++k) {
      const std::size_t i = (start + k) % count;
      if (cases[i]->try_complete())
        return i;
    }
    if (deadline && WaitContext::Clock::now() >= *deadline) {
      if (looked_again)
        return kSelectTimedOut;
      looked_again = true; // must not wait: one more pass first (select_case.h says why)
      continue;
    }

    const BlockedOn why{
        .op = op::xchan_select, .site = cases[0]->where(), .timed = deadline.has_value()};
    const BlockingScope blocking_scope(why);
    trace::select_blocks(why.op, why.site, count);
    WaitContext context(/*for_select=*/true);
    for (std::size_t k = 0; k < count; ++k)
      cases[(start + k) % count]->register_wait(context);
    for (SelectCase *c : cases)
      if (c->ready()) {
        context.try_select(WaitContext::kAborted); // ready meanwhile: look again at once
        break;
      }
    const std::uintptr_t selected = context.wait_until(deadline);
    std::optional<std::size_t> chosen;
    for (std::size_t i = 0; i < count; ++i) {
      if (cases[i]->id() == selected)
        chosen = i;
      else
        cases[i]->unregister();
    }
    if (chosen && cases[*chosen]->complete_selected())
      return *chosen;
    if (selected == WaitContext::kCancelled)
      return kSelectCancelled;
  }
}

} // namespace medi::detail
