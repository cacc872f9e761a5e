// SPDX-License-Identifier: Apache-2.0
// journey render: Graphviz diagrams (SVG, PNG, PDF, DOT) and Mermaid exports of journeys.
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <future>
#include <iostream>
#include <optional>
#include <set>
#include <sstream>

#include "../app.hpp"
#include "../choices.hpp"
#include "../help_table.hpp"
#include "../output.hpp"
#include "journey/lint.hpp"
#include "journey/messages.hpp"
#include "journey/numbers.hpp"
#include "journey/output_file.hpp"
#include "journey/render.hpp"
#include "journey/report.hpp"
#include "journey/revision.hpp"
#include "journey/watch.hpp"

namespace fs = std::filesystem;

namespace journey::cli {

namespace {

struct RenderCommand {
  std::vector<std::string> inputs;  // IN [OUT] as given
  std::string output;               // -o
  std::string out_dir;
  std::string format_name;  // -T
  std::string view = "flow";
  std::string lang;  // empty: the journey's, else the configuration's, else en
  std::string persona;
  std::string theme = "light";
  std::string layout;
  bool no_notes = false;
  bool compact = false;
  std::string page;
  bool portrait = false;
  bool no_personas = false;
  double width = 0;
  std::string funnel;   // --funnel ID
  std::string segment;  // --segment S
  std::string phase;
  std::string config;
  std::vector<std::string> allowed;  // --allow-path
  std::string stdin_filename;
  std::string color = "auto";
  bool diff = false;
  bool watch = false;

  bool warmed_up_ = false;
  std::set<std::string> watched_;  // with --watch: every file the renders read

  int execute();
  int render_once();
  int watch_and_render();
  RenderOptions options() const;
  int render_all(RenderFormat format, const RenderOptions& options);
  std::string choose_output(const std::string& in, RenderFormat& format,
                            bool explicit_format) const;
  int execute_diff(RenderFormat format, bool explicit_format, const RenderOptions& options);
  int render_one(const std::string& in, const std::string& out, RenderFormat out_format,
                 ConfigResolver& resolver, const RenderOptions& options);
  std::optional<Analysis> analyze_input(const std::string& in, const std::string& display,
                                        const std::string& lookup, const Config& cfg,
                                        RenderFormat out_format);
};

bool needs_layout(RenderFormat format) {
  return format != RenderFormat::dot && format != RenderFormat::mermaid;
}

std::string stem_of(const std::string& path) {
  std::string name = fs::path(path).filename().string();
  for (const char* suffix : {".journey.yaml", ".journey.yml", ".yaml", ".yml"}) {
    std::string s(suffix);
    if (name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0) {
      return name.substr(0, name.size() - s.size());
    }
  }
  return name;
}

// Reads the journey from a file, stdin or a git revision; nullopt (said on stderr) when a
// revision cannot be read at all.
std::optional<Analysis> RenderCommand::analyze_input(const std::string& in,
                                                     const std::string& display,
                                                     const std::string& lookup, const Config& cfg,
                                                     RenderFormat out_format) {
  LintOptions lint_options;
  Analysis analysis;
  // Graphviz's plugins and fonts load while the YAML parses, and are ready before anything is
  // drawn; DOT and Mermaid need no layout, so no warm-up. The future carries an exception back.
  std::future<void> warm_up;
  if (!warmed_up_ && needs_layout(out_format)) {
    warm_up = std::async(std::launch::async, warm_up_renderer);
    warmed_up_ = true;
  }
  if (in == "-") {
    analysis = analyze_source(SourceText(display, read_stdin()), lookup, cfg, lint_options);
  } else if (is_revision_spec(in)) {  // REV:PATH, read with git show
    Revision r = load_revision(in, {}, cfg);
    if (!r.usable() && !r.parse_error) {
      if (warm_up.valid()) warm_up.get();
      error_out("render") << terminal_text(r.error) << "\n";
      return std::nullopt;
    }
    analysis = std::move(r.analysis);
  } else {
    analysis = analyze_file(in, cfg, lint_options);
  }
  if (warm_up.valid()) warm_up.get();
  return analysis;
}

int RenderCommand::render_one(const std::string& in, const std::string& out,
                              RenderFormat out_format, ConfigResolver& resolver,
                              const RenderOptions& options) {
  std::string display = in == "-" ? (stdin_filename.empty() ? "<stdin>" : stdin_filename) : in;
  std::string lookup =
      in == "-" ? (stdin_filename.empty() ? "./<stdin>" : stdin_filename) : revision_path(in);
  if (watch) {  // also when the configuration is invalid: its fix is a change to watch for
    std::string config_path =
        config.empty() ? find_config(fs::path(in).parent_path().string()) : config;
    for (const std::string& p : {in, config_path}) {
      if (!p.empty()) watched_.insert(fs::path(p).lexically_normal().string());
    }
  }
  auto cfg = config_or_error(resolver, lookup, "render");
  if (!cfg) {
    return k_exit_trouble;
  }
  std::optional<Analysis> read = analyze_input(in, display, lookup, *cfg, out_format);
  if (!read) {
    return k_exit_trouble;
  }
  Analysis& analysis = *read;
  MessageLanguageScope speaking(
      message_language_for({}, analysis.journey ? &*analysis.journey : nullptr, *cfg));
  RenderOptions drawn =
      analysis.journey ? options_for(options, lang, *analysis.journey, *cfg) : options;
  if (watch) watched_.insert(analysis.inputs.begin(), analysis.inputs.end());
  if (!analysis.report.error.empty()) {
    error_out("render") << translate("%1$s: cannot read the file: %2$s", display,
                                     analysis.report.error)
                        << "\n";
    return k_exit_trouble;
  }
  if (analysis.has_errors() || analysis.model == nullptr) {
    write_errors(analysis.report, std::cerr, color_on_stderr(color));
    std::cerr << "journey render: " << translate("%1$s has lint errors; not rendered", display)
              << "\n";
    return k_exit_findings;  // as lint exits on them
  }
  RenderResult result =
      render(*analysis.journey, *analysis.model, drawn, out_format, analysis.funnels);
  if (!result.ok) {
    error_out("render") << display << ": " << result.error << "\n";
    return k_exit_trouble;
  }
  if (out_format == RenderFormat::png || out_format == RenderFormat::pdf) {
    for (const std::string& w : missing_font_warnings(*analysis.journey, *analysis.model, drawn)) {
      warning_out("render") << display << ": " << w << "\n";
    }
  }
  return write_output("render", out, result.data);
}

RenderOptions RenderCommand::options() const {
  RenderOptions o;
  parse_render_view(view, o.view);  // the option checked the name
  o.language = language_of(lang);
  o.persona = persona;
  o.theme = theme;
  o.layout = layout;
  o.notes = !no_notes;
  o.compact = compact;
  o.page = page;
  o.portrait = portrait;
  o.personas = !no_personas;
  o.width = width;
  o.phase = phase;
  o.funnel = funnel;
  o.segment = segment;
  return o;
}

int RenderCommand::render_all(RenderFormat format, const RenderOptions& o) {
  if (!output.empty()) {
    error_out("render") << tr("--out-dir and an output file exclude each other") << "\n";
    return k_exit_trouble;
  }
  std::error_code ec;
  fs::create_directories(out_dir, ec);  // false without an error when it is there already
  if (ec || !fs::is_directory(out_dir, ec)) {
    std::string why =
        ec ? translate("--out-dir '%1$s' is not a folder and cannot be made one: %2$s", out_dir,
                       error_text(ec.value()))
           : translate("--out-dir '%1$s' is not a folder and cannot be made one", out_dir);
    error_out("render") << why << "\n";
    return k_exit_trouble;
  }
  ConfigResolver resolver(config, PathScope(allowed));
  int status = k_exit_ok;
  for (const auto& in : inputs) {
    if (in == "-") {
      error_out("render") << tr("'-' cannot be used with --out-dir") << "\n";
      return k_exit_trouble;
    }
    // Named by journey and view, as the GitHub Action names them: views never overwrite each
    // other, nor do renders of one journey in another format.
    std::string name = stem_of(in) + "-" + to_string(o.view) + "." + extension_of(format);
    std::string out = (fs::path(out_dir) / name).string();
    status = std::max(status, render_one(in, out, format, resolver, o));
  }
  return status;
}

// With no OUT, like Graphviz: standard output when -T is given or it is not a terminal (SVG by
// default); binary formats never go to a terminal. Empty with the message printed when it cannot.
std::string RenderCommand::choose_output(const std::string& in, RenderFormat& format,
                                         bool explicit_format) const {
  std::string out = inputs.size() == 2 ? inputs[1] : output;
  bool terminal = isatty(STDOUT_FILENO) != 0;
  std::string example = in == "-" ? "journey render - shop.svg < shop.journey.yaml"
                                  : "journey render " + in + " " + stem_of(in) + ".svg";
  if (out.empty() && terminal && !explicit_format) {
    error_out("render") << translate("name the output, e.g. '%1$s', or print SVG here with -T svg",
                                     example)
                        << "\n";
    return {};
  }
  if (out.empty()) out = "-";
  if (out != "-" && !explicit_format && !render_format_from_path(out, format)) {
    error_out("render") << translate(
                               "cannot tell the format from '%1$s'; end it in .svg, .png, "
                               ".pdf, .dot or .mmd, or pass -T",
                               out)
                        << "\n";
    return {};
  }
  if (out == "-" && terminal && (format == RenderFormat::png || format == RenderFormat::pdf)) {
    std::string extension = extension_of(format);
    // TRANSLATORS: %1$s is png or pdf; %2$s a command that writes a file of it.
    error_out("render") << translate(
                               "%1$s is binary and standard output is a terminal; name a "
                               "file, e.g. '%2$s', or redirect it: '... -T %1$s > out.%1$s'",
                               extension, example.substr(0, example.size() - 3) + extension)
                        << "\n";
    return {};
  }
  return out;
}

int RenderCommand::execute() {
  if (!watch) return render_once();
  if (diff || std::any_of(inputs.begin(), inputs.end(), is_revision_spec)) {
    error_out("render") << tr("--watch renders files again as they change: not with --diff, "
                              "standard input or REV:PATH")
                        << "\n";
    return k_exit_trouble;
  }
  return watch_and_render();
}

// Renders, then again whenever a file a render read changes (the journey, its model, catalogs,
// data files, configuration), until interrupted. Errors are printed and the watch goes on.
int RenderCommand::watch_and_render() {
  FileWatcher watcher;
  watcher.watch_files(inputs);  // before the first render, so a save during it is seen
  for (bool first = true;; first = false) {
    watched_.clear();
    auto started = fs::file_time_type::clock::now();
    bool drawn = render_once() == k_exit_ok;
    std::vector<std::string> files(watched_.begin(), watched_.end());
    // A file this render found first, in a folder not watched yet, and written while it was read.
    if (written_since(watcher.watch_files(files), started)) continue;
    if (drawn && !first) {
      std::cerr << "journey render: " << tr("drawn again") << "\n" << std::flush;
    }
    std::cerr << "journey render: "
              << translate_n("watching %1$s file; Ctrl-C stops",
                             "watching %1$s files; Ctrl-C stops", files.size(), files.size())
              << "\n"
              << std::flush;
    bool relevant = false;
    while (!relevant) {
      for (const std::string& changed : watcher.wait(std::chrono::hours(1))) {
        relevant = relevant || watched_.count(fs::path(changed).lexically_normal().string()) > 0;
      }
    }
  }
}

int RenderCommand::render_once() {
  RenderOptions o = options();
  RenderFormat format = RenderFormat::svg;
  bool explicit_format = !format_name.empty() && parse_render_format(format_name, format);
  if (!format_name.empty() && !explicit_format) {
    error_out("render") << translate("unknown format '%1$s'; use svg, png, pdf, dot or mermaid",
                                     format_name)
                        << "\n";
    return k_exit_trouble;
  }
  if (diff) return execute_diff(format, explicit_format, o);
  if (!out_dir.empty()) return render_all(format, o);
  if (inputs.size() > 2 || (inputs.size() == 2 && !output.empty())) {
    error_out("render") << tr("one input and one output at a time; use --out-dir DIR to render "
                              "several files")
                        << "\n";
    return k_exit_trouble;
  }
  std::string out = choose_output(inputs.front(), format, explicit_format);
  if (out.empty()) return k_exit_trouble;
  ConfigResolver resolver(config, PathScope(allowed));
  return render_one(inputs.front(), out, format, resolver, o);
}

int RenderCommand::execute_diff(RenderFormat format, bool explicit_format,
                                const RenderOptions& options) {
  if (inputs.size() < 2 || inputs.size() > 3 || (inputs.size() == 3 && !output.empty()) ||
      !out_dir.empty()) {
    error_out("render") << tr("--diff takes OLD NEW and an output: journey render --diff OLD NEW "
                              "changes.svg")
                        << "\n";
    return k_exit_trouble;
  }
  std::string out = inputs.size() == 3 ? inputs[2] : output;
  if (out.empty() || (!explicit_format && (out == "-" || !render_format_from_path(out, format)))) {
    error_out("render") << tr("name the output (e.g. changes.svg), or pass -T with -o -") << "\n";
    return k_exit_trouble;
  }
  if (format == RenderFormat::mermaid || options.view != RenderView::flow) {
    error_out("render") << tr("--diff draws the flow view as svg, png, pdf or dot") << "\n";
    return k_exit_trouble;
  }
  ConfigResolver resolver(config, PathScope(allowed));
  auto cfg = config_or_error(resolver, revision_path(inputs[1]), "render");
  if (!cfg) {
    return k_exit_trouble;
  }
  std::string stdin_text;
  if (inputs[0] == "-" || inputs[1] == "-") {
    stdin_text = read_stdin();
  }
  std::future<void> warm_up;
  if (needs_layout(format)) warm_up = std::async(std::launch::async, warm_up_renderer);
  Revision old_side = load_revision(inputs[0], {}, *cfg, stdin_text);
  Revision new_side = load_revision(inputs[1], {}, *cfg, stdin_text);
  if (warm_up.valid()) warm_up.get();
  for (const Revision* side : {&old_side, &new_side}) {
    if (side->usable()) continue;
    // TRANSLATORS: "old side does not parse:" / "old side: ...", the first of the two versions.
    const char* which = side == &old_side ? tr("old side") : tr("new side");
    error_out("render") << (side->parse_error ? translate("%1$s does not parse:", which) + "\n"
                                              : std::string(which) + ": ")
                        << side->error << (side->error.back() == '\n' ? "" : "\n");
    return k_exit_trouble;
  }
  if (!new_side.exists || new_side.analysis.model == nullptr) {
    error_out("render") << tr("the new side must be a journey with a known model") << "\n";
    return k_exit_trouble;
  }
  DiffOptions diff_options;
  diff_options.classes = cfg->change_classes;
  DiffResult changes = diff_journeys(old_side.side(), new_side.side(), diff_options);
  static const Journey nothing;
  const Journey& old_journey = old_side.exists ? *old_side.analysis.journey : nothing;
  RenderResult result = render_diff(old_journey, *new_side.analysis.journey,
                                    *new_side.analysis.model, changes, options, format);
  if (!result.ok) {
    error_out("render") << result.error << "\n";
    return k_exit_trouble;
  }
  return write_output("render", out, result.data);
}

}  // namespace

// The views' names, and their help lines, from the library's view registry.
std::vector<std::string> view_names() {
  std::vector<std::string> out;
  for (const RenderViewInfo& v : render_view_infos()) out.push_back(v.name);
  return out;
}

// "Views:" and a line per view.
std::string views_help() {
  std::vector<HelpRow> rows;
  for (const RenderViewInfo& v : render_view_infos()) rows.emplace_back(v.name, v.summary);
  return help_table("Views", rows);
}

// What is drawn and how: view, language, persona, theme, layout and paper.
void add_drawing_options(CLI::App* sub, RenderCommand& command) {
  std::string names;
  for (const std::string& n : view_names()) names += (names.empty() ? "" : ", ") + n;
  one_of(sub->add_option("--view", command.view, "The view: " + names + " [default: flow]"),
         view_names(), noop_tr("view"));
  one_of(sub->add_option(
             "--lang", command.lang,
             "Language of the picture's words, phase names and numbers, and of the messages: en "
             "or nl [default: the journey's lang:, else the configuration's render: {lang} or "
             "lang:, else en; messages: else LANGUAGE and LC_MESSAGES]"),
         {"en", "nl"}, noop_tr("language"));
  sub->add_option("--persona", command.persona, "Only this persona's touchpoints");
  one_of(sub->add_option("--theme", command.theme, "light, dark or print [default: light]"),
         render_themes(), noop_tr("theme"));
  sub->add_option("-K,--layout", command.layout,
                  "Graphviz engine: the flow view takes dot (default) or fdp; the map, blueprint "
                  "and emotion views are laid out by journey and drawn with nop2");
  sub->add_flag("--no-notes", command.no_notes, "Hide pains and opportunities in the flow view");
  sub->add_flag("--compact", command.compact,
                "One line per text, cut with an ellipsis; the SVG's tooltips keep the full text");
  one_of(sub->add_option("--page", command.page,
                         "A PDF of pages of this paper: a4, a3 or letter, landscape; whole phases "
                         "per page, lane titles on every page, body text at 8 pt or more (the "
                         "flow view: as many phases as a page holds, tall columns continued)"),
         {"a4", "a3", "letter"}, noop_tr("page size"));
  sub->add_flag("--portrait", command.portrait, "With --page: portrait pages");
  sub->add_flag("--no-personas", command.no_personas,
                "Leave out the scenario and the persona cards above the map and the blueprint");
  sub->add_option("--width", command.width,
                  "Wrap the map, blueprint, emotion or funnel view into bands of whole phases, "
                  "stacked, "
                  "at most PX CSS pixels wide (for screens and slides)")
      ->type_name("PX");
  sub->add_option("--funnel", command.funnel,
                  "The funnel view: the funnel with this id [default: the journey's first]");
  sub->add_option("--segment", command.segment,
                  "The funnel view: one segment of the export (a GA4 segment, a breakdown "
                  "value) [default: all users, the latest period against the previous when the "
                  "export has dates]");
}

void add_render_command(CLI::App& app, Action& action) {
  auto command = std::make_shared<RenderCommand>();
  CLI::App* sub = app.add_subcommand("render", "Draw a journey: SVG, PNG, PDF, DOT or Mermaid");
  sub->footer(
      "Graphviz lays the diagram out in-process; the same input always gives the same bytes.\n"
      "A journey with lint errors is not drawn: the errors are printed and the exit status is\n"
      "1, as lint's. Output files are written atomically.\n\n" +
      views_help() +
      "\nExamples:\n"
      "  journey render shop.journey.yaml shop.svg\n"
      "  journey render shop.journey.yaml -o shop.pdf --view map --lang nl --theme print\n"
      "  journey render shop.journey.yaml -o shop-a4.pdf --view map --page a4\n"
      "  journey render shop.journey.yaml -o shop.svg --view map --width 1600\n"
      "  journey render shop.journey.yaml -o checkout.svg --view funnel --funnel checkout\n"
      "  journey render shop.journey.yaml -o - -T mermaid >> README.md\n"
      "  journey render maps/*.journey.yaml --out-dir site/ -T svg --theme dark\n"
      "  journey render --diff main:shop.journey.yaml shop.journey.yaml changes.svg\n"
      "  journey render shop.journey.yaml shop.svg --watch\n\n"
      "Exit codes: 0 rendered, 1 lint errors (as lint), 2 usage error, unreadable input or a\n"
      "write failure.");
  sub->add_option("files", command->inputs,
                  "IN [OUT]: the journey (- for stdin, REV:PATH from git) and the output (- for "
                  "stdout); with "
                  "--out-dir, any number of inputs")
      ->required();
  sub->add_option("-o,--output", command->output, "The output file (- for stdout)");
  sub->add_option("-T,--format", command->format_name,
                  "svg, png, pdf, dot or mermaid [default: from OUT's extension, svg with "
                  "--out-dir]");
  sub->add_option("--out-dir", command->out_dir,
                  "Render every input into DIR (made when missing), as JOURNEY-VIEW.EXT, e.g. "
                  "shop-flow.svg");
  add_drawing_options(sub, *command);
  sub->add_option("--phase", command->phase, "Only this phase (an id or alias of the model)");
  sub->add_option("-c,--config", command->config, "Configuration file (models, rule levels)")
      ->check(CLI::ExistingFile);
  sub->add_option("--stdin-filename", command->stdin_filename, "The name of stdin input");
  sub->add_flag("--watch", command->watch,
                "Render again whenever the journey, its model, catalogs, data files or "
                "configuration change, until interrupted (as d2 --watch)");
  sub->add_flag("--diff", command->diff,
                "Draw the change from OLD to NEW (files, -, REV:PATH, /dev/null): added "
                "touchpoints green, removed red, changed amber");
  add_color_option(sub, command->color, "Colour lint errors on standard error");
  add_allow_path_option(sub, command->allowed);
  sub->callback([&action, command] { action = [command] { return command->execute(); }; });
}

}  // namespace journey::cli
