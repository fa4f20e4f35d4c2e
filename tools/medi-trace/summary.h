//===- summary.h - medi-trace summary -----------------------------------===//
//
// The text summary of a trace: per-task running, runnable and parked time; the blocking sites
// that cost most (by .medi line, with counts and totals); channel contention; GC pause
// percentiles; real-time zone time and violations.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_TOOLS_MEDI_TRACE_SUMMARY_H
#define MEDI_TOOLS_MEDI_TRACE_SUMMARY_H

#include "trace_model.h"

#include "llvm/Support/raw_ostream.h"

namespace medi::tools::trace {

/// Writes the summary; Top limits the task and blocking-site lists.
void printSummary(const Trace &T, llvm::StringRef Name, unsigned Top, llvm::raw_ostream &OS);

} // namespace medi::tools::trace

#endif // MEDI_TOOLS_MEDI_TRACE_SUMMARY_H
