// runtime_error.cpp: the fixed human message of each RuntimeError kind.
#include "medi/error/runtime_error.h"

#include <string>

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
