// memory_bench.cpp: what a real-time allocation costs, typical and worst: RtRegion, FixedPool,
// ConcurrentFixedPool, against malloc/free and the standard pmr resources, in the same run.
//
// Each BM_latency_* benchmark times every single operation with the TSC (the timer's own cost,
// measured by BM_latency_timer, is included) and reports the p50 / p99 / p99.9 / max of 100,000
// operations as counters in nanoseconds. BM_pool_sweep/<slots> times pool alloc+free pairs for
// pool sizes 16 to 1,048,576, to show the cost does not grow with the pool. Throughput (ns per
// operation, no per-op timer) is the plain Time column of the BM_ops_* benchmarks.
#include "../common/ratio_reporter.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <medi/rt/concurrent_pool.h>
#include <medi/rt/pool.h>
#include <medi/rt/region.h>
#include <memory>
#include <memory_resource>
#include <vector>
#include <x86intrin.h>

namespace {

constexpr int kOps = 100'000;

struct Message {
  std::uint64_t words[8]; // 64 bytes, as a bedside IoT loop's reading
};

// TSC ticks per nanosecond, measured once against steady_clock.
double ticks_per_ns() {
  static const double value = [] {
    const auto t0 = std::chrono::steady_clock::now();
    const std::uint64_t c0 = __rdtsc();
    while (std::chrono::steady_clock::now() - t0 < std::chrono::milliseconds(20)) {
    }
    const std::uint64_t c1 = __rdtsc();
    const double ns =
        std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - t0).count();
    return static_cast<double>(c1 - c0) / ns;
  }();
  return value;
}

// Times `op` kOps times, one by one, and reports the percentiles.
template <class Op> void latency(benchmark::State &state, Op op) {
  std::vector<std::uint64_t> ticks(kOps);
  for (auto _ : state) {
    for (int i = 0; i < kOps; ++i) {
      _mm_lfence();
      const std::uint64_t start = __rdtsc();
      op(i);
      _mm_lfence();
      ticks[static_cast<std::size_t>(i)] = __rdtsc() - start;
    }
  }
  std::sort(ticks.begin(), ticks.end());
  const double per_ns = ticks_per_ns();
  auto at = [&](double q) {
    return static_cast<double>(ticks[static_cast<std::size_t>(q * (kOps - 1))]) / per_ns;
  };
  state.counters["p50_ns"] = at(0.5);
  state.counters["p99_ns"] = at(0.99);
  state.counters["p999_ns"] = at(0.999);
  state.counters["max_ns"] = static_cast<double>(ticks.back()) / per_ns;
}

void BM_latency_timer(benchmark::State &state) {
  latency(state, [](int i) { benchmark::DoNotOptimize(i); });
}
MEDI_BENCHMARK(BM_latency_timer)->Iterations(1);

void BM_latency_region_alloc(benchmark::State &state) {
  static medi::RtRegion<64 * 1024> region;
  latency(state, [&](int i) {
    if (i % 1000 == 0)
      region.reset();
    benchmark::DoNotOptimize(region.alloc_uninit<Message>());
  });
}
MEDI_BENCHMARK(BM_latency_region_alloc)->Iterations(1);

template <class Pool> void pool_latency(benchmark::State &state) {
  static Pool pool;
  latency(state, [&](int i) {
    Message *m = pool.alloc_raw(Message{{static_cast<std::uint64_t>(i)}});
    benchmark::DoNotOptimize(m);
    pool.free_ptr(m);
  });
}
void BM_latency_pool_alloc_free(benchmark::State &state) {
  pool_latency<medi::FixedPool<Message, 1024>>(state);
}
MEDI_BENCHMARK(BM_latency_pool_alloc_free)->Iterations(1);
void BM_latency_concurrent_pool_alloc_free(benchmark::State &state) {
  pool_latency<medi::ConcurrentFixedPool<Message, 1024>>(state);
}
MEDI_BENCHMARK(BM_latency_concurrent_pool_alloc_free)->Iterations(1);

void BM_latency_malloc_free(benchmark::State &state) {
  latency(state, [](int) {
    void *p = std::malloc(sizeof(Message));
    benchmark::DoNotOptimize(p);
    std::free(p);
  });
}
MEDI_BENCHMARK(BM_latency_malloc_free)->Iterations(1);

void BM_latency_pmr_monotonic(benchmark::State &state) {
  static std::byte buffer[64 * 1024];
  std::pmr::monotonic_buffer_resource resource(buffer, sizeof buffer,
                                               std::pmr::null_memory_resource());
  latency(state, [&](int i) {
    if (i % 1000 == 0)
      resource.release();
    benchmark::DoNotOptimize(resource.allocate(sizeof(Message), alignof(Message)));
  });
}
MEDI_BENCHMARK(BM_latency_pmr_monotonic)->Iterations(1);

void BM_latency_pmr_pool_alloc_free(benchmark::State &state) {
  std::pmr::unsynchronized_pool_resource resource;
  latency(state, [&](int) {
    void *p = resource.allocate(sizeof(Message), alignof(Message));
    benchmark::DoNotOptimize(p);
    resource.deallocate(p, sizeof(Message), alignof(Message));
  });
}
MEDI_BENCHMARK(BM_latency_pmr_pool_alloc_free)->Iterations(1);

// Throughput: an alloc+free pair of a pool of `slots` slots, with half the slots in use, so
// the pairs walk the free list of a large pool.
template <std::size_t Slots> void BM_pool_sweep(benchmark::State &state) {
  static auto *pool = new medi::FixedPool<std::uint64_t, Slots>();
  std::vector<std::uint64_t *> held;
  for (std::size_t i = 0; i < Slots / 2; ++i)
    held.push_back(pool->alloc_raw(i));
  for (auto _ : state) {
    std::uint64_t *p = pool->alloc_raw(1);
    benchmark::DoNotOptimize(p);
    pool->free_ptr(p);
  }
  for (auto *p : held)
    pool->free_ptr(p);
}
MEDI_BENCHMARK(BM_pool_sweep<16>)->Name("BM_pool_sweep/16");
MEDI_BENCHMARK(BM_pool_sweep<256>)->Name("BM_pool_sweep/256");
MEDI_BENCHMARK(BM_pool_sweep<4096>)->Name("BM_pool_sweep/4096");
MEDI_BENCHMARK(BM_pool_sweep<65536>)->Name("BM_pool_sweep/65536");
MEDI_BENCHMARK(BM_pool_sweep<1048576>)->Name("BM_pool_sweep/1048576");

void BM_ops_region_alloc(benchmark::State &state) {
  static medi::RtRegion<64 * 1024> region;
  int i = 0;
  for (auto _ : state) {
    if (++i == 1000) {
      i = 0;
      region.reset();
    }
    benchmark::DoNotOptimize(region.alloc_uninit<Message>());
  }
}
MEDI_BENCHMARK(BM_ops_region_alloc);

void BM_ops_malloc_free(benchmark::State &state) {
  for (auto _ : state) {
    void *p = std::malloc(sizeof(Message));
    benchmark::DoNotOptimize(p);
    std::free(p);
  }
}
MEDI_BENCHMARK(BM_ops_malloc_free);

} // namespace

int main(int argc, char **argv) {
  return medi::bench::run_with_ratios(
      argc, argv,
      {{"BM_pool_sweep/1048576", "BM_pool_sweep/16",
        "pool alloc+free, 1,048,576 slots / 16 slots (flat: about 1)"}});
}
