//===- medi_build.cpp - A native executable from a Medi program's IR --------===//
//
//   medi-build <file.ll|file.bc> -o <exe> [-O0..-O3] [-c] [--time]
//
// The same front half as medi-run (load, verify, medi-lower, the -O pipeline for this
// machine), then an object file from the host TargetMachine, linked with the installed runtime
// by clang++-19. docs/tools.md is the manual.
//
//===----------------------------------------------------------------------===//
#include "build_options.h"
#include "compile_pipeline.h"
#include "exit_codes.h"
#include "module_loader.h"
#include "native_linker.h"
#include "object_emitter.h"
#include "phase_timer.h"
#include "tool_output.h"

#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"

#include <cstdio>
#include <cstdlib>

using namespace llvm;
using namespace medi::tools;

namespace {

int build(const BuildOptions &Options, PhaseTimer &Timer, const char *Argv0) {
  LLVMContext Context;
  installDiagnosticHandler(Context);

  Timer.start("parse");
  std::unique_ptr<Module> M;
  LoadOptions Load;
  Load.StartPhase = [&Timer](StringRef Phase) { Timer.start(Phase); };
  if (Options.EmitMlir)
    Load.LoweredMlir = &outs();
  if (auto Failed = loadModule(Options.Input, Context, M, std::move(Load)))
    return code(*Failed);
  if (Options.EmitMlir)
    return 0;

  Timer.start("rt-check");
  if (auto Failed = checkRealtime(*M, Options.RtCheck))
    return code(*Failed);
  Timer.start("lower");
  if (auto Failed = lowerMediIntrinsics(*M))
    return code(*Failed);

  Timer.start("optimise");
  auto Target = hostTarget(Options.OptLevel);
  if (!Target)
    return code(ExitCode::BackendFailure);
  optimiseModule(*M, *Target->Machine, Options.OptLevel);

  Timer.start("codegen");
  std::string Object = Options.Output;
  SmallString<128> Temporary;
  if (!Options.ObjectOnly) {
    if (std::error_code Error = sys::fs::createTemporaryFile("medi-build", "o", Temporary))
      return code(fail(ExitCode::BackendFailure,
                       "cannot create a temporary object file: " + Error.message()));
    Object = Temporary.str().str();
  }
  auto Emitted = emitObject(*M, *Target->Machine, Object);
  if (Emitted || Options.ObjectOnly) {
    if (!Temporary.empty())
      sys::fs::remove(Temporary);
    return Emitted ? code(*Emitted) : 0;
  }

  Timer.start("link");
  auto Linked = linkExecutable(
      {Object, Options.Output, Options.Runtime, Options.Linker, Options.LinkArgs, Options.Verbose},
      Argv0);
  sys::fs::remove(Temporary);
  Timer.stop();
  return Linked ? code(*Linked) : 0;
}

} // namespace

int main(int argc, char **argv) {
  setToolName("medi-build");
  installFatalErrorHandler();
  BuildOptions Options;
  switch (parseBuildOptions(argc, argv, Options)) {
  case BuildParse::Help:
    outs() << buildHelp();
    return 0;
  case BuildParse::Error:
    return code(ExitCode::Usage);
  case BuildParse::Build:
    break;
  }
  PhaseTimer Timer(Options.Time);
  const int Result = build(Options, Timer, argv[0]);
  Timer.print();
  return Result;
}
