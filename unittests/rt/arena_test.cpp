// arena_test.cpp: RtArena: bytes and pooled objects go back together with their scope; scopes
// nest; reset gives everything back; destructors run once.
#include "medi/rt/arena.h"

#include <gtest/gtest.h>

namespace medi {
namespace {

struct Alarm {
  static inline int alive = 0;
  int bed;
  explicit Alarm(int b) : bed(b) { ++alive; }
  Alarm(Alarm &&other) noexcept : bed(other.bed) { ++alive; }
  ~Alarm() { --alive; }
};

TEST(RtArenaTest, ScopeGivesBackBytesAndObjectsTogether) {
  Alarm::alive = 0;
  RtArena<1024, Alarm, 8> arena;
  ASSERT_NE(arena.alloc_object(Alarm(1)), nullptr); // owned by the arena itself
  const std::size_t bytes_before = arena.region().used();
  {
    auto scope = arena.scope();
    ASSERT_NE(arena.alloc_object(Alarm(2)), nullptr);
    ASSERT_FALSE(arena.region().alloc_array<double>(16).empty());
    {
      auto inner = arena.scope();
      ASSERT_NE(arena.alloc_object(Alarm(3)), nullptr);
      EXPECT_EQ(arena.objects_in_use(), 3u);
    }
    EXPECT_EQ(arena.objects_in_use(), 2u);
    EXPECT_EQ(Alarm::alive, 2);
  }
  EXPECT_EQ(arena.objects_in_use(), 1u);
  EXPECT_EQ(arena.region().used(), bytes_before);
  arena.reset();
  EXPECT_EQ(arena.objects_in_use(), 0u);
  EXPECT_EQ(arena.region().used(), 0u);
  EXPECT_EQ(Alarm::alive, 0);
}

TEST(RtArenaTest, EveryIterationStartsFromTheSameState) {
  Alarm::alive = 0;
  RtArena<256, Alarm, 4> arena;
  for (int iteration = 0; iteration < 1000; ++iteration) {
    auto scope = arena.scope();
    for (int i = 0; i < 4; ++i)
      ASSERT_NE(arena.alloc_object(Alarm(i)), nullptr);
    ASSERT_FALSE(arena.region().alloc_array<int>(32).empty());
  }
  EXPECT_EQ(arena.objects_in_use(), 0u);
  EXPECT_EQ(Alarm::alive, 0);
}

} // namespace
} // namespace medi
