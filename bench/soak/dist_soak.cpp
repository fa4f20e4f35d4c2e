// dist_soak: mixed remote traffic for a while, nothing lost (run by .ci/run under mpirun -np 4).
//
//   mpirun -np 4 dist_soak --seconds 120
//
// The run is a series of generations of about two seconds. In each, every rank opens one channel
// and every rank's sender tasks (kSendersPerPeer per channel, the owner's own among them) send
// byte messages of random sizes to every channel, with blocking sends, try_sends and timed sends
// mixed. A message carries its sender, its number and a checksum of its bytes; a sender's last
// message says how many came before it. The receiving rank checks each sender's numbers arrive
// in order with none missing, every checksum, and the count in the last message, then sees the
// end of the stream. Capacities cycle through rendezvous, 1 and 16; every other generation is
// phi when MEDI_DIST_PHI_KEY_FILE is set. Any mismatch exits non-zero.
#include "medi/dist.h"
#include "medi/task.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace {

namespace dist = medi::dist;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

constexpr int kSendersPerPeer = 3;
constexpr auto kGeneration = 2s;

struct Header {
  std::int32_t rank;
  std::int32_t task;
  std::int64_t seq; // -1: the last message; `count` then says how many came before
  std::int64_t count;
  std::uint32_t checksum;
};

std::uint32_t checksum(const std::byte *data, std::size_t size) {
  std::uint32_t sum = 2166136261u; // FNV-1a
  for (std::size_t i = 0; i < size; ++i)
    sum = (sum ^ std::uint32_t(data[i])) * 16777619u;
  return sum;
}

dist::Bytes message(const Header &header, std::size_t payload, std::mt19937 &random) {
  dist::Bytes bytes(sizeof(Header) + payload);
  for (std::size_t i = sizeof(Header); i < bytes.size(); ++i)
    bytes[i] = std::byte(random());
  Header sealed = header;
  sealed.checksum = checksum(bytes.data() + sizeof(Header), payload);
  std::memcpy(bytes.data(), &sealed, sizeof sealed);
  return bytes;
}

std::atomic<long> failures{0};

void fail(const std::string &why) {
  std::fprintf(stderr, "dist_soak rank %d: %s\n", dist::rank(), why.c_str());
  ++failures;
}

// One sender task: until `until`, messages to `channel` on `owner`; then the last one.
long send_until(const std::string &channel, int owner, bool phi, int task,
                Clock::time_point until) {
  auto tx = dist::connect<dist::Bytes>(channel, owner, {.phi = phi});
  if (!tx) {
    fail("connect to " + channel + " failed");
    return 0;
  }
  std::mt19937 random(unsigned(dist::rank() * 1000 + task));
  std::int64_t seq = 0;
  while (Clock::now() < until) {
    const std::size_t payload = random() % 4 == 0 ? random() % 65536 : random() % 64;
    auto bytes = message({dist::rank(), task, seq, 0, 0}, payload, random);
    switch (random() % 3) {
    case 0:
      if (!tx->send(std::move(bytes)))
        fail("send failed on " + channel);
      else
        ++seq;
      break;
    case 1:
      if (auto sent = tx->try_send(std::move(bytes)); sent)
        ++seq;
      else if (!sent.error().is_full())
        fail("try_send failed on " + channel);
      break;
    default:
      if (auto sent = tx->send_for(std::move(bytes), 5ms); sent)
        ++seq;
      else if (!sent.error().is_timeout())
        fail("send_for failed on " + channel);
    }
  }
  if (!tx->send(message({dist::rank(), task, -1, seq, 0}, 0, random)))
    fail("the last send failed on " + channel);
  return seq + 1;
}

// Receives one generation's channel until the end of its stream, checking everything.
long receive_all(dist::RemoteReceiver<dist::Bytes> &rx, int senders) {
  std::map<std::pair<int, int>, std::int64_t> next;
  int finished = 0;
  long received = 0;
  while (auto bytes = rx.recv_for(60s)) {
    ++received;
    Header header;
    std::memcpy(&header, bytes->data(), sizeof header);
    if (checksum(bytes->data() + sizeof header, bytes->size() - sizeof header) != header.checksum)
      fail("a checksum does not match");
    auto &expected = next[{header.rank, header.task}];
    if (header.seq == -1) {
      ++finished;
      if (header.count != expected)
        fail("a sender sent " + std::to_string(header.count) + ", " + std::to_string(expected) +
             " arrived");
    } else if (header.seq != expected++) {
      fail("a message is out of order or missing");
    }
  }
  if (finished != senders)
    fail(std::to_string(finished) + " of " + std::to_string(senders) + " senders finished");
  return received;
}

} // namespace

int main(int argc, char **argv) {
  int seconds = 120;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::string(argv[i]) == "--seconds")
      seconds = std::atoi(argv[i + 1]);
  const int rank = dist::rank(), size = dist::size();
  const bool have_key = std::getenv("MEDI_DIST_PHI_KEY_FILE") != nullptr;
  medi::Scheduler scheduler(2);
  const auto end = Clock::now() + std::chrono::seconds(seconds);
  long sent = 0, received = 0;
  int generation = 0;
  for (; Clock::now() < end || generation == 0; ++generation) {
    const std::size_t capacities[] = {0, 1, 16};
    const std::size_t capacity = capacities[generation % 3];
    const bool phi = have_key && generation % 2 == 1;
    const std::string mine = "soak." + std::to_string(generation) + "." + std::to_string(rank);
    auto rx = dist::open<dist::Bytes>(
        mine, {.capacity = capacity, .phi = phi, .senders = std::size_t(size * kSendersPerPeer)});
    if (!rx)
      return 2;
    (void)dist::barrier();
    const auto until = Clock::now() + kGeneration;
    std::vector<medi::Task<long>> senders;
    for (int owner = 0; owner < size; ++owner)
      for (int t = 0; t < kSendersPerPeer; ++t)
        senders.push_back(scheduler.spawn_task([=] {
          return send_until("soak." + std::to_string(generation) + "." + std::to_string(owner),
                            owner, phi, owner * kSendersPerPeer + t, until);
        }));
    received += receive_all(*rx, size * kSendersPerPeer);
    for (auto &task : senders)
      sent += task.join().value_or(0);
    (void)dist::barrier();
  }
  std::printf("dist_soak rank %d: %d generations, %ld messages sent, %ld received, %ld "
              "failures\n",
              rank, generation, sent, received, failures.load());
  return failures.load() == 0 ? 0 : 1;
}
