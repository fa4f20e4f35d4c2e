//===- intrinsic_checks.cpp - Is this module's use of Medi intrinsics valid? -===//
#include "intrinsic_checks.h"

#include "diagnostics.h"
#include "intrinsic_table.h"
#include "source_records.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/InstrTypes.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace medi::passes {
namespace {

std::string typeText(const Type *Ty) {
  std::string Text;
  raw_string_ostream OS(Text);
  Ty->print(OS);
  return Text;
}

// Where a diagnostic about a use of `F` goes: the using instruction, else the module's file.
std::string whereOf(const User *U, const Function &F) {
  if (const auto *I = dyn_cast<Instruction>(U))
    return describe(placeOf(*I));
  return F.getParent()->getSourceFileName();
}

// Where a diagnostic about `F` itself goes: its first call, else the module's file.
std::string whereOf(const Function &F) {
  for (const User *U : F.users())
    if (isa<Instruction>(U))
      return whereOf(U, F);
  return F.getParent()->getSourceFileName();
}

bool checkAbiVersion(Module &M) {
  Metadata *Flag = M.getModuleFlag("medi.abi.version");
  if (!Flag)
    return true; // unversioned IR is taken as the current version
  const auto *Version = mdconst::dyn_extract_or_null<ConstantInt>(Flag);
  if (Version && Version->getZExtValue() == supportedAbiVersion())
    return true;
  const std::string Found = Version ? std::to_string(Version->getZExtValue()) : "not an integer";
  reportError(M, M.getSourceFileName(),
              "module flag 'medi.abi.version' is " + Twine(Found) +
                  ", but this pass lowers version " + Twine(supportedAbiVersion()) +
                  " of the Medi intrinsics");
  return false;
}

// A constant the runtime would refuse anyway is an error here, where its line is known. The
// rule is the row's (the Checks column of intrinsics.def), the one the runtime applies.
bool checkConstantValue(Module &M, const CallBase &Call, const IntrinsicInfo &Info, unsigned Index,
                        const ConstantInt &Value) {
  const abi::ArgCheck *Check = Info.checkOf(Index);
  if (!Check)
    return true;
  // A 64-bit constant is read as the entry point reads it: unsigned for an I64 parameter.
  const APInt &Bits = Value.getValue();
  const bool IsUnsigned = Info.Params[Index] == AbiType::I64_CONST;
  const bool Fits = IsUnsigned ? Bits.isIntN(63) : Bits.isSignedIntN(64);
  const int64_t Number =
      IsUnsigned ? static_cast<int64_t>(Bits.getZExtValue()) : Bits.getSExtValue();
  if (Fits && Check->accepts(Number))
    return true;
  SmallString<24> Text;
  Bits.toString(Text, 10, /*Signed=*/!IsUnsigned);
  reportError(M, describe(placeOf(Call)), "@" + Info.Name + ": " + Check->complaint(Text.str()));
  return false;
}

bool checkUses(Module &M, Function &F, const IntrinsicInfo &Info) {
  bool Ok = true;
  for (User *U : F.users()) {
    auto *Call = dyn_cast<CallBase>(U);
    if (!Call || Call->getCalledOperand() != &F) {
      reportError(M, whereOf(U, F),
                  "@" + Info.Name + " is used other than as the callee of a call");
      Ok = false;
      continue;
    }
    if (Call->getFunctionType() != F.getFunctionType()) {
      reportError(M, whereOf(U, F),
                  "@" + Info.Name + " is called as '" + typeText(Call->getFunctionType()) +
                      "'; expected '" + Info.signature() + "'");
      Ok = false;
      continue;
    }
    for (unsigned Index = 0; Index < Info.Params.size(); ++Index) {
      if (!Info.isConstantParam(Index))
        continue;
      const auto *Value = dyn_cast<ConstantInt>(Call->getArgOperand(Index));
      if (!Value) {
        reportError(M, whereOf(U, F),
                    "@" + Info.Name + ": argument " + Twine(Index + 1) +
                        " must be a constant integer");
        Ok = false;
      } else if (!checkConstantValue(M, *Call, Info, Index, *Value)) {
        Ok = false;
      }
    }
  }
  return Ok;
}

bool checkDeclaration(Module &M, Function &F, const IntrinsicInfo *&Info) {
  Info = lookupIntrinsic(F.getName());
  if (!Info) {
    reportError(M, whereOf(F),
                "unknown Medi intrinsic '@" + F.getName() +
                    "' (docs/intrinsics.md lists the intrinsics of ABI version " +
                    Twine(supportedAbiVersion()) + ")");
    return false;
  }
  if (!F.isDeclaration()) {
    reportError(M, whereOf(F), "@" + Info->Name + " is a Medi intrinsic and cannot be defined");
    return false;
  }
  if (F.getFunctionType() != Info->intrinsicType(M.getContext())) {
    reportError(M, whereOf(F),
                "@" + Info->Name + " is declared as '" + typeText(F.getFunctionType()) +
                    "'; expected '" + Info->signature() + "'");
    return false;
  }
  if (const Function *Existing = M.getFunction(Info->EntryPoint);
      Existing && Existing->getFunctionType() != Info->entryPointType(M.getContext())) {
    reportError(M, whereOf(F),
                "@" + Info->EntryPoint + " is already declared as '" +
                    typeText(Existing->getFunctionType()) + "', not as the runtime's entry point");
    return false;
  }
  return checkUses(M, F, *Info);
}

} // namespace

bool checkIntrinsics(Module &M, SmallVectorImpl<IntrinsicUse> &Found) {
  bool Ok = checkAbiVersion(M);
  for (Function &F : M) {
    if (!F.getName().starts_with("medi."))
      continue;
    const IntrinsicInfo *Info = nullptr;
    if (checkDeclaration(M, F, Info))
      Found.emplace_back(&F, Info);
    else
      Ok = false;
  }
  return Ok;
}

} // namespace medi::passes
