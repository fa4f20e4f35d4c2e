//===- plugin.cpp - MediPasses, the pass plugin ---------------------------===//
//
// The shared plugin for `opt -load-pass-plugin=MediPasses.so` and
// `clang-19 -fpass-plugin=MediPasses.so`. It links no LLVM libraries: the host has libLLVM.
//
//===----------------------------------------------------------------------===//
#include "register.h"

#include "llvm/Config/llvm-config.h"
#include "llvm/Passes/PassPlugin.h"

extern "C" LLVM_ATTRIBUTE_WEAK ::llvm::PassPluginLibraryInfo llvmGetPassPluginInfo() {
  return {LLVM_PLUGIN_API_VERSION, "MediPasses", LLVM_VERSION_STRING,
          medi::passes::registerMediPasses};
}
