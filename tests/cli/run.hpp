// SPDX-License-Identifier: Apache-2.0
// Runs the built `journey` binary and captures its exit code, stdout and stderr.
#pragma once

#include <sys/wait.h>

#include <unistd.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace journey_test {

namespace fs = std::filesystem;

struct Run {
  int code = -1;
  std::string out;
  std::string err;
};

inline std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

inline std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream b;
  b << in.rdbuf();
  return b.str();
}

// A scratch directory per test process, removed when the process ends.
inline const fs::path& scratch() {
  struct Dir {
    fs::path path;
    Dir() : path(fs::temp_directory_path() / ("journey-cli-" + std::to_string(::getpid()))) {
      fs::create_directories(path);
    }
    ~Dir() {
      std::error_code ec;
      fs::remove_all(path, ec);
    }
  };
  static const Dir dir;
  return dir.path;
}

// Runs `journey ARGS` in `cwd` (default: the source tree) with stdin from `input`. The
// environment is cleared of CI variables that change defaults (GITHUB_ACTIONS, NO_COLOR) unless
// `env` sets them ("NAME=value" entries), and XDG_CACHE_HOME points into the scratch folder.
// Limits for a run, as the hostile-input campaign sets them: CPU seconds and address space.
struct Bounds {
  int cpu_seconds = 0;  // 0: unbounded
  long memory_mib = 0;  // 0: unbounded; ignored under sanitizers, which reserve terabytes
};

inline Run journey(const std::vector<std::string>& args, const std::string& input = {},
                   const std::vector<std::string>& env = {}, fs::path cwd = JOURNEY_SOURCE_DIR,
                   Bounds bounds = {}, const std::string& umask = {},
                   const std::string& wrapper = {}) {
  const fs::path in = scratch() / "stdin", out = scratch() / "stdout", err = scratch() / "stderr";
  std::ofstream(in, std::ios::binary) << input;
  std::string command = "cd " + quote(cwd.string()) + " && ";
  if (!umask.empty()) command += "umask " + umask + " && ";
#ifdef JOURNEY_SANITIZED
  if (bounds.cpu_seconds > 0)
    command += "ulimit -t " + std::to_string(bounds.cpu_seconds * 4) + " && ";
#else
  if (bounds.cpu_seconds > 0) command += "ulimit -t " + std::to_string(bounds.cpu_seconds) + " && ";
  if (bounds.memory_mib > 0)
    command += "ulimit -v " + std::to_string(bounds.memory_mib * 1024) + " && ";
#endif
  // The user's caches (the lint cache and its key) go to the scratch folder, never to $HOME; the
  // messages are English whatever the developer's locale (a test gives its own in `env`).
  command +=
      "env -u GITHUB_ACTIONS -u NO_COLOR -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG "
      "XDG_CACHE_HOME=" +
      quote((scratch() / "xdg-cache").string());
  for (const auto& e : env) command += " " + quote(e);
  if (wrapper.empty()) {
    command += " " + quote(JOURNEY_BINARY);
    for (const auto& a : args) command += " " + quote(a);
  } else {
    command += " " + wrapper;  // a whole command line of its own (args unused)
  }
  command +=
      " < " + quote(in.string()) + " > " + quote(out.string()) + " 2> " + quote(err.string());
  int status = std::system(command.c_str());
  Run r;
  // A signal in the child shows as the shell's exit status 128 + signal.
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

// The shipped online shop's data files (the export its funnel reads), into `dir/data`: a copy of
// the example elsewhere needs them beside it, as a user's copy would.
inline void copy_example_data(const fs::path& dir) {
  fs::create_directories(dir / "data");
  fs::copy(fs::path(JOURNEY_SOURCE_DIR) / "examples/data", dir / "data",
           fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

inline bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace journey_test
