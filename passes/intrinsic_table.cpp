//===- intrinsic_table.cpp - The Medi intrinsics the pass knows -----------===//
//
// Built from <medi/abi/intrinsics.def>, the table the C header is declared from.
//
//===----------------------------------------------------------------------===//
#include "intrinsic_table.h"

#include "medi/error/op_tags.h"
#include "medi/medi_rt.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/Type.h"

#include <array>
#include <string>

using namespace llvm;

namespace medi::passes {
namespace {

using enum AbiType;

template <class... Codes> constexpr auto paramCodes(Codes... Code) {
  return std::array<AbiType, sizeof...(Codes)>{Code...};
}

// Each row's parameter codes, as arrays the rows can point at.
#define MEDI_EXPAND(...) __VA_ARGS__
#define MEDI_INTRINSIC(Id, Name, Entry, Op, Flags, IrRet, IrParams, Checks, CRet, CParams)         \
  constexpr auto Id##Params = paramCodes(MEDI_EXPAND IrParams);
#include "medi/abi/intrinsics.def"

// A row's argument rules name constant parameters only: the pass checks only constants, and a
// rule on any other argument would be applied by the runtime alone.
template <std::size_t N>
constexpr bool rulesNameConstants(const std::array<AbiType, N> &Params,
                                  const abi::ArgCheck *Check) {
  for (; Check->name; ++Check)
    if (Check->index >= N ||
        (Params[Check->index] != I32_CONST && Params[Check->index] != I64_CONST))
      return false;
  return true;
}
#define MEDI_INTRINSIC(Id, Name, Entry, Op, Flags, IrRet, IrParams, Checks, CRet, CParams)         \
  static_assert(rulesNameConstants(Id##Params, abi::arg_checks::Id),                               \
                #Id ": an argument rule names a parameter that is not a constant");
#include "medi/abi/intrinsics.def"

// Every row; those without an intrinsic (MEDI_ABI_NO_SITE) are not looked up.
const IntrinsicInfo Table[] = {
#define MEDI_INTRINSIC(Id, Name, Entry, Op, Flags, IrRet, IrParams, Checks, CRet, CParams)         \
  {Name,                                                                                           \
   #Entry,                                                                                         \
   StringRef(op::Op.data(), op::Op.size()),                                                        \
   Flags,                                                                                          \
   IrRet,                                                                                          \
   ArrayRef<AbiType>(Id##Params.data(), Id##Params.size()),                                        \
   abi::arg_checks::Id},
#include "medi/abi/intrinsics.def"
};
#undef MEDI_EXPAND

Type *typeOf(AbiType Code, LLVMContext &Ctx) {
  switch (Code) {
  case VOID:
    return Type::getVoidTy(Ctx);
  case I32:
  case I32_CONST:
    return Type::getInt32Ty(Ctx);
  case I64:
  case I64_CONST:
    return Type::getInt64Ty(Ctx);
  case F64:
    return Type::getDoubleTy(Ctx);
  case PTR:
  case PTR_IN:
  case PTR_OUT:
  case PTR_FN:
    return PointerType::getUnqual(Ctx);
  }
  return Type::getVoidTy(Ctx);
}

const char *spelling(AbiType Code) {
  switch (Code) {
  case VOID:
    return "void";
  case I32:
  case I32_CONST:
    return "i32";
  case I64:
  case I64_CONST:
    return "i64";
  case F64:
    return "double";
  default:
    return "ptr";
  }
}

// The row's IR function type, with the source record's pointer last when `WithSite`.
FunctionType *functionType(const IntrinsicInfo &Info, LLVMContext &Ctx, bool WithSite) {
  SmallVector<Type *, 6> Types;
  for (AbiType Code : Info.Params)
    Types.push_back(typeOf(Code, Ctx));
  if (WithSite)
    Types.push_back(PointerType::getUnqual(Ctx));
  return FunctionType::get(typeOf(Info.Ret, Ctx), Types, /*isVarArg=*/false);
}

} // namespace

FunctionType *IntrinsicInfo::intrinsicType(LLVMContext &Ctx) const {
  return functionType(*this, Ctx, /*WithSite=*/false);
}

FunctionType *IntrinsicInfo::entryPointType(LLVMContext &Ctx) const {
  return functionType(*this, Ctx, /*WithSite=*/!(Flags & MEDI_ABI_NO_SITE));
}

std::string IntrinsicInfo::signature() const {
  std::string Text = std::string("declare ") + spelling(Ret) + " @" + Name.str() + "(";
  for (unsigned I = 0; I < Params.size(); ++I)
    Text += std::string(I ? ", " : "") + spelling(Params[I]);
  return Text + ")";
}

const IntrinsicInfo *lookupIntrinsic(StringRef Name) {
  static const StringMap<const IntrinsicInfo *> ByName = [] {
    StringMap<const IntrinsicInfo *> Map;
    for (const IntrinsicInfo &Info : Table)
      if (!(Info.Flags & MEDI_ABI_NO_SITE))
        Map[Info.Name] = &Info;
    return Map;
  }();
  auto It = ByName.find(Name);
  return It == ByName.end() ? nullptr : It->second;
}

ArrayRef<IntrinsicInfo> allIntrinsics() {
  return Table;
}

unsigned supportedAbiVersion() {
  return MEDI_RT_ABI_VERSION;
}

} // namespace medi::passes
