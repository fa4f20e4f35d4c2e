//===- tool_output.h - What the Medi tools print when something is wrong ---===//
//
// One voice for medi-run and medi-build: "medi-run: error: <what>" on stderr, and the
// LLVMContext diagnostic handler that prints the pass's and the backend's diagnostics the same
// way and counts the errors among them.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_TOOLS_TOOL_OUTPUT_H
#define MEDI_TOOLS_TOOL_OUTPUT_H

#include "exit_codes.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"

namespace llvm {
class LLVMContext;
}

namespace medi::tools {

/// The name the messages start with ("medi-run"); set once in main.
void setToolName(llvm::StringRef Name);
llvm::StringRef toolName();

/// Prints "<tool>: error: <Message>" and returns Code, for `return fail(...)`.
ExitCode fail(ExitCode Code, const llvm::Twine &Message);
/// Prints "<tool>: warning: <Message>".
void warn(const llvm::Twine &Message);

/// LLVM's fatal errors (report_fatal_error) end the tool with "<tool>: error: LLVM failed: ..."
/// and ExitCode::BackendFailure instead of a crash report.
void installFatalErrorHandler();

/// Routes Ctx's diagnostics (medi-lower's errors, the backend's) to stderr in the tool's voice.
void installDiagnosticHandler(llvm::LLVMContext &Ctx);
/// How many error diagnostics Ctx has delivered since its handler was installed.
unsigned errorCount(llvm::LLVMContext &Ctx);

} // namespace medi::tools

#endif // MEDI_TOOLS_TOOL_OUTPUT_H
