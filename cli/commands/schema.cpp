// SPDX-License-Identifier: Apache-2.0
// journey schema: print the JSON Schema of journey files, model files, .journeylint.yaml or
// catalog files.
#include <iostream>

#include "../app.hpp"
#include "../choices.hpp"
#include "../output.hpp"
#include "journey/escape.hpp"
#include "journey/lint.hpp"
#include "journey/messages.hpp"
#include "journey/schema.hpp"

namespace journey::cli {

namespace {

struct SchemaCommand {
  std::string kind = "journey";
  std::string config;
  std::vector<std::string> allowed;  // --allow-path
  std::string output = "-";

  int execute() const {
    SchemaKind schema_kind = SchemaKind::journey;
    parse_schema_kind(kind, schema_kind);  // checked by the option's choices
    ConfigResolver resolver(config, PathScope(allowed));
    auto cfg = config_or_error(resolver, "./.journey", "schema");
    if (!cfg) {
      return k_exit_trouble;
    }
    return write_output("schema", output, json_schema(schema_kind, *cfg->catalog));
  }
};

}  // namespace

void add_schema_command(CLI::App& app, Action& action) {
  auto command = std::make_shared<SchemaCommand>();
  CLI::App* sub = app.add_subcommand(
      "schema", "Print the JSON Schema of journey, model, configuration or catalog files");
  sub->footer(
      "JSON Schema (draft 2020-12) for editors: completion, hover text and checks as you type.\n"
      "Journey schemas list the phase ids and aliases of the built-in models and of the\n"
      "configuration's model-paths (.journeylint.yaml found from the current directory, or -c).\n\n"
      "Examples:\n"
      "  journey schema journey -o .vscode/journey.schema.json\n"
      "  journey schema config > journeylint.schema.json\n"
      "  journey schema catalog -o .vscode/catalog.schema.json\n\n"
      "VS Code (YAML extension by Red Hat), in .vscode/settings.json:\n"
      "  \"yaml.schemas\": {\".vscode/journey.schema.json\": \"*.journey.yaml\"}\n"
      "or a first line in each journey file (journey init writes it):\n"
      "  # yaml-language-server: $schema=.vscode/journey.schema.json");
  one_of(sub->add_option("kind", command->kind, "journey (default), model, config or catalog"),
         {"journey", "model", "config", "catalog"}, noop_tr("schema"));
  sub->add_option("-c,--config", command->config, "Configuration file with model-paths")
      ->check(CLI::ExistingFile);
  sub->add_option("-o,--output", command->output,
                  "Write the schema to FILE (replaced atomically) instead of standard output")
      ->type_name("FILE");
  add_allow_path_option(sub, command->allowed);
  sub->callback([&action, command] { action = [command] { return command->execute(); }; });
}

}  // namespace journey::cli
