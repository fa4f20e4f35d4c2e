// instruction_counts.cpp: loops of one real-time memory operation each, for
// bench/rt/instruction_counts.sh to count under callgrind (instruction counts are stable on a
// noisy machine, where timings are not). Each extern "C" function runs its operation kOps
// times; the script divides the instructions collected inside it by kOps.
#include <benchmark/benchmark.h>
#include <cstdint>
#include <cstdlib>
#include <medi/rt/concurrent_pool.h>
#include <medi/rt/pool.h>
#include <medi/rt/region.h>

namespace {
constexpr int kOps = 100'000;
struct Message {
  std::uint64_t words[8];
};
medi::RtRegion<kOps * sizeof(Message) + 64> region;
// The pools hold 8-byte values, so the counts are the pool's own work (a 64-byte value adds the
// copy of 64 bytes to both).
medi::FixedPool<std::uint64_t, 1024> pool;
medi::ConcurrentFixedPool<std::uint64_t, 1024> shared_pool;
} // namespace

extern "C" {
[[gnu::noinline]] void medi_count_region_alloc() {
  for (int i = 0; i < kOps; ++i)
    benchmark::DoNotOptimize(region.alloc_uninit<Message>());
}
[[gnu::noinline]] void medi_count_pool_alloc_free() {
  for (int i = 0; i < kOps; ++i) {
    std::uint64_t *m = pool.alloc_raw(std::uint64_t(i));
    benchmark::DoNotOptimize(m);
    pool.free_ptr(m);
  }
}
[[gnu::noinline]] void medi_count_concurrent_pool_alloc_free() {
  for (int i = 0; i < kOps; ++i) {
    std::uint64_t *m = shared_pool.alloc_raw(std::uint64_t(i));
    benchmark::DoNotOptimize(m);
    shared_pool.free_ptr(m);
  }
}
[[gnu::noinline]] void medi_count_malloc_free() {
  for (int i = 0; i < kOps; ++i) {
    void *p = std::malloc(sizeof(std::uint64_t));
    benchmark::DoNotOptimize(p);
    std::free(p);
  }
}
[[gnu::noinline]] void medi_count_empty_loop() {
  for (int i = 0; i < kOps; ++i)
    benchmark::DoNotOptimize(i);
}
}

int main() {
  medi_count_empty_loop();
  medi_count_region_alloc();
  medi_count_pool_alloc_free();
  medi_count_concurrent_pool_alloc_free();
  medi_count_malloc_free();
  return 0;
}
