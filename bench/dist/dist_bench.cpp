// dist_bench: remote channels against raw MPI between the same two ranks. Run under
// `mpirun -np 2`; bench/dist/compare.py runs both modes in turns and prints the ratios
// (docs/benchmarks.md).
//
//   dist_bench raw        MPI_Send/MPI_Recv straight (this process calls MPI itself)
//   dist_bench raw-serialized
//                         the same with MPI initialised at MPI_THREAD_SERIALIZED, the level the
//                         runtime needs: Open MPI then takes its internal locks on every call
//   dist_bench medi       remote channels (medi::dist, from the program's thread), values in
//                         buffers from dist::buffer, received ones recycled
//   dist_bench phi        remote channels opened as phi (MEDI_DIST_PHI_KEY_FILE must be set)
//   dist_bench idle       a rank with an open channel and nothing arriving: CPU use over 2 s;
//                         then a rank waiting 2 s at a barrier
//
// After raw, medi or phi, a size (8, 4096 or 1048576) measures that size alone.
//
// Each prints, on rank 0, one line per measurement:
//   latency <bytes> <microseconds one way>      ping-pong, half the round trip, median of 5
//   stream <bytes> <MB/s>                        one way, then one acknowledgement (the second
//                                                of two passes): raw MPI from one buffer;
//                                                channels of capacity 64
//   stream2 <bytes> <MB/s>                       channels of capacity 2 (large values only)
//   stream2buf <bytes> <MB/s>                    raw MPI cycling through 2 buffers on each side
//                                                (large values only): two buffers taking turns
//   stream64 <bytes> <MB/s>                      raw MPI cycling through 64 buffers on each side
//                                                (large values only): as much memory in flight
//                                                as a channel of capacity 64
#include "medi/dist.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mpi.h>
#include <string>
#include <sys/resource.h>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
namespace dist = medi::dist;

struct Shape {
  std::size_t bytes;
  int round_trips;
  int stream_messages;
};
constexpr Shape kShapes[] = {{8, 20000, 100000}, {4096, 5000, 20000}, {1 << 20, 100, 400}};

std::size_t only_bytes = 0; // 0: every shape

bool skipped(const Shape &shape) {
  return only_bytes != 0 && shape.bytes != only_bytes;
}

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// A stream runs twice and the second pass is timed: the first touches the buffers (raw MPI's
// and the pool's) and warms MPI's caches, as a long stream would have long done.
constexpr int kStreamPasses = 2;

// Streams of large values also run with a shallow channel and, for raw MPI, with many buffers.
constexpr std::size_t kLargeBytes = 64 * 1024;
constexpr std::size_t kDeepCapacity = 64;
constexpr std::size_t kShallowCapacity = 2;

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

void print_results(const char *what, std::size_t bytes, double value) {
  std::printf("%s %zu %.3f\n", what, bytes, value);
}

// --- Raw MPI
// ----------------------------------------------------------------------------------------

int run_raw(int argc, char **argv, bool serialized) {
  if (serialized) {
    int provided = 0;
    MPI_Init_thread(&argc, &argv, MPI_THREAD_SERIALIZED, &provided);
  } else {
    MPI_Init(&argc, &argv);
  }
  int rank = 0;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  const int peer = 1 - rank;
  for (const Shape &shape : kShapes) {
    if (skipped(shape))
      continue;
    std::vector<char> buffer(shape.bytes);
    std::vector<double> one_way;
    for (int round = 0; round < 5; ++round) {
      MPI_Barrier(MPI_COMM_WORLD);
      const auto start = Clock::now();
      for (int i = 0; i < shape.round_trips; ++i) {
        if (rank == 0) {
          MPI_Send(buffer.data(), int(shape.bytes), MPI_BYTE, peer, 1, MPI_COMM_WORLD);
          MPI_Recv(buffer.data(), int(shape.bytes), MPI_BYTE, peer, 2, MPI_COMM_WORLD,
                   MPI_STATUS_IGNORE);
        } else {
          MPI_Recv(buffer.data(), int(shape.bytes), MPI_BYTE, peer, 1, MPI_COMM_WORLD,
                   MPI_STATUS_IGNORE);
          MPI_Send(buffer.data(), int(shape.bytes), MPI_BYTE, peer, 2, MPI_COMM_WORLD);
        }
      }
      one_way.push_back(seconds_since(start) * 1e6 / shape.round_trips / 2);
    }
    if (rank == 0)
      print_results("latency", shape.bytes, median(one_way));
    // One way through `count` buffers on each side, in turn; the second of two passes is timed.
    const auto stream = [&](std::size_t count) {
      std::vector<std::vector<char>> buffers(count, std::vector<char>(shape.bytes, 1));
      double rate = 0;
      for (int pass = 0; pass < kStreamPasses; ++pass) {
        MPI_Barrier(MPI_COMM_WORLD);
        const auto start = Clock::now();
        for (int i = 0; i < shape.stream_messages; ++i) {
          char *data = buffers[std::size_t(i) % count].data();
          if (rank == 0)
            MPI_Send(data, int(shape.bytes), MPI_BYTE, peer, 3, MPI_COMM_WORLD);
          else
            MPI_Recv(data, int(shape.bytes), MPI_BYTE, peer, 3, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
        }
        if (rank == 0)
          MPI_Recv(buffer.data(), 1, MPI_BYTE, peer, 4, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
        else
          MPI_Send(buffer.data(), 1, MPI_BYTE, peer, 4, MPI_COMM_WORLD);
        rate = double(shape.bytes) * shape.stream_messages / 1e6 / seconds_since(start);
      }
      return rate;
    };
    const double one_buffer = stream(1);
    if (rank == 0)
      print_results("stream", shape.bytes, one_buffer);
    if (shape.bytes >= kLargeBytes) {
      const double two_buffers = stream(2);
      if (rank == 0)
        print_results("stream2buf", shape.bytes, two_buffers);
      const double many_buffers = stream(kDeepCapacity);
      if (rank == 0)
        print_results("stream64", shape.bytes, many_buffers);
    }
  }
  MPI_Finalize();
  return 0;
}

// --- Remote channels
// ----------------------------------------------------------------------------------

int run_medi(bool phi) {
  const int rank = dist::rank();
  const int peer = 1 - rank;
  const dist::ConnectOptions connect_options{.phi = phi};
  for (const Shape &shape : kShapes) {
    if (skipped(shape))
      continue;
    const std::string tag = std::to_string(shape.bytes);
    // Ping-pong: each rank owns the channel it receives on.
    auto in =
        dist::open<dist::Bytes>((rank == 0 ? "pong." : "ping.") + tag, {.capacity = 1, .phi = phi});
    auto out =
        dist::connect<dist::Bytes>((rank == 0 ? "ping." : "pong.") + tag, peer, connect_options);
    if (!in || !out)
      return 1;
    dist::Bytes message(shape.bytes);
    std::vector<double> one_way;
    for (int round = 0; round < 5; ++round) {
      (void)dist::barrier();
      const auto start = Clock::now();
      for (int i = 0; i < shape.round_trips; ++i) {
        if (rank == 0) {
          (void)out->send(std::move(message));
          message = *in->recv();
        } else {
          message = *in->recv();
          (void)out->send(std::move(message));
        }
      }
      one_way.push_back(seconds_since(start) * 1e6 / shape.round_trips / 2);
    }
    if (rank == 0)
      print_results("latency", shape.bytes, median(one_way));
    // Streaming: rank 0 sends in buffers from dist::buffer, rank 1 receives on a channel of
    // `capacity` and recycles each value, then acknowledges on pong.
    const auto stream = [&](std::size_t capacity) {
      const std::string name = "stream." + tag + "." + std::to_string(capacity);
      auto stream_in = rank == 1 ? dist::open<dist::Bytes>(name, {.capacity = capacity, .phi = phi})
                                 : std::unexpected(dist::OpenError::Unavailable);
      auto stream_out = rank == 0 ? dist::connect<dist::Bytes>(name, 1, connect_options)
                                  : std::unexpected(dist::ConnectError::Unavailable);
      double rate = 0;
      for (int pass = 0; pass < kStreamPasses; ++pass) {
        (void)dist::barrier();
        const auto start = Clock::now();
        if (rank == 0) {
          for (int i = 0; i < shape.stream_messages; ++i)
            (void)stream_out->send(dist::buffer(shape.bytes));
          (void)in->recv();
        } else {
          for (int i = 0; i < shape.stream_messages; ++i)
            dist::recycle(*stream_in->recv());
          (void)out->send(dist::Bytes(1));
        }
        rate = double(shape.bytes) * shape.stream_messages / 1e6 / seconds_since(start);
      }
      (void)dist::barrier();
      return rate;
    };
    const double deep = stream(kDeepCapacity);
    if (rank == 0)
      print_results("stream", shape.bytes, deep);
    if (shape.bytes >= kLargeBytes) {
      const double shallow = stream(kShallowCapacity);
      if (rank == 0)
        print_results("stream2", shape.bytes, shallow);
    }
  }
  return 0;
}

// CPU time this process used while its only channel waited 2 s for nothing.
int run_idle() {
  auto idle = dist::open<int>("idle." + std::to_string(dist::rank()), {.capacity = 1});
  auto peer = dist::connect<int>("idle." + std::to_string(1 - dist::rank()), 1 - dist::rank());
  (void)dist::barrier();
  rusage before{}, after{};
  getrusage(RUSAGE_SELF, &before);
  const auto start = Clock::now();
  (void)idle->recv_for(std::chrono::seconds(2));
  const double wall = seconds_since(start);
  getrusage(RUSAGE_SELF, &after);
  const auto cpu = [](const rusage &usage) {
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  };
  std::printf("idle rank %d cpu %.2f%%\n", dist::rank(), 100 * (cpu(after) - cpu(before)) / wall);
  (void)dist::barrier();
  // Rank 1 waits at a barrier that rank 0 reaches 2 s late.
  if (dist::rank() == 0)
    std::this_thread::sleep_for(std::chrono::seconds(2));
  getrusage(RUSAGE_SELF, &before);
  const auto barrier_start = Clock::now();
  (void)dist::barrier();
  const double barrier_wall = seconds_since(barrier_start);
  getrusage(RUSAGE_SELF, &after);
  if (dist::rank() == 1)
    std::printf("barrier-waiting rank 1 cpu %.2f%%\n",
                100 * (cpu(after) - cpu(before)) / barrier_wall);
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  if (argc > 2)
    only_bytes = std::strtoull(argv[2], nullptr, 10);
  if (mode == "raw" || mode == "raw-serialized")
    return run_raw(argc, argv, mode == "raw-serialized");
  if (mode == "medi" || mode == "phi")
    return run_medi(mode == "phi");
  if (mode == "idle")
    return run_idle();
  std::fprintf(stderr,
               "usage: mpirun -np 2 dist_bench raw|raw-serialized|medi|phi [bytes] | idle\n");
  return 64;
}
