// medi/fault_injection.h: making the runtime's own allocations fail, on purpose, to test what a
// program sees when memory runs out (docs/reliability.md).
//
//   medi::fault_injection::fail_allocations(medi::fault_injection::Point::ChannelNode);
//   auto sent = tx.send(reading); // fails: reported, and the value comes back in the error
//
// Each point fails the way real exhaustion there would: a spawn reports and returns a task that
// never ran (its join() fails), a task without a stack fails (reported with its spawn site), a
// send that needs a new node hands its value back (reported), a GC allocation fails (reported).
// Nothing is lost or duplicated, and the runtime stays usable. Disarmed, a point costs one
// relaxed load of a process-wide word.
#ifndef MEDI_FAULT_INJECTION_H
#define MEDI_FAULT_INJECTION_H

#include <atomic>
#include <cstdint>

namespace medi::fault_injection {

enum class Point : std::uint8_t {
  TaskCreation, // a task's control block (spawn)
  TaskStack,    // a task being given its stack when it first runs (pooled or new)
  ChannelNode,  // a block of slots of an unbounded channel, needed by a send
  GcObject,     // a GC object's memory
};
inline constexpr unsigned kPoints = 4;

/// From now on, after `skip` more allocations at `point` succeed, the next `count` fail.
void fail_allocations(Point point, std::uint32_t count = 1, std::uint32_t skip = 0) noexcept;
/// Disarms every point.
void clear() noexcept;
/// Allocations made to fail at `point` since the process started.
std::uint64_t failures(Point point) noexcept;

namespace detail {
extern std::atomic<std::uint32_t> armed_points; // one bit per Point
[[gnu::cold]] bool consume(Point point) noexcept;
} // namespace detail

/// Whether this allocation at `point` must fail (the runtime asks, at each point).
inline bool allocation_fails(Point point) noexcept {
  if (detail::armed_points.load(std::memory_order_relaxed) == 0) [[likely]]
    return false;
  return detail::consume(point);
}

} // namespace medi::fault_injection

#endif // MEDI_FAULT_INJECTION_H
