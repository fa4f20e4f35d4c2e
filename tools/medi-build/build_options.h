//===- build_options.h - medi-build's command line ----------------------------===//
#ifndef MEDI_TOOLS_BUILD_OPTIONS_H
#define MEDI_TOOLS_BUILD_OPTIONS_H

#include "option_parsing.h"

#include <string>
#include <vector>

namespace medi::tools {

struct BuildOptions {
  std::string Input;
  std::string Output;
  unsigned OptLevel = 2;
  bool ObjectOnly = false; // -c
  bool Time = false;
  bool EmitMlir = false; // a .mlir input: print the lowered MLIR and exit
  bool Verbose = false;  // -v: print the link command
  std::string Runtime;   // libmedi_runtime.a; empty: the installed one
  std::string Linker;    // the linker driver; empty: clang++-19
  std::vector<std::string> LinkArgs;
  RtCheckMode RtCheck = RtCheckMode::Error; // --rt-check
};

enum class BuildParse { Build, Help, Error };

BuildParse parseBuildOptions(int Argc, char **Argv, BuildOptions &Out);
const char *buildHelp();

} // namespace medi::tools

#endif // MEDI_TOOLS_BUILD_OPTIONS_H
