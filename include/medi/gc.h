// medi/gc.h: the GC zone (feature MEDI_ENABLE_GC; empty without it): SafeGc, GcRef, GcRoot,
// GcWeak, GcParams, GcStats. The C ABI (medi_gc_*) is in <medi/medi_rt.h>. See docs/gc.md.
#ifndef MEDI_GC_H
#define MEDI_GC_H

#include "medi/gc/gc_params.h"
#include "medi/gc/gc_stats.h"
#include "medi/gc/safe_gc.h"

#endif // MEDI_GC_H
