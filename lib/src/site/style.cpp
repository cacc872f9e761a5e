// SPDX-License-Identifier: Apache-2.0
// The site's one style sheet (screen and print) and its icon. System fonts only: nothing is
// fetched from anywhere.
#include <sstream>

#include "journey/render.hpp"
#include "portfolio.hpp"

namespace journey::site {

namespace {

struct Palette {
  const char* bg;
  const char* fg;
  const char* muted;
  const char* border;
  const char* head;    // table heads, boxes
  const char* accent;  // links, chart lines
  const char* error;
  const char* warning;
  const char* ok;
};

const Palette k_light{"#ffffff", "#1f2328", "#59636e", "#d1d9e0", "#f6f8fa",
                      "#0b5cad", "#b42318", "#8a5a00", "#1a7f37"};
const Palette k_dark{"#16181c", "#e6edf3", "#a0aab4", "#3d444d", "#22262c",
                     "#79b8ff", "#ff8a80", "#e3b341", "#7ee787"};
const Palette k_print{"#ffffff", "#000000", "#333333", "#888888", "#ffffff",
                      "#000000", "#000000", "#000000", "#000000"};

// Everything but the colours, which come from the theme's variables.
const char* const k_rules = R"css(
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); line-height: 1.45;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans",
    sans-serif; }
a { color: var(--accent); }
a:hover { text-decoration-thickness: 2px; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em;
  overflow-wrap: anywhere; }
h1 { font-size: 1.7rem; line-height: 1.2; margin: 0.4em 0 0.3em; overflow-wrap: anywhere; }
h2 { font-size: 1.3rem; margin: 1.8em 0 0.6em; padding-bottom: 0.2em;
  border-bottom: 1px solid var(--border); }
h3 { font-size: 1.05rem; margin: 1.3em 0 0.4em; }
h4 { font-size: 0.95rem; margin: 0.8em 0 0.2em; }
.skip { position: absolute; left: -999px; top: 0; background: var(--bg); padding: 0.4em; }
.skip:focus { left: 0.5em; }
header.site { border-bottom: 1px solid var(--border); background: var(--head);
  padding: 0.5em 1.5em; display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.4em 2em; }
header.site .brand { margin: 0; font-weight: 700; }
header.site .brand a { color: var(--fg); text-decoration: none; }
header.site ul, nav.orders ul, nav.contents ul, ul.inline, ul.meta { list-style: none;
  margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3em 1.2em; }
nav a[aria-current="page"] { color: var(--fg); font-weight: 700; text-decoration: none; }
main { max-width: 1320px; margin: 0 auto; padding: 0.5em 1.5em 2em; }
footer.site { max-width: 1320px; margin: 0 auto; padding: 1em 1.5em 2em; color: var(--muted);
  font-size: 0.85em; border-top: 1px solid var(--border); }
ul.meta { color: var(--muted); margin: 0.3em 0 0.8em; }
ul.meta li:not(:last-child)::after { content: "·"; margin-left: 1.2em; }
ul.inline li { white-space: nowrap; }
.crumbs { margin: 0.8em 0 0; }
.description { max-width: 75ch; }
nav.orders { display: flex; flex-wrap: wrap; gap: 0.3em 1em; margin: 1em 0; }
nav.contents { margin: 1em 0; padding: 0.5em 0.8em; background: var(--head);
  border: 1px solid var(--border); border-radius: 4px; }
.scroll { overflow-x: auto; max-width: 100%; }
figure.view img { display: block; max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-size: 0.93em; }
th, td { text-align: left; vertical-align: top; padding: 0.35em 0.6em;
  border-bottom: 1px solid var(--border); overflow-wrap: break-word; }
thead th { background: var(--head); border-bottom: 2px solid var(--border); white-space: nowrap; }
tfoot th, tfoot td { border-top: 2px solid var(--border); border-bottom: 0; }
tbody th { font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.index td, table.index th { white-space: normal; }
table.index td.score-cell, td.date { white-space: nowrap; }
table.index th[scope="row"] { min-width: 14em; }
table.touchpoints th[scope="row"] { min-width: 11em; }
table.usage th[scope="row"], table.personas th[scope="row"] { min-width: 11em; }
td ul, th ul { margin: 0; padding-left: 1.1em; }
td ul.details { color: var(--muted); font-size: 0.92em; }
tr.muted, .muted { color: var(--muted); }
tr.has-errors th[scope="row"] a { text-decoration-style: wavy; text-decoration-color: var(--error); }
.score { font-weight: 700; font-variant-numeric: tabular-nums; }
.trend { margin-left: 0.3em; font-size: 0.9em; white-space: nowrap; }
.trend.up { color: var(--ok); }
.trend.down { color: var(--error); }
.trend.same { color: var(--muted); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }
.badge { display: inline-block; font-size: 0.78em; line-height: 1.3; padding: 0 0.45em;
  border: 1px solid currentColor; border-radius: 3px; white-space: nowrap; font-weight: 600; }
.badge.error, .badge.missed, .badge.regression, .badge.stale, .badge.sev-blocker {
  color: var(--error); }
.badge.warning, .badge.change, .badge.sev-workaround { color: var(--warning); }
.badge.info, .badge.sev-minor, .badge.moment { color: var(--muted); }
.badge.met { color: var(--ok); }
.emo { display: inline-block; min-width: 1.6em; text-align: center; border-radius: 3px;
  padding: 0 0.35em; margin: 0.1em 0.2em 0.1em 0; border: 1px solid var(--border);
  white-space: nowrap; }
.alert { border-left: 4px solid var(--error); background: var(--head); padding: 0.6em 1em; }
.note { color: var(--muted); font-style: italic; }
dl.figures { display: flex; flex-wrap: wrap; gap: 0.6em; margin: 1em 0; }
dl.figures div { border: 1px solid var(--border); border-radius: 4px; padding: 0.4em 0.9em;
  min-width: 8.5em; background: var(--head); }
dl.figures dt { color: var(--muted); font-size: 0.82em; }
dl.figures dd { margin: 0; font-size: 1.25em; font-weight: 600; }
p.total .big { font-size: 2.2em; font-weight: 700; }
meter { width: 6em; vertical-align: middle; }
table.categories { width: auto; min-width: 30em; }
.url { font-weight: 400; font-size: 0.88em; overflow-wrap: anywhere; }
figure { margin: 0.5em 0 1.5em; }
figure.view .scroll { border: 1px solid var(--border); }
figure.view img { display: block; max-width: none; height: auto; }
figure.view figcaption { font-size: 0.88em; margin-top: 0.3em; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(18em, 1fr)); gap: 1em; }
.card { border: 1px solid var(--border); border-radius: 6px; padding: 0.2em 1em 0.8em; }
.card ul { margin: 0.2em 0; padding-left: 1.2em; }
.charts { display: flex; flex-wrap: wrap; gap: 0.5em 1.5em; }
figure.chart { margin: 0.3em 0; }
figure.chart figcaption { font-size: 0.85em; color: var(--muted); text-align: center; }
.chart svg { display: block; max-width: 100%; height: auto; }
.chart .grid { stroke: var(--border); stroke-width: 1; }
.chart .axis { fill: var(--muted); font-size: 11px; font-family: inherit; }
.chart .line { fill: none; stroke: var(--accent); stroke-width: 2; }
.chart .point { fill: var(--accent); }
.pair { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 2em; }
.pair .side h2 { margin-top: 0.8em; }
.pair figure.view img { max-width: 100%; }
@media (max-width: 800px) {
  .pair { grid-template-columns: 1fr; }
  main, header.site, footer.site { padding-left: 0.8em; padding-right: 0.8em; }
}
@page { size: landscape; margin: 12mm; }
@media print {
  body { font-size: 10.5pt; background: #ffffff; color: #000000; }
  header.site nav, nav.contents, nav.orders, .skip, .crumbs, figure.view figcaption {
    display: none; }
  header.site, nav.contents, dl.figures div, thead th { background: #ffffff; }
  a { color: inherit; text-decoration: none; }
  main, footer.site { max-width: none; padding: 0; }
  .scroll { overflow: visible; }
  figure.view img { max-width: 100%; }
  figure, tr, .card, dl.figures div, meter { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  section { break-before: auto; }
}
)css";

}  // namespace

std::string stylesheet(const std::string& theme) {
  const Palette& p = theme == "dark" ? k_dark : theme == "print" ? k_print : k_light;
  std::ostringstream css;
  css << "/* journey report: " << theme
      << " theme */\n:root {\n  color-scheme: " << (theme == "dark" ? "dark" : "light")
      << ";\n  --bg: " << p.bg << ";\n  --fg: " << p.fg << ";\n  --muted: " << p.muted
      << ";\n  --border: " << p.border << ";\n  --head: " << p.head << ";\n  --accent: " << p.accent
      << ";\n  --error: " << p.error << ";\n  --warning: " << p.warning << ";\n  --ok: " << p.ok
      << ";\n}\n";
  for (int e = 1; e <= 5; ++e) {
    // The fills of the diagrams; the darkest two carry white text.
    bool light_text = theme != "print" && (e == 1 || e == 5);
    css << ".emo-" << e << " { background: " << emotion_color(e, theme)
        << "; color: " << (light_text ? "#ffffff" : "#000000") << "; }\n";
  }
  css << k_rules;
  return css.str();
}

const char* site_icon() {
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\">"
         "<rect width=\"32\" height=\"32\" rx=\"6\" fill=\"#0b5cad\"/>"
         "<polyline points=\"4,22 11,13 17,19 28,8\" fill=\"none\" stroke=\"#ffffff\" "
         "stroke-width=\"3.5\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/></svg>\n";
}

bool write_assets(SiteWriter& site) {
  return site.write("style.css", stylesheet(site.options().theme)) &&
         site.write("favicon.svg", site_icon());
}

}  // namespace journey::site
