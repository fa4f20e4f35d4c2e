// gc_bench.cpp: what the GC zone costs: allocation throughput and latency through the medi_gc_*
// ABI and SafeGc, against malloc/free, std::make_shared and the Boehm-Demers-Weiser collector
// (Debian: libgc-dev) in the same run; and the pauses of the patient-record workload.
//
//   BM_alloc_*_fast       the fast path: ns_per_alloc over batches that run no collection.
//   BM_alloc_*_abi        ns per allocation through the C ABI, its share of minor collections
//                         included.
//   BM_patient_churn/N    N rooted records with 6 string fields; each iteration replaces one
//                         field (allocate, unlink the old, link the new). Counters: minor pause
//                         p50/p99/max and major step max (ms) against max_pause, from timing
//                         every allocation that ran a collection.
#include "../common/ratio_reporter.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <gc.h>
#include <medi/gc.h>
#include <medi/medi_rt.h>
#include <memory>
#include <string>
#include <vector>

namespace {

using medi::gc_zone::GcParams;
using medi::gc_zone::SafeGc;
using Clock = std::chrono::steady_clock;

const medi::SourceSite kSite{static_cast<const medi_rt_source *>(nullptr)};

// --- allocation ----------------------------------------------------------------------------

// The fast path: batches of 4,096 allocations that stay below the nursery threshold, a full
// collection (not timed) between batches, so blocks and slots are reused as in steady state.
template <class Alloc> void fast_path(benchmark::State &state, Alloc alloc) {
  SafeGc gc{GcParams{}};
  constexpr int kBatch = 4096;
  for (auto _ : state) {
    for (int i = 0; i < kBatch; ++i)
      benchmark::DoNotOptimize(alloc(gc));
    state.PauseTiming();
    gc.collect(kSite);
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * kBatch);
  state.counters["ns_per_alloc"] =
      benchmark::Counter(static_cast<double>(state.iterations() * kBatch),
                         benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void BM_alloc_unit_fast(benchmark::State &state) {
  fast_path(state, [](SafeGc &gc) { return gc.allocate_unit(kSite); });
}
MEDI_BENCHMARK(BM_alloc_unit_fast)->Repetitions(5);

void BM_alloc_string16_fast(benchmark::State &state) {
  const std::uint8_t text[] = "heart rate 072 ";
  fast_path(state, [&](SafeGc &gc) { return gc.allocate_string({text, 16}, kSite); });
}
MEDI_BENCHMARK(BM_alloc_string16_fast)->Repetitions(5);

// Through the C ABI with the default parameters: collections included.
void BM_alloc_unit_abi(benchmark::State &state) {
  for (auto _ : state)
    benchmark::DoNotOptimize(medi_gc_alloc_unit());
  medi_gc_collect();
}
MEDI_BENCHMARK(BM_alloc_unit_abi)->Repetitions(5);

void BM_alloc_string16_abi(benchmark::State &state) {
  const std::uint8_t text[] = "heart rate 072 ";
  for (auto _ : state)
    benchmark::DoNotOptimize(medi_gc_alloc_string(text, 16));
  medi_gc_collect();
}
MEDI_BENCHMARK(BM_alloc_string16_abi)->Repetitions(5);

// Peers: one 16-byte block.
void BM_malloc_free16(benchmark::State &state) {
  for (auto _ : state) {
    void *block = std::malloc(16);
    benchmark::DoNotOptimize(block);
    std::free(block);
  }
}
MEDI_BENCHMARK(BM_malloc_free16)->Repetitions(5);

void BM_make_shared_string16(benchmark::State &state) {
  for (auto _ : state)
    benchmark::DoNotOptimize(std::make_shared<std::string>("heart rate 072 "));
}
MEDI_BENCHMARK(BM_make_shared_string16)->Repetitions(5);

void BM_boehm_malloc16(benchmark::State &state) {
  for (auto _ : state) {
    void *block = GC_MALLOC(16);
    std::memcpy(block, "heart rate 072 ", 16);
    benchmark::DoNotOptimize(block);
  }
}
MEDI_BENCHMARK(BM_boehm_malloc16)->Repetitions(5);

// Every allocation timed on its own (steady_clock; its own cost included): p50 is the fast path,
// the tail holds the allocations that ran a minor collection.
template <class Op> void latency(benchmark::State &state, Op op) {
  constexpr int kOps = 200'000;
  std::vector<double> ns(kOps);
  for (auto _ : state) {
    for (int i = 0; i < kOps; ++i) {
      const auto start = Clock::now();
      op();
      ns[static_cast<std::size_t>(i)] =
          std::chrono::duration<double, std::nano>(Clock::now() - start).count();
    }
  }
  std::sort(ns.begin(), ns.end());
  state.counters["p50_ns"] = ns[kOps / 2];
  state.counters["p90_ns"] = ns[kOps * 9 / 10];
  state.counters["p99_ns"] = ns[kOps * 99 / 100];
  state.counters["max_ns"] = ns.back();
}

void BM_latency_timer(benchmark::State &state) {
  int i = 0;
  latency(state, [&] { benchmark::DoNotOptimize(++i); });
}
BENCHMARK(BM_latency_timer)->Iterations(1);

void BM_latency_alloc_string16(benchmark::State &state) {
  SafeGc gc{GcParams{}};
  const std::uint8_t text[] = "heart rate 072 ";
  latency(state, [&] { benchmark::DoNotOptimize(gc.allocate_string({text, 16}, kSite)); });
}
BENCHMARK(BM_latency_alloc_string16)->Iterations(1);

void BM_latency_malloc16(benchmark::State &state) {
  std::vector<void *> blocks(4096);
  std::size_t next = 0;
  latency(state, [&] {
    std::free(blocks[next]);
    blocks[next] = std::malloc(16);
    next = (next + 1) % blocks.size();
  });
  for (void *block : blocks)
    std::free(block);
}
BENCHMARK(BM_latency_malloc16)->Iterations(1);

void BM_latency_boehm16(benchmark::State &state) {
  latency(state, [] { benchmark::DoNotOptimize(GC_MALLOC(16)); });
}
BENCHMARK(BM_latency_boehm16)->Iterations(1);

// --- the patient workload --------------------------------------------------------------------

double percentile(std::vector<double> values, double q) {
  if (values.empty())
    return 0;
  std::sort(values.begin(), values.end());
  return values[static_cast<std::size_t>(q * static_cast<double>(values.size() - 1))];
}

void BM_patient_churn(benchmark::State &state) {
  const int records_count = static_cast<int>(state.range(0));
  constexpr int kFields = 6;
  SafeGc gc{GcParams::from_environment()};
  auto text = [&](const std::string &value) {
    return gc.allocate_string({reinterpret_cast<const std::uint8_t *>(value.data()), value.size()},
                              kSite);
  };
  std::vector<std::uint64_t> records(static_cast<std::size_t>(records_count));
  std::vector<std::uint64_t> fields(records.size() * kFields);
  for (std::size_t r = 0; r < records.size(); ++r) {
    records[r] = gc.allocate_unit(kSite);
    gc.add_root(records[r], kSite);
    for (int f = 0; f < kFields; ++f) {
      fields[r * kFields + f] =
          text("patient " + std::to_string(r) + " field " + std::to_string(f));
      gc.add_edge(records[r], fields[r * kFields + f], kSite);
    }
  }
  std::vector<double> minor_ms, step_ms;
  std::uint64_t i = 0;
  const char *values[] = {"Ward 3 East",   "penicillin allergy", "Dr. Okafor",
                          "MRN 0042-7731", "sepsis watch",       "SpO2 92% alert"};
  for (auto _ : state) {
    const std::size_t slot = (i * 7919) % fields.size();
    const std::size_t r = slot / kFields;
    const auto before = gc.stats();
    const auto start = Clock::now();
    const std::uint64_t fresh = text(values[i % 6]);
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    const auto after = gc.stats();
    if (after.minor_collections != before.minor_collections)
      minor_ms.push_back(ms);
    else if (after.major_steps != before.major_steps)
      step_ms.push_back(ms);
    gc.remove_edge(records[r], fields[slot], kSite);
    gc.add_edge(records[r], fresh, kSite);
    fields[slot] = fresh;
    ++i;
  }
  const auto stats = gc.stats();
  state.counters["minor_p50_ms"] = percentile(minor_ms, 0.5);
  state.counters["minor_p99_ms"] = percentile(minor_ms, 0.99);
  state.counters["minor_max_ms"] = percentile(minor_ms, 1.0);
  state.counters["minors"] = static_cast<double>(minor_ms.size());
  state.counters["step_max_ms"] = percentile(step_ms, 1.0);
  state.counters["step_max_internal_ms"] =
      std::chrono::duration<double, std::milli>(stats.major_step_pause_max).count();
  state.counters["steps"] = static_cast<double>(stats.major_steps);
  state.counters["majors"] = static_cast<double>(stats.major_cycles);
  state.counters["max_pause_ms"] =
      std::chrono::duration<double, std::milli>(gc.params().max_pause).count();
  state.counters["live"] = static_cast<double>(stats.live_objects);
}
BENCHMARK(BM_patient_churn)->Arg(512)->Arg(20000)->Unit(benchmark::kNanosecond);

} // namespace

int main(int argc, char **argv) {
  GC_INIT();
  return medi::bench::run_with_ratios(
      argc, argv,
      {{"BM_alloc_string16_abi", "BM_boehm_malloc16",
        "GC string alloc (with collections) vs Boehm"},
       {"BM_alloc_string16_abi", "BM_make_shared_string16",
        "GC string alloc (with collections) vs make_shared<string>"}});
}
