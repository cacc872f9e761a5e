// SPDX-License-Identifier: Apache-2.0
// Which channels, owners and personas appear in which journeys.
#include <algorithm>
#include <cctype>
#include <map>
#include <sstream>
#include <tuple>

#include "html.hpp"
#include "portfolio.hpp"

namespace journey::site {

namespace {

std::vector<const Summary*> by_title(const std::vector<Summary>& journeys) {
  std::vector<const Summary*> rows;
  for (const Summary& s : journeys) rows.push_back(&s);
  std::stable_sort(rows.begin(), rows.end(), [](const Summary* a, const Summary* b) {
    return std::tie(a->title, a->index) < std::tie(b->title, b->index);
  });
  return rows;
}

// One row per channel or owner: the journeys it appears in, with its touchpoints in each.
struct Usage {
  std::size_t touchpoints = 0;
  std::vector<std::pair<const Summary*, std::string>> journeys;  // with "3" or "3, owner"
};

struct Table {
  const char* file;
  Section section;
  const char* Words::*title;
  const char* Words::*intro;
  const char* Words::*column;
  std::vector<Count> Summary::*field;
  bool journey_owner;  // the journeys' own owners count too
};

std::map<std::string, Usage> usage_of(const Table& t, const std::vector<Summary>& journeys,
                                      const Words& w) {
  std::map<std::string, Usage> rows;
  for (const Summary* s : by_title(journeys)) {
    std::map<std::string, std::string> notes;
    for (const Count& c : s->*t.field) {
      rows[c.name].touchpoints += c.touchpoints;
      notes[c.name] = std::to_string(c.touchpoints);
    }
    if (t.journey_owner && !s->owner.empty()) {
      std::string& note = notes[s->owner];
      note += (note.empty() ? "" : ", ") + std::string(w.journey_owner);
    }
    for (const auto& [name, note] : notes) rows[name].journeys.push_back({s, note});
  }
  return rows;
}

std::string usage_page(const Table& t, const std::vector<Summary>& journeys, const Words& w,
                       const std::string& date) {
  std::map<std::string, Usage> rows = usage_of(t, journeys, w);
  std::vector<const std::pair<const std::string, Usage>*> order;
  for (const auto& row : rows) order.push_back(&row);
  std::stable_sort(order.begin(), order.end(), [](const auto* a, const auto* b) {
    return a->second.journeys.size() > b->second.journeys.size();
  });
  std::ostringstream out;
  PageFrame frame{std::string(w.*t.title) + " – " + w.site, "", t.section, &w, date};
  begin_page(out, frame);
  out << "<h1>" << w.*t.title << "</h1>\n<p>" << w.*t.intro << "</p>\n";
  if (order.empty()) {
    out << "<p>" << w.nothing << "</p>\n";
    end_page(out, frame);
    return out.str();
  }
  out << "<div class=\"scroll\">\n<table class=\"usage\">\n<thead><tr><th scope=\"col\">"
      << w.*t.column << "</th><th scope=\"col\" class=\"num\">" << w.number_of_journeys
      << "</th><th scope=\"col\" class=\"num\">" << w.touchpoints << "</th><th scope=\"col\">"
      << w.journeys << "</th></tr></thead>\n<tbody>\n";
  for (const auto* row : order) {
    out << "<tr><th scope=\"row\">" << esc(row->first) << "</th><td class=\"num\">"
        << row->second.journeys.size() << "</td><td class=\"num\">" << row->second.touchpoints
        << "</td><td><ul class=\"inline\">";
    for (const auto& [s, note] : row->second.journeys) {
      out << "<li>" << journey_link(*s) << " <span class=\"muted\">(" << esc(note)
          << ")</span></li>";
    }
    out << "</ul></td></tr>\n";
  }
  out << "</tbody>\n</table>\n</div>\n";
  end_page(out, frame);
  return out.str();
}

std::string persona_page(const std::vector<Summary>& journeys, const Words& w,
                         const std::string& date) {
  // Personas are written per journey: the same name (ignoring case) is taken as the same persona.
  std::map<std::string, std::pair<std::string, std::vector<const Summary*>>> groups;
  for (const Summary* s : by_title(journeys)) {
    for (const auto& name : s->personas) {
      std::string key = name;
      for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      auto& g = groups[key];
      if (g.first.empty()) g.first = name;
      if (g.second.empty() || g.second.back() != s) g.second.push_back(s);
    }
  }
  std::ostringstream out;
  PageFrame frame{std::string(w.personas) + " – " + w.site, "", Section::personas, &w, date};
  begin_page(out, frame);
  out << "<h1>" << w.personas << "</h1>\n<p>" << w.personas_intro << "</p>\n";
  if (groups.empty()) {
    out << "<p>" << w.nothing << "</p>\n";
    end_page(out, frame);
    return out.str();
  }
  out << "<div class=\"scroll\">\n<table class=\"personas\">\n<thead><tr><th scope=\"col\">"
      << w.persona << "</th><th scope=\"col\" class=\"num\">" << w.number_of_journeys
      << "</th><th scope=\"col\">" << w.journeys << "</th></tr></thead>\n<tbody>\n";
  for (const auto& [key, group] : groups) {
    out << "<tr><th scope=\"row\">" << esc(group.first) << "</th><td class=\"num\">"
        << group.second.size() << "</td><td><ul class=\"inline\">";
    for (const Summary* s : group.second) out << "<li>" << journey_link(*s) << "</li>";
    out << "</ul></td></tr>\n";
  }
  out << "</tbody>\n</table>\n</div>\n";
  end_page(out, frame);
  return out.str();
}

}  // namespace

bool write_usage_pages(SiteWriter& site, const std::vector<Summary>& journeys) {
  const Words& w = words_for(site.options().language);
  std::string date = site.options().today.to_string();
  const Table tables[] = {
      {"channels.html", Section::channels, &Words::channels, &Words::channels_intro,
       &Words::channel, &Summary::channels, false},
      {"owners.html", Section::owners, &Words::owners, &Words::owners_intro, &Words::owner,
       &Summary::owners, true},
  };
  for (const Table& t : tables) {
    if (!site.write(t.file, usage_page(t, journeys, w, date))) return false;
  }
  return site.write("personas.html", persona_page(journeys, w, date));
}

}  // namespace journey::site
