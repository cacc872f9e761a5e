// SPDX-License-Identifier: Apache-2.0
// journey textconv: a normalised, one-fact-per-line rendering for git's diff.journey.textconv.
#include <iostream>
#include <sstream>

#include "../app.hpp"
#include "journey/diff.hpp"
#include "journey/escape.hpp"
#include "journey/lint.hpp"
#include "journey/messages.hpp"

namespace journey::cli {

namespace {

struct TextconvCommand {
  std::vector<std::string> allowed;  // --allow-path
  std::string file;

  int execute() const {
    ConfigResolver resolver({}, PathScope(allowed));
    std::string error;
    auto cfg = resolver.for_file(file == "-" ? "./<stdin>" : file, error);
    Config defaults = default_config();
    const Config& config = cfg ? *cfg : defaults;
    Analysis analysis;
    if (file == "-") {
      analysis = analyze_source(SourceText("<stdin>", read_stdin()), "./<stdin>", config, {});
    } else {
      analysis = analyze_file(file, config, {});
    }
    if (!analysis.report.error.empty()) {
      // git stops at a textconv that fails: say it in what git shows, and let git carry on.
      std::cout << "journey textconv: "
                << translate("cannot read %1$s: %2$s", terminal_text(file), analysis.report.error)
                << "\n";
      return k_exit_ok;
    }
    if (!analysis.journey) {
      // Not a journey git can be shown as facts: show it as it is, so the line diff still works.
      std::cout << terminal_text(analysis.report.source.text(), true);
      return k_exit_ok;
    }
    write_textconv(*analysis.journey, std::cout);
    return k_exit_ok;
  }
};

}  // namespace

void add_textconv_command(CLI::App& app, Action& action) {
  auto command = std::make_shared<TextconvCommand>();
  CLI::App* sub =
      app.add_subcommand("textconv", "Print a journey as sorted facts, one per line, for git");
  sub->footer(
      "For git's textconv, so that every git UI shows meaningful line diffs of journeys:\n"
      "  echo '*.journey.yaml diff=journey' >> .gitattributes\n"
      "  git config diff.journey.textconv 'journey textconv --'\n"
      "A file that does not parse is printed as it is; one that cannot be read gives a line\n"
      "saying so. The exit code is 0 either way, so that git carries on.");
  sub->add_option("file", command->file, "The journey file, or - for stdin")->required();
  add_allow_path_option(sub, command->allowed);
  sub->callback([&action, command] { action = [command] { return command->execute(); }; });
}

}  // namespace journey::cli
