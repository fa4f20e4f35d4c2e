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
#include <type_traits>
#include <unistd.h>
#include <vector>

namespace {

const medi::RuntimeContext kContext{.file = "vitals.medi",
                                    .line = 12,
                                    .column = 7,
                                    .module = "vitals",
                                    .op = "fixed_pool.alloc_exhausted"};

// A no-op context reporter and state.range(0) no-op listeners, installed once per run (not per
// thread) by Setup and removed by Teardown.
std::vector<medi::ListenerId> bench_listeners;

void install_reporters(const benchmark::State &state) {
  medi::set_error_reporter_with_context(
      [](const medi::RuntimeError &, const medi::RuntimeContext &) {});
  for (int64_t i = 0; i < state.range(0); ++i)
    bench_listeners.push_back(medi::add_error_context_listener(
        [](const medi::RuntimeError &e, const medi::RuntimeContext &c) {
          benchmark::DoNotOptimize(&e);
          benchmark::DoNotOptimize(&c);
        }));
}

void remove_reporters(const benchmark::State &) {
  for (medi::ListenerId id : bench_listeners)
    medi::remove_error_context_listener(id);
  bench_listeners.clear();
  medi::set_error_reporter_with_context(nullptr);
}

void BM_report(benchmark::State &state) {
  const medi::RuntimeError error = medi::RuntimeError::pool_exhausted(4);
  for (auto _ : state)
    medi::report_error(error, kContext);
}
MEDI_BENCHMARK(BM_report)
    ->ArgName("listeners")
    ->Arg(0)
    ->Arg(1)
    ->Arg(4)
    ->Setup(install_reporters)
    ->Teardown(remove_reporters);
MEDI_BENCHMARK(BM_report)
    ->ArgName("listeners")
    ->Arg(1)
    ->Threads(2)
    ->UseRealTime()
    ->Setup(install_reporters)
    ->Teardown(remove_reporters);

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

// Hands the result to DoNotOptimize through a copy: the accumulator itself never has its address
// taken, or the compiler must keep it in memory across any call in the loop.
template <class T> void keep(T value) {
  benchmark::DoNotOptimize(value);
}

// The same loop through a function returning std::expected, propagating the first error as a
// caller does (`if (!x) return std::unexpected(std::move(x.error()));`).
template <class Accumulator, class Reading, class ScaleChecked, class Combine>
void fold_readings_checked(benchmark::State &state, const std::vector<Reading> &readings,
                           ScaleChecked scale_checked, Combine combine) {
  auto total = [&]() -> std::expected<Accumulator, medi::RuntimeError> {
    Accumulator accumulator{};
    for (Reading r : readings) {
      auto scaled = scale_checked(r);
      if (!scaled) [[unlikely]]
        return std::unexpected(std::move(scaled.error()));
      accumulator = combine(accumulator, *scaled);
    }
    return accumulator;
  };
  for (auto _ : state) {
    auto result = total();
    keep(result ? *result : Accumulator{});
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(readings.size()));
}

// Runs `step(accumulator, reading)` over every reading, once per benchmark iteration.
template <class Accumulator, class Reading, class Step>
void fold_readings(benchmark::State &state, const std::vector<Reading> &readings, Step step) {
  for (auto _ : state) {
    Accumulator accumulator{};
    for (Reading r : readings)
      step(accumulator, r);
    keep(accumulator);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(readings.size()));
}

// Heart rates in beats per minute (floating point) and in tenths of a beat (integer).
std::vector<double> heart_rates() {
  std::vector<double> readings(4096);
  for (std::size_t i = 0; i < readings.size(); ++i)
    readings[i] = 60.0 + static_cast<double>(i % 40);
  return readings;
}
std::vector<std::int64_t> heart_rates_tenths() {
  std::vector<std::int64_t> readings(4096);
  for (std::size_t i = 0; i < readings.size(); ++i)
    readings[i] = 600 + static_cast<std::int64_t>(i % 400);
  return readings;
}

template <class T> constexpr bool plausible(T r) {
  constexpr T scale = std::is_integral_v<T> ? 10 : 1;
  return r >= 20 * scale && r <= 250 * scale;
}
constexpr double scale(double r) {
  return r * 0.5 + 1.0;
}
constexpr std::int64_t scale(std::int64_t r) {
  return r * 5 + 10;
}

// Inline: no check, and a check whose failure reports.
void BM_loop_unchecked(benchmark::State &state) {
  fold_readings<double>(state, heart_rates(), [](double &sum, double r) { sum += scale(r); });
}
MEDI_BENCHMARK(BM_loop_unchecked);

void BM_loop_checked(benchmark::State &state) {
  fold_readings<double>(state, heart_rates(), [](double &sum, double r) {
    if (!plausible(r)) [[unlikely]] {
      MEDI_RUNTIME_REPORT(medi::RuntimeError::message("reading out of range"), "bench.validate");
      return;
    }
    sum += scale(r);
  });
}
MEDI_BENCHMARK(BM_loop_checked);

// Controls: the same checks with nothing done on failure. Against these, the checked loops show
// what reporting adds beyond the branch itself (which any check costs, reporting or not).
void BM_loop_checked_silent(benchmark::State &state) {
  fold_readings<double>(state, heart_rates(), [](double &sum, double r) {
    if (!plausible(r)) [[unlikely]]
      return;
    sum += scale(r);
  });
}
MEDI_BENCHMARK(BM_loop_checked_silent);

void BM_loop_int_checked_silent(benchmark::State &state) {
  fold_readings<std::uint64_t>(state, heart_rates_tenths(), [](std::uint64_t &sum, std::int64_t r) {
    if (!plausible(r)) [[unlikely]]
      return;
    sum = sum * 31 + static_cast<std::uint64_t>(scale(r));
  });
}
MEDI_BENCHMARK(BM_loop_int_checked_silent);

void BM_loop_int_checked(benchmark::State &state) {
  fold_readings<std::uint64_t>(state, heart_rates_tenths(), [](std::uint64_t &sum, std::int64_t r) {
    if (!plausible(r)) [[unlikely]] {
      MEDI_RUNTIME_REPORT(medi::RuntimeError::message("reading out of range"), "bench.validate");
      return;
    }
    sum = sum * 31 + static_cast<std::uint64_t>(scale(r));
  });
}
MEDI_BENCHMARK(BM_loop_int_checked);

// Through an inline function returning std::expected, as the runtime's header-only `*_result`
// APIs (RtRegion, FixedPool) are, failing with a memory kind as they do...
template <class T> inline std::expected<T, medi::RuntimeError> scale_or_overflow(T r) {
  if (!plausible(r)) [[unlikely]] {
    const auto requested = static_cast<std::size_t>(r);
    MEDI_RUNTIME_REPORT(medi::RuntimeError::region_overflow(requested, 0),
                        medi::op::rt_region_alloc_uninit_overflow);
    return std::unexpected(medi::RuntimeError::region_overflow(requested, 0));
  }
  return scale(r);
}

// ...or with a message built on the spot, whose std::string the failure path must construct.
inline std::expected<double, medi::RuntimeError> scale_or_message(double r) {
  if (!plausible(r)) [[unlikely]] {
    MEDI_RUNTIME_REPORT(medi::RuntimeError::message("reading out of range"), "bench.validate");
    return std::unexpected(medi::RuntimeError::message("reading out of range"));
  }
  return scale(r);
}

void BM_loop_expected(benchmark::State &state) {
  fold_readings_checked<double>(state, heart_rates(), scale_or_overflow<double>,
                                [](double sum, double scaled) { return sum + scaled; });
}
MEDI_BENCHMARK(BM_loop_expected);

void BM_loop_expected_message(benchmark::State &state) {
  fold_readings_checked<double>(state, heart_rates(), scale_or_message,
                                [](double sum, double scaled) { return sum + scaled; });
}
MEDI_BENCHMARK(BM_loop_expected_message);

// An integer accumulator (a rolling checksum), which the ABI lets live in a callee-saved register
// across the failure path's calls.
void BM_loop_int_unchecked(benchmark::State &state) {
  fold_readings<std::uint64_t>(state, heart_rates_tenths(), [](std::uint64_t &sum, std::int64_t r) {
    sum = sum * 31 + static_cast<std::uint64_t>(scale(r));
  });
}
MEDI_BENCHMARK(BM_loop_int_unchecked);

void BM_loop_int_expected(benchmark::State &state) {
  fold_readings_checked<std::uint64_t>(state, heart_rates_tenths(), scale_or_overflow<std::int64_t>,
                                       [](std::uint64_t sum, std::int64_t scaled) {
                                         return sum * 31 + static_cast<std::uint64_t>(scaled);
                                       });
}
MEDI_BENCHMARK(BM_loop_int_expected);

// Out of line, as a call into a library is: a plain value against std::expected<_, RuntimeError>.
// The integer accumulator stays in a register, so the pair differs only in how the result comes
// back and is checked.
[[gnu::noinline]] std::int64_t scale_plain(std::int64_t r) {
  return scale(r);
}
[[gnu::noinline]] std::expected<std::int64_t, medi::RuntimeError> scale_checked(std::int64_t r) {
  return scale_or_overflow(r);
}

void BM_call_plain(benchmark::State &state) {
  fold_readings<std::int64_t>(state, heart_rates_tenths(),
                              [](std::int64_t &sum, std::int64_t r) { sum += scale_plain(r); });
}
MEDI_BENCHMARK(BM_call_plain);

void BM_call_expected(benchmark::State &state) {
  fold_readings_checked<std::int64_t>(
      state, heart_rates_tenths(), scale_checked,
      [](std::int64_t sum, std::int64_t scaled) { return sum + scaled; });
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
          {"BM_loop_checked", "BM_loop_checked_silent", "reporting beyond the check itself"},
          {"BM_loop_int_checked", "BM_loop_int_unchecked", "inline check, integer checksum"},
          {"BM_loop_int_checked", "BM_loop_int_checked_silent",
           "reporting beyond the check, integer"},
          {"BM_loop_int_expected", "BM_loop_int_unchecked", "inline expected, integer checksum"},
          {"BM_call_expected", "BM_call_plain", "opaque call: expected vs plain return"},
      });
}
