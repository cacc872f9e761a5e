// SPDX-License-Identifier: Apache-2.0
// Choosing or making the model of an import from the diagram's sections.
#include "section_model.hpp"

#include <filesystem>

#include "ids.hpp"
#include "journey/yaml_write.hpp"

namespace journey::import_detail {

std::unordered_map<std::string, int> phase_keys(const Model& model) {
  std::unordered_map<std::string, int> keys;
  auto add = [&](const std::string& text, int phase) {
    std::string key = fold_key(text);
    if (!key.empty()) keys.emplace(key, phase);
  };
  for (int pass = 0; pass < 3; ++pass) {
    for (std::size_t i = 0; i < model.phases.size(); ++i) {
      const ModelPhase& p = model.phases[i];
      int index = static_cast<int>(i);
      if (pass == 0) add(p.id, index);
      if (pass == 1) add(p.name_en, index), add(p.name_nl, index);
      if (pass == 2) {
        for (const std::string& alias : p.aliases) add(alias, index);
      }
    }
  }
  return keys;
}

namespace {

// Whether every section names a phase of `model`, each a later one than the section before.
bool names_in_order(const std::vector<std::string>& folded, const Model& model) {
  auto keys = phase_keys(model);
  int previous = -1;
  for (const std::string& key : folded) {
    auto it = keys.find(key);
    if (it == keys.end() || it->second <= previous) return false;
    previous = it->second;
  }
  return true;
}

}  // namespace

const Model* model_naming_sections(const std::vector<Text>& sections,
                                   const std::vector<const Model*>& models) {
  if (sections.empty()) return nullptr;
  std::vector<std::string> folded;
  for (const Text& s : sections) {
    folded.push_back(fold_key(s.value));
    // More sections than any model has phases: no model can fit (and folding stops early).
    if (folded.size() > 64) return nullptr;
  }
  const Model* best = nullptr;
  for (const Model* model : models) {
    if (model == nullptr || (best != nullptr && model->phases.size() >= best->phases.size())) {
      continue;
    }
    if (names_in_order(folded, *model)) best = model;
  }
  return best;
}

std::string model_from_sections(const MermaidDiagram& diagram, const std::string& id,
                                const std::string& name, const std::string& origin) {
  std::string out =
      "# Made by 'journey import mermaid' from the sections of the diagram, one phase per\n"
      "# section, in order. Rename, describe and give stages to the phases as you like: the\n"
      "# journey uses their ids as its phase keys.\n";
  out += "id: " + yaml_scalar(id) + "\n";
  out += "name: " + yaml_scalar(name) + "\n";
  std::string from = std::filesystem::path(origin).filename().string();
  out += "description: " +
         yaml_scalar("The sections of the Mermaid journey diagram " + from + ", in order.") + "\n";
  out += "phases:\n";
  if (diagram.sections.empty()) {
    out += "  - id: tasks\n    name: Tasks\n";
    return out;
  }
  IdAllocator ids;
  for (std::size_t i = 0; i < diagram.sections.size(); ++i) {
    const std::string& section = diagram.sections[i].value;
    std::string base = ascii_slug(section);
    if (base.empty()) base = "section-" + std::to_string(i + 1);
    out += "  - id: " + yaml_scalar(ids.take(base)) + "\n";
    out += "    name: " + yaml_scalar(section) + "\n";
  }
  return out;
}

std::string model_id_from_file(const std::string& model_file) {
  std::string name = std::filesystem::path(model_file).filename().string();
  for (const char* suffix : {".model.yaml", ".yaml", ".yml"}) {
    std::string s(suffix);
    if (name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0) {
      name.resize(name.size() - s.size());
      break;
    }
  }
  std::string id = ascii_slug(name);
  return id.empty() ? "sections" : id;
}

}  // namespace journey::import_detail

namespace journey {

std::string section_model_path(const std::string& journey_path) {
  std::filesystem::path path(journey_path);
  std::string name = path.filename().string();
  for (const char* suffix : {".journey.yaml", ".journey.yml", ".yaml", ".yml"}) {
    std::string s(suffix);
    if (name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0) {
      name.resize(name.size() - s.size());
      break;
    }
  }
  return (path.parent_path() / (name + ".model.yaml")).string();
}

}  // namespace journey
