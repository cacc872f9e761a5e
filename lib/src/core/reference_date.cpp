// SPDX-License-Identifier: Apache-2.0
// Choosing the date a command works with: --today, SOURCE_DATE_EPOCH, the last commit, the clock.
#include <ctime>
#include <filesystem>

#include "journey/date.hpp"
#include "journey/git.hpp"
#include "journey/messages.hpp"

namespace journey {

namespace {

// The first folder that exists at or above `path`: git -C needs one.
std::string folder_of(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path p = path.empty() ? fs::path(".") : fs::path(path);
  if (fs::is_directory(p, ec)) return p.string();
  fs::path parent = p.parent_path();
  return parent.empty() ? "." : parent.string();
}

}  // namespace

bool parse_source_date_epoch(const std::string& text, Date& out) {
  // 253402300799 is 9999-12-31T23:59:59Z, the last second a YYYY-MM-DD date can say.
  if (text.empty() || text.size() > 12) return false;
  long long seconds = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    seconds = seconds * 10 + (c - '0');
  }
  if (seconds > 253402300799LL) return false;
  std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  if (gmtime_r(&t, &tm) == nullptr) return false;
  out = Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
  return true;
}

bool last_commit_date(const std::string& path, Date& out) {
  std::string text, error;
  if (!git_run({"-C", folder_of(path), "log", "-1", "--no-color", "--format=%cs", "HEAD"}, text,
               error)) {
    return false;
  }
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return Date::parse(text, out);
}

bool choose_date(const DateChoice& choice, ChosenDate& out, std::string& error) {
  if (!choice.option.empty()) {
    out.origin = DateOrigin::option;
    if (Date::parse(choice.option, out.date)) return true;
    error = translate("--today '%1$s' is not a date (YYYY-MM-DD)", choice.option);
    return false;
  }
  if (choice.source_date_epoch != nullptr && *choice.source_date_epoch != '\0') {
    out.origin = DateOrigin::source_date_epoch;
    if (parse_source_date_epoch(choice.source_date_epoch, out.date)) return true;
    error = translate(
        "SOURCE_DATE_EPOCH '%1$s' is not a number of seconds since 1970-01-01 (as `date +%%s` "
        "prints it)",
        choice.source_date_epoch);
    return false;
  }
  if (!choice.repository.empty() && last_commit_date(choice.repository, out.date)) {
    out.origin = DateOrigin::last_commit;
    return true;
  }
  out.origin = DateOrigin::clock;
  out.date = Date::today();
  return true;
}

std::string describe(DateOrigin origin) {
  switch (origin) {
    case DateOrigin::option:
      return "--today";
    case DateOrigin::source_date_epoch:
      return "SOURCE_DATE_EPOCH";
    case DateOrigin::last_commit:
      return tr("the last commit's date");
    case DateOrigin::clock:
      break;
  }
  return tr("today; set SOURCE_DATE_EPOCH or --today to pin it");
}

}  // namespace journey
