// SPDX-License-Identifier: Apache-2.0
#include "index.hpp"

#include <algorithm>

namespace journey::lsp {

const char* to_string(IdKind kind) {
  switch (kind) {
    case IdKind::persona:
      return "persona";
    case IdKind::touchpoint:
      return "touchpoint";
    case IdKind::phase:
      return "phase";
    case IdKind::channel:
      return "channel";
    case IdKind::owner:
      return "owner";
    case IdKind::kpi:
      return "KPI";
  }
  return "id";
}

namespace {

struct Adder {
  IdIndex& index;
  void operator()(IdKind kind, const Text& text, bool definition, const std::string& file = {}) {
    if (!text.present || !text.span.known() || text.value.empty()) return;
    index.occurrences.push_back(Occurrence{kind, text.value, file, text.span, definition});
  }
  void list(IdKind kind, const TextList& texts) {
    for (const Text& t : texts.value) (*this)(kind, t, false);
  }
};

std::string phase_id(const Model* model, int model_phase, const std::string& key) {
  if (model != nullptr && model_phase >= 0 &&
      model_phase < static_cast<int>(model->phases.size())) {
    return model->phases[static_cast<std::size_t>(model_phase)].id;
  }
  return key;
}

void add_touchpoint(Adder& add, const Touchpoint& t) {
  add(IdKind::touchpoint, t.id, true);
  add.list(IdKind::persona, t.personas);
  add.list(IdKind::touchpoint, t.next);
  add(IdKind::channel, t.channel, false);
  add(IdKind::owner, t.owner, false);
  for (const PersonaEmotion& e : t.persona_emotions.value) add(IdKind::persona, e.persona, false);
  for (const BackstageAction& b : t.backstage.value) add(IdKind::owner, b.owner, false);
}

}  // namespace

IdIndex build_index(const Journey& j, const Model* model) {
  IdIndex index;
  Adder add{index};
  for (const Persona& p : j.personas) add(IdKind::persona, p.id, true, p.file);
  for (const Channel& c : j.channels) add(IdKind::channel, c.id, true, c.file);
  for (const Owner& o : j.owners) add(IdKind::owner, o.id, true, o.file);
  add(IdKind::owner, j.owner, false);
  for (const Phase& phase : j.phases) {
    Text key = phase.key;
    key.value = phase_id(model, phase.model_phase, phase.key.value);
    add(IdKind::phase, key, true);
  }
  for (const Touchpoint& t : j.touchpoints) add_touchpoint(add, t);
  for (const Kpi& k : j.kpis) {
    add(IdKind::kpi, k.id, true);
    Text phase = k.phase;
    phase.value = phase_id(model, k.model_phase, k.phase.value);
    add(IdKind::phase, phase, false);
  }
  return index;
}

const Occurrence* IdIndex::at(const std::string& file, int line, int column) const {
  for (const Occurrence& o : occurrences) {
    if (o.file != file || o.span.line != line) continue;
    int end = o.span.end_line == line ? o.span.end_column : o.span.column + 1;
    if (column >= o.span.column && column <= end) return &o;
  }
  return nullptr;
}

std::vector<const Occurrence*> IdIndex::all_of(const Occurrence& which) const {
  std::vector<const Occurrence*> out;
  for (const Occurrence& o : occurrences) {
    if (o.kind == which.kind && o.id == which.id) out.push_back(&o);
  }
  std::stable_partition(out.begin(), out.end(), [](const Occurrence* o) { return o->definition; });
  return out;
}

}  // namespace journey::lsp
