// checked_allocation_test.cpp: MEDI_RT_CHECKED. In a checked build, malloc and operator new
// inside a real-time zone are reported (op rt_zone.violation) when the zone is left, once per
// zone with a count, naming the first one and its caller's object file; nothing outside a zone,
// nothing for another thread's zone, nothing for the runtime's own reporting; a task's noted
// allocations travel with it between workers; under the Abort policy the allocation aborts at
// once with one line on stderr. The replacements keep the allocation functions' contracts. In
// a build without the checks, the same allocations are not reported at all.
#include "../error/report_recorder.h"
#include "medi/config.h"
#include "medi/task.h"
#include "medi/zone.h"

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <gtest/gtest.h>
#include <memory>
#include <new>
#include <thread>

namespace medi {
namespace {

// Keeps the compiler from eliding an allocation whose result is never used.
void escape(void *pointer) {
  asm volatile("" : : "g"(pointer) : "memory");
}

void allocate_on_the_heap() {
  auto *number = new int(7);
  escape(number);
  delete number;
  void *block = std::malloc(64);
  escape(block);
  std::free(block);
}

class CheckedAllocationTest : public test::RecordingTest {
protected:
  void TearDown() override {
    set_violation_policy(ViolationPolicy::Report);
    test::RecordingTest::TearDown();
  }
};

TEST_F(CheckedAllocationTest, HeapAllocationsInAZoneAreReportedOnceWhenItIsLeft) {
  {
    auto zone = rt_zone::enter();
    allocate_on_the_heap();
    EXPECT_EQ(recorder.size(), 0u) << "noted, not reported from inside the allocation";
  }
#if MEDI_RT_CHECKED
  const auto reports = recorder.reports();
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].op, "rt_zone.violation");
  const std::string message = reports[0].error.to_string();
  EXPECT_NE(message.find("operator new of 4 bytes in a real-time zone, called from"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("(1 more heap allocations in the zone)"), std::string::npos) << message;
  EXPECT_NE(reports[0].file.find("medi_unittests"), std::string::npos)
      << "the caller's object file: " << reports[0].file;
  EXPECT_NE(message.find("medi_unittests+0x"), std::string::npos) << message;
#else
  EXPECT_EQ(recorder.size(), 0u) << "an unchecked build does not watch the heap";
#endif
}

TEST_F(CheckedAllocationTest, OutsideAZoneAndInAnotherThreadsZoneNothingIsReported) {
  allocate_on_the_heap();
  std::atomic<bool> entered{false};
  std::atomic<bool> done{false};
  std::thread other([&] {
    auto zone = rt_zone::enter();
    entered = true;
    while (!done)
      std::this_thread::yield();
  });
  while (!entered)
    std::this_thread::yield();
  allocate_on_the_heap(); // a zone is entered, but not on this thread
  done = true;
  other.join();
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_F(CheckedAllocationTest, NestedZonesReportAtTheExitOfTheZoneThatAllocated) {
  {
    auto outer = rt_zone::enter();
    {
      auto inner = rt_zone::enter();
      allocate_on_the_heap();
    }
    EXPECT_EQ(recorder.size(), MEDI_RT_CHECKED ? 1u : 0u);
  }
  EXPECT_EQ(recorder.size(), MEDI_RT_CHECKED ? 1u : 0u) << "each allocation is reported once";
}

TEST_F(CheckedAllocationTest, ATasksNotedAllocationsTravelWithItBetweenWorkers) {
  auto task = spawn_task([] {
    auto zone = rt_zone::enter();
    auto *first = new int(1);
    escape(first);
    for (int i = 0; i < 20; ++i)
      yield_now(); // may resume on the other worker
    auto *second = new int(2);
    escape(second);
    delete first;
    delete second;
    return 0;
  });
  ASSERT_TRUE(task.join().has_value());
#if MEDI_RT_CHECKED
  const auto reports = recorder.reports();
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_NE(reports[0].error.to_string().find("(1 more heap allocations in the zone)"),
            std::string::npos)
      << reports[0].error.to_string();
#else
  EXPECT_EQ(recorder.size(), 0u);
#endif
}

TEST_F(CheckedAllocationTest, TheAbortPolicyAbortsAtTheAllocation) {
#if MEDI_RT_CHECKED
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_DEATH(
      {
        set_violation_policy(ViolationPolicy::Abort);
        auto zone = rt_zone::enter();
        void *block = std::malloc(48);
        escape(block);
      },
      "\\[medi-runtime\\] malloc of 48 bytes in a real-time zone, called from .*"
      "op=rt_zone.violation");
#else
  GTEST_SKIP() << "an unchecked build does not watch the heap (MEDI_RT_CHECKED is OFF)";
#endif
}

TEST_F(CheckedAllocationTest, TheReplacementsKeepTheAllocationContracts) {
#if MEDI_RT_CHECKED
  void *aligned = nullptr;
  EXPECT_EQ(posix_memalign(&aligned, 3, 16), EINVAL) << "not a power of two";
  ASSERT_EQ(posix_memalign(&aligned, 256, 100), 0);
  EXPECT_EQ(reinterpret_cast<std::uintptr_t>(aligned) % 256, 0u);
  std::free(aligned);

  auto *zeroed = static_cast<unsigned char *>(std::calloc(1000, 1));
  ASSERT_NE(zeroed, nullptr);
  for (int i = 0; i < 1000; ++i)
    ASSERT_EQ(zeroed[i], 0) << "calloc zeroes, byte " << i;
  auto *grown = static_cast<unsigned char *>(std::realloc(zeroed, 4000));
  ASSERT_NE(grown, nullptr);
  EXPECT_EQ(grown[999], 0) << "realloc keeps the contents";
  std::free(grown);
  volatile std::size_t huge = SIZE_MAX / 2; // volatile: the compiler would refuse the constant
  EXPECT_EQ(std::calloc(huge, 4), nullptr) << "an overflowing calloc fails";

  struct alignas(128) Wide {
    char bytes[128];
  };
  auto wide = std::make_unique<Wide>();
  EXPECT_EQ(reinterpret_cast<std::uintptr_t>(wide.get()) % 128, 0u);
  EXPECT_EQ(::operator new(SIZE_MAX / 2, std::nothrow), nullptr) << "nothrow new returns null";
  EXPECT_THROW(escape(::operator new(SIZE_MAX / 2)), std::bad_alloc);
  EXPECT_EQ(recorder.size(), 0u);
#else
  // glibc's own functions need no test here, and a sanitizer's treat these misuses as errors.
  GTEST_SKIP() << "the replacements are built only with MEDI_RT_CHECKED";
#endif
}

} // namespace
} // namespace medi
