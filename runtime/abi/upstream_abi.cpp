// upstream_abi.cpp: what the upstream Medi compiler's native programs call besides the GC, so
// that its IR runs as it is: printing (host_log, host_log_i64, host_log_f64) and real-time
// sections (rt_begin, rt_end).
//
// The prints go through C stdio's stdout, each as one locked write, so lines from tasks do not
// interleave and their order with the program's other stdio output holds through a pipe.
#include "call_report.h"
#include "medi/error/op_tags.h"
#include "medi/medi_rt.h"

#include <charconv>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <string>

using namespace medi::abi;

namespace {

void write_line(const char *bytes, std::size_t size) {
  flockfile(stdout);
  fwrite_unlocked(bytes, 1, size, stdout);
  putc_unlocked('\n', stdout);
  funlockfile(stdout);
}

} // namespace

extern "C" {

void host_log(const char *bytes, int32_t len) {
  if (len < 0 || (!bytes && len > 0)) {
    report_invalid_argument("host_log of " + std::to_string(len) + " bytes at " +
                                (bytes ? "an address" : "a null pointer"),
                            nullptr, medi::op::host_log);
    return;
  }
  write_line(bytes, static_cast<std::size_t>(len));
}

void host_log_i64(int64_t value) {
  char text[24];
  const auto end = std::to_chars(text, text + sizeof text, value).ptr;
  write_line(text, static_cast<std::size_t>(end - text));
}

// As Rust's `{}` prints an f64 (upstream's runtime is Rust): the shortest digits that read back
// exactly, never in exponent form ("98.6", "1", "0.1", "1e21" as "1000000000000000000000"), and
// "NaN", "inf", "-inf".
void host_log_f64(double value) {
  if (std::isnan(value))
    return write_line("NaN", 3);
  // The longest fixed form: a sign, 309 integer digits, or "0." and 1074 fraction digits.
  char text[1100];
  const auto end = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed).ptr;
  write_line(text, static_cast<std::size_t>(end - text));
}

void rt_begin(void) {
  medi_rt_zone_enter(nullptr);
}

void rt_end(void) {
  medi_rt_zone_exit(nullptr);
}

} // extern "C"
