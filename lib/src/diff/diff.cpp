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
#include "journey/messages.hpp"

#include "funnel_diff.hpp"
#include "make_change.hpp"

namespace journey {

namespace {

// "+12.5%" from a to b ("+12,5%" in Dutch); "from 0" when a is zero.
std::string relative(double a, double b) {
  if (a == 0) return tr("from 0");
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%+.1f", (b - a) / std::fabs(a) * 100);
  return with_decimal_mark(buffer, message_language()) + "%";
}

// A number in a message, with the reader's decimal mark (the change's values keep format_number).
std::string shown(double value) {
  return with_decimal_mark(format_number(value), message_language());
}

// The words for a lane's value at a touchpoint ("touchpoint 'id' channel"), a pattern per lane so
// that a translation orders the words its own way. A lane not listed here (a new one) reads as
// the touchpoint followed by its table's `what`.
std::string lane_value(const Lane& lane, const std::string& id) {
  static const std::pair<const char*, const char*> k_phrases[] = {
      // TRANSLATORS: a value of a touchpoint (%1$s is its id), the subject of "%1$s set to
      // '%2$s'", "%1$s added: %2$s" and the like.
      {"name", noop_tr("touchpoint '%1$s' name")},
      {"channel", noop_tr("touchpoint '%1$s' channel")},
      {"personas", noop_tr("touchpoint '%1$s' personas")},
      {"actions", noop_tr("touchpoint '%1$s' action")},
      {"thoughts", noop_tr("touchpoint '%1$s' thought")},
      {"artifacts", noop_tr("touchpoint '%1$s' artifact")},
      {"owner", noop_tr("touchpoint '%1$s' owner")},
      {"senses", noop_tr("touchpoint '%1$s' senses")},
      {"pains", noop_tr("touchpoint '%1$s' pain")},
      {"opportunities", noop_tr("touchpoint '%1$s' opportunity")},
      {"backstage", noop_tr("touchpoint '%1$s' backstage action")},
      {"support", noop_tr("touchpoint '%1$s' support")},
      {"events", noop_tr("touchpoint '%1$s' events")},
      {"url", noop_tr("touchpoint '%1$s' url")},
      {"evidence", noop_tr("touchpoint '%1$s' evidence")},
      {"handoff", noop_tr("touchpoint '%1$s' handoff")},
  };
  for (const auto& [key, pattern] : k_phrases) {
    if (lane.key() == key) return translate(pattern, id);
  }
  return translate("touchpoint '%1$s'", id) + (lane.what ? lane.what : "");
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
          translate("new journey '%1$s'", b_.title.value));
    if (removed)
      add("journey-removed", "", a_.span.line, 0, a_.title.value, "",
          translate("journey '%1$s' deleted", a_.title.value));
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

  // `what` names the value ("title", "touchpoint 'id' channel"), in the reader's language.
  void text_field(const char* kind, const std::string& path, const Text& x, const Text& y,
                  const std::string& what) {
    if (x.value == y.value) return;
    // TRANSLATORS: %1$s names the value: "title", "touchpoint 'pay' channel", "goal of phase
    // 'see'"; %2$s and %3$s are the values as written.
    std::string message = x.value.empty() ? translate("%1$s set to '%2$s'", what, y.value)
                          : y.value.empty()
                              ? translate("%1$s '%2$s' removed", what, x.value)
                              : translate("%1$s '%2$s' -> '%3$s'", what, x.value, y.value);
    add(kind, path, x.span.line, y.span.line, x.value, y.value, message);
  }

  void journey_fields() {
    // TRANSLATORS: a field of the journey, in "title 'A' -> 'B'".
    text_field("journey-changed", "journey", a_.title, b_.title, tr("title"));
    text_field("journey-changed", "description", a_.description, b_.description, tr("description"));
    text_field("journey-changed", "owner", a_.owner, b_.owner, tr("owner"));
    auto state = [](const Journey& j) {
      return j.state.present && j.state.value == JourneyState::future ? "future" : "current";
    };
    if (std::string(state(a_)) != state(b_)) {
      add("journey-changed", "state", a_.state.span.line, b_.state.span.line, state(a_), state(b_),
          // TRANSLATORS: the states as written in the file (current, future).
          translate("state %1$s -> %2$s", state(a_), state(b_)));
    }
    text_field("reviewed-changed", "reviewed", a_.reviewed, b_.reviewed, tr("reviewed"));
    text_field("model-changed", "model", a_.model, b_.model, tr("model"));
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
            translate("persona '%1$s' (%2$s) added", p.id.value, p.name.value));
        continue;
      }
      const Persona& o = a_.personas[it->second];
      std::vector<std::string> what;
      // TRANSLATORS: the fields of a persona, listed in "persona 'sam': name, goals changed".
      if (o.name.value != p.name.value) what.push_back(tr("name"));
      if (o.description.value != p.description.value) what.push_back(tr("description"));
      if (values(o.goals) != values(p.goals)) what.push_back(tr("goals"));
      if (values(o.frustrations) != values(p.frustrations)) what.push_back(tr("frustrations"));
      if (values(o.needs) != values(p.needs)) what.push_back(tr("needs"));
      if (values(o.channels) != values(p.channels)) what.push_back(tr("channels"));
      if (!what.empty()) {
        add("persona-changed", path, journey_span(o).line, journey_span(p).line, "", "",
            translate("persona '%1$s': %2$s changed", p.id.value, join(what)));
      }
    }
    for (std::size_t i = 0; i < a_.personas.size(); ++i) {
      const Persona& o = a_.personas[i];
      if (seen.count(o.id.value)) continue;
      add("persona-removed", persona_path(o, i), journey_span(o).line, 0, o.name.value, "",
          translate("persona '%1$s' (%2$s) removed", o.id.value, o.name.value));
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
            translate("phase '%1$s' added", id));
        continue;
      }
      const Phase& o = a_.phases[it->second];
      if (!o.touchpoints.empty() && p.touchpoints.empty()) {
        std::size_t n = o.touchpoints.size();
        add("phase-emptied", "phases." + p.key.value, o.key.span.line, p.key.span.line,
            std::to_string(n), "0",
            translate_n("phase '%1$s' lost all its %2$s touchpoint",
                        "phase '%1$s' lost all its %2$s touchpoints", n, id, n));
      }
      text_field("phase-goal-changed", "phases." + p.key.value + ".goal", o.goal, p.goal,
                 translate("goal of phase '%1$s'", id));
      text_field("phase-role-changed", "phases." + p.key.value + ".role", o.role, p.role,
                 translate("customer's role in phase '%1$s'", id));
    }
    for (std::size_t i = 0; i < a_.phases.size(); ++i) {
      std::string id = canonical_phase(a_, am_, i);
      if (!seen.insert(id).second) continue;
      const Phase& o = a_.phases[i];
      std::size_t n = o.touchpoints.size();
      add("phase-removed", "phases." + o.key.value, o.key.span.line, 0, id, "",
          n == 0 ? translate("phase '%1$s' removed", id)
                 : translate_n("phase '%1$s' removed with %2$s touchpoint",
                               "phase '%1$s' removed with %2$s touchpoints", n, id, n));
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
      const std::string& id = t.id.value;
      if (it == old_index.end()) {
        add("touchpoint-added", path, 0, t.span.line, "", t.name.value,
            translate("touchpoint '%1$s' (%2$s) added to phase '%3$s'", id, t.name.value,
                      canonical_phase(b_, bm_, t.phase)));
        continue;
      }
      const Touchpoint& o = a_.touchpoints[it->second];
      std::string from = canonical_phase(a_, am_, o.phase), to = canonical_phase(b_, bm_, t.phase);
      if (from != to) {
        add("touchpoint-moved", path, o.span.line, t.span.line, from, to,
            translate("touchpoint '%1$s' moved from phase '%2$s' to '%3$s'", id, from, to));
      } else if (reordered.count(t.id.value)) {
        add("touchpoint-reordered", path, o.span.line, t.span.line, "", "",
            translate("touchpoint '%1$s' moved within phase '%2$s'", id, to));
      }
      compare_touchpoint(o, t, id);
    }
    for (std::size_t i = 0; i < a_.touchpoints.size(); ++i) {
      const Touchpoint& o = a_.touchpoints[i];
      if (!seen.insert(o.id.value).second) continue;
      add("touchpoint-removed", touchpoint_path(a_, o), o.span.line, 0, o.name.value, "",
          translate("touchpoint '%1$s' (%2$s) removed from phase '%3$s'", o.id.value, o.name.value,
                    canonical_phase(a_, am_, o.phase)));
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
  // `id` is the touchpoint's id, which every message names.
  void compare_touchpoint(const Touchpoint& o, const Touchpoint& t, const std::string& id) {
    auto path = [&](const Lane& lane) { return touchpoint_path(b_, t, lane.key()); };
    for (const Lane& lane : touchpoint_lanes()) {
      if ((lane.kind == LaneKind::text || lane.kind == LaneKind::choice) && lane.changed &&
          (o.*lane.text).value != (t.*lane.text).value) {
        text_field(lane.changed, path(lane), o.*lane.text, t.*lane.text, lane_value(lane, id));
      }
    }
    for (const Lane& lane : touchpoint_lanes()) compare_items(lane, o, t, id, path(lane));
    pain_severities(o, t, id, touchpoint_path(b_, t, "pains"));
    backstage_owners(o, t, id, touchpoint_path(b_, t, "backstage"));
    moment(o, t, id, touchpoint_path(b_, t, "moment"));
    if (o.persona_emotions.present || t.persona_emotions.present) {
      persona_emotions(o, t, id, touchpoint_path(b_, t, "emotion"));
    } else {
      emotion(o, t, id, touchpoint_path(b_, t, "emotion"));
    }
    metrics(o, t, id, touchpoint_path(b_, t, "metrics"));
  }

  // A list lane: its items added and removed, or the whole set changed.
  void compare_items(const Lane& lane, const Touchpoint& o, const Touchpoint& t,
                     const std::string& id, const std::string& path) {
    const char* added = lane.added ? lane.added : lane.changed;
    if (added == nullptr) return;
    auto what = [&] { return lane_value(lane, id); };
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
  void pain_severities(const Touchpoint& o, const Touchpoint& t, const std::string& id,
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
          // TRANSLATORS: %3$s and %4$s are severities as written (minor, workaround, blocker).
          translate("touchpoint '%1$s' pain '%2$s' %3$s -> %4$s", id, p.value, to_string(a),
                    to_string(b)));
    }
  }

  void backstage_owners(const Touchpoint& o, const Touchpoint& t, const std::string& id,
                        const std::string& path) {
    std::map<std::string, const BackstageAction*> before;
    for (const BackstageAction& b : o.backstage.value) before.emplace(b.value, &b);
    for (const BackstageAction& b : t.backstage.value) {
      auto it = before.find(b.value);
      if (it == before.end() || it->second->owner.value == b.owner.value) continue;
      text_field("backstage-changed", path, it->second->owner, b.owner,
                 translate("touchpoint '%1$s' backstage action '%2$s' owner", id, b.value));
    }
  }

  void moment(const Touchpoint& o, const Touchpoint& t, const std::string& id,
              const std::string& path) {
    bool x = o.moment.usable() && o.moment.value, y = t.moment.usable() && t.moment.value;
    if (x != y) {
      add(y ? "moment-added" : "moment-removed", path, o.moment.span.line, t.moment.span.line,
          x ? "true" : "", y ? "true" : "",
          y ? translate("touchpoint '%1$s' became a moment of truth", id)
            : translate("touchpoint '%1$s' is no longer a moment of truth", id));
    } else if (x && y && o.moment_name.value != t.moment_name.value) {
      text_field("moment-changed", path, o.moment_name, t.moment_name,
                 translate("touchpoint '%1$s' moment of truth", id));
    }
  }

  // Emotions per persona, when either version records them as a map: every persona named in a
  // map is compared, taking a plain number as that persona's where the touchpoint concerns it.
  void persona_emotions(const Touchpoint& o, const Touchpoint& t, const std::string& id,
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
      std::string x = a ? std::to_string(*a) : "", y = b ? std::to_string(*b) : "";
      if (!a) {
        add("persona-emotion-added", path + "." + p, ol, nl, x, y,
            translate("touchpoint '%1$s' emotion for '%2$s' set to %3$s", id, p, y));
      } else if (!b) {
        add("persona-emotion-removed", path + "." + p, ol, nl, x, y,
            translate("touchpoint '%1$s' emotion for '%2$s' %3$s removed", id, p, x));
      } else {
        bool worse = *b < *a;
        add(worse ? "persona-emotion-decreased" : "persona-emotion-increased", path + "." + p, ol,
            nl, x, y,
            worse ? translate("touchpoint '%1$s' emotion for '%2$s' %3$s -> %4$s (worse)", id, p, x,
                              y)
                  : translate("touchpoint '%1$s' emotion for '%2$s' %3$s -> %4$s (better)", id, p,
                              x, y));
      }
    }
  }

  // Lists compared as sets. With a removed kind, each added and removed item is its own change;
  // without, one change lists both. `what` gives the words for the list's value, when needed.
  template <class Item, class What>
  void set_field(const char* added_kind, const char* removed_kind, const std::string& path,
                 const Field<std::vector<Item>>& x, const Field<std::vector<Item>>& y,
                 const What& what) {
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
      std::string message = what();
      if (!plus.empty()) message += " +" + join(plus);
      if (!minus.empty()) message += (plus.empty() ? " -" : "; -") + join(minus);
      add(added_kind, path, old_line, new_line, join(xs), join(ys), message);
      return;
    }
    for (const auto& v : plus)
      add(added_kind, path, old_line, new_line, "", v, translate("%1$s added: %2$s", what(), v));
    for (const auto& v : minus) {
      add(removed_kind, path, old_line, new_line, v, "",
          translate("%1$s removed: %2$s", what(), v));
    }
  }

  void emotion(const Touchpoint& o, const Touchpoint& t, const std::string& id,
               const std::string& path) {
    bool x = o.emotion.usable(), y = t.emotion.usable();
    int ov = o.emotion.value, nv = t.emotion.value;
    if (!x && !y) return;
    if (x && y && ov == nv) return;
    int ol = o.emotion.span.line, nl = t.emotion.span.line;
    if (!x) {
      add("emotion-added", path, ol, nl, "", std::to_string(nv),
          translate("touchpoint '%1$s' emotion set to %2$s", id, nv));
    } else if (!y) {
      add("emotion-removed", path, ol, nl, std::to_string(ov), "",
          translate("touchpoint '%1$s' emotion %2$s removed", id, ov));
    } else {
      bool worse = nv < ov;
      add(worse ? "emotion-decreased" : "emotion-increased", path, ol, nl, std::to_string(ov),
          std::to_string(nv),
          worse ? translate("touchpoint '%1$s' emotion %2$s -> %3$s (worse)", id, ov, nv)
                : translate("touchpoint '%1$s' emotion %2$s -> %3$s (better)", id, ov, nv));
    }
  }

  void metrics(const Touchpoint& o, const Touchpoint& t, const std::string& id,
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
            translate("touchpoint '%1$s' metric %2$s = %3$s added", id, m.name.value,
                      shown(m.value.value)));
      } else if (it->second->value.value != m.value.value) {
        double a = it->second->value.value, b = m.value.value;
        add("metric-changed", p, it->second->name.span.line, m.name.span.line, format_number(a),
            format_number(b),
            translate("touchpoint '%1$s' metric %2$s %3$s -> %4$s (%5$s)", id, m.name.value,
                      shown(a), shown(b), relative(a, b)));
      }
    }
    for (const Metric& m : o.metrics.value) {
      if (seen.count(m.name.value)) continue;
      add("metric-removed", path + "." + m.name.value, m.name.span.line, 0,
          format_number(m.value.value), "",
          translate("touchpoint '%1$s' metric %2$s removed", id, m.name.value));
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
          from + " -> " + to, translate("transition %1$s -> %2$s added", from, to));
    }
    for (const auto& [from, to] : x) {
      if (y.count({from, to})) continue;
      const Touchpoint& o = a_.touchpoints[old_index.at(from)];
      auto n = new_index.find(from);
      add("next-removed", touchpoint_path(a_, o, "next"), o.span.line,
          n == new_index.end() ? 0 : b_.touchpoints[n->second].span.line, from + " -> " + to, "",
          translate("transition %1$s -> %2$s removed", from, to));
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
      const std::string& id = k.id.value;
      auto it = old_index.find(k.id.value);
      if (it == old_index.end()) {
        add("kpi-added", path, 0, k.span.line, "", k.id.value, translate("KPI '%1$s' added", id));
        continue;
      }
      const Kpi& o = a_.kpis[it->second];
      text_field("kpi-changed", kpi_path(k, i, "name"), o.name, k.name,
                 translate("KPI '%1$s' name", id));
      text_field("kpi-changed", kpi_path(k, i, "phase"), o.phase, k.phase,
                 translate("KPI '%1$s' phase", id));
      text_field("kpi-changed", kpi_path(k, i, "unit"), o.unit, k.unit,
                 translate("KPI '%1$s' unit", id));
      number_field("kpi-target-changed", kpi_path(k, i, "target"), o.target, k.target,
                   translate("KPI '%1$s' target", id));
      if (number_changed(o.actual, k.actual)) {
        std::string message =
            describe_numbers(o.actual, k.actual, translate("KPI '%1$s' actual", id));
        // Moving away from the target (of the new version) is a regression.
        bool away = false;
        if (o.actual.usable() && k.actual.usable() && k.target.usable()) {
          double target = k.target.value;
          away = std::fabs(k.actual.value - target) > std::fabs(o.actual.value - target);
          message += away ? translate(", further from the target %1$s", shown(target))
                          : translate(", closer to the target %1$s", shown(target));
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
          translate("KPI '%1$s' removed", o.id.value));
    }
  }

  static bool number_changed(const Field<double>& x, const Field<double>& y) {
    if (x.usable() != y.usable()) return true;
    return x.usable() && x.value != y.value;
  }

  static std::string describe_numbers(const Field<double>& x, const Field<double>& y,
                                      const std::string& what) {
    // TRANSLATORS: %1$s names the number: "KPI 'nps' target"; in "%1$s %2$s -> %3$s (%4$s)",
    // %4$s is "+12.5%" or "from 0".
    if (!x.usable()) return translate("%1$s set to %2$s", what, shown(y.value));
    if (!y.usable()) return translate("%1$s %2$s removed", what, shown(x.value));
    return translate("%1$s %2$s -> %3$s (%4$s)", what, shown(x.value), shown(y.value),
                     relative(x.value, y.value));
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
