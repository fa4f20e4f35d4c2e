// ratio_reporter.cpp: a console reporter that remembers each run's time, then the ratio table.
#include "ratio_reporter.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <map>
#include <unistd.h>

namespace medi::bench {
namespace {

class RememberingReporter : public benchmark::ConsoleReporter {
public:
  RememberingReporter() : ConsoleReporter(::isatty(STDOUT_FILENO) ? OO_ColorTabular : OO_Tabular) {}

  void ReportRuns(const std::vector<Run> &runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run &run : runs) {
      if (run.error_occurred)
        continue;
      const int rank = run.run_type == Run::RT_Iteration ? 1
                       : run.aggregate_name == "median"  ? 2
                       : run.aggregate_name == "min"     ? 3
                                                         : 0;
      const std::string name = run.run_name.str();
      if (rank > 0 && rank >= rank_[name]) {
        rank_[name] = rank;
        real_ns_[name] = run.GetAdjustedRealTime();
      }
    }
  }
  const double *find(const std::string &name) const {
    auto it = real_ns_.find(name);
    return it == real_ns_.end() ? nullptr : &it->second;
  }

private:
  std::map<std::string, double> real_ns_;
  std::map<std::string, int> rank_; // which kind of result real_ns_ holds; higher is preferred
};

} // namespace

double min_of(const std::vector<double> &values) {
  return values.empty() ? 0.0 : *std::min_element(values.begin(), values.end());
}

int run_with_ratios(int argc, char **argv, const std::vector<Ratio> &ratios) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv))
    return 1;
  RememberingReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();

  bool header = false;
  for (const Ratio &ratio : ratios) {
    const double *measured = reporter.find(ratio.measured);
    const double *baseline = reporter.find(ratio.baseline);
    if (!measured || !baseline || *baseline == 0)
      continue;
    if (!header) {
      std::printf("\n%-44s %10s  %s\n", "ratio (measured / baseline, real time)", "value", "pair");
      header = true;
    }
    std::printf("%-44s %10.4f  %s / %s\n", ratio.what.c_str(), *measured / *baseline,
                ratio.measured.c_str(), ratio.baseline.c_str());
  }
  return 0;
}

} // namespace medi::bench
