// SPDX-License-Identifier: Apache-2.0
// Scorecards as text tables, JSON and Markdown.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iomanip>
#include "journey/numbers.hpp"

#include "journey/escape.hpp"
#include "journey/messages.hpp"
#include "journey/score.hpp"

namespace journey {

bool parse_score_format(const std::string& name, ScoreFormat& out) {
  if (name == "text") {
    out = ScoreFormat::text;
  } else if (name == "json") {
    out = ScoreFormat::json;
  } else if (name == "markdown") {
    out = ScoreFormat::markdown;
  } else {
    return false;
  }
  return true;
}

namespace {

// Code points, so that names with accents line up.
std::size_t points_of(const std::string& s) {
  std::size_t points = 0;
  for (unsigned char c : s) points += (c & 0xC0) != 0x80;
  return points;
}

std::string pad(std::string s, std::size_t width) {
  std::size_t points = points_of(s);
  if (points < width) s.append(width - points, ' ');
  return s;
}

// A column's width: `width`, or more when the header in the reader's language (or "n/a", for a
// column of scores) needs it, with two spaces after. English headers fit their widths.
std::size_t column(const char* header, std::size_t width, bool scores = false) {
  std::size_t need = points_of(header) + 2;
  if (scores) need = std::max(need, points_of(tr("n/a")) + 2);
  return std::max(width, need);
}

// The checks, category by category; returns the ones left out, "id (reason)".
std::vector<std::string> text_checks(const Scorecard& card, bool details, std::ostream& out) {
  std::size_t category = column(tr("category"), 12), check_width = column(tr("check"), 22),
              score = column(tr("score"), 7, true);
  out << "  " << pad(tr("category"), category) << pad(tr("check"), check_width)
      << pad(tr("score"), score) << tr("reason") << "\n";
  std::vector<std::string> left_out;
  for (const auto& cat : card.categories) {
    for (const auto& check : card.checks) {
      if (check.category != cat.id) continue;
      if (!check.applicable) left_out.push_back(check.id + " (" + check.reason + ")");
      out << "  " << pad(cat.id, category) << pad(check.id, check_width)
          << pad(check.applicable ? decimal(check.score, 1) : std::string(tr("n/a")), score)
          << terminal_text(check.reason) << "\n";
      if (!details || !check.applicable) continue;
      for (const auto& d : check.details) {
        out << "  " << std::string(category + check_width, ' ') << terminal_text(card.file) << ":"
            << d.line << ": " << terminal_text(d.text) << "\n";
      }
    }
  }
  return left_out;
}

void text_categories(const Scorecard& card, std::ostream& out) {
  std::size_t category = column(tr("category"), 12), weight = column(tr("weight"), 8);
  out << "\n  " << pad(tr("category"), category) << pad(tr("weight"), weight) << tr("score")
      << "\n";
  for (const auto& cat : card.categories) {
    out << "  " << pad(cat.id, category) << pad(format_fixed(cat.weight, 0), weight)
        << (cat.applicable ? decimal(cat.score, 1) + "/10" : std::string(tr("n/a (left out)")))
        << "\n";
  }
}

void text_phases(const Scorecard& card, std::ostream& out) {
  std::size_t phase = column(tr("phase"), 28), touchpoints = column(tr("touchpoints"), 13),
              mean = column(tr("mean emotion"), 14), lowest = column(tr("lowest"), 8);
  out << "\n  " << pad(tr("phase"), phase) << pad(tr("touchpoints"), touchpoints)
      << pad(tr("mean emotion"), mean) << pad(tr("lowest"), lowest) << tr("pains") << "\n";
  for (const auto& p : card.phases) {
    out << "  " << pad(terminal_text(p.phase), phase)
        << pad(std::to_string(p.touchpoints), touchpoints)
        << pad(p.mean_emotion ? decimal(*p.mean_emotion, 2) : "-", mean)
        << pad(p.lowest_emotion ? std::to_string(*p.lowest_emotion) : "-", lowest) << p.pains
        << "\n";
  }
}

void text_card(const Scorecard& card, bool details, std::ostream& out) {
  out << terminal_text(card.file) << ": " << format_fixed(card.total, 0) << "/100\n\n";
  std::vector<std::string> left_out = text_checks(card, details, out);
  text_categories(card, out);
  text_phases(card, out);
  if (!left_out.empty()) {
    std::string joined;
    for (std::size_t i = 0; i < left_out.size(); ++i) joined += (i ? "; " : "") + left_out[i];
    out << "\n  " << translate("not applicable, left out of the total: %1$s", joined) << "\n";
  }
  for (const auto& m : card.minimums) {
    std::string actual = m.applicable ? decimal(m.actual, 1) : std::string(tr("n/a"));
    out << "  "
        << (m.met ? translate("minimum %1$s: expected >= %2$s, actual %3$s -> ok", m.check,
                              decimal(m.expected, 1), actual)
                  : translate("minimum %1$s: expected >= %2$s, actual %3$s -> FAILED", m.check,
                              decimal(m.expected, 1), actual))
        << "\n";
  }
}

void json_card(const Scorecard& card, std::ostream& out) {
  out << "    {\"file\": \"" << json_escape(card.file)
      << "\", \"total\": " << format_fixed(card.total, 2) << ",\n     \"categories\": [";
  for (std::size_t i = 0; i < card.categories.size(); ++i) {
    const auto& c = card.categories[i];
    out << (i ? ", " : "") << "{\"id\": \"" << c.id
        << "\", \"weight\": " << format_fixed(c.weight, 2)
        << ", \"applicable\": " << (c.applicable ? "true" : "false")
        << ", \"score\": " << (c.applicable ? format_fixed(c.score, 2) : "null") << "}";
  }
  out << "],\n     \"checks\": [";
  for (std::size_t i = 0; i < card.checks.size(); ++i) {
    const auto& c = card.checks[i];
    out << (i ? ",\n       " : "\n       ") << "{\"id\": \"" << c.id << "\", \"category\": \""
        << c.category << "\", \"applicable\": " << (c.applicable ? "true" : "false")
        << ", \"score\": " << (c.applicable ? format_fixed(c.score, 2) : "null")
        << ", \"weight\": " << format_fixed(c.weight, 2) << ", \"reason\": \""
        << json_escape(c.reason) << "\", \"details\": [";
    for (std::size_t k = 0; k < c.details.size(); ++k) {
      out << (k ? ", " : "") << "{\"line\": " << c.details[k].line << ", \"text\": \""
          << json_escape(c.details[k].text) << "\"}";
    }
    out << "]}";
  }
  out << "],\n     \"phases\": [";
  for (std::size_t i = 0; i < card.phases.size(); ++i) {
    const auto& p = card.phases[i];
    out << (i ? ", " : "") << "{\"phase\": \"" << json_escape(p.phase)
        << "\", \"touchpoints\": " << p.touchpoints
        << ", \"mean_emotion\": " << (p.mean_emotion ? format_fixed(*p.mean_emotion, 2) : "null")
        << ", \"lowest_emotion\": "
        << (p.lowest_emotion ? std::to_string(*p.lowest_emotion) : "null")
        << ", \"pains\": " << p.pains << "}";
  }
  out << "],\n     \"minimums\": [";
  for (std::size_t i = 0; i < card.minimums.size(); ++i) {
    const auto& m = card.minimums[i];
    out << (i ? ", " : "") << "{\"check\": \"" << m.check
        << "\", \"expected\": " << format_fixed(m.expected, 2)
        << ", \"actual\": " << (m.applicable ? format_fixed(m.actual, 2) : "null")
        << ", \"met\": " << (m.met ? "true" : "false") << "}";
  }
  out << "]}";
}

void markdown_card(const Scorecard& card, bool details, std::ostream& out) {
  out << "### `" << markdown_text(card.file) << "`: " << format_fixed(card.total, 0) << "/100\n\n"
      << "| " << tr("category") << " | " << tr("check") << " | " << tr("score") << " | "
      << tr("reason") << " |\n|---|---|---:|---|\n";
  for (const auto& check : card.checks) {
    out << "| " << check.category << " | `" << check.id << "` | "
        << (check.applicable ? decimal(check.score, 1) : std::string(tr("n/a"))) << " | "
        << markdown_text(check.reason);
    if (details) {
      for (const auto& d : check.details)
        out << "<br>" << markdown_text(translate("line %1$s: %2$s", d.line, d.text));
    }
    out << " |\n";
  }
  out << "\n| " << tr("phase") << " | " << tr("touchpoints") << " | " << tr("mean emotion") << " | "
      << tr("lowest") << " | " << tr("pains") << " |\n|---|---:|---:|---:|---:|\n";
  for (const auto& p : card.phases) {
    out << "| " << markdown_text(p.phase) << " | " << p.touchpoints << " | "
        << (p.mean_emotion ? decimal(*p.mean_emotion, 2) : "-") << " | "
        << (p.lowest_emotion ? std::to_string(*p.lowest_emotion) : "-") << " | " << p.pains
        << " |\n";
  }
  out << "\n";
}

std::vector<const Scorecard*> ranked(const std::vector<Scorecard>& cards) {
  std::vector<const Scorecard*> order;
  for (const auto& c : cards) order.push_back(&c);
  std::stable_sort(order.begin(), order.end(),
                   [](const Scorecard* a, const Scorecard* b) { return a->total > b->total; });
  return order;
}

}  // namespace

void write_scorecards(const std::vector<Scorecard>& cards, ScoreFormat format, bool details,
                      std::ostream& out) {
  switch (format) {
    case ScoreFormat::text:
      for (std::size_t i = 0; i < cards.size(); ++i) {
        if (i) out << "\n";
        text_card(cards[i], details, out);
      }
      if (cards.size() > 1) {
        out << "\n" << tr("ranking") << "\n";
        int rank = 0;
        for (const Scorecard* c : ranked(cards)) {
          out << "  " << std::setw(2) << ++rank << ". " << std::setw(3) << format_fixed(c->total, 0)
              << "  " << terminal_text(c->file) << "\n";
        }
      }
      break;
    case ScoreFormat::json: {
      out << "{\n  \"version\": 1,\n  \"scorecards\": [\n";
      for (std::size_t i = 0; i < cards.size(); ++i) {
        if (i) out << ",\n";
        json_card(cards[i], out);
      }
      out << "\n  ],\n  \"ranking\": [";
      bool first = true;
      for (const Scorecard* c : ranked(cards)) {
        out << (first ? "" : ", ") << "\"" << json_escape(c->file) << "\"";
        first = false;
      }
      out << "]\n}\n";
      break;
    }
    case ScoreFormat::markdown:
      for (const auto& card : cards) markdown_card(card, details, out);
      if (cards.size() > 1) {
        out << "| " << tr("rank") << " | " << tr("score") << " | " << tr("journey")
            << " |\n|---:|---:|---|\n";
        int rank = 0;
        for (const Scorecard* c : ranked(cards)) {
          out << "| " << ++rank << " | " << format_fixed(c->total, 0) << " | `"
              << markdown_text(c->file) << "` |\n";
        }
      }
      break;
  }
}

namespace {

using Moved = std::vector<std::pair<const CheckResult*, const CheckResult*>>;

std::string shown_score(const CheckResult* c) {
  return c->applicable ? decimal(c->score, 1) : std::string(tr("n/a"));
}

void text_comparison(const Scorecard& a, const Scorecard& b, const Moved& moved,
                     std::ostream& out) {
  double delta = b.total - a.total;
  std::string sign = delta > 0 ? "+" : "";
  // "old" and "new" lead their lines; the points stand under the totals.
  std::size_t label = std::max(points_of(tr("old")), points_of(tr("new"))) + 2;
  out << pad(tr("old"), label) << decimal(a.total, 1) << "/100  " << terminal_text(a.file) << "\n"
      << pad(tr("new"), label) << decimal(b.total, 1) << "/100  " << terminal_text(b.file) << "\n"
      << std::string(label, ' ') << translate("%1$s points", sign + decimal(delta, 1)) << "\n";
  if (moved.empty()) {
    out << tr("no check moved") << "\n";
    return;
  }
  std::size_t check = column(tr("check"), 22), old_score = column(tr("old"), 6, true),
              new_score = column(tr("new"), 6, true);
  out << "\n  " << pad(tr("check"), check) << pad(tr("old"), old_score) << pad(tr("new"), new_score)
      << tr("now") << "\n";
  for (const auto& [x, y] : moved) {
    out << "  " << pad(x->id, check) << pad(shown_score(x), old_score)
        << pad(shown_score(y), new_score) << terminal_text(y->reason) << "\n";
  }
}

}  // namespace

void write_score_comparison(const Scorecard& a, const Scorecard& b, ScoreFormat format,
                            std::ostream& out) {
  Moved moved;
  for (const auto& x : a.checks) {
    for (const auto& y : b.checks) {
      if (x.id != y.id) continue;
      bool changed =
          x.applicable != y.applicable || (x.applicable && std::fabs(x.score - y.score) >= 0.05);
      if (changed) moved.push_back({&x, &y});
    }
  }
  double delta = b.total - a.total;
  std::string sign = delta > 0 ? "+" : "";
  if (format == ScoreFormat::json) {
    out << "{\n  \"version\": 1,\n  \"old\": {\"file\": \"" << json_escape(a.file)
        << "\", \"total\": " << format_fixed(a.total, 2) << "},\n  \"new\": {\"file\": \""
        << json_escape(b.file) << "\", \"total\": " << format_fixed(b.total, 2)
        << "},\n  \"delta\": " << format_fixed(delta, 2) << ",\n  \"moved\": [";
    for (std::size_t i = 0; i < moved.size(); ++i) {
      out << (i ? ",\n    " : "\n    ") << "{\"check\": \"" << moved[i].first->id << "\", \"old\": "
          << (moved[i].first->applicable ? format_fixed(moved[i].first->score, 2) : "null")
          << ", \"new\": "
          << (moved[i].second->applicable ? format_fixed(moved[i].second->score, 2) : "null")
          << ", \"reason\": \"" << json_escape(moved[i].second->reason) << "\"}";
    }
    out << (moved.empty() ? "]\n}\n" : "\n  ]\n}\n");
    return;
  }
  if (format == ScoreFormat::markdown) {
    out << "### "
        << translate("Score: %1$s -> %2$s (%3$s)", decimal(a.total, 1), decimal(b.total, 1),
                     sign + decimal(delta, 1))
        << "\n\n| " << tr("check") << " | " << tr("old") << " | " << tr("new") << " | " << tr("now")
        << " |\n|---|---:|---:|---|\n";
    for (const auto& [x, y] : moved) {
      out << "| `" << x->id << "` | " << shown_score(x) << " | " << shown_score(y) << " | "
          << markdown_text(y->reason) << " |\n";
    }
    return;
  }
  text_comparison(a, b, moved, out);
}

}  // namespace journey
