//===- native_linker.cpp - Linking a Medi object with the runtime ------------===//
#include "native_linker.h"

#include "tool_output.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace medi::tools {
namespace {

// Where this tool expects the runtime: beside it when installed, else where it was built.
std::optional<std::string> findRuntime(const char *Argv0) {
  static int Anchor;
  const std::string Self = sys::fs::getMainExecutable(Argv0, &Anchor);
  SmallString<256> Installed(sys::path::parent_path(Self));
  sys::path::append(Installed, MEDI_BUILD_RUNTIME_FROM_BINDIR);
  sys::path::remove_dots(Installed, /*remove_dot_dot=*/true);
  for (StringRef Candidate : {StringRef(Installed), StringRef(MEDI_BUILD_TREE_RUNTIME)})
    if (sys::fs::exists(Candidate))
      return Candidate.str();
  return std::nullopt;
}

// MLIR's async runtime ABI (libmedi_async_runtime.a) beside the runtime, or where it was built.
// It goes before the runtime; the linker takes from it only what the program calls.
std::optional<std::string> findAsyncRuntime(StringRef Runtime) {
  SmallString<256> Beside(sys::path::parent_path(Runtime));
  sys::path::append(Beside, "libmedi_async_runtime.a");
  for (StringRef Candidate : {StringRef(Beside), StringRef(MEDI_BUILD_TREE_ASYNC_RUNTIME)})
    if (!Candidate.empty() && sys::fs::exists(Candidate))
      return Candidate.str();
  return std::nullopt;
}

// Distributed channels (libmedi_dist.a) beside the runtime, or where it was built. It goes before
// the runtime, and it and MPI's and libcrypto's libraries are linked only if the program calls it.
std::optional<std::string> findDistRuntime(StringRef Runtime) {
  SmallString<256> Beside(sys::path::parent_path(Runtime));
  sys::path::append(Beside, "libmedi_dist.a");
  for (StringRef Candidate : {StringRef(Beside), StringRef(MEDI_BUILD_TREE_DIST_RUNTIME)})
    if (!Candidate.empty() && sys::fs::exists(Candidate))
      return Candidate.str();
  return std::nullopt;
}

std::optional<std::string> findLinker(StringRef Requested) {
  if (!Requested.empty()) {
    if (Requested.contains('/'))
      return sys::fs::can_execute(Requested) ? std::optional(Requested.str()) : std::nullopt;
    if (auto Found = sys::findProgramByName(Requested))
      return *Found;
    return std::nullopt;
  }
  if (sys::fs::can_execute(MEDI_BUILD_DEFAULT_LINKER))
    return std::string(MEDI_BUILD_DEFAULT_LINKER);
  if (auto Found = sys::findProgramByName("clang++-19"))
    return *Found;
  return std::nullopt;
}

} // namespace

std::optional<ExitCode> linkExecutable(const LinkRequest &Request, const char *Argv0) {
  std::string Runtime = Request.Runtime;
  if (Runtime.empty()) {
    auto Found = findRuntime(Argv0);
    if (!Found)
      return fail(ExitCode::BackendFailure,
                  "cannot find the Medi runtime (libmedi_runtime.a) beside medi-build; install "
                  "it (cmake --install) or name it with --runtime=<lib.a>");
    Runtime = *Found;
  } else if (!sys::fs::exists(Runtime)) {
    return fail(ExitCode::BackendFailure, "the runtime '" + Runtime + "' does not exist");
  }
  auto Linker = findLinker(Request.Linker);
  if (!Linker)
    return fail(ExitCode::BackendFailure,
                "cannot find the linker driver '" +
                    (Request.Linker.empty() ? std::string("clang++-19") : Request.Linker) +
                    "' (Debian: apt-get install clang-19), or name one with --linker=<driver>");

  // The program's own objects and libraries before the runtime, which they may call.
  std::vector<std::string> Arguments{*Linker, Request.Object, "-o", Request.Output};
  Arguments.insert(Arguments.end(), Request.ExtraArgs.begin(), Request.ExtraArgs.end());
  if (auto Async = findAsyncRuntime(Runtime))
    Arguments.push_back(*Async);
  const auto Dist = findDistRuntime(Runtime);
  if (Dist)
    Arguments.push_back(*Dist);
  Arguments.push_back(Runtime);
  if (Dist) {
    SmallVector<StringRef, 4> DistLibs;
    StringRef(MEDI_BUILD_DIST_LINK_LIBS).split(DistLibs, ' ', -1, /*KeepEmpty=*/false);
    Arguments.push_back("-Wl,--push-state,--as-needed");
    for (StringRef Lib : DistLibs)
      Arguments.push_back(Lib.str());
    Arguments.push_back("-Wl,--pop-state");
  }
  SmallVector<StringRef, 4> RuntimeLibs;
  StringRef(MEDI_BUILD_RUNTIME_LINK_LIBS).split(RuntimeLibs, ' ', -1, /*KeepEmpty=*/false);
  for (StringRef Lib : RuntimeLibs)
    Arguments.push_back(Lib.str());
  std::vector<StringRef> Argv(Arguments.begin(), Arguments.end());

  if (Request.Verbose)
    errs() << toolName() << ": link: " << join(Arguments, " ") << '\n';
  std::string Error;
  const int Status = sys::ExecuteAndWait(*Linker, Argv, std::nullopt, {}, 0, 0, &Error);
  if (Status != 0)
    return fail(ExitCode::BackendFailure,
                "linking '" + Request.Output + "' failed" +
                    (Error.empty() ? " (" + *Linker + " exited with " + Twine(Status) + ")"
                                   : ": " + Error) +
                    "; the command was: " + join(Arguments, " "));
  return std::nullopt;
}

} // namespace medi::tools
