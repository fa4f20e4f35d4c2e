//===- compile_pipeline.cpp - Lowering and optimising a Medi module --------===//
#include "compile_pipeline.h"

#include "medi_lower.h"
#include "rt_check.h"
#include "tool_output.h"

#include "llvm/Analysis/CGSCCPassManager.h"
#include "llvm/Analysis/LoopAnalysisManager.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Target/TargetMachine.h"

#include <mutex>

using namespace llvm;

namespace medi::tools {
namespace {

OptimizationLevel levelFor(unsigned OptLevel) {
  switch (OptLevel) {
  case 0:
    return OptimizationLevel::O0;
  case 1:
    return OptimizationLevel::O1;
  case 2:
    return OptimizationLevel::O2;
  default:
    return OptimizationLevel::O3;
  }
}

CodeGenOptLevel codeGenLevelFor(unsigned OptLevel) {
  switch (OptLevel) {
  case 0:
    return CodeGenOptLevel::None;
  case 1:
    return CodeGenOptLevel::Less;
  case 2:
    return CodeGenOptLevel::Default;
  default:
    return CodeGenOptLevel::Aggressive;
  }
}

// The native target, once: code generation, assembly printing, inline asm.
void initializeNativeTarget() {
  static std::once_flag Once;
  std::call_once(Once, [] {
    InitializeNativeTarget();
    InitializeNativeTargetAsmPrinter();
    InitializeNativeTargetAsmParser();
  });
}

} // namespace

std::optional<HostTarget> hostTarget(unsigned OptLevel) {
  initializeNativeTarget();
  auto Builder = orc::JITTargetMachineBuilder::detectHost();
  if (!Builder) {
    fail(ExitCode::BackendFailure,
         "this machine's target is not supported: " + toString(Builder.takeError()));
    return std::nullopt;
  }
  Builder->setCodeGenOptLevel(codeGenLevelFor(OptLevel));
  Builder->setRelocationModel(Reloc::PIC_);
  auto Machine = Builder->createTargetMachine();
  if (!Machine) {
    fail(ExitCode::BackendFailure,
         "cannot create the target machine: " + toString(Machine.takeError()));
    return std::nullopt;
  }
  return HostTarget{std::move(*Builder), std::move(*Machine)};
}

std::optional<ExitCode> checkRealtime(Module &M, RtCheckMode Mode) {
  if (Mode == RtCheckMode::Off)
    return std::nullopt;
  passes::RtCheckOptions Options;
  if (Mode == RtCheckMode::Warn) {
    Options.Forbidden = passes::RtSeverity::Warning;
    Options.Unknown = passes::RtSeverity::Warning;
  }
  const passes::RtCheckResult Result = passes::checkRealtimeZones(M, Options);
  if (Result.Errors == 0)
    return std::nullopt;
  return fail(ExitCode::InvalidModule,
              "medi-rt-check: " + Twine(Result.Errors) +
                  (Result.Errors == 1 ? " real-time violation" : " real-time violations") +
                  " (listed above); --rt-check=warn reports them without stopping");
}

std::optional<ExitCode> lowerMediIntrinsics(Module &M) {
  const unsigned ErrorsBefore = errorCount(M.getContext());
  ModuleAnalysisManager MAM;
  PassBuilder PB;
  PB.registerModuleAnalyses(MAM);
  ModulePassManager MPM;
  MPM.addPass(passes::MediLowerPass());
  MPM.run(M, MAM);
  if (errorCount(M.getContext()) != ErrorsBefore)
    return ExitCode::InvalidModule;
  return std::nullopt;
}

void optimiseModule(Module &M, TargetMachine &TM, unsigned OptLevel) {
  M.setDataLayout(TM.createDataLayout());
  M.setTargetTriple(TM.getTargetTriple().str());
  LoopAnalysisManager LAM;
  FunctionAnalysisManager FAM;
  CGSCCAnalysisManager CGAM;
  ModuleAnalysisManager MAM;
  PassBuilder PB(&TM);
  PB.registerModuleAnalyses(MAM);
  PB.registerCGSCCAnalyses(CGAM);
  PB.registerFunctionAnalyses(FAM);
  PB.registerLoopAnalyses(LAM);
  PB.crossRegisterProxies(LAM, FAM, CGAM, MAM);

  const OptimizationLevel Level = levelFor(OptLevel);
  ModulePassManager MPM = Level == OptimizationLevel::O0 ? PB.buildO0DefaultPipeline(Level)
                                                         : PB.buildPerModuleDefaultPipeline(Level);
  MPM.run(M, MAM);
}

} // namespace medi::tools
