// SPDX-License-Identifier: Apache-2.0
#include "history.hpp"

#include <algorithm>
#include <filesystem>

#include "journey/git.hpp"
#include "journey/messages.hpp"
#include "journey/rule.hpp"
#include "journey/score.hpp"

namespace fs = std::filesystem;

namespace journey::site {

namespace {

// Where git runs (the file's folder) and the file's name there.
struct Location {
  std::string dir;
  std::string name;
};

Location locate(const std::string& file) {
  fs::path p(file);
  std::string dir = p.parent_path().string();
  return {dir.empty() ? "." : dir, p.filename().string()};
}

// git -C DIR with pathspecs taken literally (a file named ':(glob)*' is that file).
std::vector<std::string> git_args(const Location& at, std::vector<std::string> rest) {
  std::vector<std::string> args{"--literal-pathspecs", "-C", at.dir};
  args.insert(args.end(), rest.begin(), rest.end());
  return args;
}

std::string first_line(const std::string& text) {
  return text.substr(0, text.find('\n'));
}

struct LogEntry {
  std::string hash, date, subject;
};

// The commits that touched the file, newest first, at most `limit` + 1 (to tell when there are
// more).
bool read_log(const Location& at, std::size_t limit, std::vector<LogEntry>& out,
              std::string& error) {
  std::string text;
  if (!git_run(git_args(at, {"log", "--no-color", "--format=%H %cs %s", "-n",
                             std::to_string(limit + 1), "--", at.name}),
               text, error)) {
    return false;
  }
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    start = end + 1;
    if (line.size() < 51 || line[40] != ' ') continue;
    out.push_back(
        {line.substr(0, 40), line.substr(41, 10), line.size() > 52 ? line.substr(52) : ""});
  }
  return true;
}

bool show(const Location& at, const std::string& rev, std::string& text, std::string& error) {
  return git_run(git_args(at, {"show", "--no-textconv", "--end-of-options", rev + ":./" + at.name}),
                 text, error);
}

bool parses(const Analysis& a) {
  if (!a.journey) return false;
  for (const Finding& f : a.report.findings) {
    if (is_syntax_rule(f.rule)) return false;
  }
  return true;
}

Analysis analyze_version(const std::string& label, std::string text, const std::string& file,
                         const Config& config, Date today) {
  LintOptions lint;
  lint.today = today;
  lint.language = message_language();  // the site's (write_site speaks it), whatever lang: says
  return analyze_source(SourceText(label, std::move(text)), file, config, lint);
}

// The figures and score of one version, judged on `today`.
HistoryPoint point_of(const Analysis& a, const Config& config, const std::string& file,
                      Date today) {
  HistoryPoint p;
  p.loaded = parses(a);
  if (p.loaded) p.figures = figures_of(*a.journey);
  if (a.has_errors() || a.model == nullptr || !a.journey) {
    p.problem = "lint errors";
    return p;
  }
  p.scored = true;
  p.score = score_journey(*a.journey, *a.model, file, today, config.score, a.funnels).total;
  return p;
}

struct Reader {
  const std::string& file;
  const std::string& text;
  const Analysis& current;
  const Config& config;
  const SiteOptions& options;
  Location at;
  History h;
  std::optional<Analysis> base;

  void read_commits(std::vector<LogEntry>& log);
  void read_since();
  void make_diff();
};

void Reader::read_commits(std::vector<LogEntry>& log) {
  bool newest_is_current = false;
  for (std::size_t i = 0; i < log.size(); ++i) {
    const LogEntry& e = log[i];
    std::string version, error;
    HistoryPoint p;
    if (!show(at, e.hash, version, error)) {
      p.problem = first_line(error);  // a commit that deleted the file
    } else {
      Date date = options.today;
      Date::parse(e.date, date);
      Analysis a = analyze_version(commit_label(e.hash, e.date) + ":" + at.name, version, file,
                                   config, date);
      p = point_of(a, config, file, date);
      if (i == 0) newest_is_current = version == text;
      if (!h.has_base && options.since.empty() && version != text) {
        h.has_base = true;
        h.base_label = commit_label(e.hash, e.date);
        h.base_scored = p.scored;
        h.base_score = p.score;
        base = std::move(a);
      }
    }
    p.commit = e.hash;
    p.date = e.date;
    p.subject = e.subject;
    h.points.push_back(std::move(p));
  }
  if (!newest_is_current) {
    HistoryPoint p = point_of(current, config, file, options.today);
    p.date = options.today.to_string();
    h.points.insert(h.points.begin(), std::move(p));
  }
  std::reverse(h.points.begin(), h.points.end());
}

void Reader::read_since() {
  std::string version, error;
  h.has_base = true;
  h.base_label = options.since;
  if (!show(at, options.since, version, error)) {
    if (!git_commit_exists(at.dir, options.since, error)) {
      h.has_base = false;
      h.diff_problem = first_line(error);
    }
    return;  // the journey did not exist at that revision: everything is new
  }
  Analysis a = analyze_version(options.since + ":" + at.name, version, file, config, options.today);
  HistoryPoint p = point_of(a, config, file, options.today);
  h.base_scored = p.scored;
  h.base_score = p.score;
  base = std::move(a);
}

void Reader::make_diff() {
  if (!h.has_base || !parses(current)) return;
  if (base && !parses(*base)) {
    h.diff_problem = "the version at " + h.base_label + " does not parse";
    return;
  }
  DiffSide old_side{h.base_label, base ? &*base->journey : nullptr, base ? base->model : nullptr,
                    base ? &base->funnels : nullptr};
  DiffSide new_side{file, &*current.journey, current.model, &current.funnels};
  DiffOptions diff_options;
  diff_options.classes = config.change_classes;
  h.diff = diff_journeys(old_side, new_side, diff_options);
}

}  // namespace

std::string commit_label(const std::string& hash, const std::string& date) {
  return hash.substr(0, 7) + " (" + date + ")";
}

Figures figures_of(const Journey& journey) {
  Figures f;
  f.touchpoints = journey.touchpoints.size();
  double sum = 0;
  std::size_t n = 0;
  for (const Touchpoint& t : journey.touchpoints) {
    for (int v : emotion_values(t)) {
      sum += v;
      ++n;
    }
    if (t.pains.usable()) f.pains += t.pains.value.size();
  }
  f.has_emotion = n > 0;
  f.mean_emotion = n > 0 ? sum / static_cast<double>(n) : 0;
  for (const Kpi& k : journey.kpis) {
    if (!k.target.usable() || !k.actual.usable()) continue;
    ++f.kpis_judged;
    bool lower = k.lower_is_better.usable() && k.lower_is_better.value;
    if (lower ? k.actual.value <= k.target.value : k.actual.value >= k.target.value) ++f.kpis_met;
  }
  return f;
}

History read_history(const std::string& file, const std::string& text, const Analysis& current,
                     const Config& config, const SiteOptions& options) {
  Reader r{file, text, current, config, options, locate(file), {}, {}};
  std::vector<LogEntry> log;
  std::string error;
  if (!read_log(r.at, options.history_limit, log, error)) {
    r.h.unavailable = first_line(error);
    return r.h;
  }
  if (log.size() > options.history_limit) {
    r.h.truncated = true;
    log.resize(options.history_limit);
  }
  r.read_commits(log);
  if (!options.since.empty()) r.read_since();
  r.make_diff();
  return r.h;
}

}  // namespace journey::site

namespace journey {

namespace {

std::string folder_of(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return path;
  std::string dir = fs::path(path).parent_path().string();
  return dir.empty() ? "." : dir;
}

}  // namespace

bool git_commit_exists(const std::string& path, const std::string& rev, std::string& error) {
  if (!rev.empty() && rev[0] == '-') {
    error = "this looks like an option, not a revision: revisions cannot start with '-'";
    return false;
  }
  std::string text;
  if (git_run({"-C", folder_of(path), "rev-parse", "--verify", "--quiet", "--end-of-options",
               rev + "^{commit}"},
              text, error)) {
    return true;
  }
  if (error == "git failed") error = "'" + rev + "' is not a commit";
  return false;
}

}  // namespace journey
