// SPDX-License-Identifier: Apache-2.0
// The `journey` command line: argument parsing and printing only; the work is in journey_core.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "journey/config.hpp"
#include "journey/words.hpp"

namespace journey::cli {

// Exit codes shared by every subcommand.
enum ExitCode { k_exit_ok = 0, k_exit_findings = 1, k_exit_trouble = 2 };

// Each subcommand registers itself and sets `action` to what runs after a successful parse.
using Action = std::function<int()>;

void add_lint_command(CLI::App& app, Action& action);
void add_models_command(CLI::App& app, Action& action);
void add_rules_command(CLI::App& app, Action& action);
void add_render_command(CLI::App& app, Action& action);
void add_import_command(CLI::App& app, Action& action);
void add_diff_command(CLI::App& app, Action& action);
void add_score_command(CLI::App& app, Action& action);
void add_funnel_command(CLI::App& app, Action& action);
void add_report_command(CLI::App& app, Action& action);
void add_textconv_command(CLI::App& app, Action& action);
void add_completion_command(CLI::App& app, Action& action);
void add_schema_command(CLI::App& app, Action& action);
void add_init_command(CLI::App& app, Action& action);
void add_lsp_command(CLI::App& app, Action& action);
void add_serve_command(CLI::App& app, Action& action);

int run(int argc, char** argv);

// --allow-path DIR (repeatable): folders outside a journey's repository whose files journeys and
// configurations may name (catalogs, data files, models); see docs/SECURITY.md.
void add_allow_path_option(CLI::App* command, std::vector<std::string>& allowed);

// The language of a --lang value that one_of has checked ("en" or "nl").
Language language_of(const std::string& lang);

// --lang en|nl on a command; `what` is its help ("Language of the messages").
void add_lang_option(CLI::App* command, std::string& lang, const std::string& what);
// The default language of a command's own messages once its configuration is known: --lang (as
// run() set it before parsing), else the configuration's lang, else the environment's. A journey's
// lang: still speaks for the messages about it (message_language_for in lint.hpp).
void use_configured_language(const Config& config);
// The same for a command about one journey (score, diff, render, funnel: the first journey): its
// lang: before the configuration's, so that its tables and summaries speak as its findings do.
void use_language_of(const Journey* journey, const Config& config);

// A folder with no journey file is the same error for lint, score and report (exit 2): a CI step
// given the wrong folder must not pass having checked nothing.
int no_journey_files(const std::string& command, const std::vector<std::string>& paths);

// All of standard input, for the commands that take "-".
std::string read_stdin();

// Terminal colour decision for --color auto|always|never. With auto: NO_COLOR (set and not empty)
// turns colour off, FORCE_COLOR (set and not empty or "0") turns it on, TERM=dumb off, otherwise
// on when the output is a terminal.
bool use_color(const std::string& mode, bool is_terminal);

// --color auto|always|never on a command that prints findings (or other coloured text);
// `what` is its help ("Colour the findings on standard error").
void add_color_option(CLI::App* command, std::string& mode, const std::string& what);

// Whether findings printed on standard error are coloured under --color `mode`.
bool color_on_stderr(const std::string& mode);

}  // namespace journey::cli
