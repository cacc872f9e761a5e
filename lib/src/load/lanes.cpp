// SPDX-License-Identifier: Apache-2.0
// The touchpoint's fields: one entry each (see journey/lanes.hpp).
#include "journey/lanes.hpp"

#include "field_specs.hpp"

namespace journey {

namespace {

using namespace load;

// A table entry in named steps, so that the table reads as what each lane is.
class Def {
 public:
  Def(FieldSpec field, LaneKind kind) {
    lane_.field = std::move(field);
    lane_.kind = kind;
  }
  Def& text(Text Touchpoint::*member) { return set(lane_.text, member); }
  Def& list(TextList Touchpoint::*member) { return set(lane_.list, member); }
  Def& flag(Field<bool> Touchpoint::*member) { return set(lane_.flag, member); }
  Def& fact(const char* name) { return set(lane_.fact, name); }
  // A text, or a list compared as one set: one change kind.
  Def& changes(const char* kind, const char* what) {
    lane_.changed = kind;
    return set(lane_.what, what);
  }
  // A list whose items are added and removed one by one.
  Def& items(const char* added, const char* removed, const char* what) {
    lane_.added = added;
    lane_.removed = removed;
    return set(lane_.what, what);
  }
  Def& drawn() { return set(lane_.drawn, true); }
  Def& map(Word title, int rank) {
    lane_.map_title = title;
    lane_.map_rank = rank;
    return drawn();
  }
  Def& blueprint(BlueprintRow row, Word title) {
    lane_.blueprint = row;
    lane_.blueprint_title = title;
    return drawn();
  }
  Def& style(ItemStyle item) { return set(lane_.item, item); }
  Lane lane() const { return lane_; }

 private:
  template <class T, class V>
  Def& set(T& field, V value) {
    field = value;
    return *this;
  }
  Lane lane_;
};

// Who the touchpoint is and who meets it.
void identity_lanes(std::vector<Lane>& out) {
  out.push_back(Def(required("id", of(Kind::identifier),
                             "Unique in the file; letters, digits, '-', '_' and '.'."),
                    LaneKind::identifier)
                    .text(&Touchpoint::id)
                    .lane());
  out.push_back(Def(required("name", text(), "What the customer meets here."), LaneKind::text)
                    .text(&Touchpoint::name)
                    .fact("name")
                    .changes("touchpoint-renamed", " name")
                    .map(Word::touchpoints, 2)
                    .blueprint(BlueprintRow::frontstage, Word::frontstage)
                    .lane());
  out.push_back(
      Def(optional("channel", text(), "The medium: web, app, email, phone, store, social, ..."),
          LaneKind::text)
          .text(&Touchpoint::channel)
          .fact("channel")
          .changes("channel-changed", " channel")
          .drawn()
          .lane());
  out.push_back(Def(optional("personas", ids(),
                             "Ids of the personas who meet this touchpoint; empty means every "
                             "persona."),
                    LaneKind::text_list)
                    .list(&Touchpoint::personas)
                    .fact("persona")
                    .changes("personas-changed", " personas")
                    .lane());
}

// What the customer does, thinks and feels.
void customer_lanes(std::vector<Lane>& out) {
  out.push_back(
      Def(optional("actions", texts(), "Doing: what the customer does here."), LaneKind::text_list)
          .list(&Touchpoint::actions)
          .fact("action")
          .items("action-added", "action-removed", " action")
          .map(Word::doing, 1)
          .blueprint(BlueprintRow::customer, Word::customer_actions)
          .style({"• "})
          .lane());
  out.push_back(Def(optional("thoughts", texts(),
                             "Thinking: what the customer thinks or says, in their words."),
                    LaneKind::text_list)
                    .list(&Touchpoint::thoughts)
                    .fact("thought")
                    .items("thought-added", "thought-removed", " thought")
                    .map(Word::thinking, 3)
                    .style({"“", "”", true})
                    .lane());
  out.push_back(Def(optional("emotion", any_of({integer(1, 5), map(Keys::persona, integer(1, 5))}),
                             "Feeling: 1 very negative, 2 negative, 3 neutral, 4 positive, 5 very "
                             "positive; or a map of persona id to 1..5 where personas feel "
                             "differently."),
                    LaneKind::emotion)
                    .fact("emotion")
                    .map(Word::feeling, 4)
                    .lane());
  out.push_back(Def(optional("artifacts", texts(),
                             "What the customer sees or holds here: the web page, the letter, the "
                             "receipt, the parcel (the blueprint's physical evidence)."),
                    LaneKind::text_list)
                    .list(&Touchpoint::artifacts)
                    .fact("artifact")
                    .items("artifact-added", "artifact-removed", " artifact")
                    .blueprint(BlueprintRow::evidence, Word::physical_evidence)
                    .style({"▫ "})
                    .lane());
}

// Who owns the touchpoint, and the insight zone: pains and opportunities.
void insight_lanes(std::vector<Lane>& out) {
  out.push_back(
      Def(optional("owner", text(), "The department or team responsible."), LaneKind::text)
          .text(&Touchpoint::owner)
          .fact("owner")
          .changes("owner-changed", " owner")
          .map(Word::owners, 7)
          .lane());
  out.push_back(
      Def(optional("senses", or_empty(list(choice({"see", "hear", "smell", "touch", "taste"}))),
                   "The senses the touchpoint reaches."),
          LaneKind::choice_list)
          .list(&Touchpoint::senses)
          .fact("sense")
          .changes("senses-changed", " senses")
          .lane());
  out.push_back(Def(optional("pains", or_empty(list(any_of({text(), object(pain_shape())}))),
                             "What hurts: strings, or {text, severity} with severity blocker, "
                             "workaround or minor."),
                    LaneKind::pains)
                    .fact("pain")
                    .items("pain-added", "pain-removed", " pain")
                    .map(Word::pains, 5)
                    .lane());
  out.push_back(Def(optional("opportunities", texts(), "Ideas to improve the touchpoint."),
                    LaneKind::text_list)
                    .list(&Touchpoint::opportunities)
                    .fact("opportunity")
                    .items("opportunity-added", "opportunity-removed", " opportunity")
                    .map(Word::opportunities, 6)
                    .style({"+ ", "", false, true})
                    .lane());
}

// What happens behind the touchpoint (the blueprint's lower rows), and its moment of truth.
void backstage_lanes(std::vector<Lane>& out) {
  out.push_back(
      Def(optional("backstage", or_empty(list(any_of({text(), object(backstage_shape())}))),
                   "What employees do out of the customer's sight: strings, or {text, "
                   "owner}."),
          LaneKind::backstage)
          .fact("backstage")
          .items("backstage-added", "backstage-removed", " backstage action")
          .map(Word::backstage, 8)
          .blueprint(BlueprintRow::backstage, Word::backstage)
          .style({"• "})
          .lane());
  out.push_back(Def(optional("support", texts(),
                             "The systems and processes behind the touchpoint (\"CRM\", \"Shopify "
                             "checkout\")."),
                    LaneKind::text_list)
                    .list(&Touchpoint::support)
                    .fact("support")
                    .items("support-added", "support-removed", " support")
                    .map(Word::support, 9)
                    .blueprint(BlueprintRow::support, Word::support_processes)
                    .style({"▪ "})
                    .lane());
  out.push_back(Def(optional("moment", any_of({of(Kind::boolean), text()}),
                             "A moment of truth, decisive for the customer: true, or a short "
                             "name."),
                    LaneKind::moment)
                    .fact("moment")
                    .drawn()
                    .lane());
}

// Numbers, sources and the flow.
void flow_lanes(std::vector<Lane>& out) {
  out.push_back(Def(optional("metrics", or_empty(map(Keys::any, number())),
                             "Measured numbers by name, e.g. visits."),
                    LaneKind::metrics)
                    .fact("metric")
                    .lane());
  out.push_back(Def(optional("events", texts(),
                             "The analytics events that measure the touchpoint (begin_checkout, "
                             "add_payment_info): funnel exports name their steps by them."),
                    LaneKind::text_list)
                    .list(&Touchpoint::events)
                    .fact("event")
                    .changes("events-changed", " events")
                    .lane());
  out.push_back(Def(optional("url", text(), "Where the touchpoint can be seen."), LaneKind::text)
                    .text(&Touchpoint::url)
                    .fact("url")
                    .changes("url-changed", " url")
                    .lane());
  out.push_back(Def(optional("evidence", choice({"observed", "assumed", "proposed"}),
                             "How we know: observed, assumed or proposed."),
                    LaneKind::choice)
                    .text(&Touchpoint::evidence)
                    .fact("evidence")
                    .changes("evidence-changed", " evidence")
                    .lane());
  out.push_back(Def(optional("next", ids(),
                             "Ids of the touchpoints that follow; without it, the next one in the "
                             "file."),
                    LaneKind::references)
                    .list(&Touchpoint::next)
                    .fact("next")
                    .lane());
  out.push_back(Def(optional("handoff", text(),
                             "How the customer and their context pass to the owner of the next "
                             "touchpoint."),
                    LaneKind::text)
                    .text(&Touchpoint::handoff)
                    .fact("handoff")
                    .changes("handoff-changed", " handoff")
                    .drawn()
                    .lane());
  out.push_back(
      Def(optional("entry", of(Kind::boolean), "The customer can start the journey here."),
          LaneKind::flag)
          .flag(&Touchpoint::entry)
          .fact("entry")
          .lane());
}

std::vector<Lane> make_lanes() {
  std::vector<Lane> lanes;
  identity_lanes(lanes);
  customer_lanes(lanes);
  insight_lanes(lanes);
  backstage_lanes(lanes);
  flow_lanes(lanes);
  return lanes;
}

}  // namespace

const std::vector<Lane>& touchpoint_lanes() {
  static const std::vector<Lane> lanes = make_lanes();
  return lanes;
}

const Lane* find_lane(std::string_view key) {
  for (const Lane& lane : touchpoint_lanes()) {
    if (lane.key() == key) return &lane;
  }
  return nullptr;
}

}  // namespace journey
