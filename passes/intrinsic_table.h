//===- intrinsic_table.h - The Medi intrinsics the pass knows -------------===//
//
// The rows of <medi/abi/intrinsics.def> that name an intrinsic, as the pass uses them: each
// intrinsic's name, IR signature (with which arguments must be constants and what each pointer
// argument is), the rules its constant arguments follow, its runtime entry point and its op tag.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_PASSES_INTRINSIC_TABLE_H
#define MEDI_PASSES_INTRINSIC_TABLE_H

#include "medi/abi/arg_checks.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>

namespace llvm {
class FunctionType;
class LLVMContext;
} // namespace llvm

namespace medi::passes {

/// IR type codes of the table (see intrinsics.def).
enum class AbiType : std::uint8_t {
  VOID,
  I32,
  I64,
  F64,
  PTR,
  PTR_IN,
  PTR_OUT,
  PTR_FN,
  I32_CONST,
  I64_CONST
};

enum AbiFlags : std::uint8_t {
  MEDI_ABI_NONE = 0,
  MEDI_ABI_NORETURN = 1,
  MEDI_ABI_KEEPS_SITE = 2,
  MEDI_ABI_NO_SITE = 4,
};

struct IntrinsicInfo {
  llvm::StringRef Name;       // "medi.chan.send"
  llvm::StringRef EntryPoint; // "medi_rt_chan_send"
  llvm::StringRef OpTag;      // "xchan.send"
  std::uint8_t Flags;
  AbiType Ret;
  llvm::ArrayRef<AbiType> Params;
  const abi::ArgCheck *Checks; // ended by a check without a name

  bool isConstantParam(unsigned Index) const {
    return Params[Index] == AbiType::I32_CONST || Params[Index] == AbiType::I64_CONST;
  }
  /// The rule constant argument `Index` follows, or null.
  const abi::ArgCheck *checkOf(unsigned Index) const { return abi::check_of(Checks, Index); }
  /// The intrinsic's IR function type.
  llvm::FunctionType *intrinsicType(llvm::LLVMContext &Ctx) const;
  /// The entry point's: the intrinsic's parameters, and the source record's pointer unless the
  /// row is MEDI_ABI_NO_SITE.
  llvm::FunctionType *entryPointType(llvm::LLVMContext &Ctx) const;
  /// "declare i32 @medi.chan.send(ptr, ptr)", for diagnostics.
  std::string signature() const;
};

/// The row for `Name`, or null when it names no Medi intrinsic.
const IntrinsicInfo *lookupIntrinsic(llvm::StringRef Name);

/// Every row of the table, those without an intrinsic name (MEDI_ABI_NO_SITE) included.
llvm::ArrayRef<IntrinsicInfo> allIntrinsics();

/// The ABI version this pass lowers (MEDI_RT_ABI_VERSION).
unsigned supportedAbiVersion();

} // namespace medi::passes

#endif // MEDI_PASSES_INTRINSIC_TABLE_H
