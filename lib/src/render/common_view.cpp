// SPDX-License-Identifier: Apache-2.0
// Pieces every view shares: the title block, the summary for screen readers, emotion as text.
#include <algorithm>
#include <cmath>

#include "journey/numbers.hpp"
#include "views.hpp"

namespace journey::render_detail {

std::string persona_name(const ViewInput& in, const std::string& id) {
  for (const Persona& p : in.journey.personas) {
    if (p.id.value == id && !p.name.value.empty()) return p.name.value;
  }
  return id;
}

std::string short_persona_name(const ViewInput& in, const std::string& id) {
  std::string name = persona_name(in, id);
  std::size_t cut = name.find_first_of(",(");
  if (cut != std::string::npos && cut > 0) name = name.substr(0, cut);
  while (!name.empty() && name.back() == ' ') name.pop_back();
  return name.empty() ? id : name;
}

std::string number_text(const ViewInput& in, double value) {
  return with_decimal_mark(format_number(value), in.options.language);
}

std::string fixed_text(const ViewInput& in, double value) {
  return with_decimal_mark(format_fixed(value, 1), in.options.language);
}

std::string count_text(const ViewInput& in, double value) {
  if (std::fabs(value) >= 1e6) {  // "12.4M": a bar's label stays as narrow as the bar
    return fixed_text(in, value / 1e6) + (in.options.language == Language::nl ? " mln" : "M");
  }
  if (std::fabs(value - std::round(value)) < 1e-9 && std::fabs(value) < 1e15) {
    return format_grouped(std::llround(value), thousands_separator(in.options.language));
  }
  return fixed_text(in, value);
}

std::string percent_text(const ViewInput& in, double share) {
  return fixed_text(in, share * 100) + (in.options.language == Language::nl ? " %" : "%");
}

std::string duration_text(const ViewInput& in, double seconds) {
  static const double units[] = {86400, 3600, 60, 1};
  static const char* const en[] = {"d", "h", "min", "s"};
  static const char* const nl[] = {"d", "u", "min", "s"};
  const char* const* names = in.options.language == Language::nl ? nl : en;
  auto left = static_cast<long long>(std::llround(std::max(0.0, seconds)));
  std::string out;
  int parts = 0;
  for (int u = 0; u < 4 && parts < 2; ++u) {
    auto n = left / static_cast<long long>(units[u]);
    if (n == 0 && (out.empty() ? u < 3 : true)) continue;
    out += (out.empty() ? "" : " ") + std::to_string(n) + " " + names[u];
    left -= n * static_cast<long long>(units[u]);
    ++parts;
  }
  return out.empty() ? "0 s" : out;
}

TextBox padded_box(const ViewInput& in, double x, double y, double width,
                   std::vector<Paragraph> text, bool center) {
  TextBox b;
  b.x = x + 6;
  b.y = y;
  b.width = std::max(1.0, width - 12);
  b.color = in.theme.text;
  b.center = center;
  b.paragraphs = std::move(text);
  b.compact = in.options.compact;
  b.language = in.options.language;
  return b;
}

double draw_phase_bands(const ViewInput& in, Canvas& canvas, double top, double left,
                        double column) {
  double height = 0;
  std::vector<std::pair<TextBox, std::pair<double, double>>> bands;
  double x = left;
  for (const ViewPhase& phase : in.view.phases) {
    if (phase.touchpoints.empty()) continue;
    double w = column * static_cast<double>(phase.touchpoints.size());
    TextBox b = padded_box(in, x, top + 6, w, {{{phase.title, Style::strong(11)}}});
    height = std::max(height, canvas.measured(b) + 12);
    bands.push_back({std::move(b), {x, w}});
    x += w;
  }
  for (auto& [b, span] : bands) {
    canvas.box(
        {span.first + 2, top, span.second - 4, height, in.theme.cluster, in.theme.line, 0.8, true});
    canvas.text(std::move(b));
  }
  return height;
}

int shown_emotion(const ViewInput& in, const Touchpoint& tp) {
  int low = 0;
  for (const std::string& subject : in.view.subjects) {
    auto e = emotion_of(tp, subject);
    if (e && (low == 0 || *e < low)) low = *e;
  }
  return low;
}

std::string emotion_text(const ViewInput& in, const Touchpoint& tp) {
  if (!tp.persona_emotions.present) {
    auto e = emotion_of(tp);
    return e ? std::to_string(*e) + "/5" : "";
  }
  std::string out;
  for (const std::string& subject : in.view.subjects) {
    auto e = emotion_of(tp, subject);
    if (!e) continue;
    out += (out.empty() ? "" : " · ") +
           unbreakable(short_persona_name(in, subject) + " " + std::to_string(*e));
  }
  return out;
}

std::pair<std::string, std::string> title_text(const ViewInput& in) {
  const Journey& j = in.journey;
  std::string sub = in.model.display_name(in.options.language);
  bool future = j.state.present && j.state.value == JourneyState::future;
  sub += " · " + in.say(future ? Word::future_state : Word::current_state);
  if (!in.options.persona.empty()) {
    sub += " · " + persona_name(in, in.options.persona);
  } else if (!j.personas.empty() && !has_persona_block(in)) {
    std::string names;
    for (const Persona& p : j.personas) names += (names.empty() ? "" : "; ") + p.name.value;
    sub += " · " + in.say(Word::personas) + ": " + names;
  }
  if (!j.owner.value.empty()) sub += " · " + in.say(Word::owner) + ": " + j.owner.value;
  if (!j.reviewed.value.empty()) sub += " · " + in.say(Word::reviewed) + " " + j.reviewed.value;
  return {j.title.value, sub};
}

double draw_title(const ViewInput& in, Canvas& canvas, double width) {
  const Theme& t = in.theme;
  auto [title, sub] = title_text(in);
  TextBox box;
  box.x = 0;
  box.y = 0;
  box.width = std::max(width, 300.0);
  box.color = t.text;
  box.paragraphs.push_back({{title, Style::strong(18)}});
  box.paragraphs.push_back({{sub, Style::plain(11, t.muted)}});
  box.compact = in.options.compact;
  box.language = in.options.language;
  double y = canvas.text(box) + 14;
  if (in.options.view == RenderView::funnel) y += draw_funnel_heading(in, canvas, y, box.width);
  return y + draw_persona_block(in, canvas, y, box.width);
}

std::string view_summary(const ViewInput& in) {
  if (in.options.view == RenderView::funnel) return funnel_summary(in);
  std::size_t touchpoints = in.view.order.size();
  std::size_t phases = 0, lows = 0;
  for (const ViewPhase& p : in.view.phases) phases += !p.touchpoints.empty();
  for (std::size_t i : in.view.order)
    lows += shown_emotion(in, in.journey.touchpoints[i]) <= 2 &&
            shown_emotion(in, in.journey.touchpoints[i]) > 0;
  const bool nl = in.options.language == Language::nl;
  std::string view = to_string(in.options.view);
  if (nl) {
    return "Klantreis (" + view +
           "): " + count_of(touchpoints, "contactmoment", "contactmomenten") + " in " +
           count_of(phases, "fase", "fasen") + " van " + in.model.display_name(Language::nl) +
           ", " + std::to_string(lows) + " met een emotie van 2 of lager.";
  }
  return "Customer journey (" + view +
         " view): " + count_of(touchpoints, "touchpoint", "touchpoints") + " in " +
         count_of(phases, "phase", "phases") + " of " + in.model.name + ", " +
         std::to_string(lows) + " with an emotion of 2 or lower.";
}

}  // namespace journey::render_detail
