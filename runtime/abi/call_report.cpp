// call_report.cpp: reports of misused C ABI calls.
#include "call_report.h"

#include "medi/error/reporting.h"

namespace medi::abi {

RuntimeContext call_context(const medi_rt_source *site, std::string_view op) noexcept {
  const SourceSite where(site);
  return where.context(where.record_op(op));
}

namespace {
medi_rt_status report(std::string message, const medi_rt_source *site, std::string_view op,
                      medi_rt_status status) noexcept {
  try {
    report_error(RuntimeError::message(std::move(message)), call_context(site, op));
  } catch (...) { // building the message ran out of memory: the status still says it
  }
  return status;
}
} // namespace

medi_rt_status report_invalid_handle(std::string_view what, const medi_rt_source *site,
                                     std::string_view op) noexcept {
  return report("invalid " + std::string(what) +
                    " handle (null, never issued, already dropped, or of another kind)",
                site, op, MEDI_RT_INVALID_HANDLE);
}

medi_rt_status report_invalid_argument(std::string message, const medi_rt_source *site,
                                       std::string_view op) noexcept {
  return report(std::move(message), site, op, MEDI_RT_INVALID_ARGUMENT);
}

medi_rt_status report_out_of_memory(std::string_view what, const medi_rt_source *site,
                                    std::string_view op) noexcept {
  return report("out of memory creating " + std::string(what), site, op, MEDI_RT_OUT_OF_MEMORY);
}

medi_rt_status report_unsupported(std::string_view feature, const medi_rt_source *site,
                                  std::string_view op) noexcept {
  return report(std::string(feature) + " is not in this build of the Medi Runtime", site, op,
                MEDI_RT_UNSUPPORTED);
}

} // namespace medi::abi
