//===- source_records.h - One constant per call site for the runtime ------===//
//
// A source record is `{file, module, op, line, column}` (medi_rt_source in <medi/medi_rt.h>),
// emitted as a private constant per distinct site the way OpenMP emits ident_t and UBSan its
// SourceLocation. Calls at the same site share a record, and records share their strings.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_PASSES_SOURCE_RECORDS_H
#define MEDI_PASSES_SOURCE_RECORDS_H

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>
#include <utility>

namespace llvm {
class Instruction;
class Constant;
class GlobalVariable;
class Module;
class StructType;
} // namespace llvm

namespace medi::passes {

/// Where a call is, as the runtime will report it.
struct SourcePlace {
  std::string File;
  std::string Module;
  unsigned Line = 0;
  unsigned Column = 0;
};

/// The place of `I`: its DILocation (the innermost one when inlined), or without debug
/// information the module's source file, the calling function's name and line 0.
SourcePlace placeOf(const llvm::Instruction &I);

/// The Medi module `M` is: `!medi.module = !{!"name"}` when medic says, else the stem of the
/// compile unit's file, else of the module's source file.
std::string mediModuleName(const llvm::Module &M);

/// "file:line:col" of `Place`.
std::string describe(const SourcePlace &Place);

class SourceRecords {
public:
  explicit SourceRecords(llvm::Module &M);
  /// The record for the call `I` with op `Op`, created on first use.
  llvm::GlobalVariable *get(const llvm::Instruction &I, llvm::StringRef Op);
  /// The record type, `%medi_rt_source`.
  llvm::StructType *recordType() const { return RecordTy; }

private:
  llvm::Constant *string(llvm::StringRef Text);
  llvm::Constant *number(unsigned Value); // an i32 constant

  // A site: its DILocation (or function, without one) and its op tag's characters.
  using Key = std::pair<const void *, const char *>;

  llvm::Module &M;
  llvm::StructType *RecordTy;
  llvm::Constant *ModuleName; // the Medi module's name, for calls with debug information
  llvm::StringMap<llvm::Constant *> Strings;
  llvm::DenseMap<std::uint64_t, llvm::Constant *> Numbers; // wide: no value is a reserved key
  llvm::DenseMap<Key, llvm::GlobalVariable *> Records;
  unsigned NextRecord = 0; // records are .medi.site.0, .medi.site.1, ...
};

} // namespace medi::passes

#endif // MEDI_PASSES_SOURCE_RECORDS_H
