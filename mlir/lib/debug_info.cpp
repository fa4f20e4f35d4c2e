//===- debug_info.cpp - medi-add-debug-info ---------------------------------===//
//
// MLIR translates a location to a DILocation only inside a function with a DISubprogram, and
// takes the file from that subprogram. So: one compile unit for the module; for each defined
// llvm.func a subprogram in the file of its location (or of its first located operation); each
// operation without a location takes its function's (a call without one in a function with a
// subprogram fails translation); and an operation located in another file is wrapped in a
// DILexicalBlockFile of that file, which the translation uses as its scope, so the file
// survives.
//
//===----------------------------------------------------------------------===//
#include "medi/mlir/passes.h"
#include "mlir/Dialect/LLVMIR/LLVMAttrs.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"

#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/Support/Path.h"

namespace medi::dialect {
#define GEN_PASS_DEF_MEDIADDDEBUGINFO
#include "medi/mlir/passes.h.inc"
} // namespace medi::dialect

using namespace mlir;

namespace {

/// The file, line and column a location names, through names, call sites and fusions.
FileLineColLoc fileLocOf(Location loc) {
  if (auto file = dyn_cast<FileLineColLoc>(loc))
    return file;
  if (auto name = dyn_cast<NameLoc>(loc))
    return fileLocOf(name.getChildLoc());
  if (auto site = dyn_cast<CallSiteLoc>(loc))
    return fileLocOf(site.getCallee());
  if (auto fused = dyn_cast<FusedLoc>(loc))
    for (Location inner : fused.getLocations())
      if (FileLineColLoc file = fileLocOf(inner))
        return file;
  return nullptr;
}

LLVM::DIFileAttr fileAttr(MLIRContext *context, StringRef path) {
  StringRef directory = llvm::sys::path::parent_path(path);
  return LLVM::DIFileAttr::get(context, path.drop_front(directory.size()).ltrim('/'), directory);
}

struct MediAddDebugInfo : medi::dialect::impl::MediAddDebugInfoBase<MediAddDebugInfo> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    MLIRContext *context = &getContext();
    LLVM::DICompileUnitAttr unit;
    for (auto fn : module.getOps<LLVM::LLVMFuncOp>()) {
      if (fn.isExternal() || fn->getLoc()->findInstanceOf<FusedLocWith<LLVM::DISubprogramAttr>>())
        continue;
      FileLineColLoc home = fileLocOf(fn.getLoc());
      if (!home)
        fn.walk([&](Operation *op) {
          home = fileLocOf(op->getLoc());
          return home ? WalkResult::interrupt() : WalkResult::advance();
        });
      if (!home)
        continue; // nothing in it has a location to name
      LLVM::DIFileAttr file = fileAttr(context, home.getFilename());
      if (!unit)
        unit = LLVM::DICompileUnitAttr::get(
            context, DistinctAttr::create(UnitAttr::get(context)), llvm::dwarf::DW_LANG_C, file,
            StringAttr::get(context, "medi"), /*isOptimized=*/false,
            LLVM::DIEmissionKind::LineTablesOnly, LLVM::DINameTableKind::None);
      auto subprogram = LLVM::DISubprogramAttr::get(
          context, DistinctAttr::create(UnitAttr::get(context)), unit, file, fn.getSymNameAttr(),
          fn.getSymNameAttr(), file, home.getLine(), home.getLine(),
          LLVM::DISubprogramFlags::Definition,
          LLVM::DISubroutineTypeAttr::get(context, llvm::dwarf::DW_CC_normal, {}));
      fn->setLoc(FusedLoc::get(context, {fn.getLoc()}, subprogram));

      fn.walk([&](Operation *op) {
        if (op == fn.getOperation())
          return;
        FileLineColLoc at = fileLocOf(op->getLoc());
        if (!at)
          op->setLoc(home);
        else if (at.getFilename() != home.getFilename())
          op->setLoc(
              FusedLoc::get(context, {op->getLoc()},
                            LLVM::DILexicalBlockFileAttr::get(
                                context, subprogram, fileAttr(context, at.getFilename()), 0)));
      });
    }
  }
};

} // namespace
