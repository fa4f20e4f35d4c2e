// report_bench.cpp: what the diagnostics pathway costs.
//
//  * BM_report/listeners:N   one report through a no-op context reporter and N listeners
//  * BM_report_default       one report printed by the default reporter (stderr -> /dev/null)
//  * BM_loop_*               a loop over readings that never fails, with and without the
//                            error checks the runtime's APIs use; the ratios are the overhead.
//  * BM_call_*               the worst case: an opaque call doing one multiply-add, returning a
//                            plain value or std::expected<_, RuntimeError> (which the ABI
//                            returns through memory, as for any non-trivial type).
#include "../common/ratio_reporter.h"

#include <benchmark/benchmark.h>
#include <cstdint>
#include <cstdio>
#include <expected>
#include <fcntl.h>
#include <medi/error.h>
#include <unistd.h>
#include <vector>

namespace {

const medi::RuntimeContext kContext{.file = "vitals.medi",
                                    .line = 12,
                                    .column = 7,
                                    .module = "vitals",
                                    .op = "fixed_pool.alloc_exhausted"};

void BM_report(benchmark::State &state) {
  medi::set_error_reporter_with_context(
      [](const medi::RuntimeError &, const medi::RuntimeContext &) {});
  std::vector<medi::ListenerId> listeners;
  for (int64_t i = 0; i < state.range(0); ++i)
    listeners.push_back(medi::add_error_context_listener(
        [](const medi::RuntimeError &e, const medi::RuntimeContext &c) {
          benchmark::DoNotOptimize(&e);
          benchmark::DoNotOptimize(&c);
        }));
  const medi::RuntimeError error = medi::RuntimeError::pool_exhausted(4);
  for (auto _ : state)
    medi::report_error(error, kContext);
  for (medi::ListenerId id : listeners)
    medi::remove_error_context_listener(id);
  medi::set_error_reporter_with_context(nullptr);
}
MEDI_BENCHMARK(BM_report)->ArgName("listeners")->Arg(0)->Arg(1)->Arg(4);
MEDI_BENCHMARK(BM_report)->ArgName("listeners")->Arg(1)->Threads(2)->UseRealTime();

// The default reporter formats and writes a line; stderr goes to /dev/null while it runs.
void BM_report_default(benchmark::State &state) {
  std::fflush(stderr);
  const int saved = ::dup(STDERR_FILENO);
  const int null_fd = ::open("/dev/null", O_WRONLY);
  ::dup2(null_fd, STDERR_FILENO);
  const medi::RuntimeError error = medi::RuntimeError::pool_exhausted(4);
  for (auto _ : state)
    medi::report_error(error, kContext);
  std::fflush(stderr);
  ::dup2(saved, STDERR_FILENO);
  ::close(saved);
  ::close(null_fd);
}
MEDI_BENCHMARK(BM_report_default);

// --- Overhead of error checking on a loop that never fails -----------------------------------

constexpr double kLow = 20, kHigh = 250;

// Hands the result to DoNotOptimize through a copy: the running sum itself never has its address
// taken, or the compiler must keep it in memory across any call in the loop.
template <class T> void keep(T value) {
  benchmark::DoNotOptimize(value);
}

std::vector<double> heart_rates() {
  std::vector<double> readings(4096);
  for (std::size_t i = 0; i < readings.size(); ++i)
    readings[i] = 60.0 + static_cast<double>(i % 40);
  return readings;
}

// Inline: the check and its cold report inside the loop body.
void BM_loop_unchecked(benchmark::State &state) {
  const auto readings = heart_rates();
  for (auto _ : state) {
    double sum = 0;
    for (double r : readings)
      sum += r * 0.5 + 1.0;
    keep(sum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(readings.size()));
}
MEDI_BENCHMARK(BM_loop_unchecked);

void BM_loop_checked(benchmark::State &state) {
  const auto readings = heart_rates();
  for (auto _ : state) {
    double sum = 0;
    for (double r : readings) {
      if (!(r >= kLow && r <= kHigh)) [[unlikely]] {
        MEDI_RUNTIME_REPORT(medi::RuntimeError::message("reading out of range"), "bench.validate");
        continue;
      }
      sum += r * 0.5 + 1.0;
    }
    keep(sum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(readings.size()));
}
MEDI_BENCHMARK(BM_loop_checked);

// The same loop through an inline function returning std::expected, as the runtime's header-only
// `*_result` APIs (RtRegion, FixedPool) are, failing with a memory kind as they do...
inline std::expected<double, medi::RuntimeError> scale_inline(double r) {
  if (!(r >= kLow && r <= kHigh)) [[unlikely]] {
    const auto error = medi::RuntimeError::region_overflow(static_cast<std::size_t>(r), 0);
    MEDI_RUNTIME_REPORT(error, medi::op::rt_region_alloc_uninit_overflow);
    return std::unexpected(error);
  }
  return r * 0.5 + 1.0;
}

// ...or with a message built on the spot, whose std::string the failure path must construct.
inline std::expected<double, medi::RuntimeError> scale_inline_message(double r) {
  if (!(r >= kLow && r <= kHigh)) [[unlikely]] {
    MEDI_RUNTIME_REPORT(medi::RuntimeError::message("reading out of range"), "bench.validate");
    return std::unexpected(medi::RuntimeError::message("reading out of range"));
  }
  return r * 0.5 + 1.0;
}

void BM_loop_expected_message(benchmark::State &state) {
  const auto readings = heart_rates();
  for (auto _ : state) {
    double sum = 0;
    for (double r : readings)
      if (auto scaled = scale_inline_message(r)) [[likely]]
        sum += *scaled;
    keep(sum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(readings.size()));
}
MEDI_BENCHMARK(BM_loop_expected_message);

void BM_loop_expected(benchmark::State &state) {
  const auto readings = heart_rates();
  for (auto _ : state) {
    double sum = 0;
    for (double r : readings)
      if (auto scaled = scale_inline(r)) [[likely]]
        sum += *scaled;
    keep(sum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(readings.size()));
}
MEDI_BENCHMARK(BM_loop_expected);

// The same with an integer running value (a rolling checksum of readings in tenths), which the
// ABI lets live in a callee-saved register across the failure path's calls.
std::vector<std::int64_t> heart_rates_tenths();

inline std::expected<std::int64_t, medi::RuntimeError> checked_tenths(std::int64_t r) {
  if (!(r >= 10 * kLow && r <= 10 * kHigh)) [[unlikely]] {
    MEDI_RUNTIME_REPORT(medi::RuntimeError::message("reading out of range"), "bench.validate");
    return std::unexpected(medi::RuntimeError::message("reading out of range"));
  }
  return r;
}

void BM_loop_int_unchecked(benchmark::State &state) {
  const auto readings = heart_rates_tenths();
  for (auto _ : state) {
    std::uint64_t checksum = 0;
    for (std::int64_t r : readings)
      checksum = checksum * 31 + static_cast<std::uint64_t>(r);
    keep(checksum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(readings.size()));
}
MEDI_BENCHMARK(BM_loop_int_unchecked);

void BM_loop_int_expected(benchmark::State &state) {
  const auto readings = heart_rates_tenths();
  for (auto _ : state) {
    std::uint64_t checksum = 0;
    for (std::int64_t r : readings)
      if (auto checked = checked_tenths(r)) [[likely]]
        checksum = checksum * 31 + static_cast<std::uint64_t>(*checked);
    keep(checksum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(readings.size()));
}
MEDI_BENCHMARK(BM_loop_int_expected);

// Out of line, as a runtime API call is: a plain value against std::expected<_, RuntimeError>.
// Integer readings (tenths of a beat) keep the running sum in a callee-saved register, so the
// pair differs only in how the result comes back and is checked.
std::vector<std::int64_t> heart_rates_tenths() {
  std::vector<std::int64_t> readings(4096);
  for (std::size_t i = 0; i < readings.size(); ++i)
    readings[i] = 600 + static_cast<std::int64_t>(i % 400);
  return readings;
}

[[gnu::noinline]] std::int64_t scale_plain(std::int64_t r) {
  return r * 5 + 10;
}

[[gnu::noinline]] std::expected<std::int64_t, medi::RuntimeError> scale_checked(std::int64_t r) {
  if (!(r >= 10 * kLow && r <= 10 * kHigh)) [[unlikely]] {
    auto error = medi::RuntimeError::message("reading out of range");
    MEDI_RUNTIME_REPORT(error, "bench.validate");
    return std::unexpected(std::move(error));
  }
  return r * 5 + 10;
}

void BM_call_plain(benchmark::State &state) {
  const auto readings = heart_rates_tenths();
  for (auto _ : state) {
    std::int64_t sum = 0;
    for (std::int64_t r : readings)
      sum += scale_plain(r);
    keep(sum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(readings.size()));
}
MEDI_BENCHMARK(BM_call_plain);

void BM_call_expected(benchmark::State &state) {
  const auto readings = heart_rates_tenths();
  for (auto _ : state) {
    std::int64_t sum = 0;
    for (std::int64_t r : readings)
      if (auto scaled = scale_checked(r)) [[likely]]
        sum += *scaled;
    keep(sum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(readings.size()));
}
MEDI_BENCHMARK(BM_call_expected);

} // namespace

int main(int argc, char **argv) {
  return medi::bench::run_with_ratios(
      argc, argv,
      {
          {"BM_report/listeners:1", "BM_report/listeners:0", "report: 1 listener vs none"},
          {"BM_report/listeners:4", "BM_report/listeners:0", "report: 4 listeners vs none"},
          {"BM_loop_checked", "BM_loop_unchecked", "inline check overhead (target < 1.01)"},
          {"BM_loop_expected", "BM_loop_unchecked", "inline expected, memory kind, FP sum"},
          {"BM_loop_expected_message", "BM_loop_unchecked", "inline expected, message, FP sum"},
          {"BM_loop_int_expected", "BM_loop_int_unchecked", "inline expected, integer checksum"},
          {"BM_call_expected", "BM_call_plain", "opaque call: expected vs plain return"},
      });
}
