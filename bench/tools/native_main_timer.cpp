// native_main_timer.cpp: times a medi-build executable's main as medi-run --time times its run
// phase. Linked in by bench/tools/tool_times.py with -Wl,--wrap=main: the C runtime then calls
// __wrap_main, which starts the scheduler (as medi-run does before its run phase), times the
// program's own main and prints "native: run <ms> ms" on stderr.
//
// With MEDI_TIMER_WARM_HEAP=<MiB> set, the heap is first grown to that size, touched and freed
// (kept by the allocator, not returned to the system), so the program's allocations find
// memory already mapped, as they do in medi-run, whose heap LLVM has used for a parse, an
// optimisation and a JIT compile before the run phase starts. Without it the run includes the
// fresh process's first-touch page faults, which medi-run paid before its run phase.
#include "medi/scheduler.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <malloc.h>
#include <vector>

extern "C" int __real_main(int argc, char **argv);

namespace {

void warm_heap(std::size_t mebibytes) {
  mallopt(M_TRIM_THRESHOLD, static_cast<int>((mebibytes + 1) << 20)); // keep what is freed
  mallopt(M_MMAP_THRESHOLD, 1 << 20); // serve the runtime's 256 KiB chunks from that heap
  std::vector<void *> blocks;
  for (std::size_t done = 0; done < mebibytes << 20; done += 4096) {
    void *block = std::malloc(4096 - 16);
    if (!block)
      break; // a smaller warm heap still times the program correctly
    std::memset(block, 0, 4096 - 16);
    blocks.push_back(block);
  }
  for (void *block : blocks)
    std::free(block);
}

} // namespace

extern "C" int __wrap_main(int argc, char **argv) {
  if (const char *warm = std::getenv("MEDI_TIMER_WARM_HEAP"))
    warm_heap(std::strtoul(warm, nullptr, 10));
  medi::init_scheduler();
  const auto start = std::chrono::steady_clock::now();
  const int result = __real_main(argc, argv);
  const std::chrono::duration<double, std::milli> elapsed =
      std::chrono::steady_clock::now() - start;
  std::fprintf(stderr, "native: run %.3f ms\n", elapsed.count());
  return result;
}
