// status_abi.cpp: the C ABI's status names and version.
#include "medi/medi_rt.h"

extern "C" {

const char *medi_rt_status_name(medi_rt_status status) {
  switch (status) {
#define MEDI_RT_STATUS_NAME(name, value, text)                                                     \
  case value:                                                                                      \
    return text;
    MEDI_RT_STATUS_CODES(MEDI_RT_STATUS_NAME)
#undef MEDI_RT_STATUS_NAME
  }
  return "unknown status";
}

int32_t medi_rt_abi_version(void) {
  return MEDI_RT_ABI_VERSION;
}

} // extern "C"
