//===- medi_trace.cpp - medi-trace: read a Medi execution trace --------===//
//
//   medi-trace summary run.json          per-task times, blocking sites, channels, GC, zones
//   medi-trace svg run.json -o run.svg   a timeline picture
//
// run.json is what MEDI_TRACE=run.json or medi-run --trace=run.json wrote. See
// docs/tracing.md.
//
//===----------------------------------------------------------------------===//
#include "summary.h"
#include "timeline_svg.h"
#include "trace_model.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace medi::tools::trace;

namespace {

const char *Usage = R"(medi-trace: read a Medi execution trace

USAGE:
  medi-trace summary <trace.json> [--top=N]
  medi-trace svg <trace.json> -o <picture.svg> [--width=PIXELS]

  summary   per-task running / runnable / parked time, the blocking sites that cost most (by
            .medi line, with counts and totals), channel contention, GC pause percentiles,
            real-time zone time and violations
  svg       a timeline: a lane per worker, task runs coloured by how they ended, idle time,
            blocking calls labelled with their site; opens in any browser, offline

The trace is what MEDI_TRACE=<file> or medi-run --trace=<file> wrote ("-" reads stdin).

EXIT CODES:
  0    done
  1    the trace cannot be read, is not JSON (truncated?) or is not a Medi trace
  64   the command line is wrong
)";

int usageError(const Twine &Message) {
  WithColor::error(errs(), "medi-trace") << Message << "\n";
  errs() << "run 'medi-trace --help' for usage\n";
  return 64;
}

} // namespace

int main(int argc, char **argv) {
  std::vector<StringRef> Positional;
  std::string Output;
  unsigned Top = 10, Width = 1200;
  for (int I = 1; I < argc; ++I) {
    StringRef Arg(argv[I]);
    if (Arg == "-h" || Arg == "--help") {
      outs() << Usage;
      return 0;
    }
    if (Arg == "-o") {
      if (I + 1 == argc)
        return usageError("-o needs a file name");
      Output = argv[++I];
    } else if (Arg.consume_front("--top=")) {
      if (Arg.getAsInteger(10, Top) || Top == 0)
        return usageError("--top needs a positive number");
    } else if (Arg.consume_front("--width=")) {
      if (Arg.getAsInteger(10, Width) || Width < 400 || Width > 100000)
        return usageError("--width is a number of pixels from 400 to 100000");
    } else if (Arg.starts_with("-") && Arg != "-") {
      return usageError("unknown option '" + Arg + "'");
    } else {
      Positional.push_back(Arg);
    }
  }
  if (Positional.size() != 2)
    return usageError("expected a command (summary or svg) and a trace file");
  const StringRef Command = Positional[0], Input = Positional[1];
  if (Command != "summary" && Command != "svg")
    return usageError("unknown command '" + Command + "' (summary or svg)");
  if (Command == "svg" && Output.empty())
    return usageError("svg needs -o <picture.svg>");
  if (Command == "summary" && !Output.empty())
    return usageError("summary prints to stdout; -o is for svg");

  Expected<Trace> T = loadTrace(Input);
  if (!T) {
    WithColor::error(errs(), "medi-trace") << toString(T.takeError()) << "\n";
    return 1;
  }
  if (Command == "summary") {
    printSummary(*T, sys::path::filename(Input), Top, outs());
    return 0;
  }
  std::error_code EC;
  raw_fd_ostream OS(Output, EC, sys::fs::OF_Text);
  if (EC) {
    WithColor::error(errs(), "medi-trace") << Output << ": " << EC.message() << "\n";
    return 1;
  }
  writeTimelineSvg(*T, ("Medi trace: " + sys::path::filename(Input)).str(), Width, OS);
  OS.close();
  if (OS.has_error()) {
    WithColor::error(errs(), "medi-trace") << Output << ": " << OS.error().message() << "\n";
    OS.clear_error();
    return 1;
  }
  return 0;
}
