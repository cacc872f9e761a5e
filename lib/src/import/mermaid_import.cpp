// SPDX-License-Identifier: Apache-2.0
// A Mermaid journey diagram to a journey file. What Mermaid cannot say (channels, owners, pains,
// ...) is left for the user, and lint's warnings ask for it; what the journey needs to lint
// without errors (a title, known phases, unique ids, emotions in range, a flow in task order)
// is always written, and every decision that changes what the diagram said is a finding.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <tuple>
#include <unordered_map>

#include "../load/reader.hpp"
#include "ids.hpp"
#include "journey/import.hpp"
#include "journey/messages.hpp"
#include "journey/numbers.hpp"
#include "journey/suggest.hpp"
#include "journey/yaml_tree.hpp"
#include "journey/yaml_write.hpp"
#include "section_model.hpp"

namespace journey {

namespace {

using import_detail::ascii_slug;
using import_detail::fold_key;
using import_detail::IdAllocator;
using import_detail::phase_keys;
using import_detail::shorten;

struct ImportedTouchpoint {
  const MermaidTask* task = nullptr;
  std::string id;
  int emotion = 3;
  int phase = 0;                       // index into the model's phases
  std::vector<std::size_t> personas;   // indices into ImportedJourney::personas, unique
  const Text* lost_section = nullptr;  // the section when it names no phase
};

struct ImportedJourney {
  std::vector<std::pair<std::string, std::string>> personas;  // id, name
  std::vector<ImportedTouchpoint> touchpoints;                // in task order
};

void warn(Findings& out, const char* rule, const SourceSpan& span, std::string message,
          std::string suggestion = {}) {
  if (out.size() >= k_max_findings) return;
  Finding f = make_finding(rule, span, "", std::move(message), std::move(suggestion));
  f.severity = Severity::warning;
  out.push_back(std::move(f));
}

// The phase of every section: the one it names, else that of the nearest section before it that
// names one, else after it, else the first. Index 0 stands for the tasks before any section.
std::vector<int> place_sections(const std::vector<Text>& sections, const Model& model,
                                std::vector<bool>& named) {
  auto keys = phase_keys(model);
  std::vector<int> phase(sections.size() + 1, -1);
  named.assign(sections.size() + 1, false);
  for (std::size_t i = 0; i < sections.size(); ++i) {
    auto it = keys.find(fold_key(sections[i].value));
    if (it != keys.end()) phase[i + 1] = it->second, named[i + 1] = true;
  }
  int after = -1;
  std::vector<int> next_named(phase.size(), -1);
  for (std::size_t i = phase.size(); i-- > 0;) {
    if (named[i]) after = phase[i];
    next_named[i] = after;
  }
  int before = -1;
  for (std::size_t i = 0; i < phase.size(); ++i) {
    if (named[i]) before = phase[i];
    if (!named[i]) phase[i] = before >= 0 ? before : std::max(next_named[i], 0);
  }
  return phase;
}

std::string phase_list(const Model& model) {
  std::string list;
  for (std::size_t i = 0; i < model.phases.size() && i < 12; ++i) {
    list += (i ? ", " : "") + model.phases[i].name_en;
  }
  return model.phases.size() > 12 ? list + ", ..." : list;
}

void report_unnamed_section(const Text& section, int phase, const Model& model, Findings& out) {
  std::vector<std::string> candidates;
  for (const ModelPhase& p : model.phases) {
    candidates.push_back(p.id);
    candidates.push_back(p.name_en);
    if (!p.name_nl.empty()) candidates.push_back(p.name_nl);
    candidates.insert(candidates.end(), p.aliases.begin(), p.aliases.end());
  }
  // Suggestions cost an edit distance per candidate: not for names no one would mistype.
  std::string suggestion = section.value.size() <= 100 && out.size() < 100
                               ? closest_match(section.value, candidates)
                               : std::string();
  const ModelPhase& target = model.phases[static_cast<std::size_t>(phase)];
  // TRANSLATORS: %3$s lists the model's phases; %4$s is "; did you mean '...'?" or nothing.
  warn(out, "unknown-section", section.span,
       translate("section '%1$s' names no phase of model '%2$s' (%3$s)%4$s; its tasks are put in "
                 "phase '%5$s' (x-mermaid-section keeps the name): move them, or rename the "
                 "section",
                 shorten(section.value), model.id, phase_list(model), did_you_mean(suggestion),
                 target.id),
       suggestion);
}

// Mermaid's score as an emotion: 1 to 5 as it is, anything else rounded into that range.
int emotion_of(const MermaidTask& task, Findings& out) {
  double score = task.score.value;
  auto emotion = static_cast<int>(std::clamp(std::lround(std::clamp(score, -1e6, 1e6)), 1L, 5L));
  if (emotion != score) {
    warn(out, "score-range", task.score.span,
         translate("score %1$s of task '%2$s' is not a whole number from 1 to 5; imported as "
                   "emotion %3$s",
                   format_number(score), shorten(task.name.value), emotion));
  }
  return emotion;
}

// A model made from the sections has a phase per section, in order: section i is phase i, and the
// tasks before the first section join the first phase.
std::vector<int> own_phases(const std::vector<Text>& sections, std::vector<bool>& named) {
  std::vector<int> phase(sections.size() + 1, 0);
  for (std::size_t i = 0; i < sections.size(); ++i) phase[i + 1] = static_cast<int>(i);
  named.assign(sections.size() + 1, true);
  return phase;
}

void collect_touchpoints(const MermaidDiagram& d, const Model& model, bool made_from_sections,
                         ImportedJourney& j, Findings& out) {
  std::vector<bool> named;
  std::vector<int> phase =
      made_from_sections ? own_phases(d.sections, named) : place_sections(d.sections, model, named);
  for (std::size_t s = 0; s < d.sections.size(); ++s) {
    if (!named[s + 1]) report_unnamed_section(d.sections[s], phase[s + 1], model, out);
  }
  IdAllocator ids;
  for (const MermaidTask& task : d.tasks) {
    ImportedTouchpoint tp;
    tp.task = &task;
    std::string base = ascii_slug(task.name.value);
    tp.id = ids.take(base.empty() ? "touchpoint" : base);
    tp.emotion = emotion_of(task, out);
    auto section = static_cast<std::size_t>(task.section + 1);
    tp.phase = phase[section];
    if (task.section >= 0 && !named[section]) tp.lost_section = &d.sections[section - 1];
    bool own_phase = made_from_sections && d.sections.empty();  // the made model's only phase
    if (task.section < 0 && j.touchpoints.empty() && !own_phase) {
      warn(out, "unknown-section", task.name.span,
           translate("tasks before the first section are put in phase '%1$s'",
                     model.phases[static_cast<std::size_t>(tp.phase)].id));
    }
    j.touchpoints.push_back(std::move(tp));
  }
}

// "Lotte, the weekend hiker" is lotte: people name personas "Name, what they are".
std::string persona_id_base(const std::string& name) {
  std::string base = ascii_slug(name.substr(0, name.find(',')));
  if (base.empty()) base = ascii_slug(name);
  return base.empty() ? "persona" : base;
}

// The personas in the order the diagram first names them, and who takes part in each task.
// False after an input-limit error.
bool collect_personas(const MermaidDiagram& d, ImportedJourney& j, Findings& out) {
  std::unordered_map<std::string, std::size_t> index;
  std::vector<std::size_t> last_task;  // per persona: the task that named it last
  IdAllocator ids;
  for (std::size_t t = 0; t < d.tasks.size(); ++t) {
    for (const Text& actor : d.tasks[t].actors) {
      auto [it, added] = index.emplace(actor.value, j.personas.size());
      if (added && j.personas.size() >= load::k_max_list_items) {
        out.push_back(
            make_finding("input-limit", actor.span, "",
                         translate("more than %1$s actors, the most personas a journey holds",
                                   load::k_max_list_items)));
        return false;
      }
      if (added) {
        j.personas.emplace_back(ids.take(persona_id_base(actor.value)), actor.value);
        last_task.push_back(t + 1);
      } else if (last_task[it->second] == t + 1) {
        continue;  // named twice on one task
      }
      last_task[it->second] = t + 1;
      j.touchpoints[t].personas.push_back(it->second);
    }
  }
  return true;
}

std::string title_of(const MermaidDiagram& d, const SourceText& source, Findings& out) {
  if (d.title.present && !d.title.value.empty()) return d.title.value;
  std::string stem = std::filesystem::path(source.name()).stem().string();
  std::string title = stem.empty() || stem == "<stdin>" || stem == "-" ? "Imported journey" : stem;
  warn(out, "missing-title", d.header,
       translate("the diagram has no title; the journey is called '%1$s': give it a better one "
                 "in 'journey:'",
                 shorten(title)));
  return title;
}

void write_personas(const ImportedJourney& j, std::string& out) {
  if (j.personas.empty()) return;
  out += "personas:\n";
  for (const auto& [id, name] : j.personas) {
    out += "  - id: " + yaml_scalar(id) + "\n    name: " + yaml_scalar(name) + "\n";
  }
}

struct FlowEnds {
  const ImportedTouchpoint* entry = nullptr;  // the first task, when it is not in the first phase
  const ImportedTouchpoint* dead_end = nullptr;  // the last task, when more follow it in the file
};

// One touchpoint; `next` is the task after it, or null.
void write_touchpoint(const ImportedJourney& j, const ImportedTouchpoint& tp,
                      const ImportedTouchpoint* next, const FlowEnds& ends, std::string& out) {
  out += "      - id: " + yaml_scalar(tp.id) + "\n";
  out += "        name: " + yaml_scalar(tp.task->name.value) + "\n";
  // A touchpoint that names no personas concerns every persona.
  if (!tp.personas.empty() && tp.personas.size() < j.personas.size()) {
    out += "        personas: [";
    for (std::size_t k = 0; k < tp.personas.size(); ++k) {
      out += (k ? ", " : "") + yaml_scalar(j.personas[tp.personas[k]].first);
    }
    out += "]\n";
  }
  out += "        emotion: " + std::to_string(tp.emotion) + "\n";
  if (&tp == ends.entry) out += "        entry: true\n";
  if (next != nullptr) out += "        next: [" + yaml_scalar(next->id) + "]\n";
  if (&tp == ends.dead_end) out += "        next: []\n";
  if (tp.lost_section != nullptr) {
    out += "        x-mermaid-section: " + yaml_scalar(tp.lost_section->value) + "\n";
  }
}

// Phases in the model's order, each with its tasks in diagram order; `next` keeps the diagram's
// order across phases, so the flow is the order of the tasks however the phases sort.
void write_phases(const ImportedJourney& j, const Model& model, std::string& out) {
  const auto& tps = j.touchpoints;
  std::vector<std::vector<std::size_t>> by_phase(model.phases.size());
  for (std::size_t k = 0; k < tps.size(); ++k) {
    by_phase[static_cast<std::size_t>(tps[k].phase)].push_back(k);
  }
  FlowEnds ends;
  auto first_phase = std::find_if(by_phase.begin(), by_phase.end(),
                                  [](const auto& list) { return !list.empty(); });
  if (!tps.empty() && first_phase->front() != 0) ends.entry = &tps.front();
  auto last_phase = std::find_if(by_phase.rbegin(), by_phase.rend(),
                                 [](const auto& list) { return !list.empty(); });
  if (!tps.empty() && last_phase->back() != tps.size() - 1) ends.dead_end = &tps.back();
  out += tps.empty() ? "phases: {}\n" : "phases:\n";
  for (std::size_t p = 0; p < by_phase.size(); ++p) {
    if (by_phase[p].empty()) continue;
    out += "  " + yaml_scalar(model.phases[p].id) + ":\n    touchpoints:\n";
    for (std::size_t k : by_phase[p]) {
      write_touchpoint(j, tps[k], k + 1 < tps.size() ? &tps[k + 1] : nullptr, ends, out);
    }
  }
}

std::string write_journey(const MermaidDiagram& d, const ImportedJourney& j, const Model& model,
                          const std::string& title, const ImportOptions& options) {
  std::string out =
      "# Imported from a Mermaid journey diagram by 'journey import mermaid'. Mermaid says\n"
      "# nothing of channels, owners, actions, pains or opportunities: 'journey lint' lists\n"
      "# what to fill in.\n";
  out += "journey: " + yaml_scalar(title) + "\n";
  out += "model: " +
         yaml_scalar(options.model_reference.empty() ? model.id : options.model_reference) + "\n";
  if (d.description.present && !d.description.value.empty()) {
    out += "description: " + yaml_scalar(d.description.value) + "\n";
  }
  write_personas(j, out);
  write_phases(j, model, out);
  return out;
}

// A journey the import writes must also be one lint reads: not more YAML values than a file may
// hold (a persona list on every task adds up), counted from above.
bool within_limits(const ImportedJourney& j, Findings& out) {
  std::size_t values = 16 + 5 * j.personas.size();
  for (const ImportedTouchpoint& tp : j.touchpoints) values += 16 + tp.personas.size();
  if (values <= yaml::Limits{}.max_nodes) return true;
  out.push_back(make_finding("input-limit", {}, "",
                             translate("the journey would hold about %1$s YAML values, more than "
                                       "the %2$s a journey file may hold: split the diagram",
                                       values, yaml::Limits{}.max_nodes)));
  return false;
}

// ... and not more bytes than a journey file may have (escapes make names longer).
void check_size(ImportResult& result) {
  if (result.yaml.size() <= k_max_input_bytes) return;
  result.findings.push_back(make_finding(
      "input-limit", {}, "",
      translate("the journey would be %1$s, more than the %2$s a journey file may be: split the "
                "diagram",
                describe_size(result.yaml.size()), describe_size(k_max_input_bytes))));
  result.yaml.clear();
}

void sort_findings(Findings& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.span.line, a.span.column) < std::tie(b.span.line, b.span.column);
  });
}

// The journey of a parsed diagram on `model` into `result` (whose findings hold the parser's).
void import_diagram(const MermaidDiagram& d, const SourceText& source, const Model& model,
                    bool made_from_sections, const ImportOptions& options, ImportResult& result) {
  result.model_id = model.id;
  if (model.phases.empty()) {
    result.findings.push_back(
        make_finding("unknown-model", {}, "", translate("model '%1$s' has no phases", model.id)));
    return;
  }
  ImportedJourney j;
  std::string title = title_of(d, source, result.findings);
  collect_touchpoints(d, model, made_from_sections, j, result.findings);
  if (collect_personas(d, j, result.findings) && within_limits(j, result.findings)) {
    result.yaml = write_journey(d, j, model, title, options);
    check_size(result);
  }
}

// The model made from the sections, read back as lint will read it: null (with an error) if
// it were not a valid model, which would be a bug here, not in the diagram.
std::optional<Model> made_model(const MermaidDiagram& d, const AutoModelOptions& options,
                                ImportResult& result) {
  std::string id = import_detail::model_id_from_file(options.model_file);
  std::string name = d.title.present && !d.title.value.empty() ? d.title.value : id;
  result.model_yaml = import_detail::model_from_sections(d, id, name, options.diagram_name);
  ModelLoadResult loaded = load_model(SourceText(options.model_file, result.model_yaml));
  if (loaded.model && result.model_yaml.size() <= k_max_input_bytes) return loaded.model;
  result.findings.push_back(
      make_finding("input-limit", {}, "",
                   translate("the model made from the sections cannot be read back (%1$s)",
                             loaded.findings.empty() ? std::string(tr("too large"))
                                                     : loaded.findings[0].message)));
  result.model_yaml.clear();
  return std::nullopt;
}

}  // namespace

ImportResult import_mermaid(const SourceText& source, const Model& model,
                            const ImportOptions& options) {
  MermaidParseResult parsed = parse_mermaid_journey(source);
  ImportResult result;
  result.findings = std::move(parsed.findings);
  if (parsed.diagram) import_diagram(*parsed.diagram, source, model, false, options, result);
  sort_findings(result.findings);
  return result;
}

ImportResult import_mermaid_auto(const SourceText& source, const ModelCatalog& catalog,
                                 const AutoModelOptions& options) {
  MermaidParseResult parsed = parse_mermaid_journey(source);
  ImportResult result;
  result.findings = std::move(parsed.findings);
  if (parsed.diagram) {
    const MermaidDiagram& d = *parsed.diagram;
    if (const Model* named = import_detail::model_naming_sections(d.sections, catalog.models())) {
      import_diagram(d, source, *named, false, ImportOptions{named->id}, result);
    } else if (std::optional<Model> made = made_model(d, options, result)) {
      import_diagram(d, source, *made, true, ImportOptions{options.model_file}, result);
      if (!result.ok()) result.model_yaml.clear();
    }
  }
  sort_findings(result.findings);
  return result;
}

}  // namespace journey
