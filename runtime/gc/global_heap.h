// global_heap.h: the heap behind SafeGc::global() (internal), for the C ABI's allocation entry
// points, which call it directly: going through SafeGc cost each allocation two more calls.
#ifndef MEDI_RUNTIME_GC_GLOBAL_HEAP_H
#define MEDI_RUNTIME_GC_GLOBAL_HEAP_H

#include "medi/config.h"

#if MEDI_ENABLE_GC

namespace medi::gc_zone::detail {

class Heap;

/// SafeGc::global()'s heap, made with it on first use; it lives as long as the process.
Heap &global_heap() noexcept;

} // namespace medi::gc_zone::detail

#endif // MEDI_ENABLE_GC
#endif // MEDI_RUNTIME_GC_GLOBAL_HEAP_H
