// config_test.cpp: <medi/config.h> says what CMake was asked to build.
#include "medi/config.h"
#include "medi/runtime.h"

#include <gtest/gtest.h>
#include <string_view>

TEST(ConfigTest, FeatureMacrosFollowTheCMakeOptions) {
  EXPECT_EQ(MEDI_ENABLE_RT_ZONES, MEDI_EXPECT_RT_ZONES);
  EXPECT_EQ(MEDI_ENABLE_GC, MEDI_EXPECT_GC);
}

TEST(ConfigTest, VersionIsTheProjectVersion) {
  EXPECT_EQ(std::string_view(MEDI_RUNTIME_VERSION_STRING), MEDI_EXPECT_VERSION);
}

TEST(ConfigTest, AssertionsStayOnWhenAskedFor) {
#ifdef NDEBUG
  constexpr bool assertions_on = false;
#else
  constexpr bool assertions_on = true;
#endif
  if (MEDI_EXPECT_ASSERTIONS) {
    EXPECT_TRUE(assertions_on) << "MEDI_ENABLE_ASSERTIONS=ON but NDEBUG is defined";
  }
}
