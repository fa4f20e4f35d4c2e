/* lab_pipeline.c: the C stand-in for lab_pipeline.medi (see regenerate.sh). Each #line puts
 * the statement under it on the .medi line (and, for the calls, the column) it stands for. */
#include "medi_intrinsics.h"

#include <stdio.h>

enum { POTASSIUM, SODIUM, GLUCOSE, TESTS };
enum { RECORDS = 60, VALIDATORS = 3 };

typedef struct LabResult {
  int32_t id, test, milli_units;
} LabResult;

typedef struct Normalised {
  int32_t id, test, value;
} Normalised;

typedef struct Totals {
  int32_t count[TESTS];
  int64_t sum[TESTS];
} Totals;

typedef struct ValidateEnv {
  void *input, *output;
} ValidateEnv;

typedef struct AggregateEnv {
  void *input;
  Totals *totals;
} AggregateEnv;

static const char *const TEST_NAMES[TESTS] = {"potassium", "sodium", "glucose"};

#line 13 "lab_pipeline.medi"
static void intake(void *out) {
  for (int32_t id = 1; id <= RECORDS; ++id) {
    int32_t reading = id == 17 ? -4200 : 1000 + id * 37 % 400;
    LabResult record = {id, id % 3, reading};
#line 16 "lab_pipeline.medi"
    medi_chan_send(out, &record);
  }
  LabResult end = {0, 0, 0};
#line 18 "lab_pipeline.medi"
  for (int v = 0; v < VALIDATORS; ++v) { medi_chan_send(out, &end); }
}

#line 21 "lab_pipeline.medi"
static void validate(void *env) {
  ValidateEnv *self = (ValidateEnv *)env;
  for (;;) {
    LabResult record;
#line 23 "lab_pipeline.medi"
    medi_chan_recv(self->input, &record);
    if (record.id == 0) { return; }
    if (record.milli_units < 0) {
      char message[96];
      snprintf(message, sizeof message, "malformed lab record %d: negative %s reading", record.id,
               TEST_NAMES[record.test]);
#line 26 "lab_pipeline.medi"
      medi_panic(message);
    }
    Normalised result = {record.id, record.test, record.milli_units / 10};
#line 28 "lab_pipeline.medi"
    medi_chan_send(self->output, &result);
  }
}

#line 32 "lab_pipeline.medi"
static void aggregate(void *env) {
  AggregateEnv *self = (AggregateEnv *)env;
  for (;;) {
    Normalised result;
#line 35 "lab_pipeline.medi"
    medi_chan_recv(self->input, &result);
    if (result.id == 0) { return; }
    self->totals->count[result.test] += 1;
    self->totals->sum[result.test] += result.value;
  }
}

#line 41 "lab_pipeline.medi"
int main(void) {
  void *raw_tx, *raw_rx, *done_tx, *done_rx;
#line 42 "lab_pipeline.medi"
  medi_chan_create(sizeof(LabResult), MEDI_UNBOUNDED, &raw_tx, &raw_rx);
#line 43 "lab_pipeline.medi"
  medi_chan_create(sizeof(Normalised), 8, &done_tx, &done_rx);
  Totals totals = {{0, 0, 0}, {0, 0, 0}};
  AggregateEnv aggregate_env = {done_rx, &totals};
#line 44 "lab_pipeline.medi"
  void *aggregator = medi_spawn_priority(MEDI_LOW, aggregate, &aggregate_env, sizeof aggregate_env);
  void *validators[VALIDATORS];
  ValidateEnv validate_env = {raw_rx, done_tx};
#line 45 "lab_pipeline.medi"
  for (int v = 0; v < VALIDATORS; ++v) {
    validators[v] = medi_spawn_priority(MEDI_HIGH, validate, &validate_env, sizeof validate_env);
  }
#line 46 "lab_pipeline.medi"
  intake(raw_tx);
  int failed = 0;
#line 47 "lab_pipeline.medi"
  for (int v = 0; v < VALIDATORS; ++v) { failed += medi_join(validators[v]) == MEDI_PANICKED; }
  Normalised end = {0, 0, 0};
#line 48 "lab_pipeline.medi"
  medi_chan_send(done_tx, &end);
#line 49 "lab_pipeline.medi"
  medi_join(aggregator);
  int normalised = totals.count[0] + totals.count[1] + totals.count[2];
#line 50 "lab_pipeline.medi"
  printf("lab pipeline: %d records, %d normalised, %d rejected\n", RECORDS, normalised,
         RECORDS - normalised);
#line 51 "lab_pipeline.medi"
  printf("validators: %d started, %d failed\n", VALIDATORS, failed);
  for (int test = 0; test < TESTS; ++test) {
#line 52 "lab_pipeline.medi"
    printf("  %-9s: %d results, mean %.1f\n", TEST_NAMES[test], totals.count[test],
           (double)totals.sum[test] / totals.count[test]);
  }
#line 53 "lab_pipeline.medi"
  medi_chan_sender_drop(raw_tx);
  medi_chan_receiver_drop(raw_rx);
  medi_chan_sender_drop(done_tx);
  medi_chan_receiver_drop(done_rx);
#line 54 "lab_pipeline.medi"
  return 0;
}
