// allocation_buffer.cpp: the calling thread's buffers by heap (see allocation_buffer.h).
#include "allocation_buffer.h"

#include "heap.h"

#include <utility>

namespace medi::gc_zone::detail::thread_buffers {

constinit thread_local std::array<Entry, kEntries> entries{};

namespace {

// Gives the thread's buffers back when it exits. Kept apart from `entries` so that the fast
// path reads a plain thread-local array, with no guard for a dynamic initializer.
struct ExitHook {
  bool armed = false;
  ~ExitHook() {
    for (Entry &entry : entries)
      if (entry.heap_serial != 0)
        Heap::give_back(std::exchange(entry.heap_serial, 0), entry.buffer);
  }
};
thread_local ExitHook exit_hook;

} // namespace

void make_room() noexcept {
  for (const Entry &entry : entries)
    if (entry.heap_serial == 0)
      return;
  Entry &last = entries[kEntries - 1];
  Heap::give_back(std::exchange(last.heap_serial, 0), last.buffer);
}

bool remember(std::uint64_t heap_serial, AllocationBuffer *buffer) noexcept {
  exit_hook.armed = true; // constructs the hook, so that it runs at exit
  for (Entry &entry : entries)
    if (entry.heap_serial == 0) {
      entry = Entry{heap_serial, buffer};
      return true;
    }
  return false;
}

void forget(std::uint64_t heap_serial) noexcept {
  for (Entry &entry : entries)
    if (entry.heap_serial == heap_serial)
      entry = Entry{};
}

} // namespace medi::gc_zone::detail::thread_buffers
