// A program built against the installed runtime: it reports through the pathway and prints
// the runtime's build configuration.
#include <cstdio>
#include <medi/runtime.h>

int main() {
  std::printf("medi-runtime %s rt_zones=%d gc=%d\n", MEDI_RUNTIME_VERSION_STRING,
              MEDI_ENABLE_RT_ZONES, MEDI_ENABLE_GC);
  std::fflush(stdout); // keep the order of stdout and the report on stderr
  int heard = 0;
  medi::ScopedErrorListener listener(
      [&](const medi::RuntimeError &, const medi::RuntimeContext &) { ++heard; });
  MEDI_RUNTIME_REPORT(medi::RuntimeError::region_overflow(128, 64),
                      medi::op::rt_region_alloc_uninit_overflow);
  std::printf("listener heard %d report(s)\n", heard);
  return heard == 1 ? 0 : 1;
}
