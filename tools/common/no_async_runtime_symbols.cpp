//===- no_async_runtime_symbols.cpp - A build without the async runtime ----===//
#include "runtime_symbols.h"

std::span<const medi::tools::RuntimeSymbol> medi::tools::asyncRuntimeSymbols() {
  return {};
}
