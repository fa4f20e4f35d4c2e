/* alarm_escalation.c: the C stand-in for alarm_escalation.medi (see regenerate.sh). Each #line
 * puts the statement under it on the .medi line (and, for the calls, the column) it stands for. */
#include "medi_intrinsics.h"

#include <stdio.h>

enum { HEART_RATE, SPO2, BLOOD_PRESSURE, VITALS };
enum { PHYSICIAN = 2 };

#define MS 1000000LL
static const int64_t PERIOD = 1 * MS;
static const int64_t SILENCE = 200 * MS;
static const int64_t NURSE_GRACE = 20 * MS;

typedef struct Reading {
  int32_t vital, value, seq;
} Reading;

typedef struct Ack {
  int32_t by;
} Ack;

typedef struct SensorEnv {
  int32_t vital;
  void *out;
  int32_t *stopped;
} SensorEnv;

typedef struct PhysicianEnv {
  void *pages, *acks;
} PhysicianEnv;

/* SpO2 falls to 86% at its fifth reading; the others stay normal. */
static int32_t simulate(int32_t vital, int32_t seq) {
  switch (vital) {
  case HEART_RATE: return 72 + seq % 5;
  case SPO2: return seq < 5 ? 97 : 86;
  default: return 118 + seq % 7;
  }
}

#line 15 "alarm_escalation.medi"
static void sensor(void *env) {
  SensorEnv *self = (SensorEnv *)env;
  for (int32_t seq = 1;; ++seq) {
#line 17 "alarm_escalation.medi"
    if (medi_sleep(PERIOD) == MEDI_CANCELLED) { break; }
    Reading reading = {self->vital, simulate(self->vital, seq), seq};
#line 18 "alarm_escalation.medi"
    if (medi_chan_send(self->out, &reading) == MEDI_CANCELLED) { break; }
  }
#line 20 "alarm_escalation.medi"
  self->stopped[self->vital] = medi_task_cancelled();
}

#line 23 "alarm_escalation.medi"
static void physician(void *env) {
  PhysicianEnv *self = (PhysicianEnv *)env;
  int32_t level;
#line 24 "alarm_escalation.medi"
  medi_chan_recv(self->pages, &level);
  Ack ack = {PHYSICIAN};
#line 25 "alarm_escalation.medi"
  medi_chan_send(self->acks, &ack);
}

#line 28 "alarm_escalation.medi"
int main(void) {
#line 29 "alarm_escalation.medi"
  printf("alarm escalation: watching heart rate, SpO2 and blood pressure\n");
#line 30 "alarm_escalation.medi"
  void *sensors = medi_group_create(MEDI_NO_DEADLINE);
  void *tx[VITALS], *rx[VITALS];
#line 31 "alarm_escalation.medi"
  for (int v = 0; v < VITALS; ++v) { medi_chan_create(sizeof(Reading), 4, &tx[v], &rx[v]); }
  int32_t stopped[VITALS] = {0, 0, 0};
  SensorEnv sensor_env[VITALS];
#line 32 "alarm_escalation.medi"
  for (int v = 0; v < VITALS; ++v) {
    sensor_env[v] = (SensorEnv){v, tx[v], stopped};
    medi_group_spawn(sensors, sensor, &sensor_env[v], sizeof sensor_env[v]);
  }
  void *nurse_tx, *nurse_rx, *doctor_tx, *doctor_rx, *ack_tx, *ack_rx;
#line 33 "alarm_escalation.medi"
  medi_chan_create(sizeof(int32_t), 1, &nurse_tx, &nurse_rx);
#line 34 "alarm_escalation.medi"
  medi_chan_create(sizeof(int32_t), 1, &doctor_tx, &doctor_rx);
#line 35 "alarm_escalation.medi"
  medi_chan_create(sizeof(Ack), 1, &ack_tx, &ack_rx);
  PhysicianEnv physician_env = {doctor_rx, ack_tx};
#line 36 "alarm_escalation.medi"
  void *doctor = medi_spawn(physician, &physician_env, sizeof physician_env);

  Reading reading, critical;
  medi_select_case vitals[VITALS];
  for (int v = 0; v < VITALS; ++v) { vitals[v] = (medi_select_case){MEDI_SELECT_RECV, rx[v], &reading}; }
  for (;;) {
    int64_t index;
#line 38 "alarm_escalation.medi"
    int32_t status = medi_select_timeout(vitals, VITALS, SILENCE, &index);
    if (status == MEDI_TIMEOUT) {
#line 42 "alarm_escalation.medi"
      printf("no reading for %lld ms\n", (long long)(SILENCE / MS));
      return 1;
    }
    if (index == SPO2 && reading.value < 88) {
      critical = reading;
      break;
    }
  }
#line 45 "alarm_escalation.medi"
  printf("critical: SpO2 %d%% at reading %d\n", critical.value, critical.seq);

  int32_t level = 1;
#line 46 "alarm_escalation.medi"
  medi_chan_send(nurse_tx, &level);
  Ack ack;
  medi_select_case acks[1] = {{MEDI_SELECT_RECV, ack_rx, &ack}};
  int64_t index;
#line 47 "alarm_escalation.medi"
  if (medi_select_timeout(acks, 1, NURSE_GRACE, &index) == MEDI_OK) {
#line 48 "alarm_escalation.medi"
    printf("level 1: acknowledged by the nurse\n");
  } else {
#line 49 "alarm_escalation.medi"
    printf("level 1: paged the charge nurse, no acknowledgement within %lld ms\n",
           (long long)(NURSE_GRACE / MS));
  }
  level = 2;
#line 51 "alarm_escalation.medi"
  medi_chan_send(doctor_tx, &level);
#line 52 "alarm_escalation.medi"
  if (medi_select_timeout(acks, 1, 10000 * MS, &index) == MEDI_OK && ack.by == PHYSICIAN) {
#line 53 "alarm_escalation.medi"
    printf("level 2: paged the physician, acknowledged\n");
  } else {
#line 54 "alarm_escalation.medi"
    printf("level 2: nobody answered\n");
  }
#line 56 "alarm_escalation.medi"
  medi_join(doctor);
#line 57 "alarm_escalation.medi"
  medi_group_cancel(sensors);
#line 58 "alarm_escalation.medi"
  int32_t ended = medi_group_wait(sensors);
#line 59 "alarm_escalation.medi"
  printf("sensors: group ended %s, %d of 3 stopped by cancellation\n",
         ended == MEDI_CANCELLED ? "cancelled" : "otherwise", stopped[0] + stopped[1] + stopped[2]);
  for (int v = 0; v < VITALS; ++v) {
    medi_chan_sender_drop(tx[v]);
    medi_chan_receiver_drop(rx[v]);
  }
  medi_chan_sender_drop(nurse_tx);
  medi_chan_receiver_drop(nurse_rx);
  medi_chan_sender_drop(doctor_tx);
  medi_chan_receiver_drop(doctor_rx);
  medi_chan_sender_drop(ack_tx);
  medi_chan_receiver_drop(ack_rx);
#line 60 "alarm_escalation.medi"
  return 0;
}
