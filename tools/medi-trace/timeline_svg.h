//===- timeline_svg.h - medi-trace svg ----------------------------------===//
//
// A timeline picture of a trace as a self-contained SVG (no scripts, no fonts or styles from
// the network): one lane per worker thread (then one per plain thread that blocked or ran a
// task), task runs as slices coloured by how the run ended (parked, yielded, finished, failed,
// still running), idle time in grey, a plain thread's blocking calls hatched; each slice that
// ended in a park is labelled with the blocking call's site when it is wide enough, and every
// slice carries a tooltip (<title>) with the task, the site and the times.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_TOOLS_MEDI_TRACE_TIMELINE_SVG_H
#define MEDI_TOOLS_MEDI_TRACE_TIMELINE_SVG_H

#include "trace_model.h"

#include "llvm/Support/raw_ostream.h"

namespace medi::tools::trace {

void writeTimelineSvg(const Trace &T, llvm::StringRef Title, unsigned Width, llvm::raw_ostream &OS);

} // namespace medi::tools::trace

#endif // MEDI_TOOLS_MEDI_TRACE_TIMELINE_SVG_H
