// SPDX-License-Identifier: Apache-2.0
#include <algorithm>

#include "cursor.hpp"
#include "features.hpp"
#include "journey/escape.hpp"
#include "journey/numbers.hpp"
#include "journey/rule.hpp"
#include "shapes.hpp"

namespace journey::lsp {

namespace {

// Text from a journey as Markdown that shows it as written: control characters escaped (as on a
// terminal), Markdown's and HTML's special characters backslash-escaped.
std::string md(const std::string& text) {
  std::string out;
  for (char c : terminal_text(text)) {
    if (std::string_view("\\`*_[]<>#|&!~{}()+").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string joined(const TextList& list) {
  std::string out;
  for (const Text& t : list.value) out += (out.empty() ? "" : "; ") + md(t.value);
  return out;
}

std::string persona_doc(const Persona& p) {
  std::string out = "**" + md(p.name.value) + "**: persona `" + md(p.id.value) + "`";
  if (!p.description.value.empty()) out += "\n\n" + md(p.description.value);
  if (!p.goals.value.empty()) out += "\n\n*Goals:* " + joined(p.goals);
  if (!p.frustrations.value.empty()) out += "\n\n*Frustrations:* " + joined(p.frustrations);
  if (!p.file.empty()) out += "\n\nfrom " + md(p.file);
  return out;
}

std::string touchpoint_doc(const Snapshot& s, const Touchpoint& t) {
  const Journey& j = *s.analysis.journey;
  std::string out = "**" + md(t.name.value) + "**: touchpoint `" + md(t.id.value) + "`";
  if (t.phase < j.phases.size()) out += " in phase `" + md(j.phases[t.phase].key.value) + "`";
  std::vector<std::string> facts;
  if (!t.channel.value.empty()) facts.push_back("channel " + md(t.channel.value));
  for (int e : emotion_values(t)) facts.push_back("emotion " + std::to_string(e));
  if (!t.owner.value.empty()) facts.push_back("owner " + md(t.owner.value));
  if (!facts.empty()) {
    out += "\n\n";
    for (std::size_t i = 0; i < facts.size(); ++i) out += (i ? " · " : "") + facts[i];
  }
  for (const Pain& p : t.pains.value) out += "\n- pain: " + md(p.value);
  return out;
}

std::string phase_doc(const Snapshot& s, const std::string& id) {
  const Model* model = s.analysis.model;
  int index = model != nullptr ? model->find_phase(id) : -1;
  if (index < 0) return "phase `" + md(id) + "`";
  const ModelPhase& mp = model->phases[static_cast<std::size_t>(index)];
  std::string out = "**" + md(mp.name_en) + "**: phase `" + md(mp.id) + "` of " + md(model->name);
  std::string goal, role = mp.role_en;
  std::size_t touchpoints = 0;
  for (const Phase& p : s.analysis.journey->phases) {
    if (p.model_phase != index) continue;
    if (!p.goal.value.empty()) goal = p.goal.value;
    if (!p.role.value.empty()) role = p.role.value;
    touchpoints += p.touchpoints.size();
  }
  if (!goal.empty()) out += "\n\n*Goal:* " + md(goal);
  if (!role.empty()) out += "\n\n*The customer's role:* " + md(role);
  if (!mp.description.empty()) out += "\n\n" + md(mp.description);
  return out + "\n\n" + count_of(touchpoints, "touchpoint", "touchpoints");
}

template <class T>
const T* find_id(const std::vector<T>& items, const std::string& id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id.value == id; });
  return it == items.end() ? nullptr : &*it;
}

std::string occurrence_doc(const Snapshot& s, const Occurrence& o) {
  const Journey& j = *s.analysis.journey;
  switch (o.kind) {
    case IdKind::persona:
      if (const Persona* p = find_id(j.personas, o.id)) return persona_doc(*p);
      break;
    case IdKind::touchpoint:
      if (const Touchpoint* t = find_id(j.touchpoints, o.id)) return touchpoint_doc(s, *t);
      break;
    case IdKind::phase:
      return phase_doc(s, o.id);
    case IdKind::channel:
      if (const Channel* c = find_id(j.channels, o.id)) {
        return "**" + md(c->name.value) + "**: channel `" + md(o.id) + "` " + md(c->kind.value);
      }
      break;
    case IdKind::owner:
      if (const Owner* w = find_id(j.owners, o.id)) {
        return "**" + md(w->name.value) + "**: owner `" + md(o.id) + "` " + md(w->contact.value);
      }
      break;
    case IdKind::kpi:
      if (const Kpi* k = find_id(j.kpis, o.id)) {
        return "**" + md(k->name.value) + "**: KPI `" + md(o.id) + "`, target " +
               (k->target.usable() ? format_number(k->target.value) : "none") + ", actual " +
               (k->actual.usable() ? format_number(k->actual.value) : "none") + " " +
               md(k->unit.value);
      }
      break;
  }
  return std::string(to_string(o.kind)) + " `" + md(o.id) + "` is not defined";
}

// A key's documentation from the field tables.
std::string key_doc(const TextDocument& doc, const std::string& path, Position start,
                    const std::string& word, const Snapshot* s, bool journey) {
  CursorContext context = context_at(doc, start);
  if (context.kind != CursorContext::Kind::key) return {};
  Slot slot = resolve(root_spec(file_kind(path, doc, journey)), context.path);
  const ValueSpec* container = container_of(slot.spec);
  if (container == nullptr) return {};
  if (container->kind == ValueSpec::Kind::map) {
    if (container->keys == ValueSpec::Keys::phase && s != nullptr) return phase_doc(*s, word);
    return {};
  }
  for (const FieldSpec& f : container->shape->fields) {
    if (f.key == word) {
      return "`" + f.key + "`: " + f.description + "\n\n*" + describe(f.value) +
             (f.required ? ", required" : "") + "* (in a " + container->shape->name + ")";
    }
  }
  return {};
}

std::string rule_doc(const std::string& id) {
  const Rule* rule = find_rule(id);
  if (rule == nullptr) return {};
  RuleInfo info = rule->info();
  return std::string("**") + info.id + "** (" + to_string(info.severity) + ", " + info.category +
         "): " + info.summary + "\n\n" + info.why + "\n\n*Fix:* " + info.fix;
}

}  // namespace

json hover(const TextDocument& doc, const std::string& path, Position position, const Snapshot* s,
           bool journey) {
  std::string word;
  Range range = word_at(doc, position, word);
  if (word.empty()) return nullptr;
  std::string text;
  if (s != nullptr && s->analysis.journey && s->version == doc.version()) {
    int column = code_point_column(doc.line(position.line), position.character);
    if (const Occurrence* o = s->index.at({}, position.line + 1, column)) {
      text = occurrence_doc(*s, *o);
    }
  }
  std::string_view line = doc.line(position.line);
  std::size_t end = byte_of_utf16(line, range.end.character);
  if (text.empty() && end < line.size() && line[end] == ':') {
    text = key_doc(doc, path, range.start, word, s, journey);
  }
  if (text.empty() && context_at(doc, range.end).kind == CursorContext::Kind::suppression) {
    text = rule_doc(word);
  }
  if (text.empty()) return nullptr;
  return json{{"contents", {{"kind", "markdown"}, {"value", text}}}, {"range", to_json(range)}};
}

}  // namespace journey::lsp
