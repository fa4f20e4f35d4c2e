// report_format.cpp: the default reporter's one-line format and its write to stderr.
#include "medi/error/reporting.h"

#include <atomic>
#include <cstdio>
#include <string>

namespace medi {
namespace {

std::atomic<int> reporting_rank{-1};

std::string_view or_unknown(std::string_view text) {
  return text.empty() ? "unknown" : text;
}

// A report is one line whatever the message holds, so logs stay line-oriented.
void append_escaped(std::string &out, std::string_view text) {
  for (char c : text) {
    switch (c) {
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    default:
      out += c;
    }
  }
}

} // namespace

int report_rank() noexcept {
  return reporting_rank.load(std::memory_order_relaxed);
}

void detail::set_report_rank(int rank) noexcept {
  reporting_rank.store(rank, std::memory_order_relaxed);
}

std::string format_report_line(const RuntimeError &error, const RuntimeContext &context) {
  std::string line = "[medi-runtime] ";
  if (const int rank = report_rank(); rank >= 0)
    line = "[medi-runtime rank " + std::to_string(rank) + "] ";
  append_escaped(line, error.to_string());
  line += " @";
  line += or_unknown(context.file);
  line += ':';
  line += std::to_string(context.line);
  line += ':';
  line += std::to_string(context.column);
  line += " op=";
  line += or_unknown(context.op);
  return line;
}

void print_default_report(const RuntimeError &error, const RuntimeContext &context) {
  std::string line = format_report_line(error, context);
  line += '\n';
  // One fwrite per report: stdio locks the stream, so concurrent reports never interleave.
  std::fwrite(line.data(), 1, line.size(), stderr);
}

} // namespace medi
