//===- source_records.cpp - One constant per call site for the runtime ----===//
#include "source_records.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Instruction.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace medi::passes {
std::string mediModuleName(const Module &M) {
  if (const NamedMDNode *Named = M.getNamedMetadata("medi.module"))
    if (Named->getNumOperands() > 0 && Named->getOperand(0)->getNumOperands() > 0)
      if (const auto *Name = dyn_cast<MDString>(Named->getOperand(0)->getOperand(0)))
        return Name->getString().str();
  for (const DICompileUnit *CU : M.debug_compile_units())
    if (!CU->getFilename().empty())
      return sys::path::stem(CU->getFilename()).str();
  return sys::path::stem(M.getSourceFileName()).str();
}

SourcePlace placeOf(const Instruction &I) {
  const Function *Caller = I.getFunction();
  const Module &M = *Caller->getParent();
  if (const DILocation *Loc = I.getDebugLoc().get())
    return SourcePlace{Loc->getFilename().str(), mediModuleName(M), Loc->getLine(),
                       Loc->getColumn()};
  const std::string File =
      M.getSourceFileName().empty() ? std::string("unknown") : M.getSourceFileName();
  return SourcePlace{File, Caller->getName().str(), 0, 0};
}

std::string describe(const SourcePlace &Place) {
  if (Place.Line == 0)
    return Place.File + ": in '" + Place.Module + "'";
  return Place.File + ":" + std::to_string(Place.Line) + ":" + std::to_string(Place.Column);
}

SourceRecords::SourceRecords(Module &M) : M(M), ModuleName(nullptr) {
  LLVMContext &Ctx = M.getContext();
  RecordTy = StructType::getTypeByName(Ctx, "medi_rt_source");
  if (!RecordTy) {
    Type *Ptr = PointerType::getUnqual(Ctx);
    Type *I32 = Type::getInt32Ty(Ctx);
    RecordTy = StructType::create(Ctx, {Ptr, Ptr, Ptr, I32, I32}, "medi_rt_source");
  }
  ModuleName = string(mediModuleName(M));
}

Constant *SourceRecords::string(StringRef Text) {
  Constant *&Slot = Strings[Text];
  if (!Slot) {
    Constant *Init = ConstantDataArray::getString(M.getContext(), Text, /*AddNull=*/true);
    auto *GV = new GlobalVariable(M, Init->getType(), /*isConstant=*/true,
                                  GlobalValue::PrivateLinkage, Init, ".medi.str");
    GV->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
    GV->setAlignment(Align(1));
    Slot = GV;
  }
  return Slot;
}

GlobalVariable *SourceRecords::get(const Instruction &I, StringRef Op) {
  // The common case, a call with a DILocation, builds no strings: only interned constants.
  Key Identity;
  if (const DILocation *Loc = I.getDebugLoc().get()) {
    Identity = {string(Loc->getFilename()), ModuleName, string(Op), Loc->getLine(),
                Loc->getColumn()};
  } else {
    const SourcePlace Place = placeOf(I);
    Identity = {string(Place.File), string(Place.Module), string(Op), 0, 0};
  }
  GlobalVariable *&Record = Records[Identity];
  if (!Record) {
    Type *I32 = Type::getInt32Ty(M.getContext());
    Constant *Init = ConstantStruct::get(RecordTy, {std::get<0>(Identity), std::get<1>(Identity),
                                                    std::get<2>(Identity),
                                                    ConstantInt::get(I32, std::get<3>(Identity)),
                                                    ConstantInt::get(I32, std::get<4>(Identity))});
    Record = new GlobalVariable(M, RecordTy, /*isConstant=*/true, GlobalValue::PrivateLinkage, Init,
                                ".medi.site");
    Record->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
  }
  return Record;
}

} // namespace medi::passes
