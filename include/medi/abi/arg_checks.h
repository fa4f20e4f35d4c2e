// medi/abi/arg_checks.h: what an entry point's constant arguments must be, from the Checks column
// of <medi/abi/intrinsics.def>. The medi-lower pass checks them where a call is written (a
// located compile-time error); the runtime checks the same rules when the call arrives.
#ifndef MEDI_ABI_ARG_CHECKS_H
#define MEDI_ABI_ARG_CHECKS_H

#include "medi/medi_rt.h"

#include <bit>
#include <cstdint>
#include <string>
#include <string_view>

namespace medi::abi {

enum class ArgRule : std::uint8_t {
  IN_RANGE,     // min <= value <= max
  POWER_OF_TWO, // a power of two, min <= value <= max
};

struct ArgCheck {
  unsigned index = 0;         // which argument of the intrinsic (0-based)
  const char *name = nullptr; // what it is ("priority"); null ends a row's list
  ArgRule rule = ArgRule::IN_RANGE;
  std::int64_t min = 0;
  std::int64_t max = 0;
  const char *meaning = ""; // what the values mean ("0 low, 1 normal, 2 high"), or ""

  constexpr bool accepts(std::int64_t value) const noexcept {
    if (value < min || value > max)
      return false;
    return rule != ArgRule::POWER_OF_TWO ||
           (value > 0 && std::has_single_bit(static_cast<std::uint64_t>(value)));
  }
  /// "priority 5 is not in [0, 2] (0 low, 1 normal, 2 high)", for a value written as `value`.
  std::string complaint(std::string_view value) const {
    std::string text = std::string(name) + " " + std::string(value) + " is not " +
                       (rule == ArgRule::POWER_OF_TWO ? "a power of two " : "") + "in [" +
                       std::to_string(min) + ", " + std::to_string(max) + "]";
    if (*meaning)
      text += std::string(" (") + meaning + ")";
    return text;
  }
};

/// Each row's checks, named by its Id and ended by a check without a name:
/// `for (const ArgCheck *c = arg_checks::SpawnPriority; c->name; ++c)`.
namespace arg_checks {
using enum ArgRule;
#define MEDI_EXPAND(...) __VA_ARGS__
#define MEDI_ARG(Index, Name, Rule, Min, Max, Meaning)                                             \
  ArgCheck{Index, Name, Rule, Min, Max, Meaning},
#define MEDI_INTRINSIC(Id, Name, Entry, Op, Flags, IrRet, IrParams, Checks, CRet, CParams)         \
  inline constexpr ArgCheck Id[] = {MEDI_EXPAND Checks ArgCheck{}};
#include "medi/abi/intrinsics.def"
#undef MEDI_EXPAND
} // namespace arg_checks

/// The check of argument `index` in `checks` (a row's list), or null when it has none.
constexpr const ArgCheck *check_of(const ArgCheck *checks, unsigned index) noexcept {
  for (; checks->name; ++checks)
    if (checks->index == index)
      return checks;
  return nullptr;
}

} // namespace medi::abi

#endif // MEDI_ABI_ARG_CHECKS_H
