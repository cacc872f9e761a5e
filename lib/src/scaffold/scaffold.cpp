// SPDX-License-Identifier: Apache-2.0
#include "journey/scaffold.hpp"

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <utility>
#include <vector>

#include "builtin_templates.hpp"
#include "journey/messages.hpp"
#include "journey/source.hpp"
#include "journey/suggest.hpp"
#include "journey/yaml_write.hpp"

namespace journey {

namespace {

const char* template_of(const Model& model, Language language) {
  if (model.origin != "built-in") return nullptr;  // a model file may reuse a built-in id
  std::string name = model.id + "." + to_string(language);
  for (const EmbeddedTemplate& t : builtin_journey_templates()) {
    if (name == t.name) return t.text;
  }
  return nullptr;
}

// Fills {{name}} placeholders in one pass, so that a value holding "{{...}}" stays as it is.
std::string substitute(const std::string& text,
                       const std::vector<std::pair<std::string, std::string>>& values) {
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t open = text.find("{{", at);
    if (open == std::string::npos) break;
    out.append(text, at, open - at);
    at = open + 2;
    bool known = false;
    for (const auto& [name, value] : values) {
      if (text.compare(open + 2, name.size() + 2, name + "}}") == 0) {
        out += value;
        at = open + 2 + name.size() + 2;
        known = true;
        break;
      }
    }
    if (!known) out += "{{";
  }
  out.append(text, std::min(at, text.size()), std::string::npos);
  return out;
}

void replace_line(std::string& text, const std::string& from, const std::string& to) {
  std::size_t at = text.find(from);
  if (at != std::string::npos) text.replace(at, from.size(), to);
}

std::string modeline(const ScaffoldOptions& options) {
  // The schema reference is one line in a comment: a line break would end the comment.
  std::string schema = options.schema;
  for (char& c : schema) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return "# yaml-language-server: $schema=" + schema;
}

std::string title_of(const ScaffoldOptions& options) {
  if (!options.title.empty()) return options.title;
  return options.language == Language::nl ? "Nieuwe klantreis" : "New journey";
}

// The fixed texts of a generated journey, per language.
struct Words {
  const char* header;
  const char* description;
  const char* persona_a;
  const char* persona_a_text;
  const char* persona_a_goal;
  const char* persona_a_frustration;
  const char* persona_b;
  const char* persona_b_text;
  const char* persona_b_goal;
  const char* persona_b_frustration;
  const char* goal;
  const char* example;
  const char* action;
  const char* thought;
  const char* pain;
  const char* opportunity;
  const char* backstage;
  const char* kpi;
};

const Words k_english = {
    "A new journey on the model '%s'. Each phase has an example touchpoint in comments that\n"
    "# shows every lane (doing, thinking, feeling, pains, opportunities, backstage). `journey "
    "lint`\n"
    "# says what is missing; `journey render` draws the map. Format: docs/format.md.",
    "How a customer finds us, chooses, buys and comes back.",
    "Anna, business owner",
    "38, runs a web shop with five employees.",
    "find a reliable supplier quickly",
    "quotes that take days",
    "Peter, buyer",
    "51, buys for a mid-sized company and always compares three suppliers.",
    "a fixed price and clear terms",
    "hidden costs",
    "What we want from this phase.",
    "example touchpoint",
    "what the customer does here",
    "what the customer thinks, in their words",
    "what gets in the way",
    "how we could do better",
    "what employees do out of sight",
    "Conversion",
};

const Words k_dutch = {
    "Een nieuwe klantreis op het model '%s'. Elke fase heeft een voorbeeld-touchpoint in\n"
    "# commentaar met alle lanen (doen, denken, voelen, pijnpunten, kansen, backstage). `journey\n"
    "# lint` zegt wat er ontbreekt; `journey render` tekent de kaart. Opmaak: docs/format.md.",
    "Hoe een klant ons vindt, kiest, koopt en terugkomt.",
    "Anna, ondernemer",
    "38, eigenaar van een webwinkel met vijf medewerkers.",
    "snel een betrouwbare leverancier vinden",
    "offertes die dagen op zich laten wachten",
    "Pieter, inkoper",
    "51, koopt in voor een middelgroot bedrijf en vergelijkt altijd drie aanbieders.",
    "een vaste prijs en heldere voorwaarden",
    "verborgen kosten",
    "Wat we in deze fase willen bereiken.",
    "voorbeeld-touchpoint",
    "wat de klant hier doet",
    "wat de klant denkt, in eigen woorden",
    "wat in de weg zit",
    "hoe het beter kan",
    "wat medewerkers buiten beeld doen",
    "Conversie",
};

void write_personas(std::ostream& out, const Words& w) {
  out << "personas:\n";
  const char* people[2][5] = {
      {"anna", w.persona_a, w.persona_a_text, w.persona_a_goal, w.persona_a_frustration},
      {"peter", w.persona_b, w.persona_b_text, w.persona_b_goal, w.persona_b_frustration}};
  for (const auto& p : people) {
    out << "  - id: " << p[0] << "\n    name: " << yaml_scalar(p[1])
        << "\n    description: " << yaml_scalar(p[2]) << "\n    goals: [" << yaml_scalar(p[3])
        << "]\n    frustrations: [" << yaml_scalar(p[4]) << "]\n";
  }
}

// One phase with its example touchpoint in comments; `last` ends the journey there.
void write_phase(std::ostream& out, const ModelPhase& phase, const Words& w, Language language,
                 bool last) {
  std::string channel = phase.channels.empty() ? "web" : phase.channels.front();
  std::string about = phase.name(language);
  if (language == Language::en && !phase.description.empty()) about += ": " + phase.description;
  for (char& c : about) {
    if (c == '\n' || c == '\r') c = ' ';  // one comment line
  }
  out << "  " << yaml_scalar(phase.id) << ":  # " << about << "\n"
      << "    goal: " << yaml_scalar(w.goal) << "\n"
      << "    touchpoints:\n"
      << "      # - id: " << phase.id << "-example\n"
      << "      #   name: " << yaml_scalar(phase.name(language) + ": " + w.example)
      << "\n      #   channel: " << yaml_scalar(channel) << "\n"
      << "      #   personas: [anna]\n"
      << "      #   actions: [" << yaml_scalar(w.action) << "]\n"
      << "      #   thoughts: [" << yaml_scalar(w.thought) << "]\n"
      << "      #   emotion: 3\n"
      << "      #   pains: [" << yaml_scalar(w.pain) << "]\n"
      << "      #   opportunities: [" << yaml_scalar(w.opportunity) << "]\n"
      << "      #   backstage: [" << yaml_scalar(w.backstage) << "]\n";
  if (last) out << "      #   next: []\n";
}

// The phase a first KPI fits: the purchase, else the last phase before it, else the first.
const ModelPhase& kpi_phase(const Model& model) {
  for (const ModelPhase& phase : model.phases) {
    if (phase.stage == Stage::purchase) return phase;
  }
  return model.phases.front();
}

std::string generate(const Model& model, const ScaffoldOptions& options) {
  const Words& w = options.language == Language::nl ? k_dutch : k_english;
  std::ostringstream out;
  if (!options.schema.empty()) out << modeline(options) << "\n";
  std::string header = w.header;
  header.replace(header.find("%s"), 2, model.id);
  out << "# " << header << "\n"
      << "journey: " << yaml_scalar(title_of(options)) << "\n"
      << "model: "
      << yaml_scalar(options.model_reference.empty() ? model.id : options.model_reference) << "\n"
      << (options.language == Language::nl ? "lang: nl\n" : "") << "state: current\n"
      << "description: " << yaml_scalar(w.description) << "\n"
      << "reviewed: " << options.reviewed << "\n\n";
  write_personas(out, w);
  out << "\nphases:\n";
  for (std::size_t i = 0; i < model.phases.size(); ++i) {
    write_phase(out, model.phases[i], w, options.language, i + 1 == model.phases.size());
  }
  if (!model.phases.empty()) {
    out << "\nkpis:\n  - id: conversion\n    name: " << yaml_scalar(w.kpi)
        << "\n    phase: " << yaml_scalar(kpi_phase(model).id) << "\n    target: 3\n"
        << "    unit: \"%\"\n";
  }
  return out.str();
}

}  // namespace

bool has_journey_template(const Model& model, Language language) {
  return template_of(model, language) != nullptr;
}

std::string scaffold_journey(const Model& model, const ScaffoldOptions& options) {
  const char* written = template_of(model, options.language);
  if (written == nullptr) return generate(model, options);
  std::string text = written;
  if (options.schema.empty()) replace_line(text, "{{modeline}}\n", "");
  text = substitute(text, {{"modeline", modeline(options)},
                           {"title", yaml_scalar(title_of(options))},
                           {"reviewed", options.reviewed}});
  if (!options.model_reference.empty() && options.model_reference != model.id) {
    replace_line(text, "\nmodel: " + model.id + "\n",
                 "\nmodel: " + yaml_scalar(options.model_reference) + "\n");
  }
  return text;
}

ScaffoldModel find_scaffold_model(const std::string& reference, const ModelCatalog& catalog) {
  ScaffoldModel out;
  if (!is_model_path(reference)) {
    if (const Model* m = catalog.find(reference)) {
      out.model = *m;
    } else {
      std::string suggestion = closest_match(reference, catalog.ids());
      // TRANSLATORS: %2$s is "; did you mean '...'?" or nothing; %1$s is the model asked for.
      out.error = translate(
          "unknown model '%1$s'%2$s ('journey models' lists them; a model file "
          "needs a path such as ./%1$s.yaml)",
          reference, did_you_mean(suggestion));
    }
    return out;
  }
  std::string text;
  if (!read_text_file(reference, text, out.error)) return out;
  ModelLoadResult loaded = load_model(SourceText(reference, text));
  if (loaded.model) {
    out.model = std::move(loaded.model);
    out.model->origin = reference;
  } else {
    const Finding& f = loaded.findings.front();
    out.error = reference + ":" + std::to_string(std::max(1, f.span.line)) + ":" +
                std::to_string(std::max(1, f.span.column)) + ": " + f.message;
  }
  return out;
}

std::string path_from(const std::string& journey_file, const std::string& target) {
  namespace fs = std::filesystem;
  fs::path base = fs::absolute(fs::path(journey_file)).parent_path().lexically_normal();
  fs::path to = fs::absolute(fs::path(target)).lexically_normal();
  std::string relative = to.lexically_relative(base).generic_string();
  if (relative.empty()) return to.generic_string();
  // A path without a '/' would read as a model id: "./mine.yaml", not "mine.yaml".
  if (relative.find('/') == std::string::npos) relative = "./" + relative;
  return relative;
}

}  // namespace journey
