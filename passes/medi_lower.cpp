//===- medi_lower.cpp - Lower Medi intrinsics to the runtime's C ABI ------===//
#include "medi_lower.h"

#include "intrinsic_checks.h"
#include "intrinsic_table.h"
#include "source_records.h"

#include "llvm/IR/Function.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/Transforms/Utils/Local.h"

using namespace llvm;

namespace medi::passes {
namespace {

// What the runtime guarantees about each argument, on the entry point's declaration.
void addRuntimeAttributes(Function &EntryPoint, const IntrinsicInfo &Info) {
  EntryPoint.setDoesNotThrow(); // no C++ exception crosses the C ABI
  if (Info.Flags & MEDI_ABI_NORETURN)
    EntryPoint.setDoesNotReturn();
  for (unsigned Index = 0; Index < Info.Params.size(); ++Index) {
    switch (Info.Params[Index]) {
    case AbiType::PTR: // a handle: decoded, never kept as a pointer
      EntryPoint.addParamAttr(Index, Attribute::NoCapture);
      break;
    case AbiType::PTR_IN:
      EntryPoint.addParamAttr(Index, Attribute::NoCapture);
      EntryPoint.addParamAttr(Index, Attribute::ReadOnly);
      break;
    case AbiType::PTR_OUT:
      EntryPoint.addParamAttr(Index, Attribute::NoCapture);
      EntryPoint.addParamAttr(Index, Attribute::WriteOnly);
      break;
    default:
      break;
    }
  }
  const unsigned Site = Info.Params.size();
  EntryPoint.addParamAttr(Site, Attribute::ReadOnly);
  if (!(Info.Flags & MEDI_ABI_KEEPS_SITE))
    EntryPoint.addParamAttr(Site, Attribute::NoCapture);
}

FunctionCallee entryPointFor(Module &M, const IntrinsicInfo &Info) {
  FunctionCallee Callee =
      M.getOrInsertFunction(Info.EntryPoint, Info.entryPointType(M.getContext()));
  addRuntimeAttributes(*cast<Function>(Callee.getCallee()), Info);
  return Callee;
}

void lowerCall(CallInst &Call, FunctionCallee EntryPoint, const IntrinsicInfo &Info,
               SourceRecords &Records) {
  SmallVector<Value *, 6> Args(Call.args());
  Args.push_back(Records.get(Call, Info.OpTag));
  IRBuilder<> Builder(&Call);
  CallInst *Lowered = Builder.CreateCall(EntryPoint, Args);
  Lowered->setDebugLoc(Call.getDebugLoc());
  Lowered->takeName(&Call);
  if (!Call.getType()->isVoidTy())
    Call.replaceAllUsesWith(Lowered);
  Call.eraseFromParent();
}

} // namespace

PreservedAnalyses MediLowerPass::run(Module &M, ModuleAnalysisManager &) {
  SmallVector<IntrinsicUse, 16> Intrinsics;
  if (!checkIntrinsics(M, Intrinsics) || Intrinsics.empty())
    return PreservedAnalyses::all(); // errors were reported; nothing is half-lowered

  SourceRecords Records(M);
  for (auto [Intrinsic, Info] : Intrinsics) {
    FunctionCallee EntryPoint = entryPointFor(M, *Info);
    SmallVector<CallBase *, 16> Calls;
    for (User *U : Intrinsic->users())
      Calls.push_back(cast<CallBase>(U));
    for (CallBase *Call : Calls) {
      // The entry points never unwind: an invoke becomes a call and a branch.
      CallInst *Plain =
          isa<InvokeInst>(Call) ? changeToCall(cast<InvokeInst>(Call)) : cast<CallInst>(Call);
      lowerCall(*Plain, EntryPoint, *Info, Records);
    }
    Intrinsic->eraseFromParent();
  }
  return PreservedAnalyses::none();
}

} // namespace medi::passes
