// medi/gc/gc_params.h: the collector's tuning (feature MEDI_ENABLE_GC): nursery size, promotion
// age, the pause budget of an incremental step, and the environment overrides. See docs/gc.md.
#ifndef MEDI_GC_GC_PARAMS_H
#define MEDI_GC_GC_PARAMS_H

#include "medi/config.h"

#if MEDI_ENABLE_GC

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace medi::gc_zone {

struct GcParams {
  /// Bytes allocated since the last collection that trigger the next minor collection (or,
  /// while a major cycle is under way, its next incremental step).
  std::size_t nursery_threshold_bytes = std::size_t{1} << 20;
  /// Minor collections an object survives before it is promoted to the old generation (1 to
  /// 255). At 1 a minor collection visits each survivor once: its pause follows what was
  /// allocated since the last one, not twice that (docs/gc.md weighs the cost).
  std::uint32_t promotion_threshold = 1;
  /// The longest an incremental major step may take.
  std::chrono::nanoseconds max_pause = std::chrono::milliseconds(10);
  /// The old generation's size (bytes) below which no major cycle starts; beyond it, a cycle
  /// starts once the old generation has doubled since the last one.
  std::size_t major_threshold_bytes = std::size_t{4} << 20;
  /// Print every pause to stderr ("[medi-gc] minor ...").
  bool log = false;

  /// `defaults`, overridden by MEDI_GC_NURSERY_BYTES (bytes, at least 4096),
  /// MEDI_GC_PROMOTION_THRESHOLD (minor collections, 1 to 255), MEDI_GC_MAX_PAUSE_MS
  /// (milliseconds, at least 1) and MEDI_GC_LOG (set and not "0": log). A value that does not
  /// parse is reported (op gc.invalid_setting) and ignored.
  static GcParams from_environment(GcParams defaults);
  static GcParams from_environment() { return from_environment(GcParams{}); }
};

} // namespace medi::gc_zone

#endif // MEDI_ENABLE_GC
#endif // MEDI_GC_GC_PARAMS_H
