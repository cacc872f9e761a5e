// The fixed words of every view and of the Mermaid export, in English and Dutch: one table, so
// that a view cannot show an English word in a Dutch picture.
#pragma once

#include <string>

namespace journey::render_detail {

enum class Word {
  doing,
  touchpoints,
  thinking,
  feeling,
  pains,
  opportunities,
  owners,
  backstage,
  support,
  kpis,
  goal,
  role,
  emotion,
  very_negative,
  negative,
  neutral,
  positive,
  very_positive,
  mean,
  target,
  actual,
  on_target,
  off_target,
  blocker,
  workaround,
  minor,
  fail_point,
  moment_of_truth,
  no_touchpoints,
  current_state,
  future_state,
  reviewed,
  owner,
  loop,
  added,
  removed,
  changed,
  unchanged,
  low_point,
  customer_actions,
  frontstage,
  support_processes,
  line_of_interaction,
  line_of_visibility,
  line_of_internal_interaction,
  personas,
  everyone,
  channel,
  none_recorded,
  count  // the number of words, not a word
};

const std::string& word(Word w, const std::string& language);

// The customer's role, translated when it is one of the known roles (stranger, visitor, lead,
// customer, promoter, ambassador); free text as written.
std::string role_name(const std::string& role, const std::string& language);

}  // namespace journey::render_detail
