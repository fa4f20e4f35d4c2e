//===- exit_codes.h - How medi-run and medi-build end ----------------------===//
//
// The exit codes of the tools, from exit_codes.def.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_TOOLS_EXIT_CODES_H
#define MEDI_TOOLS_EXIT_CODES_H

namespace medi::tools {

enum class ExitCode : int {
#define MEDI_EXIT_CODE(Name, Value, Meaning) Name = Value,
#include "exit_codes.def"
};

constexpr int code(ExitCode Code) {
  return static_cast<int>(Code);
}

} // namespace medi::tools

#endif // MEDI_TOOLS_EXIT_CODES_H
