// handle_table_test.cpp: handles are found only while live and only as their own kind; a
// dropped handle stays dead when its slot is reused; handles in every growing chunk are distinct;
// forged values are never found; issue and take race safely; a borrowed handle is held.
#include "abi/handle_table.h"

#include <atomic>
#include <cstdint>
#include <gtest/gtest.h>
#include <random>
#include <thread>
#include <vector>

namespace medi::abi {
namespace {

TEST(HandleTableTest, AHandleIsFoundAsItsKindUntilTaken) {
  HandleTable &table = HandleTable::instance();
  int object = 0;
  void *handle = table.issue(HandleKind::Region, &object);
  ASSERT_NE(handle, nullptr);
  EXPECT_EQ(table.find(handle, HandleKind::Region), &object);
  EXPECT_EQ(table.find(handle, HandleKind::Pool), nullptr);
  EXPECT_EQ(table.take(handle, HandleKind::Pool), nullptr); // the wrong kind takes nothing
  EXPECT_EQ(table.take(handle, HandleKind::Region), &object);
  EXPECT_EQ(table.find(handle, HandleKind::Region), nullptr);
  EXPECT_EQ(table.take(handle, HandleKind::Region), nullptr);
}

// A borrowed handle (a join in progress) can be neither found, taken nor borrowed again until
// it is given back; taking it as borrowed kills it.
TEST(HandleTableTest, ABorrowedHandleIsHeldUntilGivenBackOrTaken) {
  HandleTable &table = HandleTable::instance();
  int object = 0;
  void *handle = table.issue(HandleKind::Task, &object);
  EXPECT_EQ(table.borrow(handle, HandleKind::Group), nullptr);
  EXPECT_EQ(table.borrow(handle, HandleKind::Task), &object);
  EXPECT_EQ(table.find(handle, HandleKind::Task), nullptr);
  EXPECT_EQ(table.take(handle, HandleKind::Task), nullptr);
  EXPECT_EQ(table.borrow(handle, HandleKind::Task), nullptr);
  table.give_back(handle, HandleKind::Task);
  EXPECT_EQ(table.find(handle, HandleKind::Task), &object);
  EXPECT_EQ(table.borrow(handle, HandleKind::Task), &object);
  table.take_borrowed(handle, HandleKind::Task);
  EXPECT_EQ(table.find(handle, HandleKind::Task), nullptr);
  EXPECT_EQ(table.borrow(handle, HandleKind::Task), nullptr);
  void *reused = table.issue(HandleKind::Task, &object); // the slot went back to the free list
  EXPECT_NE(reused, handle);
  EXPECT_EQ(table.take(reused, HandleKind::Task), &object);
}

TEST(HandleTableTest, AReusedSlotDoesNotReviveItsOldHandle) {
  HandleTable &table = HandleTable::instance();
  int first = 1;
  int second = 2;
  void *old_handle = table.issue(HandleKind::Task, &first);
  ASSERT_EQ(table.take(old_handle, HandleKind::Task), &first);
  void *new_handle = table.issue(HandleKind::Task, &second); // most likely the same slot
  EXPECT_NE(new_handle, old_handle);
  EXPECT_EQ(table.find(old_handle, HandleKind::Task), nullptr);
  EXPECT_EQ(table.find(new_handle, HandleKind::Task), &second);
  table.take(new_handle, HandleKind::Task);
}

TEST(HandleTableTest, HandlesAcrossGrowingChunksAreEachTheirOwn) {
  // 64 + 128 + ... slots: 20,000 live handles span the first nine chunks and their boundaries.
  HandleTable &table = HandleTable::instance();
  std::vector<int> objects(20'000);
  std::vector<void *> handles;
  for (int &object : objects) {
    handles.push_back(table.issue(HandleKind::Receiver, &object));
    ASSERT_NE(handles.back(), nullptr);
  }
  for (std::size_t i = 0; i < objects.size(); ++i)
    ASSERT_EQ(table.find(handles[i], HandleKind::Receiver), &objects[i]) << "handle " << i;
  for (std::size_t i = 0; i < objects.size(); ++i)
    ASSERT_EQ(table.take(handles[i], HandleKind::Receiver), &objects[i]) << "handle " << i;
}

TEST(HandleTableTest, ForgedValuesAreNeverFound) {
  HandleTable &table = HandleTable::instance();
  std::mt19937_64 random(42);
  for (int i = 0; i < 100'000; ++i) {
    const auto value = reinterpret_cast<void *>(static_cast<std::uintptr_t>(random()));
    for (HandleKind kind : {HandleKind::Task, HandleKind::Sender, HandleKind::Receiver,
                            HandleKind::Region, HandleKind::Pool})
      ASSERT_EQ(table.find(value, kind), nullptr);
  }
  EXPECT_EQ(table.find(nullptr, HandleKind::Task), nullptr);
}

TEST(HandleTableTest, RacingTakesOfOneHandleHaveOneWinner) {
  HandleTable &table = HandleTable::instance();
  int object = 0;
  for (int round = 0; round < 2'000; ++round) {
    void *handle = table.issue(HandleKind::Sender, &object);
    std::atomic<int> winners{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 3; ++t)
      threads.emplace_back([&] {
        if (table.take(handle, HandleKind::Sender))
          winners.fetch_add(1);
      });
    for (std::thread &thread : threads)
      thread.join();
    ASSERT_EQ(winners.load(), 1);
  }
}

TEST(HandleTableTest, ManyThreadsIssueAndTakeTheirOwn) {
  HandleTable &table = HandleTable::instance();
  std::vector<std::thread> threads;
  std::atomic<int> mismatches{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      std::vector<std::pair<void *, std::uintptr_t>> mine;
      for (int round = 0; round < 20; ++round) {
        for (std::uintptr_t i = 1; i <= 1'000; ++i) {
          auto *object = reinterpret_cast<void *>(i * 16 + static_cast<std::uintptr_t>(t));
          mine.emplace_back(table.issue(HandleKind::Pool, object), i * 16 + t);
        }
        for (auto [handle, expected] : mine)
          if (table.take(handle, HandleKind::Pool) != reinterpret_cast<void *>(expected))
            mismatches.fetch_add(1);
        mine.clear();
      }
    });
  for (std::thread &thread : threads)
    thread.join();
  EXPECT_EQ(mismatches.load(), 0);
}

} // namespace
} // namespace medi::abi
