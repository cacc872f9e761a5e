// SPDX-License-Identifier: Apache-2.0
#include "journey/model.hpp"

#include <algorithm>
#include <mutex>
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

const std::string& ModelPhase::name(Language language) const {
  if (language == Language::nl && !name_nl.empty()) return name_nl;
  return name_en;
}

const std::string& ModelPhase::role(Language language) const {
  if (language == Language::nl && !role_nl.empty()) return role_nl;
  return role_en;
}

const std::string& Model::display_name(Language language) const {
  return language == Language::nl && !name_nl.empty() ? name_nl : name;
}

const std::string& Model::display_description(Language language) const {
  return language == Language::nl && !description_nl.empty() ? description_nl : description;
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

struct ModelCatalog::Entry {
  std::string id;
  const char* text = nullptr;  // built-in YAML, parsed on first use
  std::shared_ptr<const Model> model;
  std::once_flag parsed;

  const Model* get() {
    if (text != nullptr) std::call_once(parsed, [this] { model = parse(); });
    return model.get();
  }

  std::shared_ptr<const Model> parse() const {
    SourceText source(std::string("<built-in>/") + id + ".yaml", text);
    ModelLoadResult result = load_model(source);
    if (!result.model || result.model->id != id) {
      // A broken built-in model is a build defect; tests load every one of them.
      throw std::logic_error("built-in model " + id + " is invalid: " +
                             (result.findings.empty() ? "its id differs from its file name"
                                                      : result.findings[0].message));
    }
    result.model->origin = "built-in";
    return std::make_shared<const Model>(std::move(*result.model));
  }
};

const ModelCatalog& ModelCatalog::builtin() {
  static const ModelCatalog catalog = [] {
    ModelCatalog c;
    for (const auto& embedded : builtin_model_sources()) {
      auto entry = std::make_shared<Entry>();
      entry->id = embedded.name;  // the file stem is the model's id (checked when parsed)
      entry->text = embedded.text;
      c.entries_.push_back(std::move(entry));
    }
    return c;
  }();
  return catalog;
}

const Model* ModelCatalog::find(const std::string& id) const {
  for (const auto& e : entries_) {
    if (e->id == id) return e->get();
  }
  return nullptr;
}

std::vector<const Model*> ModelCatalog::models() const {
  std::vector<const Model*> out;
  for (const auto& e : entries_) out.push_back(e->get());
  return out;
}

std::vector<const Model*> ModelCatalog::added() const {
  std::vector<const Model*> out;
  for (const auto& e : entries_) {
    if (e->text == nullptr) out.push_back(e->model.get());
  }
  return out;
}

std::vector<std::string> ModelCatalog::ids() const {
  std::vector<std::string> out;
  for (const auto& e : entries_) out.push_back(e->id);
  return out;
}

void ModelCatalog::add(std::shared_ptr<const Model> model) {
  auto entry = std::make_shared<Entry>();
  entry->id = model->id;
  entry->model = std::move(model);
  for (auto& e : entries_) {
    if (e->id == entry->id) {
      e = std::move(entry);  // a later definition (a user's model directory) wins
      return;
    }
  }
  entries_.push_back(std::move(entry));
}

bool is_model_path(const std::string& model) {
  auto ends_with = [&](const char* suffix) {
    std::string s(suffix);
    return model.size() >= s.size() && model.compare(model.size() - s.size(), s.size(), s) == 0;
  };
  return model.find('/') != std::string::npos || ends_with(".yaml") || ends_with(".yml");
}

}  // namespace journey
