// medi/detail/channel/select_case.h: one case of a select, as the select loop sees it
// (internal; medi/select.h builds them).
#ifndef MEDI_DETAIL_CHANNEL_SELECT_CASE_H
#define MEDI_DETAIL_CHANNEL_SELECT_CASE_H

#include "medi/detail/channel/wait_context.h"
#include "medi/error/source_site.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace medi::detail {

class SelectCase {
public:
  /// Completes the operation now if it can (a value, room, or a disconnection to report),
  /// calling the case's handler; false when it would block.
  virtual bool try_complete() = 0;
  /// Registers the case with its channel's waiting list, as operation id(), in `context`.
  virtual void register_wait(WaitContext &context) = 0;
  /// Whether try_complete() would now succeed (checked after registering, to not miss it).
  virtual bool ready() const = 0;
  /// Removes the registration of a case that was not selected.
  virtual void unregister() noexcept = 0;
  /// The case was selected: finish it (a rendezvous has been made: always true), or try it
  /// (a buffered channel was notified: false if another party took the value or room first).
  virtual bool complete_selected() = 0;

  /// Where the case was made (its on_recv / on_send call).
  virtual SourceSite where() const noexcept = 0;

  std::uintptr_t id() const noexcept { return reinterpret_cast<std::uintptr_t>(this); }

protected:
  ~SelectCase() = default; // cases live on their select's stack (or in an owner that knows them)
};

/// run_select's results other than a case's index.
inline constexpr std::size_t kSelectTimedOut = ~std::size_t{0};
inline constexpr std::size_t kSelectCancelled = ~std::size_t{0} - 1;

/// The select loop: tries the cases (from a random one when `fair`, else in order), and waits
/// for any of them until `deadline`. Returns the index of the case that completed,
/// kSelectTimedOut once the deadline has passed, or kSelectCancelled when the calling task is
/// cancelled instead of waiting.
///
/// A select that must not wait (its deadline has passed; Go's `default`) is linearizable in the
/// sense its test checks: if at every instant of the call some case could complete, one does.
/// One pass over the cases is not enough: a value may move from a case not yet tried to one
/// already tried while the pass runs. So before giving up it tries every case once more (as
/// crossbeam-channel's select looks again before it gives up); it registers nowhere, so it
/// allocates nothing and is allowed in a real-time zone.
std::size_t run_select(std::span<SelectCase *const> cases, bool fair,
                       std::optional<WaitContext::Clock::time_point> deadline);

} // namespace medi::detail

#endif // MEDI_DETAIL_CHANNEL_SELECT_CASE_H
