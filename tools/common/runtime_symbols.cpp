//===- runtime_symbols.cpp - The runtime entry points a JIT resolves -------===//
#include "runtime_symbols.h"

#include "medi/medi_rt.h"

#include <array>

namespace medi::tools {
namespace {

// A function's address as data (the JIT needs addresses, not calls).
template <typename F> void *addressOf(F *Function) {
  return reinterpret_cast<void *>(Function);
}

#define MEDI_SYMBOL(Name) RuntimeSymbol{#Name, addressOf(&Name)},
const auto Symbols = std::to_array<RuntimeSymbol>({
#define MEDI_INTRINSIC(Id, Name, Entry, Op, Flags, IrRet, IrParams, Checks, CRet, CParams)         \
  MEDI_SYMBOL(Entry)
#include "medi/abi/intrinsics.def"
    // The rest of <medi/medi_rt.h>.
    MEDI_SYMBOL(medi_rt_abi_version) MEDI_SYMBOL(medi_rt_status_name)});
#undef MEDI_SYMBOL

} // namespace

std::span<const RuntimeSymbol> runtimeSymbols() {
  return Symbols;
}

} // namespace medi::tools
