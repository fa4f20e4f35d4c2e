// report.h: how the distributed runtime reports (op tags dist.*, the caller's source context).
#ifndef MEDI_RUNTIME_DIST_REPORT_H
#define MEDI_RUNTIME_DIST_REPORT_H

#include "medi/dist.h"

#include <concepts>
#include <string>
#include <string_view>

namespace medi::dist::detail {

inline void append_part(std::string &text, std::string_view part) {
  text += part;
}
template <std::integral Number> void append_part(std::string &text, Number number) {
  text += std::to_string(number);
}

/// A message from its parts: strings and numbers, in order.
template <class... Parts> std::string cat(const Parts &...parts) {
  std::string text;
  (append_part(text, parts), ...);
  return text;
}

/// `number` in octal (a file mode).
inline std::string octal(unsigned number) {
  std::string digits;
  do {
    digits.insert(digits.begin(), static_cast<char>('0' + number % 8));
    number /= 8;
  } while (number != 0);
  return digits;
}

void report(std::string_view op, SourceSite site, std::string_view message) noexcept;
/// Reports a send whose receiving end is gone; returns Status::Disconnected.
Status report_send_disconnected(std::string_view channel, int owner, SourceSite site) noexcept;

} // namespace medi::dist::detail

#endif // MEDI_RUNTIME_DIST_REPORT_H
