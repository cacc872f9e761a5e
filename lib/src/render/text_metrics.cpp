// SPDX-License-Identifier: Apache-2.0
#include "text_metrics.hpp"

#include <algorithm>
#include <tuple>

#include "hyphenation.hpp"
#include "journey/utf8.hpp"

namespace journey::render_detail {

namespace {

// Advance widths of ASCII 32..126 in thousandths of an em (Adobe's Helvetica AFM).
const short k_regular[95] = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333,  278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,  611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278,  556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500,  500, 334, 260, 334, 584};
const short k_bold[95] = {
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
    611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
    278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};

// Thousandths of an em for a code point beyond ASCII: accented Latin as wide as a wide Latin
// letter, symbols and other scripts wider, East Asian and emoji a full em.
int width_of(unsigned cp, bool bold) {
  if (cp >= 32 && cp < 127) return (bold ? k_bold : k_regular)[cp - 32];
  if (cp < 32) return 0;
  if (cp == 0xA0) return 278;  // a non-breaking space is as wide as a space
  if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
      (cp >= 0xFF00 && cp <= 0xFF60) || cp >= 0x1F000) {
    return 1000;
  }
  if (cp == 0x2026) return 1000;                  // ellipsis
  if (cp >= 0x2000 && cp <= 0x27BF) return 1000;  // punctuation, arrows, shapes: fallback fonts
  return bold ? 780 : 760;
}

struct Word {
  std::string text;
  Style style;
  bool space_before = false;
};

std::vector<Word> words_of(const Paragraph& paragraph) {
  std::vector<Word> words;
  bool pending_space = false;
  for (const Run& run : paragraph) {
    std::size_t i = 0;
    const std::string& t = run.text;
    while (i < t.size()) {
      if (t[i] == ' ' || t[i] == '\n' || t[i] == '\t') {
        pending_space = true;
        ++i;
        continue;
      }
      std::size_t start = i;
      while (i < t.size() && t[i] != ' ' && t[i] != '\n' && t[i] != '\t') ++i;
      // A word continuing in a new style joins the previous one when no space separates them.
      words.push_back({t.substr(start, i - start), run.style, pending_space && !words.empty()});
      pending_space = false;
    }
  }
  return words;
}

void append(Line& line, const std::string& text, const Style& style) {
  if (!line.empty() && line.back().style.bold == style.bold &&
      line.back().style.italic == style.italic && line.back().style.color == style.color &&
      line.back().style.size == style.size) {
    line.back().text += text;
  } else {
    line.push_back({text, style});
  }
}

// Whether a break between these two code points needs a hyphen to show the word goes on:
// alphabetic scripts do, ideographs (which break anywhere) do not.
bool needs_hyphen(unsigned before, unsigned after) {
  return before < 0x2E80 && after < 0x2E80;
}

// A word measured code point by code point: the offset where each starts and the width up to it.
struct MeasuredWord {
  std::vector<std::size_t> offset;  // byte offset of code point k; offset.back() == size
  std::vector<double> before;       // width of the code points before k
  std::vector<unsigned> cp;

  MeasuredWord(const std::string& word, const Style& style) {
    for (std::size_t i = 0; i < word.size();) {
      offset.push_back(i);
      before.push_back(before.empty() ? 0 : before.back() + width_of(cp.back(), style.bold));
      cp.push_back(next_code_point(word, i));
    }
    offset.push_back(word.size());
    before.push_back(before.empty() ? 0 : before.back() + width_of(cp.back(), style.bold));
    double scale = style.size / 1000.0 * (style.italic ? 1.04 : 1.0);
    for (double& w : before) w *= scale;
  }
  std::size_t index_of(std::size_t byte) const {
    return static_cast<std::size_t>(std::lower_bound(offset.begin(), offset.end(), byte) -
                                    offset.begin());
  }
  double width(std::size_t from, std::size_t to) const { return before[to] - before[from]; }
};

// The next line's end when no hyphenation point fits: as many code points as fit with a hyphen
// (at least one, so that the text always moves on).
std::pair<std::size_t, bool> by_characters(const MeasuredWord& m, std::size_t from, double width,
                                           double hyphen) {
  std::size_t to = from + 1;
  while (to + 1 < m.offset.size() && m.width(from, to + 1) + hyphen <= width) ++to;
  return {to, to < m.cp.size() && needs_hyphen(m.cp[to - 1], m.cp[to])};
}

// Splits a word wider than `width` into lines, at hyphenation points where one fits.
std::vector<std::string> break_word(const std::string& word, const Style& style, double width,
                                    Language language) {
  MeasuredWord m(word, style);
  std::vector<BreakPoint> points = break_points(word, language);
  const double hyphen = text_width("-", style);
  std::vector<std::string> pieces;
  std::size_t from = 0;  // in code points
  const std::size_t end = m.offset.size() - 1;
  while (from < end && m.width(from, end) > width) {
    std::size_t to = 0;
    bool add = false;
    for (const BreakPoint& p : points) {
      std::size_t k = m.index_of(p.at);
      if (k <= from) continue;
      if (m.width(from, k) + (p.add_hyphen ? hyphen : 0) > width) break;
      to = k;
      add = p.add_hyphen;
    }
    if (to == 0) std::tie(to, add) = by_characters(m, from, width, hyphen);
    pieces.push_back(word.substr(m.offset[from], m.offset[to] - m.offset[from]) + (add ? "-" : ""));
    from = to;
  }
  if (from < end || pieces.empty()) pieces.push_back(word.substr(m.offset[from]));
  return pieces;
}

}  // namespace

double text_width(std::string_view text, const Style& style) {
  double thousandths = 0;
  for (std::size_t i = 0; i < text.size();)
    thousandths += width_of(next_code_point(text, i), style.bold);
  // Italic and bold faces run a little wider in practice than the tables say.
  return thousandths * style.size / 1000.0 * (style.italic ? 1.04 : 1.0);
}

std::vector<Line> wrap(const Paragraph& paragraph, double width, Language language) {
  std::vector<Line> lines(1);
  double used = 0;
  for (const Word& word : words_of(paragraph)) {
    double space = word.space_before ? text_width(" ", word.style) : 0;
    double w = text_width(word.text, word.style);
    if (used > 0 && word.space_before && used + space + w > width) {
      lines.emplace_back();
      used = 0;
      space = 0;
    }
    if (used == 0 && w > width) {
      std::vector<std::string> pieces = break_word(word.text, word.style, width, language);
      for (std::size_t k = 0; k < pieces.size(); ++k) {
        if (k > 0) lines.emplace_back();
        append(lines.back(), pieces[k], word.style);
      }
      used = text_width(pieces.back(), word.style);
      continue;
    }
    if (space > 0 && used > 0) append(lines.back(), " ", word.style);
    append(lines.back(), word.text, word.style);
    used += space + w;
  }
  if (lines.size() > 1 && lines.back().empty()) lines.pop_back();
  return lines;
}

std::string unbreakable(const std::string& text) {
  std::string out;
  for (char c : text) out += c == ' ' ? std::string("\u00A0") : std::string(1, c);
  return out;
}

Line shorten_to(const Paragraph& paragraph, double width) {
  std::vector<Line> lines = wrap(paragraph, width, Language::en);
  if (lines.size() <= 1) return lines.empty() ? Line{} : lines.front();
  Line line = lines.front();
  Style style = line.empty() ? Style{} : line.back().style;
  double ellipsis = text_width("…", style);
  // Drop characters from the end until the ellipsis fits.
  auto width_of_line = [](const Line& l) {
    double w = 0;
    for (const Run& r : l) w += text_width(r.text, r.style);
    return w;
  };
  while (!line.empty() && width_of_line(line) + ellipsis > width) {
    std::string& t = line.back().text;
    while (!t.empty() && (static_cast<unsigned char>(t.back()) & 0xC0) == 0x80) t.pop_back();
    if (!t.empty()) t.pop_back();
    if (t.empty()) line.pop_back();
  }
  append(line, "…", style);
  return line;
}

}  // namespace journey::render_detail
