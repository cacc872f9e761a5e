// SPDX-License-Identifier: Apache-2.0
// journey serve: a live preview of journeys in the browser.
#include <spawn.h>
#include <sys/wait.h>

#include <iostream>

#include "../app.hpp"
#include "../choices.hpp"
#include "../output.hpp"
#include "journey/render.hpp"
#include "journey/serve.hpp"

extern char** environ;

namespace journey::cli {

namespace {

struct ServeCommand {
  ServeOptions options;
  bool open = false;

  int execute() {
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
    std::cout << "journey serve: " << url << " (Ctrl-C stops)" << std::endl;
    server.on_rebuild([](const std::vector<std::string>& files) {
      for (const auto& f : files) std::cerr << "journey serve: checked " << f << "\n" << std::flush;
    });
    if (open) open_browser(url);
    server.run();
    return k_exit_ok;
  }

  // xdg-open, without a shell; a failure only costs the convenience.
  static void open_browser(const std::string& url) {
    const char* argv[] = {"xdg-open", url.c_str(), nullptr};
    pid_t pid = 0;
    if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, const_cast<char* const*>(argv), environ) !=
        0) {
      std::cerr << "journey serve: cannot run xdg-open; open " << url << " yourself\n";
    }
  }
};

}  // namespace

void add_serve_command(CLI::App& app, Action& action) {
  auto command = std::make_shared<ServeCommand>();
  CLI::App* sub =
      app.add_subcommand("serve", "Preview journeys in the browser, redrawn as you save");
  sub->footer(
      "Serves an index of the journeys under PATH (default: .) and a page per journey with its\n"
      "views, scorecard and findings, on 127.0.0.1 at a free port (printed). Files are watched\n"
      "(journeys, models, catalogs, data files, configurations): a page reloads by itself once\n"
      "its journey has been checked and drawn again. With lint errors the page shows the\n"
      "findings above the last good picture.\n\n"
      "Only pages and pictures made from the journeys are served, never a file by its path;\n"
      "requests that name another host are refused. --host exposes the preview to other\n"
      "machines: do that on trusted networks only.\n\n"
      "Examples:\n"
      "  journey serve                       every journey below the current folder\n"
      "  journey serve maps/ --port 8080 --open\n\n"
      "Exit codes: 0 stopped, 2 usage, no journeys found, the port cannot be used.");
  sub->add_option("paths", command->options.paths,
                  "Journey files and folders searched for *.journey.yaml [default: .]");
  sub->add_option("--host", command->options.host,
                  "The address to listen on [default: 127.0.0.1, this machine only]");
  sub->add_option("-p,--port", command->options.port, "The port [default: a free one]")
      ->check(CLI::Range(0, 65535));
  sub->add_flag("--open", command->open, "Open the index in the browser (xdg-open)");
  sub->add_option("-c,--config", command->options.config,
                  "One configuration file for every journey")
      ->check(CLI::ExistingFile);
  one_of(sub->add_option("--lang", command->options.language,
                         "The pictures' language at first: en or nl [default: en]"),
         {"en", "nl"}, "language");
  one_of(sub->add_option("--theme", command->options.theme,
                         "The pictures' theme at first: light, dark or print [default: light]"),
         render_themes(), "theme");
  sub->callback([&action, command] { action = [command] { return command->execute(); }; });
}

}  // namespace journey::cli
