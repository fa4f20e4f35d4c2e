// medi/runtime.h: the umbrella header for the Medi Runtime's whole C++ API.
//
// Each module also has its own header (<medi/error.h>, ...); feature-gated modules are included
// only when this copy of the runtime was built with them (see <medi/config.h>).
#ifndef MEDI_RUNTIME_H
#define MEDI_RUNTIME_H

#include "medi/channel.h"
#include "medi/config.h"
#include "medi/error.h"
#include "medi/gc.h"                 // empty unless MEDI_ENABLE_GC
#include "medi/rt/arena.h"           // empty unless MEDI_ENABLE_RT_ZONES
#include "medi/rt/concurrent_pool.h" // likewise
#include "medi/rt/pool.h"            // likewise
#include "medi/rt/region.h"          // likewise
#include "medi/scheduler.h"
#include "medi/select.h"
#include "medi/task.h"
#include "medi/trace.h"
#include "medi/zone.h" // RtZone only with MEDI_ENABLE_RT_ZONES

#endif // MEDI_RUNTIME_H
