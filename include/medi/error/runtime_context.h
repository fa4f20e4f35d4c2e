// medi/error/runtime_context.h: where a runtime error happened (file, line, column, module, op).
//
// The fields are views, like UBSan's SourceLocation: they point at string literals, at
// std::source_location data, or at the source records compiled Medi code passes to the C ABI, all
// of which outlive the program's reports. A reporter or listener that keeps a context beyond its
// call copies the strings it needs.
#ifndef MEDI_ERROR_RUNTIME_CONTEXT_H
#define MEDI_ERROR_RUNTIME_CONTEXT_H

#include <cstdint>
#include <source_location>
#include <string_view>

namespace medi {

struct RuntimeContext {
  std::string_view file = "unknown";
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  /// The Medi module or, for C++ callers, the enclosing function (or MEDI_MODULE when defined).
  std::string_view module = "unknown";
  /// The operation that failed, an op tag such as "fixed_pool.alloc_exhausted" (see op_tags.h).
  std::string_view op = "unknown";

  /// The context of `location`; `module` defaults to the enclosing function's name.
  static constexpr RuntimeContext from(std::source_location location, std::string_view op,
                                       std::string_view module = {}) noexcept {
    return RuntimeContext{
        .file = location.file_name(),
        .line = location.line(),
        .column = location.column(),
        .module = module.empty() ? std::string_view(location.function_name()) : module,
        .op = op,
    };
  }

  /// The explicit fallback when nothing is known but the operation (as OpenMP's ";unknown;...").
  static constexpr RuntimeContext unknown(std::string_view op) noexcept {
    return RuntimeContext{.op = op};
  }

  friend bool operator==(const RuntimeContext &, const RuntimeContext &) = default;
};

} // namespace medi

#endif // MEDI_ERROR_RUNTIME_CONTEXT_H
