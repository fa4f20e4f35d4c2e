// rt_memory_fuzzer.cpp: operation sequences on an RtRegion, a FixedPool and the C ABI's
// run-time-sized region, checked against a model of each. A region must hand out aligned,
// in-bounds, non-overlapping memory exactly while it fits, and report each overflow; a pool must
// hand out each free slot once, report exhaustion, and report (and ignore) an invalid or double
// free without ever corrupting itself. Every byte handed out is written with a pattern that is
// checked before the memory is given back (ASan watches the rest).
#include "fuzz_reports.h"

#include <cstdint>
#include <cstring>
#include <fuzzer/FuzzedDataProvider.h>
#include <medi/medi_rt.h>
#include <medi/rt/pool.h>
#include <medi/rt/region.h>
#include <vector>

namespace {

using medi::fuzz::require;

medi::fuzz::Reports reports;

struct Range {
  std::uintptr_t begin;
  std::size_t size;
  unsigned char pattern;
};

void fill(const Range &range) {
  std::memset(reinterpret_cast<void *>(range.begin), range.pattern, range.size);
}
void check(const Range &range) {
  const auto *bytes = reinterpret_cast<const unsigned char *>(range.begin);
  for (std::size_t i = 0; i < range.size; ++i)
    require(bytes[i] == range.pattern);
}

// A bump region's promises, whatever hands out the memory.
class RegionModel {
public:
  RegionModel(std::uintptr_t base, std::size_t capacity) : base_(base), capacity_(capacity) {}
  // What an allocation of `size` at `align` must return: its address, or 0 when it cannot fit.
  std::uintptr_t expect(std::size_t size, std::size_t align) const {
    const std::uintptr_t at = (base_ + used_ + align - 1) & ~(std::uintptr_t(align) - 1);
    if (at - base_ > capacity_ || size > capacity_ - (at - base_))
      return 0;
    return at;
  }
  void took(std::uintptr_t at, std::size_t size, unsigned char pattern) {
    used_ = at - base_ + size;
    ranges_.push_back({at, size, pattern});
    fill(ranges_.back());
  }
  void reset() {
    for (const Range &range : ranges_)
      check(range);
    ranges_.clear();
    used_ = 0;
  }
  std::size_t used() const { return used_; }

private:
  std::uintptr_t base_;
  std::size_t capacity_;
  std::size_t used_ = 0;
  std::vector<Range> ranges_;
};

struct alignas(64) Wide {
  unsigned char bytes[64];
};

void region_ops(FuzzedDataProvider &in) {
  medi::RtRegion<1024> region;
  // The region's storage starts where its first one-byte allocation lands.
  auto *probe = region.alloc_uninit<unsigned char>();
  require(probe != nullptr);
  region.reset();
  RegionModel model(reinterpret_cast<std::uintptr_t>(probe), region.capacity());
  for (int steps = 0; steps < 64 && in.remaining_bytes() > 0; ++steps) {
    const unsigned char pattern = in.ConsumeIntegral<unsigned char>();
    switch (in.ConsumeIntegralInRange(0, 4)) {
    case 0: { // an array of bytes
      const std::size_t count = in.ConsumeIntegralInRange<std::size_t>(0, 1200);
      const std::uint64_t before = reports.total();
      auto array = region.alloc_array_uninit_result<unsigned char>(count);
      if (count == 0) { // nothing asked, nothing taken, nothing reported
        require(array.has_value() && array->empty() && reports.total() == before);
        break;
      }
      const std::uintptr_t expected = model.expect(count, 1);
      require(array.has_value() == (expected != 0));
      if (array) {
        require(reinterpret_cast<std::uintptr_t>(array->data()) == expected);
        model.took(expected, count, pattern);
      } else {
        require(reports.total() == before + 1); // the overflow was reported, once
      }
      break;
    }
    case 1:
    case 2: { // one object of an alignment the input picks
      const bool wide = in.ConsumeBool();
      const std::size_t size = wide ? sizeof(Wide) : sizeof(double);
      const std::uintptr_t expected = model.expect(size, wide ? alignof(Wide) : alignof(double));
      void *slot = wide ? static_cast<void *>(region.alloc_uninit<Wide>())
                        : static_cast<void *>(region.alloc_uninit<double>());
      require(reinterpret_cast<std::uintptr_t>(slot) == expected);
      if (slot)
        model.took(expected, size, pattern);
      break;
    }
    case 3:
      model.reset();
      region.reset();
      break;
    default:
      require(region.used() == model.used());
      break;
    }
    require(region.used() == model.used());
  }
  model.reset();
}

struct Reading {
  std::uint64_t at;
  std::uint64_t value;
};

void pool_ops(FuzzedDataProvider &in) {
  constexpr std::size_t kSlots = 16;
  medi::FixedPool<Reading, kSlots> pool;
  std::vector<Reading *> live;
  std::vector<Reading *> freed; // slots given back: freeing one again must be refused
  std::uint64_t stamp = 0;
  for (int steps = 0; steps < 128 && in.remaining_bytes() > 0; ++steps) {
    const std::uint64_t before = reports.total();
    switch (in.ConsumeIntegralInRange(0, 4)) {
    case 0:
    case 1: { // alloc
      Reading *slot = pool.alloc_raw(Reading{++stamp, stamp * 7});
      require((slot != nullptr) == (live.size() < kSlots));
      if (slot) {
        for (Reading *other : live)
          require(other != slot);
        live.push_back(slot);
        std::erase(freed, slot);
      } else {
        require(reports.total() == before + 1);
      }
      break;
    }
    case 2: { // free a live slot, checking it kept its value
      if (live.empty())
        break;
      const std::size_t i = in.ConsumeIntegralInRange<std::size_t>(0, live.size() - 1);
      Reading *slot = live[i];
      require(slot->value == slot->at * 7);
      pool.free_ptr(slot);
      require(reports.total() == before);
      live.erase(live.begin() + static_cast<std::ptrdiff_t>(i));
      freed.push_back(slot);
      break;
    }
    case 3: { // free again a slot already given back
      if (freed.empty())
        break;
      Reading *slot = freed[in.ConsumeIntegralInRange<std::size_t>(0, freed.size() - 1)];
      pool.free_ptr(slot);
      require(reports.total() == before + 1);
      break;
    }
    default: { // free a pointer the pool never gave: inside it but misaligned, or outside
      Reading outside{};
      Reading *bogus = in.ConsumeBool() || live.empty()
                           ? &outside
                           : reinterpret_cast<Reading *>(reinterpret_cast<char *>(live[0]) + 1);
      pool.free_ptr(bogus);
      require(reports.total() == before + 1);
      break;
    }
    }
    require(pool.free_count() == kSlots - live.size());
  }
  for (Reading *slot : live) {
    require(slot->value == slot->at * 7);
    pool.free_ptr(slot);
  }
  require(pool.free_count() == kSlots);
}

void abi_region_ops(FuzzedDataProvider &in) {
  const std::uint64_t capacity = in.ConsumeIntegralInRange<std::uint64_t>(1, 4096);
  medi_rt_region *region = medi_rt_region_create(capacity, nullptr);
  if (!region)
    return; // a build without RT zones
  void *probe = medi_rt_region_alloc(region, 1, 1, nullptr);
  require(probe != nullptr);
  medi_rt_region_reset(region, nullptr);
  RegionModel model(reinterpret_cast<std::uintptr_t>(probe), capacity);
  for (int steps = 0; steps < 64 && in.remaining_bytes() > 0; ++steps) {
    const unsigned char pattern = in.ConsumeIntegral<unsigned char>();
    if (in.ConsumeIntegralInRange(0, 7) == 0) {
      model.reset();
      medi_rt_region_reset(region, nullptr);
      continue;
    }
    const std::uint64_t size = in.ConsumeIntegralInRange<std::uint64_t>(0, 5000);
    // Mostly powers of two up to the largest the ABI takes (4096); sometimes not.
    const std::uint64_t align = in.ConsumeBool()
                                    ? std::uint64_t{1} << in.ConsumeIntegralInRange(0, 13)
                                    : in.ConsumeIntegralInRange<std::uint64_t>(0, 9000);
    const bool valid_align = align != 0 && (align & (align - 1)) == 0 && align <= 4096;
    const std::uint64_t before = reports.total();
    void *memory = medi_rt_region_alloc(region, size, align, nullptr);
    if (!valid_align) { // refused and reported; the region is untouched
      require(memory == nullptr && reports.total() == before + 1 &&
              reports.last_op() == "rt_region.alloc");
      continue;
    }
    const std::uintptr_t expected = model.expect(size, align);
    require(reinterpret_cast<std::uintptr_t>(memory) == expected);
    if (memory)
      model.took(expected, size, pattern);
    else
      require(reports.total() == before + 1); // the overflow, reported
  }
  model.reset();
  medi_rt_region_destroy(region, nullptr);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  static const bool installed = (reports.install(), true);
  (void)installed;
  FuzzedDataProvider in(data, size);
  switch (in.ConsumeIntegralInRange(0, 2)) {
  case 0:
    region_ops(in);
    break;
  case 1:
    pool_ops(in);
    break;
  default:
    abi_region_ops(in);
    break;
  }
  return 0;
}
