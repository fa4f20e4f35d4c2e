// async_abi_test.cpp: MLIR's async runtime ABI (libmedi_async_runtime) called directly, as code
// lowered by convert-async-to-llvm calls it: reference counts, groups and their errors, values,
// continuations, awaits from tasks and threads at once, and misuse reported with async.* tags.
#include "../error/report_recorder.h"
#include "async/async_object.h"
#include "medi/task.h"
#include "mlir/ExecutionEngine/AsyncRuntime.h"
#include "sched/task_state.h"

#include <atomic>
#include <cstring>
#include <gtest/gtest.h>
#include <thread>
#include <vector>

namespace medi::test {
namespace {

using namespace mlir::runtime;

/// A "coroutine": resuming it runs `body` with the handle.
struct Resumable {
  std::function<void()> body;
  static void resume(void *handle) { static_cast<Resumable *>(handle)->body(); }
};

class AsyncAbiTest : public RecordingTest {};

TEST_F(AsyncAbiTest, ATokenLivesUntilItsOwnerAndItsEmplaceHaveDroppedIt) {
  const std::int64_t before = async::live_objects();
  AsyncToken *token = mlirAsyncRuntimeCreateToken();
  ASSERT_NE(token, nullptr);
  EXPECT_EQ(async::live_objects(), before + 1);
  mlirAsyncRuntimeAddRef(token, 3);
  mlirAsyncRuntimeDropRef(token, 3);
  mlirAsyncRuntimeEmplaceToken(token); // drops the reference creation set aside for it
  EXPECT_EQ(async::live_objects(), before + 1);
  EXPECT_FALSE(mlirAsyncRuntimeIsTokenError(token));
  mlirAsyncRuntimeDropRef(token, 1); // the owner's
  EXPECT_EQ(async::live_objects(), before);
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_F(AsyncAbiTest, ADroppedOwnerLeavesTheTokenToItsEmplace) {
  const std::int64_t before = async::live_objects();
  AsyncToken *token = mlirAsyncRuntimeCreateToken();
  mlirAsyncRuntimeDropRef(token, 1);
  EXPECT_EQ(async::live_objects(), before + 1);
  mlirAsyncRuntimeSetTokenError(token);
  EXPECT_EQ(async::live_objects(), before);
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_F(AsyncAbiTest, ValuesHoldTheirBytesSmallAndLargeAlignedFor16) {
  for (std::int64_t size : {1, 8, 48, 49, 4096}) {
    AsyncValue *value = mlirAsyncRuntimeCreateValue(size);
    ValueStorage storage = mlirAsyncRuntimeGetValueStorage(value);
    ASSERT_NE(storage, nullptr);
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(storage) % 16, 0u) << size;
    std::memset(storage, 0x5a, static_cast<std::size_t>(size));
    mlirAsyncRuntimeEmplaceValue(value);
    mlirAsyncRuntimeAwaitValue(value);
    EXPECT_FALSE(mlirAsyncRuntimeIsValueError(value));
    EXPECT_EQ(static_cast<unsigned char>(mlirAsyncRuntimeGetValueStorage(value)[size - 1]), 0x5a);
    mlirAsyncRuntimeDropRef(value, 1);
  }
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_F(AsyncAbiTest, GroupsRankTheirTokensAndCountErrors) {
  AsyncGroup *group = mlirAsyncRuntimeCreateGroup(4);
  std::vector<AsyncToken *> tokens;
  for (int i = 0; i < 4; ++i)
    tokens.push_back(mlirAsyncRuntimeCreateToken());
  mlirAsyncRuntimeEmplaceToken(tokens[0]); // ready before it is added
  for (int i = 0; i < 4; ++i)
    EXPECT_EQ(mlirAsyncRuntimeAddTokenToGroup(tokens[i], group), i);
  EXPECT_FALSE(mlirAsyncRuntimeIsGroupError(group));
  mlirAsyncRuntimeSetTokenError(tokens[2]);
  mlirAsyncRuntimeEmplaceToken(tokens[1]);
  mlirAsyncRuntimeEmplaceToken(tokens[3]);
  mlirAsyncRuntimeAwaitAllInGroup(group);
  EXPECT_TRUE(mlirAsyncRuntimeIsGroupError(group));
  for (AsyncToken *token : tokens)
    mlirAsyncRuntimeDropRef(token, 1);
  mlirAsyncRuntimeDropRef(group, 1);
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_F(AsyncAbiTest, AnEmptyGroupIsReadyAtOnce) {
  AsyncGroup *group = mlirAsyncRuntimeCreateGroup(0);
  mlirAsyncRuntimeAwaitAllInGroup(group);
  EXPECT_FALSE(mlirAsyncRuntimeIsGroupError(group));
  mlirAsyncRuntimeDropRef(group, 1);
}

TEST_F(AsyncAbiTest, ContinuationsRunOnceInOrderOnTheEmplacingSide) {
  AsyncToken *token = mlirAsyncRuntimeCreateToken();
  std::vector<int> order;
  std::vector<Resumable> resumables;
  resumables.reserve(5);
  for (int i = 0; i < 5; ++i) {
    resumables.push_back({[&order, i] { order.push_back(i); }});
    mlirAsyncRuntimeAwaitTokenAndExecute(token, &resumables.back(), &Resumable::resume);
  }
  EXPECT_TRUE(order.empty());
  mlirAsyncRuntimeEmplaceToken(token);
  EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3, 4}));
  // Ready already: it runs at once.
  Resumable late{[&order] { order.push_back(5); }};
  mlirAsyncRuntimeAwaitTokenAndExecute(token, &late, &Resumable::resume);
  EXPECT_EQ(order.size(), 6u);
  mlirAsyncRuntimeDropRef(token, 1);
}

// A chain of awaits on ready tokens, each resuming the next from inside the last, is far deeper
// than a stack could hold if each resumed on it: past the inline bound they become tasks.
TEST_F(AsyncAbiTest, ChainsOfReadyAwaitsDoNotGrowTheStackWithoutBound) {
  AsyncToken *ready = mlirAsyncRuntimeCreateToken();
  mlirAsyncRuntimeEmplaceToken(ready);
  constexpr int kLinks = 200000;
  std::atomic<int> links{0};
  AsyncToken *done = mlirAsyncRuntimeCreateToken();
  Resumable step;
  step.body = [&] {
    if (links.fetch_add(1) + 1 == kLinks)
      mlirAsyncRuntimeEmplaceToken(done);
    else
      mlirAsyncRuntimeAwaitTokenAndExecute(ready, &step, &Resumable::resume);
  };
  mlirAsyncRuntimeExecute(&step, &Resumable::resume);
  mlirAsyncRuntimeAwaitToken(done);
  EXPECT_EQ(links.load(), kLinks);
  mlirAsyncRuntimeDropRef(ready, 1);
  mlirAsyncRuntimeDropRef(done, 1);
}

TEST_F(AsyncAbiTest, ExecuteRunsOnAWorkerTask) {
  AsyncToken *done = mlirAsyncRuntimeCreateToken();
  std::atomic<bool> in_task{false};
  Resumable body{[&] {
    in_task = detail::current_task() != nullptr;
    mlirAsyncRuntimeEmplaceToken(done);
  }};
  mlirAsyncRuntimeExecute(&body, &Resumable::resume);
  mlirAsyncRuntimeAwaitToken(done);
  EXPECT_TRUE(in_task.load());
  EXPECT_GE(mlirAsyncRuntimGetNumWorkerThreads(), 1);
  mlirAsyncRuntimeDropRef(done, 1);
}

// Many more tasks than workers block in AwaitToken until main emplaces their tokens: each
// blocked await parks its task, so all of them get to wait at once; if an await blocked its
// worker, at most one per worker could, and the count below would never be reached.
TEST_F(AsyncAbiTest, BlockingAwaitsInTasksParkRatherThanHoldWorkers) {
  constexpr int kTasks = 64;
  std::vector<AsyncToken *> gates(kTasks);
  for (AsyncToken *&gate : gates)
    gate = mlirAsyncRuntimeCreateToken();
  std::atomic<int> waiting{0}, finished{0};
  std::vector<Task<void>> tasks;
  for (int i = 0; i < kTasks; ++i)
    tasks.push_back(spawn_task([&, i] {
      waiting.fetch_add(1);
      mlirAsyncRuntimeAwaitToken(gates[i]);
      finished.fetch_add(1);
    }));
  while (waiting.load() < kTasks)
    std::this_thread::yield();
  EXPECT_EQ(finished.load(), 0);
  for (AsyncToken *gate : gates)
    mlirAsyncRuntimeEmplaceToken(gate);
  for (Task<void> &task : tasks)
    ASSERT_TRUE(task.join().has_value());
  EXPECT_EQ(finished.load(), kTasks);
  for (AsyncToken *gate : gates)
    mlirAsyncRuntimeDropRef(gate, 1);
}

// Tokens emplaced from plain threads while tasks, threads and continuations wait on them: every
// waiter is released exactly once, and every object goes when its references do.
TEST_F(AsyncAbiTest, ConcurrentEmplaceAndAwaitFromTasksAndThreads) {
  const std::int64_t before = async::live_objects();
  constexpr int kTokens = 2000;
  std::vector<AsyncToken *> tokens(kTokens);
  for (AsyncToken *&token : tokens) {
    token = mlirAsyncRuntimeCreateToken();
    mlirAsyncRuntimeAddRef(token, 2); // one for the awaiting task, one for the awaiting thread
  }
  AsyncGroup *group = mlirAsyncRuntimeCreateGroup(kTokens);
  for (AsyncToken *token : tokens)
    mlirAsyncRuntimeAddTokenToGroup(token, group);

  std::atomic<int> resumed{0}, task_awaits{0}, thread_awaits{0};
  std::vector<Resumable> continuations(kTokens, Resumable{[&] { resumed.fetch_add(1); }});
  for (int i = 0; i < kTokens; ++i)
    mlirAsyncRuntimeAwaitTokenAndExecute(tokens[i], &continuations[i], &Resumable::resume);

  Task<void> awaiter = spawn_task([&] {
    for (AsyncToken *token : tokens) {
      mlirAsyncRuntimeAwaitToken(token);
      task_awaits.fetch_add(1);
      mlirAsyncRuntimeDropRef(token, 1);
    }
  });
  std::thread thread_awaiter([&] {
    for (int i = kTokens - 1; i >= 0; --i) {
      mlirAsyncRuntimeAwaitToken(tokens[i]);
      thread_awaits.fetch_add(1);
      mlirAsyncRuntimeDropRef(tokens[i], 1);
    }
  });
  std::vector<std::thread> emplacers;
  for (int t = 0; t < 4; ++t)
    emplacers.emplace_back([&, t] {
      for (int i = t; i < kTokens; i += 4) {
        if (i % 7 == 0)
          mlirAsyncRuntimeSetTokenError(tokens[i]);
        else
          mlirAsyncRuntimeEmplaceToken(tokens[i]);
      }
    });
  mlirAsyncRuntimeAwaitAllInGroup(group);
  EXPECT_TRUE(mlirAsyncRuntimeIsGroupError(group));
  for (std::thread &emplacer : emplacers)
    emplacer.join();
  thread_awaiter.join();
  ASSERT_TRUE(awaiter.join().has_value());
  EXPECT_EQ(resumed.load(), kTokens);
  EXPECT_EQ(task_awaits.load(), kTokens);
  EXPECT_EQ(thread_awaits.load(), kTokens);
  for (AsyncToken *token : tokens)
    mlirAsyncRuntimeDropRef(token, 1);
  mlirAsyncRuntimeDropRef(group, 1);
  EXPECT_EQ(async::live_objects(), before);
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_F(AsyncAbiTest, MisuseIsReportedWithAsyncOpTagsAndChangesNothing) {
  AsyncToken *token = mlirAsyncRuntimeCreateToken();
  mlirAsyncRuntimeEmplaceToken(token);
  mlirAsyncRuntimeEmplaceToken(token); // twice
  mlirAsyncRuntimeSetTokenError(token);
  EXPECT_FALSE(mlirAsyncRuntimeIsTokenError(token));
  mlirAsyncRuntimeDropRef(token, 5); // below zero: refused
  mlirAsyncRuntimeAddRef(token, -1);
  EXPECT_FALSE(mlirAsyncRuntimeIsTokenError(token)); // still alive
  mlirAsyncRuntimeDropRef(token, 1);                 // destroyed now
  mlirAsyncRuntimeAwaitToken(token);                 // returns at once
  EXPECT_TRUE(mlirAsyncRuntimeIsTokenError(token));
  std::atomic<int> resumed{0};
  Resumable after{[&] { resumed.fetch_add(1); }};
  mlirAsyncRuntimeAwaitTokenAndExecute(token, &after, &Resumable::resume); // resumes at once
  EXPECT_EQ(resumed.load(), 1);
  AsyncGroup *group = mlirAsyncRuntimeCreateGroup(1);
  AsyncToken *a = mlirAsyncRuntimeCreateToken(), *b = mlirAsyncRuntimeCreateToken();
  EXPECT_EQ(mlirAsyncRuntimeAddTokenToGroup(a, group), 0);
  EXPECT_EQ(mlirAsyncRuntimeAddTokenToGroup(b, group), -1);      // the group is full
  EXPECT_EQ(mlirAsyncRuntimeAddTokenToGroup(b, nullptr), -1);    // no group
  mlirAsyncRuntimeAwaitValue(reinterpret_cast<AsyncValue *>(a)); // a token, not a value
  EXPECT_EQ(mlirAsyncRuntimeCreateValue(-1), nullptr);
  mlirAsyncRuntimeExecute(nullptr, nullptr);

  const std::vector<std::string> expected{"async.emplace", "async.emplace", "async.drop_ref",
                                          "async.add_ref", "async.await",   "async.use",
                                          "async.await",   "async.group",   "async.group",
                                          "async.await",   "async.create",  "async.execute"};
  const auto reports = recorder.reports();
  ASSERT_EQ(reports.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i)
    EXPECT_EQ(reports[i].op, expected[i]) << i << ": " << reports[i].error.to_string();
  EXPECT_NE(reports[2].error.to_string().find("would take the token's reference count from 1"),
            std::string::npos)
      << reports[2].error.to_string();
  EXPECT_NE(reports[4].error.to_string().find("a destroyed object"), std::string::npos);

  mlirAsyncRuntimeEmplaceToken(a);
  mlirAsyncRuntimeEmplaceToken(b);
  mlirAsyncRuntimeAwaitAllInGroup(group);
  for (void *object : {static_cast<void *>(a), static_cast<void *>(b), static_cast<void *>(group)})
    mlirAsyncRuntimeDropRef(object, 1);
}

} // namespace
} // namespace medi::test
