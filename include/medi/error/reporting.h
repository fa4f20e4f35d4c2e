// medi/error/reporting.h: the diagnostics pathway. Every runtime error is reported here.
//
// A report goes to the context reporter if one is set, else to the minimal reporter if one is
// set, else to the default, which prints one line to stderr:
//     [medi-runtime] <message> @<file>:<line>:<col> op=<op>
// and then to every listener, in the order they were added. Reporters can be replaced and
// listeners added or removed at any time, from any thread, even from inside a reporter or
// listener. A reporter or listener that throws is skipped (noted on stderr); one that reports
// again is served, up to a nesting depth of kMaxReportNesting, after which nested reports are
// printed by the default reporter only, so a listener that always reports cannot recurse forever.
//
// Removal is final: when set_error_reporter*() or remove_error_context_listener() returns, the
// callable it replaced or removed is not running on any other thread, will not be called again,
// and has been destroyed (when called from inside that callable, it is destroyed as the call
// returns). So a listener may capture references to locals of the scope that removes it; and
// neither function may be called while holding a lock that the callable itself takes.
//
// Cost: reporting is an out-of-line cold call; checking for errors costs nothing extra. A report
// normally takes no lock: each thread keeps a snapshot of the reporter set and takes the
// registry's lock only to pick up a newer snapshot after a change (or for a nested report).
#ifndef MEDI_ERROR_REPORTING_H
#define MEDI_ERROR_REPORTING_H

#include "medi/error/runtime_context.h"
#include "medi/error/runtime_error.h"

#include <cstdint>
#include <functional>
#include <source_location>
#include <string>
#include <string_view>

namespace medi {

/// The minimal reporter: sees the error only.
using ErrorReporter = std::move_only_function<void(const RuntimeError &)>;
/// A reporter or listener that also sees where the error happened.
using ContextErrorReporter =
    std::move_only_function<void(const RuntimeError &, const RuntimeContext &)>;

enum class ListenerId : std::uint64_t {};

inline constexpr int kMaxReportNesting = 4;

/// Replaces the minimal reporter; an empty one (nullptr) removes it.
void set_error_reporter(ErrorReporter reporter);
/// Replaces the context reporter; an empty one (nullptr) removes it.
void set_error_reporter_with_context(ContextErrorReporter reporter);

/// Adds an observer called for every report after the reporter; returns its id. An empty
/// listener is not added: it is reported (op diagnostics.empty_listener) and ListenerId{0},
/// which no listener ever has, comes back.
ListenerId add_error_context_listener(ContextErrorReporter listener);
/// Removes a listener; false when `id` is not (or no longer) registered.
bool remove_error_context_listener(ListenerId id);

/// Reports `error` at `context` through the pathway described above.
[[gnu::cold]] void report_error(const RuntimeError &error, const RuntimeContext &context) noexcept;
/// Reports `error` with op tag `op` at the caller's source location (module: the caller's
/// function name). The shape runtime APIs use with a defaulted std::source_location parameter.
[[gnu::cold]] void
report_error(const RuntimeError &error, std::string_view op,
             std::source_location location = std::source_location::current()) noexcept;

/// The rank this process reports as when it runs under mpirun (medi/dist.h), else -1. The
/// default reporter's line then says it: "[medi-runtime rank 2] ...".
int report_rank() noexcept;

/// The default reporter's line for `error` at `context`, without the newline.
std::string format_report_line(const RuntimeError &error, const RuntimeContext &context);
/// What the default reporter does: writes format_report_line() and a newline to stderr at once.
void print_default_report(const RuntimeError &error, const RuntimeContext &context);

namespace detail {
/// Set by the distributed runtime once it knows this process's rank.
void set_report_rank(int rank) noexcept;

// The out-of-line half of MEDI_RUNTIME_REPORT. The error is built in here, only once a report
// is due, so the code around the macro carries neither its construction nor its cleanup.
template <class MakeError>
[[gnu::cold, gnu::noinline]] void report_built(MakeError &&make_error,
                                               std::source_location location, std::string_view op,
                                               std::string_view module) {
  report_error(std::forward<MakeError>(make_error)(), RuntimeContext::from(location, op, module));
}

#if defined(__clang__) && defined(__x86_64__)
// With clang the call also preserves every register (the callee saves what it uses), so values
// live across the never-taken branch, floating-point ones included, stay in registers: a loop
// with a report in it compiles like one without. The calling convention is not part of the
// mangled name, so this variant has a name of its own: a program whose objects come from both
// clang and gcc never links one compiler's call to the other's definition.
template <class MakeError>
[[gnu::cold, gnu::noinline, clang::preserve_all]] void
report_built_preserving_registers(MakeError &&make_error, std::source_location location,
                                  std::string_view op, std::string_view module) {
  report_built(std::forward<MakeError>(make_error), location, op, module);
}
#define MEDI_DETAIL_REPORT_BUILT ::medi::detail::report_built_preserving_registers
#else
#define MEDI_DETAIL_REPORT_BUILT ::medi::detail::report_built
#endif
} // namespace detail

/// A listener for the lifetime of a scope.
class ScopedErrorListener {
public:
  explicit ScopedErrorListener(ContextErrorReporter listener)
      : id_(add_error_context_listener(std::move(listener))) {}
  ~ScopedErrorListener() { remove_error_context_listener(id_); }
  ScopedErrorListener(const ScopedErrorListener &) = delete;
  ScopedErrorListener &operator=(const ScopedErrorListener &) = delete;
  ListenerId id() const noexcept { return id_; }

private:
  ListenerId id_;
};

} // namespace medi

// MEDI_RUNTIME_REPORT(err, "op_tag"): report `err` with the source context of this line. The
// module is MEDI_MODULE when the including file defines it (before including any Medi header,
// or with -DMEDI_MODULE=\"name\"), else the enclosing function's name.
#ifdef MEDI_MODULE
#define MEDI_DETAIL_REPORT_MODULE ::std::string_view(MEDI_MODULE)
#else
#define MEDI_DETAIL_REPORT_MODULE ::std::string_view()
#endif

#define MEDI_RUNTIME_REPORT(err, op_tag)                                                           \
  MEDI_DETAIL_REPORT_BUILT([&]() -> ::medi::RuntimeError { return (err); },                        \
                           ::std::source_location::current(), (op_tag), MEDI_DETAIL_REPORT_MODULE)

#endif // MEDI_ERROR_REPORTING_H
