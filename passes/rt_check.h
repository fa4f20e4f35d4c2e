//===- rt_check.h - Real-time violations found at compile time ------------===//
//
// `medi-rt-check` reports every call reached from a real-time zone that may block or allocate
// without bound, with the source line of the call, the chain of calls that leads there and the
// zone's entry (docs/realtime.md, "At compile time"). The rules are the rows of
// <medi/abi/realtime_rules.def>, the list the medi dialect's verifier uses.
//
//   opt -load-pass-plugin=MediPasses.so -passes=medi-rt-check in.ll -disable-output
//
// Errors (forbidden calls, zones left open on some path) make the module rejected: an LLVM
// error diagnostic after all of them are printed. Unknown callees are warnings by default.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_PASSES_RT_CHECK_H
#define MEDI_PASSES_RT_CHECK_H

#include "llvm/IR/PassManager.h"
#include "llvm/Support/raw_ostream.h"

namespace medi::passes {

/// How a diagnostic is reported.
enum class RtSeverity { Ignore, Warning, Error };

struct RtCheckOptions {
  /// Forbidden calls and zones left open.
  RtSeverity Forbidden = RtSeverity::Error;
  /// External functions the rules do not know, and indirect calls. Defaults to the
  /// -medi-rt-check-unknown option (itself "warning") when not set.
  std::optional<RtSeverity> Unknown;
  /// Where the diagnostics are printed.
  llvm::raw_ostream *Out = nullptr; // errs() when null
};

/// What one run found.
struct RtCheckResult {
  unsigned Errors = 0;
  unsigned Warnings = 0;
};

/// Checks `M`; prints the diagnostics. Does not change the module.
RtCheckResult checkRealtimeZones(llvm::Module &M, const RtCheckOptions &Options = {});

class MediRtCheckPass : public llvm::PassInfoMixin<MediRtCheckPass> {
public:
  explicit MediRtCheckPass(RtCheckOptions Options = {}) : Options(Options) {}
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }

private:
  RtCheckOptions Options;
};

} // namespace medi::passes

#endif // MEDI_PASSES_RT_CHECK_H
