// trace_event.h: one recorded event, and the per-thread ring buffers that hold them (internal).
//
// An event is eight words (one cache line). Each thread records into its own ring buffer: the
// owner is the only writer, so recording takes no lock and allocates nothing once the thread's
// buffer exists. Words are written with relaxed atomic stores and the buffer's head is
// published with a release store; a reader (snapshot()) copies the ring, re-reads the head, and
// keeps only the slots the owner cannot have overwritten meanwhile, so it never needs the
// owner to stop. A full ring overwrites its oldest events, and the count of those is kept.
#ifndef MEDI_RUNTIME_TRACE_TRACE_EVENT_H
#define MEDI_RUNTIME_TRACE_TRACE_EVENT_H

#include "medi/error/source_site.h"

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace medi::detail::trace {

enum class EventKind : std::uint8_t {
  Spawn,         // task: parent (0 on a thread); other: child; value: priority; site: spawn
  RunBegin,      // task; value: run-queue length; detail: 1 first run, 2 run inline by a join
  RunEnd,        // task; detail: RunEnd
  Park,          // task; other: channel (or 0); detail: 1 timed; op, site: the blocking call
  Wake,          // task: the waker (0 on a thread); other: the woken task
  Finish,        // task; detail: Finish
  ThreadBlock,   // task 0; other: channel (or 0); op, site: the blocking call
  ThreadUnblock, // as ThreadBlock
  ChannelFail,   // task; detail: ChannelFailure; op, site
  Select,        // task; value: cases; op, site
  Deadlock,      // value: tasks in it
  ZoneEnter,     // task; detail: ZoneKind; site
  ZoneExit,      // as ZoneEnter
  ZoneViolation, // task; op: the operation; site
  GcMinor,       // task; value: pause ns; other: objects freed; word 6: heap bytes after
  GcMajorStep,   // as GcMinor
  WorkerSleep,   // value: worker
  WorkerWake,    // value: worker
  Steal,         // task: the stolen task; value: thief; other: victim
  BlockingCall,  // task; value: the worker handed to a new thread
};

struct Event {
  std::uint64_t time_ns = 0; // steady clock
  std::uint64_t task = 0;    // the task it concerns (the running one unless said otherwise)
  std::uint64_t other = 0;
  std::uint64_t value = 0;
  const char *op = nullptr; // an op tag or other static text, op_length bytes
  std::uint32_t op_length = 0;
  EventKind kind{};
  std::uint8_t detail = 0;
  std::array<std::uint64_t, 2> site_words{}; // a SourceSite, or two more values

  void set_site(SourceSite site) noexcept {
    site_words = std::bit_cast<std::array<std::uint64_t, 2>>(site);
  }
  SourceSite site() const noexcept { return std::bit_cast<SourceSite>(site_words); }
  std::string_view op_text() const noexcept {
    return op ? std::string_view(op, op_length) : std::string_view();
  }
  void set_op(std::string_view text) noexcept {
    op = text.data();
    op_length = static_cast<std::uint32_t>(text.size());
  }
};
static_assert(sizeof(SourceSite) == 16 && std::is_trivially_copyable_v<SourceSite>);
static_assert(sizeof(Event) == 64 && std::is_trivially_copyable_v<Event>);

/// Appends `event` to the calling thread's buffer, stamping its time (the thread's buffer is
/// made on its first event of a trace). Nothing when the thread has ended its life as a
/// recorder (its thread-local state is being destroyed).
void append(Event &event) noexcept;

/// One thread's events of the current trace, oldest first.
struct Track {
  std::uint32_t id = 0; // stable while the thread lives; reused by a later thread
  std::string name;     // "worker 2", "main thread", "thread 5"
  std::vector<Event> events;
  std::uint64_t dropped = 0; // overwritten because the ring was full
};

/// Makes every buffer empty and sizes new ones; called by start() before recording is on.
void begin_session(std::size_t events_per_thread) noexcept;
/// Copies every thread's events of the current session (any thread, while others record).
std::vector<Track> snapshot();
/// Events appended this session, and those a snapshot taken now would not keep.
struct SessionCounts {
  std::uint64_t appended = 0;
  std::uint64_t dropped = 0;
};
SessionCounts session_counts() noexcept;

} // namespace medi::detail::trace

#endif // MEDI_RUNTIME_TRACE_TRACE_EVENT_H
