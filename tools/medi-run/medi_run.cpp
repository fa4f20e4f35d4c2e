//===- medi_run.cpp - Run a Medi program's IR in-process through ORC LLJIT -===//
//
//   medi-run [options] <file.ll|file.bc> [-- program args]
//
// Parses and verifies the module, lowers the Medi intrinsics (medi-lower), optimises at -O2 by
// default, JIT-compiles it with the runtime linked into this process, runs the static
// constructors, calls the entry (main), runs the destructors and exits with what it returned.
// When the entry returns, tasks still running are abandoned (not joined), as in Go and Rust.
// docs/tools.md is the manual; exit_codes.def lists how it ends otherwise.
//
//===----------------------------------------------------------------------===//
#include "compile_pipeline.h"
#include "crash_guard.h"
#include "exit_codes.h"
#include "jit_session.h"
#include "module_loader.h"
#include "phase_timer.h"
#include "run_options.h"
#include "scheduler_setup.h"
#include "tool_output.h"

#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace llvm;
using namespace medi::tools;

namespace {

// The entry's shape, from its IR type.
enum class EntryShape { NoArgs, ArgcArgv };
enum class EntryReturn { I32, I64, Void };

std::optional<ExitCode> checkEntry(const Module &M, StringRef InputFile, StringRef Name,
                                   EntryShape &Shape, EntryReturn &Returns) {
  const Function *F = M.getFunction(Name);
  if (!F || F->isDeclaration())
    return fail(ExitCode::MissingEntry,
                "'" + InputFile + "' defines no function '" + Name + "' to run" +
                    (Name == "main" ? " (choose one with --entry=<fn>)" : ""));
  if (F->hasLocalLinkage())
    return fail(ExitCode::MissingEntry, "the entry '" + Name + "' in '" + InputFile +
                                            "' is internal; give it external linkage");
  FunctionType *Type = F->getFunctionType();
  Returns = Type->getReturnType()->isVoidTy()        ? EntryReturn::Void
            : Type->getReturnType()->isIntegerTy(64) ? EntryReturn::I64
                                                     : EntryReturn::I32;
  const bool IntReturn = Type->getReturnType()->isIntegerTy(32);
  const bool NoArgs = Type->getNumParams() == 0;
  const bool ArgcArgv = Type->getNumParams() == 2 && Type->getParamType(0)->isIntegerTy(32) &&
                        Type->getParamType(1)->isPointerTy();
  // i64 () is what the upstream Medi compiler emits for a native program's main.
  const bool Accepted = !Type->isVarArg() && ((IntReturn && (NoArgs || ArgcArgv)) ||
                                              (Returns != EntryReturn::I32 && NoArgs));
  if (!Accepted) {
    std::string Shown;
    raw_string_ostream(Shown) << *Type;
    return fail(ExitCode::MissingEntry, "the entry '" + Name + "' has type '" + Shown +
                                            "'; medi-run calls i32 (), i32 (i32, ptr), "
                                            "i64 () or void ()");
  }
  Shape = NoArgs ? EntryShape::NoArgs : EntryShape::ArgcArgv;
  return std::nullopt;
}

// The tool's work; returns the exit code (the entry's value after a run).
int run(const RunOptions &Options, PhaseTimer &Timer) {
  auto Context = std::make_unique<LLVMContext>();
  installDiagnosticHandler(*Context);

  Timer.start("parse");
  std::unique_ptr<Module> M;
  LoadOptions Load;
  Load.StartPhase = [&Timer](StringRef Phase) { Timer.start(Phase); };
  if (Options.EmitMlir)
    Load.LoweredMlir = &outs();
  if (auto Failed = loadModule(Options.Input, *Context, M, std::move(Load)))
    return code(*Failed);
  if (Options.EmitMlir)
    return 0;

  EntryShape Shape = EntryShape::NoArgs;
  EntryReturn Returns = EntryReturn::I32;
  if (!Options.EmitLLVM)
    if (auto Failed = checkEntry(*M, Options.Input, Options.Entry, Shape, Returns))
      return code(*Failed);

  Timer.start("rt-check");
  if (auto Failed = checkRealtime(*M, Options.RtCheck))
    return code(*Failed);
  Timer.start("lower");
  if (auto Failed = lowerMediIntrinsics(*M))
    return code(*Failed);

  Timer.start("optimise");
  const unsigned Level = Options.OptLevel;
  auto Target = hostTarget(Level);
  if (!Target)
    return code(ExitCode::BackendFailure);
  optimiseModule(*M, *Target->Machine, Level);
  if (Options.EmitLLVM) {
    Timer.stop();
    outs() << *M;
    return 0;
  }

  Timer.start("jit");
  auto Session = JitSession::create(std::move(Target->Builder));
  if (!Session)
    return code(ExitCode::BackendFailure);
  for (const std::string &Library : Options.Load)
    if (auto Failed = Session->loadLibrary(Library))
      return code(*Failed);
  if (auto Failed = Session->addModule(orc::ThreadSafeModule(std::move(M), std::move(Context))))
    return code(*Failed);
  orc::ExecutorAddr EntryAddress;
  if (auto Failed = Session->lookup(Options.Entry, EntryAddress))
    return code(*Failed);

  // The guard first: the scheduler installs its stack-overflow handler, which hands faults that
  // are not a task's overflow on to the handler it finds.
  installCrashGuard(toolName().str().c_str(), Options.Input.c_str());
  if (!Options.Trace.empty() && !startTrace(Options.Trace.c_str()))
    return code(ExitCode::Usage);
  configureScheduler(Options.Threads, Options.Policy);
  watchForDeadlocks(static_cast<int>(ExitCode::Deadlock));
  Timer.start("constructors");
  if (auto Failed = Session->runConstructors())
    return code(*Failed);

  std::vector<std::string> Arguments{Options.Input};
  Arguments.insert(Arguments.end(), Options.ProgramArgs.begin(), Options.ProgramArgs.end());
  std::vector<char *> Argv;
  for (std::string &Argument : Arguments)
    Argv.push_back(Argument.data());
  Argv.push_back(nullptr);

  Timer.start("run");
  int Result = 0;
  if (Shape == EntryShape::ArgcArgv)
    Result = EntryAddress.toPtr<int (*)(int, char **)>()(static_cast<int>(Arguments.size()),
                                                         Argv.data());
  else if (Returns == EntryReturn::Void)
    EntryAddress.toPtr<void (*)()>()();
  else if (Returns == EntryReturn::I64) // the exit status is its low 8 bits, as C's would be
    Result = static_cast<int>(EntryAddress.toPtr<std::int64_t (*)()>()() & 0xff);
  else
    Result = EntryAddress.toPtr<int (*)()>()();

  Timer.start("destructors");
  if (auto Failed = Session->runDestructors())
    return code(*Failed);
  Timer.stop();
  // The session is not torn down: tasks still running may be executing its code.
  Session.release();
  return Result;
}

} // namespace

int main(int argc, char **argv) {
  setToolName("medi-run");
  installFatalErrorHandler();
  RunOptions Options;
  switch (parseRunOptions(argc, argv, Options)) {
  case ParseOutcome::Help:
    outs() << runHelp();
    return 0;
  case ParseOutcome::Error:
    return code(ExitCode::Usage);
  case ParseOutcome::Run:
    break;
  }

  PhaseTimer Timer(Options.Time);
  const int Result = run(Options, Timer);
  finishDistributed(); // before _Exit, which runs no exit handlers
  finishTrace();
  Timer.print();
  outs().flush();
  std::fflush(nullptr);
  // Tasks may still be running: end the process without tearing down what they use.
  std::_Exit(Result);
}
