// SPDX-License-Identifier: Apache-2.0
// Current against future state: journeys mapped both as they are and as designed, paired by title
// or by file name, side by side with the semantic diff from one to the other.
#include <cctype>
#include <sstream>

#include "html.hpp"
#include "journey/diff.hpp"
#include "journey/lint.hpp"
#include "journey_page.hpp"
#include "portfolio.hpp"

namespace journey::site {

namespace {

std::string title_key(const std::string& title) {
  std::string out;
  for (char ch : title) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (!std::isspace(c)) out += static_cast<char>(std::tolower(c));
  }
  return out;
}

// The slug without a -current, -future, -as-is or -to-be ending.
std::string stem_key(const std::string& slug) {
  for (const char* end : {"-current", "-future", "-as-is", "-to-be"}) {
    std::string e(end);
    if (slug.size() > e.size() && slug.compare(slug.size() - e.size(), e.size(), e) == 0) {
      return slug.substr(0, slug.size() - e.size());
    }
  }
  return slug;
}

using Pair = std::pair<const Summary*, const Summary*>;  // current, future

std::vector<Pair> pairs_of(const std::vector<Summary>& journeys) {
  std::vector<Pair> pairs;
  std::vector<bool> taken(journeys.size(), false);
  for (const Summary& f : journeys) {
    if (!f.loaded || f.state != "future") continue;
    const Summary* match = nullptr;
    for (int pass = 0; pass < 2 && match == nullptr; ++pass) {
      for (const Summary& c : journeys) {
        if (!c.loaded || c.state != "current" || taken[c.index]) continue;
        bool same = pass == 0 ? title_key(c.title) == title_key(f.title)
                              : stem_key(c.slug) == stem_key(f.slug);
        if (same) {
          match = &c;
          break;
        }
      }
    }
    if (match == nullptr) continue;
    taken[match->index] = true;
    pairs.push_back({match, &f});
  }
  return pairs;
}

std::string figure_text(const Summary& s, const Words& w) {
  return s.scored ? w.number(s.score, 0) : std::string("—");
}

void write_pair_row(std::ostream& out, const Pair& p, const Words& w) {
  const Figures& a = p.first->figures;
  const Figures& b = p.second->figures;
  out << "<tr><th scope=\"row\">" << journey_link(*p.first) << "</th><td>"
      << journey_link(*p.second) << "</td><td class=\"num\">" << figure_text(*p.first, w) << " → "
      << figure_text(*p.second, w) << "</td><td class=\"num\">" << a.touchpoints << " → "
      << b.touchpoints << "</td><td class=\"num\">"
      << (a.has_emotion ? w.number(a.mean_emotion, 2) : "—") << " → "
      << (b.has_emotion ? w.number(b.mean_emotion, 2) : "—") << "</td><td class=\"num\">" << a.pains
      << " → " << b.pains << "</td><td><a href=\"compare/" << p.second->slug << ".html\">"
      << w.side_by_side << "</a></td></tr>\n";
}

std::string states_page(const std::vector<Pair>& pairs, const Words& w, const std::string& date) {
  std::ostringstream out;
  PageFrame frame{std::string(w.states) + " – " + w.site, "", Section::states, &w, date};
  begin_page(out, frame);
  out << "<h1>" << w.states << "</h1>\n<p>" << w.states_intro << "</p>\n";
  if (pairs.empty()) {
    out << "<p>" << w.no_states << "</p>\n";
  } else {
    out << "<div class=\"scroll\">\n<table class=\"states\">\n<thead><tr><th scope=\"col\">"
        << w.current_state << "</th><th scope=\"col\">" << w.future_state
        << "</th><th scope=\"col\">" << w.score << "</th><th scope=\"col\">" << w.touchpoints
        << "</th><th scope=\"col\">" << w.mean_emotion << "</th><th scope=\"col\">" << w.pain_points
        << "</th><th scope=\"col\">" << w.compare << "</th></tr></thead>\n<tbody>\n";
    for (const Pair& p : pairs) write_pair_row(out, p, w);
    out << "</tbody>\n</table>\n</div>\n";
  }
  end_page(out, frame);
  return out.str();
}

void write_side(std::ostream& out, const Summary& s, const char* state, const Words& w) {
  out << "<section class=\"side\" aria-label=\"" << state << "\">\n<h2>" << state << ": "
      << journey_link(s, "../") << "</h2>\n<dl class=\"figures\">\n<div><dt>" << w.score
      << "</dt><dd>" << score_html(s, w) << "</dd></div>\n<div><dt>" << w.touchpoints << "</dt><dd>"
      << s.figures.touchpoints << "</dd></div>\n<div><dt>" << w.mean_emotion << "</dt><dd>"
      << (s.figures.has_emotion ? w.number(s.figures.mean_emotion, 2) : "—")
      << "</dd></div>\n<div><dt>" << w.pain_points << "</dt><dd>" << s.figures.pains
      << "</dd></div>\n</dl>\n";
  if (s.scored) {
    for (RenderView view : {RenderView::flow, RenderView::emotion}) {
      std::string file = "../journeys/" + s.slug + "." + to_string(view) + ".svg";
      out << "<h3>" << view_name(view, w) << "</h3>\n<figure class=\"view\"><div class=\"scroll\">"
          << "<img src=\"" << file << "\" alt=\"" << view_name(view, w) << ": " << esc(s.title)
          << "\"></div><figcaption><a href=\"" << file << "\">" << w.full_size
          << "</a></figcaption></figure>\n";
    }
  }
  out << "</section>\n";
}

// The diff from the current journey to the future one; both are read again (only pairs are).
void write_pair_diff(std::ostream& out, const Pair& p, const SiteOptions& options, const Words& w) {
  ConfigResolver resolver(options.config, PathScope(options.allowed));
  std::string error;
  auto config = resolver.for_file(p.second->file, error);
  if (!config) return;
  LintOptions lint;
  lint.today = options.today;
  lint.language = options.language;  // one language on every page, whatever lang: says
  Analysis a = analyze_file(p.first->file, *config, lint);
  Analysis b = analyze_file(p.second->file, *config, lint);
  out << "<section aria-labelledby=\"changes-h\">\n<h2 id=\"changes-h\">" << w.from_current
      << "</h2>\n";
  if (a.journey && b.journey) {
    DiffOptions diff_options;
    diff_options.classes = config->change_classes;
    DiffResult d = diff_journeys({p.first->file, &*a.journey, a.model},
                                 {p.second->file, &*b.journey, b.model}, diff_options);
    write_change_table(out, d, w);
  }
  out << "</section>\n";
}

std::string compare_page(const Pair& p, const SiteOptions& options, const Words& w) {
  std::ostringstream out;
  std::string date = options.today.to_string();
  PageFrame frame{p.second->title + " – " + w.compare, "../", Section::states, &w, date};
  begin_page(out, frame);
  out << "<p class=\"crumbs\"><a href=\"../states.html\">" << w.states << "</a></p>\n<h1>"
      << esc(p.second->title) << " – " << w.side_by_side << "</h1>\n<div class=\"pair\">\n";
  write_side(out, *p.first, w.current_state, w);
  write_side(out, *p.second, w.future_state, w);
  out << "</div>\n";
  write_pair_diff(out, p, options, w);
  end_page(out, frame);
  return out.str();
}

}  // namespace

bool write_state_pages(SiteWriter& site, const std::vector<Summary>& journeys) {
  const Words& w = words_for(site.options().language);
  std::vector<Pair> pairs = pairs_of(journeys);
  if (!site.write("states.html", states_page(pairs, w, site.options().today.to_string()))) {
    return false;
  }
  for (const Pair& p : pairs) {
    if (!site.write("compare/" + p.second->slug + ".html", compare_page(p, site.options(), w))) {
      return false;
    }
  }
  return true;
}

}  // namespace journey::site
