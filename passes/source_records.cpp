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

Constant *SourceRecords::number(unsigned Value) {
  // Cheaper than the context's own uniquing, which hashes an APInt: columns and lines repeat.
  Constant *&Slot = Numbers[Value];
  if (!Slot)
    Slot = ConstantInt::get(Type::getInt32Ty(M.getContext()), Value);
  return Slot;
}

GlobalVariable *SourceRecords::get(const Instruction &I, StringRef Op) {
  // A site is its DILocation (uniqued: calls on one line and column of one scope share it), or
  // without one its function; with the op's tag (the intrinsic table's, one pointer per op).
  const DILocation *Loc = I.getDebugLoc().get();
  const void *Where = Loc ? static_cast<const void *>(Loc) : I.getFunction();
  GlobalVariable *&Record = Records[{Where, Op.data()}];
  if (Record)
    return Record;
  Constant *File, *Module;
  unsigned Line = 0, Column = 0;
  if (Loc) {
    File = string(Loc->getFilename());
    Module = ModuleName;
    Line = Loc->getLine();
    Column = Loc->getColumn();
  } else {
    const SourcePlace Place = placeOf(I);
    File = string(Place.File);
    Module = string(Place.Module);
  }
  Type *I32 = Type::getInt32Ty(M.getContext());
  Constant *Init =
      ConstantStruct::get(RecordTy, {File, Module, string(Op), ConstantInt::get(I32, Line),
                                     ConstantInt::get(I32, Column)});
  // Numbered here: a name LLVM had to make unique would cost a symbol-table probe and, for a
  // global, a parse of the module's target triple, per record.
  Record = new GlobalVariable(M, RecordTy, /*isConstant=*/true, GlobalValue::PrivateLinkage, Init,
                              ".medi.site." + Twine(NextRecord++));
  Record->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
  return Record;
}

} // namespace medi::passes
