// SPDX-License-Identifier: Apache-2.0
// journey lint: check journey files against their model and the rules.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <set>
#include <sstream>

#include "../app.hpp"
#include "../choices.hpp"
#include "../dates.hpp"
#include "../help_table.hpp"
#include "../output.hpp"
#include "../tool_identity.hpp"

#include "journey/diff.hpp"
#include "journey/lint.hpp"
#include "journey/lint_cache.hpp"
#include "journey/messages.hpp"
#include "journey/numbers.hpp"
#include "journey/output_file.hpp"
#include "journey/report.hpp"
#include "journey/score.hpp"
#include "journey/source_root.hpp"
#include "journey/version.hpp"

namespace journey::cli {

namespace {

struct LintCommand {
  std::vector<std::string> paths;
  std::string config;
  std::vector<std::string> allowed;  // --allow-path
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::string format;
  std::string output;
  bool statistics = false;
  std::string stdin_filename;
  std::string fail_on = "error";
  int max_warnings = -1;
  std::string color = "auto";
  std::string lang;  // read before parsing (app.cpp); here for --help and its check
  bool print_config = false;
  unsigned jobs = 0;
  std::string today;
  bool quiet = false;
  std::string information_uri;
  bool cache = false;
  std::string cache_dir;
  bool no_cache = false;

  int execute();

 private:
  // What the paths expand to, with each file's configuration.
  struct Inputs {
    bool use_stdin = false;
    std::vector<std::string> files;
    std::vector<std::shared_ptr<const Config>> configs;
    std::size_t missing = 0;
  };

  bool prepare(LintOptions& options, ReportFormat& report_format);
  std::unique_ptr<LintCache> open_cache() const;
  bool collect(ConfigResolver& resolver, Inputs& inputs);
  int show_config(ConfigResolver& resolver, const Inputs& inputs) const;
  int run(const LintOptions& options, ReportFormat report_format, const Inputs& inputs);
  int exit_code(const Summary& summary, bool failed, const Inputs& inputs) const;
  std::string stdin_lookup() const { return stdin_filename.empty() ? "./<stdin>" : stdin_filename; }
};

bool reaches(Severity severity, const std::string& fail_on) {
  if (fail_on == "never") return false;
  Severity threshold = Severity::error;
  parse_severity(fail_on, threshold);
  return severity >= threshold;
}

// A cache that cannot be used (a link, another user's folder, no home) is said once; lint then
// runs without it, as if --no-cache were given.
std::unique_ptr<LintCache> LintCommand::open_cache() const {
  if (no_cache || (!cache && cache_dir.empty())) return nullptr;
  std::string home = default_cache_home(), error;
  if (home.empty()) {
    if (!quiet)
      warning_out("lint") << tr("linting without the cache: neither XDG_CACHE_HOME nor HOME is "
                                "set, so there is no place for its key")
                          << "\n";
    return nullptr;
  }
  std::unique_ptr<LintCache> opened =
      LintCache::open(cache_dir.empty() ? home + "/lint" : cache_dir, home, tool_identity(), error);
  if (!opened && !quiet) {
    warning_out("lint") << translate("linting without the cache: %1$s", error) << "\n";
  }
  return opened;
}

bool LintCommand::prepare(LintOptions& options, ReportFormat& report_format) {
  options.filter.select = select;
  options.filter.ignore = ignore;
  if (std::string problem = options.filter.validate(); !problem.empty()) {
    error_out("lint") << problem << "\n";
    return false;
  }
  // A working tree is judged by --today, SOURCE_DATE_EPOCH or the clock, never by the last
  // commit: a review dated after it would otherwise count as in the future.
  if (!command_date({"lint", today, {}, false}, options.today)) return false;
  if (format.empty()) {
    const char* gha = std::getenv("GITHUB_ACTIONS");
    format = gha != nullptr && std::string(gha) == "true" ? "github" : "text";
  }
  parse_report_format(format, report_format);  // the option checked the name
  return true;
}

bool LintCommand::collect(ConfigResolver& resolver, Inputs& inputs) {
  if (paths.empty()) paths.push_back(".");
  std::vector<std::string> named;
  for (const auto& p : paths) {
    if (p == "-") {
      inputs.use_stdin = true;
    } else {
      named.push_back(p);
    }
  }
  if (inputs.use_stdin && !named.empty()) {
    error_out("lint") << tr("'-' (stdin) cannot be combined with other paths") << "\n";
    return false;
  }
  if (inputs.use_stdin) {
    inputs.files.push_back(stdin_filename.empty() ? "<stdin>" : stdin_filename);
  } else {
    ExpandedPaths expanded = expand_paths(named);
    for (const auto& missing : expanded.missing) {
      error_out("lint") << translate("%1$s: no such file or directory", missing) << "\n";
    }
    for (const auto& skipped : expanded.skipped) {
      std::cerr << "journey lint: "
                << translate(
                       "note: skipped %1$s: not a regular file (a FIFO, a device or a link "
                       "to one)",
                       skipped)
                << "\n";
    }
    inputs.missing = expanded.missing.size();
    inputs.files = std::move(expanded.files);
  }
  for (const auto& file : inputs.files) {
    auto cfg = config_or_error(resolver, inputs.use_stdin ? stdin_lookup() : file, "lint");
    if (!cfg) {
      return false;
    }
    inputs.configs.push_back(std::move(cfg));
  }
  return true;
}

// Everything the configuration sets for `file`: lint's rules and overrides, the render
// settings, the score weights and minimums, the diff classes.
void print_config_in_force(const Config& config, const std::string& file) {
  std::cout << describe_config(config, file) << describe_score_settings(config.score)
            << describe_change_classes(config.change_classes);
}

int LintCommand::show_config(ConfigResolver& resolver, const Inputs& inputs) const {
  if (!inputs.files.empty()) {
    print_config_in_force(*inputs.configs.front(), inputs.files.front());
  } else {
    auto cfg = config_or_error(resolver, "./.journey", "lint");
    if (!cfg) {
      return k_exit_trouble;
    }
    print_config_in_force(*cfg, ".");
  }
  return inputs.missing > 0 ? k_exit_trouble : k_exit_ok;
}

int LintCommand::exit_code(const Summary& summary, bool failed, const Inputs& inputs) const {
  if (summary.unreadable > 0 || inputs.missing > 0) return k_exit_trouble;
  if (max_warnings >= 0 && summary.warnings > static_cast<std::size_t>(max_warnings)) {
    if (!quiet) {
      std::cerr << "journey lint: "
                << translate_n("%1$s warning exceeds --max-warnings %2$s",
                               "%1$s warnings exceed --max-warnings %2$s", summary.warnings,
                               summary.warnings, max_warnings)
                << "\n";
    }
    return k_exit_findings;
  }
  return failed ? k_exit_findings : k_exit_ok;
}

int LintCommand::run(const LintOptions& options, ReportFormat report_format, const Inputs& inputs) {
  OutputFile file_out;
  std::ostream* out = &std::cout;
  bool to_file = !output.empty() && output != "-";
  std::string error;
  if (to_file) {
    if (!file_out.open(output, error)) {
      error_out("lint") << error << "\n";
      return k_exit_trouble;
    }
    out = &file_out.stream();
  }
  ReportOptions report_options;
  report_options.color = use_color(color, !to_file && isatty(STDOUT_FILENO));
  report_options.quiet = quiet;
  report_options.statistics = statistics;
  report_options.tool_version = k_version;
  report_options.information_uri = information_uri;
  report_options.source_root = source_root();
  auto reporter = make_reporter(report_format, *out, report_options);
  Summary summary;
  summary.missing = inputs.missing;  // never "no problems found" beside a missing path
  bool failed = false;
  std::set<Language> spoken;  // the files' languages: the summary speaks theirs when they agree
  auto emit = [&](FileReport& report) {
    spoken.insert(report.language);
    summary.add(report);
    for (const Finding& f : report.findings) failed = failed || reaches(f.severity, fail_on);
    reporter->file(report);
  };
  reporter->begin();
  if (inputs.use_stdin) {
    FileReport report = lint_source(SourceText(inputs.files.front(), read_stdin()), stdin_lookup(),
                                    *inputs.configs.front(), options);
    emit(report);
  } else {
    std::unique_ptr<LintCache> lint_cache = open_cache();
    lint_files(inputs.files, inputs.configs, options, jobs, emit, lint_cache.get());
  }
  if (spoken.size() == 1 && !message_language_insisted()) use_message_language(*spoken.begin());
  reporter->end(summary);
  if (to_file && !file_out.commit(error)) {
    error_out("lint") << error << "\n";
    return k_exit_trouble;
  }
  out->flush();
  return exit_code(summary, failed, inputs);
}

int LintCommand::execute() {
  LintOptions options;
  ReportFormat report_format = ReportFormat::text;
  if (!prepare(options, report_format)) return k_exit_trouble;
  ConfigResolver resolver(config, PathScope(allowed));
  Inputs inputs;
  if (!collect(resolver, inputs)) return k_exit_trouble;
  if (!inputs.configs.empty()) use_configured_language(*inputs.configs.front());
  if (print_config) return show_config(resolver, inputs);
  if (inputs.files.empty() && inputs.missing == 0) return no_journey_files("lint", paths);
  return run(options, report_format, inputs);
}

}  // namespace

const char* const k_lint_about =
    "Check journey files against their model and the lint rules.\n\n"
    "Files are linted in parallel; output is in the order of the paths. Each finding has a\n"
    "rule id, a severity and a position; 'journey rules RULE' explains a rule.\n"
    "Configuration: the nearest .journeylint.yaml above each file (up to the repository\n"
    "root), or -c FILE. Suppress in the YAML with '# journey-lint: disable=RULE' (this line),\n"
    "'disable-next-line=RULE' or 'disable-file=RULE'.\n\n";

const char* const k_lint_examples =
    "Examples:\n"
    "  journey lint                              every journey file below the current directory\n"
    "  journey lint shop.journey.yaml --fail-on warning\n"
    "  journey lint --select flow --ignore emotion-drop maps/\n"
    "  cat x.journey.yaml | journey lint - --stdin-filename maps/x.journey.yaml\n"
    "  journey lint --format sarif --output journey.sarif .\n"
    "  journey lint --format gitlab --output gl-code-quality.json .\n\n"
    "In sarif, github and gitlab output, paths are relative to the repository root from any\n"
    "folder: $GITHUB_WORKSPACE when set, else the git work tree, else the current folder.\n\n"
    "Exit codes: 0 nothing at or above --fail-on and no more than --max-warnings warnings;\n"
    "1 otherwise; 2 usage error, invalid configuration or unreadable input.";

// lint --help's text after the options: what it does, its formats (from the library's format
// registry), examples and exit codes.
std::string lint_help() {
  std::vector<HelpRow> formats;
  for (const ReportFormatInfo& f : report_format_infos()) formats.emplace_back(f.name, f.summary);
  return k_lint_about + help_table("Formats", formats) + "\n" + k_lint_examples;
}

// --cache, --cache-dir and --no-cache.
void add_cache_options(CLI::App* sub, LintCommand& command) {
  sub->add_flag("--cache", command.cache,
                "Reuse the findings of files unchanged since the last run (content, configuration, "
                "model files, options and journey itself), kept in ~/.cache/journey/lint (or "
                "$XDG_CACHE_HOME/journey/lint); entries are signed with a key kept there");
  sub->add_option("--cache-dir", command.cache_dir,
                  "Keep the cache in DIR (implies --cache); DIR must be yours, writable by you "
                  "only, and not a link")
      ->type_name("DIR");
  sub->add_flag("--no-cache", command.no_cache,
                "Lint every file afresh, even with --cache or --cache-dir");
}

void add_lint_command(CLI::App& app, Action& action) {
  auto command = std::make_shared<LintCommand>();
  CLI::App* sub =
      app.add_subcommand("lint", "Check journey files against their model and the lint rules");
  sub->footer(lint_help());
  sub->add_option("paths", command->paths,
                  "Files, directories (searched recursively for *.journey.yaml and "
                  "*.journey.yml) or - for stdin [default: .]");
  sub->add_option("-c,--config", command->config,
                  "Use this configuration file for every input instead of discovering "
                  ".journeylint.yaml")
      ->check(CLI::ExistingFile);
  sub->add_option("--select", command->select,
                  "Only these rules or categories (syntax, schema, model, flow, practice, "
                  "suppression, data); comma-separated, repeatable")
      ->delimiter(',')
      ->allow_extra_args(false);
  sub->add_option("--ignore", command->ignore,
                  "Skip these rules or categories; comma-separated, repeatable")
      ->delimiter(',')
      ->allow_extra_args(false);
  std::vector<std::string> formats;
  for (const ReportFormatInfo& f : report_format_infos()) formats.emplace_back(f.name);
  one_of(sub->add_option("-f,--format", command->format,
                         "Output format (see Formats below) [default: text, or github when "
                         "GITHUB_ACTIONS=true]"),
         formats, noop_tr("format"));
  sub->add_option("-o,--output", command->output,
                  "Write the report to FILE (atomically) instead of stdout");
  sub->add_flag("--statistics", command->statistics,
                "Print the number of findings per rule instead of each finding (text)");
  sub->add_option("--stdin-filename", command->stdin_filename,
                  "The name of the stdin input, for messages, configuration and model paths");
  one_of(sub->add_option("--fail-on", command->fail_on,
                         "Exit 1 when a finding has at least this severity [default: error]"),
         {"error", "warning", "info", "never"}, noop_tr("threshold"));
  sub->add_option("--max-warnings", command->max_warnings,
                  "Exit 1 when there are more warnings than this [default: no limit]")
      ->check(CLI::NonNegativeNumber);
  add_color_option(sub, command->color, "Colour the text output");
  add_lang_option(sub, command->lang,
                  "Language of the messages: en or nl [default: the journey's lang:, else the "
                  "configuration's lang:, else LANGUAGE and LC_MESSAGES, else en]");
  sub->add_flag("--print-config", command->print_config,
                "Print the configuration in force for the first file (rules, overrides, render, "
                "score and diff settings) and exit");
  sub->add_option("-j,--jobs", command->jobs, "Threads to lint with [default: one per core]");
  sub->add_option("--today", command->today,
                  "Judge 'reviewed' dates as if today were DATE (YYYY-MM-DD), for reproducible "
                  "runs [default: SOURCE_DATE_EPOCH, today]");
  sub->add_option("--information-uri", command->information_uri,
                  "SARIF: the home page of journey for your organisation (driver.informationUri), "
                  "and the base of each rule's help link, URI/docs/rules.md#RULE (SARIF, JSON); "
                  "also JOURNEY_INFORMATION_URI")
      ->envname("JOURNEY_INFORMATION_URI");
  add_cache_options(sub, *command);
  sub->add_flag("-q,--quiet", command->quiet,
                "Print findings only: no summary line, nothing on stderr but errors");
  add_allow_path_option(sub, command->allowed);
  sub->callback([&action, command] { action = [command] { return command->execute(); }; });
}

}  // namespace journey::cli
