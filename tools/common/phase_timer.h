//===- phase_timer.h - The --time breakdown of a tool's phases --------------===//
//
// Wall-clock time per phase (parse, lower, optimise, ...), printed on stderr as one line per
// phase when --time is given:
//   medi-run: time: parse        1.84 ms
// The first line is the time from the process's start (exec) to the tool's main, read from
// /proc (resolution: the kernel's clock tick).
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_TOOLS_PHASE_TIMER_H
#define MEDI_TOOLS_PHASE_TIMER_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <chrono>
#include <optional>

namespace medi::tools {

class PhaseTimer {
public:
  explicit PhaseTimer(bool Enabled);

  /// Ends the running phase (if any) and starts `Name`.
  void start(llvm::StringRef Name);
  /// Ends the running phase.
  void stop();
  /// Prints each phase and the total (if enabled). Safe to call more than once.
  void print();

private:
  using Clock = std::chrono::steady_clock;
  struct Phase {
    llvm::StringRef Name;
    double Milliseconds;
  };
  bool Enabled;
  bool Printed = false;
  std::optional<double> LaunchToMainMs;
  llvm::StringRef Running;
  Clock::time_point RunningSince;
  llvm::SmallVector<Phase, 8> Phases;
};

} // namespace medi::tools

#endif // MEDI_TOOLS_PHASE_TIMER_H
