// journey lint: check journey files against their model and the rules.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <sstream>

#include "../app.hpp"
#include "journey/lint.hpp"
#include "journey/output_file.hpp"
#include "journey/report.hpp"
#include "journey/version.hpp"

namespace journey::cli {

namespace {

struct LintCommand {
  std::vector<std::string> paths;
  std::string config;
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::string format;
  std::string output;
  bool statistics = false;
  std::string stdin_filename;
  std::string fail_on = "error";
  int max_warnings = -1;
  std::string color = "auto";
  bool print_config = false;
  unsigned jobs = 0;
  std::string today;
  bool quiet = false;

  int execute();
};

bool reaches(Severity severity, const std::string& fail_on) {
  if (fail_on == "never") return false;
  Severity threshold = Severity::error;
  parse_severity(fail_on, threshold);
  return severity >= threshold;
}

int LintCommand::execute() {
  LintOptions options;
  options.filter.select = select;
  options.filter.ignore = ignore;
  if (std::string problem = options.filter.validate(); !problem.empty()) {
    std::cerr << "journey lint: error: " << problem << "\n";
    return k_exit_trouble;
  }
  if (!today.empty() && !Date::parse(today, options.today)) {
    std::cerr << "journey lint: error: --today '" << today << "' is not a date (YYYY-MM-DD)\n";
    return k_exit_trouble;
  }
  if (format.empty()) {
    const char* gha = std::getenv("GITHUB_ACTIONS");
    format = gha != nullptr && std::string(gha) == "true" ? "github" : "text";
  }
  ReportFormat report_format;
  parse_report_format(format, report_format);  // CLI11 checked the name

  if (paths.empty()) paths.push_back(".");
  bool use_stdin = false;
  std::vector<std::string> named;
  for (const auto& p : paths) {
    if (p == "-") {
      use_stdin = true;
    } else {
      named.push_back(p);
    }
  }
  if (use_stdin && !named.empty()) {
    std::cerr << "journey lint: error: '-' (stdin) cannot be combined with other paths\n";
    return k_exit_trouble;
  }

  ConfigResolver resolver(config);
  std::vector<std::string> files;
  std::vector<std::shared_ptr<const Config>> configs;
  bool trouble = false;
  std::string stdin_path = stdin_filename.empty() ? "<stdin>" : stdin_filename;
  if (use_stdin) {
    files.push_back(stdin_path);
  } else {
    ExpandedPaths expanded = expand_paths(named);
    for (const auto& missing : expanded.missing) {
      std::cerr << "journey lint: error: " << missing << ": no such file or directory\n";
      trouble = true;
    }
    for (const auto& skipped : expanded.skipped) {
      std::cerr << "journey lint: note: skipped " << skipped
                << ": not a regular file (a FIFO, a device or a link to one)\n";
    }
    files = std::move(expanded.files);
  }
  for (const auto& file : files) {
    std::string error;
    std::string lookup = use_stdin && stdin_filename.empty() ? "./<stdin>" : file;
    auto cfg = resolver.for_file(lookup, error);
    if (!cfg) {
      std::cerr << "journey lint: error: invalid configuration: " << error << "\n";
      return k_exit_trouble;
    }
    configs.push_back(std::move(cfg));
  }
  if (print_config) {
    if (files.empty()) {
      std::error_code ec;
      std::string error;
      auto cfg = resolver.for_file("./.journey", error);
      if (!cfg) {
        std::cerr << "journey lint: error: invalid configuration: " << error << "\n";
        return k_exit_trouble;
      }
      std::cout << describe_config(*cfg, ".");
    } else {
      std::cout << describe_config(*configs.front(), files.front());
    }
    return trouble ? k_exit_trouble : k_exit_ok;
  }
  if (files.empty() && !trouble && !quiet) {
    std::cerr << "journey lint: warning: no journey files (*.journey.yaml, *.journey.yml) found\n";
  }

  OutputFile file_out;
  std::ostream* out = &std::cout;
  if (!output.empty() && output != "-") {
    std::string error;
    if (!file_out.open(output, error)) {
      std::cerr << "journey lint: error: " << error << "\n";
      return k_exit_trouble;
    }
    out = &file_out.stream();
  }
  ReportOptions report_options;
  report_options.color = use_color(color, out == &std::cout && isatty(STDOUT_FILENO));
  report_options.quiet = quiet;
  report_options.statistics = statistics;
  report_options.tool_version = k_version;
  auto reporter = make_reporter(report_format, *out, report_options);

  Summary summary;
  bool failed = false;
  auto emit = [&](FileReport& report) {
    summary.add(report);
    for (const Finding& f : report.findings) {
      if (reaches(f.severity, fail_on)) failed = true;
    }
    reporter->file(report);
  };
  reporter->begin();
  if (use_stdin) {
    FileReport report = lint_source(SourceText(stdin_path, read_stdin()),
                                    stdin_filename.empty() ? "./<stdin>" : stdin_filename,
                                    *configs.front(), options);
    emit(report);
  } else {
    lint_files(files, configs, options, jobs, emit);
  }
  reporter->end(summary);
  if (!output.empty() && output != "-") {
    std::string error;
    if (!file_out.commit(error)) {
      std::cerr << "journey lint: error: " << error << "\n";
      return k_exit_trouble;
    }
  } else {
    out->flush();
  }
  if (summary.unreadable > 0 || trouble) return k_exit_trouble;
  if (max_warnings >= 0 && summary.warnings > static_cast<std::size_t>(max_warnings)) {
    if (!quiet) {
      std::cerr << "journey lint: " << summary.warnings << " warnings exceed --max-warnings "
                << max_warnings << "\n";
    }
    return k_exit_findings;
  }
  return failed ? k_exit_findings : k_exit_ok;
}

}  // namespace

void add_lint_command(CLI::App& app, Action& action) {
  auto command = std::make_shared<LintCommand>();
  CLI::App* sub =
      app.add_subcommand("lint", "Check journey files against their model and the lint rules");
  sub->footer(
      "Check journey files against their model and the lint rules.\n\n"
      "Files are linted in parallel; output is in the order of the paths. Each finding has a\n"
      "rule id, a severity and a position; 'journey rules RULE' explains a rule.\n"
      "Configuration: the nearest .journeylint.yaml above each file (up to the repository\n"
      "root), or -c FILE. Suppress in the YAML with '# journey-lint: disable=RULE' (this line),\n"
      "'disable-next-line=RULE' or 'disable-file=RULE'.\n\n"
      "Examples:\n"
      "  journey lint                              every journey file below the current directory\n"
      "  journey lint shop.journey.yaml --fail-on warning\n"
      "  journey lint --select flow --ignore emotion-drop maps/\n"
      "  cat x.journey.yaml | journey lint - --stdin-filename maps/x.journey.yaml\n"
      "  journey lint --format sarif --output journey.sarif .\n\n"
      "Exit codes: 0 nothing at or above --fail-on and no more than --max-warnings warnings;\n"
      "1 otherwise; 2 usage error, invalid configuration or unreadable input.");
  sub->add_option("paths", command->paths,
                  "Files, directories (searched recursively for *.journey.yaml and "
                  "*.journey.yml) or - for stdin [default: .]");
  sub->add_option("-c,--config", command->config,
                  "Use this configuration file for every input instead of discovering "
                  ".journeylint.yaml")
      ->check(CLI::ExistingFile);
  sub->add_option("--select", command->select,
                  "Only these rules or categories (syntax, schema, model, flow, practice, "
                  "suppression); comma-separated, repeatable")
      ->delimiter(',')
      ->allow_extra_args(false);
  sub->add_option("--ignore", command->ignore,
                  "Skip these rules or categories; comma-separated, repeatable")
      ->delimiter(',')
      ->allow_extra_args(false);
  sub->add_option("-f,--format", command->format,
                  "Output format [default: text, or github when GITHUB_ACTIONS=true]")
      ->check(CLI::IsMember({"text", "json", "sarif", "github", "junit"}));
  sub->add_option("-o,--output", command->output,
                  "Write the report to FILE (atomically) instead of stdout");
  sub->add_flag("--statistics", command->statistics,
                "Print the number of findings per rule instead of each finding (text)");
  sub->add_option("--stdin-filename", command->stdin_filename,
                  "The name of the stdin input, for messages, configuration and model paths");
  sub->add_option("--fail-on", command->fail_on,
                  "Exit 1 when a finding has at least this severity [default: error]")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  sub->add_option("--max-warnings", command->max_warnings,
                  "Exit 1 when there are more warnings than this [default: no limit]")
      ->check(CLI::NonNegativeNumber);
  sub->add_option("--color", command->color, "Colour the text output [default: auto]")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  sub->add_flag("--print-config", command->print_config,
                "Print the configuration in force for the first file and exit");
  sub->add_option("-j,--jobs", command->jobs, "Threads to lint with [default: one per core]");
  sub->add_option("--today", command->today,
                  "Judge 'reviewed' dates as if today were DATE (YYYY-MM-DD), for reproducible "
                  "runs");
  sub->add_flag("-q,--quiet", command->quiet,
                "Print findings only: no summary line, nothing on stderr but errors");
  sub->callback([&action, command] { action = [command] { return command->execute(); }; });
}

}  // namespace journey::cli
