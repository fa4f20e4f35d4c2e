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
namespace {

// The Medi module: `!medi.module = !{!"name"}` when medic says, else the stem of the compile
// unit's file, else of the module's source file.
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

} // namespace

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

SourceRecords::SourceRecords(Module &M) : M(M) {
  LLVMContext &Ctx = M.getContext();
  RecordTy = StructType::getTypeByName(Ctx, "medi_rt_source");
  if (!RecordTy) {
    Type *Ptr = PointerType::getUnqual(Ctx);
    Type *I32 = Type::getInt32Ty(Ctx);
    RecordTy = StructType::create(Ctx, {Ptr, Ptr, Ptr, I32, I32}, "medi_rt_source");
  }
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

GlobalVariable *SourceRecords::get(const SourcePlace &Place, StringRef Op) {
  GlobalVariable *&Record = Records[{Place.File, Place.Module, Op.str(), Place.Line, Place.Column}];
  if (!Record) {
    LLVMContext &Ctx = M.getContext();
    Constant *Init =
        ConstantStruct::get(RecordTy, {string(Place.File), string(Place.Module), string(Op),
                                       ConstantInt::get(Type::getInt32Ty(Ctx), Place.Line),
                                       ConstantInt::get(Type::getInt32Ty(Ctx), Place.Column)});
    Record = new GlobalVariable(M, RecordTy, /*isConstant=*/true, GlobalValue::PrivateLinkage, Init,
                                ".medi.site");
    Record->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
  }
  return Record;
}

} // namespace medi::passes
