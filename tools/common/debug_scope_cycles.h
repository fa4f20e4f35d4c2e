//===- debug_scope_cycles.h - Debug-info chains that never end -------------===//
//
// LLVM 19's verifier follows a lexical block's scope up to its subprogram, and a location's
// inlined-at chain up to its outermost call, without checking for a cycle: a module whose
// metadata closes such a chain on itself (distinct nodes may name each other) makes it loop
// for ever (the fuzzer found one: a block whose scope chain came back to itself). The loader
// looks for such cycles before it verifies, in the process and in the probe's child.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_TOOLS_DEBUG_SCOPE_CYCLES_H
#define MEDI_TOOLS_DEBUG_SCOPE_CYCLES_H

#include <optional>
#include <string>

namespace llvm {
class Module;
} // namespace llvm

namespace medi::tools {

/// nullopt when every lexical block's scope chain and every location's inlined-at chain in the
/// metadata `M` reaches ends; else which kind of chain comes back to itself.
std::optional<std::string> findDebugInfoCycle(const llvm::Module &M);

} // namespace medi::tools

#endif // MEDI_TOOLS_DEBUG_SCOPE_CYCLES_H
