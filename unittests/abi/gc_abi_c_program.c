/* gc_abi_c_program.c: a C program using the medi_gc_* ABI as the medic compiler's output does:
 * records with string fields, roots, edges, write barriers, collections. Exits 0 when every
 * check holds; prints what failed otherwise. Built as strict C11 (ctest: gc_abi_c_program). */
#include "medi/medi_rt.h"

#include <stdio.h>
#include <string.h>

static int failures = 0;
#define CHECK(condition)                                                                           \
  do {                                                                                             \
    if (!(condition)) {                                                                            \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition);                \
      ++failures;                                                                                  \
    }                                                                                              \
  } while (0)

static uint64_t text(const char *value) {
  return medi_gc_alloc_string((const uint8_t *)value, strlen(value));
}

int main(void) {
  enum { kPatients = 64 };
  uint64_t records[kPatients];
  uint64_t names[kPatients];
  uint64_t start = medi_gc_live_objects();
  char buffer[32];
  int i;

  for (i = 0; i < kPatients; ++i) {
    records[i] = medi_gc_alloc_unit();
    CHECK(records[i] != 0);
    medi_gc_add_root(records[i]);
    snprintf(buffer, sizeof buffer, "patient-%d", i);
    names[i] = text(buffer);
    medi_gc_add_edge(records[i], names[i]);
    medi_gc_write_barrier(records[i], names[i]);
  }
  /* Temporaries that are never rooted or linked die at this thread's collection. */
  for (i = 0; i < 1000; ++i)
    CHECK(text("temporary") != 0);
  medi_gc_collect();
  CHECK(medi_gc_live_objects() == start + 2 * kPatients);
  CHECK(medi_gc_string_len(names[7]) == strlen("patient-7"));
  CHECK(memcmp(medi_gc_string_bytes(names[7]), "patient-7", 10) == 0);

  /* Rename every patient: the old names become garbage. */
  for (i = 0; i < kPatients; ++i) {
    uint64_t renamed = text("renamed");
    medi_gc_remove_edge(records[i], names[i]);
    medi_gc_add_edge(records[i], renamed);
    names[i] = renamed;
  }
  medi_gc_collect();
  CHECK(medi_gc_live_objects() == start + 2 * kPatients);

  for (i = 0; i < kPatients; ++i)
    medi_gc_remove_root(records[i]);
  medi_gc_collect();
  CHECK(medi_gc_live_objects() == start);

  {
    medi_gc_stats stats;
    medi_gc_get_stats(&stats);
    CHECK(stats.full_collections >= 3);
    CHECK(stats.allocated_objects >= 3 * kPatients + 1000);
    printf("gc_abi_c_program: live %llu, allocated %llu, freed %llu\n",
           (unsigned long long)stats.live_objects, (unsigned long long)stats.allocated_objects,
           (unsigned long long)stats.freed_objects);
  }
  return failures == 0 ? 0 : 1;
}
