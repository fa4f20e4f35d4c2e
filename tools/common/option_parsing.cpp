//===- option_parsing.cpp - Pieces of the tools' command-line parsers -------===//
#include "option_parsing.h"

using namespace llvm;

namespace medi::tools {

bool parseUnsigned(StringRef Text, unsigned Max, unsigned &Out) {
  if (Text.empty() || Text.size() > 9)
    return false;
  unsigned Value = 0;
  for (char C : Text) {
    if (C < '0' || C > '9')
      return false;
    Value = Value * 10 + static_cast<unsigned>(C - '0');
  }
  if (Value > Max)
    return false;
  Out = Value;
  return true;
}

bool parseOptLevel(StringRef Arg, unsigned &Out) {
  return Arg.size() == 3 && Arg.starts_with("-O") && parseUnsigned(Arg.drop_front(2), 3, Out);
}

OptionArg splitOption(StringRef Arg) {
  OptionArg Option{Arg.ltrim('-'), std::nullopt};
  if (auto [Before, After] = Option.Name.split('='); Before.size() != Option.Name.size()) {
    Option.Name = Before;
    Option.Value = After;
  }
  return Option;
}

std::optional<StringRef> optionValue(const OptionArg &Option, int Argc, char **Argv, int &Index) {
  if (Option.Value)
    return Option.Value;
  if (Index + 1 >= Argc)
    return std::nullopt;
  return StringRef(Argv[++Index]);
}

std::optional<RtCheckMode> parseRtCheckMode(StringRef Text) {
  if (Text == "off")
    return RtCheckMode::Off;
  if (Text == "warn")
    return RtCheckMode::Warn;
  if (Text == "error")
    return RtCheckMode::Error;
  return std::nullopt;
}

} // namespace medi::tools
