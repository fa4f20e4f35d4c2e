// intrinsic_table_test.cpp: the intrinsics table (<medi/abi/intrinsics.def>) agrees with the C
// declarations it generates, names known op tags, and docs/intrinsics.md documents every row;
// the header works from strict C11 (c_header_check.c).
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

enum class Code { VOID, I32, I64, PTR, PTR_IN, PTR_OUT, PTR_FN, I32_CONST, I64_CONST };

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
  default:
    return "ptr";
  }
}

// Whether the C type T is what the IR type code promises.
template <class T> constexpr bool matches(Code code) {
  if constexpr (std::is_void_v<T>)
    return code == Code::VOID;
  else if constexpr (std::is_integral_v<T> && sizeof(T) == 4)
    return code == Code::I32 || code == Code::I32_CONST;
  else if constexpr (std::is_integral_v<T> && sizeof(T) == 8)
    return code == Code::I64 || code == Code::I64_CONST;
  else if constexpr (std::is_pointer_v<T> && std::is_function_v<std::remove_pointer_t<T>>)
    return code == Code::PTR_FN;
  else if constexpr (std::is_pointer_v<T> && std::is_const_v<std::remove_pointer_t<T>>)
    return code == Code::PTR_IN;
  else if constexpr (std::is_pointer_v<T>)
    return code == Code::PTR || code == Code::PTR_OUT;
  else
    return false;
}

template <class R, class... Params>
bool signature_matches(R (*)(Params...), Code ret, std::initializer_list<Code> params) {
  if (!matches<R>(ret) || sizeof...(Params) != params.size() + 1)
    return false;
  using Last = std::tuple_element_t<sizeof...(Params) - 1, std::tuple<Params...>>;
  if (!std::is_same_v<Last, const medi_rt_source *>)
    return false;
  const Code *code = params.begin();
  bool ok = true;
  std::size_t index = 0;
  ((ok = ok && (index++ == params.size() || matches<Params>(code[index - 1]))), ...);
  return ok;
}

struct Row {
  std::string name;
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

std::vector<Row> table() {
  using enum Code;
  return {
#define MEDI_EXPAND(...) __VA_ARGS__
#define MEDI_INTRINSIC(Id, Name, Entry, Op, Flags, IrRet, IrParams, CRet, CParams)                 \
  Row{Name, #Entry, std::string(op::Op), declaration_of(Name, IrRet, {MEDI_EXPAND IrParams}),      \
      signature_matches(&Entry, IrRet, {MEDI_EXPAND IrParams})},
#include "medi/abi/intrinsics.def"
#undef MEDI_EXPAND
  };
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
    EXPECT_TRUE(row.name.starts_with("medi.")) << row.name;
    EXPECT_TRUE(row.entry.starts_with("medi_rt_")) << row.entry;
    EXPECT_TRUE(names.insert(row.name).second) << row.name << " twice";
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
                               "medi.pool.destroy"})
    EXPECT_TRUE(names.contains(required)) << required;
}

// docs/intrinsics.md shows each intrinsic's declaration in a ```llvm block between
// <!-- intrinsics:begin --> and <!-- intrinsics:end -->, and names its entry point and op tag.
TEST(IntrinsicTableTest, DocsListExactlyTheTable) {
  std::ifstream file(MEDI_SOURCE_DIR "/docs/intrinsics.md");
  ASSERT_TRUE(file.good()) << "docs/intrinsics.md not found";
  std::stringstream text;
  text << file.rdbuf();
  const std::string doc = text.str();
  const auto begin = doc.find("<!-- intrinsics:begin -->");
  const auto end = doc.find("<!-- intrinsics:end -->");
  ASSERT_NE(begin, std::string::npos);
  ASSERT_NE(end, std::string::npos);
  const std::string section = doc.substr(begin, end - begin);
  std::size_t documented = 0;
  for (std::size_t at = section.find("declare "); at != std::string::npos;
       at = section.find("declare ", at + 1))
    ++documented;
  const std::vector<Row> rows = table();
  EXPECT_EQ(documented, rows.size()) << "docs/intrinsics.md declares another set of intrinsics";
  for (const Row &row : rows) {
    EXPECT_NE(section.find(row.declaration), std::string::npos) << row.declaration;
    EXPECT_TRUE(section.find("`" + row.entry + "`") != std::string::npos ||
                section.find("`" + row.entry + "(") != std::string::npos)
        << row.entry;
    EXPECT_NE(section.find("`" + row.op + "`"), std::string::npos) << row.op;
  }
}

TEST(IntrinsicTableTest, TheHeaderWorksFromC11) {
  EXPECT_EQ(medi_c_header_check(), 42);
}

} // namespace
} // namespace medi
