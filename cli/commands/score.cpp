// SPDX-License-Identifier: Apache-2.0
// journey score: an explained, weighted scorecard per journey, with CI thresholds.
#include <unistd.h>

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "../app.hpp"
#include "../choices.hpp"
#include "../dates.hpp"
#include "../output.hpp"
#include "journey/escape.hpp"
#include "journey/lint.hpp"
#include "journey/messages.hpp"
#include "journey/numbers.hpp"
#include "journey/report.hpp"
#include "journey/revision.hpp"
#include "journey/score.hpp"

namespace journey::cli {

namespace {

struct ScoreCommand {
  std::vector<std::string> paths;
  std::string format = "text";
  bool details = false;
  double min_score = -1;
  std::string today;
  std::string color = "auto";
  std::string lang;  // read before parsing (app.cpp); here for --help and its check
  std::string config;
  std::vector<std::string> allowed;  // --allow-path
  bool compare = false;
  bool list_checks = false;

  // What kept journeys from being scored: input trouble exits 2, lint errors 1 (as lint).
  struct Unscored {
    bool trouble = false;
    bool lint_errors = false;
  };

  int execute();
  int run_compare(ScoreFormat score_format, Date date);
  Unscored score_all(Date date, std::vector<Scorecard>& cards);
  void score_version(const std::string& spec, const std::string& stdin_text, Date date,
                     ConfigResolver& resolver, std::vector<Scorecard>& cards, Unscored& unscored);
  bool below(const Scorecard& card) const {
    return min_score >= 0 && card.total < min_score;  // the total as shown: a whole number
  }
  void report_failures(const std::vector<Scorecard>& cards) const;
};

// Lint errors stop a journey from being scored, as they stop it from being drawn; they exit 1,
// as lint exits on them.
bool print_blocking_errors(const Analysis& analysis, const std::string& name, bool color) {
  if (!analysis.has_errors() && analysis.model != nullptr) return false;
  write_errors(analysis.report, std::cerr, color);
  std::cerr << "journey score: " << translate("%1$s has lint errors; not scored", name) << "\n";
  return true;
}

void ScoreCommand::report_failures(const std::vector<Scorecard>& cards) const {
  for (const auto& card : cards) {
    if (below(card)) {
      std::ostringstream gate;
      gate << min_score;  // as given: 72, 72.5
      std::cerr << "journey score: "
                << translate("%1$s scores %2$s, below --min-score %3$s", card.file,
                             format_fixed(card.total, 0), gate.str())
                << "\n";
    }
    for (const auto& m : card.minimums) {
      if (m.met) continue;
      // TRANSLATORS: %2$s is a check id, a category id or "total"; %3$s and %4$s are scores.
      std::cerr << "journey score: "
                << translate("%1$s: %2$s expected >= %3$s, actual %4$s", card.file, m.check,
                             decimal(m.expected, 1), decimal(m.actual, 1))
                << "\n";
    }
  }
}

int ScoreCommand::run_compare(ScoreFormat score_format, Date date) {
  if (paths.size() != 2) {
    error_out("score") << tr("--compare takes OLD NEW (files, -, REV:PATH)") << "\n";
    return k_exit_trouble;
  }
  ConfigResolver resolver(config, PathScope(allowed));
  auto cfg = config_or_error(resolver, revision_path(paths[1]), "score");
  if (!cfg) {
    return k_exit_trouble;
  }
  std::string stdin_text;
  if (paths[0] == "-" || paths[1] == "-") {
    stdin_text = read_stdin();
  }
  std::vector<Scorecard> cards;
  for (const auto& spec : paths) {
    Revision r = load_revision(spec, {}, *cfg, stdin_text);
    if (!r.usable() || !r.exists) {
      // A revision's error names it already; a missing journey does not.
      error_out("score") << (r.exists ? r.error
                                      : translate("%1$s: there is no journey to score", spec))
                         << "\n";
      return k_exit_trouble;
    }
    if (print_blocking_errors(r.analysis, r.label, color_on_stderr(color))) return k_exit_findings;
    cards.push_back(score_journey(*r.analysis.journey, *r.analysis.model, r.label, date, cfg->score,
                                  r.analysis.funnels));
  }
  write_score_comparison(cards[0], cards[1], score_format, std::cout);
  // The thresholds apply to the new version, as they would after merging it.
  if (below(cards[1]) || !cards[1].minimums_met()) {
    report_failures({cards[1]});
    return k_exit_findings;
  }
  return k_exit_ok;
}

// Scores one version named as diff names it: "-" (standard input) or REV:PATH.
void ScoreCommand::score_version(const std::string& spec, const std::string& stdin_text, Date date,
                                 ConfigResolver& resolver, std::vector<Scorecard>& cards,
                                 Unscored& unscored) {
  auto cfg = config_or_error(resolver, revision_path(spec), "score");
  if (!cfg) {
    unscored.trouble = true;
    return;
  }
  Revision r = load_revision(spec, spec == "-" ? "<stdin>" : spec, *cfg, stdin_text);
  if (!r.usable() && !r.parse_error) {
    error_out("score") << terminal_text(r.error) << "\n";
    unscored.trouble = true;
  } else if (print_blocking_errors(r.analysis, r.label, color_on_stderr(color))) {
    unscored.lint_errors = true;
  } else {
    cards.push_back(score_journey(*r.analysis.journey, *r.analysis.model, r.label, date, cfg->score,
                                  r.analysis.funnels));
  }
}

// Scores every journey below `paths` (files, folders, "-" and REV:PATH), and says what kept any
// from being scored.
ScoreCommand::Unscored ScoreCommand::score_all(Date date, std::vector<Scorecard>& cards) {
  if (paths.empty()) paths.push_back(".");
  std::vector<std::string> on_disk, versions;
  for (const auto& p : paths) (is_revision_spec(p) ? versions : on_disk).push_back(p);
  Unscored unscored;
  if (std::count(versions.begin(), versions.end(), "-") > 1) {
    error_out("score") << tr("'-' (standard input) can be given once") << "\n";
    unscored.trouble = true;
    return unscored;
  }
  ExpandedPaths expanded = expand_paths(on_disk);
  unscored.trouble = !expanded.missing.empty();
  for (const auto& missing : expanded.missing) {
    error_out("score") << translate("%1$s: no such file or directory", missing) << "\n";
  }
  for (const auto& skipped : expanded.skipped) {
    std::cerr << "journey score: "
              << translate(
                     "note: skipped %1$s: not a regular file (a FIFO, a device or a link "
                     "to one)",
                     skipped)
              << "\n";
  }
  ConfigResolver resolver(config, PathScope(allowed));
  for (const auto& file : expanded.files) {
    auto cfg = config_or_error(resolver, file, "score");
    if (!cfg) {
      unscored.trouble = true;
      return unscored;
    }
    Analysis analysis = analyze_file(file, *cfg, LintOptions{});
    if (file == expanded.files.front()) {
      use_language_of(analysis.journey ? &*analysis.journey : nullptr, *cfg);
    }
    MessageLanguageScope speaking(
        message_language_for({}, analysis.journey ? &*analysis.journey : nullptr, *cfg));
    if (!analysis.report.error.empty()) {
      error_out("score") << translate("%1$s: cannot read the file: %2$s", file,
                                      analysis.report.error)
                         << "\n";
      unscored.trouble = true;
    } else if (print_blocking_errors(analysis, file, color_on_stderr(color))) {
      unscored.lint_errors = true;
    } else {
      cards.push_back(score_journey(*analysis.journey, *analysis.model, file, date, cfg->score,
                                    analysis.funnels));
    }
  }
  std::string stdin_text;
  if (std::find(versions.begin(), versions.end(), "-") != versions.end()) stdin_text = read_stdin();
  for (const auto& spec : versions) {
    score_version(spec, stdin_text, date, resolver, cards, unscored);
  }
  return unscored;
}

int ScoreCommand::execute() {
  if (list_checks) {
    for (const auto& check : score_checks()) {
      std::cout << std::left << std::setw(22) << check.id << std::setw(13) << check.category
                << tr(check.summary) << "\n";
    }
    return k_exit_ok;
  }
  ScoreFormat score_format = ScoreFormat::text;
  parse_score_format(format, score_format);
  Date date;
  if (!command_date({"score", today, {}, false}, date)) return k_exit_trouble;
  if (compare) return run_compare(score_format, date);
  std::vector<Scorecard> cards;
  Unscored unscored = score_all(date, cards);
  if (cards.empty() && !unscored.trouble && !unscored.lint_errors)
    return no_journey_files("score", paths);
  write_scorecards(cards, score_format, details, std::cout);
  if (unscored.trouble) return k_exit_trouble;
  bool failed = unscored.lint_errors;
  for (const auto& card : cards) failed = failed || below(card) || !card.minimums_met();
  report_failures(cards);
  return failed ? k_exit_findings : k_exit_ok;
}

}  // namespace

void add_score_command(CLI::App& app, Action& action) {
  auto command = std::make_shared<ScoreCommand>();
  CLI::App* sub = app.add_subcommand("score", "Score journeys 0-100 with an explained scorecard");
  sub->footer(
      "Every check is scored 0-10 with a reason; categories (coverage, experience, friction,\n"
      "measurement, ownership, freshness, personas) are weighted into a total 0-100. A check\n"
      "that cannot be judged is shown as n/a and left out of the weighted mean. Formulas:\n"
      "docs/scoring.md and man journey-score. Weights and per-check minimums live in\n"
      ".journeylint.yaml (score: {weights: {...}, minimums: {...}}).\n\n"
      "Examples:\n"
      "  journey score examples/online-shop.journey.yaml --details\n"
      "  journey score maps/ --min-score 70              ranking of every journey, CI gate\n"
      "  journey score --compare main:shop.journey.yaml shop.journey.yaml\n\n"
      "The total is a whole number and checks and categories keep one decimal, as shown: the\n"
      "gates compare what is printed, so a journey shown as 72 passes --min-score 72.\n\n"
      "Exit codes: 0 all scores at or above --min-score and every configured minimum met; 1\n"
      "a score below them, or lint errors (as lint); 2 usage, configuration, a missing path,\n"
      "an unreadable file or no journey files.");
  sub->add_option("paths", command->paths,
                  "Journey files or directories, - (stdin) or REV:PATH (from git) [default: .]; "
                  "with --compare, OLD NEW");
  one_of(sub->add_option("-f,--format", command->format, "text, json or markdown [default: text]"),
         {"text", "json", "markdown"}, noop_tr("format"));
  sub->add_flag("--details", command->details,
                "List the elements that cost points, with their lines");
  sub->add_option("--min-score", command->min_score,
                  "Exit 1 when a journey's total, the whole number shown, is below N")
      ->check(CLI::Range(0.0, 100.0));
  sub->add_option("--today", command->today,
                  "Measure the age of 'reviewed' against DATE (YYYY-MM-DD), for reproducible "
                  "runs [default: SOURCE_DATE_EPOCH, today]");
  sub->add_flag("--compare", command->compare,
                "Score OLD and NEW (files, -, REV:PATH) and show the checks that moved");
  sub->add_flag("--list-checks", command->list_checks, "List the checks and their categories");
  sub->add_option("-c,--config", command->config, "Configuration file")->check(CLI::ExistingFile);
  add_color_option(sub, command->color, "Colour lint errors on standard error");
  add_lang_option(sub, command->lang,
                  "Language of the messages: en or nl [default: the journey's lang:, else the "
                  "configuration's lang:, else LANGUAGE and LC_MESSAGES, else en]");
  add_allow_path_option(sub, command->allowed);
  sub->callback([&action, command] { action = [command] { return command->execute(); }; });
}

}  // namespace journey::cli
