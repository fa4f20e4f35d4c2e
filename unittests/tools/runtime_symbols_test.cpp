// runtime_symbols_test.cpp: medi-run's list of runtime entry points (tools/common/
// runtime_symbols.cpp) is exactly the set of functions <medi/medi_rt.h> declares, each at its
// real address, so compiled code never meets an entry point the JIT cannot resolve.
#include "medi/medi_rt.h"
#include "runtime_symbols.h"

#include <fstream>
#include <gtest/gtest.h>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace {

// Every function name the header declares: the table's entry points, and the names written
// out in it (found in its text with the comments removed).
std::set<std::string> declared_functions() {
  std::set<std::string> names;
#define MEDI_INTRINSIC(Id, Name, Entry, Op, Flags, IrRet, IrParams, Checks, CRet, CParams)         \
  names.insert(#Entry);
#include "medi/abi/intrinsics.def"

  std::ifstream header(MEDI_SOURCE_DIR "/include/medi/medi_rt.h");
  std::stringstream text;
  text << header.rdbuf();
  const std::string code =
      std::regex_replace(text.str(), std::regex(R"(/\*[\s\S]*?\*/)"), std::string(" "));
  const std::regex declaration(R"(\b(medi_[a-z0-9_]+)\s*\()");
  for (std::sregex_iterator it(code.begin(), code.end(), declaration), end; it != end; ++it)
    names.insert((*it)[1].str());
  return names;
}

TEST(RuntimeSymbolsTest, ListsEveryFunctionTheHeaderDeclaresOnce) {
  const std::set<std::string> declared = declared_functions();
  ASSERT_GT(declared.size(), 40u); // the table's entry points and the GC zone at least
  std::set<std::string> listed;
  for (const auto &symbol : medi::tools::runtimeSymbols()) {
    EXPECT_TRUE(listed.insert(std::string(symbol.name)).second) << symbol.name << " twice";
    EXPECT_NE(symbol.address, nullptr) << symbol.name;
  }
  EXPECT_EQ(listed, declared);
}

TEST(RuntimeSymbolsTest, AddressesAreTheRuntimeFunctions) {
  auto address_of = [](std::string_view name) -> void * {
    for (const auto &symbol : medi::tools::runtimeSymbols())
      if (symbol.name == name)
        return symbol.address;
    return nullptr;
  };
  EXPECT_EQ(address_of("medi_rt_chan_send"), reinterpret_cast<void *>(&medi_rt_chan_send));
  EXPECT_EQ(address_of("medi_gc_collect"), reinterpret_cast<void *>(&medi_gc_collect));
  EXPECT_EQ(address_of("medi_rt_status_name"), reinterpret_cast<void *>(&medi_rt_status_name));
}

} // namespace
