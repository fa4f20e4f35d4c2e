//===- async_runtime_symbols.cpp - MLIR's async runtime ABI for the JIT ----===//
//
// The mlirAsyncRuntime* functions of libmedi_async_runtime (linked into medi-run), which code
// lowered from MLIR's async dialect calls.
//
//===----------------------------------------------------------------------===//
#include "mlir/ExecutionEngine/AsyncRuntime.h"
#include "runtime_symbols.h"

#include <array>

namespace medi::tools {
namespace {

using namespace mlir::runtime;

template <typename F> void *addressOf(F *Function) {
  return reinterpret_cast<void *>(Function);
}

#define MEDI_SYMBOL(Name)                                                                          \
  RuntimeSymbol {                                                                                  \
    #Name, addressOf(&Name)                                                                        \
  }
const auto Symbols = std::to_array<RuntimeSymbol>({
    MEDI_SYMBOL(mlirAsyncRuntimeAddRef),
    MEDI_SYMBOL(mlirAsyncRuntimeDropRef),
    MEDI_SYMBOL(mlirAsyncRuntimeCreateToken),
    MEDI_SYMBOL(mlirAsyncRuntimeCreateValue),
    MEDI_SYMBOL(mlirAsyncRuntimeCreateGroup),
    MEDI_SYMBOL(mlirAsyncRuntimeAddTokenToGroup),
    MEDI_SYMBOL(mlirAsyncRuntimeEmplaceToken),
    MEDI_SYMBOL(mlirAsyncRuntimeEmplaceValue),
    MEDI_SYMBOL(mlirAsyncRuntimeSetTokenError),
    MEDI_SYMBOL(mlirAsyncRuntimeSetValueError),
    MEDI_SYMBOL(mlirAsyncRuntimeIsTokenError),
    MEDI_SYMBOL(mlirAsyncRuntimeIsValueError),
    MEDI_SYMBOL(mlirAsyncRuntimeIsGroupError),
    MEDI_SYMBOL(mlirAsyncRuntimeAwaitToken),
    MEDI_SYMBOL(mlirAsyncRuntimeAwaitValue),
    MEDI_SYMBOL(mlirAsyncRuntimeAwaitAllInGroup),
    MEDI_SYMBOL(mlirAsyncRuntimeGetValueStorage),
    MEDI_SYMBOL(mlirAsyncRuntimeExecute),
    MEDI_SYMBOL(mlirAsyncRuntimeAwaitTokenAndExecute),
    MEDI_SYMBOL(mlirAsyncRuntimeAwaitValueAndExecute),
    MEDI_SYMBOL(mlirAsyncRuntimeAwaitAllInGroupAndExecute),
    // The worker count, under its upstream name, and the helper MLIR's tests print with.
    MEDI_SYMBOL(mlirAsyncRuntimGetNumWorkerThreads),
    MEDI_SYMBOL(mlirAsyncRuntimePrintCurrentThreadId),
});
#undef MEDI_SYMBOL

} // namespace

std::span<const RuntimeSymbol> asyncRuntimeSymbols() {
  return Symbols;
}

} // namespace medi::tools
