// job_end.cpp: the SIGTERM report (job_end.h). The handler does only what a signal handler may:
// it writes one byte to a pipe. A thread waiting on the pipe makes the report, since reporters
// allocate and take locks, then restores the default action and raises SIGTERM again, so the
// process ends as it would have without us.
#include "dist/job_end.h"

#include "dist/report.h"
#include "medi/error/op_tags.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <thread>
#include <unistd.h>

namespace medi::dist::detail {
namespace {

constexpr char kTerminated = 'T';
constexpr char kStop = 'S';

int pipe_ends[2] = {-1, -1};
std::thread reporter;

extern "C" void on_sigterm(int) {
  const int saved = errno;
  [[maybe_unused]] const ssize_t written = ::write(pipe_ends[1], &kTerminated, 1);
  errno = saved;
}

} // namespace

void watch_for_job_end(std::function<std::string()> describe) {
  struct sigaction current{};
  if (reporter.joinable() || ::sigaction(SIGTERM, nullptr, &current) != 0 ||
      (current.sa_flags & SA_SIGINFO) || current.sa_handler != SIG_DFL)
    return; // the program decides what SIGTERM does
  if (::pipe2(pipe_ends, O_CLOEXEC) != 0)
    return;
  reporter = std::thread([describe = std::move(describe)] {
    char why = 0;
    while (::read(pipe_ends[0], &why, 1) < 0 && errno == EINTR) {
    }
    if (why != kTerminated)
      return;
    report(op::dist_rank_lost, SourceSite(nullptr),
           cat("mpirun is ending the job (SIGTERM): another rank failed, or the job was stopped. ",
               describe()));
    std::signal(SIGTERM, SIG_DFL);
    std::raise(SIGTERM);
  });
  struct sigaction action{};
  action.sa_handler = on_sigterm;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  ::sigaction(SIGTERM, &action, nullptr);
}

void stop_watching_for_job_end() {
  if (!reporter.joinable())
    return;
  std::signal(SIGTERM, SIG_DFL);
  [[maybe_unused]] const ssize_t written = ::write(pipe_ends[1], &kStop, 1);
  reporter.join();
  ::close(pipe_ends[0]);
  ::close(pipe_ends[1]);
  pipe_ends[0] = pipe_ends[1] = -1;
}

} // namespace medi::dist::detail
