#include <cstdio>
#include <ctime>

#include "../load/reader.hpp"
#include "journey/rule.hpp"

namespace journey {

Date Date::today() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

bool Date::parse(const std::string& text, Date& out) {
  if (!load::is_iso_date(text)) return false;
  out.year = std::stoi(text.substr(0, 4));
  out.month = std::stoi(text.substr(5, 2));
  out.day = std::stoi(text.substr(8, 2));
  return true;
}

long Date::days_since_epoch() const {
  // Howard Hinnant's days_from_civil.
  int y = year - (month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string Date::to_string() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

}  // namespace journey
