/* vitals_monitor.c: the C stand-in for vitals_monitor.medi (see regenerate.sh). Each #line
 * puts the statement under it on the .medi line it stands for. */
#include "medi_intrinsics.h"

#include <stdio.h>

enum { HEART_RATE, SPO2, SYSTOLIC, SENSORS };
enum { READINGS = 240, WINDOW = 4 };

typedef struct Reading {
  int32_t sensor;
  int32_t seq;
  double value;
} Reading;

typedef struct Alert {
  int32_t sensor;
  int32_t seq;
  double mean;
  struct Alert *next;
} Alert;

typedef struct Stats {
  int32_t count;
  double min, max, sum;
  double *window;
  int alerting;
  Alert *alerts;
} Stats;

typedef struct SensorEnv {
  int32_t kind;
  void *out;
} SensorEnv;

static const char *const NAMES[SENSORS] = {"heart rate", "SpO2", "systolic BP"};

#line 19 "vitals_monitor.medi"
static double simulate(int32_t kind, int32_t seq) {
  double wobble = (double)((seq * 7) % 5 - 2);
  switch (kind) {
#line 22 "vitals_monitor.medi"
  case HEART_RATE: return seq >= 120 && seq < 128 ? 134.0 : 72.0 + wobble;
  case SPO2: return seq >= 150 && seq < 156 ? 87.0 : 97.0 + wobble / 2.0;
  default: return seq >= 60 && seq < 64 ? 186.0 : 118.0 + wobble * 2.0;
  }
}

#line 13 "vitals_monitor.medi"
static void sensor(void *env) {
  SensorEnv *self = (SensorEnv *)env;
  for (int32_t seq = 0; seq < READINGS; ++seq) {
    Reading r = {self->kind, seq, simulate(self->kind, seq)};
#line 15 "vitals_monitor.medi"
    medi_chan_send(self->out, &r);
  }
#line 17 "vitals_monitor.medi"
  medi_chan_sender_drop(self->out);
}

#line 28 "vitals_monitor.medi"
static int breached(int32_t kind, double mean) {
  switch (kind) {
  case HEART_RATE: return mean > 120.0;
  case SPO2: return mean < 90.0;
  default: return mean > 180.0;
  }
}

#line 39 "vitals_monitor.medi"
static void update(Stats *stats, const Reading *r, void *alerts) {
  stats->count += 1;
  stats->sum += r->value;
  stats->min = r->value < stats->min ? r->value : stats->min;
  stats->max = r->value > stats->max ? r->value : stats->max;
  stats->window[r->seq % WINDOW] = r->value;
  if (stats->count < WINDOW) return;
  double mean = (stats->window[0] + stats->window[1] + stats->window[2] + stats->window[3]) / WINDOW;
  int breach = breached(r->sensor, mean);
  if (breach && !stats->alerting) {
#line 49 "vitals_monitor.medi"
    Alert *alert = (Alert *)medi_pool_alloc(alerts);
    if (alert) {
      alert->sensor = r->sensor; alert->seq = r->seq; alert->mean = mean; alert->next = stats->alerts;
      stats->alerts = alert;
    }
  }
#line 53 "vitals_monitor.medi"
  stats->alerting = breach;
}

#line 74 "vitals_monitor.medi"
static void print_summary(const Stats *stats) {
  printf("vitals monitor: %d readings from %d sensors\n",
         stats[0].count + stats[1].count + stats[2].count, SENSORS);
  for (int kind = 0; kind < SENSORS; ++kind) {
    const Stats *s = &stats[kind];
    int alerts = 0;
    for (const Alert *a = s->alerts; a; a = a->next) ++alerts;
#line 77 "vitals_monitor.medi"
    printf("%-11s: %d readings, min %.1f, mean %.1f, max %.1f, %d alert%s\n", NAMES[kind],
           s->count, s->min, s->sum / s->count, s->max, alerts, alerts == 1 ? "" : "s");
    /* The list is newest first: print oldest first. */
    for (int shown = alerts; shown > 0; --shown) {
      const Alert *a = s->alerts;
      for (int skip = 1; skip < shown; ++skip) a = a->next;
#line 80 "vitals_monitor.medi"
      printf("  ALERT %s: rolling mean %.1f at reading %d\n", NAMES[kind], a->mean, a->seq);
    }
  }
}

#line 85 "vitals_monitor.medi"
static void free_alerts(Alert *list, void *alerts) {
  while (list) { Alert *next = list->next;
#line 86 "vitals_monitor.medi"
    medi_pool_free(alerts, list); list = next; }
}

#line 56 "vitals_monitor.medi"
int main(void) {
  void *tx, *rx;
#line 57 "vitals_monitor.medi"
  medi_chan_create(sizeof(Reading), 32, &tx, &rx);
  void *sensors[SENSORS];
  for (int32_t kind = 0; kind < SENSORS; ++kind) {
#line 58 "vitals_monitor.medi"
    SensorEnv env = {kind, medi_chan_sender_clone(tx)};
    sensors[kind] = medi_spawn(sensor, &env, sizeof env);
  }
#line 59 "vitals_monitor.medi"
  medi_chan_sender_drop(tx);
#line 60 "vitals_monitor.medi"
  void *windows = medi_region_create(4096);
#line 61 "vitals_monitor.medi"
  void *alerts = medi_pool_create(sizeof(Alert), 64);
  Stats stats[SENSORS];
  for (int kind = 0; kind < SENSORS; ++kind) {
#line 62 "vitals_monitor.medi"
    Stats fresh = {0, 1e9, -1e9, 0.0, (double *)medi_region_alloc(windows, WINDOW * sizeof(double), 8), 0, 0};
    stats[kind] = fresh;
  }
  Reading r;
#line 63 "vitals_monitor.medi"
  for (int received = 0; received < SENSORS * READINGS; ++received) {
#line 64 "vitals_monitor.medi"
    if (medi_chan_recv(rx, &r) != MEDI_OK) break;
#line 65 "vitals_monitor.medi"
    medi_rt_enter();
    update(&stats[r.sensor], &r, alerts);
    medi_rt_exit();
  }
#line 67 "vitals_monitor.medi"
  for (int kind = 0; kind < SENSORS; ++kind) medi_join(sensors[kind]);
#line 68 "vitals_monitor.medi"
  print_summary(stats);
#line 69 "vitals_monitor.medi"
  for (int kind = 0; kind < SENSORS; ++kind) free_alerts(stats[kind].alerts, alerts);
#line 70 "vitals_monitor.medi"
  medi_chan_receiver_drop(rx);
  medi_pool_destroy(alerts);
  medi_region_destroy(windows);
  return 0;
}
