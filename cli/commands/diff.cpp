// SPDX-License-Identifier: Apache-2.0
// journey diff: semantic differences between two versions of a journey; also git's diff driver.
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <future>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "../app.hpp"
#include "../choices.hpp"
#include "../output.hpp"
#include "journey/diff.hpp"
#include "journey/lint.hpp"
#include "journey/messages.hpp"
#include "journey/report.hpp"
#include "journey/revision.hpp"

namespace fs = std::filesystem;

namespace journey::cli {

namespace {

struct DiffCommand {
  std::vector<std::string> args;
  bool git_driver = false;
  bool list_changes = false;
  std::string format = "text";
  std::string fail_on = "any";
  std::string color = "auto";
  std::string lang;  // read before parsing (app.cpp); here for --help and its check
  std::string config;
  std::vector<std::string> allowed;  // --allow-path

  int execute();
  int list() const;
  // Trouble: exit 2 with the message on stderr; as git's driver, the message goes into the diff
  // and the exit is 0, so that git carries on (a driver that fails stops git diff with 128).
  int trouble(const std::string& message) const;

 private:
  // The two sides as given: specs, labels, and the path whose configuration applies. As a git
  // driver, both sides are temporary copies of that path: their model, catalog and data files
  // are found from it (`home`), not from the folder of the copies.
  struct Sides {
    std::string old_spec, new_spec, old_label, new_label, lookup, home;
  };
  bool read_arguments(Sides& sides) const;
  // Whether both sides can be compared; otherwise the exit code is in `code`.
  bool usable(const Revision& old_side, const Revision& new_side, int& code) const;
  int report(const DiffResult& result, const Revision& old_side, const Revision& new_side) const;
};

int DiffCommand::list() const {
  std::size_t width = 0;
  for (const auto& kind : change_kinds()) width = std::max(width, std::strlen(kind.id));
  for (const auto& kind : change_kinds()) {
    std::cout << std::left << std::setw(static_cast<int>(width) + 2) << kind.id << std::setw(12)
              << to_string(kind.default_class) << kind.summary << "\n";
  }
  return k_exit_ok;
}

// "a/shop.journey.yaml (1a2b3c4)"; /dev/null for the missing side of an added or deleted file,
// which git passes as "." for its hash.
std::string side_label(const char* prefix, const std::string& path, const std::string& hex) {
  if (hex == ".") return "/dev/null";
  bool zero = hex.find_first_not_of('0') == std::string::npos;
  // TRANSLATORS: a side of git's diff: "a/shop.journey.yaml (working tree)".
  if (hex.empty() || zero) return translate("%1$s (working tree)", prefix + path);
  return prefix + path + " (" + hex.substr(0, 7) + ")";
}

int DiffCommand::trouble(const std::string& message) const {
  if (git_driver) {
    std::cout << "journey diff: " << terminal_text(message, true) << "\n";
    return k_exit_ok;
  }
  error_out("diff") << message << "\n";
  return k_exit_trouble;
}

bool DiffCommand::read_arguments(Sides& sides) const {
  if (git_driver) {
    // git passes: path old-file old-hex old-mode new-file new-hex new-mode
    if (args.size() != 7) {
      trouble(
          translate("--git-driver takes the 7 arguments git passes to an external diff driver "
                    "(got %1$s)",
                    args.size()));
      return false;
    }
    sides = {
        args[1], args[4], side_label("a/", args[0], args[2]), side_label("b/", args[0], args[5]),
        args[0], args[0]};
  } else {
    if (args.size() != 2) {
      error_out("diff") << tr("give two versions: journey diff OLD NEW (a file, - for stdin, "
                              "REV:PATH from git, or /dev/null)")
                        << "\n";
      return false;
    }
    sides = {args[0], args[1], {}, {}, revision_path(args[1] != "/dev/null" ? args[1] : args[0]),
             {}};
  }
  if (sides.old_spec == "-" && sides.new_spec == "-") {
    error_out("diff") << tr("only one side can be read from stdin") << "\n";
    return false;
  }
  return true;
}

bool DiffCommand::usable(const Revision& old_side, const Revision& new_side, int& code) const {
  for (const Revision* side : {&old_side, &new_side}) {
    if (side->usable()) continue;
    // TRANSLATORS: "old side does not parse:" / "old side: ...", the first of the two versions.
    const char* which = side == &old_side ? tr("old side") : tr("new side");
    std::string message = (side->parse_error ? translate("%1$s does not parse:", which) + "\n"
                                             : std::string(which) + ": ") +
                          side->error;
    if (message.back() != '\n') message += "\n";
    if (git_driver) {
      // git stops at a driver that fails; say what is wrong in the diff and let git carry on.
      std::cout << "journey diff: " << terminal_text(message, true);
      code = k_exit_ok;
    } else {
      error_out("diff") << message;
      // YAML that does not parse is a finding, which exits 1 as lint exits on it.
      code = side->parse_error ? k_exit_findings : k_exit_trouble;
    }
    return false;
  }
  return true;
}

// --fail-on decides the exit code only: every change is shown whatever it is.
int DiffCommand::report(const DiffResult& result, const Revision& old_side,
                        const Revision& new_side) const {
  DiffFormat diff_format = DiffFormat::text;
  parse_diff_format(format, diff_format);
  DiffReportOptions options;
  options.color = use_color(color, isatty(STDOUT_FILENO));
  options.new_file = new_side.exists ? new_side.path : old_side.path;
  write_diff(result, old_side.side(), new_side.side(), diff_format, options, std::cout);
  std::cout.flush();
  if (git_driver) return k_exit_ok;
  bool failing =
      fail_on == "regression" ? result.count(ChangeClass::regression) > 0 : !result.changes.empty();
  return failing ? k_exit_findings : k_exit_ok;
}

int DiffCommand::execute() {
  if (list_changes) return list();
  Sides sides;
  if (!read_arguments(sides)) return git_driver ? k_exit_ok : k_exit_trouble;
  ConfigResolver resolver(config, PathScope(allowed));
  std::string error;
  auto cfg = resolver.for_file(sides.lookup, error);
  if (!cfg && !git_driver) return trouble(translate("invalid configuration: %1$s", error));
  if (!cfg) {
    // Said in the diff, which is then made with the defaults rather than not at all.
    trouble(translate("invalid configuration (the defaults are used): %1$s", error));
    auto defaults = std::make_shared<Config>(default_config());
    defaults->scope = PathScope(allowed);
    cfg = defaults;
  }
  use_configured_language(*cfg);
  std::string stdin_text;
  if (sides.old_spec == "-" || sides.new_spec == "-") stdin_text = read_stdin();
  // Both sides parse at once: parsing is most of the time. The future carries exceptions back.
  auto old_future = std::async(std::launch::async, [&] {
    return load_revision(sides.old_spec, sides.old_label, *cfg, stdin_text, sides.home);
  });
  Revision new_side = load_revision(sides.new_spec, sides.new_label, *cfg, stdin_text, sides.home);
  Revision old_side = old_future.get();
  int code = k_exit_ok;
  if (!usable(old_side, new_side, code)) return code;
  // The changes in the language of the new version (of the old one when the journey was deleted).
  const Revision& speaking_side = new_side.analysis.journey ? new_side : old_side;
  const Journey* journey =
      speaking_side.analysis.journey ? &*speaking_side.analysis.journey : nullptr;
  use_language_of(journey, *cfg);
  DiffOptions options;
  options.classes = cfg->change_classes;
  return report(diff_journeys(old_side.side(), new_side.side(), options), old_side, new_side);
}

}  // namespace

void add_diff_command(CLI::App& app, Action& action) {
  auto command = std::make_shared<DiffCommand>();
  CLI::App* sub = app.add_subcommand("diff", "Show what changed in meaning between two versions");
  sub->footer(
      "Compares two versions of a journey by meaning: touchpoints matched by id across phases,\n"
      "lists as sets, numbers with their relative change. Re-indenting, reordering keys or\n"
      "changing quotes shows nothing. Each change has a kind ('--list-changes') and a class:\n"
      "regression (worse for the customer), change or info; the configuration can reclassify or\n"
      "ignore kinds (diff: changes: {KIND: info|off}).\n\n"
      "Each side is a file, - for stdin, REV:PATH read from git, or /dev/null (an added or\n"
      "deleted journey).\n\n"
      "Examples:\n"
      "  journey diff old.journey.yaml new.journey.yaml\n"
      "  journey diff HEAD~1:maps/shop.journey.yaml maps/shop.journey.yaml --format markdown\n"
      "  journey diff main:shop.journey.yaml shop.journey.yaml --fail-on regression\n\n"
      "As git's diff driver (see man journey-diff; '--' keeps a file named '-x' a file):\n"
      "  echo '*.journey.yaml diff=journey' >> .gitattributes\n"
      "  git config diff.journey.command 'journey diff --git-driver --'\n\n"
      "Exit codes (as diff(1)): 0 no semantic difference, 1 differences (with --fail-on\n"
      "regression: regressions; the others are shown all the same) or a side that does not\n"
      "parse (as lint), 2 trouble. With --git-driver always 0, so that git carries on.");
  sub->add_option("versions", command->args, "OLD NEW (or git's 7 arguments with --git-driver)");
  sub->add_flag("--git-driver", command->git_driver,
                "Act as git's external diff driver: path old-file old-hex old-mode new-file "
                "new-hex new-mode");
  sub->add_flag("--list-changes", command->list_changes,
                "List every kind of change with its default class");
  one_of(sub->add_option("-f,--format", command->format,
                         "text, json, markdown or github [default: text]"),
         {"text", "json", "markdown", "github"}, noop_tr("format"));
  one_of(sub->add_option("--fail-on", command->fail_on,
                         "any: exit 1 on any difference (default); regression: only on "
                         "regressions (every difference is still shown)"),
         {"any", "regression"}, noop_tr("threshold"));
  add_color_option(sub, command->color, "Colour the text output");
  add_lang_option(sub, command->lang,
                  "Language of the messages: en or nl [default: the journey's lang:, else the "
                  "configuration's lang:, else LANGUAGE and LC_MESSAGES, else en]");
  sub->add_option("-c,--config", command->config, "Configuration file")->check(CLI::ExistingFile);
  add_allow_path_option(sub, command->allowed);
  sub->callback([&action, command] { action = [command] { return command->execute(); }; });
}

}  // namespace journey::cli
