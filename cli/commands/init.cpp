// SPDX-License-Identifier: Apache-2.0
// journey init: start a new journey from the template of a model.
#include <sys/stat.h>

#include <filesystem>
#include <iostream>

#include "../app.hpp"
#include "../choices.hpp"
#include "../dates.hpp"
#include "../output.hpp"
#include "journey/date.hpp"
#include "journey/escape.hpp"
#include "journey/lint.hpp"
#include "journey/messages.hpp"
#include "journey/scaffold.hpp"
#include "journey/schema.hpp"

namespace journey::cli {

namespace {

namespace fs = std::filesystem;

const char* k_schema_name = "journey.schema.json";

// "online-shop.journey.yaml" -> "Online shop".
std::string title_from(const std::string& path) {
  std::string name = fs::path(path).filename().string();
  for (const char* suffix : {".journey.yaml", ".journey.yml", ".yaml", ".yml"}) {
    std::string s(suffix);
    if (name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0) {
      name.resize(name.size() - s.size());
      break;
    }
  }
  for (char& c : name) {
    if (c == '-' || c == '_') c = ' ';
  }
  if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 32);
  return name;
}

bool exists(const std::string& path) {
  struct stat st {};
  return ::lstat(path.c_str(), &st) == 0;
}

// The nearest journey.schema.json from the new file's folder up to the repository root.
std::string find_schema(const std::string& journey_file) {
  fs::path dir = fs::absolute(fs::path(journey_file)).parent_path();
  for (int depth = 0; depth < 64 && !dir.empty(); ++depth) {
    if (exists((dir / k_schema_name).string())) return (dir / k_schema_name).string();
    if (exists((dir / ".git").string()) || dir == dir.parent_path()) break;
    dir = dir.parent_path();
  }
  return {};
}

struct InitCommand {
  std::string file;
  std::string model = "see-think-do-care";
  std::string lang = "en";
  std::string title;
  std::string today;
  std::string schema;
  std::string config;
  std::vector<std::string> allowed;  // --allow-path
  bool no_schema = false;
  bool force = false;

  int execute() const;
  std::string schema_reference(const ModelCatalog& catalog, bool& wrote) const;
};

// The modeline's schema: --schema as given, else the nearest journey.schema.json, else one written
// beside the new journey (so that the editor completes phase keys from the first keystroke).
std::string InitCommand::schema_reference(const ModelCatalog& catalog, bool& wrote) const {
  wrote = false;
  if (no_schema) return {};
  if (!schema.empty()) return schema;
  if (file == "-") return k_schema_name;
  std::string found = find_schema(file);
  if (!found.empty()) return path_from(file, found);
  std::string beside = (fs::path(file).parent_path() / k_schema_name).string();
  if (write_output("init", beside, json_schema(SchemaKind::journey, catalog)) != k_exit_ok) {
    return {};
  }
  wrote = true;
  return path_from(file, beside);
}

int InitCommand::execute() const {
  Date date;  // the review is now: --today, SOURCE_DATE_EPOCH or the clock
  if (!command_date({"init", today, {}, false}, date)) return k_exit_trouble;
  if (file != "-" && !force && exists(file)) {
    error_out("init") << translate("'%1$s' exists; pass --force to replace it", terminal_text(file))
                      << "\n";
    return k_exit_trouble;
  }
  ConfigResolver resolver(config, PathScope(allowed));
  auto cfg = config_or_error(resolver, file == "-" ? "./.journey" : file, "init");
  if (!cfg) {
    return k_exit_trouble;
  }
  ScaffoldModel found = find_scaffold_model(model, *cfg->catalog);
  if (!found.model) {
    error_out("init") << terminal_text(found.error) << "\n";
    return k_exit_trouble;
  }
  ScaffoldOptions options;
  options.language = language_of(lang);
  options.reviewed = date.to_string();
  options.title = title.empty() && file != "-" ? title_from(file) : title;
  if (is_model_path(model)) options.model_reference = file == "-" ? model : path_from(file, model);
  bool wrote_schema = false;
  options.schema = schema_reference(*cfg->catalog, wrote_schema);
  int status = write_output("init", file, scaffold_journey(*found.model, options),
                            force ? Overwrite::allow : Overwrite::refuse);
  if (status == k_exit_ok && file != "-") {
    // TRANSLATORS: in "wrote shop.journey.yaml (model aida); next: ...".
    std::string model_said =
        has_journey_template(*found.model, language_of(lang))
            ? translate("model %1$s", found.model->id)
            : translate("model %1$s, laid out from its phases", found.model->id);
    std::string said =
        wrote_schema ? translate("wrote %1$s (%2$s) and %3$s for editors; next: journey lint %1$s",
                                 terminal_text(file), model_said, k_schema_name)
                     : translate("wrote %1$s (%2$s); next: journey lint %1$s", terminal_text(file),
                                 model_said);
    std::cerr << "journey init: " << said << "\n";
  }
  return status;
}

}  // namespace

void add_init_command(CLI::App& app, Action& action) {
  auto command = std::make_shared<InitCommand>();
  CLI::App* sub = app.add_subcommand("init", "Start a new journey from a model's template");
  sub->footer(
      "Writes a journey with every phase of the model, an example touchpoint per phase in\n"
      "comments showing each lane, two example personas and a KPI. It lints without errors; its\n"
      "warnings say what to fill in. The first line points editors to journey.schema.json (the\n"
      "nearest one up to the repository root, or one written beside the journey) for "
      "completion.\n\n"
      "Examples:\n"
      "  journey init shop.journey.yaml --model five-stage --lang nl\n"
      "  journey init onboarding.journey.yaml --model ./models/saas.yaml\n"
      "  journey init - --model aida | less");
  sub->add_option("file", command->file, "The new journey file; - for standard output")->required();
  sub->add_option("-m,--model", command->model,
                  "A model id ('journey models' lists them) or a model file [default: "
                  "see-think-do-care]");
  one_of(sub->add_option("--lang", command->lang,
                         "Language of the comments, examples and phase "
                         "names [default: en]"),
         {"en", "nl"}, noop_tr("language"));
  sub->add_option("--title", command->title, "The journey's title [default: from the file name]");
  sub->add_option("--today", command->today,
                  "The 'reviewed' date (YYYY-MM-DD) [default: SOURCE_DATE_EPOCH, today]")
      ->type_name("DATE");
  sub->add_option("--schema", command->schema,
                  "The schema for the editor modeline (a path or URL) [default: the nearest "
                  "journey.schema.json, else one written beside the journey]");
  sub->add_flag("--no-schema", command->no_schema, "No modeline, and no schema file written");
  sub->add_option("-c,--config", command->config, "Configuration file with model-paths")
      ->check(CLI::ExistingFile);
  sub->add_flag("--force", command->force, "Replace FILE if it exists (atomically)");
  add_allow_path_option(sub, command->allowed);
  sub->callback([&action, command] { action = [command] { return command->execute(); }; });
}

}  // namespace journey::cli
