// dist_abi_off.cpp: the medi_rt_dist_* entry points in a build without libmedi_dist (no MPI or
// libcrypto found, or MEDI_ENABLE_DIST=OFF): each reports that the feature is missing and fails.
// Rank and size answer as a program run without mpirun would: rank 0 of 1.
#include "call_report.h"
#include "medi/error/op_tags.h"
#include "medi/medi_rt.h"

namespace {
constexpr std::string_view kFeature = "distributed channels (libmedi_dist: Open MPI, libcrypto)";
}

using namespace medi;

extern "C" {

int32_t medi_rt_dist_rank(const medi_rt_source *) {
  return 0;
}
int32_t medi_rt_dist_size(const medi_rt_source *) {
  return 1;
}
medi_rt_status medi_rt_dist_barrier(const medi_rt_source *) {
  return MEDI_RT_OK;
}

medi_rt_status medi_rt_dist_open(const char *, uint64_t, int64_t, int32_t, int64_t,
                                 medi_rt_dist_receiver **rx_out, const medi_rt_source *site) {
  if (rx_out)
    *rx_out = nullptr;
  return abi::report_unsupported(kFeature, site, op::dist_open);
}

medi_rt_status medi_rt_dist_connect(const char *, int32_t, uint64_t, int32_t, int64_t,
                                    medi_rt_dist_sender **tx_out, const medi_rt_source *site) {
  if (tx_out)
    *tx_out = nullptr;
  return abi::report_unsupported(kFeature, site, op::dist_connect);
}

medi_rt_status medi_rt_dist_send(medi_rt_dist_sender *, const void *, const medi_rt_source *site) {
  return abi::report_unsupported(kFeature, site, op::dist_send);
}
medi_rt_status medi_rt_dist_try_send(medi_rt_dist_sender *, const void *,
                                     const medi_rt_source *site) {
  return abi::report_unsupported(kFeature, site, op::dist_send);
}
medi_rt_status medi_rt_dist_recv(medi_rt_dist_receiver *, void *, const medi_rt_source *site) {
  return abi::report_unsupported(kFeature, site, op::dist_recv);
}
medi_rt_status medi_rt_dist_try_recv(medi_rt_dist_receiver *, void *, const medi_rt_source *site) {
  return abi::report_unsupported(kFeature, site, op::dist_recv);
}
medi_rt_status medi_rt_dist_recv_timeout(medi_rt_dist_receiver *, void *, int64_t,
                                         const medi_rt_source *site) {
  return abi::report_unsupported(kFeature, site, op::dist_recv);
}
medi_rt_dist_sender *medi_rt_dist_sender_clone(medi_rt_dist_sender *, const medi_rt_source *site) {
  abi::report_unsupported(kFeature, site, op::dist_handle);
  return nullptr;
}
void medi_rt_dist_sender_drop(medi_rt_dist_sender *, const medi_rt_source *site) {
  abi::report_unsupported(kFeature, site, op::dist_handle);
}
void medi_rt_dist_receiver_drop(medi_rt_dist_receiver *, const medi_rt_source *site) {
  abi::report_unsupported(kFeature, site, op::dist_handle);
}

} // extern "C"
