// sanitizers.h: whether the tests run under AddressSanitizer or ThreadSanitizer (with clang's or
// GCC's spelling), for the few tests whose scale or subject a sanitizer changes.
#ifndef MEDI_UNITTESTS_SANITIZERS_H
#define MEDI_UNITTESTS_SANITIZERS_H

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define MEDI_TEST_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define MEDI_TEST_SANITIZED 1
#endif

namespace medi::test {
#ifdef MEDI_TEST_SANITIZED
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif
} // namespace medi::test

#endif // MEDI_UNITTESTS_SANITIZERS_H
