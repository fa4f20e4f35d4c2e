/* medi/medi_rt.h: the Medi Runtime's C ABI, what compiled Medi code calls. Plain C11.
 *
 * The medi-lower pass turns each Medi intrinsic (@medi.spawn, @medi.chan.send, ...) into a call
 * of the entry point below that <medi/abi/intrinsics.def> names, adding a pointer to the call
 * site's source record as the last argument. Every entry point that takes a record accepts a
 * null one (the runtime then says "unknown"). No C++ exception crosses this boundary: a failure is
 * a status code, or a null handle, plus a report through the diagnostics pathway whose
 * RuntimeContext is the source record. See docs/intrinsics.md for each entry point's behaviour.
 *
 * Handles (tasks, channel ends, regions, pools) are opaque: a handle that was never issued, was
 * already dropped, or is of another kind is reported (status MEDI_RT_INVALID_HANDLE), never
 * dereferenced. */
#ifndef MEDI_MEDI_RT_H
#define MEDI_MEDI_RT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The ABI version this header describes. IR carries it as the module flag
 * !{i32 1, !"medi.abi.version", i32 1}; the pass refuses IR written for another version. */
#define MEDI_RT_ABI_VERSION 1

/* Where a call happened: one private constant per call site, emitted by the pass (like UBSan's
 * SourceLocation and OpenMP's ident_t). The strings are NUL-terminated and live as long as the
 * program. */
typedef struct medi_rt_source {
  const char *file;   /* the Medi source file, e.g. "vitals_monitor.medi" */
  const char *module; /* the Medi module */
  const char *op;     /* the operation's op tag, e.g. "xchan.recv" */
  uint32_t line;      /* 1-based; 0 when unknown */
  uint32_t column;    /* 1-based; 0 when unknown */
} medi_rt_source;

/* The one set of status codes every entry point returns. */
typedef int32_t medi_rt_status;
#define MEDI_RT_STATUS_CODES(X)                                                                    \
  X(MEDI_RT_OK, 0, "ok")                                                                           \
  X(MEDI_RT_DISCONNECTED, 1, "disconnected")                                                       \
  X(MEDI_RT_EMPTY, 2, "empty")                                                                     \
  X(MEDI_RT_FULL, 3, "full")                                                                       \
  X(MEDI_RT_TIMEOUT, 4, "timeout")                                                                 \
  X(MEDI_RT_PANICKED, 5, "panicked")                                                               \
  X(MEDI_RT_INVALID_HANDLE, 6, "invalid handle")                                                   \
  X(MEDI_RT_INVALID_ARGUMENT, 7, "invalid argument")                                               \
  X(MEDI_RT_OUT_OF_MEMORY, 8, "out of memory")                                                     \
  X(MEDI_RT_UNSUPPORTED, 9, "unsupported in this build")                                           \
  X(MEDI_RT_CANCELLED, 10, "cancelled")
enum medi_rt_status_code {
#define MEDI_RT_STATUS_ENUM(name, value, text) name = value,
  MEDI_RT_STATUS_CODES(MEDI_RT_STATUS_ENUM)
#undef MEDI_RT_STATUS_ENUM
};
/* The status's text ("disconnected"), or "unknown status". */
const char *medi_rt_status_name(medi_rt_status status);

/* Task priorities for medi_rt_task_spawn_priority (honoured; see docs/tasks.md). */
#define MEDI_RT_PRIORITY_LOW 0
#define MEDI_RT_PRIORITY_NORMAL 1
#define MEDI_RT_PRIORITY_HIGH 2

/* medi_rt_region_alloc's largest alignment. */
#define MEDI_RT_REGION_MAX_ALIGN 4096

/* medi_rt_chan_create's capacity: a count, or one of these. */
#define MEDI_RT_CHAN_UNBOUNDED (-1)
#define MEDI_RT_CHAN_RENDEZVOUS 0

typedef struct medi_rt_task medi_rt_task;
typedef struct medi_rt_sender medi_rt_sender;
typedef struct medi_rt_receiver medi_rt_receiver;
typedef struct medi_rt_region medi_rt_region;
typedef struct medi_rt_pool medi_rt_pool;
typedef struct medi_rt_group medi_rt_group;
typedef struct medi_rt_dist_sender medi_rt_dist_sender;
typedef struct medi_rt_dist_receiver medi_rt_dist_receiver;
/* A task's body: called with the task's own copy of the environment. */
typedef void (*medi_rt_task_fn)(void *env);

/* One case of medi_rt_select: receive from a receiver into `value` (the channel's element size
 * is written there), or send `value` (that many bytes, read only if this case is the one that
 * completes) on a sender. In IR: { i32, ptr, ptr }. */
#define MEDI_RT_SELECT_RECV 0
#define MEDI_RT_SELECT_SEND 1
typedef struct medi_rt_select_case {
  int32_t kind;  /* MEDI_RT_SELECT_RECV or MEDI_RT_SELECT_SEND */
  void *channel; /* a medi_rt_receiver * or a medi_rt_sender * */
  void *value;
} medi_rt_select_case;

/* medi_rt_dist_connect's timeout for a connect that waits as long as it takes. */
#define MEDI_RT_DIST_NO_TIMEOUT (-1)

/* medi_rt_group_create's timeout for a group without a deadline. */
#define MEDI_RT_NO_DEADLINE (-1)

/* The ABI version of this runtime (MEDI_RT_ABI_VERSION when it was built). */
int32_t medi_rt_abi_version(void);

/* --- The GC zone: the handle-based ABI the medic compiler emits (docs/gc.md) ----------------
 * Objects are named by opaque 64-bit ids; 0 is never a live object. An object stays alive while
 * it is reachable from a root through edges, and a new one until it is first rooted or linked
 * (or its task reaches medi_gc_collect). An id that is 0, already collected or never allocated
 * is reported (op gc.invalid_handle) and ignored. Without MEDI_ENABLE_GC each call (but the
 * statistics, which read zero) reports that the feature is missing (op gc.alloc) and
 * allocations return 0. These entry points take no source record; the table declares them:
 *   uint64_t medi_gc_alloc_string(const uint8_t *bytes, size_t len)
 *       a string object holding a copy of bytes[0, len) (invalid UTF-8 replaced by U+FFFD); 0
 *       on failure. bytes may be NULL only when len is 0.
 *   uint64_t medi_gc_alloc_unit(void)          an empty object, a parent for fields; 0 on failure
 *   void medi_gc_add_root(id), medi_gc_remove_root(id), medi_gc_add_edge(parent, child),
 *       medi_gc_remove_edge(parent, child)      roots and edges count: each add needs its remove
 *   void medi_gc_write_barrier(parent, child)   parent now refers to child (add_edge does this)
 *   void medi_gc_collect(void)                  a full collection now; a safe point for the caller
 * Beyond the compiler's set:
 *   const uint8_t *medi_gc_string_bytes(id), size_t medi_gc_string_len(id)
 *       a string's bytes, NUL-terminated, valid while it lives (NULL if id is not a live
 *       string), and their count (0 then)
 *   uint64_t medi_gc_live_objects(void)         how many objects the collector holds now
 *   void medi_gc_get_stats(medi_gc_stats *out)  fills *out (nothing if out is NULL or the build
 *                                               has no GC) */

/* What the collector holds and has done (pauses in nanoseconds). */
typedef struct medi_gc_stats {
  uint64_t live_objects;
  uint64_t live_bytes;
  uint64_t young_objects;
  uint64_t old_objects;
  uint64_t roots;
  uint64_t allocated_objects;
  uint64_t freed_objects;
  uint64_t promoted_objects;
  uint64_t finalizers_run;
  uint64_t minor_collections;
  uint64_t major_cycles;
  uint64_t major_steps;
  uint64_t full_collections;
  uint64_t minor_pause_max_ns;
  uint64_t major_step_pause_max_ns;
  uint64_t full_pause_max_ns;
} medi_gc_stats;

/* Every entry point, declared from the table. */
#if defined(__GNUC__) || defined(__clang__)
#define MEDI_ABI_NORETURN __attribute__((noreturn))
#else
#define MEDI_ABI_NORETURN
#endif
#define MEDI_ABI_NONE
#define MEDI_ABI_KEEPS_SITE
#define MEDI_ABI_NO_SITE
#define MEDI_INTRINSIC(Id, Name, Entry, Op, Flags, IrRet, IrParams, Checks, CRet, CParams)         \
  Flags CRet Entry CParams;
#include "medi/abi/intrinsics.def"
#undef MEDI_ABI_NONE
#undef MEDI_ABI_NORETURN
#undef MEDI_ABI_KEEPS_SITE
#undef MEDI_ABI_NO_SITE

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* MEDI_MEDI_RT_H */
