// SPDX-License-Identifier: Apache-2.0
// The site's own words in English and Dutch (--lang). Journeys keep their own language; the lint
// messages and scorecard reasons come from the library in English.
#pragma once

#include <string>

#include "journey/words.hpp"

namespace journey::site {

struct Words {
  const char* lang;  // the html lang attribute
  // Navigation and page titles
  const char* site;
  const char* journeys;
  const char* channels;
  const char* owners;
  const char* personas;
  const char* pains;
  const char* low_points;
  const char* states;
  const char* main_nav;
  const char* skip;
  // Index
  const char* index_intro;
  const char* order;
  const char* by_title;
  const char* by_score;
  const char* by_reviewed;
  const char* by_findings;
  const char* journey;
  const char* model;
  const char* state;
  const char* owner;
  const char* touchpoints;
  const char* score;
  const char* errors;
  const char* warnings;
  const char* reviewed;
  const char* stale;
  const char* never;
  const char* not_scored;
  const char* current;
  const char* future;
  const char* up_from;
  const char* down_from;
  const char* same_as;
  const char* mean_score;
  const char* with_errors;
  const char* stale_reviews;
  const char* report_date;
  const char* generated;
  // Journey page
  const char* all_journeys;
  const char* file;
  const char* contents;
  const char* views;
  const char* view_map;
  const char* view_flow;
  const char* view_emotion;
  const char* view_blueprint;
  const char* view_funnel;
  const char* full_size;
  const char* not_drawn;
  const char* as_table;
  const char* phase;
  const char* touchpoint;
  const char* channel;
  const char* emotion;
  const char* opportunities;
  const char* funnel_step;  // the touchpoint table's column: users reached and step conversion
  const char* scorecard;
  const char* total;
  const char* category;
  const char* check;
  const char* weight;
  const char* reason;
  const char* not_applicable;
  const char* findings;
  const char* no_findings;
  const char* line;
  const char* severity;
  const char* rule;
  const char* message;
  const char* kpis;
  const char* no_kpis;
  const char* kpi;
  const char* target;
  const char* actual;
  const char* unit;
  const char* better;
  const char* lower;
  const char* higher;
  const char* on_target;
  const char* yes;
  const char* no;
  const char* no_personas;
  const char* goals;
  const char* frustrations;
  const char* needs;
  const char* mean_emotion;
  const char* kpis_on_target;
  const char* errors_block;
  // History
  const char* history;
  const char* commit;
  const char* date;
  const char* subject;
  const char* this_version;
  const char* uncommitted;
  const char* changes_since;
  const char* no_changes;
  const char* no_base;
  const char* regressions;
  const char* changes;
  const char* info;
  const char* kind;
  const char* where;
  const char* no_history;
  const char* older_not_shown;
  const char* trend;
  // Portfolio
  const char* channels_intro;
  const char* owners_intro;
  const char* personas_intro;
  const char* pains_intro;
  const char* low_intro;
  const char* states_intro;
  const char* journey_owner;
  const char* number_of_journeys;
  const char* persona;
  const char* pain;
  const char* also_written;
  const char* and_more;
  const char* none_recurring;
  const char* no_states;
  const char* compare;
  const char* side_by_side;
  const char* from_current;
  // Added later, kept here so the two lists stay in step
  const char* pain_points;
  const char* regression;
  const char* change;
  const char* current_state;
  const char* future_state;
  const char* moment;
  const char* nothing;
  // The portfolio page of funnel leaks
  const char* leaks;
  const char* leaks_intro;
  const char* funnel;
  const char* lost;
  const char* step;
  const char* opportunity_there;

  // 62.5 in English, 62,5 in Dutch.
  // The language of these words (from `lang`).
  Language language() const;
  std::string number(double value, int digits) const;
  // The shortest form (%g): 0.047 in English, 0,047 in Dutch.
  std::string general(double value) const;
};

const Words& words_for(Language language);

}  // namespace journey::site
