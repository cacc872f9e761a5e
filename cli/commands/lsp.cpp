// SPDX-License-Identifier: Apache-2.0
// journey lsp: the language server, over standard input and output.
#include <iostream>

#include "../app.hpp"
#include "journey/lsp.hpp"

namespace journey::cli {

namespace {

struct LspCommand {
  LspOptions options;
  int debounce_ms = 10;
  bool stdio = true;
  std::string lang;  // read before parsing (app.cpp); here for --help and its check

  int execute() {
    options.debounce = std::chrono::milliseconds(debounce_ms);
    return run_language_server(std::cin, std::cout, std::cerr, options);
  }
};

}  // namespace

void add_lsp_command(CLI::App& app, Action& action) {
  auto command = std::make_shared<LspCommand>();
  CLI::App* sub = app.add_subcommand(
      "lsp", "Language server for editors: lint as you type, completion, hover, rename");
  sub->footer(
      "Speaks the Language Server Protocol (3.17) as JSON-RPC on standard input and output;\n"
      "editors start it themselves. Diagnostics come from the same engine as 'journey lint',\n"
      "with the same .journeylint.yaml, models, catalogs and data files, a moment after you\n"
      "stop typing. Completion offers the keys valid where the cursor is, allowed values, the\n"
      "model's phases, the journey's persona, touchpoint, channel and owner ids, models and\n"
      "rule ids in '# journey-lint:' comments; hover explains keys and ids; go to definition,\n"
      "find references and rename work on persona and touchpoint ids (rename) and every other\n"
      "id (navigation), also across catalogs; quick fixes apply did-you-means and suppress a\n"
      "rule on a line.\n\n"
      "Set-up for VS Code, Neovim, Helix and Emacs: README, 'Editing with live checks', and\n"
      "man journey-lsp(1).\n\n"
      "Exit codes: 0 after the client's shutdown and exit, 1 when the input ended first, 2 usage.");
  sub->add_flag("--stdio", command->stdio,
                "Talk over standard input and output (the default and only transport; accepted "
                "because editors pass it)");
  sub->add_option("-c,--config", command->options.config,
                  "One configuration file for every journey instead of each one's "
                  ".journeylint.yaml")
      ->check(CLI::ExistingFile);
  sub->add_option("--debounce", command->debounce_ms,
                  "Milliseconds of quiet after a change before diagnostics run [default: 10]")
      ->check(CLI::Range(0, 10000));
  sub->add_option("--rules-url", command->options.rules_url,
                  "Link each diagnostic's rule id to this URL followed by the id, e.g. "
                  "https://example.org/journey/docs/rules.md#");
  add_lang_option(sub, command->lang,
                  "Language of the diagnostics, hover texts and messages: en or nl [default: each "
                  "journey's lang:, else the configuration's lang:, else LANGUAGE and "
                  "LC_MESSAGES, else en]");
  sub->callback([&action, command] { action = [command] { return command->execute(); }; });
}

}  // namespace journey::cli
