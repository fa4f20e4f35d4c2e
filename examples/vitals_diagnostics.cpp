// vitals_diagnostics: a bedside-monitor intake loop on the Medi Runtime's diagnostics pathway.
//
// Readings from three sensors are validated; a malformed one is reported as a RuntimeError with
// its source context. The run shows the pathway step by step: the default reporter's line, the
// seed's custom context reporter, a metrics listener counting reports per op tag, an audit
// listener that keeps the first few contexts, and a listener removed mid-run.
//
// Run: scripts/demo (the README's first command), or build/default/examples/vitals_diagnostics.
#define MEDI_MODULE "bedside.intake"
#include <array>
#include <cstdio>
#include <map>
#include <medi/runtime.h>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Reading {
  const char *sensor;
  double value;
};

struct Range {
  const char *sensor;
  double low;
  double high;
};

constexpr std::array kPhysiologicalRanges{
    Range{"heart_rate", 20, 250},
    Range{"spo2", 50, 100},
    Range{"systolic_bp", 40, 260},
};

// What a monitor might see in one window: mostly good data, a few sensor glitches.
constexpr std::array kWindow{
    Reading{"heart_rate", 72}, Reading{"spo2", 97},          Reading{"systolic_bp", 118},
    Reading{"heart_rate", 74}, Reading{"spo2", 131},         Reading{"systolic_bp", 121},
    Reading{"heart_rate", 0},  Reading{"spo2", 96},          Reading{"systolic_bp", 119},
    Reading{"heart_rate", 76}, Reading{"spo2", 95},          Reading{"systolic_bp", 300},
    Reading{"heart_rate", 75}, Reading{"temperature", 37.1}, Reading{"systolic_bp", 117},
};

const Range *range_of(const char *sensor) {
  for (const Range &range : kPhysiologicalRanges)
    if (std::string_view(range.sensor) == sensor)
      return &range;
  return nullptr;
}

// Returns whether the reading may be used; reports it through the runtime when not.
bool accept(const Reading &reading) {
  const Range *range = range_of(reading.sensor);
  if (!range) {
    MEDI_RUNTIME_REPORT(
        medi::RuntimeError::message(std::string("unknown sensor '") + reading.sensor + "'"),
        "vitals.unknown_sensor");
    return false;
  }
  if (reading.value < range->low || reading.value > range->high) {
    char text[128];
    std::snprintf(text, sizeof text, "%s reading %.1f outside %.0f..%.0f", reading.sensor,
                  reading.value, range->low, range->high);
    MEDI_RUNTIME_REPORT(medi::RuntimeError::message(text), "vitals.out_of_range");
    return false;
  }
  return true;
}

struct Summary {
  int accepted = 0;
  int rejected = 0;
  double heart_rate_sum = 0;
  int heart_rate_count = 0;
};

Summary ingest(std::span<const Reading> readings) {
  Summary summary;
  for (const Reading &reading : readings) {
    if (!accept(reading)) {
      ++summary.rejected;
      continue;
    }
    ++summary.accepted;
    if (std::string_view(reading.sensor) == "heart_rate") {
      summary.heart_rate_sum += reading.value;
      ++summary.heart_rate_count;
    }
  }
  return summary;
}

} // namespace

int main() {
  std::printf("== 1. default reporter (one line on stderr per report)\n");
  std::fflush(stdout);
  MEDI_RUNTIME_REPORT(medi::RuntimeError::pool_exhausted(4), medi::op::fixed_pool_alloc_exhausted);
  std::fflush(stderr);

  std::printf("== 2. the seed's custom context reporter, a metrics and an audit listener\n");
  std::fflush(stdout);
  medi::set_error_reporter_with_context(
      [](const medi::RuntimeError &err, const medi::RuntimeContext &ctx) {
        medi::RuntimeDiagnostic diag = err;
        std::fprintf(stderr, "[monitor] %s @%.*s:%u:%u op=%.*s\n", diag.message.c_str(),
                     int(ctx.file.size()), ctx.file.data(), ctx.line, ctx.column,
                     int(ctx.op.size()), ctx.op.data());
      });

  std::mutex metrics_mutex;
  std::map<std::string, int> reports_per_op;
  medi::ScopedErrorListener metrics(
      [&](const medi::RuntimeError &, const medi::RuntimeContext &ctx) {
        std::lock_guard lock(metrics_mutex);
        ++reports_per_op[std::string(ctx.op)];
      });

  std::vector<std::string> audit;
  const medi::ListenerId audit_id = medi::add_error_context_listener(
      [&](const medi::RuntimeError &, const medi::RuntimeContext &ctx) {
        audit.push_back(std::string(ctx.module) + " line " + std::to_string(ctx.line));
      });

  const Summary first = ingest(std::span(kWindow).first(9));
  std::fflush(stderr);

  std::printf("== 3. audit listener removed; the metrics listener keeps counting\n");
  std::fflush(stdout);
  medi::remove_error_context_listener(audit_id);
  const Summary second = ingest(std::span(kWindow).subspan(9));
  std::fflush(stderr);

  std::printf("== summary\n");
  const int accepted = first.accepted + second.accepted;
  const int rejected = first.rejected + second.rejected;
  const double hr_sum = first.heart_rate_sum + second.heart_rate_sum;
  const int hr_count = first.heart_rate_count + second.heart_rate_count;
  std::printf("readings: %zu accepted: %d rejected: %d\n", kWindow.size(), accepted, rejected);
  std::printf("mean heart rate: %.1f bpm over %d readings\n", hr_sum / hr_count, hr_count);
  for (const auto &[op, count] : reports_per_op)
    std::printf("reports op=%s: %d\n", op.c_str(), count);
  std::printf("audit trail (%zu entries before removal):\n", audit.size());
  for (const std::string &entry : audit)
    std::printf("  %s\n", entry.c_str());
  return 0;
}
