// round.cpp: one round of MPI work (World::pump), run by whoever holds the baton: the progress
// thread, or a caller that sent a frame or is about to wait (World::poll), so that a request and
// its answer need no hand-off between threads.
//
// A round sends the frames threads queue (MPI_Isend), completes sends and a barrier
// (MPI_Testsome), hands the frames of the messages that arrived in the receives posted ahead
// (MPI_Test, oldest first) to the handlers in the order MPI matched them, posts those receives
// again after the next round's sends, and runs barriers (MPI_Ibarrier).
// A large body, sent as a message of its own, is received when its frame is (MPI_Mprobe +
// MPI_Mrecv) straight into a buffer of its size. A small value sent from a program thread when
// nothing else is queued skips the queue and the round's lists: its send builds the message and
// calls MPI_Isend itself (send_now), then completes sends as a Send round does.
#include "dist/buffer_pool.h"
#include "dist/spare_buffers.h"
#include "dist/transport.h"
#include "dist/world.h"
#include "medi/detail/channel/backoff.h"

#include <algorithm>
#include <cstring>
#include <mpi.h>

namespace medi::dist::detail {
namespace {

// A thread polling for an answer tests the oldest posted receive up to this many times in a row
// in one round, each test a pass through MPI's progress engine, unless frames are queued
// meanwhile. Between two rounds come the rest of the round and the poll's own checks (its
// channel's buffer, the clock): an answer arriving then is found that much later, half their
// length on average.
constexpr int kTestsPerPolledRound = 16;
// Between two of those tests, a spin-wait hint (PAUSE on x86), as Intel's optimization manual
// advises for spin-wait loops: without it the core runs far ahead through the loop's reads of
// the shared-memory queue the peer writes to, and all of them are squashed (a memory-order
// machine clear) when the awaited message lands, which delays the very answer being waited for.
constexpr int kPausesBetweenTests = 2;

// The byte count of a message received, or matched by MPI_Mprobe, with `status`.
std::size_t message_bytes(const MPI_Status &status) {
  int count = 0;
  MPI_Get_count(&status, MPI_BYTE, &count);
  return static_cast<std::size_t>(count);
}

// Receives the `message` MPI_Mprobe matched into `bytes`, which is as large as it.
void receive_into(World &world, Bytes &bytes, MPI_Message &message) {
  if (const int rc = MPI_Mrecv(bytes.data(), static_cast<int>(bytes.size()), MPI_BYTE, &message,
                               MPI_STATUS_IGNORE);
      rc != MPI_SUCCESS)
    world.fail("MPI_Mrecv", rc);
}

} // namespace

std::unique_lock<Baton> World::take_baton() {
  // Never in a task: the handlers a round runs hold `mutex` while they wake tasks, and a task's
  // worker must not be suspended with a thread's mutex held. A task's frames wait for the
  // progress thread (posting one wakes it).
  if (!distributed_ || medi::this_task::id() != 0)
    return {};
  return std::unique_lock(baton_, std::try_to_lock);
}

bool World::pump_held(Round round) {
  return !transport_->finished && pump(round);
}

bool World::progress(Round round) {
  std::unique_lock baton = take_baton();
  return baton && pump_held(round);
}

void World::flush(std::unique_lock<WorldMutex> &lock) {
  // Tried, never waited for, with the mutex held: a round holding the baton may be waiting for
  // the mutex.
  if (std::unique_lock baton = take_baton(); baton && !transport_->finished) {
    pump(Round::Send, &lock);
    return;
  }
  lock.unlock();
  // A task, or another thread drives MPI (and may have taken its frames before this one's were
  // queued): the progress thread sends them. Its check for queued frames and its wait are made
  // under `mutex`, under which they were queued, so this wake-up is not lost.
  if (distributed_)
    wake_.notify_one();
}

bool World::send_now(int dest, const FrameHeader &header, Bytes &body,
                     std::unique_lock<WorldMutex> &lock) {
  // Frames queued before it leave first, in a round of their own; a credit for `dest` queued
  // lazily (the one for the value just received, in a ping-pong) rides in its header instead.
  if (!distributed_ || stopped_ || data_frame_hook || body.size() >= kSeparateBodyBytes ||
      outbox_.size() > 1)
    return false;
  std::unique_lock baton = take_baton();
  if (!baton || transport_->finished)
    return false;
  std::uint64_t value = header.value;
  if (!outbox_.empty()) {
    const Outgoing &queued = outbox_.front();
    if (queued.dest != dest || queued.header.kind != FrameKind::Credit || value != 0)
      return false;
    value = riding_value(queued.header);
    if (value == 0)
      return false;
    outbox_.clear();
    queued_.store(!barriers_.empty() || stopping_, std::memory_order_relaxed);
    // Only the baton's holder writes it.
    credits_ridden.store(credits_ridden.load(std::memory_order_relaxed) + 1,
                         std::memory_order_relaxed);
  }
  Bytes message = spare_buffers().take_for_message();
  append_frame(message, header, value, body);
  spare_buffers().give(std::move(body));
  lock.unlock();
  Transport &transport = *transport_;
  isend(dest, kFrameTag, std::move(message), {});
  transport.start_applied(*this);
  bool barrier_completed = false; // a Send round leaves the barrier to the next full round
  complete_sends(Round::Send, barrier_completed);
  sends_in_flight_.store(transport.sends.size(), std::memory_order_relaxed);
  // As a Send round, it leaves busy_rounds alone: the progress thread keeps polling for rounds
  // that received or completed something, not for a program thread's sends. Only the baton's
  // holder writes it.
  frames_sent_at_once.store(frames_sent_at_once.load(std::memory_order_relaxed) + 1,
                            std::memory_order_relaxed);
  return true;
}

bool World::take_queued(Round round) {
  Transport &transport = *transport_;
  std::vector<Outgoing> &outgoing = transport.outgoing;
  bool start_barrier = false;
  outgoing.swap(outbox_);
  if (data_frame_hook)
    outgoing = through_hook(std::move(outgoing));
  if (round == Round::Send) {
    // Barriers wait for a full round.
  } else if (!transport.barrier_active && !barriers_.empty()) {
    transport.barrier_waiter = std::move(barriers_.front());
    barriers_.pop_front();
    start_barrier = true;
  } else if (stopping_ && !transport.barrier_active && !transport.final_barrier &&
             outgoing.empty() && transport.sends.empty()) {
    transport.final_barrier = true;
    start_barrier = true;
  }
  queued_.store(!barriers_.empty() || stopping_, std::memory_order_relaxed);
  return start_barrier;
}

bool World::complete_sends(Round round, bool &barrier_completed) {
  Transport &transport = *transport_;
  bool worked = false;
  // Sends, and the barrier unless this is a Send round: one MPI_Testsome, which enters MPI's
  // progress engine only when none of them is complete. A small send is complete once MPI_Isend
  // returns; a large one needs this side's progress to finish, and its buffer is reused only then.
  auto &requests = transport.requests;
  requests.clear();
  for (const auto &send : transport.sends)
    requests.push_back(send.request);
  if (transport.barrier_active && round != Round::Send)
    requests.push_back(transport.barrier);
  if (!requests.empty()) {
    transport.done.resize(requests.size());
    int completed = 0;
    if (requests.size() == 1) {
      // The common case (a reply just sent): MPI_Test does the same for one request, for less.
      if (const int rc = MPI_Test(requests.data(), &completed, MPI_STATUS_IGNORE);
          rc != MPI_SUCCESS)
        fail("MPI_Test", rc);
      transport.done[0] = 0;
    } else if (const int rc = MPI_Testsome(static_cast<int>(requests.size()), requests.data(),
                                           &completed, transport.done.data(), MPI_STATUSES_IGNORE);
               rc != MPI_SUCCESS) {
      fail("MPI_Testsome", rc);
    }
    bool sends_completed = false;
    for (int i = 0; i < completed && completed != MPI_UNDEFINED; ++i) {
      const auto index = static_cast<std::size_t>(transport.done[static_cast<std::size_t>(i)]);
      if (index == transport.sends.size()) {
        barrier_completed = true;
        continue;
      }
      auto &send = transport.sends[index];
      send.request = MPI_REQUEST_NULL;
      // The buffer is back in its pool before its sender hears, so a sender's next buffer() can
      // be this one, still in the cache.
      spare_buffers().give(std::move(send.frame));
      send.sent = {};
      sends_completed = true;
    }
    if (sends_completed) {
      std::erase_if(transport.sends,
                    [](const Transport::Send &send) { return send.request == MPI_REQUEST_NULL; });
      worked = true;
    }
  }
  return worked;
}

void World::isend(int dest, int tag, Bytes &&bytes, medi::Sender<bool> &&sent) {
  Transport &transport = *transport_;
  transport.sends.push_back({MPI_REQUEST_NULL, std::move(bytes), std::move(sent)});
  auto &send = transport.sends.back(); // its buffer stays put when `sends` grows
  if (const int rc = MPI_Isend(send.frame.data(), static_cast<int>(send.frame.size()), MPI_BYTE,
                               dest, tag, transport.comm, &send.request);
      rc != MPI_SUCCESS)
    fail("MPI_Isend", rc);
}

bool World::pump(Round round, std::unique_lock<WorldMutex> *held) {
  Transport &transport = *transport_;
  bool worked = false;

  std::vector<Outgoing> &outgoing = transport.outgoing;
  bool start_barrier = false;
  if (held) {
    start_barrier = take_queued(round);
    held->unlock();
  } else if (queued_.load(std::memory_order_relaxed)) {
    // Nothing queued (frames, barriers, stopping): the round takes no lock. A frame queued just
    // after this look leaves in the next round; whoever queued it runs one or wakes the progress
    // thread (flush, post).
    std::lock_guard lock(mutex);
    start_barrier = take_queued(round);
  }
  // The frames for one rank go in as few messages as kMessageBytes allows; large bodies follow
  // as messages of their own, in the order of their frames.
  auto &messages = transport.messages;
  auto &bodies = transport.bodies;
  for (std::size_t i = 0; i < outgoing.size(); ++i) {
    Outgoing &out = outgoing[i];
    // A credit returned just before a value sent to the same rank (a ping-pong's reply) rides in
    // the value's header instead of a frame of its own.
    if (out.header.kind == FrameKind::Credit && i + 1 < outgoing.size() &&
        outgoing[i + 1].dest == out.dest && outgoing[i + 1].header.kind == FrameKind::Data &&
        ride_credit(outgoing[i + 1].header, out.header)) {
      // Only the baton's holder writes it.
      credits_ridden.store(credits_ridden.load(std::memory_order_relaxed) + 1,
                           std::memory_order_relaxed);
      continue;
    }
    auto it = std::find_if(messages.begin(), messages.end(),
                           [&](const auto &message) { return message.first == out.dest; });
    const bool separate = out.body.size() >= kSeparateBodyBytes;
    const std::size_t frame_bytes = sizeof(FrameHeader) + (separate ? 0 : out.body.size());
    if (it != messages.end() && it->second.size() + frame_bytes > kMessageBytes) {
      isend(out.dest, kFrameTag, std::exchange(it->second, spare_buffers().take_for_message()), {});
    }
    if (it == messages.end())
      it = messages.insert(messages.end(), {out.dest, spare_buffers().take_for_message()});
    if (separate) {
      FrameHeader header = out.header;
      header.flags |= kBodyFollows;
      append_frame(it->second, header);
      bodies.push_back({out.dest, std::move(out.body), std::move(out.sent)});
    } else {
      append_frame(it->second, out.header, out.body);
      spare_buffers().give(std::move(out.body));
    }
  }
  for (auto &[dest, message] : messages)
    isend(dest, kFrameTag, std::move(message), {});
  for (auto &body : bodies)
    isend(body.dest, kBodyTag, std::move(body.bytes), std::move(body.sent));
  if (!bodies.empty()) // only the baton's holder writes it
    transport.large_bodies.store(transport.large_bodies.load(std::memory_order_relaxed) +
                                     bodies.size(),
                                 std::memory_order_relaxed);
  worked = !outgoing.empty();
  outgoing.clear();
  messages.clear();
  bodies.clear();
  transport.start_applied(*this);

  bool barrier_completed = false;
  worked |= complete_sends(round, barrier_completed);
  if (round == Round::Send) {
    sends_in_flight_.store(transport.sends.size(), std::memory_order_relaxed);
    return worked;
  }

  // Messages, in the order MPI matched them: the oldest posted receive first, each posted again
  // (start_applied) once its frames are applied and the next round's sends have left. MPI_Test,
  // when the receive is not complete, drives MPI's progress engine and tests again, so a message
  // that arrives meanwhile is applied in this round (MPI_Testsome would leave it to the next).
  const std::uint64_t large_at_start = transport.large_bodies.load(std::memory_order_relaxed);
  while (transport.applied < kPostedReceives) {
    auto &posted = transport.posted[transport.oldest];
    int flag = 0;
    MPI_Status status;
    // A polled round with nothing else to do tests several times (see kTestsPerPolledRound);
    // with a send or a barrier in flight, each round tests that too, and sees it end the sooner.
    const bool nothing_in_flight = transport.sends.empty() && !transport.barrier_active;
    const int tests =
        round == Round::OneMessage && !worked && nothing_in_flight ? kTestsPerPolledRound : 1;
    for (int test = 0; test < tests && !flag; ++test) {
      if (test > 0 && queued_.load(std::memory_order_relaxed))
        break;
      if (test > 0)
        for (int pause = 0; pause < kPausesBetweenTests; ++pause)
          medi::detail::pause_cpu();
      if (const int rc = MPI_Test(&posted.request, &flag, &status); rc != MPI_SUCCESS)
        fail("MPI_Test", rc);
    }
    if (!flag)
      break;
    receive_message(status.MPI_SOURCE, std::span(posted.buffer).first(message_bytes(status)));
    ++transport.applied;
    transport.oldest = (transport.oldest + 1) % kPostedReceives;
    worked = true;
    // A large value ends the round as well: a program thread polling for the next one then gets
    // it in its own round, into the buffer it has just recycled, still in the cache. Received
    // here, behind this one, it would go into another pooled buffer, a cold one.
    if (round == Round::OneMessage ||
        transport.large_bodies.load(std::memory_order_relaxed) != large_at_start)
      break;
  }
  if (const std::uint64_t large =
          transport.large_bodies.load(std::memory_order_relaxed) - large_at_start;
      large > 0) { // only the baton's holder writes them
    large_values_received.store(large_values_received.load(std::memory_order_relaxed) + large,
                                std::memory_order_relaxed);
    large_value_rounds.store(large_value_rounds.load(std::memory_order_relaxed) + 1,
                             std::memory_order_relaxed);
  }

  if (start_barrier) {
    if (const int rc = MPI_Ibarrier(transport.comm, &transport.barrier); rc != MPI_SUCCESS)
      fail("MPI_Ibarrier", rc);
    transport.barrier_active = true;
    worked = true;
  } else if (barrier_completed) {
    transport.barrier = MPI_REQUEST_NULL;
    transport.barrier_active = false;
    worked = true;
    if (transport.final_barrier) {
      // Every rank has stopped: nothing more will be sent to this one. Finish our own sends.
      for (auto &send : transport.sends)
        MPI_Wait(&send.request, MPI_STATUS_IGNORE);
      transport.sends.clear();
      transport.finished = true;
    } else {
      (void)transport.barrier_waiter.try_send(true);
      transport.barrier_waiter = {};
    }
  }
  sends_in_flight_.store(transport.sends.size(), std::memory_order_relaxed);
  if (worked)
    transport.busy_rounds.store(transport.busy_rounds.load(std::memory_order_relaxed) + 1,
                                std::memory_order_relaxed); // only the baton's holder writes it
  return worked;
}

std::vector<World::Outgoing> World::through_hook(std::vector<Outgoing> outgoing) {
  std::vector<Outgoing> result;
  for (Outgoing &out : outgoing) {
    if (out.header.kind != FrameKind::Data) {
      result.push_back(std::move(out));
      continue;
    }
    for (Bytes &frame : data_frame_hook(make_frame(out.header, out.body))) {
      if (frame.size() < sizeof(FrameHeader))
        continue;
      FrameHeader header;
      std::memcpy(&header, frame.data(), sizeof header);
      frame.erase(frame.begin(), frame.begin() + sizeof header);
      result.push_back({out.dest, header, std::move(frame), {}});
    }
  }
  return result;
}

Bytes World::receive_body(int source) {
  Transport &transport = *transport_;
  MPI_Message follows;
  MPI_Status status;
  if (const int rc = MPI_Mprobe(source, kBodyTag, transport.comm, &follows, &status);
      rc != MPI_SUCCESS)
    fail("MPI_Mprobe", rc);
  Bytes body = BufferPool::get().take(message_bytes(status));
  receive_into(*this, body, follows);
  transport.large_bodies.store(transport.large_bodies.load(std::memory_order_relaxed) + 1,
                               std::memory_order_relaxed); // only the baton's holder writes it
  return body;
}

void World::receive_message(int source, std::span<const std::byte> message) {
  // The handlers run under one hold of the mutex, released only while a separate body is awaited.
  std::unique_lock lock(mutex, std::defer_lock);
  const auto copy_of = [](std::span<const std::byte> bytes) {
    Bytes copy = spare_buffers().take_for_value(bytes.size());
    std::memcpy(copy.data(), bytes.data(), bytes.size());
    return copy;
  };
  for (auto frame_found = frame_at(message, 0); frame_found;
       frame_found = frame_at(message, frame_found->next)) {
    const FrameAt &frame = *frame_found;
    // Its body, if it was sent as the next message on the body tag, is awaited without the mutex.
    const bool separate = frame.header.flags & kBodyFollows;
    if (separate && lock)
      lock.unlock();
    // Built in place, each branch a prvalue: moving a buffer just made would reload it whole
    // before the stores that made it have retired.
    Bytes body = separate ? receive_body(source)
                 : frame.header.length != 0
                     ? copy_of(message.subspan(frame.body_at, frame.header.length))
                     : Bytes();
    if (!lock)
      lock.lock();
    dispatch(source, frame.header, std::move(body));
  }
}

void World::dispatch(int source, const FrameHeader &header, Bytes &&frame) {
  const std::span<const std::byte> body(frame);
  switch (header.kind) {
  case FrameKind::Connect:
    return on_connect(*this, source, header, body);
  case FrameKind::Accept:
    return on_accept(*this, source, header, body);
  case FrameKind::Refuse:
    return on_refuse(*this, source, header, body);
  case FrameKind::Data:
    if (const auto credit = riding_credit(header))
      on_credit(*this, *credit);
    return on_data(*this, source, header, std::move(frame));
  case FrameKind::Ack:
    return on_ack(*this, header);
  case FrameKind::Demand:
    return on_demand(*this, source, header);
  case FrameKind::Credit:
    return on_credit(*this, header);
  case FrameKind::Recall:
    return on_recall(*this, header);
  case FrameKind::Return:
    return on_return(*this, source, header);
  case FrameKind::Drop:
    return on_drop(*this, source, header);
  case FrameKind::Closed:
    return on_closed(*this, header);
  }
}

} // namespace medi::dist::detail
