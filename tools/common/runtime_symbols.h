//===- runtime_symbols.h - The runtime entry points a JIT resolves ---------===//
//
// Every function <medi/medi_rt.h> declares, with its address in this process: the entry points
// of <medi/abi/intrinsics.def> (the GC zone's among them) and the rest of the header (the
// status names, the ABI version). medi-run defines them in the JIT so that compiled Medi code
// calls the runtime linked into medi-run. unittests/tools/runtime_symbols_test.cpp checks the
// list against the header.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_TOOLS_RUNTIME_SYMBOLS_H
#define MEDI_TOOLS_RUNTIME_SYMBOLS_H

#include <span>
#include <string_view>

namespace medi::tools {

struct RuntimeSymbol {
  std::string_view name;
  void *address;
};

std::span<const RuntimeSymbol> runtimeSymbols();
/// MLIR's async runtime ABI (mlirAsyncRuntime*) of libmedi_async_runtime, when it is built
/// (MEDI_HAVE_ASYNC_RUNTIME), else empty.
std::span<const RuntimeSymbol> asyncRuntimeSymbols();

} // namespace medi::tools

#endif // MEDI_TOOLS_RUNTIME_SYMBOLS_H
