// op_tags_test.cpp: the op tag table holds medic_runtime's tags, well formed and unique, and
// docs/diagnostics.md documents exactly the tags in the table.
#include "medi/error/op_tags.h"

#include <fstream>
#include <gtest/gtest.h>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace medi {
namespace {

std::set<std::string> table_tags() {
  std::set<std::string> tags;
  for (const OpTagInfo &info : op_tag_table)
    tags.emplace(info.tag);
  return tags;
}

TEST(OpTagsTest, TableHoldsEveryTagOfTheSeed) {
  const std::set<std::string> tags = table_tags();
  for (const char *seed_tag :
       {"rt_region.alloc_uninit_overflow", "rt_region.alloc_array_overflow",
        "fixed_pool.alloc_exhausted", "fixed_pool.invalid_free", "fixed_pool.double_free",
        "scheduler.task_panic", "channel.send", "channel.recv", "channel.try_recv", "xchan.send",
        "xchan.try_send", "xchan.recv", "xchan.try_recv", "gc.lock"})
    EXPECT_TRUE(tags.contains(seed_tag)) << seed_tag;
}

TEST(OpTagsTest, TagsAreUniqueAndWellFormed) {
  EXPECT_EQ(table_tags().size(), op_tag_table.size()) << "a tag appears twice in op_tags.def";
  const std::regex shape("[a-z][a-z_]*\\.[a-z][a-z_]*");
  for (const OpTagInfo &info : op_tag_table) {
    EXPECT_TRUE(std::regex_match(std::string(info.tag), shape)) << info.tag;
    EXPECT_FALSE(info.area.empty()) << info.tag;
    EXPECT_FALSE(info.description.empty()) << info.tag;
  }
}

TEST(OpTagsTest, ConstantsAreTheTableStrings) {
  EXPECT_EQ(op::fixed_pool_double_free, "fixed_pool.double_free");
  EXPECT_EQ(op::xchan_try_send, "xchan.try_send");
  EXPECT_EQ(op::gc_lock, "gc.lock");
}

// docs/diagnostics.md lists the tags as table rows "| `tag` | area | description |" between
// <!-- op-tags:begin --> and <!-- op-tags:end -->.
std::set<std::string> documented_tags() {
  std::ifstream file(MEDI_SOURCE_DIR "/docs/diagnostics.md");
  EXPECT_TRUE(file.good()) << "docs/diagnostics.md not found";
  std::stringstream text;
  text << file.rdbuf();
  const std::string doc = text.str();
  const auto begin = doc.find("<!-- op-tags:begin -->");
  const auto end = doc.find("<!-- op-tags:end -->");
  EXPECT_NE(begin, std::string::npos);
  EXPECT_NE(end, std::string::npos);
  std::set<std::string> tags;
  if (begin == std::string::npos || end == std::string::npos)
    return tags;
  const std::string section = doc.substr(begin, end - begin);
  const std::regex row("\\n\\| `([^`]+)` \\|");
  for (auto it = std::sregex_iterator(section.begin(), section.end(), row);
       it != std::sregex_iterator(); ++it)
    tags.insert((*it)[1]);
  return tags;
}

TEST(OpTagsTest, DocsListExactlyTheTable) {
  EXPECT_EQ(documented_tags(), table_tags());
}

} // namespace
} // namespace medi
