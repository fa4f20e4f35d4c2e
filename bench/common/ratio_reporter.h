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

#include <string>
#include <vector>

namespace medi::bench {

/// measured / baseline, on real time per iteration; `what` labels the row.
struct Ratio {
  std::string measured;
  std::string baseline;
  std::string what;
};

/// Runs the registered benchmarks (accepting the usual --benchmark_* flags), then prints one row
/// per ratio whose two benchmarks both ran. Returns the process exit code.
int run_with_ratios(int argc, char **argv, const std::vector<Ratio> &ratios);

} // namespace medi::bench

#endif // MEDI_BENCH_COMMON_RATIO_REPORTER_H
