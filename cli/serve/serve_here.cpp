// SPDX-License-Identifier: Apache-2.0
// journey-serve: the preview server itself (see serve.hpp).
#include <spawn.h>

#include <iostream>

#include "../app.hpp"
#include "../output.hpp"
#include "journey/messages.hpp"
#include "serve.hpp"

namespace journey::cli {

namespace {

// xdg-open, without a shell; a failure only costs the convenience.
void open_browser(const std::string& url) {
  const char* argv[] = {"xdg-open", url.c_str(), nullptr};
  pid_t pid = 0;
  ChildEnvironment env;
  if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, const_cast<char* const*>(argv), env.get()) !=
      0) {
    std::cerr << "journey serve: " << translate("cannot run xdg-open; open %1$s yourself", url)
              << "\n";
  }
}

}  // namespace

int serve_journeys(ServeOptions options, bool open) {
  if (options.paths.empty()) options.paths.push_back(".");
  PreviewServer server(options);
  std::string error;
  if (!server.start(error)) {
    error_out("serve") << error << "\n";
    return k_exit_trouble;
  }
  std::string host =
      options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
  std::string url = "http://" + host + ":" + std::to_string(server.port()) + "/";
  std::cout << "journey serve: " << translate("%1$s (Ctrl-C stops)", url) << std::endl;
  server.on_rebuild([](const std::vector<std::string>& files) {
    for (const auto& f : files) {
      std::cerr << "journey serve: " << translate("checked %1$s", f) << "\n" << std::flush;
    }
  });
  if (open) open_browser(url);
  server.run();
  return k_exit_ok;
}

}  // namespace journey::cli

int main(int argc, char** argv) {
  return journey::cli::run(argc, argv);
}
