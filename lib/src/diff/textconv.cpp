// SPDX-License-Identifier: Apache-2.0
// One fact per line, in a fixed order, so that git's line diff of this text is a diff of facts.
#include <algorithm>
#include <cstdio>
#include "journey/numbers.hpp"

#include "journey/diff.hpp"
#include "journey/escape.hpp"
#include "journey/lanes.hpp"

namespace journey {

namespace {

// Values stay on one line whatever they hold, and git shows them in a terminal: control
// characters are escaped.
std::string one_line(const std::string& s) {
  return terminal_text(s);
}

}  // namespace

namespace {

// One fact a line: "SUBJECT: KEY VALUE", left out when the value is empty.
struct Facts {
  std::ostream& out;
  void operator()(const std::string& subject, const std::string& key,
                  const std::string& value) const {
    if (!value.empty()) out << one_line(subject) << ": " << key << " " << one_line(value) << "\n";
  }
};

void persona_facts(const Persona& p, const Facts& fact) {
  std::string s = "persona " + p.id.value;
  fact(s, "name", p.name.value);
  fact(s, "description", p.description.value);
  for (const auto& v : p.goals.value) fact(s, "goal", v.value);
  for (const auto& v : p.frustrations.value) fact(s, "frustration", v.value);
  for (const auto& v : p.needs.value) fact(s, "need", v.value);
  for (const auto& v : p.channels.value) fact(s, "channel", v.value);
}

// The facts of a lane whose values are more than strings.
void structured_facts(const std::string& s, const Lane& lane, const Touchpoint& t,
                      const Facts& fact) {
  const char* key = lane.fact;
  switch (lane.kind) {
    case LaneKind::emotion:
      if (t.emotion.usable()) fact(s, key, std::to_string(t.emotion.value));
      for (const auto& e : t.persona_emotions.value) {
        if (e.value.usable()) fact(s, key, e.persona.value + " " + std::to_string(e.value.value));
      }
      break;
    case LaneKind::moment:
      if (t.moment.usable() && t.moment.value) {
        fact(s, key, t.moment_name.value.empty() ? "true" : t.moment_name.value);
      }
      break;
    case LaneKind::pains:
      for (const auto& v : t.pains.value) {
        std::string severity =
            v.severity.usable() ? std::string(" [") + to_string(v.severity.value) + "]" : "";
        fact(s, key, v.value + severity);
      }
      break;
    case LaneKind::backstage:
      for (const auto& v : t.backstage.value) {
        fact(s, key, v.value + (v.owner.value.empty() ? "" : " (" + v.owner.value + ")"));
      }
      break;
    case LaneKind::metrics: {
      // Metrics are a map: their order in the file means nothing.
      std::vector<const Metric*> metrics;
      for (const Metric& m : t.metrics.value) metrics.push_back(&m);
      std::sort(metrics.begin(), metrics.end(),
                [](const Metric* x, const Metric* y) { return x->name.value < y->name.value; });
      for (const Metric* m : metrics) {
        fact(s, key, m->name.value + " = " + format_number(m->value.value));
      }
      break;
    }
    case LaneKind::flag:
      if ((t.*lane.flag).usable() && (t.*lane.flag).value) fact(s, key, "true");
      break;
    default:
      break;
  }
}

// A fact per value of every lane, in the table's order (journey/lanes.hpp).
void touchpoint_facts(const Phase& phase, const Touchpoint& t, const Facts& fact) {
  std::string s = "touchpoint " + phase.key.value + "/" + t.id.value;
  for (const Lane& lane : touchpoint_lanes()) {
    if (lane.fact == nullptr) continue;
    switch (lane.kind) {
      case LaneKind::text:
      case LaneKind::choice:
        fact(s, lane.fact, (t.*lane.text).value);
        break;
      case LaneKind::text_list:
      case LaneKind::choice_list:
      case LaneKind::references:
        for (const auto& v : (t.*lane.list).value) fact(s, lane.fact, v.value);
        if (lane.kind == LaneKind::references && (t.*lane.list).present &&
            (t.*lane.list).value.empty()) {
          fact(s, lane.fact, "(end)");
        }
        break;
      default:
        structured_facts(s, lane, t, fact);
    }
  }
}

void kpi_facts(const Kpi& k, const Facts& fact) {
  std::string s = "kpi " + k.id.value;
  fact(s, "name", k.name.value);
  fact(s, "phase", k.phase.value);
  if (k.target.usable()) fact(s, "target", format_number(k.target.value));
  if (k.actual.usable()) fact(s, "actual", format_number(k.actual.value));
  fact(s, "unit", k.unit.value);
}

}  // namespace

void write_textconv(const Journey& j, std::ostream& out) {
  Facts fact{out};
  fact("journey", "title", j.title.value);
  fact("journey", "model", j.model.value);
  fact("journey", "state",
       j.state.present && j.state.value == JourneyState::future ? "future" : "current");
  fact("journey", "description", j.description.value);
  fact("journey", "lang", j.lang.value);
  fact("journey", "owner", j.owner.value);
  fact("journey", "reviewed", j.reviewed.value);
  for (const Persona& p : j.personas) persona_facts(p, fact);
  // Phases in model order when bound, so that moving a phase block in the file shows nothing.
  std::vector<const Phase*> phases;
  for (const Phase& p : j.phases) phases.push_back(&p);
  std::stable_sort(phases.begin(), phases.end(), [](const Phase* a, const Phase* b) {
    return a->model_phase >= 0 && b->model_phase >= 0 && a->model_phase < b->model_phase;
  });
  for (const Phase* phase : phases) {
    std::string ps = "phase " + phase->key.value;
    out << one_line(ps) << "\n";
    fact(ps, "goal", phase->goal.value);
    fact(ps, "role", phase->role.value);
    for (std::size_t i : phase->touchpoints) touchpoint_facts(*phase, j.touchpoints[i], fact);
  }
  for (const Kpi& k : j.kpis) kpi_facts(k, fact);
}

}  // namespace journey
