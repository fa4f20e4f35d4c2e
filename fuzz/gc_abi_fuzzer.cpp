// gc_abi_fuzzer.cpp: medi_gc_* call sequences, run under AddressSanitizer. Ids come from what
// the input allocated (possibly collected since) and from ids it makes up; roots and edges are
// added and removed in any order, strings are read back whole. Whatever the sequence, no call
// may touch freed or foreign memory (ASan), a rooted string must keep its bytes, and once the
// input's roots are gone a collection must free everything it made.
#include "fuzz_reports.h"

#include <cstdint>
#include <cstring>
#include <fuzzer/FuzzedDataProvider.h>
#include <map>
#include <medi/medi_rt.h>
#include <string>
#include <vector>

namespace {

using medi::fuzz::require;

medi::fuzz::Reports reports;

struct Made {
  std::uint64_t id;
  std::string text; // for strings: what it must read back as while rooted
  bool string;
  int roots = 0;
};

std::uint64_t pick(FuzzedDataProvider &in, const std::vector<Made> &made) {
  if (made.empty() || in.ConsumeIntegralInRange(0, 7) == 0)
    return in.ConsumeIntegral<std::uint64_t>(); // made up: 0, stale, never allocated
  return made[in.ConsumeIntegralInRange<std::size_t>(0, made.size() - 1)].id;
}

Made *find(std::vector<Made> &made, std::uint64_t id) {
  for (Made &m : made)
    if (m.id == id)
      return &m;
  return nullptr;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  static const bool installed = (reports.install(), true);
  (void)installed;
  FuzzedDataProvider in(data, size);
  const std::uint64_t live_before = medi_gc_live_objects();
  std::vector<Made> made;
  for (int steps = 0; steps < 100 && in.remaining_bytes() > 0; ++steps) {
    switch (in.ConsumeIntegralInRange(0, 9)) {
    case 0: { // a string of ASCII text (kept as is) or arbitrary bytes (repaired)
      const std::string bytes = in.ConsumeRandomLengthString(64);
      const std::uint64_t id =
          medi_gc_alloc_string(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
      require(id != 0);
      made.push_back({id, bytes, true});
      break;
    }
    case 1:
      made.push_back({medi_gc_alloc_unit(), "", false});
      require(made.back().id != 0);
      break;
    case 2: { // a root counts unless it was refused (reported): the id was collected already
      const std::uint64_t id = pick(in, made);
      const std::uint64_t before = reports.total();
      medi_gc_add_root(id);
      if (Made *m = find(made, id); m && reports.total() == before)
        ++m->roots;
      break;
    }
    case 3: {
      const std::uint64_t id = pick(in, made);
      const std::uint64_t before = reports.total();
      medi_gc_remove_root(id);
      Made *m = find(made, id);
      require(!m || (m->roots > 0) == (reports.total() == before)); // unbalanced: reported
      if (m && m->roots > 0)
        --m->roots;
      break;
    }
    case 4:
      medi_gc_add_edge(pick(in, made), pick(in, made));
      break;
    case 5:
      medi_gc_remove_edge(pick(in, made), pick(in, made));
      break;
    case 6:
      medi_gc_write_barrier(pick(in, made), pick(in, made));
      break;
    case 7:
      medi_gc_collect();
      break;
    case 8: { // read a string back whole (ASan checks every byte is live memory)
      const std::uint64_t id = pick(in, made);
      const std::uint8_t *bytes = medi_gc_string_bytes(id);
      const std::size_t len = medi_gc_string_len(id);
      if (bytes) {
        volatile std::uint8_t sum = 0;
        for (std::size_t i = 0; i <= len; ++i) // the NUL too
          sum = sum + bytes[i];
        require(bytes[len] == 0);
      }
      // A rooted ASCII string reads back exactly as it was made.
      if (Made *m = find(made, id); m && m->string && m->roots > 0) {
        bool ascii = true;
        for (unsigned char c : m->text)
          ascii = ascii && c != 0 && c < 0x80;
        require(bytes != nullptr);
        if (ascii)
          require(len == m->text.size() && std::memcmp(bytes, m->text.data(), len) == 0);
      }
      break;
    }
    default: {
      medi_gc_stats stats;
      medi_gc_get_stats(&stats);
      require(stats.live_objects == medi_gc_live_objects());
      medi_gc_get_stats(nullptr);
      break;
    }
    }
  }
  // Let go of every root this input added; then nothing it made may survive a collection.
  for (const Made &m : made)
    for (int i = 0; i < m.roots; ++i)
      medi_gc_remove_root(m.id);
  medi_gc_collect();
  require(medi_gc_live_objects() == live_before);
  return 0;
}
