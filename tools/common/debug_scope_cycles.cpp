//===- debug_scope_cycles.cpp - Debug-info chains that never end -----------===//
#include "debug_scope_cycles.h"

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DebugProgramInstruction.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Metadata.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace medi::tools {
namespace {

// Every metadata node the module reaches: named metadata, attachments of globals, functions and
// instructions, metadata operands, and debug records. The graph may have cycles of its own.
SmallPtrSet<const MDNode *, 32> reachableNodes(const Module &M) {
  SmallPtrSet<const MDNode *, 32> Seen;
  SmallVector<const MDNode *, 64> Work;
  const auto Add = [&](const Metadata *MD) {
    if (const auto *Node = dyn_cast_or_null<MDNode>(MD); Node && Seen.insert(Node).second)
      Work.push_back(Node);
  };
  SmallVector<std::pair<unsigned, MDNode *>, 4> Attached;
  const auto AddAttached = [&](const auto &Holder) {
    Attached.clear();
    Holder.getAllMetadata(Attached);
    for (const auto &[Kind, Node] : Attached)
      Add(Node);
  };
  for (const NamedMDNode &Named : M.named_metadata())
    for (const MDNode *Node : Named.operands())
      Add(Node);
  for (const GlobalVariable &Global : M.globals())
    AddAttached(Global);
  for (const Function &F : M) {
    AddAttached(F);
    for (const BasicBlock &Block : F)
      for (const Instruction &I : Block) {
        AddAttached(I);
        for (const Value *Operand : I.operands())
          if (const auto *Wrapped = dyn_cast<MetadataAsValue>(Operand))
            Add(Wrapped->getMetadata());
        for (const DbgRecord &Record : I.getDbgRecordRange()) {
          Add(Record.getDebugLoc().getAsMDNode());
          if (const auto *Variable = dyn_cast<DbgVariableRecord>(&Record)) {
            Add(Variable->getRawVariable());
            Add(Variable->getRawExpression());
          }
        }
      }
  }
  while (!Work.empty()) {
    const MDNode *Node = Work.pop_back_val();
    for (const MDOperand &Operand : Node->operands())
      Add(Operand.get());
  }
  return Seen;
}

// Whether following `Next` from `Start` comes back to a node it has passed.
template <class Step> bool chainCycles(const MDNode *Start, Step Next) {
  SmallPtrSet<const MDNode *, 8> Passed;
  for (const MDNode *Node = Start; Node; Node = Next(Node))
    if (!Passed.insert(Node).second)
      return true;
  return false;
}

} // namespace

std::optional<std::string> findDebugInfoCycle(const Module &M) {
  for (const MDNode *Node : reachableNodes(M)) {
    if (isa<DILexicalBlockBase>(Node) && chainCycles(Node, [](const MDNode *At) -> const MDNode * {
          const auto *Block = dyn_cast<DILexicalBlockBase>(At);
          return Block ? dyn_cast_or_null<MDNode>(Block->getRawScope()) : nullptr;
        }))
      return std::string("a lexical block's chain of scopes comes back to itself");
    if (isa<DILocation>(Node) && chainCycles(Node, [](const MDNode *At) -> const MDNode * {
          const auto *Location = dyn_cast<DILocation>(At);
          return Location ? dyn_cast_or_null<MDNode>(Location->getRawInlinedAt()) : nullptr;
        }))
      return std::string("a location's chain of inlined-at locations comes back to itself");
  }
  return std::nullopt;
}

} // namespace medi::tools
