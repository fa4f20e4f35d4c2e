// runtime_error.cpp: the fixed human message of each RuntimeError kind.
#include "medi/error/runtime_error.h"

#include <string>
#include <string_view>

namespace medi {
namespace {

std::string describe(const RegionOverflow &k) {
  return "real-time region overflow (requested " + std::to_string(k.requested) +
         " bytes, capacity " + std::to_string(k.capacity) + ")";
}
std::string describe(const PoolExhausted &k) {
  return "fixed pool exhausted (capacity " + std::to_string(k.capacity) + ")";
}
std::string describe(const InvalidFree &) {
  return "invalid free (pointer not owned by the fixed pool)";
}
std::string describe(const DoubleFree &k) {
  return "double free (fixed pool slot " + std::to_string(k.index) + ")";
}
std::string describe(const TaskPanic &k) {
  return k.message ? "task panicked: " + *k.message : std::string("task panicked");
}

std::string plural(std::size_t count, std::string_view noun) {
  return std::to_string(count) + " " + std::string(noun) + (count == 1 ? "" : "s");
}

std::string describe(const Deadlock &k) {
  std::string text = "deadlock: every task and thread is waiting and nothing can wake them (" +
                     plural(k.tasks, "task") + ", " + plural(k.threads, "thread") + " waiting)";
  for (const std::string &party : k.waiting)
    text += "; " + party;
  const std::size_t total = k.tasks + k.threads;
  if (total > k.waiting.size())
    text += "; and " + std::to_string(total - k.waiting.size()) + " more";
  return text;
}

} // namespace

std::string RuntimeError::to_string() const {
  return visit(
      [](const Memory &m) { return std::visit([](const auto &k) { return describe(k); }, m.kind); },
      [](const Scheduler &s) {
        return std::visit([](const auto &k) { return describe(k); }, s.kind);
      },
      [](const Message &m) { return m.text; });
}

} // namespace medi
