// trace_buffer.cpp: the per-thread ring buffers of trace_event.h.
//
// Invariants:
//  - A Ring's slots and head are written only by the thread that owns it (owner); head counts
//    the events appended this session and is published with a release store after the slot.
//  - A reader copies slots [head - capacity, head) and then re-reads head as h2: the owner may
//    meanwhile have overwritten every slot up to h2 - capacity, including the one it is writing
//    now (index h2), so only indices from h2 - capacity + 1 on are kept. Slot words are atomics,
//    so a torn slot is discarded, never a data race.
//  - A ring belongs to one session (its session word, set by its owner when it first records
//    in a session, after resetting head). A reader reads only rings of the current session.
//  - Rings are never freed: a thread that ends leaves its ring to a later new thread. A new
//    thread takes a ring whose events were written by an earlier session; failing that, a new
//    one, up to kMaxRings; past that, the ring of a thread that ended in this session, after
//    whose events it appends (the track then holds both threads' events).
#include "../rt/zone_stack.h"
#include "trace_event.h"
#include "trace_points.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <memory>
#include <mutex>
#include <sys/syscall.h>
#include <unistd.h>
#include <utility>

namespace medi::detail::trace {
namespace {

using Words = std::array<std::uint64_t, sizeof(Event) / sizeof(std::uint64_t)>;

// A slot is one cache line: an event never straddles two.
struct alignas(64) Slot {
  Words words;
};
static_assert(sizeof(Slot) == 64);

struct Ring {
  std::unique_ptr<Slot[]> slots;
  std::size_t capacity = 0; // a power of two
  std::atomic<std::uint64_t> head{0};
  std::atomic<std::uint64_t> session{0};
  std::atomic<bool> owned{false};
  std::uint32_t id = 0;
  std::mutex name_mutex;
  std::string name; // guarded by name_mutex
};

// Rings made at most before threads that end start leaving theirs to new ones mid-session.
constexpr std::size_t kMaxRings = 256;

struct Registry {
  std::mutex mutex;
  std::vector<std::unique_ptr<Ring>> rings; // guarded by mutex; only grows
  std::atomic<std::uint64_t> session{0};
  std::size_t capacity = std::size_t{1} << 16; // guarded by mutex; a power of two
};

Registry &registry() {
  static Registry *instance = new Registry; // never destroyed: threads record until the end
  return *instance;
}

constinit thread_local Ring *this_ring = nullptr;
constinit thread_local bool ring_released = false;
constinit thread_local char thread_name[32] = {};

// Gives the thread's ring back when the thread ends.
struct RingRelease {
  ~RingRelease() {
    ring_released = true;
    if (Ring *ring = std::exchange(this_ring, nullptr))
      ring->owned.store(false, std::memory_order_release);
  }
};

std::string default_name(std::uint32_t id) {
  if (thread_name[0])
    return thread_name;
  if (::getpid() == static_cast<pid_t>(::syscall(SYS_gettid)))
    return "main thread";
  return "thread " + std::to_string(id);
}

// The calling thread's ring, ready for `session`; nullptr when no memory is left for one.
Ring *attach(std::uint64_t session) noexcept {
  // The ring and its name are the runtime's allocations, not the program's: a thread's first
  // event may come inside a real-time zone (a checked build would count them as its violation).
  const AllocationCheckPause allocation_check_pause;
  Registry &reg = registry();
  std::lock_guard lock(reg.mutex);
  Ring *ring = this_ring;
  if (!ring) {
    thread_local RingRelease release; // constructed once per thread, here
    (void)release;
    const auto take = [&](bool this_session_too) -> Ring * {
      for (const auto &candidate : reg.rings) {
        if (!this_session_too && candidate->session.load(std::memory_order_relaxed) == session)
          continue;
        bool expected = false;
        if (candidate->owned.compare_exchange_strong(expected, true, std::memory_order_acquire))
          return candidate.get();
      }
      return nullptr;
    };
    ring = take(false);
    if (!ring && reg.rings.size() >= kMaxRings)
      ring = take(true);
    if (!ring) {
      auto fresh = std::make_unique<Ring>();
      fresh->id = static_cast<std::uint32_t>(reg.rings.size() + 1);
      fresh->owned.store(true, std::memory_order_relaxed);
      ring = fresh.get();
      reg.rings.push_back(std::move(fresh));
    }
    this_ring = ring;
    std::lock_guard name_lock(ring->name_mutex);
    ring->name = default_name(ring->id);
  }
  if (ring->session.load(std::memory_order_relaxed) != session) {
    if (ring->capacity != reg.capacity) {
      ring->slots.reset(new (std::nothrow) Slot[reg.capacity]);
      ring->capacity = ring->slots ? reg.capacity : 0;
    }
    ring->head.store(0, std::memory_order_relaxed);
    ring->session.store(session, std::memory_order_release);
  }
  return ring->capacity ? ring : nullptr;
}

} // namespace

void name_thread(std::string_view name) noexcept {
  const std::size_t length = std::min(name.size(), sizeof thread_name - 1);
  std::memcpy(thread_name, name.data(), length);
  thread_name[length] = '\0';
  if (Ring *ring = this_ring) {
    std::lock_guard lock(ring->name_mutex);
    ring->name.assign(name);
  }
}

void append(Event &event) noexcept {
  const std::uint64_t session = registry().session.load(std::memory_order_relaxed);
  Ring *ring = this_ring;
  if (!ring || ring->session.load(std::memory_order_relaxed) != session) [[unlikely]] {
    if (ring_released)
      return;
    if (!(ring = attach(session)))
      return;
  }
  event.time_ns =
      static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
  const std::uint64_t head = ring->head.load(std::memory_order_relaxed);
  const Words words = std::bit_cast<Words>(event);
  Words &slot = ring->slots[head & (ring->capacity - 1)].words;
  for (std::size_t i = 0; i < words.size(); ++i)
    std::atomic_ref(slot[i]).store(words[i], std::memory_order_relaxed);
  ring->head.store(head + 1, std::memory_order_release);
}

void begin_session(std::size_t events_per_thread) noexcept {
  Registry &reg = registry();
  std::lock_guard lock(reg.mutex);
  // One slot more than asked: a reader never keeps the slot the owner may be writing.
  reg.capacity =
      std::bit_ceil(std::clamp<std::size_t>(events_per_thread, 15, (std::size_t{1} << 26) - 1) + 1);
  reg.session.fetch_add(1, std::memory_order_relaxed);
}

std::vector<Track> snapshot() {
  Registry &reg = registry();
  std::lock_guard lock(reg.mutex);
  const std::uint64_t session = reg.session.load(std::memory_order_relaxed);
  std::vector<Track> tracks;
  for (const auto &ring : reg.rings) {
    if (ring->session.load(std::memory_order_acquire) != session)
      continue;
    Track track;
    track.id = ring->id;
    {
      std::lock_guard name_lock(ring->name_mutex);
      track.name = ring->name;
    }
    const std::uint64_t capacity = ring->capacity;
    const std::uint64_t h1 = ring->head.load(std::memory_order_acquire);
    const std::uint64_t first = h1 > capacity ? h1 - capacity : 0;
    std::vector<Words> copied;
    copied.reserve(h1 - first);
    for (std::uint64_t i = first; i < h1; ++i) {
      const Words &slot = ring->slots[i & (capacity - 1)].words;
      Words words;
      for (std::size_t w = 0; w < words.size(); ++w)
        words[w] =
            std::atomic_ref(const_cast<std::uint64_t &>(slot[w])).load(std::memory_order_relaxed);
      copied.push_back(words);
    }
    const std::uint64_t h2 = ring->head.load(std::memory_order_acquire);
    const std::uint64_t kept_from = std::max(first, h2 >= capacity ? h2 - capacity + 1 : 0);
    track.dropped = std::min(kept_from, h1);
    for (std::uint64_t i = std::max(first, kept_from); i < h1; ++i)
      track.events.push_back(std::bit_cast<Event>(copied[i - first]));
    tracks.push_back(std::move(track));
  }
  return tracks;
}

SessionCounts session_counts() noexcept {
  Registry &reg = registry();
  std::lock_guard lock(reg.mutex);
  const std::uint64_t session = reg.session.load(std::memory_order_relaxed);
  SessionCounts counts;
  for (const auto &ring : reg.rings) {
    if (ring->session.load(std::memory_order_acquire) != session)
      continue;
    const std::uint64_t head = ring->head.load(std::memory_order_acquire);
    counts.appended += head;
    // What snapshot() would drop now: all but the newest capacity - 1.
    counts.dropped += head >= ring->capacity ? head - ring->capacity + 1 : 0;
  }
  return counts;
}

} // namespace medi::detail::trace
