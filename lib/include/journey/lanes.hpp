// SPDX-License-Identifier: Apache-2.0
// The fields of a touchpoint, each declared once: its key and schema (field table), where the
// loader puts it, its line in textconv, its change kinds in journey diff, and the lane it makes
// in the pictures (title word, place in the map and the blueprint, how an item is set). The
// loader, `journey schema`, textconv, diff, the render limits and the map and blueprint views all
// read this table: a new lane is one entry here, its template lines and a test (see
// docs/ARCHITECTURE.md, "Adding a lane").
#pragma once

#include <string_view>
#include <vector>

#include "journey/fields.hpp"
#include "journey/journey.hpp"
#include "journey/words.hpp"

namespace journey {

// How a field is written, and so how it is read, compared and drawn.
enum class LaneKind {
  identifier,   // the touchpoint's id
  text,         // one string
  choice,       // one string out of the schema's choices
  text_list,    // a list of strings
  choice_list,  // a list of the schema's choices
  references,   // a list of touchpoint ids (next): "(end)" when written empty
  pains,        // strings, or {text, severity}
  backstage,    // strings, or {text, owner}
  emotion,      // 1..5, or a persona map of 1..5
  moment,       // true, or the moment's name
  metrics,      // a map of names to numbers
  flag,         // true or false
};

// Where a lane stands in the blueprint (Shostack's rows, top to bottom).
enum class BlueprintRow { none, evidence, customer, frontstage, backstage, support };

// How a list item is set in a picture.
struct ItemStyle {
  const char* open = "";   // "• ", "+ ", "“"
  const char* close = "";  // "”"
  bool italic = false;
  bool opportunity = false;  // in the theme's opportunity colour
};

struct Lane {
  FieldSpec field;  // key, type and description, as the schema and the loader see them
  LaneKind kind;
  Text Touchpoint::*text = nullptr;         // identifier, text, choice
  TextList Touchpoint::*list = nullptr;     // text_list, choice_list, references
  Field<bool> Touchpoint::*flag = nullptr;  // flag
  // textconv: one "SUBJECT: FACT VALUE" line per value; null writes none.
  const char* fact = nullptr;
  // journey diff: text lanes name one kind (`changed`); list lanes an item's `added` and
  // `removed` kinds, or only `changed` when the list is compared as a whole set. `what` names
  // the value in messages (" channel", " thought").
  const char* changed = nullptr;
  const char* added = nullptr;
  const char* removed = nullptr;
  const char* what = nullptr;
  // Pictures: whether its text is drawn (held to the render limits); its lane in the map (title,
  // and rank among the map's lanes; 0: none) and in the blueprint (row and title); how an item
  // is set.
  bool drawn = false;
  Word map_title = Word::count;
  int map_rank = 0;
  BlueprintRow blueprint = BlueprintRow::none;
  Word blueprint_title = Word::count;
  ItemStyle item{};

  const std::string& key() const { return field.key; }
};

// Every field of a touchpoint, in the order the format documents them.
const std::vector<Lane>& touchpoint_lanes();
// The lane of a key; null when the touchpoint has no such field.
const Lane* find_lane(std::string_view key);

// Every drawn text of a touchpoint's lanes (names, list items, pains, backstage actions and their
// owners, the moment's name), for limits and escaping.
template <class F>
void each_drawn_text(const Touchpoint& tp, F&& f) {
  for (const Lane& lane : touchpoint_lanes()) {
    if (!lane.drawn) continue;
    switch (lane.kind) {
      case LaneKind::text:
      case LaneKind::choice:
        f(tp.*lane.text);
        break;
      case LaneKind::text_list:
      case LaneKind::choice_list:
        for (const Text& t : (tp.*lane.list).value) f(t);
        break;
      case LaneKind::pains:
        for (const Pain& p : tp.pains.value) f(p);
        break;
      case LaneKind::backstage:
        for (const BackstageAction& b : tp.backstage.value) {
          f(b);
          f(b.owner);
        }
        break;
      case LaneKind::moment:
        f(tp.moment_name);
        break;
      default:
        break;
    }
  }
}

}  // namespace journey
