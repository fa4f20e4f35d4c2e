//===- option_parsing.h - Pieces of the tools' command-line parsers ---------===//
//
// medi-run and medi-build parse their own command lines (libLLVM's global cl::opt options
// would collide with theirs and flood --help); these are the pieces they share.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_TOOLS_OPTION_PARSING_H
#define MEDI_TOOLS_OPTION_PARSING_H

#include "llvm/ADT/StringRef.h"

#include <optional>

namespace medi::tools {

/// A decimal number from 0 to Max.
bool parseUnsigned(llvm::StringRef Text, unsigned Max, unsigned &Out);

/// "-O0" to "-O3".
bool parseOptLevel(llvm::StringRef Arg, unsigned &Out);

/// What --rt-check asks of medi-rt-check (docs/realtime.md): nothing, every diagnostic a
/// warning, or errors that reject the program (the default).
enum class RtCheckMode { Off, Warn, Error };
/// "off", "warn" or "error".
std::optional<RtCheckMode> parseRtCheckMode(llvm::StringRef Text);
/// "--name=value", "--name" or "-name": the name without dashes, and the value if attached.
struct OptionArg {
  llvm::StringRef Name;
  std::optional<llvm::StringRef> Value;
};
OptionArg splitOption(llvm::StringRef Arg);

/// The option's value: attached ("--name=value") or the next argument ("--name value", which
/// advances Index). Nothing when there is none.
std::optional<llvm::StringRef> optionValue(const OptionArg &Option, int Argc, char **Argv,
                                           int &Index);

} // namespace medi::tools

#endif // MEDI_TOOLS_OPTION_PARSING_H
