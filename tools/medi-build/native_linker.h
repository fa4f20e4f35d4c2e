//===- native_linker.h - Linking a Medi object with the runtime --------------===//
//
// Runs the system's C++ compiler driver (clang++-19) on the program's object, the Medi runtime
// (libmedi_runtime.a) and what the runtime needs (Boost.Context, threads). The runtime is the
// one installed beside medi-build (<prefix>/bin/../lib), or, in a build tree, the one built
// with it.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_TOOLS_NATIVE_LINKER_H
#define MEDI_TOOLS_NATIVE_LINKER_H

#include "exit_codes.h"

#include <optional>
#include <string>
#include <vector>

namespace medi::tools {

struct LinkRequest {
  std::string Object;
  std::string Output;
  std::string Runtime; // empty: find the installed one
  std::string Linker;  // empty: clang++-19
  std::vector<std::string> ExtraArgs;
  bool Verbose = false; // print the link command on stderr
};

/// Links; on failure says why (the driver's own messages come first) and returns
/// ExitCode::BackendFailure.
std::optional<ExitCode> linkExecutable(const LinkRequest &Request, const char *Argv0);

} // namespace medi::tools

#endif // MEDI_TOOLS_NATIVE_LINKER_H
