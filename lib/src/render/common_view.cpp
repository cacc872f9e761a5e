// SPDX-License-Identifier: Apache-2.0
// Pieces every view shares: the title block, the summary for screen readers, emotion as text.
#include <algorithm>

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
  std::string text = format_number(value);
  if (in.options.language == Language::nl) std::replace(text.begin(), text.end(), '.', ',');
  return text;
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
  box.paragraphs.push_back({{title, {18, true, false, {}}}});
  box.paragraphs.push_back({{sub, {11, false, false, t.muted}}});
  box.compact = in.options.compact;
  box.language = in.options.language;
  double y = canvas.text(box) + 14;
  return y + draw_persona_block(in, canvas, y, box.width);
}

std::string view_summary(const ViewInput& in) {
  std::size_t touchpoints = in.view.order.size();
  std::size_t phases = 0, lows = 0;
  for (const ViewPhase& p : in.view.phases) phases += !p.touchpoints.empty();
  for (std::size_t i : in.view.order)
    lows += shown_emotion(in, in.journey.touchpoints[i]) <= 2 &&
            shown_emotion(in, in.journey.touchpoints[i]) > 0;
  const bool nl = in.options.language == Language::nl;
  std::string view = to_string(in.options.view);
  if (nl) {
    return "Klantreis (" + view + "): " + std::to_string(touchpoints) + " contactmomenten in " +
           std::to_string(phases) + " fasen van " + in.model.display_name(Language::nl) + ", " +
           std::to_string(lows) + " met een emotie van 2 of lager.";
  }
  return "Customer journey (" + view + " view): " + std::to_string(touchpoints) +
         " touchpoints in " + std::to_string(phases) + " phases of " + in.model.name + ", " +
         std::to_string(lows) + " with an emotion of 2 or lower.";
}

}  // namespace journey::render_detail
