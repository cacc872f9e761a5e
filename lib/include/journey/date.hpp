// SPDX-License-Identifier: Apache-2.0
// Calendar dates, for the freshness of `reviewed` and for reproducible runs (--today).
#pragma once

#include <string>

namespace journey {

struct Date {
  int year = 1970, month = 1, day = 1;
  static Date today();
  // Parses YYYY-MM-DD; false when it is not a real date.
  static bool parse(const std::string& text, Date& out);
  long days_since_epoch() const;
  std::string to_string() const;
};

// YYYY-MM-DD with a real month and day.
bool is_iso_date(const std::string& text);

// Where the date a command judges `reviewed` by, or stamps its output with, came from. The order
// is that of reproducible builds (https://reproducible-builds.org/specs/source-date-epoch/): an
// explicit date, then SOURCE_DATE_EPOCH, then (for output that stands for a commit, such as the
// report's site) the date of the last commit, and only then the clock.
enum class DateOrigin { option, source_date_epoch, last_commit, clock };

struct DateChoice {
  std::string option;  // --today as given; empty when not given
  // The environment's SOURCE_DATE_EPOCH, null when unset; an empty value counts as unset.
  const char* source_date_epoch = nullptr;
  // A file or folder in the repository whose last commit dates the output; empty: the last
  // commit is not asked (commands that judge a working tree use the clock after the epoch).
  std::string repository;
};

struct ChosenDate {
  Date date;
  DateOrigin origin = DateOrigin::clock;
};

// False with `error` when --today is no date (YYYY-MM-DD) or SOURCE_DATE_EPOCH is no whole
// number of seconds since 1970 up to year 9999: a malformed epoch is refused, never ignored.
bool choose_date(const DateChoice& choice, ChosenDate& out, std::string& error);

// Reads SOURCE_DATE_EPOCH's value (seconds since 1970-01-01 UTC) as its UTC date.
bool parse_source_date_epoch(const std::string& text, Date& out);

// How a date was chosen, for a note such as "dated 2026-12-02 (today; set SOURCE_DATE_EPOCH or
// --today to pin it)": "--today", "SOURCE_DATE_EPOCH", "the last commit's date", "today; ...".
std::string describe(DateOrigin origin);

// The date of the last commit of the repository that holds `path` (a file or folder), from
// `git log -1` without a shell; false outside git or before the first commit.
bool last_commit_date(const std::string& path, Date& out);

}  // namespace journey
