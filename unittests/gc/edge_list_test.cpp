// edge_list_test.cpp: an object's children (runtime/gc/object.h's EdgeList): a multiset of
// handles, the first few in place and the rest in a block that grows; a removal takes out one
// occurrence and keeps every other edge.
#include "gc/object.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <vector>

namespace medi::gc_zone::detail {
namespace {

std::vector<Handle> sorted(const EdgeList &edges) {
  std::vector<Handle> out(edges.view().begin(), edges.view().end());
  std::ranges::sort(out);
  return out;
}

TEST(EdgeListTest, KeepsEveryEdgeInPlaceAndPastIt) {
  EdgeList edges;
  std::vector<Handle> expected;
  for (Handle child = 1; child <= 3 * EdgeList::kInline + 1; ++child) {
    edges.push_back(child);
    expected.push_back(child);
    ASSERT_EQ(sorted(edges), expected) << child;
  }
}

TEST(EdgeListTest, ARemovalTakesOneOccurrenceAndKeepsTheRest) {
  EdgeList edges;
  std::vector<Handle> expected;
  for (Handle child = 1; child <= 10; ++child) {
    edges.push_back(child);
    expected.push_back(child);
  }
  edges.push_back(4); // edges count: a second 4
  expected.push_back(4);
  EXPECT_TRUE(edges.remove(4));
  expected.erase(std::ranges::find(expected, 4));
  std::ranges::sort(expected);
  EXPECT_EQ(sorted(edges), expected);
  EXPECT_TRUE(edges.remove(4));
  EXPECT_FALSE(edges.remove(4)) << "both occurrences are gone";
  EXPECT_FALSE(edges.remove(42));
  for (Handle child : {1, 10, 2, 9, 3, 8, 5, 7, 6})
    EXPECT_TRUE(edges.remove(child)) << child;
  EXPECT_TRUE(edges.view().empty());
  edges.push_back(7); // usable again after emptying
  EXPECT_EQ(sorted(edges), std::vector<Handle>{7});
}

} // namespace
} // namespace medi::gc_zone::detail
