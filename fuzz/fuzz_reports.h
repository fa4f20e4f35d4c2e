// fuzz_reports.h: the fuzzers' reporter. Reports are expected (misuse is part of every input);
// they are counted by op instead of printed, so a target can check that what it did wrong was
// reported, and libFuzzer's output stays readable.
#ifndef MEDI_FUZZ_FUZZ_REPORTS_H
#define MEDI_FUZZ_FUZZ_REPORTS_H

#include <cstdint>
#include <cstdio>
#include <medi/error.h>
#include <string>
#include <string_view>

namespace medi::fuzz {

class Reports {
public:
  /// Installs this as the reporter (once per process; single-threaded targets).
  void install() {
    set_error_reporter_with_context([this](const RuntimeError &, const RuntimeContext &context) {
      ++total_;
      last_op_ = std::string(context.op);
    });
  }
  std::uint64_t total() const noexcept { return total_; }
  const std::string &last_op() const noexcept { return last_op_; }

private:
  std::uint64_t total_ = 0;
  std::string last_op_;
};

/// A property the runtime promised, broken: a finding. Names the check, then traps so libFuzzer
/// saves the input.
inline void require(bool holds, const char *file = __builtin_FILE(), int line = __builtin_LINE()) {
  if (!holds) {
    std::fprintf(stderr, "medi fuzz: the check at %s:%d failed\n", file, line);
    __builtin_trap();
  }
}

} // namespace medi::fuzz

#endif // MEDI_FUZZ_FUZZ_REPORTS_H
