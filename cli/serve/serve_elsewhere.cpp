// SPDX-License-Identifier: Apache-2.0
// journey: serve hands over to the helper journey-serve (see serve.hpp).
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <system_error>

#include "../app.hpp"
#include "../output.hpp"
#include "journey/messages.hpp"
#include "serve.hpp"

namespace fs = std::filesystem;

namespace journey::cli {

namespace {

// Beside this program (a build tree), then in its libexec folder (an installation). Found from
// the program's own path, never from PATH or the working folder.
std::vector<fs::path> helper_places() {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  fs::path dir = self.parent_path();
  return {dir / "journey-serve", (dir / JOURNEY_LIBEXEC_FROM_BINDIR / "journey-serve")};
}

}  // namespace

int serve_journeys(ServeOptions, bool) {
  std::vector<fs::path> places = helper_places();
  for (const fs::path& helper : places) {
    if (access(helper.c_str(), X_OK) != 0) continue;
    std::cout.flush();
    ChildEnvironment env;  // the helper reads the user's LANGUAGE as this process did
    execve(helper.c_str(), remembered_command_line(), env.get());
    error_out("serve") << translate("cannot run %1$s: %2$s", helper.string(), error_text(errno))
                       << "\n";
    return k_exit_trouble;
  }
  if (places.empty()) {
    error_out("serve") << tr("the preview server journey-serve is not installed; reinstall journey")
                       << "\n";
    return k_exit_trouble;
  }
  std::string looked = places.front().lexically_normal().string();
  for (std::size_t i = 1; i < places.size(); ++i) {
    looked = translate("%1$s and %2$s", looked, places[i].lexically_normal().string());
  }
  error_out("serve") << translate(
                            "the preview server journey-serve is not installed (looked for "
                            "%1$s); reinstall journey",
                            looked)
                     << "\n";
  return k_exit_trouble;
}

}  // namespace journey::cli

int main(int argc, char** argv) {
  return journey::cli::run(argc, argv);
}
