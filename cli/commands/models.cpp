// SPDX-License-Identifier: Apache-2.0
// journey models: list the journey models, or print one.
#include <iomanip>
#include <iostream>

#include "../app.hpp"
#include "../choices.hpp"
#include "../output.hpp"
#include "journey/escape.hpp"
#include "journey/lint.hpp"
#include "journey/messages.hpp"
#include "journey/suggest.hpp"

namespace journey::cli {

namespace {

struct ModelsCommand {
  std::string id;
  std::string config;
  std::vector<std::string> allowed;  // --allow-path
  std::string lang = "en";
  std::string format = "text";

  int list(const ModelCatalog& catalog) const {
    if (format == "json") {
      write_models_json(catalog.models(), std::cout);
      return k_exit_ok;
    }
    std::size_t width = 0;
    for (const auto& m : catalog.models()) width = std::max(width, m->id.size());
    for (const auto& m : catalog.models()) {
      std::string phases;
      for (const auto& p : m->phases)
        phases += (phases.empty() ? "" : " > ") + p.name(language_of(lang));
      if (m->loop) {
        // TRANSLATORS: "Awareness > Interest > Loyalty (loops back to Interest)".
        phases = translate("%1$s (loops back to %2$s)", phases,
                           m->phases[m->loop->second].name(language_of(lang)));
      }
      std::cout << std::left << std::setw(static_cast<int>(width) + 2) << terminal_text(m->id)
                << terminal_text(m->display_name(language_of(lang))) << "\n"
                << std::string(width + 2, ' ') << terminal_text(phases) << "\n";
    }
    return k_exit_ok;
  }

  int show(const ModelCatalog& catalog) const {
    const Model* model = catalog.find(id);
    if (model == nullptr) {
      std::string suggestion = closest_match(id, catalog.ids());
      // TRANSLATORS: %2$s is "; did you mean 'x'?" or nothing.
      error_out("models") << translate("unknown model '%1$s'%2$s ('journey models' lists them)", id,
                                       did_you_mean(suggestion))
                          << "\n";
      return k_exit_trouble;
    }
    if (format == "json") {
      write_models_json({model}, std::cout);
      return k_exit_ok;
    }
    std::cout << "# " << model->id << " (" << terminal_text(model->origin) << ")\n"
              << terminal_text(model->text, true);
    return k_exit_ok;
  }

  int execute() const {
    ConfigResolver resolver(config, PathScope(allowed));
    auto cfg = config_or_error(resolver, "./.journey", "models");
    if (!cfg) {
      return k_exit_trouble;
    }
    return id.empty() ? list(*cfg->catalog) : show(*cfg->catalog);
  }
};

}  // namespace

void add_models_command(CLI::App& app, Action& action) {
  auto command = std::make_shared<ModelsCommand>();
  CLI::App* sub = app.add_subcommand("models", "List the journey models, or print one");
  sub->footer(
      "List the journey models (built-in, and those in the model-paths of .journeylint.yaml).\n\n"
      "Examples:\n"
      "  journey models\n"
      "  journey models --lang nl\n"
      "  journey models --format json\n"
      "  journey models show see-think-do-care > models/mine.yaml   a start for your own model");
  sub->add_option("-c,--config", command->config, "Configuration file with model-paths")
      ->check(CLI::ExistingFile);
  one_of(sub->add_option("--lang", command->lang, "Language of phase names [default: en]"),
         {"en", "nl"}, noop_tr("language"));
  one_of(sub->add_option("--format", command->format,
                         "text, or json for scripts (every model, or the one shown, with its "
                         "phases) [default: text]"),
         {"text", "json"}, noop_tr("format"));
  CLI::App* show = sub->add_subcommand("show", "Print a model's YAML definition");
  show->add_option("id", command->id, "The model id")->required();
  show->fallthrough();  // `journey models show ID -c FILE` as well as `journey models -c FILE show
                        // ID`
  add_allow_path_option(sub, command->allowed);
  sub->callback([&action, command] { action = [command] { return command->execute(); }; });
}

}  // namespace journey::cli
