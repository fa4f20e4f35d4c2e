// async_object.cpp: tokens, values and groups: their pool, reference counts, readiness and
// waiting lists.
#include "async_object.h"

#include "../sched/task_park.h"
#include "../sched/task_state.h"
#include "async_tasks.h"
#include "medi/detail/blocked_on.h"
#include "medi/detail/channel/backoff.h"
#include "medi/error/op_tags.h"

#include <mutex>
#include <new>
#include <source_location>

namespace medi::async {

bool AsyncObject::is_error() const noexcept {
  if (kind() == Kind::Group)
    return errors.load(std::memory_order_acquire) > 0;
  return state.load(std::memory_order_acquire) == State::Error;
}

namespace {

// The pool: slots carved from chunks that are never freed, and a FIFO free list whose first
// kQuarantine slots are not reused, so a destroyed object's slot stays marked destroyed for the
// next kQuarantine destructions at least.
class ObjectPool {
public:
  AsyncObject *allocate() noexcept {
    std::lock_guard guard(lock_);
    live_ += 1;
    if (free_count_ > kQuarantine) {
      AsyncObject *slot = free_head_;
      free_head_ = reinterpret_cast<AsyncObject *>(slot->waiting);
      if (!free_head_)
        free_tail_ = nullptr;
      slot->waiting = nullptr;
      free_count_ -= 1;
      return slot;
    }
    if (next_ == end_) {
      void *chunk = ::operator new(kChunkSlots * sizeof(AsyncObject),
                                   std::align_val_t{alignof(AsyncObject)}, std::nothrow);
      if (!chunk) {
        live_ -= 1;
        return nullptr;
      }
      next_ = static_cast<AsyncObject *>(chunk);
      end_ = next_ + kChunkSlots;
      for (AsyncObject *slot = next_; slot != end_; ++slot)
        new (slot) AsyncObject();
    }
    return next_++;
  }

  void release(AsyncObject *slot) noexcept {
    std::lock_guard guard(lock_);
    live_ -= 1;
    slot->waiting = nullptr;
    if (free_tail_)
      free_tail_->waiting = reinterpret_cast<Continuation *>(slot);
    else
      free_head_ = slot;
    free_tail_ = slot;
    free_count_ += 1;
  }

  std::int64_t live() noexcept {
    std::lock_guard guard(lock_);
    return live_;
  }

private:
  static constexpr std::size_t kChunkSlots = 256;
  static constexpr std::size_t kQuarantine = 1024;

  detail::SpinLock lock_;
  AsyncObject *next_ = nullptr, *end_ = nullptr; // the chunk being carved
  AsyncObject *free_head_ = nullptr, *free_tail_ = nullptr;
  std::size_t free_count_ = 0;
  std::int64_t live_ = 0;
};

// Never destroyed: tasks may still touch objects while the program exits.
ObjectPool &pool() noexcept {
  static ObjectPool *const instance = new ObjectPool();
  return *instance;
}

AsyncObject *create(Kind kind, std::int64_t references) noexcept {
  AsyncObject *object = pool().allocate();
  if (!object)
    return nullptr;
  object->state.store(State::Pending, std::memory_order_relaxed);
  object->references.store(references, std::memory_order_relaxed);
  object->waiting = nullptr;
  object->storage = nullptr;
  object->storage_size = 0;
  object->group_size = 0;
  object->pending.store(0, std::memory_order_relaxed);
  object->rank.store(0, std::memory_order_relaxed);
  object->errors.store(0, std::memory_order_relaxed);
  object->tag.store(static_cast<std::uint32_t>(kind), std::memory_order_release);
  return object;
}

void destroy(AsyncObject *object) noexcept {
  if (object->storage && object->storage != object->inline_storage)
    ::operator delete(object->storage, std::align_val_t{16});
  object->storage = nullptr;
  object->tag.store(kDestroyed, std::memory_order_release);
  pool().release(object);
}

/// Takes the waiting list (oldest first) if `object` is pending, making it `state`.
bool take_waiting(AsyncObject *object, State state, Continuation *&oldest_first) noexcept {
  object->lock.lock();
  if (object->state.load(std::memory_order_relaxed) != State::Pending) {
    object->lock.unlock();
    return false;
  }
  object->state.store(state, std::memory_order_release);
  Continuation *newest_first = object->waiting;
  object->waiting = nullptr;
  object->lock.unlock();
  oldest_first = nullptr;
  while (newest_first) {
    Continuation *next = newest_first->next;
    newest_first->next = oldest_first;
    oldest_first = newest_first;
    newest_first = next;
  }
  return true;
}

void count_ready_token(AsyncObject *group, bool error) noexcept;

/// Runs a ready object's waiting list. `token_error` is what a group learns of the token.
void run_waiting(Continuation *list, bool token_error) noexcept {
  while (list) {
    Continuation *node = list;
    list = node->next; // a Wake node lives on its waiter's stack: read it before waking
    switch (node->what) {
    case Continuation::What::Wake: {
      const detail::Waiter waiter = node->waiter;
      node->ready.store(true, std::memory_order_release);
      waiter.unpark();
      node->woken.store(true, std::memory_order_release); // the last touch of the node
      break;
    }
    case Continuation::What::Resume: {
      const CoroHandle handle = node->handle;
      const CoroResume resume = node->resume;
      delete node;
      run_continuation(handle, resume);
      break;
    }
    case Continuation::What::CountInGroup: {
      AsyncObject *group = node->group;
      delete node;
      count_ready_token(group, token_error);
      drop_references(group, 1); // the reference the waiting entry held
      break;
    }
    }
  }
}

void count_ready_token(AsyncObject *group, bool error) noexcept {
  if (error)
    group->errors.fetch_add(1, std::memory_order_acq_rel);
  if (group->pending.fetch_sub(1, std::memory_order_acq_rel) != 1)
    return;
  Continuation *list;
  if (take_waiting(group, State::Available, list))
    run_waiting(list, false);
}

/// Pushes `node` on `object`'s waiting list unless it is ready; true when pushed.
bool push_waiting(AsyncObject *object, Continuation *node) noexcept {
  object->lock.lock();
  if (object->state.load(std::memory_order_relaxed) != State::Pending) {
    object->lock.unlock();
    return false;
  }
  node->next = object->waiting;
  object->waiting = node;
  object->lock.unlock();
  return true;
}

constexpr medi_rt_source kAwaitSite{nullptr, "mlir async runtime", "async.await", 0, 0};

} // namespace

AsyncObject *create_token() noexcept {
  return create(Kind::Token, 2);
}

AsyncObject *create_value(std::int64_t size) noexcept {
  AsyncObject *object = create(Kind::Value, 2);
  if (!object)
    return nullptr;
  if (size <= static_cast<std::int64_t>(AsyncObject::kInlineStorage)) {
    object->storage = object->inline_storage;
  } else {
    object->storage = static_cast<std::byte *>(
        ::operator new(static_cast<std::size_t>(size), std::align_val_t{16}, std::nothrow));
    if (!object->storage) {
      destroy(object);
      return nullptr;
    }
  }
  object->storage_size = size;
  return object;
}

AsyncObject *create_group(std::int64_t size) noexcept {
  AsyncObject *object = create(Kind::Group, 1);
  if (!object)
    return nullptr;
  object->group_size = size;
  object->pending.store(size, std::memory_order_relaxed);
  if (size == 0)
    object->state.store(State::Available, std::memory_order_release);
  return object;
}

void add_references(AsyncObject *object, std::int64_t count) noexcept {
  object->references.fetch_add(count, std::memory_order_relaxed);
}

bool drop_references(AsyncObject *object, std::int64_t count) noexcept {
  std::int64_t current = object->references.load(std::memory_order_relaxed);
  do {
    if (current < count)
      return false;
  } while (!object->references.compare_exchange_weak(
      current, current - count, std::memory_order_acq_rel, std::memory_order_relaxed));
  if (current == count)
    destroy(object);
  return true;
}

bool complete(AsyncObject *object, State state) noexcept {
  Continuation *list;
  if (!take_waiting(object, state, list))
    return false;
  run_waiting(list, state == State::Error);
  drop_references(object, 1);
  return true;
}

std::int64_t add_to_group(AsyncObject *token, AsyncObject *group) noexcept {
  std::int64_t rank = group->rank.load(std::memory_order_relaxed);
  do {
    if (rank >= group->group_size)
      return -1;
  } while (!group->rank.compare_exchange_weak(rank, rank + 1, std::memory_order_acq_rel,
                                              std::memory_order_relaxed));
  if (!token->ready()) {
    auto *node = new (std::nothrow) Continuation{.what = Continuation::What::CountInGroup};
    if (node) {
      node->group = group;
      add_references(group, 1);
      if (push_waiting(token, node))
        return rank;
      drop_references(group, 1);
      delete node;
    } else {
      // No memory to wait: wait here instead (a correct, slower path).
      await_ready(token);
    }
  }
  count_ready_token(group, token->is_error());
  return rank;
}

void await_ready(AsyncObject *object) noexcept {
  if (object->ready())
    return;
  Continuation node{.what = Continuation::What::Wake};
  node.waiter = detail::Waiter::current();
  if (!push_waiting(object, &node))
    return;
  const bool in_task = detail::current_task() != nullptr;
  detail::Backoff backoff;
  // A thread spins briefly before it sleeps (the task it waits for is often nearly done); a
  // task parks at once, its worker may be what the awaited task needs.
  if (!in_task)
    while (!node.ready.load(std::memory_order_acquire) && !backoff.completed())
      backoff.snooze();
  if (!node.ready.load(std::memory_order_acquire)) {
    static constexpr detail::BlockedOn kWhy{.op = op::async_await, .site = SourceSite(&kAwaitSite)};
    const detail::BlockingScope scope(kWhy);
    while (!node.ready.load(std::memory_order_acquire))
      node.waiter.park();
  }
  detail::Backoff until_woken;
  while (!node.woken.load(std::memory_order_acquire))
    until_woken.snooze();
}

bool await_then_resume(AsyncObject *object, CoroHandle handle, CoroResume resume) noexcept {
  if (!object->ready()) {
    auto *node = new (std::nothrow) Continuation{.what = Continuation::What::Resume};
    if (!node)
      return false;
    node->handle = handle;
    node->resume = resume;
    if (push_waiting(object, node))
      return true;
    delete node;
  }
  run_continuation(handle, resume);
  return true;
}

std::int64_t live_objects() noexcept {
  return pool().live();
}

} // namespace medi::async
