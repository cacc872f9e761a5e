// SPDX-License-Identifier: Apache-2.0
// The lens of a journey map, above the map and the blueprint: the scenario (the journey's
// description) and a card per persona shown, with who they are, their goals and frustrations.
#include <algorithm>

#include "grid.hpp"
#include "views.hpp"

namespace journey::render_detail {

namespace {

constexpr double k_card_width = 260;
constexpr double k_gap = 10;

std::vector<Paragraph> card_text(const ViewInput& in, const Persona& p) {
  const Theme& t = in.theme;
  // The persona's curve marker in its colour, as the legend of the feeling lane shows it.
  const auto& subjects = in.view.subjects;
  auto at = std::find(subjects.begin(), subjects.end(), p.id.value);
  Paragraph name = {Run{p.name.value.empty() ? p.id.value : p.name.value, Style::strong(11)}};
  if (at != subjects.end() && !(subjects.size() == 1 && subjects.front().empty())) {
    CurveStyle style = curve_style(static_cast<std::size_t>(at - subjects.begin()), t);
    name.insert(name.begin(), Run{std::string(style.marker) + " ", Style::strong(11, style.color)});
  }
  std::vector<Paragraph> out = {name};
  if (!p.description.value.empty()) out.push_back(para(p.description.value, Style::emphasis(9.5)));
  auto list = [&](Word w, const TextList& items, const std::string& color) {
    if (items.value.empty()) return;
    out.push_back(para(in.say(w) + ":", Style::strong(9.5, color)));
    for (const Text& item : items.value) out.push_back(para("• " + item.value, Style::plain(9.5)));
  };
  list(Word::goals, p.goals, t.opportunity);
  list(Word::frustrations, p.frustrations, t.pain);
  return out;
}

// The personas the view is about: the filtered one, else every persona.
std::vector<const Persona*> shown_personas(const ViewInput& in) {
  std::vector<const Persona*> out;
  for (const Persona& p : in.journey.personas) {
    if (in.options.persona.empty() || p.id.value == in.options.persona) out.push_back(&p);
  }
  return out;
}

}  // namespace

bool has_persona_block(const ViewInput& in) {
  bool view = in.options.view == RenderView::map || in.options.view == RenderView::blueprint;
  return view && in.options.personas &&
         (!shown_personas(in).empty() || !in.journey.description.value.empty());
}

double draw_persona_block(const ViewInput& in, Canvas& canvas, double top, double width) {
  if (!has_persona_block(in)) return 0;
  double y = top;
  if (!in.journey.description.value.empty()) {
    TextBox s;
    s.y = y;
    s.width = std::min(width, 900.0);
    s.language = in.options.language;
    s.color = in.theme.text;
    s.paragraphs = {
        para(in.say(Word::scenario) + ": " + in.journey.description.value, Style::emphasis(10))};
    y += canvas.text(std::move(s)) + k_gap;
  }
  std::vector<const Persona*> personas = shown_personas(in);
  double card = k_card_width;
  std::size_t per_row =
      std::max<std::size_t>(1, static_cast<std::size_t>((width + k_gap) / (card + k_gap)));
  for (std::size_t first = 0; first < personas.size(); first += per_row) {
    double row_height = 0;
    std::vector<TextBox> boxes;
    for (std::size_t k = first; k < std::min(personas.size(), first + per_row); ++k) {
      TextBox b;
      b.x = static_cast<double>(k - first) * (card + k_gap) + 8;
      b.y = y + 8;
      b.width = card - 16;
      b.language = in.options.language;
      b.color = in.theme.text;
      b.paragraphs = card_text(in, *personas[k]);
      row_height = std::max(row_height, canvas.measured(b) + 16);
      boxes.push_back(std::move(b));
    }
    for (TextBox& b : boxes) {
      canvas.box({b.x - 8, y, card, row_height, in.theme.cluster, in.theme.line, 0.8, true});
      canvas.text(std::move(b));
    }
    y += row_height + k_gap;
  }
  return y - top + 4;
}

}  // namespace journey::render_detail
