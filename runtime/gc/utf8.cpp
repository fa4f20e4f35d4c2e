// utf8.cpp: UTF-8 validation and lossy conversion (Unicode's well-formed byte sequences table).
#include "utf8.h"

#include <cstring>

namespace medi::gc_zone::detail {
namespace {

// The length of the well-formed sequence at `at`, or 0 with `bad` set to the length of its
// maximal ill-formed subpart (at least 1).
std::size_t sequence_at(std::span<const std::uint8_t> bytes, std::size_t at,
                        std::size_t &bad) noexcept {
  const std::uint8_t lead = bytes[at];
  if (lead < 0x80)
    return 1;
  std::size_t length;
  std::uint8_t low = 0x80, high = 0xBF; // the allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0)
      low = 0xA0; // no overlong forms
    else if (lead == 0xED)
      high = 0x9F; // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0)
      low = 0x90;
    else if (lead == 0xF4)
      high = 0x8F; // nothing beyond U+10FFFF
  } else {
    bad = 1;
    return 0;
  }
  for (std::size_t i = 1; i < length; ++i) {
    const std::size_t index = at + i;
    const std::uint8_t lo = i == 1 ? low : 0x80, hi = i == 1 ? high : 0xBF;
    if (index >= bytes.size() || bytes[index] < lo || bytes[index] > hi) {
      bad = i;
      return 0;
    }
  }
  return length;
}

} // namespace

std::size_t valid_utf8_prefix(std::span<const std::uint8_t> bytes) noexcept {
  std::size_t at = 0, bad = 0;
  while (at < bytes.size()) {
    std::uint64_t word;
    if (bytes.size() - at >= sizeof word &&
        (std::memcpy(&word, bytes.data() + at, sizeof word), (word & 0x8080808080808080u) == 0)) {
      at += sizeof word; // the common case: eight ASCII bytes
      continue;
    }
    if (bytes[at] < 0x80) {
      ++at;
      continue;
    }
    const std::size_t length = sequence_at(bytes, at, bad);
    if (length == 0)
      return at;
    at += length;
  }
  return at;
}

std::string utf8_lossy(std::span<const std::uint8_t> bytes) {
  std::string out;
  out.reserve(bytes.size());
  std::size_t at = 0, bad = 0;
  while (at < bytes.size()) {
    const std::size_t length = sequence_at(bytes, at, bad);
    if (length == 0) {
      out += "\xEF\xBF\xBD";
      at += bad;
    } else {
      out.append(reinterpret_cast<const char *>(bytes.data() + at), length);
      at += length;
    }
  }
  return out;
}

} // namespace medi::gc_zone::detail
