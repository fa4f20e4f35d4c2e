//===- intrinsic_checks.h - Is this module's use of Medi intrinsics valid? -===//
//
// Before medi-lower changes anything it checks the whole module and reports every problem:
// the ABI version flag, each medi.* declaration's name and signature, every use of one (a
// direct call with the declared type), constant arguments where the table requires them (and
// in range), and entry point names already declared with another type.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_PASSES_INTRINSIC_CHECKS_H
#define MEDI_PASSES_INTRINSIC_CHECKS_H

#include "llvm/ADT/SmallVector.h"

#include <utility>

namespace llvm {
class Function;
class Module;
} // namespace llvm

namespace medi::passes {

struct IntrinsicInfo;

using IntrinsicUse = std::pair<llvm::Function *, const IntrinsicInfo *>;

/// The module's Medi intrinsic declarations, or false after reporting what is wrong.
bool checkIntrinsics(llvm::Module &M, llvm::SmallVectorImpl<IntrinsicUse> &Found);

} // namespace medi::passes

#endif // MEDI_PASSES_INTRINSIC_CHECKS_H
