/* patient_records.c: the C stand-in for patient_records.medi (see regenerate.sh): the
 * medi_gc_* calls medic emits for gc structs. A gc struct is a unit object; each field that
 * holds an object is an edge from it; a store writes the barrier, adds the new edge and
 * removes the old; a local that outlives a call is a root. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

uint64_t medi_gc_alloc_string(const uint8_t *bytes, size_t len);
uint64_t medi_gc_alloc_unit(void);
void medi_gc_add_root(uint64_t id);
void medi_gc_remove_root(uint64_t id);
void medi_gc_add_edge(uint64_t parent, uint64_t child);
void medi_gc_remove_edge(uint64_t parent, uint64_t child);
void medi_gc_write_barrier(uint64_t parent, uint64_t child);
void medi_gc_collect(void);
const uint8_t *medi_gc_string_bytes(uint64_t id);
uint64_t medi_gc_live_objects(void);

enum { ADMISSIONS = 120, NOTES = 3 };

/* What medic keeps beside each object: the ids its fields hold. */
typedef struct Patient {
  uint64_t self, name, mrn, notes, note[NOTES];
} Patient;

static uint64_t string_of(const char *text) {
  return medi_gc_alloc_string((const uint8_t *)text, strlen(text));
}

/* parent.field = child: the barrier, the new edge, the old edge gone. */
static void store_field(uint64_t parent, uint64_t *field, uint64_t child) {
  medi_gc_write_barrier(parent, child);
  medi_gc_add_edge(parent, child);
  if (*field)
    medi_gc_remove_edge(parent, *field);
  *field = child;
}

#line 12 "patient_records.medi"
static void admit(uint64_t ward, Patient *patient, int i) {
  char text[48];
  Patient p = {medi_gc_alloc_unit(), 0, 0, 0, {0, 0, 0}};
  snprintf(text, sizeof text, "Patient %d", i);
#line 14 "patient_records.medi"
  store_field(p.self, &p.name, string_of(text));
  snprintf(text, sizeof text, "MRN-%d", 100000 + i * 7);
#line 15 "patient_records.medi"
  store_field(p.self, &p.mrn, string_of(text));
#line 16 "patient_records.medi"
  store_field(p.self, &p.notes, medi_gc_alloc_unit());
  snprintf(text, sizeof text, "reviewed by Dr %d", i % 4 + 1);
  const char *notes[NOTES] = {"admitted", "vitals stable", text};
  for (int n = 0; n < NOTES; ++n)
    store_field(p.notes, &p.note[n], string_of(notes[n]));
#line 18 "patient_records.medi"
  uint64_t slot = 0;
  store_field(ward, &slot, p.self);
  *patient = p;
}

static const char *text_of(uint64_t id) {
  return (const char *)medi_gc_string_bytes(id);
}

#line 22 "patient_records.medi"
int main(void) {
  static Patient patients[ADMISSIONS];
#line 23 "patient_records.medi"
  uint64_t ward = medi_gc_alloc_unit();
  medi_gc_add_root(ward);
#line 24 "patient_records.medi"
  for (int i = 0; i < ADMISSIONS; ++i) admit(ward, &patients[i], i);
#line 25 "patient_records.medi"
  medi_gc_collect();
#line 26 "patient_records.medi"
  printf("admitted %d: %llu live objects\n", ADMISSIONS, (unsigned long long)medi_gc_live_objects());
#line 27 "patient_records.medi"
  Patient *first = &patients[0];
  medi_gc_add_root(first->self);
#line 28 "patient_records.medi"
  store_field(first->self, &first->name, string_of("Patient 0 (renamed)"));
#line 29 "patient_records.medi"
  for (int i = 1; i < ADMISSIONS; i += 2) medi_gc_remove_edge(ward, patients[i].self);
#line 30 "patient_records.medi"
  printf("discharged %d: %llu live objects before collection\n", ADMISSIONS / 2,
         (unsigned long long)medi_gc_live_objects());
#line 31 "patient_records.medi"
  medi_gc_collect();
#line 32 "patient_records.medi"
  printf("after collection: %llu live objects\n", (unsigned long long)medi_gc_live_objects());
#line 33 "patient_records.medi"
  printf("first patient: %s, %s, %s\n", text_of(first->name), text_of(first->mrn),
         text_of(first->note[2]));
#line 34 "patient_records.medi"
  medi_gc_remove_root(ward);
#line 35 "patient_records.medi"
  medi_gc_collect();
#line 36 "patient_records.medi"
  printf("ward closed: %llu live objects\n", (unsigned long long)medi_gc_live_objects());
#line 37 "patient_records.medi"
  medi_gc_remove_root(first->self);
  return 0;
}
