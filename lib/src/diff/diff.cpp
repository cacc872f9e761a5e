// SPDX-License-Identifier: Apache-2.0
// Compares two journeys element by element: personas, phases and KPIs by id, touchpoints by id
// across phases, lists as sets. Formatting never shows because only loaded values are compared.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <set>
#include <unordered_map>
#include "journey/numbers.hpp"

#include "journey/diff.hpp"
#include "journey/flow.hpp"
#include "journey/lanes.hpp"

#include "funnel_diff.hpp"
#include "make_change.hpp"

namespace journey {

namespace {

// "+12.5%" from a to b; "from 0" when a is zero.
std::string relative(double a, double b) {
  if (a == 0) return "from 0";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%+.1f%%", (b - a) / std::fabs(a) * 100);
  return buffer;
}

// The words of a list of texts (or of pains and backstage actions, which are texts).
template <class Item>
std::vector<std::string> values(const Field<std::vector<Item>>& list) {
  std::vector<std::string> out;
  for (const Text& t : list.value) out.push_back(t.value);
  return out;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

// The phase id a phase stands for: its model phase's id when bound, else the key as written.
std::string canonical_phase(const Journey& j, const Model* m, std::size_t phase) {
  const Phase& p = j.phases[phase];
  if (m != nullptr && p.model_phase >= 0) return m->phases[p.model_phase].id;
  return p.key.value;
}

const Journey& empty_journey() {
  static const Journey empty;
  return empty;
}

// The ids of `after` that changed position relative to the others: those outside a longest
// common subsequence of the two orders. Ids are unique per side, so the LCS is a longest
// increasing subsequence of old positions in new order: O(n log n) time and O(n) memory, where a
// table would take (n+1) x (m+1) cells (1.6 GB for two reversed journeys of 20,000 touchpoints).
std::vector<std::string> moved_within(const std::vector<std::string>& before,
                                      const std::vector<std::string>& after) {
  std::unordered_map<std::string_view, std::size_t> old_position;
  for (std::size_t i = 0; i < before.size(); ++i) old_position.emplace(before[i], i);
  std::vector<std::size_t> sequence, index;  // old positions in new order, and where they stand
  std::unordered_map<std::string_view, bool> seen;
  for (std::size_t i = 0; i < after.size(); ++i) {
    auto it = old_position.find(after[i]);
    if (it == old_position.end() || !seen.emplace(after[i], true).second) continue;
    sequence.push_back(it->second);
    index.push_back(i);
  }
  // Patience sorting: tails[k] ends the best increasing run of length k + 1.
  std::vector<std::size_t> tails, previous(sequence.size(), SIZE_MAX);
  for (std::size_t k = 0; k < sequence.size(); ++k) {
    auto at = std::lower_bound(tails.begin(), tails.end(), k, [&](std::size_t t, std::size_t v) {
      return sequence[t] < sequence[v];
    });
    if (at != tails.begin()) previous[k] = *(at - 1);
    if (at == tails.end()) {
      tails.push_back(k);
    } else {
      *at = k;
    }
  }
  std::vector<bool> kept(after.size(), false);
  for (std::size_t k = tails.empty() ? SIZE_MAX : tails.back(); k != SIZE_MAX; k = previous[k]) {
    kept[index[k]] = true;
  }
  std::vector<std::string> moved;
  for (std::size_t i = 0; i < after.size(); ++i) {
    if (!kept[i] && old_position.count(after[i])) moved.push_back(after[i]);
  }
  return moved;
}

class Differ {
 public:
  Differ(const DiffSide& a, const DiffSide& b)
      : a_(a.journey ? *a.journey : empty_journey()),
        b_(b.journey ? *b.journey : empty_journey()),
        am_(a.model),
        bm_(b.model) {}

  std::vector<Change> run(bool added, bool removed) {
    if (added)
      add("journey-added", "", 0, b_.span.line, "", b_.title.value,
          "new journey '" + b_.title.value + "'");
    if (removed)
      add("journey-removed", "", a_.span.line, 0, a_.title.value, "",
          "journey '" + a_.title.value + "' deleted");
    if (!added && !removed) journey_fields();
    personas();
    phases();
    touchpoints();
    transitions();
    kpis();
    return std::move(out_);
  }

 private:
  void add(const char* kind, std::string path, int old_line, int new_line, std::string old_value,
           std::string new_value, std::string message) {
    out_.push_back(diff_detail::make_change(kind, std::move(path), old_line, new_line,
                                            std::move(old_value), std::move(new_value),
                                            std::move(message)));
  }

  void text_field(const char* kind, const std::string& path, const Text& x, const Text& y,
                  const std::string& what) {
    if (x.value == y.value) return;
    std::string message = what + (x.value.empty()   ? " set to '" + y.value + "'"
                                  : y.value.empty() ? " '" + x.value + "' removed"
                                                    : " '" + x.value + "' -> '" + y.value + "'");
    add(kind, path, x.span.line, y.span.line, x.value, y.value, message);
  }

  void journey_fields() {
    text_field("journey-changed", "journey", a_.title, b_.title, "title");
    text_field("journey-changed", "description", a_.description, b_.description, "description");
    text_field("journey-changed", "owner", a_.owner, b_.owner, "owner");
    auto state = [](const Journey& j) {
      return j.state.present && j.state.value == JourneyState::future ? "future" : "current";
    };
    if (std::string(state(a_)) != state(b_)) {
      add("journey-changed", "state", a_.state.span.line, b_.state.span.line, state(a_), state(b_),
          std::string("state ") + state(a_) + " -> " + state(b_));
    }
    text_field("reviewed-changed", "reviewed", a_.reviewed, b_.reviewed, "reviewed");
    text_field("model-changed", "model", a_.model, b_.model, "model");
  }

  void personas() {
    std::unordered_map<std::string, std::size_t> old_index;
    for (std::size_t i = 0; i < a_.personas.size(); ++i) old_index[a_.personas[i].id.value] = i;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < b_.personas.size(); ++i) {
      const Persona& p = b_.personas[i];
      seen.insert(p.id.value);
      auto it = old_index.find(p.id.value);
      std::string path = persona_path(p, i);
      if (it == old_index.end()) {
        add("persona-added", path, 0, journey_span(p).line, "", p.name.value,
            "persona '" + p.id.value + "' (" + p.name.value + ") added");
        continue;
      }
      const Persona& o = a_.personas[it->second];
      std::vector<std::string> what;
      if (o.name.value != p.name.value) what.push_back("name");
      if (o.description.value != p.description.value) what.push_back("description");
      if (values(o.goals) != values(p.goals)) what.push_back("goals");
      if (values(o.frustrations) != values(p.frustrations)) what.push_back("frustrations");
      if (values(o.needs) != values(p.needs)) what.push_back("needs");
      if (values(o.channels) != values(p.channels)) what.push_back("channels");
      if (!what.empty()) {
        add("persona-changed", path, journey_span(o).line, journey_span(p).line, "", "",
            "persona '" + p.id.value + "': " + join(what) + " changed");
      }
    }
    for (std::size_t i = 0; i < a_.personas.size(); ++i) {
      const Persona& o = a_.personas[i];
      if (seen.count(o.id.value)) continue;
      add("persona-removed", persona_path(o, i), journey_span(o).line, 0, o.name.value, "",
          "persona '" + o.id.value + "' (" + o.name.value + ") removed");
    }
  }

  void phases() {
    std::unordered_map<std::string, std::size_t> old_index;
    for (std::size_t i = 0; i < a_.phases.size(); ++i) {
      old_index.emplace(canonical_phase(a_, am_, i), i);
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < b_.phases.size(); ++i) {
      std::string id = canonical_phase(b_, bm_, i);
      if (!seen.insert(id).second) continue;
      const Phase& p = b_.phases[i];
      auto it = old_index.find(id);
      if (it == old_index.end()) {
        add("phase-added", "phases." + p.key.value, 0, p.key.span.line, "", id,
            "phase '" + id + "' added");
        continue;
      }
      const Phase& o = a_.phases[it->second];
      if (!o.touchpoints.empty() && p.touchpoints.empty()) {
        add("phase-emptied", "phases." + p.key.value, o.key.span.line, p.key.span.line,
            std::to_string(o.touchpoints.size()), "0",
            "phase '" + id + "' lost all its " +
                count_of(o.touchpoints.size(), "touchpoint", "touchpoints"));
      }
      text_field("phase-goal-changed", "phases." + p.key.value + ".goal", o.goal, p.goal,
                 "goal of phase '" + id + "'");
      text_field("phase-role-changed", "phases." + p.key.value + ".role", o.role, p.role,
                 "customer's role in phase '" + id + "'");
    }
    for (std::size_t i = 0; i < a_.phases.size(); ++i) {
      std::string id = canonical_phase(a_, am_, i);
      if (!seen.insert(id).second) continue;
      const Phase& o = a_.phases[i];
      add("phase-removed", "phases." + o.key.value, o.key.span.line, 0, id, "",
          "phase '" + id + "' removed" +
              (o.touchpoints.empty()
                   ? std::string()
                   : " with " + count_of(o.touchpoints.size(), "touchpoint", "touchpoints")));
    }
  }

  void touchpoints() {
    std::unordered_map<std::string, std::size_t> old_index;
    for (std::size_t i = 0; i < a_.touchpoints.size(); ++i) {
      old_index.emplace(a_.touchpoints[i].id.value, i);
    }
    std::set<std::string> reordered = reordered_ids(old_index);
    std::set<std::string> seen;
    for (std::size_t i = 0; i < b_.touchpoints.size(); ++i) {
      const Touchpoint& t = b_.touchpoints[i];
      if (!seen.insert(t.id.value).second) continue;
      auto it = old_index.find(t.id.value);
      std::string path = touchpoint_path(b_, t);
      std::string label = "touchpoint '" + t.id.value + "'";
      if (it == old_index.end()) {
        add("touchpoint-added", path, 0, t.span.line, "", t.name.value,
            label + " (" + t.name.value + ") added to phase '" + canonical_phase(b_, bm_, t.phase) +
                "'");
        continue;
      }
      const Touchpoint& o = a_.touchpoints[it->second];
      std::string from = canonical_phase(a_, am_, o.phase), to = canonical_phase(b_, bm_, t.phase);
      if (from != to) {
        add("touchpoint-moved", path, o.span.line, t.span.line, from, to,
            label + " moved from phase '" + from + "' to '" + to + "'");
      } else if (reordered.count(t.id.value)) {
        add("touchpoint-reordered", path, o.span.line, t.span.line, "", "",
            label + " moved within phase '" + to + "'");
      }
      compare_touchpoint(o, t, label);
    }
    for (std::size_t i = 0; i < a_.touchpoints.size(); ++i) {
      const Touchpoint& o = a_.touchpoints[i];
      if (!seen.insert(o.id.value).second) continue;
      add("touchpoint-removed", touchpoint_path(a_, o), o.span.line, 0, o.name.value, "",
          "touchpoint '" + o.id.value + "' (" + o.name.value + ") removed from phase '" +
              canonical_phase(a_, am_, o.phase) + "'");
    }
  }

  // Touchpoints that stay in their phase but change position relative to the others that stay:
  // those outside a longest common subsequence of the two orders.
  std::set<std::string> reordered_ids(
      const std::unordered_map<std::string, std::size_t>& old_index) const {
    std::set<std::string> out;
    std::map<std::string, std::pair<std::vector<std::string>, std::vector<std::string>>> orders;
    std::unordered_map<std::string, std::string> new_phase;
    for (const Touchpoint& t : b_.touchpoints)
      new_phase[t.id.value] = canonical_phase(b_, bm_, t.phase);
    for (const Touchpoint& o : a_.touchpoints) {
      auto it = new_phase.find(o.id.value);
      std::string phase = canonical_phase(a_, am_, o.phase);
      if (it != new_phase.end() && it->second == phase) orders[phase].first.push_back(o.id.value);
    }
    for (const Touchpoint& t : b_.touchpoints) {
      auto it = old_index.find(t.id.value);
      std::string phase = canonical_phase(b_, bm_, t.phase);
      if (it != old_index.end() &&
          canonical_phase(a_, am_, a_.touchpoints[it->second].phase) == phase) {
        orders[phase].second.push_back(t.id.value);
      }
    }
    for (const auto& [phase, pair] : orders) {
      if (pair.first == pair.second) continue;
      for (const std::string& id : moved_within(pair.first, pair.second)) out.insert(id);
    }
    return out;
  }

  // Every lane of the table (journey/lanes.hpp): texts first, then lists, then what needs more
  // than comparing strings.
  void compare_touchpoint(const Touchpoint& o, const Touchpoint& t, const std::string& label) {
    auto path = [&](const Lane& lane) { return touchpoint_path(b_, t, lane.key()); };
    for (const Lane& lane : touchpoint_lanes()) {
      if ((lane.kind == LaneKind::text || lane.kind == LaneKind::choice) && lane.changed) {
        text_field(lane.changed, path(lane), o.*lane.text, t.*lane.text, label + lane.what);
      }
    }
    for (const Lane& lane : touchpoint_lanes()) compare_items(lane, o, t, label, path(lane));
    pain_severities(o, t, label, touchpoint_path(b_, t, "pains"));
    backstage_owners(o, t, label, touchpoint_path(b_, t, "backstage"));
    moment(o, t, label, touchpoint_path(b_, t, "moment"));
    if (o.persona_emotions.present || t.persona_emotions.present) {
      persona_emotions(o, t, label, touchpoint_path(b_, t, "emotion"));
    } else {
      emotion(o, t, label, touchpoint_path(b_, t, "emotion"));
    }
    metrics(o, t, label, touchpoint_path(b_, t, "metrics"));
  }

  // A list lane: its items added and removed, or the whole set changed.
  void compare_items(const Lane& lane, const Touchpoint& o, const Touchpoint& t,
                     const std::string& label, const std::string& path) {
    const char* added = lane.added ? lane.added : lane.changed;
    if (added == nullptr) return;
    const std::string what = label + lane.what;
    switch (lane.kind) {
      case LaneKind::text_list:
      case LaneKind::choice_list:
        set_field(added, lane.removed, path, o.*lane.list, t.*lane.list, what);
        break;
      case LaneKind::pains:
        set_field(added, lane.removed, path, o.pains, t.pains, what);
        break;
      case LaneKind::backstage:
        set_field(added, lane.removed, path, o.backstage, t.backstage, what);
        break;
      default:
        break;
    }
  }

  // Pains in both versions whose severity moved: up is a regression.
  void pain_severities(const Touchpoint& o, const Touchpoint& t, const std::string& label,
                       const std::string& path) {
    std::map<std::string, const Pain*> before;
    for (const Pain& p : o.pains.value) before.emplace(p.value, &p);
    for (const Pain& p : t.pains.value) {
      auto it = before.find(p.value);
      if (it == before.end()) continue;
      PainSeverity a = it->second->severity.value, b = p.severity.value;
      if (a == b) continue;
      bool raised = b > a;
      add(raised ? "pain-severity-raised" : "pain-severity-lowered", path, it->second->span.line,
          p.span.line, to_string(a), to_string(b),
          label + " pain '" + p.value + "' " + to_string(a) + " -> " + to_string(b));
    }
  }

  void backstage_owners(const Touchpoint& o, const Touchpoint& t, const std::string& label,
                        const std::string& path) {
    std::map<std::string, const BackstageAction*> before;
    for (const BackstageAction& b : o.backstage.value) before.emplace(b.value, &b);
    for (const BackstageAction& b : t.backstage.value) {
      auto it = before.find(b.value);
      if (it == before.end() || it->second->owner.value == b.owner.value) continue;
      text_field("backstage-changed", path, it->second->owner, b.owner,
                 label + " backstage action '" + b.value + "' owner");
    }
  }

  void moment(const Touchpoint& o, const Touchpoint& t, const std::string& label,
              const std::string& path) {
    bool x = o.moment.usable() && o.moment.value, y = t.moment.usable() && t.moment.value;
    if (x != y) {
      add(y ? "moment-added" : "moment-removed", path, o.moment.span.line, t.moment.span.line,
          x ? "true" : "", y ? "true" : "",
          label + (y ? " became a moment of truth" : " is no longer a moment of truth"));
    } else if (x && y) {
      text_field("moment-changed", path, o.moment_name, t.moment_name, label + " moment of truth");
    }
  }

  // Emotions per persona, when either version records them as a map: every persona named in a
  // map is compared, taking a plain number as that persona's where the touchpoint concerns it.
  void persona_emotions(const Touchpoint& o, const Touchpoint& t, const std::string& label,
                        const std::string& path) {
    std::vector<std::string> personas;
    for (const Touchpoint* tp : {&o, &t}) {
      for (const PersonaEmotion& e : tp->persona_emotions.value) {
        if (std::find(personas.begin(), personas.end(), e.persona.value) == personas.end()) {
          personas.push_back(e.persona.value);
        }
      }
    }
    int ol = o.persona_emotions.present ? o.persona_emotions.span.line : o.emotion.span.line;
    int nl = t.persona_emotions.present ? t.persona_emotions.span.line : t.emotion.span.line;
    for (const std::string& p : personas) {
      std::optional<int> a = emotion_of(o, p), b = emotion_of(t, p);
      if (a == b) continue;
      std::string who = label + " emotion for '" + p + "'";
      std::string x = a ? std::to_string(*a) : "", y = b ? std::to_string(*b) : "";
      if (!a) {
        add("persona-emotion-added", path + "." + p, ol, nl, x, y, who + " set to " + y);
      } else if (!b) {
        add("persona-emotion-removed", path + "." + p, ol, nl, x, y, who + " " + x + " removed");
      } else {
        bool worse = *b < *a;
        add(worse ? "persona-emotion-decreased" : "persona-emotion-increased", path + "." + p, ol,
            nl, x, y, who + " " + x + " -> " + y + (worse ? " (worse)" : " (better)"));
      }
    }
  }

  // Lists compared as sets. With a removed kind, each added and removed item is its own change;
  // without, one change lists both.
  template <class Item>
  void set_field(const char* added_kind, const char* removed_kind, const std::string& path,
                 const Field<std::vector<Item>>& x, const Field<std::vector<Item>>& y,
                 const std::string& what) {
    std::vector<std::string> xs = values(x), ys = values(y);
    std::set<std::string> xset(xs.begin(), xs.end()), yset(ys.begin(), ys.end());
    std::vector<std::string> plus, minus;
    std::set<std::string> listed;
    for (const auto& v : ys) {
      if (!xset.count(v) && listed.insert(v).second) plus.push_back(v);
    }
    listed.clear();
    for (const auto& v : xs) {
      if (!yset.count(v) && listed.insert(v).second) minus.push_back(v);
    }
    if (plus.empty() && minus.empty()) return;
    int old_line = x.span.line, new_line = y.span.line;
    if (removed_kind == nullptr) {
      std::string message = what;
      if (!plus.empty()) message += " +" + join(plus);
      if (!minus.empty()) message += (plus.empty() ? " -" : "; -") + join(minus);
      add(added_kind, path, old_line, new_line, join(xs), join(ys), message);
      return;
    }
    for (const auto& v : plus)
      add(added_kind, path, old_line, new_line, "", v, what + " added: " + v);
    for (const auto& v : minus) {
      add(removed_kind, path, old_line, new_line, v, "", what + " removed: " + v);
    }
  }

  void emotion(const Touchpoint& o, const Touchpoint& t, const std::string& label,
               const std::string& path) {
    bool x = o.emotion.usable(), y = t.emotion.usable();
    int ov = o.emotion.value, nv = t.emotion.value;
    if (!x && !y) return;
    if (x && y && ov == nv) return;
    int ol = o.emotion.span.line, nl = t.emotion.span.line;
    if (!x) {
      add("emotion-added", path, ol, nl, "", std::to_string(nv),
          label + " emotion set to " + std::to_string(nv));
    } else if (!y) {
      add("emotion-removed", path, ol, nl, std::to_string(ov), "",
          label + " emotion " + std::to_string(ov) + " removed");
    } else {
      bool worse = nv < ov;
      add(worse ? "emotion-decreased" : "emotion-increased", path, ol, nl, std::to_string(ov),
          std::to_string(nv),
          label + " emotion " + std::to_string(ov) + " -> " + std::to_string(nv) +
              (worse ? " (worse)" : " (better)"));
    }
  }

  void metrics(const Touchpoint& o, const Touchpoint& t, const std::string& label,
               const std::string& path) {
    std::map<std::string, const Metric*> old_metrics;
    for (const Metric& m : o.metrics.value) old_metrics.emplace(m.name.value, &m);
    std::set<std::string> seen;
    for (const Metric& m : t.metrics.value) {
      seen.insert(m.name.value);
      auto it = old_metrics.find(m.name.value);
      std::string p = path + "." + m.name.value;
      if (it == old_metrics.end()) {
        add("metric-added", p, 0, m.name.span.line, "", format_number(m.value.value),
            label + " metric " + m.name.value + " = " + format_number(m.value.value) + " added");
      } else if (it->second->value.value != m.value.value) {
        double a = it->second->value.value, b = m.value.value;
        add("metric-changed", p, it->second->name.span.line, m.name.span.line, format_number(a),
            format_number(b),
            label + " metric " + m.name.value + " " + format_number(a) + " -> " + format_number(b) +
                " (" + relative(a, b) + ")");
      }
    }
    for (const Metric& m : o.metrics.value) {
      if (seen.count(m.name.value)) continue;
      add("metric-removed", path + "." + m.name.value, m.name.span.line, 0,
          format_number(m.value.value), "", label + " metric " + m.name.value + " removed");
    }
  }

  // Transitions compared as the flow the customer follows (explicit next or file order), by id.
  void transitions() {
    auto edges = [](const Journey& j) {
      std::set<std::pair<std::string, std::string>> out;
      Flow flow = build_flow(j);
      for (std::size_t i = 0; i < j.touchpoints.size(); ++i) {
        for (std::size_t k : flow.next[i])
          out.insert({j.touchpoints[i].id.value, j.touchpoints[k].id.value});
      }
      return out;
    };
    auto x = edges(a_), y = edges(b_);
    std::unordered_map<std::string, std::size_t> new_index, old_index;
    for (std::size_t i = 0; i < b_.touchpoints.size(); ++i)
      new_index.emplace(b_.touchpoints[i].id.value, i);
    for (std::size_t i = 0; i < a_.touchpoints.size(); ++i)
      old_index.emplace(a_.touchpoints[i].id.value, i);
    for (const auto& [from, to] : y) {
      if (x.count({from, to})) continue;
      const Touchpoint& t = b_.touchpoints[new_index.at(from)];
      auto o = old_index.find(from);
      add("next-added", touchpoint_path(b_, t, "next"),
          o == old_index.end() ? 0 : a_.touchpoints[o->second].span.line, t.span.line, "",
          from + " -> " + to, "transition " + from + " -> " + to + " added");
    }
    for (const auto& [from, to] : x) {
      if (y.count({from, to})) continue;
      const Touchpoint& o = a_.touchpoints[old_index.at(from)];
      auto n = new_index.find(from);
      add("next-removed", touchpoint_path(a_, o, "next"), o.span.line,
          n == new_index.end() ? 0 : b_.touchpoints[n->second].span.line, from + " -> " + to, "",
          "transition " + from + " -> " + to + " removed");
    }
  }

  void kpis() {
    std::unordered_map<std::string, std::size_t> old_index;
    for (std::size_t i = 0; i < a_.kpis.size(); ++i) old_index.emplace(a_.kpis[i].id.value, i);
    std::set<std::string> seen;
    for (std::size_t i = 0; i < b_.kpis.size(); ++i) {
      const Kpi& k = b_.kpis[i];
      if (!seen.insert(k.id.value).second) continue;
      std::string path = kpi_path(k, i);
      std::string label = "KPI '" + k.id.value + "'";
      auto it = old_index.find(k.id.value);
      if (it == old_index.end()) {
        add("kpi-added", path, 0, k.span.line, "", k.id.value, label + " added");
        continue;
      }
      const Kpi& o = a_.kpis[it->second];
      text_field("kpi-changed", kpi_path(k, i, "name"), o.name, k.name, label + " name");
      text_field("kpi-changed", kpi_path(k, i, "phase"), o.phase, k.phase, label + " phase");
      text_field("kpi-changed", kpi_path(k, i, "unit"), o.unit, k.unit, label + " unit");
      number_field("kpi-target-changed", kpi_path(k, i, "target"), o.target, k.target,
                   label + " target");
      if (number_changed(o.actual, k.actual)) {
        std::string message = describe_numbers(o.actual, k.actual, label + " actual");
        // Moving away from the target (of the new version) is a regression.
        bool away = false;
        if (o.actual.usable() && k.actual.usable() && k.target.usable()) {
          double target = k.target.value;
          away = std::fabs(k.actual.value - target) > std::fabs(o.actual.value - target);
          message += away ? ", further from the target " : ", closer to the target ";
          message += format_number(target);
        }
        add("kpi-actual-changed", kpi_path(k, i, "actual"), o.actual.span.line, k.actual.span.line,
            o.actual.usable() ? format_number(o.actual.value) : "",
            k.actual.usable() ? format_number(k.actual.value) : "", message);
        if (away) out_.back().change_class = ChangeClass::regression;
      }
    }
    for (std::size_t i = 0; i < a_.kpis.size(); ++i) {
      const Kpi& o = a_.kpis[i];
      if (!seen.insert(o.id.value).second) continue;
      add("kpi-removed", kpi_path(o, i), o.span.line, 0, o.id.value, "",
          "KPI '" + o.id.value + "' removed");
    }
  }

  static bool number_changed(const Field<double>& x, const Field<double>& y) {
    if (x.usable() != y.usable()) return true;
    return x.usable() && x.value != y.value;
  }

  static std::string describe_numbers(const Field<double>& x, const Field<double>& y,
                                      const std::string& what) {
    if (!x.usable()) return what + " set to " + format_number(y.value);
    if (!y.usable()) return what + " " + format_number(x.value) + " removed";
    return what + " " + format_number(x.value) + " -> " + format_number(y.value) + " (" +
           relative(x.value, y.value) + ")";
  }

  void number_field(const char* kind, const std::string& path, const Field<double>& x,
                    const Field<double>& y, const std::string& what) {
    if (!number_changed(x, y)) return;
    add(kind, path, x.span.line, y.span.line, x.usable() ? format_number(x.value) : "",
        y.usable() ? format_number(y.value) : "", describe_numbers(x, y, what));
  }

  const Journey& a_;
  const Journey& b_;
  const Model* am_;
  const Model* bm_;
  std::vector<Change> out_;
};

}  // namespace

DiffResult diff_journeys(const DiffSide& old_side, const DiffSide& new_side,
                         const DiffOptions& options) {
  DiffResult result;
  if (old_side.journey == nullptr && new_side.journey == nullptr) return result;
  Differ differ(old_side, new_side);
  std::vector<Change> changes =
      differ.run(old_side.journey == nullptr, new_side.journey == nullptr);
  diff_detail::diff_funnels(old_side, new_side, changes);
  for (Change& c : changes) {
    auto it = options.classes.find(c.kind);
    if (it != options.classes.end()) {
      if (!it->second) continue;  // ignored in the configuration
      c.change_class = *it->second;
    }
    result.changes.push_back(std::move(c));
  }
  return result;
}

}  // namespace journey
