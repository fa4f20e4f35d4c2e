//===- run_options.h - medi-run's command line --------------------------------===//
//
// A small parser of its own: libLLVM registers hundreds of global cl::opt options (one of them
// named "threads"), so medi-run's options would collide with them and its --help would drown
// in them.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_TOOLS_RUN_OPTIONS_H
#define MEDI_TOOLS_RUN_OPTIONS_H

#include "option_parsing.h"
#include "scheduler_setup.h"

#include <optional>
#include <string>
#include <vector>

namespace medi::tools {

struct RunOptions {
  std::string Input;                    // the IR file, "-" for stdin
  std::vector<std::string> ProgramArgs; // after the input (and after "--")
  unsigned OptLevel = 2;
  std::string Entry = "main";
  unsigned Threads = 0; // 0: one per core
  FailurePolicy Policy = FailurePolicy::Skip;
  RtCheckMode RtCheck = RtCheckMode::Error;
  bool EmitLLVM = false;
  bool EmitMlir = false; // a .mlir input: print the lowered MLIR and exit
  bool Time = false;
  std::vector<std::string> Load;
  std::string Trace; // --trace: the file an execution trace goes to (docs/tracing.md)
};

enum class ParseOutcome { Run, Help, Error };

/// Parses argv into Out; on Error, has printed what is wrong.
ParseOutcome parseRunOptions(int Argc, char **Argv, RunOptions &Out);

/// The --help text.
const char *runHelp();

} // namespace medi::tools

#endif // MEDI_TOOLS_RUN_OPTIONS_H
