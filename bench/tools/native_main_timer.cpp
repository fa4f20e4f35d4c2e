// native_main_timer.cpp: times a medi-build executable's main as medi-run --time times its run
// phase. Linked in by bench/tools/tool_times.py with -Wl,--wrap=main: the C runtime then calls
// __wrap_main, which starts the scheduler (as medi-run does before its run phase), times the
// program's own main and prints "native: run <ms> ms" on stderr.
#include "medi/scheduler.h"

#include <chrono>
#include <cstdio>

extern "C" int __real_main(int argc, char **argv);

extern "C" int __wrap_main(int argc, char **argv) {
  medi::init_scheduler();
  const auto start = std::chrono::steady_clock::now();
  const int result = __real_main(argc, argv);
  const std::chrono::duration<double, std::milli> elapsed =
      std::chrono::steady_clock::now() - start;
  std::fprintf(stderr, "native: run %.3f ms\n", elapsed.count());
  return result;
}
