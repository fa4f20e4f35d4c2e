// call_report.h: how the C ABI reports a misused call (an invalid handle or argument, a feature
// this build lacks) with the call site's source record as the context.
#ifndef MEDI_RUNTIME_ABI_CALL_REPORT_H
#define MEDI_RUNTIME_ABI_CALL_REPORT_H

#include "medi/error/source_site.h"
#include "medi/medi_rt.h"

#include <string>
#include <string_view>

namespace medi::abi {

/// The context of a call at `site` whose own op (when the record has none) is `op`.
RuntimeContext call_context(const medi_rt_source *site, std::string_view op) noexcept;

/// "invalid <what> handle (...)"; returns MEDI_RT_INVALID_HANDLE.
[[gnu::cold]] medi_rt_status report_invalid_handle(std::string_view what,
                                                   const medi_rt_source *site,
                                                   std::string_view op) noexcept;
/// Returns MEDI_RT_INVALID_ARGUMENT.
[[gnu::cold]] medi_rt_status report_invalid_argument(std::string message,
                                                     const medi_rt_source *site,
                                                     std::string_view op) noexcept;
/// Returns MEDI_RT_OUT_OF_MEMORY.
[[gnu::cold]] medi_rt_status report_out_of_memory(std::string_view what, const medi_rt_source *site,
                                                  std::string_view op) noexcept;
/// Returns MEDI_RT_UNSUPPORTED.
[[gnu::cold]] medi_rt_status report_unsupported(std::string_view feature,
                                                const medi_rt_source *site,
                                                std::string_view op) noexcept;

} // namespace medi::abi

#endif // MEDI_RUNTIME_ABI_CALL_REPORT_H
