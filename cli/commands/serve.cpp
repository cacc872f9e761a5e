// SPDX-License-Identifier: Apache-2.0
// journey serve: a live preview of journeys in the browser; the options here, the server in
// journey-serve (see ../serve/serve.hpp).
#include "../serve/serve.hpp"
#include "../app.hpp"
#include "../choices.hpp"
#include "journey/messages.hpp"
#include "journey/render.hpp"

namespace journey::cli {

namespace {

struct ServeCommand {
  ServeOptions options;
  bool open = false;
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
         {"en", "nl"}, noop_tr("language"));
  one_of(sub->add_option("--theme", command->options.theme,
                         "The pictures' theme at first: light, dark or print [default: light]"),
         render_themes(), noop_tr("theme"));
  sub->callback([&action, command] {
    action = [command] { return serve_journeys(command->options, command->open); };
  });
}

}  // namespace journey::cli
