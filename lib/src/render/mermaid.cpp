// Mermaid `journey` diagrams: sections are phases, tasks are touchpoints scored by emotion, actors
// are personas. Mermaid's journey syntax cannot hold ':', '#' or ';' in a title, section or task,
// nor a line break, so they are replaced.
#include "mermaid.hpp"

namespace journey::render_detail {

namespace {

std::string mermaid_text(const std::string& text) {
  std::string out;
  for (char c : text) {
    bool bad = c == ':' || c == '#' || c == ';' || c == '\n' || c == '\r' || c == '\t';
    char r = bad ? ' ' : c;
    if (r == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += r;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out.empty() ? "-" : out;
}

// Actors are separated by commas in Mermaid, so they must not hold one either.
std::string actor_text(std::string text) {
  for (char& c : text) {
    if (c == ',') c = ' ';
  }
  return mermaid_text(text);
}

}  // namespace

std::string render_mermaid(const Journey& journey, const ViewModel& view) {
  std::string out = "journey\n    title " + mermaid_text(journey.title.value) + "\n";
  std::vector<std::string> everyone;
  for (const Persona& p : journey.personas) everyone.push_back(actor_text(p.name.value));
  auto name_of = [&](const std::string& id) {
    for (const Persona& p : journey.personas) {
      if (p.id.value == id) return actor_text(p.name.value);
    }
    return actor_text(id);
  };
  for (const ViewPhase& phase : view.phases) {
    if (phase.touchpoints.empty()) continue;
    out += "    section " + mermaid_text(phase.title) + "\n";
    for (std::size_t i : phase.touchpoints) {
      const Touchpoint& tp = journey.touchpoints[i];
      int score = tp.emotion.usable() && tp.emotion.value >= 1 && tp.emotion.value <= 5
                      ? tp.emotion.value
                      : 3;  // Mermaid needs a score; an unknown emotion is neutral
      std::vector<std::string> actors;
      for (const Text& p : tp.personas.value) actors.push_back(name_of(p.value));
      if (actors.empty()) actors = everyone;
      out += "      " + mermaid_text(tp.name.value) + ": " + std::to_string(score);
      if (!actors.empty()) {
        out += ": ";
        for (std::size_t k = 0; k < actors.size(); ++k) out += (k ? ", " : "") + actors[k];
      }
      out += "\n";
    }
  }
  return out;
}

}  // namespace journey::render_detail
