// medi/detail/cache_padding.h: how far apart the runtime keeps data that different threads write
// (internal; here because channels are templates). Not API.
#ifndef MEDI_DETAIL_CACHE_PADDING_H
#define MEDI_DETAIL_CACHE_PADDING_H

#include <cstddef>

namespace medi::detail {

/// Two cache lines, as crossbeam-utils' CachePadded on x86-64 and aarch64: their spatial
/// prefetchers fetch 64-byte lines in pairs, so two hot atomics one line apart still share
/// traffic. (Not std::hardware_destructive_interference_size: g++ warns that its value depends
/// on flags, and a header must lay out the same way for every consumer.) Use it as
/// `alignas(kCachePadding)` on each member that another thread writes.
inline constexpr std::size_t kCachePadding = 128;

} // namespace medi::detail

#endif // MEDI_DETAIL_CACHE_PADDING_H
