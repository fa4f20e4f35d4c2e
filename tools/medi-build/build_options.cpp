//===- build_options.cpp - medi-build's command line --------------------------===//
#include "build_options.h"

#include "medi/mlir/front_end.h"
#include "option_parsing.h"
#include "tool_output.h"

using namespace llvm;

namespace medi::tools {
namespace {

const char Help[] = R"(USAGE: medi-build <file.ll|file.bc|file.mlir|-> -o <executable> [options]

Builds a native executable from a Medi program's LLVM IR: parses and verifies it, lowers the
Medi intrinsics (medi-lower), optimises it as medi-run does, emits an object file for this
machine and links it with the installed Medi runtime through clang++-19. The executable
behaves as `medi-run <file>` does on the same input.

  medi-build vitals_monitor.ll -o vitals_monitor
  medi-build -O3 lab_pipeline.ll -o lab_pipeline --time
  medi-build -c prog.ll -o prog.o                 an object file to link yourself
  medi-build alarm_loop.mlir -o alarm_loop        a program in the medi dialect (docs/mlir.md)

OPTIONS:
  -o <path>              the executable (or, with -c, the object file) to write
  -O0, -O1, -O2, -O3     optimisation level (-O2)
  -c                     write the object file only; do not link
  --runtime=<lib.a>      the Medi runtime to link (default: the one installed beside this tool)
  --linker=<driver>      the C++ compiler driver that links (default: clang++-19)
  --link-arg=<arg>       pass an argument to the link (repeatable), e.g. --link-arg=-lm
  --rt-check=off|warn|error
                         medi-rt-check before lowering (docs/realtime.md): error (default)
                         rejects a program that may block or allocate in a real-time zone
                         (exit 3), warn reports without stopping, off skips it
  --time                 print each phase's time on stderr
  --emit-mlir            for .mlir input: print the MLIR after medi-to-llvm on stdout and exit
  -v, --verbose          print the link command on stderr
  -h, --help             this text

EXIT CODES: 0 built; 2 the input does not parse; 3 invalid IR or rejected by medi-lower; 4 the
input cannot be read; 8 code generation or the link failed; 9 the .mlir input fails a verifier;
64 bad options. See docs/tools.md.
)";

} // namespace

const char *buildHelp() {
  return Help;
}

BuildParse parseBuildOptions(int Argc, char **Argv, BuildOptions &Out) {
  auto Bad = [](const Twine &Message) {
    fail(ExitCode::Usage, Message + " (see --help)");
    return BuildParse::Error;
  };
  bool HaveInput = false;
  for (int Index = 1; Index < Argc; ++Index) {
    StringRef Arg = Argv[Index];
    if (Arg == "-" || !Arg.starts_with("-")) {
      if (HaveInput)
        return Bad("more than one input ('" + Out.Input + "', '" + Arg + "')");
      Out.Input = Arg.str();
      HaveInput = true;
      continue;
    }
    if (Arg == "-h" || Arg == "--help" || Arg == "-help")
      return BuildParse::Help;
    if (Arg.starts_with("-O")) {
      if (!parseOptLevel(Arg, Out.OptLevel))
        return Bad("'" + Arg + "' is not an optimisation level; use -O0, -O1, -O2 or -O3");
      continue;
    }
    if (Arg == "-v" || Arg == "--verbose") {
      Out.Verbose = true;
      continue;
    }
    if (Arg == "-c") {
      Out.ObjectOnly = true;
      continue;
    }
    if (Arg.starts_with("-o")) { // -o path, -opath
      if (Arg.size() > 2)
        Out.Output = Arg.drop_front(2).str();
      else if (Index + 1 < Argc)
        Out.Output = Argv[++Index];
      else
        return Bad("-o needs a path");
      continue;
    }
    const OptionArg Option = splitOption(Arg);
    if (Option.Name == "time" || Option.Name == "emit-mlir") {
      if (Option.Value)
        return Bad("'--" + Option.Name + "' takes no value");
      (Option.Name == "time" ? Out.Time : Out.EmitMlir) = true;
      continue;
    }
    std::optional<StringRef> Value;
    if (Option.Name == "rt-check") {
      std::optional<StringRef> Mode = optionValue(Option, Argc, Argv, Index);
      std::optional<RtCheckMode> Parsed = Mode ? parseRtCheckMode(*Mode) : std::nullopt;
      if (!Parsed)
        return Bad("--rt-check is off, warn or error");
      Out.RtCheck = *Parsed;
      continue;
    }
    if (Option.Name == "runtime" || Option.Name == "linker" || Option.Name == "link-arg") {
      Value = optionValue(Option, Argc, Argv, Index);
      if (!Value || Value->empty())
        return Bad("--" + Option.Name + " needs a value");
    }
    if (Option.Name == "runtime")
      Out.Runtime = Value->str();
    else if (Option.Name == "linker")
      Out.Linker = Value->str();
    else if (Option.Name == "link-arg")
      Out.LinkArgs.push_back(Value->str());
    else
      return Bad("unknown option '" + Arg + "'");
  }
  if (!HaveInput)
    return Bad("no input file; build one with: medi-build <file.ll> -o <executable>");
  if (Out.EmitMlir) {
    if (!dialect::isMlirPath(Out.Input))
      return Bad("--emit-mlir needs a .mlir input");
    return BuildParse::Build;
  }
  if (Out.Output.empty())
    return Bad("no output; name the executable with -o <path>");
  return BuildParse::Build;
}

} // namespace medi::tools
