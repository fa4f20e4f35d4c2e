// medi/error/source_site.h: where an operation was called from, for its reports: a C++ caller's
// std::source_location, or the source record compiled Medi code passes to the C ABI.
//
// The runtime's operations take a SourceSite, which converts implicitly from either: C++ callers
// pass std::source_location::current(), and the C ABI passes the call site's medi_rt_source.
// Both outlive every report.
#ifndef MEDI_ERROR_SOURCE_SITE_H
#define MEDI_ERROR_SOURCE_SITE_H

#include "medi/error/runtime_context.h"
#include "medi/medi_rt.h"

#include <source_location>
#include <string_view>

namespace medi {

class SourceSite {
public:
  constexpr SourceSite(std::source_location location) noexcept : location_(location) {}
  /// A compiled call site; null means unknown.
  constexpr explicit SourceSite(const medi_rt_source *record) noexcept
      : record_(record ? record : &kUnknownRecord) {}

  /// The report context for a failure of `op` at this site. A C++ caller's module is its
  /// enclosing function; a record's fields are taken as they are ("unknown" where null).
  RuntimeContext context(std::string_view op) const noexcept {
    if (!record_)
      return RuntimeContext::from(location_, op);
    return RuntimeContext{
        .file = record_->file ? record_->file : "unknown",
        .line = record_->line,
        .column = record_->column,
        .module = record_->module ? record_->module : "unknown",
        .op = op,
    };
  }

  /// The op the record names (its call's own), or `fallback` for a C++ caller or no record.
  std::string_view record_op(std::string_view fallback) const noexcept {
    return record_ && record_->op ? std::string_view(record_->op) : fallback;
  }

private:
  // What a null record stands for: every field unknown.
  static constexpr medi_rt_source kUnknownRecord{nullptr, nullptr, nullptr, 0, 0};

  std::source_location location_{};
  const medi_rt_source *record_ = nullptr; // set for a compiled call site, else location_ is
};

} // namespace medi

#endif // MEDI_ERROR_SOURCE_SITE_H
