// SPDX-License-Identifier: Apache-2.0
// Mermaid `journey` diagrams: sections are phases, tasks are touchpoints scored by emotion, actors
// are personas. Mermaid's journey syntax gives ':', ';', '#' and ',' meaning and renders '<' and
// '&' as markup, so they are written as Mermaid's entity codes (#58; #lt; ...), which Mermaid
// decodes to the character when it draws; line breaks and control characters become spaces.
#include "mermaid.hpp"

namespace journey::render_detail {

namespace {

const char* entity(char c, bool actor) {
  switch (c) {
    case ':':
      return "#58;";
    case ';':
      return "#59;";
    case '#':
      return "#35;";
    case '%':
      return "#37;";  // "%%" starts a comment
    case '<':
      return "#lt;";
    case '>':
      return "#gt;";
    case '&':
      return "#amp;";
    case ',':
      return actor ? "#44;" : nullptr;  // commas separate actors
    default:
      return nullptr;
  }
}

// Text that starts like a keyword would be read as one ("section x" as a new section).
bool starts_with_keyword(const std::string& text) {
  for (const char* word : {"title", "section", "journey", "accTitle", "accDescr"}) {
    std::size_t n = std::char_traits<char>::length(word);
    if (text.compare(0, n, word) == 0) return true;
  }
  return false;
}

std::string terminal_safe_spaces(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    unsigned char d = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    unsigned char e = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0;
    if (c == 0xC2 && d >= 0x80 && d <= 0x9F) {  // C1 controls
      out += ' ';
      ++i;
    } else if (c == 0xE2 && ((d == 0x80 && (e == 0x8E || e == 0x8F || (e >= 0xAA && e <= 0xAE))) ||
                             (d == 0x81 && e >= 0xA6 && e <= 0xA9))) {  // bidi controls
      out += ' ';
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string mermaid_text(const std::string& text, bool actor = false) {
  std::string flat;
  // Control characters, C1 controls and bidirectional overrides become spaces: a diagram source
  // is read by people too.
  std::string clean = terminal_safe_spaces(text);
  for (char c : clean) {
    char r = static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? ' ' : c;
    if (r == ' ' && (flat.empty() || flat.back() == ' ')) continue;
    flat += r;
  }
  while (!flat.empty() && flat.back() == ' ') flat.pop_back();
  if (flat.empty()) return "-";
  std::string out;
  if (starts_with_keyword(flat)) {
    out = "#" + std::to_string(static_cast<int>(flat[0])) + ";";
    flat.erase(0, 1);
  }
  for (char c : flat) {
    const char* code = entity(c, actor);
    if (code != nullptr) {
      out += code;
    } else {
      out += c;
    }
  }
  return out;
}

std::string actor_text(const std::string& text) {
  return mermaid_text(text, true);
}

}  // namespace

std::string render_mermaid(const Journey& journey, const ViewModel& view, Language) {
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
      std::vector<int> values = emotion_values(tp);
      int sum = 0;
      for (int v : values) sum += v;
      // Mermaid needs one score: the mean, rounded; an unknown emotion is neutral.
      int score = values.empty() ? 3
                                 : (2 * sum + static_cast<int>(values.size())) /
                                       (2 * static_cast<int>(values.size()));
      std::vector<std::string> actors;
      if (tp.persona_emotions.present) {
        for (const PersonaEmotion& e : tp.persona_emotions.value)
          actors.push_back(name_of(e.persona.value));
      } else {
        for (const Text& p : tp.personas.value) actors.push_back(name_of(p.value));
      }
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
