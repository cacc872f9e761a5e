// SPDX-License-Identifier: Apache-2.0
#include <algorithm>
#include <unordered_map>

#include "journey/date.hpp"
#include "journey/fields.hpp"
#include "journey/lanes.hpp"
#include "journey/messages.hpp"
#include "journey/suggest.hpp"

#include "funnels.hpp"
#include "journey/load.hpp"
#include "personas.hpp"
#include "reader.hpp"

namespace journey {

namespace {

using load::join_path;
using load::Reader;
using yaml::NodeId;
using yaml::NodeKind;

bool is_one_of(const std::string& value, const std::vector<std::string>& allowed) {
  return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

class JourneyLoader {
 public:
  JourneyLoader(const yaml::Tree& tree, Findings& findings) : r_(tree, findings) {}

  std::optional<Journey> load() {
    NodeId root = r_.tree().root();
    if (!r_.root_is_map(noop_tr("a journey file is a map with keys such as 'journey', 'model' and "
                                "'phases'; found %1$s"))) {
      return std::nullopt;
    }
    Journey j;
    j.span = r_.node(root).span;
    r_.each_pair(root, "", [&](const yaml::Node& key, NodeId value) {
      const std::string& k = key.value;
      if (k == "journey") {
        r_.text(value, k, j.title);
      } else if (k == "model") {
        r_.text(value, k, j.model);
      } else if (k == "state") {
        read_state(value, j);
      } else if (k == "description") {
        r_.text(value, k, j.description);
      } else if (k == "lang") {
        read_choice_key(value, k, j.lang);
      } else if (k == "owner") {
        r_.text(value, k, j.owner);
      } else if (k == "reviewed") {
        read_date(value, k, j.reviewed);
      } else if (k == "personas") {
        j.personas_present = {true, key.span, true};
        load::read_personas(r_, value, j.personas);
      } else if (k == "phases") {
        j.phases_present = {true, key.span, true};
        read_phases(value, j);
      } else if (k == "kpis") {
        j.kpis_present = {true, key.span, true};
        read_kpis(value, j);
      } else if (k == "use") {
        r_.text_list(value, k, j.use);
      } else if (k == "data") {
        r_.text_list(value, k, j.data);
      } else if (k == "funnels") {
        j.funnels_present = {true, key.span, true};
        load::read_funnels(r_, value, j.funnels);
      } else {
        r_.unknown_key(key, "", journey_shape().keys());
      }
    });
    if (!j.title.present) r_.missing(j.span, "", "journey", noop_tr("the title of the journey"));
    if (!j.model.present) {
      r_.missing(j.span, "", "model",
                 noop_tr("a model id such as 'see-think-do-care' (see 'journey models') or a path "
                         "to a model file"));
    }
    if (!j.phases_present.present) {
      r_.missing(j.span, "", "phases",
                 noop_tr("a map from the model's phase ids to their touchpoints"));
    }
    return j;
  }

 private:
  void read_state(NodeId value, Journey& j) {
    Text text;
    if (!r_.text(value, "state", text)) return;
    j.state.span = text.span;
    if (text.value == "current" || text.value == "future") {
      j.state.present = true;
      j.state.value = text.value == "current" ? JourneyState::current : JourneyState::future;
    } else {
      enum_error(text, "state", journey_shape().choices("state"));
    }
  }

  // A journey key whose value is one of the schema's choices.
  void read_choice_key(NodeId value, const std::string& key, Text& out) {
    const std::vector<std::string>& choices = journey_shape().choices(key);
    if (r_.text(value, key, out) && !is_one_of(out.value, choices)) enum_error(out, key, choices);
  }

  void read_date(NodeId value, const std::string& path, Text& out) {
    if (!r_.text(value, path, out)) return;
    if (!is_iso_date(out.value)) {
      r_.report("invalid-value", out.span, path,
                translate("'%1$s' is not a date; write it as YYYY-MM-DD", out.value));
      out.valid = false;
    }
  }

  void enum_error(const Text& text, const std::string& path,
                  const std::vector<std::string>& allowed) {
    std::string list;
    for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
    std::string suggestion = closest_match(text.value, allowed);
    r_.report("invalid-value", text.span, path,
              translate("'%1$s' is not one of: %2$s", text.value, list) + did_you_mean(suggestion),
              suggestion);
  }

  void read_phases(NodeId map, Journey& j) {
    if (!r_.expect(map, NodeKind::map, "phases", noop_tr("a map from phase ids to phases"))) return;
    r_.each_pair(map, "phases", [&](const yaml::Node& key, NodeId value) {
      Phase phase;
      phase.key = {key.value, key.span, true};
      phase.span = r_.node(value).span;
      std::string path = "phases." + key.value;
      std::size_t phase_index = j.phases.size();
      j.phases.push_back(phase);
      const auto& v = r_.node(value);
      if (v.kind == NodeKind::null) return;  // "see:" with nothing yet
      if (!r_.expect(value, NodeKind::map, path, noop_tr("a phase (a map with 'touchpoints')"))) {
        return;
      }
      r_.each_pair(value, path, [&](const yaml::Node& k, NodeId item) {
        if (k.value == "goal") {
          r_.text(item, join_path(path, "goal"), j.phases[phase_index].goal);
        } else if (k.value == "role") {
          r_.text(item, join_path(path, "role"), j.phases[phase_index].role);
        } else if (k.value == "touchpoints") {
          j.phases[phase_index].touchpoints_present = {true, r_.node(item).span, true};
          read_touchpoints(item, path, phase_index, j);
        } else {
          r_.unknown_key(k, path, phase_shape().keys());
        }
      });
    });
  }

  void read_touchpoints(NodeId list, const std::string& phase_path, std::size_t phase_index,
                        Journey& j) {
    std::string path = join_path(phase_path, "touchpoints");
    if (r_.node(list).kind == NodeKind::null) return;
    if (!r_.expect(list, NodeKind::sequence, path, noop_tr("a list of touchpoints"))) return;
    const auto& n = r_.node(list);
    std::size_t index = 0;
    std::size_t room =
        load::k_max_touchpoints - std::min(load::k_max_touchpoints, j.touchpoints.size());
    const NodeId* end =
        r_.capped_end(list, room, path,
                      noop_tr("more than %1$s touchpoints in the journey; journey reads the first "
                              "%1$s and refuses the rest: split the journey"));
    for (const NodeId* it = r_.tree().begin(n); it != end; ++it, ++index) {
      std::string tp_path = path + load::item_selector(r_, *it, index);
      if (!r_.expect(*it, NodeKind::map, tp_path,
                     noop_tr("a touchpoint (a map with 'id' and 'name')"))) {
        continue;
      }
      Touchpoint tp;
      tp.span = r_.node(*it).span;
      tp.phase = phase_index;
      r_.each_pair(*it, tp_path, [&](const yaml::Node& key, NodeId value) {
        read_touchpoint_field(key, value, tp_path, tp);
      });
      if (!tp.id.present) {
        r_.missing(tp.span, tp_path, "id",
                   noop_tr("a short id, unique in the file, that 'next' refers to"));
      }
      if (!tp.name.present) {
        r_.missing(tp.span, tp_path, "name", noop_tr("what the customer meets here"));
      }
      j.phases[phase_index].touchpoints.push_back(j.touchpoints.size());
      j.touchpoints.push_back(std::move(tp));
    }
  }

  // A field of a touchpoint, read as its lane (journey/lanes.hpp) says.
  void read_touchpoint_field(const yaml::Node& key, NodeId value, const std::string& path,
                             Touchpoint& tp) {
    const Lane* lane = find_lane(key.value);
    if (lane == nullptr) {
      r_.unknown_key(key, path, touchpoint_shape().keys());
      return;
    }
    std::string field = join_path(path, key.value);
    switch (lane->kind) {
      case LaneKind::identifier:
        r_.identifier(value, field, tp.*lane->text);
        break;
      case LaneKind::text:
        r_.text(value, field, tp.*lane->text);
        break;
      case LaneKind::choice:
        read_choice(value, field, *lane, tp.*lane->text);
        break;
      case LaneKind::text_list:
      case LaneKind::references:
        r_.text_list(value, field, tp.*lane->list);
        break;
      case LaneKind::choice_list:
        read_choices(value, field, *lane, tp.*lane->list);
        break;
      default:
        read_structured(value, field, *lane, tp);
    }
  }

  // The lanes whose values are more than strings.
  void read_structured(NodeId value, const std::string& field, const Lane& lane, Touchpoint& tp) {
    switch (lane.kind) {
      case LaneKind::pains:
        read_pains(value, field, tp.pains);
        break;
      case LaneKind::backstage:
        read_backstage(value, field, tp.backstage);
        break;
      case LaneKind::emotion:
        read_emotion(value, field, tp);
        break;
      case LaneKind::moment:
        read_moment(value, field, tp);
        break;
      case LaneKind::metrics:
        read_metrics(value, field, tp.metrics);
        break;
      case LaneKind::flag:
        r_.boolean(value, field, tp.*lane.flag);
        break;
      default:
        break;
    }
  }

  void read_choice(NodeId value, const std::string& field, const Lane& lane, Text& out) {
    const std::vector<std::string>& choices = touchpoint_shape().choices(lane.key());
    if (r_.text(value, field, out) && !is_one_of(out.value, choices)) {
      enum_error(out, field, choices);
    }
  }

  void read_choices(NodeId value, const std::string& field, const Lane& lane, TextList& out) {
    if (!r_.text_list(value, field, out)) return;
    const std::vector<std::string>& choices = touchpoint_shape().choices(lane.key());
    std::size_t i = 0;
    for (const Text& item : out.value) {
      if (!is_one_of(item.value, choices)) {
        enum_error(item, field + "[" + std::to_string(i) + "]", choices);
      }
      ++i;
    }
  }

  // `emotion: 4`, or one value per persona: `emotion: {lotte: 4, sam: 2}`.
  void read_emotion(NodeId value, const std::string& path, Touchpoint& tp) {
    if (r_.node(value).kind != NodeKind::map) {
      r_.integer(value, path, tp.emotion);
      return;
    }
    auto& out = tp.persona_emotions;
    out.present = true;
    out.span = r_.node(value).span;
    r_.each_pair(value, path, [&](const yaml::Node& key, NodeId number) {
      PersonaEmotion e;
      e.persona = {key.value, key.span, true};
      if (!load::is_identifier(key.value)) {
        r_.report("invalid-value", key.span, join_path(path, key.value),
                  translate("'%1$s' is not a persona id: use letters, digits, '-', '_' and '.'",
                            key.value));
        e.persona.valid = false;
      }
      if (r_.integer(number, join_path(path, key.value), e.value)) out.value.push_back(e);
    });
  }

  // A pain is a string, or {text, severity: blocker|workaround|minor}.
  void read_pains(NodeId list, const std::string& path, Field<std::vector<Pain>>& out) {
    read_items(list, path, out, noop_tr("a pain (a string or {text, severity})"),
               [&](NodeId item, const std::string& item_path, Pain& pain) {
                 r_.each_pair(item, item_path, [&](const yaml::Node& key, NodeId value) {
                   std::string field = join_path(item_path, key.value);
                   if (key.value == "text") {
                     r_.text(value, field, pain);
                   } else if (key.value == "severity") {
                     read_severity(value, field, pain.severity);
                   } else {
                     r_.unknown_key(key, item_path, pain_shape().keys());
                   }
                 });
               });
  }

  void read_severity(NodeId value, const std::string& path, Field<PainSeverity>& out) {
    Text text;
    if (!r_.text(value, path, text)) return;
    out.span = text.span;
    out.present = true;
    if (text.value == "blocker") {
      out.value = PainSeverity::blocker;
    } else if (text.value == "workaround") {
      out.value = PainSeverity::workaround;
    } else if (text.value == "minor") {
      out.value = PainSeverity::minor;
    } else {
      out.valid = false;
      enum_error(text, path, pain_shape().choices("severity"));
    }
  }

  // Backstage actions are strings, or {text, owner}.
  void read_backstage(NodeId list, const std::string& path,
                      Field<std::vector<BackstageAction>>& out) {
    read_items(list, path, out, noop_tr("a backstage action (a string or {text, owner})"),
               [&](NodeId item, const std::string& item_path, BackstageAction& action) {
                 r_.each_pair(item, item_path, [&](const yaml::Node& key, NodeId value) {
                   std::string field = join_path(item_path, key.value);
                   if (key.value == "text") {
                     r_.text(value, field, action);
                   } else if (key.value == "owner") {
                     r_.text(value, field, action.owner);
                   } else {
                     r_.unknown_key(key, item_path, backstage_shape().keys());
                   }
                 });
               });
  }

  // A list whose items are strings or maps with a 'text' key (pains, backstage actions).
  template <class Item, class ReadMap>
  void read_items(NodeId list, const std::string& path, Field<std::vector<Item>>& out,
                  const char* what, ReadMap read_map) {
    const auto& n = r_.node(list);
    out.present = true;
    out.span = n.span;
    if (n.kind == NodeKind::null) return;
    if (!r_.expect_list(list, path)) {
      out.valid = false;
      return;
    }
    std::size_t index = 0;
    const NodeId* end = r_.capped_end(list, load::k_max_list_items, path,
                                      noop_tr("more than %1$s items; journey reads the first %1$s "
                                              "and refuses the rest: split the journey"));
    for (const NodeId* it = r_.tree().begin(n); it != end; ++it, ++index) {
      std::string item_path = path + "[" + std::to_string(index) + "]";
      Item item;
      const auto& node = r_.node(*it);
      if (node.kind == NodeKind::map) {
        read_map(*it, item_path, item);
        item.span = node.span;
        if (!item.present) r_.missing(node.span, item_path, "text", noop_tr("what it says"));
      } else if (node.kind == NodeKind::scalar) {
        r_.text(*it, item_path, item);
      } else {
        r_.report("wrong-type", node.span, item_path,
                  translate("expected %1$s, found %2$s", tr(what), Reader::describe(node)));
        continue;
      }
      if (item.present && item.valid) out.value.push_back(std::move(item));
    }
  }

  // `moment: true` marks a moment of truth; `moment: "first impression"` also names it.
  void read_moment(NodeId value, const std::string& path, Touchpoint& tp) {
    const auto& n = r_.node(value);
    if (n.kind == NodeKind::scalar && n.plain &&
        (n.value == "true" || n.value == "false" || n.value == "True" || n.value == "False")) {
      r_.boolean(value, path, tp.moment);
      return;
    }
    if (r_.text(value, path, tp.moment_name)) {
      tp.moment = {!tp.moment_name.value.empty(), tp.moment_name.span, true};
    }
  }

  void read_metrics(NodeId map, const std::string& path, Field<std::vector<Metric>>& out) {
    out.present = true;
    out.span = r_.node(map).span;
    if (r_.node(map).kind == NodeKind::null) return;
    if (!r_.expect(map, NodeKind::map, path, noop_tr("a map from metric names to numbers"))) return;
    r_.each_pair(map, path, [&](const yaml::Node& key, NodeId value) {
      Metric m;
      m.name = {key.value, key.span, true};
      if (r_.number(value, join_path(path, key.value), m.value)) out.value.push_back(m);
    });
  }

  void read_kpis(NodeId list, Journey& j) {
    if (!r_.expect(list, NodeKind::sequence, "kpis", noop_tr("a list of KPIs"))) return;
    const auto& n = r_.node(list);
    std::size_t index = 0;
    const NodeId* end = r_.capped_end(list, load::k_max_list_items, "kpis",
                                      noop_tr("more than %1$s KPIs; journey reads the first %1$s "
                                              "and refuses the rest: split the journey"));
    for (const NodeId* it = r_.tree().begin(n); it != end; ++it, ++index) {
      std::string path = "kpis" + load::item_selector(r_, *it, index);
      if (!r_.expect(*it, NodeKind::map, path, noop_tr("a KPI (a map with 'id' and 'phase')"))) {
        continue;
      }
      Kpi kpi;
      kpi.span = r_.node(*it).span;
      r_.each_pair(*it, path, [&](const yaml::Node& key, NodeId value) {
        const std::string& k = key.value;
        std::string field = join_path(path, k);
        if (k == "id") {
          r_.identifier(value, field, kpi.id);
        } else if (k == "name") {
          r_.text(value, field, kpi.name);
        } else if (k == "phase") {
          r_.text(value, field, kpi.phase);
        } else if (k == "target") {
          r_.number(value, field, kpi.target);
        } else if (k == "actual") {
          r_.number(value, field, kpi.actual);
        } else if (k == "unit") {
          r_.text(value, field, kpi.unit);
        } else if (k == "better") {
          Text better;
          if (r_.text(value, field, better)) {
            if (better.value == "higher" || better.value == "lower") {
              kpi.lower_is_better = {better.value == "lower", better.span, true};
            } else {
              enum_error(better, field, kpi_shape().choices("better"));
            }
          }
        } else {
          r_.unknown_key(key, path, kpi_shape().keys());
        }
      });
      if (!kpi.id.present) r_.missing(kpi.span, path, "id", noop_tr("a short id for the KPI"));
      if (!kpi.phase.present) {
        r_.missing(kpi.span, path, "phase", noop_tr("the phase this KPI measures"));
      }
      j.kpis.push_back(std::move(kpi));
    }
  }

  Reader r_;
};

}  // namespace

LoadResult load_journey(const SourceText& source, const yaml::Limits& limits) {
  LoadResult result;
  yaml::ParseResult parsed = yaml::parse(source, limits);
  result.findings = std::move(parsed.findings);
  if (!parsed.ok) return result;
  JourneyLoader loader(parsed.tree, result.findings);
  result.journey = loader.load();
  return result;
}

}  // namespace journey
