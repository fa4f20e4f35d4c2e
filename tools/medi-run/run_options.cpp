//===- run_options.cpp - medi-run's command line ------------------------------===//
#include "run_options.h"

#include "medi/mlir/front_end.h"
#include "option_parsing.h"
#include "tool_output.h"

#include "llvm/ADT/StringRef.h"

using namespace llvm;

namespace medi::tools {
namespace {

const char Help[] = R"(USAGE: medi-run [options] <file.ll|file.bc|file.mlir|-> [-- program args...]

Runs a Medi program's LLVM IR in-process: parses and verifies it, lowers the Medi intrinsics
(medi-lower), optimises it, JIT-compiles it with the Medi runtime linked in, runs its static
constructors, calls its entry, runs its destructors and exits with the entry's value.

  medi-run vitals_monitor.ll                  run main() at -O2
  medi-run -O0 --threads=2 prog.ll -- a b     main(argc, argv) sees "prog.ll a b"
  medi-run --emit-llvm prog.ll                the IR after lowering and optimisation
  medi-run alarm_loop.mlir                    a program in the medi dialect (docs/mlir.md)
  medi-run --emit-mlir alarm_loop.mlir        the MLIR after the medi-to-llvm pipeline
  medi-run --time prog.ll                     where the time goes, phase by phase

OPTIONS:
  -O0, -O1, -O2, -O3     optimisation level of the pipeline and the code generator (-O2)
  --entry=<fn>           the function to call: i32 (), i32 (i32, ptr) or void () (main)
  --threads=<N>          scheduler worker threads (0, the default: one per core)
  --policy=skip|shutdown what a panicked task does to the others: skip (default) ends that
                         task only; shutdown stops the scheduler, so tasks not yet started
                         never run and their join reports it
  --rt-check=off|warn|error
                         medi-rt-check before lowering (docs/realtime.md): error (default)
                         rejects a program that may block or allocate in a real-time zone
                         (exit 3), warn reports without stopping, off skips it
  --emit-llvm            print the lowered, optimised IR on stdout and exit
  --emit-mlir            for .mlir input: print the MLIR after medi-to-llvm on stdout and exit
  --time                 print each phase's time on stderr (exec to main, parse, lower,
                         optimise, jit, constructors, run, destructors)
  --load=<lib.so>        make a shared library's symbols callable (repeatable)
  --trace=<file.json>    record an execution trace of the run (Chrome Trace Event Format;
                         read it with medi-trace or Perfetto; docs/tracing.md). The same as
                         MEDI_TRACE=<file.json>, which it overrides
  -h, --help             this text

PROGRAM SEMANTICS:
  Runtime errors are reported on stderr with the .medi file, line, column and op of the call
  ("[medi-runtime] ... @vitals.medi:12:5 op=xchan.recv"). When the entry returns, the static
  destructors run, stdio is flushed and the process exits with the entry's value (0 for a void
  entry); tasks still running are abandoned, not joined, as in Go and Rust.

RANKS (distributed channels, medi.dist.*; docs/distributed.md):
  mpirun -np 4 medi-run pipeline.ll     each process is one rank; MPI starts on the first
                                        medi.dist.* call and is finalised when the entry
                                        returns (a last barrier with the other ranks)
  Without mpirun the program is rank 0 of 1 and its named channels work in-process. As root,
  Open MPI needs --allow-run-as-root (or OMPI_ALLOW_RUN_AS_ROOT=1 and
  OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1); more ranks than cores need --oversubscribe.

EXIT CODES:
  the entry's value  the program ran
  2    the input does not parse (file:line:col: error: ...)
  3    the module is invalid IR, or medi-lower or medi-rt-check rejects it
  4    the input file cannot be read
  5    the entry is not defined, is internal, or has another type
  6    the program uses a symbol nothing defines
  7    a --load library cannot be loaded
  8    code generation or the JIT failed
  9    the .mlir input fails a verifier (file:line:col: error: ...), the real-time rules
       among them
  64   the command line is wrong
  101  medi.panic outside a task (in main), as a panic on Rust's main thread
  102  deadlock: main and every task waited with nothing to wake them (the report,
       op=scheduler.deadlock, names each one's operation and .medi line)
  a crash (SIGSEGV, SIGFPE, ...) is reported in one line and the process dies of the signal
  (status 128+N in a shell: 139 for SIGSEGV)

See docs/tools.md.
)";

} // namespace

const char *runHelp() {
  return Help;
}

ParseOutcome parseRunOptions(int Argc, char **Argv, RunOptions &Out) {
  auto Bad = [](const Twine &Message) {
    fail(ExitCode::Usage, Message + " (see --help)");
    return ParseOutcome::Error;
  };
  bool HaveInput = false;
  for (int Index = 1; Index < Argc; ++Index) {
    StringRef Arg = Argv[Index];
    if (HaveInput) { // everything after the input belongs to the program
      if (Arg == "--" && Out.ProgramArgs.empty())
        continue;
      Out.ProgramArgs.push_back(Arg.str());
      continue;
    }
    if (Arg == "--") {
      if (Index + 1 >= Argc)
        return Bad("'--' must follow the input file");
      Out.Input = Argv[++Index];
      HaveInput = true;
      continue;
    }
    if (Arg == "-" || !Arg.starts_with("-")) {
      Out.Input = Arg.str();
      HaveInput = true;
      continue;
    }
    if (Arg == "-h" || Arg == "--help" || Arg == "-help")
      return ParseOutcome::Help;
    if (Arg.starts_with("-O")) {
      if (!parseOptLevel(Arg, Out.OptLevel))
        return Bad("'" + Arg + "' is not an optimisation level; use -O0, -O1, -O2 or -O3");
      continue;
    }
    const OptionArg Option = splitOption(Arg);
    const StringRef Name = Option.Name;
    const std::optional<StringRef> &Value = Option.Value;
    auto TakeValue = [&](StringRef &Into) {
      auto Found = optionValue(Option, Argc, Argv, Index);
      if (Found)
        Into = *Found;
      return Found.has_value();
    };
    StringRef Text;
    if (Name == "emit-llvm" || Name == "emit-mlir" || Name == "time") {
      if (Value)
        return Bad("'--" + Name + "' takes no value");
      (Name == "time" ? Out.Time : Name == "emit-mlir" ? Out.EmitMlir : Out.EmitLLVM) = true;
    } else if (Name == "entry") {
      if (!TakeValue(Text) || Text.empty())
        return Bad("--entry needs a function name");
      Out.Entry = Text.str();
    } else if (Name == "threads") {
      if (!TakeValue(Text) || !parseUnsigned(Text, 4096, Out.Threads))
        return Bad("--threads needs a number of threads from 0 to 4096");
    } else if (Name == "policy") {
      if (!TakeValue(Text) || (Text != "skip" && Text != "shutdown"))
        return Bad("--policy is skip or shutdown");
      Out.Policy = Text == "skip" ? FailurePolicy::Skip : FailurePolicy::Shutdown;
    } else if (Name == "rt-check") {
      std::optional<RtCheckMode> Mode;
      if (!TakeValue(Text) || !(Mode = parseRtCheckMode(Text)))
        return Bad("--rt-check is off, warn or error");
      Out.RtCheck = *Mode;
    } else if (Name == "trace") {
      if (!TakeValue(Text) || Text.empty())
        return Bad("--trace needs the trace file's path");
      Out.Trace = Text.str();
    } else if (Name == "load") {
      if (!TakeValue(Text) || Text.empty())
        return Bad("--load needs a shared library's path");
      Out.Load.push_back(Text.str());
    } else {
      return Bad("unknown option '" + Arg + "'");
    }
  }
  if (!HaveInput)
    return Bad("no input file; run a module with: medi-run <file.ll>");
  if (Out.EmitMlir && !dialect::isMlirPath(Out.Input))
    return Bad("--emit-mlir needs a .mlir input");
  return ParseOutcome::Run;
}

} // namespace medi::tools
