//===- register.h - Registering the Medi passes with a PassBuilder --------===//
//
// For tools that link the passes statically (medi-run): the same registration the plugin does.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_PASSES_REGISTER_H
#define MEDI_PASSES_REGISTER_H

namespace llvm {
class PassBuilder;
}

namespace medi::passes {

/// Registers `medi-lower` and `print<medi-intrinsics>` by name, and adds `medi-lower` at the
/// start of every -O pipeline (so `opt -O2` and `clang -fpass-plugin -O2` lower on their own).
void registerMediPasses(llvm::PassBuilder &PB);

} // namespace medi::passes

#endif // MEDI_PASSES_REGISTER_H
