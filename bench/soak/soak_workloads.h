// soak_workloads.h: the rounds of the soak program (bench/soak). Each workload runs once per
// round, checks its own books (every message received exactly once or handed back, every task
// joined with the value or the error it should have), adds to the tallies, and returns what went
// wrong: nothing, when the runtime kept every promise.
#ifndef MEDI_BENCH_SOAK_WORKLOADS_H
#define MEDI_BENCH_SOAK_WORKLOADS_H

#include <cstdint>
#include <string>
#include <vector>

namespace medi::soak {

struct Tallies {
  std::uint64_t messages_received = 0;
  std::uint64_t messages_handed_back = 0; // failed sends that returned their value
  // recvs that found every sender gone and nothing left: the end of a stream, reported as
  // channel.recv (MPSC) or xchan.recv (MPMC)
  std::uint64_t mpsc_streams_ended = 0;
  std::uint64_t mpmc_streams_ended = 0;
  std::uint64_t tasks_run = 0;
  std::uint64_t panics_injected = 0;
  std::uint64_t disconnects_injected = 0; // receivers dropped while senders still sent
  std::uint64_t timeouts_injected = 0;
  std::uint64_t pool_exhaustions_injected = 0;
  std::uint64_t rt_allocations = 0;
  std::uint64_t gc_objects = 0;
  std::uint64_t faults() const noexcept {
    return panics_injected + disconnects_injected + timeouts_injected + pool_exhaustions_injected;
  }
};

using Problems = std::vector<std::string>;

/// Producers and consumers over each flavour (MPSC, unbounded, bounded(64), bounded(1),
/// rendezvous), one of them with its receivers dropped halfway; and a recv that times out.
void channel_round(Tallies &tallies, Problems &problems);
/// Spawns and joins a batch of tasks, a tenth of which throw.
void task_round(Tallies &tallies, Problems &problems);
/// Tasks in real-time zones using regions and pools, one pool run past its capacity.
void realtime_round(Tallies &tallies, Problems &problems);
/// Allocation churn in the GC zone: rooted chains and garbage, collected.
void gc_round(Tallies &tallies, Problems &problems);

} // namespace medi::soak

#endif // MEDI_BENCH_SOAK_WORKLOADS_H
