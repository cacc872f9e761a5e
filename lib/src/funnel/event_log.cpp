// SPDX-License-Identifier: Apache-2.0
#include "event_log.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <unordered_map>

#include "csv_exports.hpp"
#include "journey/escape.hpp"
#include "journey/messages.hpp"
#include "user_table.hpp"

namespace journey {

namespace funnel {

namespace {

constexpr std::size_t k_piece_bytes = 8u << 20;
constexpr std::size_t k_max_user_id = 256;    // bytes of a user id
constexpr std::size_t k_max_unclaimed = 100;  // distinct events no step claims, named

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
long long days_from_civil(long long y, unsigned m, unsigned d) {
  y -= m <= 2;
  long long era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

// The month of a time, as year * 12 + month - 1.
long long month_of(long long seconds) {
  long long z = (seconds >= 0 ? seconds : seconds - 86399) / 86400 + 719468;
  long long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  long long y = static_cast<long long>(yoe) + era * 400 + (m <= 2);
  return y * 12 + m - 1;
}

// "YYYY-MM"
std::string month_name(long long month) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04lld-%02lld", month / 12, month % 12 + 1);
  return buffer;
}

bool digits(const std::string& s, std::size_t at, std::size_t n, int& out) {
  if (at + n > s.size()) return false;
  out = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

bool parse_unix(const std::string& t, long long& seconds) {
  std::size_t i = 0;
  long long n = 0;
  while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
    if (i >= 17) return false;
    n = n * 10 + (t[i++] - '0');
  }
  if (i == 0) return false;
  if (i < t.size() && t[i] == '.') {
    std::size_t f = ++i;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
    if (i == f) return false;
  }
  if (i != t.size()) return false;
  seconds = n >= 100'000'000'000'000LL ? n / 1'000'000 : n >= 100'000'000'000LL ? n / 1000 : n;
  return true;
}

// After the seconds of an ISO time: a fraction, then Z, an offset or nothing (UTC).
bool parse_zone(const std::string& t, std::size_t i, long long& offset) {
  if (i < t.size() && t[i] == '.') {
    ++i;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
  }
  offset = 0;
  if (i == t.size()) return true;
  if (t[i] == 'Z' && i + 1 == t.size()) return true;
  int h = 0, m = 0;
  if ((t[i] != '+' && t[i] != '-') || !digits(t, i + 1, 2, h)) return false;
  std::size_t at = i + 3 + (i + 3 < t.size() && t[i + 3] == ':');
  if (!digits(t, at, 2, m) || at + 2 != t.size() || h > 23 || m > 59) return false;
  offset = (t[i] == '-' ? -1 : 1) * (h * 3600LL + m * 60LL);
  return true;
}

}  // namespace

}  // namespace funnel

bool parse_event_timestamp(const std::string& t, long long& seconds) {
  using namespace funnel;
  if (parse_unix(t, seconds)) return true;
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  if (!digits(t, 0, 4, y) || t.size() < 19 || t[4] != '-' || !digits(t, 5, 2, mo) || t[7] != '-' ||
      !digits(t, 8, 2, d) || (t[10] != 'T' && t[10] != ' ') || !digits(t, 11, 2, h) ||
      t[13] != ':' || !digits(t, 14, 2, mi) || t[16] != ':' || !digits(t, 17, 2, s)) {
    return false;
  }
  long long offset = 0;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60 ||
      !parse_zone(t, 19, offset)) {
    return false;
  }
  seconds = days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 +
            h * 3600LL + mi * 60LL + s - offset;
  return true;
}

namespace funnel {

namespace {

struct Columns {
  int user = -1, event = -1, time = -1, segment = -1;
};

// Counts the funnel row by row; the result goes to the builder at the end.
class EventCounter {
 public:
  EventCounter(const EventSteps& steps, ExportBuilder& out) : steps_(steps), out_(out) {
    n_ = std::min(steps.events.size(), k_max_funnel_steps);
    for (std::size_t k = 0; k < n_; ++k) {
      for (const std::string& e : steps.events[k]) by_event_[e] |= 1u << k;
    }
    seconds_.assign(n_, 0);
    timed_.assign(n_, 0);
    first_.assign(n_, SourceSpan{});
  }

  bool header(const csv::Record& names);
  void row(const csv::Record& r, int line_shift);
  void finish();
  bool stopped() const { return stopped_; }

 private:
  SourceSpan shifted(SourceSpan s, int line_shift) const {
    s.line += line_shift;
    s.end_line += line_shift;
    return s;
  }
  const csv::Cell* cell(const csv::Record& r, int c) const {
    return c >= 0 && static_cast<std::size_t>(c) < r.cells.size()
               ? &r.cells[static_cast<std::size_t>(c)]
               : nullptr;
  }
  void unclaimed(const std::string& event, const SourceSpan& at);
  UserState* user(const csv::Cell& id, int line_shift);
  std::uint16_t segment(const csv::Record& r);
  void closed(UserState& u, std::uint32_t mask, long long t);
  void open(UserState& u, std::uint32_t mask, long long t);
  // Users per step: all, per segment (by index), per month of entry.
  struct Tally {
    std::vector<double> all;
    std::vector<std::vector<double>> segments;
    std::map<long long, std::vector<double>> months;
  };
  void count(const UserState& u, Tally& tally) const;
  void emit(ExportStep& step, std::size_t k, const Tally& tally);

  const EventSteps& steps_;
  ExportBuilder& out_;
  std::size_t n_ = 0;
  Columns c_;
  std::unordered_map<std::string, std::uint32_t> by_event_;
  std::unordered_map<std::string, bool> unclaimed_;
  std::vector<std::string> segments_;
  std::unordered_map<std::string, std::uint16_t> segment_index_;
  UserTable users_;
  std::vector<double> seconds_, timed_;  // per step: total time from the step before, users
  std::vector<SourceSpan> first_;        // per step: its first event in the log
  std::size_t rows_ = 0;
  bool stopped_ = false, disorder_ = false, too_many_segments_ = false;
};

bool EventCounter::header(const csv::Record& names) {
  std::vector<std::string> h = header_names(names);
  auto find = [&](std::initializer_list<const char*> wanted) {
    for (std::size_t i = 0; i < h.size(); ++i) {
      for (const char* n : wanted) {
        if (h[i] == n) return static_cast<int>(i);
      }
    }
    return -1;
  };
  c_.user = find({"user", "user_id", "userid", "distinct_id", "person_id", "client_id"});
  c_.event = find({"event", "event_name", "name"});
  c_.time = find({"timestamp", "time", "event_timestamp", "ts"});
  c_.segment = find({"segment"});
  if (c_.user >= 0 && c_.event >= 0 && c_.time >= 0) return true;
  SourceSpan at = names.cells.front().span;
  at.end_column = names.cells.back().span.end_column;
  out_.syntax(at,
              tr("an event log has the columns user, event and timestamp (segment is optional)"));
  stopped_ = true;
  return false;
}

void EventCounter::unclaimed(const std::string& event, const SourceSpan& at) {
  if (unclaimed_.size() >= k_max_unclaimed || unclaimed_.count(event)) return;
  unclaimed_.emplace(event, true);
  out_.step(event, at);  // a step without counts: compute_funnel names it unclaimed
}

UserState* EventCounter::user(const csv::Cell& id, int line_shift) {
  if (id.text.empty() || id.text.size() > k_max_user_id) {
    out_.invalid(shifted(id.span, line_shift),
                 id.text.empty() ? std::string(tr("no user id"))
                                 : translate("a user id of more than %1$s bytes", k_max_user_id));
    return nullptr;
  }
  bool added = false;
  UserState* u = users_.find_or_add(id.text, k_max_event_log_users, added);
  if (u == nullptr) {
    out_.syntax(shifted(id.span, line_shift),
                translate("more than %1$s users; the rest of the log is not read: split it by "
                          "period",
                          k_max_event_log_users));
    stopped_ = true;
  }
  return u;
}

std::uint16_t EventCounter::segment(const csv::Record& r) {
  const csv::Cell* s = cell(r, c_.segment);
  if (s == nullptr || s->text.empty()) return 0;
  auto it = segment_index_.find(s->text);
  if (it != segment_index_.end()) return it->second;
  if (segments_.size() >= k_max_funnel_segments) {
    if (!too_many_segments_) {
      out_.invalid(s->span, translate("more than %1$s segments; users of the others count for all "
                                      "users only",
                                      k_max_funnel_segments));
    }
    too_many_segments_ = true;
    return 0;
  }
  segments_.push_back(s->text);
  auto index = static_cast<std::uint16_t>(segments_.size());
  segment_index_.emplace(s->text, index);
  return index;
}

// A closed funnel: a step counts when the user's current attempt is at the step before, within
// the window from the attempt's first step; an attempt past its window ends.
void EventCounter::closed(UserState& u, std::uint32_t mask, long long t) {
  if (u.current > 0 && steps_.window_seconds > 0 && t - u.start > steps_.window_seconds) {
    u.current = 0;
  }
  std::size_t k = u.current;
  if (k >= n_ || !((mask >> k) & 1u)) return;
  if (k == 0) u.start = t;
  u.current = static_cast<std::uint8_t>(k + 1);
  if (u.current > u.best) {
    if (k > 0) {
      seconds_[k] += static_cast<double>(t - u.last);
      timed_[k] += 1;
    }
    u.best = u.current;
    u.best_start = u.start;
  }
  u.last = t;
}

// An open funnel: every step the user reached, within the window from their first funnel event.
void EventCounter::open(UserState& u, std::uint32_t mask, long long t) {
  if (u.mask == 0) u.start = u.best_start = t;
  if (steps_.window_seconds > 0 && t - u.start > steps_.window_seconds) return;
  u.mask |= mask;
}

void EventCounter::row(const csv::Record& r, int line_shift) {
  if (stopped_ || ++rows_ > k_max_event_log_rows) {
    if (!stopped_) {
      out_.syntax(
          shifted(r.cells.front().span, line_shift),
          translate("more than %1$s rows; the rest of the log is not read", k_max_event_log_rows));
    }
    stopped_ = true;
    return;
  }
  const csv::Cell* event = cell(r, c_.event);
  const csv::Cell* id = cell(r, c_.user);
  const csv::Cell* time = cell(r, c_.time);
  if (event == nullptr || id == nullptr || time == nullptr) return;
  auto step = by_event_.find(fold(event->text));
  if (step == by_event_.end()) {
    if (!event->text.empty()) unclaimed(event->text, shifted(event->span, line_shift));
    return;
  }
  long long t = 0;
  if (!parse_event_timestamp(time->text, t)) {
    out_.invalid(shifted(time->span, line_shift),
                 translate("'%1$s' is not a timestamp: write Unix seconds or ISO 8601 "
                           "(2026-10-01T12:00:00Z)",
                           excerpt(time->text)));
    return;
  }
  UserState* u = user(*id, line_shift);
  if (u == nullptr) return;
  if (u->seen > t && (u->best > 0 || u->mask != 0)) {
    if (!disorder_) {
      out_.invalid(shifted(time->span, line_shift),
                   translate("user '%1$s' has an earlier event above this one: sort the log by "
                             "time; events out of order are not counted",
                             excerpt(id->text)));
    }
    disorder_ = true;
    return;
  }
  u->seen = t;
  if (u->segment == 0) u->segment = segment(r);
  for (std::size_t k = 0; k < n_; ++k) {
    if (((step->second >> k) & 1u) && !first_[k].known())
      first_[k] = shifted(event->span, line_shift);
  }
  steps_.closed ? closed(*u, step->second, t) : open(*u, step->second, t);
}

// A user counts at every step they reached: for all users, in their segment, and in the month
// they entered the funnel.
void EventCounter::count(const UserState& u, Tally& tally) const {
  std::size_t reached = 0;  // steps reached, as a mask
  for (std::size_t k = 0; k < n_; ++k) {
    if (steps_.closed ? k < u.best : ((u.mask >> k) & 1u) != 0) reached |= std::size_t(1) << k;
  }
  if (reached == 0) return;
  std::vector<double>& month = tally.months[month_of(u.best_start)];
  month.resize(n_);
  std::vector<double>* segment = u.segment > 0 ? &tally.segments[u.segment - 1] : nullptr;
  for (std::size_t k = 0; k < n_; ++k) {
    if (!((reached >> k) & 1u)) continue;
    tally.all[k] += 1;
    month[k] += 1;
    if (segment != nullptr) (*segment)[k] += 1;
  }
}

// A step's counts: all users, each segment and each month that any step counts (0 where none).
void EventCounter::emit(ExportStep& step, std::size_t k, const Tally& tally) {
  auto add = [&](const std::string& segment, const std::string& period, double n) {
    ExportCount c;
    c.segment = segment;
    c.period = period;
    c.count = n;
    c.span = first_[k];
    if (segment.empty() && period.empty() && timed_[k] > 0) c.seconds = seconds_[k] / timed_[k];
    out_.add(step, std::move(c));
  };
  add("", "", tally.all[k]);
  for (std::size_t s = 0; s < tally.segments.size(); ++s) {
    const std::vector<double>& counts = tally.segments[s];
    if (std::any_of(counts.begin(), counts.end(), [](double n) { return n > 0; })) {
      add(segments_[s], "", counts[k]);
    }
  }
  for (const auto& [month, counts] : tally.months) add("", month_name(month), counts[k]);
}

void EventCounter::finish() {
  Tally tally;
  tally.all.assign(n_, 0);
  tally.segments.assign(segments_.size(), std::vector<double>(n_, 0));
  users_.each([&](const UserState& u) { count(u, tally); });
  for (std::size_t k = 0; k < n_; ++k) {
    if (!first_[k].known() || steps_.events[k].empty()) continue;  // no event of the step: no data
    if (ExportStep* step = out_.step(steps_.events[k].front(), first_[k])) emit(*step, k, tally);
  }
}

// Reads the records of one piece; `line_shift` turns its lines into the file's. False when
// reading must stop (a fatal problem, a limit).
bool read_records(const SourceText& piece, int line_shift, bool first, EventCounter& counter,
                  ExportBuilder& out) {
  csv::Options options;
  options.max_records = k_max_event_log_rows;
  csv::Reader reader(piece, options);
  csv::Record record;
  bool header = reader.next(record);
  if (header && first) counter.header(record);
  while (!counter.stopped() && reader.next(record)) counter.row(record, line_shift);
  for (const csv::Problem& p : reader.problems()) {
    SourceSpan s = p.span;
    s.line += line_shift;
    s.end_line += line_shift;
    out.syntax(s, p.message);
  }
  if (first && !header && reader.problems().empty())
    out.syntax({1, 1, 1, 1}, tr("the file is empty"));
  return header && !reader.stopped() && !counter.stopped();
}

// Where the complete records of `text` end: after its last line break outside quotes; 0 when
// there is none.
std::size_t complete_records(const std::string& text) {
  std::size_t end = 0;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"') quoted = !quoted;
    if (text[i] == '\n' && !quoted) end = i + 1;
  }
  return end;
}

struct Descriptor {
  int fd;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

// Appends up to `max` bytes; false on an error.
bool read_some(int fd, std::size_t max, std::string& out, bool& eof, std::string& error) {
  std::size_t old = out.size();
  out.resize(old + max);
  std::size_t got = 0;
  while (got < max) {
    ssize_t n = ::read(fd, &out[old + got], max - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error = error_text(errno);
      return false;
    }
    if (n == 0) {
      eof = true;
      break;
    }
    got += static_cast<std::size_t>(n);
  }
  out.resize(old + got);
  return true;
}

bool open_log(const std::string& path, Descriptor& file, std::string& error) {
  file.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  struct stat st {};
  if (file.fd < 0 || ::fstat(file.fd, &st) != 0) {
    error = error_text(errno);
    return false;
  }
  if (!S_ISREG(st.st_mode)) {
    error = tr("is not a regular file");
    return false;
  }
  if (static_cast<std::uint64_t>(st.st_size) > k_max_event_log_bytes) {
    error = translate("is %1$s; the limit for an event log is %2$s",
                      describe_size(static_cast<std::uint64_t>(st.st_size)),
                      describe_size(k_max_event_log_bytes));
    return false;
  }
  return true;
}

}  // namespace

void read_event_log(const SourceText& source, const EventSteps& steps, ExportBuilder& out) {
  EventCounter counter(steps, out);
  read_records(source, 0, true, counter, out);
  counter.finish();
}

bool read_event_log_file(const std::string& path, const EventSteps& steps, ExportBuilder& out,
                         std::string& error) {
  Descriptor file{-1};
  if (!open_log(path, file, error)) return false;
  EventCounter counter(steps, out);
  std::string pending, header;
  int line = 1;  // the file's line where `pending` starts
  bool eof = false, more = true, first = true;
  while (more && !eof) {
    if (!read_some(file.fd, k_piece_bytes, pending, eof, error)) return false;
    std::size_t cut = eof ? pending.size() : complete_records(pending);
    if (cut == 0 && pending.size() > 2 * k_piece_bytes) {
      out.syntax({line, 1, line, 1},
                 translate("a record longer than %1$s; the rest of the log is not read",
                           describe_size(k_piece_bytes)));
      break;
    }
    if (cut == 0) continue;
    std::string text;  // the piece, after the header it needs for its columns: one copy
    text.reserve(header.size() + 1 + cut);
    if (!first) text.append(header).append(1, '\n');
    text.append(pending, 0, cut);
    SourceText piece(out.file(), std::move(text));
    if (first) header = std::string(piece.line(1));
    more = read_records(piece, first ? 0 : line - 2, first, counter, out);
    first = false;
    for (std::size_t i = 0; i < cut; ++i) line += pending[i] == '\n';
    pending.erase(0, cut);
  }
  counter.finish();
  return true;
}

}  // namespace funnel

}  // namespace journey
