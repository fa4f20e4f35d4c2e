//===- module_loader.cpp - Reading a Medi program's IR ---------------------===//
#include "module_loader.h"

#include "debug_scope_cycles.h"
#include "input_probe.h"
#include "medi/mlir/front_end.h"
#include "tool_output.h"

#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/IRReader/IRReader.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

using namespace llvm;

namespace medi::tools {

namespace {

// LLVM's parsers verify a module that carries current debug info as they finish, and end the
// process (report_fatal_error) when it is broken. We verify it ourselves right after, with a
// diagnostic and an exit code, so that check is turned off; the rest of what it did (dropping
// debug info of another version) is done here.
void takeOverDebugInfoUpgrade() {
  static const bool Done = [] {
    auto &Options = cl::getRegisteredOptions();
    if (cl::Option *Option = Options.lookup("disable-auto-upgrade-debug-info"))
      static_cast<cl::opt<bool> *>(Option)->setValue(true);
    return true;
  }();
  (void)Done;
}

} // namespace

std::optional<ExitCode> parseModule(MemoryBufferRef Input, StringRef Path, LLVMContext &Ctx,
                                    std::unique_ptr<Module> &Out) {
  takeOverDebugInfoUpgrade();
  const bool Bitcode = isBitcode(reinterpret_cast<const unsigned char *>(Input.getBufferStart()),
                                 reinterpret_cast<const unsigned char *>(Input.getBufferEnd()));
  if (Bitcode || textProbedInChild())
    if (std::optional<std::string> Killer = probeInput(Input))
      return fail(ExitCode::SyntaxError,
                  "'" + Path + "' is malformed " + (Bitcode ? "bitcode" : "IR") +
                      ": LLVM crashed reading or verifying it (" + *Killer + ")");
  const ReadCrashGuard Guard(Path);

  SMDiagnostic Diagnostic;
  std::unique_ptr<Module> M = parseIR(Input, Diagnostic, Ctx);
  if (!M) {
    // "medi-run: file.ll:3:7: error: ..." followed by the line and a caret.
    Diagnostic.print(toolName().str().c_str(), errs());
    return ExitCode::SyntaxError;
  }

  if (const std::optional<std::string> Cycle = findDebugInfoCycle(*M))
    return fail(ExitCode::InvalidModule, "'" + Path + "' has debug info that never ends: " +
                                             *Cycle + ", so LLVM's verifier would never finish");
  std::string Problems;
  raw_string_ostream ProblemStream(Problems);
  bool BrokenDebugInfo = false;
  if (verifyModule(*M, &ProblemStream, &BrokenDebugInfo)) {
    ProblemStream.flush();
    StringRef Text = StringRef(Problems).rtrim();
    return fail(ExitCode::InvalidModule,
                "'" + Path + "' is not valid IR; the verifier says:\n" + Text);
  }
  bool Stripped = false;
  if (BrokenDebugInfo) {
    warn("'" + Path + "' has invalid debug info; it is stripped, so reports will say " +
         "\"unknown\" for locations:\n" + StringRef(Problems).rtrim());
    StripDebugInfo(*M);
    Stripped = true;
  } else if (const unsigned Version = getDebugMetadataVersionFromModule(*M);
             Version != DEBUG_METADATA_VERSION && StripDebugInfo(*M)) {
    warn("'" + Path + "' has debug info of version " + Twine(Version) + " (LLVM 19 reads " +
         Twine(DEBUG_METADATA_VERSION) + "); it is stripped, so reports will say \"unknown\"" +
         " for locations");
    Stripped = true;
  }
  // Debug-info nodes other metadata still names (say, a function's attachment of another kind)
  // survive the strip, and without the compile-unit list the strip removes they are invalid.
  if (Stripped) {
    std::string Left;
    raw_string_ostream LeftStream(Left);
    if (verifyModule(*M, &LeftStream)) {
      LeftStream.flush();
      return fail(ExitCode::InvalidModule,
                  "'" + Path + "' has debug info that stripping it leaves invalid; " +
                      "the verifier says:\n" + StringRef(Left).rtrim());
    }
  }
  Out = std::move(M);
  return std::nullopt;
}

std::optional<ExitCode> loadModule(StringRef Path, LLVMContext &Ctx, std::unique_ptr<Module> &Out,
                                   LoadOptions Options) {
  auto Buffer = MemoryBuffer::getFileOrSTDIN(Path, /*IsText=*/false);
  if (!Buffer)
    return fail(ExitCode::MissingInput,
                "cannot read '" + Path + "': " + Buffer.getError().message());
  if (!dialect::isMlirPath(Path))
    return parseModule((*Buffer)->getMemBufferRef(), Path, Ctx, Out);

  dialect::FrontEndOptions FrontEnd;
  FrontEnd.LoweredMlir = Options.LoweredMlir;
  FrontEnd.StartPhase = std::move(Options.StartPhase);
  switch (dialect::translateMlirProgram(std::move(*Buffer), Ctx, Out, std::move(FrontEnd))) {
  case dialect::FrontEndResult::Ok:
    break;
  case dialect::FrontEndResult::SyntaxError:
    return ExitCode::SyntaxError;
  case dialect::FrontEndResult::InvalidMlir:
    return ExitCode::InvalidMlir;
  case dialect::FrontEndResult::LoweringError:
    return ExitCode::InvalidModule;
  }
  std::string Problems;
  raw_string_ostream Stream(Problems);
  if (verifyModule(*Out, &Stream)) {
    Out.reset();
    return fail(ExitCode::InvalidModule,
                "'" + Path + "' lowers to an invalid LLVM module:\n" + Problems);
  }
  return std::nullopt;
}

} // namespace medi::tools
