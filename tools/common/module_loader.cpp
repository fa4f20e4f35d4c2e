//===- module_loader.cpp - Reading a Medi program's IR ---------------------===//
#include "module_loader.h"

#include "tool_output.h"

#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/IRReader/IRReader.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

using namespace llvm;

namespace medi::tools {

std::optional<ExitCode> loadModule(StringRef Path, LLVMContext &Ctx, std::unique_ptr<Module> &Out) {
  auto Buffer = MemoryBuffer::getFileOrSTDIN(Path, /*IsText=*/false);
  if (!Buffer)
    return fail(ExitCode::MissingInput,
                "cannot read '" + Path + "': " + Buffer.getError().message());

  SMDiagnostic Diagnostic;
  std::unique_ptr<Module> M = parseIR((*Buffer)->getMemBufferRef(), Diagnostic, Ctx);
  if (!M) {
    // "medi-run: file.ll:3:7: error: ..." followed by the line and a caret.
    Diagnostic.print(toolName().str().c_str(), errs());
    return ExitCode::SyntaxError;
  }

  std::string Problems;
  raw_string_ostream ProblemStream(Problems);
  bool BrokenDebugInfo = false;
  if (verifyModule(*M, &ProblemStream, &BrokenDebugInfo)) {
    ProblemStream.flush();
    StringRef Text = StringRef(Problems).rtrim();
    return fail(ExitCode::InvalidModule,
                "'" + Path + "' is not valid IR; the verifier says:\n" + Text);
  }
  if (BrokenDebugInfo) {
    warn("'" + Path + "' has invalid debug info; it is stripped, so reports will say " +
         "\"unknown\" for locations:\n" + StringRef(Problems).rtrim());
    StripDebugInfo(*M);
  }
  Out = std::move(M);
  return std::nullopt;
}

} // namespace medi::tools
