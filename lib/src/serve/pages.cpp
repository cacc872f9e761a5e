// SPDX-License-Identifier: Apache-2.0
#include "pages.hpp"

#include <sstream>

#include "../site/html.hpp"
#include "journey/messages.hpp"
#include "journey/numbers.hpp"
#include "journey/version.hpp"

namespace journey::serve {

namespace {

using site::esc;

void begin(std::ostream& out, const std::string& title, const std::string& slug,
           std::uint64_t generation, const std::string& theme) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << esc(title) << "</title>\n"
      << "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n"
      << "<link rel=\"stylesheet\" href=\"/style.css?theme=" << esc(theme) << "\">\n"
      << "<script src=\"/live.js\" defer></script>\n</head>\n"
      << "<body data-journey=\"" << esc(slug) << "\" data-generation=\"" << generation << "\">\n"
      << "<header class=\"site\">\n<p class=\"brand\"><a href=\"/\">journey serve</a></p>\n"
      << "</header>\n<main id=\"content\">\n";
}

void end(std::ostream& out) {
  out << "</main>\n<footer class=\"site\">\n<p>journey " << k_version << " · "
      << esc(tr("the page reloads when a file changes.")) << "</p>\n</footer>\n</body>\n</html>\n";
}

std::string title_of(const Entry& e) {
  const Checked* c = e.latest ? e.latest.get() : nullptr;
  if (c != nullptr && c->analysis.journey && !c->analysis.journey->title.value.empty()) {
    return c->analysis.journey->title.value;
  }
  return e.file;
}

std::size_t count(const Checked& c, Severity s) {
  std::size_t n = 0;
  for (const Finding& f : c.analysis.report.findings) n += f.severity == s ? 1 : 0;
  return n;
}

void findings_section(std::ostream& out, const Entry& e) {
  const Checked& c = *e.latest;
  const FileReport& r = c.analysis.report;
  if (r.findings.empty() && r.error.empty()) return;
  bool errors = c.analysis.has_errors();
  out << "<section id=\"findings\" class=\"findings" << (errors ? " has-errors" : "") << "\">\n"
      << "<h2>Findings</h2>\n";
  if (errors && e.good) {
    out << "<p class=\"note\">"
        << esc(tr("The journey has lint errors: the pictures below are the last good version."))
        << "</p>\n";
  }
  if (!r.error.empty()) out << "<p class=\"error\">" << esc(r.error) << "</p>\n";
  out << "<table>\n<thead><tr><th>line</th><th>severity</th><th>finding</th><th>rule</th></tr>"
         "</thead>\n<tbody>\n";
  for (const Finding& f : r.findings) {
    std::string where = (f.file.empty() ? "" : f.file + ":") + std::to_string(f.span.line) + ":" +
                        std::to_string(f.span.column);
    out << "<tr class=\"" << to_string(f.severity) << "\"><td>" << esc(where) << "</td><td>"
        << to_string(f.severity) << "</td><td>" << esc(f.message) << "</td><td><code>"
        << esc(f.rule) << "</code></td></tr>\n";
  }
  out << "</tbody>\n</table>\n</section>\n";
}

}  // namespace

std::string index_page(const std::vector<std::shared_ptr<const Entry>>& entries,
                       std::uint64_t generation) {
  std::ostringstream out;
  begin(out, "Journeys", "", generation, "light");
  out << "<h1>Journeys</h1>\n<table>\n<thead><tr><th>journey</th><th>file</th><th>touchpoints"
         "</th><th>score</th><th>errors</th><th>warnings</th></tr></thead>\n<tbody>\n";
  for (const auto& e : entries) {
    const Checked* c = e->latest.get();
    if (c == nullptr) continue;
    std::size_t touchpoints = c->analysis.journey ? c->analysis.journey->touchpoints.size() : 0;
    out << "<tr><th scope=\"row\"><a href=\"/j/" << esc(e->slug) << "\">" << esc(title_of(*e))
        << "</a></th><td>" << esc(e->file) << "</td><td>" << touchpoints << "</td><td>"
        << (c->card ? format_fixed(c->card->total, 0) : "—") << "</td><td>"
        << count(*c, Severity::error) + (c->analysis.report.error.empty() ? 0 : 1) << "</td><td>"
        << count(*c, Severity::warning) << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
  end(out);
  return out.str();
}

namespace {

void option(std::ostream& out, const std::string& value, const std::string& label,
            const std::string& selected) {
  out << "<option value=\"" << esc(value) << "\"" << (value == selected ? " selected" : "") << ">"
      << esc(label) << "</option>";
}

void controls_form(std::ostream& out, const Entry& e, const Controls& c) {
  const Analysis& a = e.good->analysis;
  out << "<form class=\"controls\" method=\"get\" action=\"/j/" << esc(e.slug) << "\">\n"
      << "<label>view <select name=\"view\">";
  option(out, "", "all", c.view);
  for (RenderView v : render_views()) {
    if (view_applies(v, *a.journey)) option(out, to_string(v), to_string(v), c.view);
  }
  out << "</select></label>\n<label>persona <select name=\"persona\">";
  option(out, "", "all", c.persona);
  for (const Persona& p : a.journey->personas) option(out, p.id.value, p.name.value, c.persona);
  out << "</select></label>\n<label>phase <select name=\"phase\">";
  option(out, "", "all", c.phase);
  for (const ModelPhase& p : a.model->phases) option(out, p.id, p.name_en, c.phase);
  out << "</select></label>\n<label>language <select name=\"lang\">";
  option(out, "en", "English", c.language);
  option(out, "nl", "Nederlands", c.language);
  out << "</select></label>\n<label>theme <select name=\"theme\">";
  for (const std::string& t : render_themes()) option(out, t, t, c.theme);
  out << "</select></label>\n<button type=\"submit\">Show</button>\n</form>\n";
}

std::string picture_url(const Entry& e, RenderView v, const Controls& c) {
  return "/j/" + e.slug + "/" + to_string(v) + ".svg?g=" + std::to_string(e.good->generation) +
         "&persona=" + c.persona + "&phase=" + c.phase + "&lang=" + c.language +
         "&theme=" + c.theme;
}

void scorecard_section(std::ostream& out, const Scorecard& card) {
  out << "<section id=\"scorecard\">\n<h2>Score: " << format_fixed(card.total, 0)
      << "/100</h2>\n<table>\n<thead><tr><th>category</th><th>check</th><th>score</th>"
         "<th>reason</th></tr></thead>\n<tbody>\n";
  for (const CheckResult& check : card.checks) {
    out << "<tr><td>" << esc(check.category) << "</td><td>" << esc(check.id) << "</td><td>"
        << (check.applicable ? format_fixed(check.score, 1) : "n/a") << "</td><td>"
        << esc(check.reason) << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n</section>\n";
}

}  // namespace

std::string journey_page(const Entry& e, const Controls& c, std::uint64_t generation) {
  std::ostringstream out;
  begin(out, title_of(e), e.slug, generation, c.theme);
  out << "<p class=\"crumbs\"><a href=\"/\">Journeys</a></p>\n<h1>" << esc(title_of(e))
      << "</h1>\n<p class=\"muted\">" << esc(e.file) << "</p>\n";
  if (e.latest) findings_section(out, e);
  if (!e.good) {
    out << "<p class=\"note\">" << esc(tr("Not drawn yet: fix the errors above and save."))
        << "</p>\n";
    end(out);
    return out.str();
  }
  controls_form(out, e, c);
  for (RenderView v : render_views()) {
    if (!c.view.empty() && c.view != to_string(v)) continue;
    if (!view_applies(v, *e.good->analysis.journey)) continue;
    out << "<figure class=\"view\" id=\"view-" << to_string(v) << "\">\n<div class=\"scroll\">"
        << "<img src=\"" << esc(picture_url(e, v, c)) << "\" alt=\"" << to_string(v) << " view of "
        << esc(title_of(e)) << "\"></div>\n<figcaption>" << to_string(v)
        << "</figcaption>\n</figure>\n";
  }
  if (e.good->card) scorecard_section(out, *e.good->card);
  end(out);
  return out.str();
}

const char* live_script() {
  return "// journey serve: reload when this page's journey (or any, on the index) changed.\n"
         "const events = new EventSource('/events');\n"
         "events.addEventListener('change', (event) => {\n"
         "  const mine = document.body.dataset.journey;\n"
         "  if (!mine || event.data === mine) location.reload();\n"
         "});\n";
}

std::string error_picture(const std::string& message) {
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"40\" role=\"img\">"
         "<text x=\"8\" y=\"24\" font-family=\"sans-serif\" font-size=\"14\" fill=\"#b42318\">" +
         esc(message) + "</text></svg>\n";
}

}  // namespace journey::serve
