// trace_test.cpp: execution tracing (medi/trace.h; runtime/trace/): the events a spawn, park,
// wake and finish record, in order per thread, with their sites and task ids; a full buffer
// dropping its oldest events and counting them; a trace started and stopped twice in one
// process; many threads recording while a reader copies their buffers.
#include "../error/report_recorder.h"
#include "medi/channel.h"
#include "medi/scheduler.h"
#include "medi/task.h"
#include "medi/trace.h"
#include "trace/trace_event.h"
#include "trace/trace_points.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <gtest/gtest.h>
#include <source_location>
#include <sstream>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace medi::detail::trace {
namespace {

using namespace std::chrono_literals;

std::string temp_path(const char *name) {
  return (std::ostringstream() << ::testing::TempDir() << "medi_trace_" << ::getpid() << '_' << name
                               << ".json")
      .str();
}

std::string read_file(const std::string &path) {
  std::ifstream file(path);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

// Stops a trace a failed assertion left running, so later tests start clean.
class TraceTest : public test::RecordingTest {
protected:
  void TearDown() override {
    medi::trace::stop();
    test::RecordingTest::TearDown();
  }
};

const Track *track_named(const std::vector<Track> &tracks, std::string_view name) {
  for (const Track &track : tracks)
    if (track.name == name)
      return &track;
  return nullptr;
}

std::vector<const Event *> events_of(const Track &track, std::uint64_t task) {
  std::vector<const Event *> out;
  for (const Event &event : track.events)
    if (event.task == task || (event.kind == EventKind::Spawn && event.other == task) ||
        (event.kind == EventKind::Wake && event.other == task))
      out.push_back(&event);
  return out;
}

TEST_F(TraceTest, SpawnParkWakeFinishAreRecordedInOrderWithTheirSites) {
  const std::string path = temp_path("sequence");
  ASSERT_TRUE(medi::trace::start(path));
  std::uint32_t recv_line = 0, spawn_line = 0;
  std::uint64_t task_id = 0;
  {
    Scheduler scheduler(1);
    auto [sender, receiver] = create_bounded_channel<int>(1);
    recv_line = std::source_location::current().line() + 3;
    spawn_line = std::source_location::current().line() + 1;
    auto task = scheduler.spawn_task(
        [rx = std::move(receiver)]() mutable { return rx.recv().value_or(-1); });
    task_id = task.id();
    // The trace itself says when it has parked.
    const auto parked = [&] {
      for (const Track &track : snapshot())
        for (const Event &event : track.events)
          if (event.kind == EventKind::Park && event.task == task_id)
            return true;
      return false;
    };
    const auto give_up = std::chrono::steady_clock::now() + 10s;
    while (!parked() && std::chrono::steady_clock::now() < give_up)
      std::this_thread::sleep_for(1ms);
    ASSERT_TRUE(sender.send(42).has_value());
    ASSERT_EQ(task.join(), 42);
  }
  const std::vector<Track> tracks = snapshot();
  ASSERT_TRUE(medi::trace::stop());

  // The main thread spawned it and woke it (sending); its worker ran it until it parked, and the
  // resumed run is the worker's or, when main's join found it queued on main's seat, main's.
  const Track *main_track = track_named(tracks, "main thread");
  const Track *worker = track_named(tracks, "worker 0");
  ASSERT_NE(main_track, nullptr);
  ASSERT_NE(worker, nullptr);
  const auto from_main = events_of(*main_track, task_id);
  ASSERT_GE(from_main.size(), 2u);
  EXPECT_EQ(from_main[0]->kind, EventKind::Spawn);
  EXPECT_EQ(from_main[0]->task, 0u) << "spawned from a plain thread";
  EXPECT_EQ(from_main[0]->site().context("").line, spawn_line);
  EXPECT_EQ(from_main[1]->kind, EventKind::Wake);
  EXPECT_EQ(from_main[1]->task, 0u) << "woken by a plain thread";

  // The worker may have stolen it from main's seat first (a Steal event): runs only.
  const auto is_run_event = [](const Event *event) { return event->kind != EventKind::Steal; };
  std::vector<const Event *> on_worker;
  std::ranges::copy_if(events_of(*worker, task_id), std::back_inserter(on_worker), is_run_event);
  std::vector<const Event *> runs = on_worker;
  runs.insert(runs.end(), from_main.begin() + 2, from_main.end());
  std::vector<EventKind> kinds;
  for (const Event *event : runs)
    kinds.push_back(event->kind);
  const std::vector<EventKind> expected{EventKind::RunBegin, EventKind::Park,   EventKind::RunEnd,
                                        EventKind::RunBegin, EventKind::Finish, EventKind::RunEnd};
  EXPECT_EQ(kinds, expected);
  ASSERT_EQ(runs.size(), expected.size());
  ASSERT_GE(on_worker.size(), 3u) << "the first run is the worker's";
  EXPECT_EQ(runs[0]->detail, 1) << "the first run is marked";
  EXPECT_EQ(runs[1]->op_text(), "xchan.recv");
  EXPECT_EQ(runs[1]->site().context("").line, recv_line);
  EXPECT_NE(runs[1]->other, 0u) << "the park names the channel";
  EXPECT_EQ(runs[2]->detail, static_cast<std::uint8_t>(RunEnd::Parked));
  EXPECT_EQ(runs[3]->detail, 0) << "a resumed run";
  EXPECT_EQ(runs[4]->detail, static_cast<std::uint8_t>(Finish::Ok));
  EXPECT_EQ(runs[5]->detail, static_cast<std::uint8_t>(RunEnd::Finished));
  // One clock: the wake comes after the park and before the second run.
  EXPECT_LE(runs[1]->time_ns, from_main[1]->time_ns);
  EXPECT_LE(from_main[1]->time_ns, runs[3]->time_ns);
  for (const Track &track : tracks)
    EXPECT_TRUE(std::ranges::is_sorted(track.events, {}, &Event::time_ns)) << track.name;

  const std::string json = read_file(path);
  EXPECT_NE(json.find("\"traceEvents\""), std::string::npos);
  EXPECT_NE(json.find("\"name\":\"xchan.recv\""), std::string::npos);
  EXPECT_NE(json.find("trace_test.cpp:" + std::to_string(recv_line)), std::string::npos);
  EXPECT_EQ(recorder.size(), 0u);
}

TEST_F(TraceTest, AFullBufferDropsItsOldestEventsAndCountsThem) {
  const std::string path = temp_path("overflow");
  ASSERT_TRUE(medi::trace::start(path, {.events_per_thread = 16}));
  std::thread recorder_thread([] {
    name_thread("overflow test");
    for (std::uint64_t i = 0; i < 100; ++i) {
      Event event;
      event.kind = EventKind::Select;
      event.value = i;
      event.set_op("test.op");
      append(event);
    }
  });
  recorder_thread.join();
  const std::vector<Track> tracks = snapshot();
  const Track *track = track_named(tracks, "overflow test");
  ASSERT_NE(track, nullptr);
  // At least the 16 asked for are kept (the ring has 32 slots, one kept free for the writer):
  // the newest ones, oldest first, and the rest are counted.
  ASSERT_GE(track->events.size(), 16u);
  ASSERT_LT(track->events.size(), 32u);
  EXPECT_EQ(track->dropped + track->events.size(), 100u);
  for (std::size_t i = 0; i < track->events.size(); ++i)
    EXPECT_EQ(track->events[i].value, track->dropped + i);
  const std::uint64_t dropped = track->dropped;
  EXPECT_GE(medi::trace::counts().dropped, dropped);
  ASSERT_TRUE(medi::trace::stop());
  const std::string json = read_file(path);
  EXPECT_NE(json.find("\"name\":\"events dropped\""), std::string::npos);
  EXPECT_NE(json.find("\"dropped\":" + std::to_string(dropped) + "}"), std::string::npos);
}

TEST_F(TraceTest, StartsAndStopsTwiceInOneProcess) {
  const std::string first = temp_path("first"), second = temp_path("second");
  std::uint64_t first_task = 0, second_task = 0;
  Scheduler scheduler(2);
  ASSERT_TRUE(medi::trace::start(first));
  EXPECT_TRUE(medi::trace::active());
  {
    auto task = scheduler.spawn_task([] { return 1; });
    first_task = task.id();
    task.join();
  }
  // A second start while the first records is refused and reported.
  EXPECT_FALSE(medi::trace::start(second));
  ASSERT_EQ(recorder.size(), 1u);
  EXPECT_EQ(recorder.reports()[0].op, "trace.start");
  ASSERT_TRUE(medi::trace::stop());
  EXPECT_FALSE(medi::trace::active());
  EXPECT_TRUE(medi::trace::stop()) << "stopping again is harmless";
  // Nothing is recorded between the two.
  scheduler.spawn_task([] { return 2; }).join();

  ASSERT_TRUE(medi::trace::start(second));
  {
    auto task = scheduler.spawn_task([] { return 3; });
    second_task = task.id();
    task.join();
  }
  ASSERT_TRUE(medi::trace::stop());

  const std::string one = read_file(first), two = read_file(second);
  const auto spawn_of = [](std::uint64_t id) {
    return "\"name\":\"spawn\",\"args\":{\"task\":" + std::to_string(id) + ",";
  };
  EXPECT_NE(one.find(spawn_of(first_task)), std::string::npos);
  EXPECT_EQ(one.find(spawn_of(second_task)), std::string::npos);
  EXPECT_NE(two.find(spawn_of(second_task)), std::string::npos);
  EXPECT_EQ(two.find(spawn_of(first_task)), std::string::npos) << "the first trace leaked";
  EXPECT_EQ(two.find(spawn_of(first_task + 1)), std::string::npos) << "recorded while stopped";
}

TEST_F(TraceTest, AFileThatCannotBeCreatedIsReported) {
  EXPECT_FALSE(medi::trace::start("/nonexistent-directory/trace.json"));
  ASSERT_EQ(recorder.size(), 1u);
  EXPECT_EQ(recorder.reports()[0].op, "trace.start");
  EXPECT_NE(recorder.reports()[0].error.to_string().find("/nonexistent-directory/trace.json"),
            std::string::npos);
  EXPECT_FALSE(medi::trace::active());
}

TEST_F(TraceTest, ManyThreadsRecordWhileAReaderCopiesTheirBuffers) {
  const std::string path = temp_path("threads");
  constexpr std::uint64_t kThreads = 8, kEvents = 20000;
  ASSERT_TRUE(medi::trace::start(path, {.events_per_thread = 1024}));
  std::atomic<bool> done{false};
  std::thread reader([&] {
    while (!done.load()) {
      for (const Track &track : snapshot()) {
        // Whatever a copy keeps is consistent: one thread's values, in order, no torn event.
        for (std::size_t i = 1; i < track.events.size(); ++i) {
          const Event &previous = track.events[i - 1], &event = track.events[i];
          if (event.kind != EventKind::Select || previous.kind != EventKind::Select)
            continue;
          ASSERT_EQ(event.other, previous.other) << "events of two threads in one track";
          ASSERT_EQ(event.value, previous.value + 1);
          ASSERT_LE(previous.time_ns, event.time_ns);
        }
      }
      ASSERT_TRUE(medi::trace::flush());
    }
  });
  std::vector<std::thread> writers;
  for (std::uint64_t t = 0; t < kThreads; ++t)
    writers.emplace_back([t] {
      name_thread("writer " + std::to_string(t));
      for (std::uint64_t i = 0; i < kEvents; ++i) {
        Event event;
        event.kind = EventKind::Select;
        event.other = t;
        event.value = i;
        append(event);
      }
    });
  for (std::thread &writer : writers)
    writer.join();
  done = true;
  reader.join();
  const std::vector<Track> tracks = snapshot();
  std::uint64_t kept = 0, dropped = 0;
  for (std::uint64_t t = 0; t < kThreads; ++t) {
    const Track *track = track_named(tracks, "writer " + std::to_string(t));
    ASSERT_NE(track, nullptr);
    ASSERT_GE(track->events.size(), 1024u);
    EXPECT_EQ(track->events.back().value, kEvents - 1);
    kept += track->events.size();
    dropped += track->dropped;
  }
  EXPECT_EQ(kept + dropped, kThreads * kEvents) << "every event is kept or counted";
  ASSERT_TRUE(medi::trace::stop());
}

TEST_F(TraceTest, NothingIsRecordedWhileStopped) {
  ASSERT_FALSE(medi::trace::active());
  EXPECT_FALSE(on());
  const std::uint64_t before = medi::trace::counts().recorded;
  Scheduler scheduler(1);
  scheduler.spawn_task([] { return 0; }).join();
  EXPECT_EQ(medi::trace::counts().recorded, before) << "recorded while stopped";
}

} // namespace
} // namespace medi::detail::trace
