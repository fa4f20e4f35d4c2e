// soak_main.cpp: the soak program. Runs rounds of the mixed workload (soak_workloads.h) for a
// chosen time, checking after each round that every message was received exactly once (or
// handed back), that every task was joined with its outcome, that each injected fault was
// reported once through the diagnostics pathway and nothing else was, and that the resident set
// stays flat: the run after the warm-up is cut into ten windows, and the lower of the last two
// window medians may not exceed the baseline (the median over the warm-up's second half) by more
// than the tolerance (5%, and at least 768 KiB), nor any window by more than three times it.
// Medians, because a leak raises every sample while allocator noise only spikes a few; the end,
// because a leak only ever climbs while memory the allocator held for a while and gave back is not
// growth. Exits 0 when all held.
//
//   medi_soak --seconds 120 [--csv rss.csv] [--warmup-seconds 12] [--tolerance 0.05]
#include "soak_workloads.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <malloc.h>
#include <map>
#include <medi/error.h>
#include <medi/scheduler.h>
#include <mutex>
#include <string>
#include <string_view>
#include <unistd.h>
#include <utility>
#include <vector>

namespace {

using namespace medi::soak;
using Clock = std::chrono::steady_clock;

struct Options {
  double seconds = 120;
  double warmup_seconds = -1; // default: a tenth of the run, at least 30 s
  double tolerance = 0.05;
  std::string csv;
  std::string only; // one workload (channels, tasks, realtime, gc), to find what grows
};

bool parse_number(std::string_view text, double &out) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  return error == std::errc() && end == text.data() + text.size() && out >= 0;
}

bool parse(int argc, char **argv, Options &options) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const bool has_value = i + 1 < argc;
    double minutes = 0;
    if (arg == "--seconds" && has_value && parse_number(argv[i + 1], options.seconds)) {
      ++i;
    } else if (arg == "--minutes" && has_value && parse_number(argv[i + 1], minutes)) {
      options.seconds = minutes * 60;
      ++i;
    } else if (arg == "--warmup-seconds" && has_value &&
               parse_number(argv[i + 1], options.warmup_seconds)) {
      ++i;
    } else if (arg == "--tolerance" && has_value && parse_number(argv[i + 1], options.tolerance)) {
      ++i;
    } else if (arg == "--csv" && has_value) {
      options.csv = argv[++i];
    } else if (arg == "--only" && has_value) {
      options.only = argv[++i];
    } else {
      std::fprintf(stderr, "usage: medi_soak [--seconds S | --minutes M] [--warmup-seconds W] "
                           "[--tolerance F] [--csv FILE] [--only channels|tasks|realtime|gc]\n");
      return false;
    }
  }
  if (options.warmup_seconds < 0)
    options.warmup_seconds = std::max(30.0, options.seconds / 10);
  return true;
}

// What the program holds from malloc (in use, not merely kept by the allocator): a leak grows
// this; fragmentation grows only the resident set.
std::size_t heap_in_use_kib() {
  const struct mallinfo2 info = mallinfo2();
  return (info.uordblks + info.hblkhd) / 1024;
}

std::size_t resident_kib() {
  std::ifstream statm("/proc/self/statm");
  std::size_t pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * static_cast<std::size_t>(sysconf(_SC_PAGESIZE)) / 1024;
}

// Every report the runtime makes, counted by op tag.
class ReportCounter {
public:
  void install() {
    medi::set_error_reporter_with_context(
        [this](const medi::RuntimeError &, const medi::RuntimeContext &context) {
          std::lock_guard lock(mutex_);
          ++counts_[std::string(context.op)];
        });
  }
  std::map<std::string, std::uint64_t> take() {
    std::lock_guard lock(mutex_);
    return std::exchange(counts_, {});
  }

private:
  std::mutex mutex_;
  std::map<std::string, std::uint64_t> counts_;
};

// Each injected fault reported exactly once, with its op, and nothing else reported.
void check_reports(std::map<std::string, std::uint64_t> reports, const Tallies &round,
                   Problems &problems) {
  auto expect = [&](const std::string &op, std::uint64_t count) {
    if (reports[op] != count)
      problems.push_back(op + ": " + std::to_string(reports[op]) + " reports for " +
                         std::to_string(count) + " injected");
    reports.erase(op);
  };
  expect("scheduler.task_panic", round.panics_injected);
  expect("xchan.send", round.messages_handed_back);
  // Timeouts and the ends of streams are outcomes: returned (checked by the rounds), not reported.
  expect("xchan.recv", 0);
  expect("channel.recv", 0);
  expect("fixed_pool.alloc_exhausted", round.pool_exhaustions_injected);
  for (const auto &[op, count] : reports)
    if (count)
      problems.push_back("unexpected reports: " + std::to_string(count) + " with op " + op);
}

// Samples in a buffer allocated once: when it is full, every other sample goes and from then on
// only every second (fourth, ...) one is kept, so the kept ones stay evenly spread over the run.
class Samples {
public:
  static constexpr std::size_t kCapacity = 4096;
  Samples() { kept_.reserve(kCapacity); }
  void add(std::size_t value) {
    if (seen_++ % stride_ != 0)
      return;
    if (kept_.size() == kCapacity) {
      for (std::size_t i = 0; i < kCapacity / 2; ++i)
        kept_[i] = kept_[2 * i];
      kept_.resize(kCapacity / 2);
      stride_ *= 2;
      if ((seen_ - 1) % stride_ != 0)
        return;
    }
    kept_.push_back(value);
  }
  const std::vector<std::size_t> &values() const noexcept { return kept_; }
  bool empty() const noexcept { return kept_.empty(); }

private:
  std::vector<std::size_t> kept_;
  std::size_t stride_ = 1;
  std::size_t seen_ = 0;
};

std::size_t median(std::vector<std::size_t> values) {
  if (values.empty())
    return 0;
  const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
  std::nth_element(values.begin(), middle, values.end());
  return *middle;
}

// The median of each of `count` consecutive, equal stretches of `samples` (fewer when there are
// fewer samples).
std::vector<std::size_t> window_medians(const std::vector<std::size_t> &samples,
                                        std::size_t count) {
  std::vector<std::size_t> medians;
  const std::size_t windows = std::min(count, samples.size());
  for (std::size_t i = 0; i < windows; ++i) {
    const auto begin = samples.begin() + static_cast<std::ptrdiff_t>(i * samples.size() / windows);
    const auto end =
        samples.begin() + static_cast<std::ptrdiff_t>((i + 1) * samples.size() / windows);
    medians.push_back(median(std::vector<std::size_t>(begin, end)));
  }
  return medians;
}

// How the resident set moved after the warm-up, against the baseline.
struct RssVerdict {
  // Where it settled: the lower of the last two window medians. A leak raises every window
  // after it starts, so the end is its highest point; memory the allocator held for a while
  // and gave back (a burst of buffered messages, a thread's stack) is not growth.
  double settled_growth = 0;
  double peak_growth = 0; // the largest window median, bursts included
  std::size_t peak_window = 0;
};

// A burst may reach this many times the tolerance before it fails the run: a runtime for bedside
// devices must not balloon even for a while, but one arena chunk is 5% of a 7 MiB process.
constexpr double kBurstFactor = 3;
// Where the resident set settles may exceed the baseline by this much even when that is more than
// the tolerance: on a process of 7-8 MiB, a worker's malloc arena reaching a new high-water mark
// once, late in a two-minute run (an arena returns memory only from its top), is a step of
// 200-500 KiB, flat after it. A leak of a byte per message or per task passes it within seconds.
constexpr std::size_t kSettledSlackKiB = 768;

RssVerdict judge_rss(const std::vector<std::size_t> &windows, std::size_t baseline) {
  RssVerdict verdict;
  if (windows.empty() || baseline == 0)
    return verdict;
  auto growth = [&](std::size_t kib) { return static_cast<double>(kib) / baseline - 1; };
  const std::size_t last = windows.size() - 1;
  verdict.settled_growth = growth(last ? std::min(windows[last], windows[last - 1]) : windows[0]);
  for (std::size_t i = 0; i < windows.size(); ++i)
    if (growth(windows[i]) > verdict.peak_growth) {
      verdict.peak_growth = growth(windows[i]);
      verdict.peak_window = i;
    }
  return verdict;
}

std::string percent(double fraction) {
  char text[32];
  std::snprintf(text, sizeof text, "%+.1f%%", fraction * 100);
  return text;
}

Tallies operator-(const Tallies &a, const Tallies &b) {
  return Tallies{
      a.messages_received - b.messages_received,
      a.messages_handed_back - b.messages_handed_back,
      a.mpsc_streams_ended - b.mpsc_streams_ended,
      a.mpmc_streams_ended - b.mpmc_streams_ended,
      a.tasks_run - b.tasks_run,
      a.panics_injected - b.panics_injected,
      a.disconnects_injected - b.disconnects_injected,
      a.timeouts_injected - b.timeouts_injected,
      a.pool_exhaustions_injected - b.pool_exhaustions_injected,
      a.rt_allocations - b.rt_allocations,
      a.gc_objects - b.gc_objects,
  };
}

} // namespace

int main(int argc, char **argv) {
  Options options;
  if (!parse(argc, argv, options))
    return 64;
  std::FILE *csv = nullptr;
  if (!options.csv.empty()) {
    csv = std::fopen(options.csv.c_str(), "w");
    if (!csv) {
      std::fprintf(stderr, "medi_soak: cannot write %s: %s\n", options.csv.c_str(),
                   std::strerror(errno));
      return 64;
    }
    std::fprintf(csv, "seconds,round,rss_kib,heap_kib,messages,tasks,faults\n");
  }
  medi::init_scheduler();
  ReportCounter reports;
  reports.install();

  Tallies total;
  Problems problems;
  // Allocated once, here: what the soak program keeps must not grow, or it measures itself (it
  // did: one sample per round in growing vectors was the creep a first version saw).
  Samples settled;                   // RSS over the warm-up's second half
  Samples samples_after, heap_after; // RSS and heap in use after the warm-up
  std::size_t peak_after = 0, first_rss = 0, last_rss = 0;
  std::uint64_t rounds = 0;
  double last_progress = 0;
  const auto start = Clock::now();
  auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
  while (elapsed() < options.seconds && problems.empty()) {
    const Tallies before = total;
    auto chosen = [&](const char *name) { return options.only.empty() || options.only == name; };
    if (chosen("channels"))
      channel_round(total, problems);
    if (chosen("tasks"))
      task_round(total, problems);
    if (chosen("realtime"))
      realtime_round(total, problems);
    if (chosen("gc"))
      gc_round(total, problems);
    check_reports(reports.take(), total - before, problems);
    ++rounds;
    const double now = elapsed();
    last_rss = resident_kib();
    if (rounds == 1)
      first_rss = last_rss;
    if (now <= options.warmup_seconds) {
      if (now > options.warmup_seconds / 2)
        settled.add(last_rss);
    } else {
      samples_after.add(last_rss);
      heap_after.add(heap_in_use_kib());
      peak_after = std::max(peak_after, last_rss);
    }
    if (csv)
      std::fprintf(csv, "%.2f,%llu,%zu,%zu,%llu,%llu,%llu\n", now,
                   static_cast<unsigned long long>(rounds), last_rss, heap_in_use_kib(),
                   static_cast<unsigned long long>(total.messages_received),
                   static_cast<unsigned long long>(total.tasks_run),
                   static_cast<unsigned long long>(total.faults()));
    if (now - last_progress >= 60) {
      last_progress = now;
      std::printf("medi_soak: %5.0f s  round %llu  rss %zu KiB\n", now,
                  static_cast<unsigned long long>(rounds), last_rss);
      std::fflush(stdout);
    }
  }
  if (csv)
    std::fclose(csv);

  const std::size_t baseline = median(settled.values());
  const std::vector<std::size_t> windows = window_medians(samples_after.values(), 10);
  const RssVerdict rss = judge_rss(windows, baseline);
  const double settled_allowed =
      baseline ? std::max(options.tolerance, static_cast<double>(kSettledSlackKiB) / baseline)
               : options.tolerance;
  if (rss.settled_growth > settled_allowed)
    problems.push_back("resident set grew " + percent(rss.settled_growth) +
                       " by the end (the lower of the last two window medians against " +
                       std::to_string(baseline) + " KiB after the warm-up)");
  if (rss.peak_growth > kBurstFactor * options.tolerance)
    problems.push_back("resident set burst " + percent(rss.peak_growth) + " in window " +
                       std::to_string(rss.peak_window + 1) + " of " +
                       std::to_string(windows.size()) + " (median " +
                       std::to_string(windows[rss.peak_window]) + " KiB against " +
                       std::to_string(baseline) + " KiB)");
  if (elapsed() >= options.seconds && samples_after.empty())
    problems.push_back("no round finished after the warm-up: the run is too short to judge");
  std::printf("medi_soak: %.0f s, %llu rounds\n", elapsed(),
              static_cast<unsigned long long>(rounds));
  std::printf("  messages received %llu, handed back by failed sends %llu\n",
              static_cast<unsigned long long>(total.messages_received),
              static_cast<unsigned long long>(total.messages_handed_back));
  std::printf("  tasks run %llu; real-time allocations %llu; GC objects %llu\n",
              static_cast<unsigned long long>(total.tasks_run),
              static_cast<unsigned long long>(total.rt_allocations),
              static_cast<unsigned long long>(total.gc_objects));
  std::printf("  faults injected %llu: %llu panics, %llu receiver drops, %llu timeouts, "
              "%llu pool exhaustions (each reported once)\n",
              static_cast<unsigned long long>(total.faults()),
              static_cast<unsigned long long>(total.panics_injected),
              static_cast<unsigned long long>(total.disconnects_injected),
              static_cast<unsigned long long>(total.timeouts_injected),
              static_cast<unsigned long long>(total.pool_exhaustions_injected));
  std::printf("  rss: first round %zu KiB, baseline %zu KiB (median, warm-up's second half)\n",
              first_rss, baseline);
  std::printf("  rss after the warm-up, median per tenth (KiB):");
  for (std::size_t window : windows)
    std::printf(" %zu", window);
  std::printf("\n  heap in use after the warm-up, median per tenth (KiB):");
  for (std::size_t window : window_medians(heap_after.values(), 10))
    std::printf(" %zu", window);
  std::printf("\n  growth by the end %+.1f%% (tolerance %.0f%%, at least %zu KiB: %.1f%% here); "
              "largest window %+.1f%% (bursts up to %.0f%%); peak sample %zu KiB, last %zu KiB\n",
              rss.settled_growth * 100, options.tolerance * 100, kSettledSlackKiB,
              settled_allowed * 100, rss.peak_growth * 100, kBurstFactor * options.tolerance * 100,
              peak_after, last_rss);
  for (const std::string &problem : problems)
    std::printf("  PROBLEM: %s\n", problem.c_str());
  std::printf("%s\n", problems.empty() ? "medi_soak: ok" : "medi_soak: FAILED");
  return problems.empty() ? 0 : 1;
}
