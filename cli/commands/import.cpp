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
#include "journey/model.hpp"
#include "journey/report.hpp"
#include "journey/suggest.hpp"

namespace fs = std::filesystem;

namespace journey::cli {

namespace {

struct ImportMermaidCommand {
  std::vector<std::string> allowed;  // --allow-path
  std::string input;
  std::string model;
  std::string output = "-";
  bool force = false;
  std::string color = "auto";

  // What --model names, kept alive while the import runs.
  std::shared_ptr<const Config> config;
  std::shared_ptr<const ModelLoadResult> model_file;
  const Model* resolved = nullptr;
  std::string reference;  // what the journey's `model:` says

  int execute();
  bool resolve_model();
  bool load_model_file();
  void print_findings(const SourceText& source, const Findings& findings) const;
};

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
    std::cerr << "journey import: error: --model " << model << ": " << error << "\n";
    return false;
  }
  SourceText source(model, std::move(text));
  model_file = std::make_shared<const ModelLoadResult>(load_model(source));
  if (!model_file->model) {
    print_findings(source, model_file->findings);
    std::cerr << "journey import: error: model file " << model << " cannot be used\n";
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
  std::string error;
  config = resolver.for_file(output == "-" ? "./-" : output, error);
  if (!config) {
    std::cerr << "journey import: error: invalid configuration: " << error << "\n";
    return false;
  }
  resolved = config->catalog->find(model);
  if (resolved != nullptr) return true;
  std::vector<std::string> ids = config->catalog->ids();
  std::string suggestion = closest_match(model, ids);
  std::string list;
  for (const auto& id : ids) list += (list.empty() ? "" : ", ") + id;
  std::cerr << "journey import: error: unknown model '" << model << "'"
            << (suggestion.empty() ? "; 'journey models' lists them: " + list
                                   : "; did you mean '" + suggestion + "'?")
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
  options.color = use_color(color, isatty(STDERR_FILENO) != 0);
  options.quiet = true;
  make_reporter(ReportFormat::text, std::cerr, options)->file(report);
}

int ImportMermaidCommand::execute() {
  std::error_code ec;
  if (output != "-" && !force &&
      fs::symlink_status(output, ec).type() != fs::file_type::not_found) {
    // Said before any work, and again by write_output should the file appear meanwhile.
    std::cerr << "journey import: error: '" << output << "' exists; pass --force to replace it\n";
    return k_exit_trouble;
  }
  if (!resolve_model()) return k_exit_trouble;
  std::string name = input == "-" ? "<stdin>" : input;
  std::string text, error;
  ReadOptions read_options;
  read_options.special_files = true;  // a pipe or <(...) named on the command line
  if (!read_text_file(input == "-" ? "/dev/stdin" : input, text, error, read_options)) {
    std::cerr << "journey import: error: " << name << ": " << error << "\n";
    return k_exit_trouble;
  }
  SourceText source(name, std::move(text));
  ImportOptions options;
  options.model_reference = reference;
  ImportResult result = import_mermaid(source, *resolved, options);
  print_findings(source, result.findings);
  if (!result.ok()) {
    std::cerr << "journey import: " << terminal_text(name) << " was not imported\n";
    return k_exit_trouble;
  }
  int status =
      write_output("import", output, result.yaml, force ? Overwrite::allow : Overwrite::refuse);
  if (status == k_exit_ok && output != "-") {
    std::cerr << "journey import: wrote " << output << "; check it with 'journey lint " << output
              << "'\n";
  }
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
      "Sections become phases of the model (matched by id, English or Dutch name, or alias,\n"
      "ignoring case and accents), tasks touchpoints in the same order, scores emotions (a score\n"
      "outside 1..5 is clamped, with a warning) and actors personas. A section that names no\n"
      "phase is reported and its tasks join the phase of the section before it. The journey\n"
      "lints without errors; its warnings say what Mermaid could not (channels, owners, ...).\n\n"
      "Examples:\n"
      "  journey import mermaid shop.mmd --model five-stage -o shop.journey.yaml\n"
      "  journey render shop.journey.yaml -T mermaid | journey import mermaid - --model aida\n"
      "  journey import mermaid flow.mmd --model ./models/ours.yaml -o maps/flow.journey.yaml\n\n"
      "Exit codes: 0 written (warnings are printed), 2 usage error, a diagram with errors, an\n"
      "unknown model, or an output that exists without --force.");
  mermaid->add_option("file", command->input, "The diagram (a .mmd file; - for stdin)")->required();
  mermaid
      ->add_option("-m,--model", command->model,
                   "A model id ('journey models' lists them) or a model file")
      ->required();
  mermaid->add_option("-o,--output", command->output,
                      "The journey file to write [default: - for stdout]");
  mermaid->add_flag("-f,--force", command->force, "Replace the output file if it exists");
  one_of(mermaid->add_option("--color", command->color, "Colour the findings [default: auto]"),
         {"auto", "always", "never"}, "colour mode");
  add_allow_path_option(mermaid, command->allowed);
  mermaid->callback([&action, command] { action = [command] { return command->execute(); }; });
}

}  // namespace journey::cli
