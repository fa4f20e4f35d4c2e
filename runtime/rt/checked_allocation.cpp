// checked_allocation.cpp: MEDI_RT_CHECKED's heap checks. Compiled only in a checked build (ON in
// Debug): replaces the C allocation functions and the global operator new family so that a
// heap allocation made while the calling task or thread is in a real-time zone is a real-time
// violation (op rt_zone.violation, reported when the zone is left: see medi/zone.h), as LLVM's
// RealtimeSanitizer does for [[clang::nonblocking]] functions. Outside every real-time zone the
// check is one relaxed load.
//
// The replacements take effect in the executable that links the runtime: the dynamic linker
// binds every library's malloc to the executable's. They allocate through glibc's own entry
// points (__libc_malloc, ...), and operator delete stays the library's (it calls free, which
// takes blocks from either). Not for sanitizer builds, which replace the allocator themselves.
#include "medi/detail/realtime_check.h"
#include "zone_stack.h"

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>

extern "C" {
void *__libc_malloc(std::size_t size) noexcept;
void *__libc_calloc(std::size_t count, std::size_t size) noexcept;
void *__libc_realloc(void *block, std::size_t size) noexcept;
void *__libc_memalign(std::size_t alignment, std::size_t size) noexcept;
void *__libc_valloc(std::size_t size) noexcept;
void *__libc_pvalloc(std::size_t size) noexcept;
}

namespace {

using medi::detail::realtime_zones_entered;

[[gnu::always_inline]] inline void check(const char *what, std::size_t bytes,
                                         const void *caller) noexcept {
  if (realtime_zones_entered.load(std::memory_order_relaxed) != 0) [[unlikely]]
    medi::detail::note_allocation_if_realtime(what, bytes, caller);
}

bool is_power_of_two(std::size_t value) noexcept {
  return value != 0 && (value & (value - 1)) == 0;
}

// operator new's contract: never null; on failure call the new-handler and retry, or throw.
void *allocate_or_throw(std::size_t size, std::size_t alignment) {
  if (size == 0)
    size = 1;
  for (;;) {
    void *block = alignment <= __STDCPP_DEFAULT_NEW_ALIGNMENT__ ? __libc_malloc(size)
                                                                : __libc_memalign(alignment, size);
    if (block)
      return block;
    std::new_handler handler = std::get_new_handler();
    if (!handler)
      throw std::bad_alloc();
    handler();
  }
}

void *allocate_or_null(std::size_t size, std::size_t alignment) noexcept {
  try {
    return allocate_or_throw(size, alignment);
  } catch (...) {
    return nullptr;
  }
}

} // namespace

// --- The C allocation functions -----------------------------------------------------------------

extern "C" {

void *malloc(std::size_t size) noexcept {
  check("malloc", size, __builtin_return_address(0));
  return __libc_malloc(size);
}

void *calloc(std::size_t count, std::size_t size) noexcept {
  std::size_t bytes;
  if (__builtin_mul_overflow(count, size, &bytes))
    bytes = SIZE_MAX; // glibc refuses it; the report still names the call
  check("calloc", bytes, __builtin_return_address(0));
  return __libc_calloc(count, size);
}

void *realloc(void *block, std::size_t size) noexcept {
  check("realloc", size, __builtin_return_address(0));
  return __libc_realloc(block, size);
}

void *aligned_alloc(std::size_t alignment, std::size_t size) noexcept {
  check("aligned_alloc", size, __builtin_return_address(0));
  return __libc_memalign(alignment, size);
}

void *memalign(std::size_t alignment, std::size_t size) noexcept {
  check("memalign", size, __builtin_return_address(0));
  return __libc_memalign(alignment, size);
}

int posix_memalign(void **out, std::size_t alignment, std::size_t size) noexcept {
  check("posix_memalign", size, __builtin_return_address(0));
  if (!is_power_of_two(alignment) || alignment % sizeof(void *) != 0)
    return EINVAL;
  void *block = __libc_memalign(alignment, size);
  if (!block)
    return ENOMEM;
  *out = block;
  return 0;
}

void *valloc(std::size_t size) noexcept {
  check("valloc", size, __builtin_return_address(0));
  return __libc_valloc(size);
}

void *pvalloc(std::size_t size) noexcept {
  check("pvalloc", size, __builtin_return_address(0));
  return __libc_pvalloc(size);
}

} // extern "C"

// --- The global operator new family --------------------------------------------------------------

void *operator new(std::size_t size) {
  check("operator new", size, __builtin_return_address(0));
  return allocate_or_throw(size, 0);
}

void *operator new[](std::size_t size) {
  check("operator new[]", size, __builtin_return_address(0));
  return allocate_or_throw(size, 0);
}

void *operator new(std::size_t size, const std::nothrow_t &) noexcept {
  check("operator new", size, __builtin_return_address(0));
  return allocate_or_null(size, 0);
}

void *operator new[](std::size_t size, const std::nothrow_t &) noexcept {
  check("operator new[]", size, __builtin_return_address(0));
  return allocate_or_null(size, 0);
}

void *operator new(std::size_t size, std::align_val_t alignment) {
  check("operator new", size, __builtin_return_address(0));
  return allocate_or_throw(size, static_cast<std::size_t>(alignment));
}

void *operator new[](std::size_t size, std::align_val_t alignment) {
  check("operator new[]", size, __builtin_return_address(0));
  return allocate_or_throw(size, static_cast<std::size_t>(alignment));
}

void *operator new(std::size_t size, std::align_val_t alignment, const std::nothrow_t &) noexcept {
  check("operator new", size, __builtin_return_address(0));
  return allocate_or_null(size, static_cast<std::size_t>(alignment));
}

void *operator new[](std::size_t size, std::align_val_t alignment,
                     const std::nothrow_t &) noexcept {
  check("operator new[]", size, __builtin_return_address(0));
  return allocate_or_null(size, static_cast<std::size_t>(alignment));
}
