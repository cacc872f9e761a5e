// SPDX-License-Identifier: Apache-2.0
// The fixed words of every picture, page and message, one table per language (English and
// Dutch), so that no view shows an English word in a Dutch picture; and the language as a type.
// A test fails when a word lacks its translation.
#pragma once

#include <string>
#include <string_view>

namespace journey {

enum class Language { en, nl };

// "en" or "nl"; false for anything else.
bool parse_language(std::string_view text, Language& out);
const char* to_string(Language language);
// Every language, in documentation order.
inline constexpr Language k_languages[] = {Language::en, Language::nl};

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
  physical_evidence,
  frontstage,
  support_processes,
  line_of_interaction,
  line_of_visibility,
  line_of_internal_interaction,
  personas,
  everyone,
  channel,
  none_recorded,
  continued,
  page,
  of,
  lowest_for,
  worst_moment,
  scenario,
  goals,
  frustrations,
  curve_key,
  funnel,
  users,
  users_reached,
  go_on,
  leave,
  biggest_leak,
  no_data,
  latest,
  previous,
  window,
  closed_funnel,
  open_funnel,
  step,
  against_previous,
  above,
  below,
  count  // the number of words, not a word
};

const std::string& word(Word w, Language language);

// The customer's role, translated when it is one of the known roles (stranger, visitor, lead,
// customer, promoter, ambassador); free text as written.
std::string role_name(const std::string& role, Language language);

}  // namespace journey
