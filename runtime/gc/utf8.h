// utf8.h: UTF-8 checking and the lossy conversion medi_gc_alloc_string applies (each invalid
// sequence becomes U+FFFD, maximal subparts as in Unicode 15 §3.9 and Rust's
// String::from_utf8_lossy).
#ifndef MEDI_RUNTIME_GC_UTF8_H
#define MEDI_RUNTIME_GC_UTF8_H

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>

namespace medi::gc_zone::detail {

/// How many leading bytes of `bytes` are well-formed UTF-8 (all of them when it is valid).
std::size_t valid_utf8_prefix(std::span<const std::uint8_t> bytes) noexcept;

/// Whether `bytes` is valid UTF-8, without a call when it is short ASCII (8 to 16 bytes, most
/// field values: two overlapping word loads).
inline bool valid_utf8(std::span<const std::uint8_t> bytes) noexcept {
  const std::size_t size = bytes.size();
  if (size >= 8 && size <= 16) {
    std::uint64_t first, last;
    std::memcpy(&first, bytes.data(), 8);
    std::memcpy(&last, bytes.data() + size - 8, 8);
    if (((first | last) & 0x8080808080808080u) == 0)
      return true;
  }
  return valid_utf8_prefix(bytes) == size;
}

/// `bytes` with every ill-formed sequence replaced by U+FFFD (EF BF BD).
std::string utf8_lossy(std::span<const std::uint8_t> bytes);

} // namespace medi::gc_zone::detail

#endif // MEDI_RUNTIME_GC_UTF8_H
