/* medi_intrinsics.h: the Medi intrinsics, callable from C by their IR names (asm labels).
 *
 * For the C stand-ins of the example programs only: clang-19 turns a stand-in into the IR medic
 * would emit for the .medi program (see regenerate.sh). Signatures follow
 * <medi/abi/intrinsics.def>. */
#ifndef MEDI_EXAMPLES_INTRINSICS_H
#define MEDI_EXAMPLES_INTRINSICS_H

#include <stdint.h>

typedef void (*medi_task_fn)(void *env);

void *medi_spawn(medi_task_fn fn, const void *env, int64_t env_size) __asm__("medi.spawn");
void *medi_spawn_priority(int32_t priority, medi_task_fn fn, const void *env, int64_t env_size)
    __asm__("medi.spawn.priority");
int32_t medi_join(void *task) __asm__("medi.join");
void medi_yield(void) __asm__("medi.yield");
_Noreturn void medi_panic(const char *message) __asm__("medi.panic");

void medi_chan_create(int64_t elem_size, int64_t capacity, void **tx_out, void **rx_out)
    __asm__("medi.chan.create");
int32_t medi_chan_send(void *tx, const void *value) __asm__("medi.chan.send");
int32_t medi_chan_recv(void *rx, void *out) __asm__("medi.chan.recv");
void *medi_chan_sender_clone(void *tx) __asm__("medi.chan.sender.clone");
void medi_chan_sender_drop(void *tx) __asm__("medi.chan.sender.drop");
void medi_chan_receiver_drop(void *rx) __asm__("medi.chan.receiver.drop");

typedef struct medi_select_case {
  int32_t kind; /* MEDI_SELECT_RECV or MEDI_SELECT_SEND */
  void *channel;
  void *value;
} medi_select_case;
int32_t medi_select(medi_select_case *cases, int64_t count, int64_t *index_out)
    __asm__("medi.select");
int32_t medi_select_timeout(medi_select_case *cases, int64_t count, int64_t timeout_ns,
                            int64_t *index_out) __asm__("medi.select.timeout");
int32_t medi_select_try(medi_select_case *cases, int64_t count, int64_t *index_out)
    __asm__("medi.select.try");

int32_t medi_dist_rank(void) __asm__("medi.dist.rank");
int32_t medi_dist_size(void) __asm__("medi.dist.size");
int32_t medi_dist_barrier(void) __asm__("medi.dist.barrier");
int32_t medi_dist_open(const char *name, int64_t elem_size, int64_t capacity, int32_t phi,
                       int64_t senders, void **rx_out) __asm__("medi.dist.open");
int32_t medi_dist_connect(const char *name, int32_t owner, int64_t elem_size, int32_t phi,
                          int64_t timeout_ns, void **tx_out) __asm__("medi.dist.connect");
int32_t medi_dist_send(void *tx, const void *value) __asm__("medi.dist.send");
int32_t medi_dist_recv(void *rx, void *out) __asm__("medi.dist.recv");
void medi_dist_sender_drop(void *tx) __asm__("medi.dist.sender.drop");
void medi_dist_receiver_drop(void *rx) __asm__("medi.dist.receiver.drop");

int32_t medi_sleep(int64_t duration_ns) __asm__("medi.sleep");
int64_t medi_clock_now(void) __asm__("medi.clock.now");
int32_t medi_join_timeout(void *task, int64_t timeout_ns) __asm__("medi.join.timeout");

void *medi_group_create(int64_t timeout_ns) __asm__("medi.group.create");
int32_t medi_group_spawn(void *group, medi_task_fn fn, const void *env, int64_t env_size)
    __asm__("medi.group.spawn");
int32_t medi_group_wait(void *group) __asm__("medi.group.wait");
void medi_group_cancel(void *group) __asm__("medi.group.cancel");
int32_t medi_task_cancelled(void) __asm__("medi.task.cancelled");

void medi_rt_enter(void) __asm__("medi.rt.enter");
void medi_rt_exit(void) __asm__("medi.rt.exit");
void *medi_region_create(int64_t bytes) __asm__("medi.region.create");
void *medi_region_alloc(void *region, int64_t size, int64_t align) __asm__("medi.region.alloc");
void medi_region_destroy(void *region) __asm__("medi.region.destroy");
void *medi_pool_create(int64_t elem_size, int64_t count) __asm__("medi.pool.create");
void *medi_pool_alloc(void *pool) __asm__("medi.pool.alloc");
void medi_pool_free(void *pool, void *slot) __asm__("medi.pool.free");
void medi_pool_destroy(void *pool) __asm__("medi.pool.destroy");

enum {
  MEDI_OK = 0,
  MEDI_DISCONNECTED = 1,
  MEDI_EMPTY = 2,
  MEDI_TIMEOUT = 4,
  MEDI_PANICKED = 5,
  MEDI_CANCELLED = 10
};
enum { MEDI_SELECT_RECV = 0, MEDI_SELECT_SEND = 1 };
enum { MEDI_NO_DEADLINE = -1 };
enum { MEDI_LOW = 0, MEDI_NORMAL = 1, MEDI_HIGH = 2 };
enum { MEDI_UNBOUNDED = -1 };

#endif
