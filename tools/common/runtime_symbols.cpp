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
#define MEDI_INTRINSIC(Id, Name, Entry, Op, Flags, IrRet, IrParams, CRet, CParams)                 \
  MEDI_SYMBOL(Entry)
#include "medi/abi/intrinsics.def"
    // The rest of <medi/medi_rt.h>.
    MEDI_SYMBOL(medi_rt_abi_version) MEDI_SYMBOL(medi_rt_status_name)
    // The GC zone.
    MEDI_SYMBOL(medi_gc_alloc_string) MEDI_SYMBOL(medi_gc_alloc_unit) MEDI_SYMBOL(medi_gc_add_root)
        MEDI_SYMBOL(medi_gc_remove_root) MEDI_SYMBOL(medi_gc_add_edge) MEDI_SYMBOL(
            medi_gc_remove_edge) MEDI_SYMBOL(medi_gc_write_barrier) MEDI_SYMBOL(medi_gc_collect)
            MEDI_SYMBOL(medi_gc_string_bytes) MEDI_SYMBOL(medi_gc_string_len)
                MEDI_SYMBOL(medi_gc_live_objects) MEDI_SYMBOL(medi_gc_get_stats)});
#undef MEDI_SYMBOL

} // namespace

std::span<const RuntimeSymbol> runtimeSymbols() {
  return Symbols;
}

} // namespace medi::tools
