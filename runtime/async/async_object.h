// async_object.h: the objects of MLIR's async runtime ABI (internal): tokens, values and groups,
// with the reference counts, states and waiting lists that mlirAsyncRuntime* works on.
//
// The semantics are those of LLVM's own implementation (mlir/lib/ExecutionEngine/AsyncRuntime.cpp):
// a token or value is created with two references, one the caller's and one that emplacing (or
// setting the error) drops; a group is created with one and holds `size` tokens, each counted
// when it becomes ready (its rank is the order of adding); awaiting continuations run in the
// order they were registered. What differs is how waiting works: a blocking await parks the
// calling Medi task (or blocks a plain thread), and a continuation resumes on the task that makes
// the object ready, or on a new task (async_tasks.h).
//
// Every object lives in a slot of a pool that is never given back to the system, and a destroyed
// object's slot waits in a quarantine before it is reused, so a call on a destroyed object reads
// a slot marked destroyed and is reported instead of touching freed memory.
#ifndef MEDI_RUNTIME_ASYNC_ASYNC_OBJECT_H
#define MEDI_RUNTIME_ASYNC_ASYNC_OBJECT_H

#include "../sched/task_park.h"
#include "medi/detail/spin_lock.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace medi::async {

using CoroHandle = void *;
using CoroResume = void (*)(void *);

/// What an object is, as its liveness tag: a slot holds its kind while the object lives and
/// kDestroyed after. The values are unlikely bit patterns, so a stray pointer rarely passes.
enum class Kind : std::uint32_t {
  Token = 0x7a5c0001,
  Value = 0x7a5c0002,
  Group = 0x7a5c0003,
};
inline constexpr std::uint32_t kDestroyed = 0x7a5cdead;

enum class State : std::uint8_t { Pending, Available, Error };

struct AsyncObject;

/// One entry of an object's waiting list: what happens when the object becomes ready.
struct Continuation {
  enum class What : std::uint8_t {
    Wake,         // a blocking await: `waiter` parks until `ready`
    Resume,       // an await-and-execute: resume(handle)
    CountInGroup, // a token added to `group` before it was ready
  };
  What what;
  Continuation *next = nullptr;
  detail::Waiter waiter{};
  std::atomic<bool> ready{false}; // Wake: the object is ready (the waiter may return)
  std::atomic<bool> woken{false}; // Wake: the waker is done with this node (it may go)
  CoroHandle handle = nullptr;
  CoroResume resume = nullptr;
  AsyncObject *group = nullptr;
};

struct alignas(64) AsyncObject {
  std::atomic<std::uint32_t> tag{kDestroyed};
  std::atomic<State> state{State::Pending};
  detail::SpinLock lock;
  std::atomic<std::int64_t> references{0};
  Continuation *waiting = nullptr; // guarded by `lock`; newest first. The free list's link.

  // A value's storage: `inline_storage` when it fits, else allocated.
  std::byte *storage = nullptr;
  std::int64_t storage_size = 0;

  // A group's: its size, tokens not yet ready, tokens added, tokens that were errors.
  std::int64_t group_size = 0;
  std::atomic<std::int64_t> pending{0};
  std::atomic<std::int64_t> rank{0};
  std::atomic<std::int64_t> errors{0};

  static constexpr std::size_t kInlineStorage = 48;
  alignas(16) std::byte inline_storage[kInlineStorage];

  Kind kind() const noexcept { return static_cast<Kind>(tag.load(std::memory_order_relaxed)); }
  bool ready() const noexcept { return state.load(std::memory_order_acquire) != State::Pending; }
  bool is_error() const noexcept;
};

/// A new token, value (with `size` bytes of storage) or group (of `size` tokens), or null when
/// there is no memory. Tokens and values start with two references, groups with one.
AsyncObject *create_token() noexcept;
AsyncObject *create_value(std::int64_t size) noexcept;
AsyncObject *create_group(std::int64_t size) noexcept;

/// Adds `count` references.
void add_references(AsyncObject *object, std::int64_t count) noexcept;
/// Drops `count` references, destroying the object at zero. False, changing nothing, when that
/// would take the count below zero.
bool drop_references(AsyncObject *object, std::int64_t count) noexcept;

/// Makes a pending token or value ready (Available or Error), runs what waits for it, and drops
/// the reference that creation set aside for this. False, changing nothing, when it was not
/// pending.
bool complete(AsyncObject *object, State state) noexcept;

/// Counts `token` in `group` now if it is ready, else when it becomes ready. Returns its rank,
/// or -1 when the group already has `size` tokens (nothing is added).
std::int64_t add_to_group(AsyncObject *token, AsyncObject *group) noexcept;

/// Parks the calling task (or blocks the calling thread) until `object` is ready.
void await_ready(AsyncObject *object) noexcept;

/// Resumes `handle` once `object` is ready: at once (async_tasks.h's run_continuation) when it
/// is, else from the party that makes it ready. False when there is no memory to wait.
bool await_then_resume(AsyncObject *object, CoroHandle handle, CoroResume resume) noexcept;

/// Objects alive now (created and not yet destroyed).
std::int64_t live_objects() noexcept;

} // namespace medi::async

#endif // MEDI_RUNTIME_ASYNC_ASYNC_OBJECT_H
