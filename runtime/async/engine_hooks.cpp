// engine_hooks.cpp: what MLIR's ExecutionEngine (mlir-cpu-runner -shared-libs=, or any JIT built
// on it) looks for in a runtime library, as LLVM's libmlir_async_runtime.so provides it: an init
// function that hands over the runtime's symbols, and a destroy function, called before the
// engine's code goes away, that waits for every task still running that code.
#include "async_tasks.h"
#include "mlir/ExecutionEngine/AsyncRuntime.h"

#include "llvm/ADT/StringMap.h"

using namespace mlir::runtime;

extern "C" __attribute__((visibility("default"))) void
__mlir_execution_engine_init(llvm::StringMap<void *> &exported) {
  auto export_symbol = [&](llvm::StringRef name, auto *function) {
    exported[name] = reinterpret_cast<void *>(function);
  };
  export_symbol("mlirAsyncRuntimeAddRef", &mlirAsyncRuntimeAddRef);
  export_symbol("mlirAsyncRuntimeDropRef", &mlirAsyncRuntimeDropRef);
  export_symbol("mlirAsyncRuntimeCreateToken", &mlirAsyncRuntimeCreateToken);
  export_symbol("mlirAsyncRuntimeCreateValue", &mlirAsyncRuntimeCreateValue);
  export_symbol("mlirAsyncRuntimeCreateGroup", &mlirAsyncRuntimeCreateGroup);
  export_symbol("mlirAsyncRuntimeAddTokenToGroup", &mlirAsyncRuntimeAddTokenToGroup);
  export_symbol("mlirAsyncRuntimeEmplaceToken", &mlirAsyncRuntimeEmplaceToken);
  export_symbol("mlirAsyncRuntimeEmplaceValue", &mlirAsyncRuntimeEmplaceValue);
  export_symbol("mlirAsyncRuntimeSetTokenError", &mlirAsyncRuntimeSetTokenError);
  export_symbol("mlirAsyncRuntimeSetValueError", &mlirAsyncRuntimeSetValueError);
  export_symbol("mlirAsyncRuntimeIsTokenError", &mlirAsyncRuntimeIsTokenError);
  export_symbol("mlirAsyncRuntimeIsValueError", &mlirAsyncRuntimeIsValueError);
  export_symbol("mlirAsyncRuntimeIsGroupError", &mlirAsyncRuntimeIsGroupError);
  export_symbol("mlirAsyncRuntimeAwaitToken", &mlirAsyncRuntimeAwaitToken);
  export_symbol("mlirAsyncRuntimeAwaitValue", &mlirAsyncRuntimeAwaitValue);
  export_symbol("mlirAsyncRuntimeAwaitAllInGroup", &mlirAsyncRuntimeAwaitAllInGroup);
  export_symbol("mlirAsyncRuntimeGetValueStorage", &mlirAsyncRuntimeGetValueStorage);
  export_symbol("mlirAsyncRuntimeExecute", &mlirAsyncRuntimeExecute);
  export_symbol("mlirAsyncRuntimeAwaitTokenAndExecute", &mlirAsyncRuntimeAwaitTokenAndExecute);
  export_symbol("mlirAsyncRuntimeAwaitValueAndExecute", &mlirAsyncRuntimeAwaitValueAndExecute);
  export_symbol("mlirAsyncRuntimeAwaitAllInGroupAndExecute",
                &mlirAsyncRuntimeAwaitAllInGroupAndExecute);
  export_symbol("mlirAsyncRuntimGetNumWorkerThreads", &mlirAsyncRuntimGetNumWorkerThreads);
  export_symbol("mlirAsyncRuntimePrintCurrentThreadId", &mlirAsyncRuntimePrintCurrentThreadId);
}

extern "C" __attribute__((visibility("default"))) void __mlir_execution_engine_destroy() {
  medi::async::wait_for_tasks();
}
