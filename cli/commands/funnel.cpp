// SPDX-License-Identifier: Apache-2.0
// journey funnel: the conversion funnels of journeys, computed from their analytics exports.
#include <iostream>

#include "../app.hpp"
#include "../choices.hpp"
#include "../output.hpp"
#include "journey/funnel.hpp"
#include "journey/lint.hpp"
#include "journey/messages.hpp"
#include "journey/report.hpp"

namespace journey::cli {

namespace {

struct FunnelCommand {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string funnel;   // --funnel ID
  std::string segment;  // --segment S
  std::string config;
  std::string color = "auto";
  std::string lang;                  // read before parsing (app.cpp); here for --help and its check
  std::vector<std::string> allowed;  // --allow-path

  int execute();
  // The funnels of one journey to show; false (reported) when it cannot be used, with
  // `lint_errors` set when that is because of lint errors (findings: exit 1, as lint).
  bool select(const Analysis& analysis, const std::string& file, std::vector<FunnelResult>& out,
              bool& empty, bool& lint_errors) const;
};

bool FunnelCommand::select(const Analysis& analysis, const std::string& file,
                           std::vector<FunnelResult>& out, bool& empty, bool& lint_errors) const {
  if (analysis.has_errors()) {
    write_errors(analysis.report, std::cerr, color_on_stderr(color));
    std::cerr << "journey funnel: " << translate("%1$s has lint errors; no funnel computed", file)
              << "\n";
    lint_errors = true;
    return false;
  }
  const Journey& j = *analysis.journey;
  for (const FunnelResult& r : analysis.funnels) {
    if (!funnel.empty() && j.funnels[r.funnel].id.value != funnel) continue;
    bool has_segment = segment.empty();
    for (const FunnelSeries& s : r.segments) has_segment = has_segment || s.segment == segment;
    if (!has_segment) {
      error_out("funnel") << translate("%1$s: funnel %2$s has no segment '%3$s'", file,
                                       j.funnels[r.funnel].id.value, segment)
                          << "\n";
      return false;
    }
    empty = empty || !r.has_data();
    out.push_back(r);
  }
  if (out.empty()) {
    error_out("funnel") << (funnel.empty()
                                ? translate("%1$s: the journey declares no funnels:", file)
                                : translate("%1$s: the journey has no funnel '%2$s'", file, funnel))
                        << "\n";
    return false;
  }
  return true;
}

int FunnelCommand::execute() {
  ExpandedPaths expanded = expand_paths(paths);
  bool ok = expanded.missing.empty();
  for (const auto& missing : expanded.missing) {
    error_out("funnel") << translate("%1$s: no such file or directory", missing) << "\n";
  }
  ConfigResolver resolver(config, PathScope(allowed));
  FunnelReportOptions options;
  options.format = format == "json" ? FunnelOutput::json : FunnelOutput::text;
  options.segment = segment;
  bool empty = false, first = true, lint_errors = false;
  if (options.format == FunnelOutput::json) std::cout << "[";
  for (const auto& file : expanded.files) {
    auto cfg = config_or_error(resolver, file, "funnel");
    if (!cfg) {
      return k_exit_trouble;
    }
    Analysis analysis = analyze_file(file, *cfg, LintOptions{});
    if (file == expanded.files.front()) {
      use_language_of(analysis.journey ? &*analysis.journey : nullptr, *cfg);
    }
    MessageLanguageScope speaking(
        message_language_for({}, analysis.journey ? &*analysis.journey : nullptr, *cfg));
    std::vector<FunnelResult> shown;
    if (!analysis.report.error.empty()) {
      error_out("funnel") << translate("%1$s: cannot read the file: %2$s", file,
                                       analysis.report.error)
                          << "\n";
      ok = false;
      continue;
    }
    bool has_lint_errors = false;
    if (!select(analysis, file, shown, empty, has_lint_errors)) {
      lint_errors = lint_errors || has_lint_errors;
      ok = ok && has_lint_errors;
      continue;
    }
    if (options.format == FunnelOutput::json && !first) std::cout << ",";
    first = false;
    write_funnels(*analysis.journey, file, shown, options, std::cout);
  }
  if (options.format == FunnelOutput::json) std::cout << "]\n";
  if (!ok) return k_exit_trouble;
  return empty || lint_errors ? k_exit_findings : k_exit_ok;
}

}  // namespace

void add_funnel_command(CLI::App& app, Action& action) {
  auto command = std::make_shared<FunnelCommand>();
  CLI::App* sub = app.add_subcommand("funnel", "Compute conversion funnels from analytics exports");
  sub->footer(
      "A journey declares funnels (funnels: [{id, name, steps, window, closed, data}]) whose\n"
      "data are exports of GA4 (runFunnelReport JSON, funnel exploration CSV), Mixpanel,\n"
      "PostHog or Amplitude funnels, metric rows (touchpoint,metric,value) or a raw event log\n"
      "(user,event,timestamp), detected by header or keys (or format: says it). Export steps\n"
      "are matched to touchpoints by their events: list, else their id, else their name.\n"
      "Per step: users reached, step conversion, drop-off, overall conversion and the time\n"
      "from the step before; per phase; per segment and per period where the data has them;\n"
      "and the biggest leak. docs/format.md (Funnels) and man journey-funnel.\n\n"
      "Examples:\n"
      "  journey funnel shop.journey.yaml\n"
      "  journey funnel shop.journey.yaml --funnel checkout --segment mobile\n"
      "  journey funnel maps/ --format json > funnels.json\n\n"
      "Exit codes: 0 every funnel shown has data; 1 a funnel has no data; 2 bad input (lint\n"
      "errors, unreadable exports), an unknown --funnel or --segment, or no funnels.");
  sub->add_option("paths", command->paths, "Journey files or directories")->required();
  one_of(sub->add_option("-f,--format", command->format, "text or json [default: text]"),
         {"text", "json"}, noop_tr("format"));
  sub->add_option("--funnel", command->funnel, "Only the funnel with this id");
  sub->add_option("--segment", command->segment,
                  "Only this segment (a GA4 segment, a breakdown value, a persona)");
  sub->add_option("-c,--config", command->config, "Configuration file")->check(CLI::ExistingFile);
  add_color_option(sub, command->color, "Colour lint errors on standard error");
  add_lang_option(sub, command->lang,
                  "Language of the messages: en or nl [default: the journey's lang:, else the "
                  "configuration's lang:, else LANGUAGE and LC_MESSAGES, else en]");
  add_allow_path_option(sub, command->allowed);
  sub->callback([&action, command] { action = [command] { return command->execute(); }; });
}

}  // namespace journey::cli
