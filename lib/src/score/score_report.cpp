// SPDX-License-Identifier: Apache-2.0
// Scorecards as text tables, JSON and Markdown.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iomanip>
#include "journey/numbers.hpp"

#include "journey/escape.hpp"
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

std::string pad(std::string s, std::size_t width) {
  // Pad by code points so that names with accents line up.
  std::size_t points = 0;
  for (unsigned char c : s) points += (c & 0xC0) != 0x80;
  if (points < width) s.append(width - points, ' ');
  return s;
}

void text_card(const Scorecard& card, bool details, std::ostream& out) {
  out << terminal_text(card.file) << ": " << format_fixed(card.total, 0) << "/100\n\n";
  out << "  " << pad("category", 12) << pad("check", 22) << pad("score", 7) << "reason\n";
  std::vector<std::string> left_out;
  for (const auto& cat : card.categories) {
    for (const auto& check : card.checks) {
      if (check.category != cat.id) continue;
      if (!check.applicable) {
        left_out.push_back(check.id + " (" + check.reason + ")");
        out << "  " << pad(cat.id, 12) << pad(check.id, 22) << pad("n/a", 7)
            << terminal_text(check.reason) << "\n";
        continue;
      }
      out << "  " << pad(cat.id, 12) << pad(check.id, 22) << pad(format_fixed(check.score), 7)
          << terminal_text(check.reason) << "\n";
      if (details) {
        for (const auto& d : check.details) {
          out << "  " << std::string(34, ' ') << terminal_text(card.file) << ":" << d.line << ": "
              << terminal_text(d.text) << "\n";
        }
      }
    }
  }
  out << "\n  " << pad("category", 12) << pad("weight", 8) << "score\n";
  for (const auto& cat : card.categories) {
    out << "  " << pad(cat.id, 12) << pad(format_fixed(cat.weight, 0), 8)
        << (cat.applicable ? format_fixed(cat.score) + "/10" : std::string("n/a (left out)"))
        << "\n";
  }
  out << "\n  " << pad("phase", 28) << pad("touchpoints", 13) << pad("mean emotion", 14)
      << pad("lowest", 8) << "pains\n";
  for (const auto& p : card.phases) {
    out << "  " << pad(terminal_text(p.phase), 28) << pad(std::to_string(p.touchpoints), 13)
        << pad(p.mean_emotion ? format_fixed(*p.mean_emotion, 2) : "-", 14)
        << pad(p.lowest_emotion ? std::to_string(*p.lowest_emotion) : "-", 8) << p.pains << "\n";
  }
  if (!left_out.empty()) {
    out << "\n  not applicable, left out of the total: ";
    for (std::size_t i = 0; i < left_out.size(); ++i) out << (i ? "; " : "") << left_out[i];
    out << "\n";
  }
  for (const auto& m : card.minimums) {
    out << "  minimum " << m.check << ": expected >= " << format_fixed(m.expected) << ", actual "
        << (m.applicable ? format_fixed(m.actual) : std::string("n/a")) << " -> "
        << (m.met ? "ok" : "FAILED") << "\n";
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
      << "| category | check | score | reason |\n|---|---|---:|---|\n";
  for (const auto& check : card.checks) {
    out << "| " << check.category << " | `" << check.id << "` | "
        << (check.applicable ? format_fixed(check.score) : "n/a") << " | "
        << markdown_text(check.reason);
    if (details) {
      for (const auto& d : check.details)
        out << "<br>line " << d.line << ": " << markdown_text(d.text);
    }
    out << " |\n";
  }
  out << "\n| phase | touchpoints | mean emotion | lowest | pains |\n|---|---:|---:|---:|---:|\n";
  for (const auto& p : card.phases) {
    out << "| " << markdown_text(p.phase) << " | " << p.touchpoints << " | "
        << (p.mean_emotion ? format_fixed(*p.mean_emotion, 2) : "-") << " | "
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
        out << "\nranking\n";
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
        out << "| rank | score | journey |\n|---:|---:|---|\n";
        int rank = 0;
        for (const Scorecard* c : ranked(cards)) {
          out << "| " << ++rank << " | " << format_fixed(c->total, 0) << " | `"
              << markdown_text(c->file) << "` |\n";
        }
      }
      break;
  }
}

void write_score_comparison(const Scorecard& a, const Scorecard& b, ScoreFormat format,
                            std::ostream& out) {
  std::vector<std::pair<const CheckResult*, const CheckResult*>> moved;
  for (const auto& x : a.checks) {
    for (const auto& y : b.checks) {
      if (x.id != y.id) continue;
      bool changed =
          x.applicable != y.applicable || (x.applicable && std::fabs(x.score - y.score) >= 0.05);
      if (changed) moved.push_back({&x, &y});
    }
  }
  auto score = [](const CheckResult* c) { return c->applicable ? format_fixed(c->score) : "n/a"; };
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
    out << "### Score: " << format_fixed(a.total, 1) << " -> " << format_fixed(b.total, 1) << " ("
        << sign << format_fixed(delta, 1)
        << ")\n\n| check | old | new | now |\n|---|---:|---:|---|\n";
    for (const auto& [x, y] : moved) {
      out << "| `" << x->id << "` | " << score(x) << " | " << score(y) << " | "
          << markdown_text(y->reason) << " |\n";
    }
    return;
  }
  out << "old  " << format_fixed(a.total, 1) << "/100  " << terminal_text(a.file) << "\nnew  "
      << format_fixed(b.total, 1) << "/100  " << terminal_text(b.file) << "\n     " << sign
      << format_fixed(delta, 1) << " points\n";
  if (moved.empty()) {
    out << "no check moved\n";
    return;
  }
  out << "\n  " << pad("check", 22) << pad("old", 6) << pad("new", 6) << "now\n";
  for (const auto& [x, y] : moved) {
    out << "  " << pad(x->id, 22) << pad(score(x), 6) << pad(score(y), 6)
        << terminal_text(y->reason) << "\n";
  }
}

}  // namespace journey
