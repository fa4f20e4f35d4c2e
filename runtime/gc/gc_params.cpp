// gc_params.cpp: GcParams's environment overrides (MEDI_GC_NURSERY_BYTES,
// MEDI_GC_PROMOTION_THRESHOLD, MEDI_GC_MAX_PAUSE_MS, MEDI_GC_LOG).
#include "medi/gc/gc_params.h"

#include "medi/error/op_tags.h"
#include "medi/error/reporting.h"

#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace medi::gc_zone {
namespace {

// The variable's value as a whole number from `minimum` to `maximum`, or nothing (reported when
// set but unusable).
std::optional<std::uint64_t> read_number(const char *name, std::uint64_t minimum,
                                         std::uint64_t maximum = UINT64_MAX) {
  const char *text = std::getenv(name);
  if (!text)
    return std::nullopt;
  const std::string_view value(text);
  std::uint64_t number = 0;
  auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (error == std::errc() && end == value.data() + value.size() && number >= minimum &&
      number <= maximum)
    return number;
  const std::string range =
      maximum == UINT64_MAX ? "of at least " + std::to_string(minimum)
                            : "from " + std::to_string(minimum) + " to " + std::to_string(maximum);
  report_error(RuntimeError::message(std::string(name) + "=\"" + std::string(value) +
                                     "\" is not a whole number " + range + "; the default is used"),
               op::gc_invalid_setting);
  return std::nullopt;
}

} // namespace

GcParams GcParams::from_environment(GcParams params) {
  if (auto bytes = read_number("MEDI_GC_NURSERY_BYTES", 4096))
    params.nursery_threshold_bytes = static_cast<std::size_t>(*bytes);
  // An object's age counts up to 255 (object.h).
  if (auto collections = read_number("MEDI_GC_PROMOTION_THRESHOLD", 1, 255))
    params.promotion_threshold = static_cast<std::uint32_t>(*collections);
  if (auto milliseconds = read_number("MEDI_GC_MAX_PAUSE_MS", 1))
    params.max_pause = std::chrono::milliseconds(*milliseconds);
  if (const char *log = std::getenv("MEDI_GC_LOG"))
    params.log = *log != '\0' && std::string_view(log) != "0";
  return params;
}

} // namespace medi::gc_zone
