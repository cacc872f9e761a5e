// SPDX-License-Identifier: Apache-2.0
// journey report: a static site of all journeys (index, portfolio views, a page per journey,
// history from git).

#include <iostream>

#include "../app.hpp"
#include "../choices.hpp"
#include "../dates.hpp"
#include "../output.hpp"
#include "../tool_identity.hpp"
#include "journey/lint.hpp"
#include "journey/messages.hpp"
#include "journey/numbers.hpp"
#include "journey/render.hpp"
#include "journey/site.hpp"

namespace journey::cli {

namespace {

struct ReportCommand {
  std::vector<std::string> paths;
  std::string output;
  std::string lang;  // empty: the language of the messages (the environment's)
  std::string theme = "light";
  bool history = false;
  std::string since;
  std::size_t history_limit = 100;
  std::string today;
  unsigned jobs = 0;
  std::string config;
  std::vector<std::string> allowed;  // --allow-path

  int execute();
  bool expand(std::vector<std::string>& files);
};

bool ReportCommand::expand(std::vector<std::string>& files) {
  if (paths.empty()) paths.push_back(".");
  ExpandedPaths expanded = expand_paths(paths);
  for (const auto& missing : expanded.missing) {
    error_out("report") << translate("%1$s: no such file or directory", missing) << "\n";
  }
  for (const auto& skipped : expanded.skipped) {
    std::cerr << "journey report: "
              << translate(
                     "note: skipped %1$s: not a regular file (a FIFO, a device or a link "
                     "to one)",
                     skipped)
              << "\n";
  }
  if (!expanded.missing.empty()) return false;
  if (expanded.files.empty()) {
    no_journey_files("report", paths);
    return false;
  }
  files = std::move(expanded.files);
  return true;
}

int ReportCommand::execute() {
  SiteOptions options;
  std::string why;
  if (!site_replaceable(output, why)) {
    error_out("report") << why << "\n";
    return k_exit_trouble;
  }
  if (!expand(options.files)) return k_exit_trouble;
  // The site stands for a commit: --today, SOURCE_DATE_EPOCH, the last commit, then the clock
  // (said on stderr, as the same input then gives another site on another day).
  if (!command_date({"report", today, paths.front(), true}, options.today)) return k_exit_trouble;
  options.history = history || !since.empty();
  std::string error;
  if (!since.empty() && !git_commit_exists(paths.front(), since, error)) {
    error_out("report") << "--since " << since << ": " << error << "\n";
    return k_exit_trouble;
  }
  options.output = output;
  options.config = config;
  options.allowed = allowed;
  options.language = lang.empty() ? message_language() : language_of(lang);
  options.theme = theme;
  options.since = since;
  options.history_limit = history_limit;
  options.jobs = jobs;
  options.tool = tool_identity();
  SiteReport report;
  if (!write_site(options, report, error)) {
    error_out("report") << error << "\n"
                        << "journey report: " << translate("%1$s is unchanged", output) << "\n";
    return k_exit_trouble;
  }
  for (const auto& note : report.notes) {
    // TRANSLATORS: a note of the library's on the site, after "journey report: ".
    std::cerr << "journey report: " << translate("note: %1$s", note) << "\n";
  }
  std::string journeys =
      translate_n("%1$s journey", "%1$s journeys", report.journeys, report.journeys);
  std::string diagrams =
      translate_n("%1$s diagram", "%1$s diagrams", report.diagrams, report.diagrams);
  // TRANSLATORS: "wrote site/: 12 journeys (1 with lint errors, shown but not drawn or scored), 40
  // diagrams drawn, 3 reused".
  std::cerr << "journey report: "
            << translate(
                   "wrote %1$s: %2$s (%3$s with lint errors, shown but not drawn or scored), "
                   "%4$s drawn, %5$s reused",
                   output, journeys, report.with_errors, diagrams, report.reused)
            << "\n";
  return k_exit_ok;
}

}  // namespace

void add_report_command(CLI::App& app, Action& action) {
  auto command = std::make_shared<ReportCommand>();
  CLI::App* sub = app.add_subcommand("report", "Write a static site of all journeys");
  sub->footer(
      "The site: an index of every journey (in several orders), channels, owners and personas\n"
      "by journey, recurring pains, the lowest-emotion touchpoints, current against future\n"
      "state, and a page per journey with its views, scorecard, lint findings, KPIs and\n"
      "personas. HTML, one CSS file and SVG; no JavaScript, nothing fetched from elsewhere:\n"
      "open index.html from disk or publish the folder on any static host.\n\n"
      "The same input gives the same bytes: the date is --today, else SOURCE_DATE_EPOCH, else\n"
      "the last commit's, else today's (said on stderr). The site is written beside DIR and\n"
      "then put in its place; a failed run leaves DIR unchanged, and a folder that is not empty\n"
      "and not an earlier site is never replaced.\n\n"
      "Examples:\n"
      "  journey report maps/ -o site/\n"
      "  journey report maps/ -o site/ --history --since v1.0 --lang nl\n"
      "  journey report examples/ -o /tmp/site --today 2026-11-23 --theme print\n\n"
      "Exit codes: 0 site written (journeys with lint errors are shown with their findings),\n"
      "2 usage error, unreadable input, a folder that is not a site, or the site could not be\n"
      "written.");
  sub->add_option("paths", command->paths, "Journey files or directories [default: .]");
  sub->add_option("-o,--output", command->output, "The site's folder (replaced as a whole)")
      ->required();
  one_of(sub->add_option("--lang", command->lang,
                         "Language of the site and its messages: en or nl [default: "
                         "LANGUAGE and LC_MESSAGES, else en]"),
         {"en", "nl"}, noop_tr("language"));
  one_of(sub->add_option("--theme", command->theme, "light, dark or print [default: light]"),
         render_themes(), noop_tr("theme"));
  sub->add_flag("--history", command->history,
                "Score and key figures at every commit that touched each journey (git)");
  sub->add_option("--since", command->since,
                  "With history: show the changes since REV [default: the previous version of "
                  "each journey]; implies --history");
  sub->add_option("--history-limit", command->history_limit,
                  "The newest N commits per journey [default: 100]")
      ->check(CLI::Range(1, 100000));
  sub->add_option("--today", command->today,
                  "The report's date (YYYY-MM-DD) [default: SOURCE_DATE_EPOCH, the last "
                  "commit's date, today]");
  sub->add_option("-j,--jobs", command->jobs, "Worker processes [default: 0, one per core]");
  sub->add_option("-c,--config", command->config, "Configuration file")->check(CLI::ExistingFile);
  add_allow_path_option(sub, command->allowed);
  sub->callback([&action, command] { action = [command] { return command->execute(); }; });
}

}  // namespace journey::cli
