//===- phase_timer.cpp - The --time breakdown of a tool's phases ------------===//
#include "phase_timer.h"

#include "tool_output.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

using namespace llvm;

namespace medi::tools {
namespace {

// Milliseconds since this process was exec'd: /proc/self/stat's starttime (field 22, in clock
// ticks since boot) against CLOCK_BOOTTIME.
std::optional<double> millisecondsSinceLaunch() {
  std::ifstream Stat("/proc/self/stat");
  std::string Text((std::istreambuf_iterator<char>(Stat)), std::istreambuf_iterator<char>());
  const auto CommEnd = Text.rfind(')'); // the command name may hold spaces
  if (CommEnd == std::string::npos)
    return std::nullopt;
  std::istringstream Fields(Text.substr(CommEnd + 2));
  std::string Field;
  // Fields from 3 (state) on; starttime is field 22.
  for (int Index = 3; Index <= 22 && Fields >> Field; ++Index)
    if (Index == 22) {
      const long Ticks = sysconf(_SC_CLK_TCK);
      timespec Now{};
      if (Ticks <= 0 || clock_gettime(CLOCK_BOOTTIME, &Now) != 0)
        return std::nullopt;
      const double StartMs = std::stod(Field) * 1000.0 / static_cast<double>(Ticks);
      const double NowMs =
          static_cast<double>(Now.tv_sec) * 1000.0 + static_cast<double>(Now.tv_nsec) / 1e6;
      return NowMs - StartMs;
    }
  return std::nullopt;
}

} // namespace

PhaseTimer::PhaseTimer(bool Enabled) : Enabled(Enabled) {
  if (Enabled)
    LaunchToMainMs = millisecondsSinceLaunch();
}

void PhaseTimer::start(StringRef Name) {
  stop();
  Running = Name;
  RunningSince = Clock::now();
}

void PhaseTimer::stop() {
  if (Running.empty())
    return;
  const std::chrono::duration<double, std::milli> Elapsed = Clock::now() - RunningSince;
  Phases.push_back({Running, Elapsed.count()});
  Running = {};
}

void PhaseTimer::print() {
  stop();
  if (!Enabled || Printed)
    return;
  Printed = true;
  auto Line = [](StringRef Name, double Ms) {
    errs() << toolName() << ": time: " << left_justify(Name, 16) << format("%9.2f ms\n", Ms);
  };
  if (LaunchToMainMs)
    Line("exec to main", *LaunchToMainMs);
  double Total = LaunchToMainMs.value_or(0);
  for (const Phase &P : Phases) {
    Line(P.Name, P.Milliseconds);
    Total += P.Milliseconds;
  }
  Line("total", Total);
}

} // namespace medi::tools
