// SPDX-License-Identifier: Apache-2.0
#include "workers.hpp"

#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <thread>
#include <vector>

#include "journey/messages.hpp"

namespace journey::site {

namespace {

// A worker draws this many journeys and is then replaced by a fresh process: whatever Graphviz
// keeps between layouts (some 150-200 KiB a journey of four views) is given back, so
// memory does not grow with the number of journeys.
constexpr std::size_t k_tasks_per_worker = 32;

struct Worker {
  pid_t pid = -1;
  int fd = -1;
  bool busy = false;
  std::size_t task = 0;
  std::size_t served = 0;
  std::string buffer;  // what has arrived of the current result
};

bool write_all(int fd, const void* data, std::size_t n) {
  const char* p = static_cast<const char*>(data);
  while (n > 0) {
    ssize_t k = ::send(fd, p, n, MSG_NOSIGNAL);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return false;
    p += k;
    n -= static_cast<std::size_t>(k);
  }
  return true;
}

bool read_all(int fd, void* data, std::size_t n) {
  char* p = static_cast<char*>(data);
  while (n > 0) {
    ssize_t k = ::read(fd, p, n);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return false;
    p += k;
    n -= static_cast<std::size_t>(k);
  }
  return true;
}

// A worker: reads task numbers until the parent closes its end, answers each with a
// length-prefixed result. Leaves by _exit: the parent's buffers and destructors are not its own.
[[noreturn]] void serve(int fd, const std::function<std::string(std::size_t)>& task) {
  for (std::size_t served = 0; served < k_tasks_per_worker; ++served) {
    std::uint64_t i = 0;
    if (!read_all(fd, &i, sizeof i)) ::_exit(0);
    std::string result;
    try {
      result = task(static_cast<std::size_t>(i));
    } catch (...) {
      ::_exit(3);
    }
    std::uint64_t n = result.size();
    if (!write_all(fd, &n, sizeof n) || !write_all(fd, result.data(), result.size())) ::_exit(4);
  }
  ::_exit(0);
}

// Starts a worker in `slot` (a new one when slot == workers.size()).
bool spawn(std::vector<Worker>& workers, std::size_t slot,
           const std::function<std::string(std::size_t)>& task, std::string& error) {
  int sv[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
    error = translate("cannot start a worker: %1$s", error_text(errno));
    return false;
  }
  pid_t pid = ::fork();
  if (pid < 0) {
    error = translate("cannot start a worker: %1$s", error_text(errno));
    ::close(sv[0]);
    ::close(sv[1]);
    return false;
  }
  if (pid == 0) {
    // A worker dies as a plain process would: no handler of the parent's runs in it.
    for (int sig : {SIGTERM, SIGINT, SIGHUP, SIGPIPE, SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL}) {
      ::signal(sig, SIG_DFL);
    }
    for (const Worker& w : workers) {
      if (w.fd >= 0) ::close(w.fd);
    }
    ::close(sv[0]);
    serve(sv[1], task);
  }
  ::close(sv[1]);
  if (slot == workers.size()) workers.emplace_back();
  workers[slot] = Worker{pid, sv[0], false, 0, 0, {}};
  return true;
}

void reap(Worker& w) {
  if (w.fd >= 0) ::close(w.fd);
  w.fd = -1;
  int status = 0;
  while (w.pid > 0 && ::waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {
  }
  w.pid = -1;
}

void stop(std::vector<Worker>& workers, bool kill) {
  for (Worker& w : workers) {
    if (w.fd >= 0) ::close(w.fd);
    w.fd = -1;
    // SIGKILL: a worker holds nothing to clean up, and a handler the parent installed for SIGTERM
    // (a test framework's) could deadlock in the worker's copy of the parent.
    if (kill && w.pid > 0) ::kill(w.pid, SIGKILL);
  }
  for (Worker& w : workers) reap(w);
}

bool give(Worker& w, std::size_t task, std::string& error) {
  std::uint64_t i = task;
  w.busy = true;
  w.task = task;
  w.buffer.clear();
  if (write_all(w.fd, &i, sizeof i)) return true;
  error = translate("cannot hand a journey to a worker: %1$s", error_text(errno));
  return false;
}

// Reads what `w` has sent; true when its result is complete (moved to `result`).
bool receive(Worker& w, std::string& result, bool& closed) {
  char chunk[65536];
  ssize_t k = ::read(w.fd, chunk, sizeof chunk);
  if (k < 0 && errno == EINTR) return false;
  if (k <= 0) {
    closed = true;
    return false;
  }
  w.buffer.append(chunk, static_cast<std::size_t>(k));
  std::uint64_t n = 0;
  if (w.buffer.size() < sizeof n) return false;
  std::memcpy(&n, w.buffer.data(), sizeof n);
  if (w.buffer.size() - sizeof n < n) return false;
  result = w.buffer.substr(sizeof n);
  w.buffer.clear();
  w.busy = false;
  return true;
}

}  // namespace

unsigned worker_count(unsigned requested, std::size_t count) {
  unsigned n = requested;
  if (n == 0) {
    cpu_set_t set;
    CPU_ZERO(&set);
    n = ::sched_getaffinity(0, sizeof set, &set) == 0 ? static_cast<unsigned>(CPU_COUNT(&set))
                                                      : std::thread::hardware_concurrency();
  }
  return static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(n, count)));
}

bool run_tasks(std::size_t count, unsigned jobs,
               const std::function<std::string(std::size_t)>& task,
               const std::function<bool(std::size_t, std::string&)>& done,
               const std::function<std::string(std::size_t)>& describe, std::string& error) {
  std::vector<Worker> workers;
  std::size_t next = 0;
  bool ok = true;
  for (unsigned k = 0; ok && k < std::max(1u, jobs) && next < count; ++k) {
    ok = spawn(workers, workers.size(), task, error) && give(workers.back(), next++, error);
  }
  while (ok &&
         std::any_of(workers.begin(), workers.end(), [](const Worker& w) { return w.busy; })) {
    std::vector<pollfd> fds;
    for (const Worker& w : workers) fds.push_back({w.busy ? w.fd : -1, POLLIN, 0});
    if (::poll(fds.data(), fds.size(), -1) < 0 && errno != EINTR) break;
    for (std::size_t k = 0; ok && k < workers.size(); ++k) {
      if (fds[k].fd < 0 || fds[k].revents == 0) continue;
      std::string result;
      bool closed = false;
      if (receive(workers[k], result, closed)) {
        ok = done(workers[k].task, result);
        if (++workers[k].served == k_tasks_per_worker) {
          reap(workers[k]);  // it leaves by itself after this many
          if (ok && next < count) ok = spawn(workers, k, task, error);
        }
        if (ok && next < count) ok = give(workers[k], next++, error);
      } else if (closed) {
        error =
            translate("a worker stopped while making the page of %1$s", describe(workers[k].task));
        ok = false;
      }
    }
  }
  stop(workers, !ok);
  return ok;
}

}  // namespace journey::site
