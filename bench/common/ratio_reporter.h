// ratio_reporter.h: run Google Benchmark and print ratios between benchmarks of the same run.
//
// Targets in this project are relative ("overhead under 1%", "faster than crossbeam"), so each
// benchmark program names the pairs it compares and gets a ratio table after the usual output:
//
//   int main(int argc, char **argv) {
//     return medi::bench::run_with_ratios(argc, argv, {{"checked", "unchecked", "overhead"}});
//   }
#ifndef MEDI_BENCH_COMMON_RATIO_REPORTER_H
#define MEDI_BENCH_COMMON_RATIO_REPORTER_H

#include <benchmark/benchmark.h>
#include <string>
#include <vector>

namespace medi::bench {

/// The fastest of the repetitions: on a shared machine noise only ever adds time, so with
/// --benchmark_repetitions the minimum is the steadiest estimate, and ratios use it.
double min_of(const std::vector<double> &values);

/// BENCHMARK(fn) that also reports the "min" aggregate over repetitions.
#define MEDI_BENCHMARK(...) BENCHMARK(__VA_ARGS__)->ComputeStatistics("min", ::medi::bench::min_of)

/// measured / baseline, on real time per iteration; `what` labels the row.
struct Ratio {
  std::string measured;
  std::string baseline;
  std::string what;
};

/// Runs the registered benchmarks (accepting the usual --benchmark_* flags), then prints one row
/// per ratio whose two benchmarks both ran, from each benchmark's "min" aggregate when there is
/// one, else its median, else its single run. Returns the process exit code.
int run_with_ratios(int argc, char **argv, const std::vector<Ratio> &ratios);

} // namespace medi::bench

#endif // MEDI_BENCH_COMMON_RATIO_REPORTER_H
