/* c_header_check.c: <medi/medi_rt.h> compiles as strict C11 and works from C: a value through a
 * channel and back (called by intrinsic_table_test.cpp). */
#include "medi/medi_rt.h"

int medi_c_header_check(void) {
  static const medi_rt_source site = {"check.medi", "check", "xchan.send", 3, 1};
  medi_rt_sender *tx = NULL;
  medi_rt_receiver *rx = NULL;
  int64_t value = 41;
  medi_rt_chan_create(sizeof value, MEDI_RT_CHAN_UNBOUNDED, &tx, &rx, &site);
  if (medi_rt_chan_send(tx, &value, &site) != MEDI_RT_OK)
    return -1;
  value = 0;
  if (medi_rt_chan_recv(rx, &value, NULL) != MEDI_RT_OK)
    return -2;
  medi_rt_chan_sender_drop(tx, NULL);
  medi_rt_chan_receiver_drop(rx, NULL);
  return (int)value + 1;
}
