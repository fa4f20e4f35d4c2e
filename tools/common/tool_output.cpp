//===- tool_output.cpp - What the Medi tools print when something is wrong -===//
#include "tool_output.h"

#include "llvm/IR/DiagnosticHandler.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/DiagnosticPrinter.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdio>
#include <cstdlib>
#include <string>

using namespace llvm;

namespace medi::tools {
namespace {

std::string &name() {
  static std::string Name = "medi";
  return Name;
}

struct ToolDiagnosticHandler : DiagnosticHandler {
  unsigned Errors = 0;

  bool handleDiagnostics(const DiagnosticInfo &DI) override {
    if (DI.getSeverity() == DS_Remark || DI.getSeverity() == DS_Note)
      return true; // optimisation remarks are not asked for
    if (DI.getSeverity() == DS_Error)
      ++Errors;
    errs() << toolName() << ": " << (DI.getSeverity() == DS_Error ? "error: " : "warning: ");
    DiagnosticPrinterRawOStream Printer(errs());
    DI.print(Printer);
    errs() << '\n';
    return true;
  }
};

} // namespace

void setToolName(StringRef Name) {
  name() = Name.str();
}

StringRef toolName() {
  return name();
}

ExitCode fail(ExitCode Code, const Twine &Message) {
  errs() << toolName() << ": error: " << Message << '\n';
  return Code;
}

void warn(const Twine &Message) {
  errs() << toolName() << ": warning: " << Message << '\n';
}

void installFatalErrorHandler() {
  install_fatal_error_handler([](void *, const char *Reason, bool) {
    errs() << toolName() << ": error: LLVM failed: " << Reason << '\n';
    std::fflush(nullptr);
    std::_Exit(code(ExitCode::BackendFailure));
  });
}

void installDiagnosticHandler(LLVMContext &Ctx) {
  Ctx.setDiagnosticHandler(std::make_unique<ToolDiagnosticHandler>());
}

unsigned errorCount(LLVMContext &Ctx) {
  const auto *Handler = static_cast<const ToolDiagnosticHandler *>(Ctx.getDiagHandlerPtr());
  return Handler ? Handler->Errors : 0;
}

} // namespace medi::tools
