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

}  // namespace journey
