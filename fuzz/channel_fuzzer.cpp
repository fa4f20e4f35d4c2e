// channel_fuzzer.cpp: single-threaded operation sequences on one channel of each flavour,
// checked against a model queue. Values are move-only and count their destructions, so a value
// lost, duplicated or destroyed twice is a finding as surely as a wrong answer: every value is
// received once, handed back once by a failed send, or destroyed once with the channel.
#include "fuzz_reports.h"

#include <chrono>
#include <cstdint>
#include <deque>
#include <fuzzer/FuzzedDataProvider.h>
#include <medi/channel.h>
#include <optional>
#include <utility>
#include <vector>

namespace {

using medi::fuzz::require;

medi::fuzz::Reports reports;

// Live values by serial number: each must be destroyed exactly once.
std::vector<std::uint8_t> alive;

class Value {
public:
  explicit Value(std::uint32_t serial) : serial_(serial) { alive.at(serial) = 1; }
  Value(Value &&other) noexcept : serial_(std::exchange(other.serial_, kMoved)) {}
  Value &operator=(Value &&) = delete;
  ~Value() {
    if (serial_ == kMoved)
      return;
    require(alive.at(serial_) == 1); // never destroyed twice
    alive[serial_] = 0;
  }
  std::uint32_t serial() const { return serial_; }

private:
  static constexpr std::uint32_t kMoved = UINT32_MAX;
  std::uint32_t serial_;
};

// One flavour's sequence: the model is the queue of serials in the channel and the number of
// sender and receiver handles alive.
template <class Tx, class Rx>
void run(FuzzedDataProvider &in, Tx tx, Rx rx, std::optional<std::size_t> capacity) {
  std::vector<Tx> senders;
  std::vector<Rx> receivers;
  senders.push_back(std::move(tx));
  receivers.push_back(std::move(rx));
  std::deque<std::uint32_t> model;
  std::uint32_t next = 0;
  for (int steps = 0; steps < 200 && in.remaining_bytes() > 0; ++steps) {
    const std::uint64_t before = reports.total();
    const bool disconnected_for_send = receivers.empty();
    const bool disconnected_for_recv = senders.empty() && model.empty();
    switch (in.ConsumeIntegralInRange(0, 7)) {
    case 0:
    case 1: { // try_send on some sender
      if (senders.empty())
        break;
      Tx &sender = senders[in.ConsumeIntegralInRange<std::size_t>(0, senders.size() - 1)];
      const std::uint32_t serial = next++;
      auto sent = sender.try_send(Value(serial));
      const bool full = capacity && model.size() >= *capacity;
      if (disconnected_for_send) {
        require(!sent && sent.error().is_disconnected() && sent.error().value.serial() == serial);
        require(reports.total() == before + 1);
      } else if (full) {
        require(!sent && sent.error().is_full() && sent.error().value.serial() == serial);
        require(reports.total() == before); // Full is an answer, not a report
      } else {
        require(sent.has_value());
        model.push_back(serial);
      }
      break;
    }
    case 2:
    case 3: { // try_recv on some receiver
      if (receivers.empty())
        break;
      Rx &receiver = receivers[in.ConsumeIntegralInRange<std::size_t>(0, receivers.size() - 1)];
      auto received = receiver.try_recv();
      if (!model.empty()) {
        require(received.has_value() && received->serial() == model.front());
        model.pop_front();
      } else if (disconnected_for_recv) { // the end of the stream: an answer, not a report
        require(!received && received.error() == medi::TryRecvError::Disconnected);
        require(reports.total() == before);
      } else {
        require(!received && received.error() == medi::TryRecvError::Empty);
        require(reports.total() == before);
      }
      break;
    }
    case 4: { // a recv with a deadline already passed: a value if one is there, else at once
      if (receivers.empty())
        break;
      auto received = receivers.front().recv_for(std::chrono::nanoseconds(0));
      if (!model.empty()) {
        require(received.has_value() && received->serial() == model.front());
        model.pop_front();
      } else { // a timeout or the end of the stream: answers, not reports
        require(!received.has_value() && reports.total() == before);
        require(received.error() == (disconnected_for_recv ? medi::RecvTimeoutError::Disconnected
                                                           : medi::RecvTimeoutError::Timeout));
      }
      break;
    }
    case 5: // clone or drop a sender
      if (in.ConsumeBool() && !senders.empty())
        senders.push_back(senders.back());
      else if (!senders.empty())
        senders.pop_back();
      break;
    case 6: // clone or drop a receiver
      if (in.ConsumeBool() && !receivers.empty())
        receivers.push_back(receivers.back());
      else if (!receivers.empty())
        receivers.pop_back();
      break;
    default:
      if (!receivers.empty())
        require(receivers.front().len() == (capacity == std::size_t{0} ? 0 : model.size()));
      break;
    }
  }
  // Whatever is still buffered is destroyed with the last handle, once.
  senders.clear();
  receivers.clear();
  for (std::uint32_t serial = 0; serial < next; ++serial)
    require(alive[serial] == 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  static const bool installed = (reports.install(), true);
  (void)installed;
  FuzzedDataProvider in(data, size);
  alive.assign(256, 0);
  switch (in.ConsumeIntegralInRange(0, 2)) {
  case 0: {
    auto [tx, rx] = medi::create_unbounded_channel<Value>();
    run(in, std::move(tx), std::move(rx), std::nullopt);
    break;
  }
  case 1: {
    const std::size_t capacity = in.ConsumeIntegralInRange<std::size_t>(1, 40);
    auto [tx, rx] = medi::create_bounded_channel<Value>(capacity);
    run(in, std::move(tx), std::move(rx), capacity);
    break;
  }
  default: { // rendezvous: with no receiver waiting, every try_send is Full
    auto [tx, rx] = medi::create_bounded_channel<Value>(0);
    run(in, std::move(tx), std::move(rx), std::size_t{0});
    break;
  }
  }
  return 0;
}
