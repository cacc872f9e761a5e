// SPDX-License-Identifier: Apache-2.0
// journey import mermaid: a journey file from a Mermaid journey diagram. More formats may follow
// as subcommands of `import`.
#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "../app.hpp"
#include "../choices.hpp"
#include "../output.hpp"
#include "journey/escape.hpp"
#include "journey/import.hpp"
#include "journey/lint.hpp"
#include "journey/messages.hpp"
#include "journey/model.hpp"
#include "journey/report.hpp"
#include "journey/suggest.hpp"

namespace fs = std::filesystem;

namespace journey::cli {

namespace {

struct ImportMermaidCommand {
  std::vector<std::string> allowed;  // --allow-path
  std::string input;
  std::string model = "auto";
  std::string output = "-";
  bool force = false;
  std::string color = "auto";
  std::string lang;  // read before parsing (app.cpp); here for --help and its check

  // What --model names, kept alive while the import runs.
  std::shared_ptr<const Config> config;
  std::shared_ptr<const ModelLoadResult> model_file;
  const Model* resolved = nullptr;
  std::string reference;  // what the journey's `model:` says

  int execute();
  bool read_input(std::string& name, std::string& text) const;
  ImportResult run_import(const SourceText& source) const;
  int write_model(const ImportResult& result) const;
  void say_written(const ImportResult& result) const;
  bool resolve_model();
  bool load_model_file();
  void print_findings(const SourceText& source, const Findings& findings) const;
};

const char* const k_auto = "auto";  // --model auto: the sections' model (see import_mermaid_auto)

bool looks_like_path(const std::string& model) {
  auto ends_with = [&](const std::string& s) {
    return model.size() >= s.size() && model.compare(model.size() - s.size(), s.size(), s) == 0;
  };
  return model.find('/') != std::string::npos || ends_with(".yaml") || ends_with(".yml");
}

// A model file as the journey will name it: relative to the output's folder (the current one for
// standard output), and recognisably a path.
std::string relative_reference(const std::string& model_path, const std::string& output) {
  fs::path base = output == "-" ? fs::current_path() : fs::absolute(output).parent_path();
  fs::path target = fs::absolute(model_path).lexically_normal();
  fs::path relative = target.lexically_relative(base.lexically_normal());
  std::string text = relative.empty() ? target.generic_string() : relative.generic_string();
  return looks_like_path(text) ? text : "./" + text;
}

bool ImportMermaidCommand::load_model_file() {
  std::string text, error;
  if (!read_text_file(model, text, error)) {
    error_out("import") << "--model " << model << ": " << error << "\n";
    return false;
  }
  SourceText source(model, std::move(text));
  model_file = std::make_shared<const ModelLoadResult>(load_model(source));
  if (!model_file->model) {
    print_findings(source, model_file->findings);
    error_out("import") << translate("model file %1$s cannot be used", model) << "\n";
    return false;
  }
  resolved = &*model_file->model;
  reference = relative_reference(model, output);
  return true;
}

// --model: a model file, a built-in model, or one from the model-paths of the configuration that
// applies where the journey is written.
bool ImportMermaidCommand::resolve_model() {
  if (looks_like_path(model)) return load_model_file();
  reference = model;
  resolved = ModelCatalog::builtin().find(model);
  if (resolved != nullptr) return true;
  ConfigResolver resolver({}, PathScope(allowed));
  config = config_or_error(resolver, output == "-" ? "./-" : output, "import");
  if (!config) {
    return false;
  }
  resolved = config->catalog->find(model);
  if (resolved != nullptr) return true;
  std::vector<std::string> ids = config->catalog->ids();
  std::string suggestion = closest_match(model, ids);
  std::string list;
  for (const auto& id : ids) list += (list.empty() ? "" : ", ") + id;
  std::string hint = translate("; 'journey models' lists them: %1$s", list);
  // TRANSLATORS: %2$s is "; did you mean 'x'?" or "; 'journey models' lists them: ...".
  error_out("import") << translate("unknown model '%1$s'%2$s", model,
                                   did_you_mean(suggestion, hint))
                      << "\n";
  return false;
}

void ImportMermaidCommand::print_findings(const SourceText& source,
                                          const Findings& findings) const {
  if (findings.empty()) return;
  FileReport report;
  report.name = source.name();
  report.source = source;
  report.findings = findings;
  ReportOptions options;
  options.color = color_on_stderr(color);
  options.quiet = true;
  make_reporter(ReportFormat::text, std::cerr, options)->file(report);
}

bool exists(const std::string& path) {
  std::error_code ec;
  return fs::symlink_status(path, ec).type() != fs::file_type::not_found;
}

bool ImportMermaidCommand::read_input(std::string& name, std::string& text) const {
  name = input == "-" ? "<stdin>" : input;
  std::string error;
  ReadOptions read_options;
  read_options.special_files = true;  // a pipe or <(...) named on the command line
  if (read_text_file(input == "-" ? "/dev/stdin" : input, text, error, read_options)) return true;
  error_out("import") << name << ": " << error << "\n";
  return false;
}

ImportResult ImportMermaidCommand::run_import(const SourceText& source) const {
  if (model != k_auto) {
    ImportOptions options;
    options.model_reference = reference;
    return import_mermaid(source, *resolved, options);
  }
  // The model made from the sections is written beside the journey (standard output: the
  // current folder, where write_model then refuses), and the journey names it from there.
  AutoModelOptions options;
  std::string journey_file = output == "-" ? input : output;
  options.model_file = relative_reference(section_model_path(journey_file), output);
  options.diagram_name = input == "-" ? "<stdin>" : input;
  return import_mermaid_auto(source, ModelCatalog::builtin(), options);
}

// The model made from the sections, written before the journey that names it.
int ImportMermaidCommand::write_model(const ImportResult& result) const {
  if (output == "-") {
    error_out("import") << tr("the diagram's sections name the phases of no built-in model, so a "
                              "model is made from them and written beside the journey: pass -o "
                              "FILE, or --model ID for a model of your own")
                        << "\n";
    return k_exit_trouble;
  }
  std::string path = section_model_path(output);
  if (!force && exists(path)) {
    error_out("import") << translate(
                               "'%1$s' exists (the model made from the diagram's sections); "
                               "pass --force to replace it, or --model ID",
                               path)
                        << "\n";
    return k_exit_trouble;
  }
  return write_output("import", path, result.model_yaml,
                      force ? Overwrite::allow : Overwrite::refuse);
}

void ImportMermaidCommand::say_written(const ImportResult& result) const {
  std::string said;
  if (!result.model_yaml.empty()) {
    said = translate(
        "wrote %1$s (a phase per section of the diagram) and %2$s; check it with "
        "'journey lint %2$s'",
        section_model_path(output), output);
  } else if (model == k_auto) {
    said = translate(
        "wrote %1$s (model %2$s: the sections name its phases); check it with "
        "'journey lint %1$s'",
        output, result.model_id);
  } else {
    said = translate("wrote %1$s; check it with 'journey lint %1$s'", output);
  }
  std::cerr << "journey import: " << said << "\n";
}

int ImportMermaidCommand::execute() {
  if (output != "-" && !force && exists(output)) {
    // Said before any work, and again by write_output should the file appear meanwhile.
    error_out("import") << translate("'%1$s' exists; pass --force to replace it", output) << "\n";
    return k_exit_trouble;
  }
  if (model != k_auto && !resolve_model()) return k_exit_trouble;
  std::string name, text;
  if (!read_input(name, text)) return k_exit_trouble;
  SourceText source(name, std::move(text));
  ImportResult result = run_import(source);
  print_findings(source, result.findings);
  if (!result.ok()) {
    std::cerr << "journey import: " << translate("%1$s was not imported", terminal_text(name))
              << "\n";
    return k_exit_trouble;
  }
  if (!result.model_yaml.empty()) {
    if (int status = write_model(result); status != k_exit_ok) return status;
  }
  int status =
      write_output("import", output, result.yaml, force ? Overwrite::allow : Overwrite::refuse);
  if (status == k_exit_ok && output != "-") say_written(result);
  return status;
}

}  // namespace

void add_import_command(CLI::App& app, Action& action) {
  CLI::App* sub = app.add_subcommand("import", "Make a journey from another format: mermaid");
  sub->require_subcommand(1);
  auto command = std::make_shared<ImportMermaidCommand>();
  CLI::App* mermaid =
      sub->add_subcommand("mermaid", "Make a journey from a Mermaid journey diagram");
  mermaid->footer(
      "Without --model (or with --model auto) the map keeps the diagram's sections as its\n"
      "columns: when the sections name phases of a built-in model, one each and in its order,\n"
      "the journey is on that model; otherwise a model with a phase per section (in order,\n"
      "named as written, ASCII ids) is written beside the journey, named after it\n"
      "(shop.journey.yaml: shop.model.yaml), and the journey's model: names it.\n\n"
      "With --model ID or FILE, sections become phases of that model (matched by id, English or\n"
      "Dutch name, or alias, ignoring case and accents); a section that names no phase is\n"
      "reported and its tasks join the phase of the section before it. Tasks become touchpoints\n"
      "in the same order, scores emotions (a score outside 1..5 is clamped, with a warning) and\n"
      "actors personas. The journey lints without errors; its warnings say what Mermaid could\n"
      "not (channels, owners, ...).\n\n"
      "Examples:\n"
      "  journey import mermaid trial.mmd -o trial.journey.yaml\n"
      "  journey import mermaid shop.mmd --model five-stage -o shop.journey.yaml\n"
      "  journey render shop.journey.yaml -T mermaid | journey import mermaid - --model aida\n"
      "  journey import mermaid flow.mmd --model ./models/ours.yaml -o maps/flow.journey.yaml\n\n"
      "Exit codes: 0 written (warnings are printed), 2 usage error, a diagram with errors, an\n"
      "unknown model, an output (or the model made beside it) that exists without --force, or a\n"
      "model to make with the journey on standard output.");
  mermaid->add_option("file", command->input, "The diagram (a .mmd file; - for stdin)")->required();
  mermaid->add_option("-m,--model", command->model,
                      "auto, a model id ('journey models' lists them) or a model file [default: "
                      "auto: the sections' own model]");
  mermaid->add_option("-o,--output", command->output,
                      "The journey file to write [default: - for stdout]");
  mermaid->add_flag("-f,--force", command->force, "Replace the output file if it exists");
  add_color_option(mermaid, command->color, "Colour the findings on standard error");
  add_lang_option(mermaid, command->lang,
                  "Language of the findings and messages: en or nl [default: LANGUAGE and "
                  "LC_MESSAGES, else en]");
  add_allow_path_option(mermaid, command->allowed);
  mermaid->callback([&action, command] { action = [command] { return command->execute(); }; });
}

}  // namespace journey::cli
