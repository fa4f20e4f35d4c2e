// intrinsic_table_test.cpp: the entry-point table (<medi/abi/intrinsics.def>) agrees with the C
// declarations it generates, names known op tags, its argument rules hold as written, and the
// docs document every row (docs/intrinsics.md the intrinsics, docs/gc.md the GC's entry points);
// the header works from strict C11 (c_header_check.c).
#include "medi/abi/arg_checks.h"
#include "medi/error/op_tags.h"
#include "medi/medi_rt.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <gtest/gtest.h>
#include <initializer_list>
#include <set>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

extern "C" int medi_c_header_check(void);

namespace medi {
namespace {

enum class Code { VOID, I32, I64, F64, PTR, PTR_IN, PTR_OUT, PTR_FN, I32_CONST, I64_CONST };

const char *ir_type(Code code) {
  switch (code) {
  case Code::VOID:
    return "void";
  case Code::I32:
  case Code::I32_CONST:
    return "i32";
  case Code::I64:
  case Code::I64_CONST:
    return "i64";
  case Code::F64:
    return "double";
  default:
    return "ptr";
  }
}

// Whether the C type T is what the IR type code promises.
template <class T> constexpr bool matches(Code code) {
  if constexpr (std::is_void_v<T>)
    return code == Code::VOID;
  // A constant is read as its C type says: an I32_CONST signed, an I64_CONST unsigned (the pass
  // checks argument rules so).
  else if constexpr (std::is_integral_v<T> && sizeof(T) == 4)
    return code == Code::I32 || (code == Code::I32_CONST && std::is_signed_v<T>);
  else if constexpr (std::is_integral_v<T> && sizeof(T) == 8)
    return code == Code::I64 || (code == Code::I64_CONST && std::is_unsigned_v<T>);
  else if constexpr (std::is_same_v<T, double>)
    return code == Code::F64;
  else if constexpr (std::is_pointer_v<T> && std::is_function_v<std::remove_pointer_t<T>>)
    return code == Code::PTR_FN;
  else if constexpr (std::is_pointer_v<T> && std::is_const_v<std::remove_pointer_t<T>>)
    return code == Code::PTR_IN;
  else if constexpr (std::is_pointer_v<T>)
    return code == Code::PTR || code == Code::PTR_OUT;
  else
    return false;
}

// The entry point's C signature is the row's IR one, plus the source record's pointer last
// unless the row takes none.
template <class R, class... Params>
bool signature_matches(R (*)(Params...), Code ret, std::initializer_list<Code> params,
                       bool with_site) {
  if (!matches<R>(ret) || sizeof...(Params) != params.size() + (with_site ? 1 : 0))
    return false;
  if constexpr (sizeof...(Params) > 0) {
    using Last = std::tuple_element_t<sizeof...(Params) - 1, std::tuple<Params...>>;
    if (with_site != std::is_same_v<Last, const medi_rt_source *>)
      return false;
  }
  const Code *code = params.begin();
  bool ok = true;
  std::size_t index = 0;
  ((ok = ok && (index++ == params.size() || matches<Params>(code[index - 1]))), ...);
  return ok;
}

struct Row {
  std::string name; // "" for an entry point without an intrinsic
  bool with_site;
  std::string entry;
  std::string op;
  std::string declaration; // as docs/intrinsics.md shows it
  bool signature_ok;
};

std::string declaration_of(const char *name, Code ret, std::initializer_list<Code> params) {
  std::string text = std::string("declare ") + ir_type(ret) + " @" + name + "(";
  for (const Code *code = params.begin(); code != params.end(); ++code)
    text += std::string(code == params.begin() ? "" : ", ") + ir_type(*code);
  return text + ")";
}

enum Flag { MEDI_ABI_NONE, MEDI_ABI_NORETURN, MEDI_ABI_KEEPS_SITE, MEDI_ABI_NO_SITE };

std::vector<Row> table() {
  using enum Code;
  return {
#define MEDI_EXPAND(...) __VA_ARGS__
#define MEDI_INTRINSIC(Id, Name, Entry, Op, Flags, IrRet, IrParams, Checks, CRet, CParams)         \
  Row{Name,                                                                                        \
      Flags != MEDI_ABI_NO_SITE,                                                                   \
      #Entry,                                                                                      \
      std::string(op::Op),                                                                         \
      declaration_of(Name, IrRet, {MEDI_EXPAND IrParams}),                                         \
      signature_matches(&Entry, IrRet, {MEDI_EXPAND IrParams}, Flags != MEDI_ABI_NO_SITE)},
#include "medi/abi/intrinsics.def"
#undef MEDI_EXPAND
  };
}

std::string read_doc(const char *path) {
  std::ifstream file(std::string(MEDI_SOURCE_DIR "/") + path);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

TEST(IntrinsicTableTest, EveryCDeclarationMatchesItsIrSignature) {
  for (const Row &row : table())
    EXPECT_TRUE(row.signature_ok) << row.name << " vs " << row.entry;
}

TEST(IntrinsicTableTest, NamesEntryPointsAndOpTagsAreWellFormedAndUnique) {
  std::set<std::string> names;
  std::set<std::string> entries;
  std::set<std::string> tags;
  for (const OpTagInfo &info : op_tag_table)
    tags.emplace(info.tag);
  for (const Row &row : table()) {
    // A row has an intrinsic exactly when its entry point takes a source record.
    EXPECT_EQ(row.name.empty(), !row.with_site) << row.entry;
    // Without a record: the medic compiler's GC calls, under both of its names, and what its
    // native programs call besides (printing, real-time sections).
    const bool upstream = row.entry.starts_with("medi_gc_") ||
                          row.entry.starts_with("tolvex_gc_") ||
                          row.entry.starts_with("host_log") || row.entry.starts_with("rt_");
    EXPECT_TRUE(row.with_site ? row.entry.starts_with("medi_rt_") : upstream) << row.entry;
    if (row.with_site) {
      EXPECT_TRUE(row.name.starts_with("medi.")) << row.name;
      EXPECT_TRUE(names.insert(row.name).second) << row.name << " twice";
    }
    EXPECT_TRUE(entries.insert(row.entry).second) << row.entry << " twice";
    EXPECT_TRUE(tags.contains(row.op)) << row.op;
  }
  for (const char *required : {"medi.spawn",
                               "medi.spawn.priority",
                               "medi.join",
                               "medi.yield",
                               "medi.panic",
                               "medi.chan.create",
                               "medi.chan.send",
                               "medi.chan.try_send",
                               "medi.chan.recv",
                               "medi.chan.try_recv",
                               "medi.chan.sender.clone",
                               "medi.chan.sender.drop",
                               "medi.chan.receiver.drop",
                               "medi.rt.enter",
                               "medi.rt.exit",
                               "medi.region.create",
                               "medi.region.alloc",
                               "medi.region.reset",
                               "medi.region.destroy",
                               "medi.pool.create",
                               "medi.pool.alloc",
                               "medi.pool.free",
                               "medi.pool.destroy",
                               "medi.select",
                               "medi.select.timeout",
                               "medi.select.try",
                               "medi.sleep",
                               "medi.clock.now",
                               "medi.join.timeout",
                               "medi.group.create",
                               "medi.group.spawn",
                               "medi.group.wait",
                               "medi.group.cancel",
                               "medi.task.cancelled",
                               "medi.gc.alloc_string",
                               "medi.gc.alloc_unit",
                               "medi.gc.add_root",
                               "medi.gc.remove_root",
                               "medi.gc.add_edge",
                               "medi.gc.remove_edge",
                               "medi.gc.write_barrier",
                               "medi.gc.collect"})
    EXPECT_TRUE(names.contains(required)) << required;
  for (const char *prefix : {"medi_gc_", "tolvex_gc_"})
    for (const char *call : {"alloc_string", "alloc_unit", "add_root", "remove_root", "add_edge",
                             "remove_edge", "write_barrier", "collect"})
      EXPECT_TRUE(entries.contains(std::string(prefix) + call)) << prefix << call;
  for (const char *required : {"host_log", "host_log_i64", "host_log_f64", "rt_begin", "rt_end"})
    EXPECT_TRUE(entries.contains(required)) << required;
}

// The Checks column: the rules the pass and the runtime apply, at and around their limits.
TEST(IntrinsicTableTest, ArgumentRulesAcceptExactlyTheirValues) {
  const abi::ArgCheck *priority = abi::check_of(abi::arg_checks::SpawnPriority, 0);
  ASSERT_NE(priority, nullptr);
  EXPECT_EQ(abi::check_of(abi::arg_checks::SpawnPriority, 1), nullptr);
  EXPECT_EQ(abi::check_of(abi::arg_checks::Spawn, 0), nullptr) << "a row without checks";
  for (std::int64_t value = -2; value <= 4; ++value)
    EXPECT_EQ(priority->accepts(value),
              value >= MEDI_RT_PRIORITY_LOW && value <= MEDI_RT_PRIORITY_HIGH)
        << value;
  EXPECT_EQ(priority->complaint("5"), "priority 5 is not in [0, 2] (0 low, 1 normal, 2 high)");

  const abi::ArgCheck *align = abi::check_of(abi::arg_checks::RegionAlloc, 2);
  ASSERT_NE(align, nullptr);
  for (std::int64_t value : {1, 2, 64, 4096})
    EXPECT_TRUE(align->accepts(value)) << value;
  for (std::int64_t value : {-4096, -1, 0, 3, 96, 8192})
    EXPECT_FALSE(align->accepts(value)) << value;
  EXPECT_EQ(align->complaint("3"), "alignment 3 is not a power of two in [1, 4096]");
}

// docs/intrinsics.md shows each intrinsic's declaration in a ```llvm block between
// <!-- intrinsics:begin --> and <!-- intrinsics:end -->, and names its entry point and op tag.
TEST(IntrinsicTableTest, DocsListExactlyTheTable) {
  const std::string doc = read_doc("docs/intrinsics.md");
  ASSERT_FALSE(doc.empty()) << "docs/intrinsics.md not found";
  const auto begin = doc.find("<!-- intrinsics:begin -->");
  const auto end = doc.find("<!-- intrinsics:end -->");
  ASSERT_NE(begin, std::string::npos);
  ASSERT_NE(end, std::string::npos);
  const std::string section = doc.substr(begin, end - begin);
  std::size_t documented = 0;
  for (std::size_t at = section.find("declare "); at != std::string::npos;
       at = section.find("declare ", at + 1))
    ++documented;
  std::vector<Row> rows = table();
  std::erase_if(rows, [](const Row &row) { return !row.with_site; });
  EXPECT_EQ(documented, rows.size()) << "docs/intrinsics.md declares another set of intrinsics";
  for (const Row &row : rows) {
    EXPECT_NE(section.find(row.declaration), std::string::npos) << row.declaration;
    EXPECT_TRUE(section.find("`" + row.entry + "`") != std::string::npos ||
                section.find("`" + row.entry + "(") != std::string::npos)
        << row.entry;
    EXPECT_NE(section.find("`" + row.op + "`"), std::string::npos) << row.op;
  }
}

// The entry points without an intrinsic are documented: the GC's in docs/gc.md's table of the
// C ABI, the rest (printing, real-time sections) in docs/intrinsics.md.
TEST(IntrinsicTableTest, DocsListEveryEntryPointWithoutAnIntrinsic) {
  const std::string gc_doc = read_doc("docs/gc.md");
  const std::string intrinsics_doc = read_doc("docs/intrinsics.md");
  ASSERT_FALSE(gc_doc.empty()) << "docs/gc.md not found";
  for (const Row &row : table()) {
    if (row.with_site)
      continue;
    const std::string &doc = row.entry.find("_gc_") != std::string::npos ? gc_doc : intrinsics_doc;
    EXPECT_TRUE(doc.find(row.entry + "(") != std::string::npos ||
                doc.find(row.entry + "`") != std::string::npos)
        << row.entry;
  }
}

TEST(IntrinsicTableTest, TheHeaderWorksFromC11) {
  EXPECT_EQ(medi_c_header_check(), 42);
}

} // namespace
} // namespace medi
