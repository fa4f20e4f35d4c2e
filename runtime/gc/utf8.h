// utf8.h: UTF-8 checking and the lossy conversion medi_gc_alloc_string applies (each invalid
// sequence becomes U+FFFD, maximal subparts as in Unicode 15 §3.9 and Rust's
// String::from_utf8_lossy).
#ifndef MEDI_RUNTIME_GC_UTF8_H
#define MEDI_RUNTIME_GC_UTF8_H

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace medi::gc_zone::detail {

/// How many leading bytes of `bytes` are well-formed UTF-8 (all of them when it is valid).
std::size_t valid_utf8_prefix(std::span<const std::uint8_t> bytes) noexcept;

/// `bytes` with every ill-formed sequence replaced by U+FFFD (EF BF BD).
std::string utf8_lossy(std::span<const std::uint8_t> bytes);

} // namespace medi::gc_zone::detail

#endif // MEDI_RUNTIME_GC_UTF8_H
