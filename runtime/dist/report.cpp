// report.cpp: the distributed runtime's reports.
#include "dist/report.h"

#include "medi/error/op_tags.h"
#include "medi/error/reporting.h"

#include <string>

namespace medi::dist::detail {

void report(std::string_view op, SourceSite site, std::string_view message) noexcept {
  report_error(RuntimeError::message(std::string(message)), site.context(op));
}

Status report_send_disconnected(std::string_view channel, int owner, SourceSite site) noexcept {
  report(op::dist_send, site,
         cat("send on remote channel \"", channel, "\" (rank ", owner,
             "): its receiving end is gone; the value is handed back"));
  return Status::Disconnected;
}

} // namespace medi::dist::detail
