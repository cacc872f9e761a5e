#include "journey/model.hpp"

#include <algorithm>
#include <stdexcept>

#include "builtin_models.hpp"

namespace journey {

const char* to_string(Stage stage) {
  switch (stage) {
    case Stage::pre_purchase:
      return "pre-purchase";
    case Stage::purchase:
      return "purchase";
    case Stage::post_purchase:
      return "post-purchase";
  }
  return "pre-purchase";
}

const std::string& ModelPhase::name(const std::string& language) const {
  if (language == "nl" && !name_nl.empty()) return name_nl;
  return name_en;
}

const std::string& ModelPhase::role(const std::string& language) const {
  if (language == "nl" && !role_nl.empty()) return role_nl;
  return role_en;
}

const std::string& Model::display_name(const std::string& language) const {
  return language == "nl" && !name_nl.empty() ? name_nl : name;
}

const std::string& Model::display_description(const std::string& language) const {
  return language == "nl" && !description_nl.empty() ? description_nl : description;
}

int Model::find_phase(const std::string& key) const {
  for (std::size_t i = 0; i < phases.size(); ++i) {
    if (phases[i].id == key) return static_cast<int>(i);
  }
  for (std::size_t i = 0; i < phases.size(); ++i) {
    const auto& aliases = phases[i].aliases;
    if (std::find(aliases.begin(), aliases.end(), key) != aliases.end()) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

bool Model::has_post_purchase() const {
  return std::any_of(phases.begin(), phases.end(),
                     [](const ModelPhase& p) { return p.stage == Stage::post_purchase; });
}

const ModelCatalog& ModelCatalog::builtin() {
  static const ModelCatalog catalog = [] {
    ModelCatalog c;
    for (const auto& entry : builtin_model_sources()) {
      SourceText source(std::string("<built-in>/") + entry.name + ".yaml", entry.text);
      ModelLoadResult result = load_model(source);
      if (!result.model) {
        // A broken built-in model is a build defect; tests load every one of them.
        throw std::logic_error("built-in model " + std::string(entry.name) + " is invalid: " +
                               (result.findings.empty() ? "" : result.findings[0].message));
      }
      result.model->origin = "built-in";
      c.add(std::make_shared<const Model>(std::move(*result.model)));
    }
    return c;
  }();
  return catalog;
}

const Model* ModelCatalog::find(const std::string& id) const {
  for (const auto& m : models_) {
    if (m->id == id) return m.get();
  }
  return nullptr;
}

std::vector<std::string> ModelCatalog::ids() const {
  std::vector<std::string> out;
  for (const auto& m : models_) out.push_back(m->id);
  return out;
}

void ModelCatalog::add(std::shared_ptr<const Model> model) {
  for (auto& m : models_) {
    if (m->id == model->id) {
      m = std::move(model);  // a later definition (a user's model directory) wins
      return;
    }
  }
  models_.push_back(std::move(model));
}

}  // namespace journey
