// stack_settings.h: task stack size and guard-page budget, from the environment (internal).
//
//   MEDI_STACK_SIZE      bytes per task stack, with an optional K or M suffix (default 64K;
//                        rounded up to whole pages; 4K to 1024M)
//   MEDI_GUARDED_STACKS  how many stacks may have a guard page at once (default: a quarter of
//                        vm.max_map_count / 2; 0 gives every stack a canary instead)
//
// Read when a scheduler is created. A value that does not parse or is out of range is reported
// (op scheduler.invalid_setting) and the default is used.
#ifndef MEDI_RUNTIME_SCHED_STACK_SETTINGS_H
#define MEDI_RUNTIME_SCHED_STACK_SETTINGS_H

#include <cstddef>
#include <optional>
#include <string_view>

namespace medi::detail {

struct StackSettings {
  std::size_t stack_size;
  std::optional<std::size_t> guard_budget; // nullopt: default_guard_budget()

  static StackSettings from_environment();
};

/// "65536", "64K", "1M" (suffix case-insensitive) -> bytes; nullopt when it does not parse.
std::optional<std::size_t> parse_byte_size(std::string_view text) noexcept;

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_STACK_SETTINGS_H
