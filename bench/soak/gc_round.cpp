// gc_round.cpp: churn in the GC zone. Chains of objects are rooted, linked and let go, with
// garbage between them; after a full collection only what is still rooted may live.
#include "soak_workloads.h"

#include <medi/config.h>

#if MEDI_ENABLE_GC
#include <medi/gc.h>
#endif

#include <span>
#include <string>
#include <vector>

namespace medi::soak {

#if MEDI_ENABLE_GC
void gc_round(Tallies &tallies, Problems &problems) {
  using gc_zone::SafeGc;
  SafeGc &gc = SafeGc::global();
  const SourceSite site(static_cast<const medi_rt_source *>(nullptr));
  auto guard = gc.enter();
  const std::size_t live_before = gc.stats().live_objects;
  constexpr int kChains = 50, kLength = 40;
  std::vector<std::uint64_t> heads;
  std::uint64_t allocated = 0;
  for (int c = 0; c < kChains; ++c) {
    const std::uint64_t head = gc.allocate_unit(site);
    gc.add_root(head, site);
    std::uint64_t parent = head;
    for (int k = 0; k < kLength; ++k) {
      const std::uint8_t text[] = "bed 12: SpO2 97%";
      const std::uint64_t child = gc.allocate_string(std::span(text, sizeof(text) - 1), site);
      gc.add_edge(parent, child, site);
      (void)gc.allocate_unit(site); // garbage at once
      parent = child;
      allocated += 2;
    }
    heads.push_back(head);
    allocated += 1;
  }
  gc.collect(site);
  const std::size_t rooted = gc.stats().live_objects - live_before;
  if (rooted != std::size_t{kChains} * (kLength + 1))
    problems.push_back("gc: " + std::to_string(rooted) + " objects live with " +
                       std::to_string(kChains * (kLength + 1)) + " rooted");
  for (std::uint64_t head : heads)
    gc.remove_root(head, site);
  gc.collect(site);
  if (gc.stats().live_objects != live_before)
    problems.push_back("gc: " + std::to_string(gc.stats().live_objects - live_before) +
                       " objects outlived their roots");
  tallies.gc_objects += allocated;
}
#else
void gc_round(Tallies &, Problems &) {}
#endif

} // namespace medi::soak
