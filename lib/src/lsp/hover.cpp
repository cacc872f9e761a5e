// SPDX-License-Identifier: Apache-2.0
#include <algorithm>

#include "cursor.hpp"
#include "features.hpp"
#include "journey/escape.hpp"
#include "journey/messages.hpp"
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
  std::string out = translate("**%1$s**: persona `%2$s`", md(p.name.value), md(p.id.value));
  if (!p.description.value.empty()) out += "\n\n" + md(p.description.value);
  if (!p.goals.value.empty()) out += "\n\n" + translate("*Goals:* %1$s", joined(p.goals));
  if (!p.frustrations.value.empty()) {
    out += "\n\n" + translate("*Frustrations:* %1$s", joined(p.frustrations));
  }
  if (!p.file.empty()) out += "\n\n" + translate("from %1$s", md(p.file));
  return out;
}

std::string touchpoint_doc(const Snapshot& s, const Touchpoint& t) {
  const Journey& j = *s.analysis.journey;
  std::string out =
      t.phase < j.phases.size()
          ? translate("**%1$s**: touchpoint `%2$s` in phase `%3$s`", md(t.name.value),
                      md(t.id.value), md(j.phases[t.phase].key.value))
          : translate("**%1$s**: touchpoint `%2$s`", md(t.name.value), md(t.id.value));
  std::vector<std::string> facts;
  if (!t.channel.value.empty()) facts.push_back(translate("channel %1$s", md(t.channel.value)));
  for (int e : emotion_values(t)) facts.push_back(translate("emotion %1$s", e));
  if (!t.owner.value.empty()) facts.push_back(translate("owner %1$s", md(t.owner.value)));
  if (!facts.empty()) {
    out += "\n\n";
    for (std::size_t i = 0; i < facts.size(); ++i) out += (i ? " · " : "") + facts[i];
  }
  for (const Pain& p : t.pains.value) out += "\n" + translate("- pain: %1$s", md(p.value));
  return out;
}

std::string phase_doc(const Snapshot& s, const std::string& id) {
  const Model* model = s.analysis.model;
  int index = model != nullptr ? model->find_phase(id) : -1;
  if (index < 0) return translate("phase `%1$s`", md(id));
  const ModelPhase& mp = model->phases[static_cast<std::size_t>(index)];
  const Language language = message_language();  // the model's names in English or Dutch
  std::string out = translate("**%1$s**: phase `%2$s` of %3$s", md(mp.name(language)), md(mp.id),
                              md(model->display_name(language)));
  std::string goal, role = mp.role(language);
  std::size_t touchpoints = 0;
  for (const Phase& p : s.analysis.journey->phases) {
    if (p.model_phase != index) continue;
    if (!p.goal.value.empty()) goal = p.goal.value;
    if (!p.role.value.empty()) role = p.role.value;
    touchpoints += p.touchpoints.size();
  }
  if (!goal.empty()) out += "\n\n" + translate("*Goal:* %1$s", md(goal));
  if (!role.empty()) out += "\n\n" + translate("*The customer's role:* %1$s", md(role));
  if (!mp.description.empty()) out += "\n\n" + md(mp.description);
  return out + "\n\n" +
         translate_n("%1$s touchpoint", "%1$s touchpoints", touchpoints, touchpoints);
}

// A KPI's value as written, with the reader's decimal mark; "none" when absent.
std::string kpi_value(const Field<double>& value) {
  if (!value.usable()) return tr("none");
  return with_decimal_mark(format_number(value.value), message_language());
}

std::string kpi_doc(const Kpi& k, const std::string& id) {
  return translate("**%1$s**: KPI `%2$s`, target %3$s, actual %4$s %5$s", md(k.name.value), md(id),
                   kpi_value(k.target), kpi_value(k.actual), md(k.unit.value));
}

// An id that nothing defines, named by its kind.
std::string not_defined(const Occurrence& o) {
  const char* pattern = noop_tr("persona `%1$s` is not defined");
  switch (o.kind) {
    case IdKind::persona:
      break;
    case IdKind::touchpoint:
      pattern = noop_tr("touchpoint `%1$s` is not defined");
      break;
    case IdKind::phase:
      pattern = noop_tr("phase `%1$s` is not defined");
      break;
    case IdKind::channel:
      pattern = noop_tr("channel `%1$s` is not defined");
      break;
    case IdKind::owner:
      pattern = noop_tr("owner `%1$s` is not defined");
      break;
    case IdKind::kpi:
      pattern = noop_tr("KPI `%1$s` is not defined");
      break;
  }
  return translate(pattern, md(o.id));
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
        return translate("**%1$s**: channel `%2$s` %3$s", md(c->name.value), md(o.id),
                         md(c->kind.value));
      }
      break;
    case IdKind::owner:
      if (const Owner* w = find_id(j.owners, o.id)) {
        return translate("**%1$s**: owner `%2$s` %3$s", md(w->name.value), md(o.id),
                         md(w->contact.value));
      }
      break;
    case IdKind::kpi:
      if (const Kpi* k = find_id(j.kpis, o.id)) return kpi_doc(*k, o.id);
      break;
  }
  return not_defined(o);
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
