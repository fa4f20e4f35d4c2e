// stack_settings.cpp: MEDI_STACK_SIZE and MEDI_GUARDED_STACKS.
#include "stack_settings.h"

#include "medi/error/op_tags.h"
#include "medi/error/reporting.h"
#include "stack_pool.h"

#include <charconv>
#include <cstdlib>
#include <limits>
#include <string>

namespace medi::detail {
namespace {

constexpr std::size_t kMinStackSize = 4 * 1024;
constexpr std::size_t kMaxStackSize = std::size_t{1024} * 1024 * 1024;

void report_invalid(std::string_view variable, std::string_view value, std::string_view why) {
  report_error(RuntimeError::message(std::string(variable) + "=\"" + std::string(value) +
                                     "\" ignored: " + std::string(why)),
               RuntimeContext::unknown(op::scheduler_invalid_setting));
}

} // namespace

std::optional<std::size_t> parse_byte_size(std::string_view text) noexcept {
  std::size_t multiplier = 1;
  if (!text.empty()) {
    switch (text.back()) {
    case 'k':
    case 'K':
      multiplier = 1024;
      break;
    case 'm':
    case 'M':
      multiplier = 1024 * 1024;
      break;
    default:
      break;
    }
    if (multiplier != 1)
      text.remove_suffix(1);
  }
  std::size_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size() ||
      value > std::numeric_limits<std::size_t>::max() / multiplier)
    return std::nullopt;
  return value * multiplier;
}

StackSettings StackSettings::from_environment() {
  StackSettings settings{.stack_size = StackPool::kDefaultStackSize, .guard_budget = {}};
  if (const char *text = std::getenv("MEDI_STACK_SIZE")) {
    const auto size = parse_byte_size(text);
    if (!size)
      report_invalid("MEDI_STACK_SIZE", text, "expected bytes with an optional K or M suffix");
    else if (*size < kMinStackSize || *size > kMaxStackSize)
      report_invalid("MEDI_STACK_SIZE", text, "must lie between 4K and 1024M");
    else
      settings.stack_size = *size;
  }
  if (const char *text = std::getenv("MEDI_GUARDED_STACKS")) {
    std::size_t count = 0;
    const std::string_view view(text);
    const auto [end, error] = std::from_chars(view.data(), view.data() + view.size(), count);
    if (view.empty() || error != std::errc{} || end != view.data() + view.size())
      report_invalid("MEDI_GUARDED_STACKS", text, "expected a count of stacks");
    else
      settings.guard_budget = count;
  }
  return settings;
}

} // namespace medi::detail
