// async_abi.cpp: the mlirAsyncRuntime* functions that MLIR's convert-async-to-llvm calls
// (mlir/ExecutionEngine/AsyncRuntime.h declares them: including it here makes the compiler hold
// each definition to its declaration), on Medi's objects and tasks.
//
// Misuse that LLVM's implementation asserts on or crashes with (a destroyed or null object, a
// reference count below zero, a second emplace, a group overfilled) is reported through the
// diagnostics pathway with an async.* op tag, naming the calling function where the loader
// knows it, and the call then does the least harmful thing: nothing, or what it would do for an
// object in the error state.
#include "async_object.h"
#include "async_tasks.h"
#include "medi/error/op_tags.h"
#include "medi/error/reporting.h"
#include "medi/error/runtime_error.h"
#include "mlir/ExecutionEngine/AsyncRuntime.h"

#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <dlfcn.h>
#include <pthread.h>
#include <string>

using namespace mlir::runtime;
using medi::async::AsyncObject;
using medi::async::Kind;
using medi::async::State;

namespace {

std::string_view kind_name(Kind kind) {
  switch (kind) {
  case Kind::Token:
    return "token";
  case Kind::Value:
    return "value";
  case Kind::Group:
    return "group";
  }
  return "object";
}

[[gnu::cold]] void report(std::string message, std::string_view op, void *caller) noexcept {
  medi::RuntimeContext context{.module = "mlir async runtime", .op = op};
  Dl_info info;
  if (caller && dladdr(caller, &info) && info.dli_sname)
    context.module = info.dli_sname;
  try {
    medi::report_error(medi::RuntimeError::message(std::move(message)), context);
  } catch (...) { // no memory for the message
  }
}

/// What `pointer` is, for a report: "a null pointer", "a destroyed object", "a group", ...
std::string describe(const void *pointer) {
  if (!pointer)
    return "a null pointer";
  if (reinterpret_cast<std::uintptr_t>(pointer) % alignof(AsyncObject) != 0)
    return "a pointer the runtime never returned";
  const auto tag = static_cast<const AsyncObject *>(pointer)->tag.load(std::memory_order_acquire);
  if (tag == medi::async::kDestroyed)
    return "a destroyed object";
  switch (static_cast<Kind>(tag)) {
  case Kind::Token:
  case Kind::Value:
  case Kind::Group:
    return "a live " + std::string(kind_name(static_cast<Kind>(tag)));
  }
  return "a pointer the runtime never returned";
}

/// `pointer` as a live object of one of `kinds`, or null after a report naming `function`.
AsyncObject *live(const void *pointer, std::initializer_list<Kind> kinds, const char *function,
                  std::string_view op, void *caller) noexcept {
  if (pointer && reinterpret_cast<std::uintptr_t>(pointer) % alignof(AsyncObject) == 0) {
    auto *object = static_cast<AsyncObject *>(const_cast<void *>(pointer));
    const auto tag = object->tag.load(std::memory_order_acquire);
    for (Kind kind : kinds)
      if (tag == static_cast<std::uint32_t>(kind))
        return object;
  }
  try {
    std::string wanted;
    for (Kind kind : kinds)
      wanted += (wanted.empty() ? "" : " or ") + std::string(kind_name(kind));
    report(std::string(function) + " was given " + describe(pointer) + ", not a live " + wanted, op,
           caller);
  } catch (...) {
  }
  return nullptr;
}

constexpr std::initializer_list<Kind> kAnyKind{Kind::Token, Kind::Value, Kind::Group};

#define CALLER __builtin_return_address(0)

void complete_or_report(const void *pointer, Kind kind, State state, const char *function,
                        void *caller) noexcept {
  AsyncObject *object = live(pointer, {kind}, function, medi::op::async_emplace, caller);
  if (!object || medi::async::complete(object, state))
    return;
  report(std::string(function) + ": the " + std::string(kind_name(kind)) + " is already " +
             (object->is_error() ? "an error" : "available") + " (emplaced or set to error before)",
         medi::op::async_emplace, caller);
}

template <class Create>
AsyncObject *create_or_report(Create create, const char *what, void *caller) noexcept {
  AsyncObject *object = create();
  if (!object)
    report(std::string("no memory for ") + what, medi::op::async_create, caller);
  return object;
}

/// A continuation that cannot wait (no object, no memory) runs now or after a blocking wait.
void resume_now(CoroHandle handle, CoroResume resume) noexcept {
  medi::async::run_continuation(handle, resume);
}

void await_and_execute(const void *pointer, Kind kind, CoroHandle handle, CoroResume resume,
                       const char *function, void *caller) noexcept {
  if (!resume) {
    report(std::string(function) + " was given no resume function; nothing will resume",
           medi::op::async_execute, caller);
    return;
  }
  AsyncObject *object = live(pointer, {kind}, function, medi::op::async_await, caller);
  if (!object)
    return resume_now(handle, resume); // it will find the object an error
  if (medi::async::await_then_resume(object, handle, resume))
    return;
  report(std::string(function) + ": no memory to wait; waiting on the caller",
         medi::op::async_execute, caller);
  medi::async::await_ready(object);
  resume_now(handle, resume);
}

} // namespace

extern "C" {

void mlirAsyncRuntimeAddRef(RefCountedObjPtr pointer, int64_t count) {
  AsyncObject *object =
      live(pointer, kAnyKind, "mlirAsyncRuntimeAddRef", medi::op::async_add_ref, CALLER);
  if (!object)
    return;
  if (count < 0) {
    report("mlirAsyncRuntimeAddRef was given a negative count (" + std::to_string(count) + ")",
           medi::op::async_add_ref, CALLER);
    return;
  }
  medi::async::add_references(object, count);
}

void mlirAsyncRuntimeDropRef(RefCountedObjPtr pointer, int64_t count) {
  AsyncObject *object =
      live(pointer, kAnyKind, "mlirAsyncRuntimeDropRef", medi::op::async_drop_ref, CALLER);
  if (!object)
    return;
  if (count < 0) {
    report("mlirAsyncRuntimeDropRef was given a negative count (" + std::to_string(count) + ")",
           medi::op::async_drop_ref, CALLER);
    return;
  }
  if (!medi::async::drop_references(object, count))
    report("mlirAsyncRuntimeDropRef of " + std::to_string(count) + " would take the " +
               std::string(kind_name(object->kind())) + "'s reference count from " +
               std::to_string(object->references.load(std::memory_order_relaxed)) +
               " below zero; it is left alive",
           medi::op::async_drop_ref, CALLER);
}

AsyncToken *mlirAsyncRuntimeCreateToken() {
  return reinterpret_cast<AsyncToken *>(
      create_or_report(medi::async::create_token, "an async token", CALLER));
}

AsyncValue *mlirAsyncRuntimeCreateValue(int64_t size) {
  if (size < 0) {
    report("mlirAsyncRuntimeCreateValue was given a negative size (" + std::to_string(size) + ")",
           medi::op::async_create, CALLER);
    return nullptr;
  }
  return reinterpret_cast<AsyncValue *>(create_or_report(
      [size] { return medi::async::create_value(size); }, "an async value", CALLER));
}

AsyncGroup *mlirAsyncRuntimeCreateGroup(int64_t size) {
  if (size < 0) {
    report("mlirAsyncRuntimeCreateGroup was given a negative size (" + std::to_string(size) + ")",
           medi::op::async_create, CALLER);
    return nullptr;
  }
  return reinterpret_cast<AsyncGroup *>(create_or_report(
      [size] { return medi::async::create_group(size); }, "an async group", CALLER));
}

int64_t mlirAsyncRuntimeAddTokenToGroup(AsyncToken *token, AsyncGroup *group) {
  AsyncObject *token_object =
      live(token, {Kind::Token}, "mlirAsyncRuntimeAddTokenToGroup", medi::op::async_group, CALLER);
  AsyncObject *group_object =
      live(group, {Kind::Group}, "mlirAsyncRuntimeAddTokenToGroup", medi::op::async_group, CALLER);
  if (!token_object || !group_object)
    return -1;
  const int64_t rank = medi::async::add_to_group(token_object, group_object);
  if (rank < 0)
    report("mlirAsyncRuntimeAddTokenToGroup: the group already holds its " +
               std::to_string(group_object->group_size) + " tokens; the token is not added",
           medi::op::async_group, CALLER);
  return rank;
}

void mlirAsyncRuntimeEmplaceToken(AsyncToken *token) {
  complete_or_report(token, Kind::Token, State::Available, "mlirAsyncRuntimeEmplaceToken", CALLER);
}

void mlirAsyncRuntimeEmplaceValue(AsyncValue *value) {
  complete_or_report(value, Kind::Value, State::Available, "mlirAsyncRuntimeEmplaceValue", CALLER);
}

void mlirAsyncRuntimeSetTokenError(AsyncToken *token) {
  complete_or_report(token, Kind::Token, State::Error, "mlirAsyncRuntimeSetTokenError", CALLER);
}

void mlirAsyncRuntimeSetValueError(AsyncValue *value) {
  complete_or_report(value, Kind::Value, State::Error, "mlirAsyncRuntimeSetValueError", CALLER);
}

bool mlirAsyncRuntimeIsTokenError(AsyncToken *token) {
  AsyncObject *object =
      live(token, {Kind::Token}, "mlirAsyncRuntimeIsTokenError", medi::op::async_use, CALLER);
  return !object || object->is_error();
}

bool mlirAsyncRuntimeIsValueError(AsyncValue *value) {
  AsyncObject *object =
      live(value, {Kind::Value}, "mlirAsyncRuntimeIsValueError", medi::op::async_use, CALLER);
  return !object || object->is_error();
}

bool mlirAsyncRuntimeIsGroupError(AsyncGroup *group) {
  AsyncObject *object =
      live(group, {Kind::Group}, "mlirAsyncRuntimeIsGroupError", medi::op::async_use, CALLER);
  return !object || object->is_error();
}

void mlirAsyncRuntimeAwaitToken(AsyncToken *token) {
  if (AsyncObject *object =
          live(token, {Kind::Token}, "mlirAsyncRuntimeAwaitToken", medi::op::async_await, CALLER))
    medi::async::await_ready(object);
}

void mlirAsyncRuntimeAwaitValue(AsyncValue *value) {
  if (AsyncObject *object =
          live(value, {Kind::Value}, "mlirAsyncRuntimeAwaitValue", medi::op::async_await, CALLER))
    medi::async::await_ready(object);
}

void mlirAsyncRuntimeAwaitAllInGroup(AsyncGroup *group) {
  if (AsyncObject *object = live(group, {Kind::Group}, "mlirAsyncRuntimeAwaitAllInGroup",
                                 medi::op::async_await, CALLER))
    medi::async::await_ready(object);
}

ValueStorage mlirAsyncRuntimeGetValueStorage(AsyncValue *value) {
  AsyncObject *object =
      live(value, {Kind::Value}, "mlirAsyncRuntimeGetValueStorage", medi::op::async_use, CALLER);
  return object ? object->storage : nullptr;
}

void mlirAsyncRuntimeExecute(CoroHandle handle, CoroResume resume) {
  if (!resume) {
    report("mlirAsyncRuntimeExecute was given no resume function; nothing will run",
           medi::op::async_execute, CALLER);
    return;
  }
  if (medi::async::execute(handle, resume))
    return;
  report("mlirAsyncRuntimeExecute: no memory for a task; running it on the caller",
         medi::op::async_execute, CALLER);
  resume_now(handle, resume);
}

void mlirAsyncRuntimeAwaitTokenAndExecute(AsyncToken *token, CoroHandle handle, CoroResume resume) {
  await_and_execute(token, Kind::Token, handle, resume, "mlirAsyncRuntimeAwaitTokenAndExecute",
                    CALLER);
}

void mlirAsyncRuntimeAwaitValueAndExecute(AsyncValue *value, CoroHandle handle, CoroResume resume) {
  await_and_execute(value, Kind::Value, handle, resume, "mlirAsyncRuntimeAwaitValueAndExecute",
                    CALLER);
}

void mlirAsyncRuntimeAwaitAllInGroupAndExecute(AsyncGroup *group, CoroHandle handle,
                                               CoroResume resume) {
  await_and_execute(group, Kind::Group, handle, resume, "mlirAsyncRuntimeAwaitAllInGroupAndExecute",
                    CALLER);
}

int64_t mlirAsyncRuntimGetNumWorkerThreads() {
  return medi::async::worker_threads();
}

// As LLVM's prints std::this_thread::get_id() with libstdc++: the pthread_t as a number. One
// locked write to C stdout, so lines keep their order with the program's other printing.
void mlirAsyncRuntimePrintCurrentThreadId() {
  std::printf("Current thread id: %lu\n", static_cast<unsigned long>(pthread_self()));
  std::fflush(stdout);
}

} // extern "C"
