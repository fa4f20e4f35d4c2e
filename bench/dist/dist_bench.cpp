// dist_bench: remote channels against raw MPI between the same two ranks. Run under
// `mpirun -np 2`; bench/dist/compare.py runs both modes in turns and prints the ratios
// (docs/benchmarks.md).
//
//   dist_bench raw        MPI_Send/MPI_Recv straight (this process calls MPI itself)
//   dist_bench medi       remote channels (medi::dist, from the program's thread)
//   dist_bench phi        remote channels opened as phi (MEDI_DIST_PHI_KEY_FILE must be set)
//   dist_bench idle       a rank with an open channel and nothing arriving: CPU use over 2 s
//
// Each prints, on rank 0, one line per measurement:
//   latency <bytes> <microseconds one way>      ping-pong, half the round trip, median of 5
//   stream <bytes> <MB/s>                        one way, then one acknowledgement
#include "medi/dist.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <mpi.h>
#include <string>
#include <sys/resource.h>
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

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

void print_results(const char *what, std::size_t bytes, double value) {
  std::printf("%s %zu %.3f\n", what, bytes, value);
}

// --- Raw MPI
// ----------------------------------------------------------------------------------------

int run_raw(int argc, char **argv) {
  MPI_Init(&argc, &argv);
  int rank = 0;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  const int peer = 1 - rank;
  for (const Shape &shape : kShapes) {
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
    MPI_Barrier(MPI_COMM_WORLD);
    const auto start = Clock::now();
    if (rank == 0) {
      for (int i = 0; i < shape.stream_messages; ++i)
        MPI_Send(buffer.data(), int(shape.bytes), MPI_BYTE, peer, 3, MPI_COMM_WORLD);
      MPI_Recv(buffer.data(), 1, MPI_BYTE, peer, 4, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
      const double mb = double(shape.bytes) * shape.stream_messages / 1e6;
      print_results("latency", shape.bytes, median(one_way));
      print_results("stream", shape.bytes, mb / seconds_since(start));
    } else {
      for (int i = 0; i < shape.stream_messages; ++i)
        MPI_Recv(buffer.data(), int(shape.bytes), MPI_BYTE, peer, 3, MPI_COMM_WORLD,
                 MPI_STATUS_IGNORE);
      MPI_Send(buffer.data(), 1, MPI_BYTE, peer, 4, MPI_COMM_WORLD);
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
          message = dist::Bytes(shape.bytes);
        }
      }
      one_way.push_back(seconds_since(start) * 1e6 / shape.round_trips / 2);
    }
    // Streaming: rank 0 sends, rank 1 receives on a channel of 64, then acknowledges on pong.
    auto stream_in = rank == 1
                         ? dist::open<dist::Bytes>("stream." + tag, {.capacity = 64, .phi = phi})
                         : std::unexpected(dist::OpenError::Unavailable);
    auto stream_out = rank == 0 ? dist::connect<dist::Bytes>("stream." + tag, 1, connect_options)
                                : std::unexpected(dist::ConnectError::Unavailable);
    (void)dist::barrier();
    const auto start = Clock::now();
    if (rank == 0) {
      for (int i = 0; i < shape.stream_messages; ++i)
        (void)stream_out->send(dist::Bytes(shape.bytes));
      (void)in->recv();
      const double mb = double(shape.bytes) * shape.stream_messages / 1e6;
      print_results("latency", shape.bytes, median(one_way));
      print_results("stream", shape.bytes, mb / seconds_since(start));
    } else {
      for (int i = 0; i < shape.stream_messages; ++i)
        (void)stream_in->recv();
      (void)out->send(dist::Bytes(1));
    }
    (void)dist::barrier();
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
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "raw")
    return run_raw(argc, argv);
  if (mode == "medi" || mode == "phi")
    return run_medi(mode == "phi");
  if (mode == "idle")
    return run_idle();
  std::fprintf(stderr, "usage: mpirun -np 2 dist_bench raw|medi|phi|idle\n");
  return 64;
}
