/* lab_pipeline_dist.c: the C stand-in for lab_pipeline_dist.medi (see regenerate.sh). Each #line
 * puts the statement under it on the .medi line (and, for the calls, the column) it stands for. */
#include "medi_intrinsics.h"

#include <stdio.h>

enum { POTASSIUM, SODIUM, GLUCOSE, TESTS };
enum { RECORDS = 60, VALIDATORS = 2, ROLES = 4 };

typedef struct LabResult {
  int32_t id, test, milli_units;
} LabResult;

typedef struct Normalised {
  int32_t id, test, value;
} Normalised;

typedef struct ValidateEnv {
  void *input, *output;
} ValidateEnv;

static const char *const TEST_NAMES[TESTS] = {"potassium", "sodium", "glucose"};
static const char *const RAW[VALIDATORS] = {"lab.raw.0", "lab.raw.1"};

#line 16 "lab_pipeline_dist.medi"
static int32_t rank_of(int32_t role) {
  int32_t last = medi_dist_size() - 1;
  return role < last ? role : last;
}

// The first validator still alive from `v` on, round the ring.
static int alive_from(const int *alive, int v) {
  for (int step = 0; step < VALIDATORS; ++step) {
    if (alive[(v + step) % VALIDATORS]) { return (v + step) % VALIDATORS; }
  }
  return v % VALIDATORS;
}

#line 18 "lab_pipeline_dist.medi"
static void intake(void *env) {
  (void)env;
  void *to[VALIDATORS];
  int alive[VALIDATORS];
  for (int v = 0; v < VALIDATORS; ++v) {
#line 19 "lab_pipeline_dist.medi"
    medi_dist_connect(RAW[v], rank_of(1 + v), sizeof(LabResult), 0, -1, &to[v]);
    alive[v] = 1;
  }
  for (int32_t id = 1; id <= RECORDS; ++id) {
    int32_t reading = id == 17 ? -4200 : 1000 + id * 37 % 400;
    LabResult record = {id, id % 3, reading};
#line 23 "lab_pipeline_dist.medi"
    int v = alive_from(alive, id % VALIDATORS);
#line 24 "lab_pipeline_dist.medi"
    while (medi_dist_send(to[v], &record) == MEDI_DISCONNECTED) {
      alive[v] = 0;
#line 26 "lab_pipeline_dist.medi"
      v = alive_from(alive, v + 1);
    }
  }
#line 29 "lab_pipeline_dist.medi"
  for (int v = 0; v < VALIDATORS; ++v) { medi_dist_sender_drop(to[v]); }
}

#line 32 "lab_pipeline_dist.medi"
static void validate(void *env) {
  ValidateEnv *self = (ValidateEnv *)env;
  for (;;) {
    LabResult record;
#line 33 "lab_pipeline_dist.medi"
    if (medi_dist_recv(self->input, &record) != MEDI_OK) { return; }
    if (record.milli_units < 0) {
      char message[96];
      snprintf(message, sizeof message, "malformed lab record %d: negative %s reading", record.id,
               TEST_NAMES[record.test]);
#line 35 "lab_pipeline_dist.medi"
      medi_panic(message);
    }
    Normalised result = {record.id, record.test, record.milli_units / 10};
#line 37 "lab_pipeline_dist.medi"
    medi_dist_send(self->output, &result);
  }
}

#line 41 "lab_pipeline_dist.medi"
static void validator(int32_t v) {
  ValidateEnv env;
#line 42 "lab_pipeline_dist.medi"
  medi_dist_open(RAW[v], sizeof(LabResult), 0, 0, 1, &env.input);
#line 43 "lab_pipeline_dist.medi"
  medi_dist_connect("lab.results", rank_of(3), sizeof(Normalised), 0, -1, &env.output);
#line 44 "lab_pipeline_dist.medi"
  int32_t failed = medi_join(medi_spawn(validate, &env, sizeof env)) == MEDI_PANICKED;
#line 45 "lab_pipeline_dist.medi"
  medi_dist_receiver_drop(env.input);
  Normalised end = {0, POTASSIUM, failed};
#line 46 "lab_pipeline_dist.medi"
  medi_dist_send(env.output, &end);
#line 47 "lab_pipeline_dist.medi"
  medi_dist_sender_drop(env.output);
}

#line 50 "lab_pipeline_dist.medi"
static void aggregate(void) {
  void *results;
#line 51 "lab_pipeline_dist.medi"
  medi_dist_open("lab.results", sizeof(Normalised), 8, 0, VALIDATORS, &results);
  int32_t count[TESTS] = {0, 0, 0};
  int64_t sum[TESTS] = {0, 0, 0};
  int32_t failed = 0;
  Normalised result;
#line 54 "lab_pipeline_dist.medi"
  while (medi_dist_recv(results, &result) == MEDI_OK) {
    if (result.id == 0) {
      failed += result.value;
    } else {
      count[result.test] += 1;
      sum[result.test] += result.value;
    }
  }
  int normalised = count[0] + count[1] + count[2];
#line 57 "lab_pipeline_dist.medi"
  printf("lab pipeline: %d records on %d ranks, %d normalised, %d rejected\n", RECORDS,
         medi_dist_size(), normalised, RECORDS - normalised);
#line 58 "lab_pipeline_dist.medi"
  printf("validators: %d started, %d failed\n", VALIDATORS, failed);
  for (int test = 0; test < TESTS; ++test) {
#line 59 "lab_pipeline_dist.medi"
    printf("  %-9s: %d results, mean %.1f\n", TEST_NAMES[test], count[test],
           (double)sum[test] / count[test]);
  }
  medi_dist_receiver_drop(results);
}

static void role(void *env) {
  int32_t r = *(const int32_t *)env;
  if (r == 0) {
    intake(env);
  } else if (r <= VALIDATORS) {
    validator(r - 1);
  } else {
    aggregate();
  }
}

#line 62 "lab_pipeline_dist.medi"
int main(void) {
  void *roles[ROLES];
  int started = 0;
#line 63 "lab_pipeline_dist.medi"
  for (int32_t r = 0; r < ROLES; ++r) {
    if (rank_of(r) == medi_dist_rank()) { roles[started++] = medi_spawn(role, &r, sizeof r); }
  }
#line 64 "lab_pipeline_dist.medi"
  for (int i = 0; i < started; ++i) { medi_join(roles[i]); }
#line 65 "lab_pipeline_dist.medi"
  medi_dist_barrier();
#line 66 "lab_pipeline_dist.medi"
  return 0;
}
