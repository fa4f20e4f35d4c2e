// channel_round.cpp: message traffic over every channel flavour, with exactly-once books kept.
// Each message names its producer and sequence number; after the round every one must have been
// received, handed back by a failed send, or destroyed in the channel's buffer when its last
// receiver left: exactly one of the three, exactly once.
#include "soak_workloads.h"

#include <chrono>
#include <cstdint>
#include <medi/channel.h>
#include <medi/task.h>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace medi::soak {
namespace {

constexpr int kProducers = 4;
constexpr int kConsumers = 2;
constexpr std::uint32_t kPerProducer = 4000;

std::uint64_t encode(std::uint32_t producer, std::uint32_t sequence) {
  return (std::uint64_t{producer} << 32) | sequence;
}

// Messages the channel destroyed unreceived (its buffer, when the last receiver left).
struct DropLedger {
  std::mutex mutex;
  std::vector<std::uint64_t> values;
};

// A message that notes its own destruction unless somebody took it: proof that exactly one
// destructor runs per value, wherever the value ends.
class Message {
public:
  Message(std::uint64_t value, DropLedger *ledger) noexcept : value_(value), ledger_(ledger) {}
  Message(Message &&other) noexcept
      : value_(other.value_), ledger_(std::exchange(other.ledger_, nullptr)) {}
  Message &operator=(Message &&other) noexcept {
    std::swap(value_, other.value_);
    std::swap(ledger_, other.ledger_);
    return *this;
  }
  ~Message() {
    if (ledger_) {
      std::lock_guard lock(ledger_->mutex);
      ledger_->values.push_back(value_);
    }
  }
  /// The value, taken: the message no longer counts as dropped.
  std::uint64_t take() && noexcept {
    ledger_ = nullptr;
    return value_;
  }

private:
  std::uint64_t value_;
  DropLedger *ledger_;
};

struct Books {
  std::vector<std::vector<std::uint64_t>> received;    // per consumer
  std::vector<std::vector<std::uint64_t>> handed_back; // per producer
  DropLedger dropped;
};

// Every value sent exactly once: received or handed back.
void audit(const std::string &flavour, Books &books, std::uint32_t per_producer, Tallies &tallies,
           Problems &problems) {
  std::vector<std::uint8_t> seen(std::size_t{kProducers} * per_producer, 0);
  auto mark = [&](std::uint64_t value, const char *how) {
    const std::uint64_t producer = value >> 32, sequence = value & 0xffffffffu;
    if (producer >= kProducers || sequence >= per_producer) {
      problems.push_back(flavour + ": a value that was never sent was " + how);
      return;
    }
    if (++seen[producer * per_producer + sequence] != 1)
      problems.push_back(flavour + ": value " + std::to_string(value) + " seen twice (" + how +
                         ")");
  };
  for (const auto &values : books.received) {
    for (std::uint64_t value : values)
      mark(value, "received");
    tallies.messages_received += values.size();
  }
  for (const auto &values : books.handed_back) {
    for (std::uint64_t value : values)
      mark(value, "handed back");
    tallies.messages_handed_back += values.size();
  }
  for (std::uint64_t value : books.dropped.values)
    mark(value, "dropped with the buffer");
  for (std::size_t i = 0; i < seen.size(); ++i)
    if (seen[i] == 0) {
      problems.push_back(flavour + ": value " +
                         std::to_string(encode(i / per_producer, i % per_producer)) + " was lost");
      return;
    }
}

// kProducers tasks send to kConsumers tasks; with `stop_after`, each consumer drops its receiver
// after that many values, and the producers' failed sends hand their values back.
struct Consumed {
  std::vector<std::uint64_t> values;
  bool stream_ended = false; // its last recv found every sender gone
};

template <class Sender, class Receiver>
void traffic(const std::string &flavour, Sender tx, Receiver rx, std::size_t stop_after,
             Books &books, Tallies &tallies, Problems &problems) {
  books.received.resize(kConsumers);
  books.handed_back.resize(kProducers);
  std::vector<Task<std::vector<std::uint64_t>>> producers;
  std::vector<Task<Consumed>> consumers;
  for (std::uint32_t p = 0; p < kProducers; ++p)
    producers.push_back(spawn_task([tx, p, ledger = &books.dropped] {
      std::vector<std::uint64_t> handed_back;
      for (std::uint32_t s = 0; s < kPerProducer; ++s)
        if (auto sent = tx.send(Message(encode(p, s), ledger)); !sent)
          handed_back.push_back(std::move(sent.error().value).take());
      return handed_back;
    }));
  for (int c = 0; c < kConsumers; ++c)
    consumers.push_back(spawn_task([rx, stop_after]() mutable {
      Consumed received;
      while (received.values.size() < stop_after) {
        auto message = rx.recv();
        if (!message) {
          received.stream_ended = true; // every sender gone and nothing left
          break;
        }
        received.values.push_back(std::move(*message).take());
      }
      {
        const Receiver gone = std::move(rx);
      } // this consumer's receiver goes now
      return received;
    }));
  { // the producers and consumers hold the only handles now
    const Sender sender_gone = std::move(tx);
    const Receiver receiver_gone = std::move(rx);
  }
  for (std::size_t i = 0; i < producers.size(); ++i)
    if (auto result = producers[i].join())
      books.handed_back[i] = std::move(*result);
    else
      problems.push_back(flavour + ": a producer failed: " + result.error().to_string());
  for (std::size_t i = 0; i < consumers.size(); ++i)
    if (auto result = consumers[i].join()) {
      books.received[i] = std::move(result->values);
      tallies.mpmc_streams_ended += result->stream_ended;
    } else
      problems.push_back(flavour + ": a consumer failed: " + result.error().to_string());
  tallies.tasks_run += kProducers + kConsumers;
}

template <class Make>
void flavour(const std::string &name, Make make, std::size_t stop_after, Tallies &tallies,
             Problems &problems) {
  Books books;
  {
    auto [tx, rx] = make();
    traffic(name, std::move(tx), std::move(rx), stop_after, books, tallies, problems);
  }
  // The tasks are joined and every handle is gone: the channel has destroyed what it held.
  audit(name, books, kPerProducer, tallies, problems);
  if (stop_after == SIZE_MAX && !books.dropped.values.empty())
    problems.push_back(name + ": " + std::to_string(books.dropped.values.size()) +
                       " messages destroyed unreceived while a receiver stayed to the end");
}

} // namespace

void channel_round(Tallies &tallies, Problems &problems) {
  constexpr std::size_t kAll = SIZE_MAX;
  {
    // The MPSC receiver is move-only: one consumer (this thread), which takes everything.
    Books books;
    books.received.resize(1);
    books.handed_back.resize(kProducers);
    {
      auto [tx, rx] = create_channel<Message>();
      std::vector<Task<void>> producers;
      for (std::uint32_t p = 0; p < kProducers; ++p)
        producers.push_back(spawn_task([tx, p, ledger = &books.dropped] {
          for (std::uint32_t s = 0; s < kPerProducer; ++s)
            (void)tx.send(Message(encode(p, s), ledger)); // the receiver outlives every send
        }));
      {
        const SenderHandle<Message> gone = std::move(tx);
      } // the producers hold the rest
      while (auto message = rx.recv())
        books.received[0].push_back(std::move(*message).take());
      tallies.mpsc_streams_ended += 1;
      for (auto &producer : producers)
        (void)producer.join();
      tallies.tasks_run += kProducers;
    }
    audit("mpsc", books, kPerProducer, tallies, problems);
  }
  flavour("unbounded", [] { return create_unbounded_channel<Message>(); }, kAll, tallies, problems);
  flavour(
      "bounded(64)", [] { return create_bounded_channel<Message>(64); }, kAll, tallies, problems);
  flavour("bounded(1)", [] { return create_bounded_channel<Message>(1); }, kAll, tallies, problems);
  flavour("rendezvous", [] { return create_bounded_channel<Message>(0); }, kAll, tallies, problems);
  // Fault: the receivers leave halfway. What they did not take comes back to the senders, or is
  // destroyed with the buffer when the last receiver goes.
  flavour(
      "bounded(16), receivers dropped", [] { return create_bounded_channel<Message>(16); },
      kProducers * kPerProducer / (2 * kConsumers), tallies, problems);
  tallies.disconnects_injected += 1;
  {
    // Fault: a recv that nobody answers times out (returned, not reported).
    auto [tx, rx] = create_unbounded_channel<std::uint64_t>();
    const auto received = rx.recv_for(std::chrono::milliseconds(1));
    if (received || received.error() != RecvTimeoutError::Timeout)
      problems.push_back("a recv on an empty channel did not time out");
    tallies.timeouts_injected += 1;
  }
}

} // namespace medi::soak
