//===- jit_session.h - A Medi program in ORC LLJIT --------------------------===//
//
// One LLJIT for one program: the runtime's C ABI resolved to the runtime linked into medi-run
// (runtime_symbols.h), --load libraries and then the process (the C library) searched for the
// rest, static constructors and destructors run through LLJIT's platform. A symbol nothing
// defines is reported by name (ExitCode::UnresolvedSymbol); other JIT failures say what ORC
// said (ExitCode::BackendFailure). Nothing reaches ORC's default error reporter.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_TOOLS_JIT_SESSION_H
#define MEDI_TOOLS_JIT_SESSION_H

#include "exit_codes.h"

#include "llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h"
#include "llvm/ExecutionEngine/Orc/LLJIT.h"
#include "llvm/ExecutionEngine/Orc/ThreadSafeModule.h"

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace medi::tools {

class JitSession {
public:
  /// Builds the JIT for this machine. On failure says why and returns nothing.
  static std::unique_ptr<JitSession> create(llvm::orc::JITTargetMachineBuilder Target);

  /// Makes the symbols of the shared library at Path available (ExitCode::LoadFailure).
  std::optional<ExitCode> loadLibrary(const std::string &Path);
  /// Adds the (lowered, optimised) program.
  std::optional<ExitCode> addModule(llvm::orc::ThreadSafeModule Module);
  /// Compiles and links the program and returns Entry's address.
  std::optional<ExitCode> lookup(llvm::StringRef Entry, llvm::orc::ExecutorAddr &Address);
  /// Runs the static constructors / destructors.
  std::optional<ExitCode> runConstructors();
  std::optional<ExitCode> runDestructors();

private:
  explicit JitSession(std::unique_ptr<llvm::orc::LLJIT> Jit);
  /// Turns an ORC error (and whatever ORC reported on the side) into a message and exit code.
  ExitCode failWith(llvm::Error Err, const llvm::Twine &Doing);
  void collect(llvm::Error Err);

  std::unique_ptr<llvm::orc::LLJIT> Jit;
  std::mutex Mutex; // ORC reports from its own threads
  std::vector<std::string> Unresolved;
  std::vector<std::string> OtherErrors;
};

} // namespace medi::tools

#endif // MEDI_TOOLS_JIT_SESSION_H
