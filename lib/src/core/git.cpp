// SPDX-License-Identifier: Apache-2.0
#include "journey/git.hpp"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <string_view>

#include "journey/messages.hpp"
#include "journey/source.hpp"

namespace journey {

namespace {

// Both ends of a pipe, closed on every path out.
struct Pipe {
  int fd[2] = {-1, -1};
  ~Pipe() {
    close_end(0);
    close_end(1);
  }
  bool open() { return pipe2(fd, O_CLOEXEC) == 0; }
  void close_end(int end) {
    if (fd[end] >= 0) ::close(fd[end]);
    fd[end] = -1;
  }
};

struct SpawnActions {
  posix_spawn_file_actions_t actions;
  SpawnActions() { posix_spawn_file_actions_init(&actions); }
  ~SpawnActions() { posix_spawn_file_actions_destroy(&actions); }
};

// Reads both pipes until both close, so that neither can fill up and stall git. False when the
// output passes `max` bytes (git is then stopped).
bool drain(Pipe& out_pipe, Pipe& err_pipe, pid_t pid, std::size_t max, std::string& out,
           std::string& err) {
  pollfd fds[2] = {{out_pipe.fd[0], POLLIN, 0}, {err_pipe.fd[0], POLLIN, 0}};
  int open_fds = 2;
  char buffer[65536];
  while (open_fds > 0) {
    if (poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      return true;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
      if (n > 0) {
        std::string& target = i == 0 ? out : err;
        if (target.size() < max + 1) target.append(buffer, static_cast<std::size_t>(n));
        if (i == 0 && out.size() > max) {
          kill(pid, SIGTERM);
          return false;
        }
      } else if (n == 0 || errno != EINTR) {
        fds[i].fd = -1;
        --open_fds;
      }
    }
  }
  return true;
}

// git's output past k_max_input_bytes, as git_run says it.
std::string over_limit() {
  return translate("git's output is over the limit of %1$s", describe_size(k_max_input_bytes));
}

}  // namespace

bool git_show(const std::string& rev_path, std::string& out, std::string& error) {
  if (!rev_path.empty() && rev_path[0] == '-') {
    error = tr("this looks like an option, not a revision: revisions cannot start with '-'");
    return false;
  }
  // --end-of-options: whatever REV:PATH holds, git reads it as an object name, never an option.
  if (git_run({"show", "--no-textconv", "--end-of-options", rev_path}, out, error)) return true;
  if (error == "git failed") error = translate("git show %1$s failed", rev_path);
  if (error == over_limit()) {
    error = translate("%1$s is over the limit of %2$s", rev_path, describe_size(k_max_input_bytes));
  }
  return false;
}

bool git_run(const std::vector<std::string>& args, std::string& out, std::string& error) {
  Pipe out_pipe, err_pipe;
  if (!out_pipe.open() || !err_pipe.open()) {
    error = translate("cannot run git: %1$s", error_text(errno));
    return false;
  }
  SpawnActions spawn;
  posix_spawn_file_actions_adddup2(&spawn.actions, out_pipe.fd[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&spawn.actions, err_pipe.fd[1], STDERR_FILENO);
  posix_spawn_file_actions_addopen(&spawn.actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  std::vector<std::string> words = args;
  std::vector<char*> argv{const_cast<char*>("git")};
  for (std::string& word : words) argv.push_back(word.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  ChildEnvironment env;  // git's messages in the user's language, not the one journey speaks
  int spawned = posix_spawnp(&pid, "git", &spawn.actions, nullptr, argv.data(), env.get());
  out_pipe.close_end(1);
  err_pipe.close_end(1);
  if (spawned != 0) {
    error = translate("cannot run git: %1$s", error_text(spawned));
    return false;
  }
  std::string err;
  bool within = drain(out_pipe, err_pipe, pid, k_max_input_bytes, out, err);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!within) {
    out.clear();
    error = over_limit();
    return false;
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return true;
  while (!err.empty() && (err.back() == '\n' || err.back() == ' ')) err.pop_back();
  // "git failed" is not translated: callers (git_show, git_commit_exists) recognise it and say
  // what failed instead.
  error = err.empty() ? "git failed" : err;
  return false;
}

}  // namespace journey
