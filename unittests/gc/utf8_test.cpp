// utf8_test.cpp: validation and lossy replacement follow Unicode's maximal-subpart rule.
#include "gc/utf8.h"

#include <gtest/gtest.h>
#include <string>
#include <string_view>

namespace medi::gc_zone::detail {
namespace {

std::span<const std::uint8_t> bytes(std::string_view text) {
  return {reinterpret_cast<const std::uint8_t *>(text.data()), text.size()};
}
const std::string kReplacement = "\xEF\xBF\xBD";

TEST(Utf8Test, ValidTextIsKeptWhole) {
  for (std::string_view text :
       {"", "heart rate 72", "Zoë", "体温", "😀", "\x7F", "\xF4\x8F\xBF\xBF" /* U+10FFFF */}) {
    EXPECT_EQ(valid_utf8_prefix(bytes(text)), text.size()) << text;
    EXPECT_EQ(utf8_lossy(bytes(text)), text);
  }
}

TEST(Utf8Test, IllFormedSequencesAreReplacedByMaximalSubparts) {
  struct Case {
    std::string_view input;
    std::string expected;
    std::size_t valid_prefix;
  };
  const Case cases[] = {
      {"a\x80"
       "b",
       "a" + kReplacement + "b", 1},                                   // a lone continuation byte
      {"\xC0\xAF", kReplacement + kReplacement, 0},                    // overlong lead bytes
      {"\xE0\x80\x80", kReplacement + kReplacement + kReplacement, 0}, // overlong 3-byte
      {"\xED\xA0\x80", kReplacement + kReplacement + kReplacement, 0}, // a surrogate
      {"\xF4\x90\x80\x80", kReplacement + kReplacement + kReplacement + kReplacement, 0},
      {"\xE2\x82"
       "x",
       kReplacement + "x", 0},                    // truncated, then ASCII
      {"ok\xF0\x9F\x98", "ok" + kReplacement, 2}, // truncated at the end
      {"\xFF\xFE", kReplacement + kReplacement, 0},
  };
  for (const Case &c : cases) {
    EXPECT_EQ(utf8_lossy(bytes(c.input)), c.expected);
    EXPECT_EQ(valid_utf8_prefix(bytes(c.input)), c.valid_prefix);
  }
}

// valid_utf8's word check (8 to 16 bytes) answers as the full validation: an ill-formed or a
// multi-byte sequence at any position of any of those lengths, or of the lengths around them.
TEST(Utf8Test, TheShortAsciiCheckAgreesWithTheFullOne) {
  for (std::size_t size = 0; size <= 20; ++size) {
    const std::string ascii(size, 'a');
    EXPECT_TRUE(valid_utf8(bytes(ascii))) << size;
    for (std::size_t at = 0; at < size; ++at) {
      std::string bad = ascii;
      bad[at] = '\xFF';
      EXPECT_FALSE(valid_utf8(bytes(bad))) << size << " " << at;
      if (at + 2 <= size) {
        std::string accented = ascii;
        accented.replace(at, 2, "\xC3\xAB"); // U+00EB
        EXPECT_TRUE(valid_utf8(bytes(accented))) << size << " " << at;
      }
    }
  }
}

} // namespace
} // namespace medi::gc_zone::detail
