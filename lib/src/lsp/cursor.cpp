// SPDX-License-Identifier: Apache-2.0
#include "cursor.hpp"

#include <algorithm>
#include <cctype>

namespace journey::lsp {

namespace {

bool is_word_char(char c) {
  auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || c == '-' || c == '_' || c == '.' || u >= 0x80;
}

}  // namespace

std::size_t comment_start(std::string_view line) {
  char quote = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quote != 0) {
      if (c == '\\' && quote == '"') {
        ++i;
      } else if (c == quote) {
        quote = 0;
      }
    } else if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
      return i;
    } else if ((c == '"' || c == '\'') &&
               (i == 0 || std::string_view(" [{,:-").find(line[i - 1]) != std::string_view::npos)) {
      quote = c;
    }
  }
  return std::string_view::npos;
}

namespace {

// What a line opens in block style: its list items ("- " at a column) and its first key.
struct Frame {
  std::size_t column = 0;
  std::string key;    // empty for a list item
  bool opens = true;  // a key whose value follows on the next lines
};

// The key at `i` when the text there is "key:" followed by a space or the end; its end in `end`.
bool key_at(std::string_view line, std::size_t i, std::string& key, std::size_t& end) {
  std::size_t j = i;
  char quote = (j < line.size() && (line[j] == '"' || line[j] == '\'')) ? line[j] : 0;
  if (quote != 0) {
    std::size_t close = line.find(quote, j + 1);
    if (close == std::string_view::npos) return false;
    key = std::string(line.substr(j + 1, close - j - 1));
    j = close + 1;
  } else {
    if (j >= line.size() ||
        std::string_view("[{#&*!|>%@`").find(line[j]) != std::string_view::npos) {
      return false;
    }
    while (j < line.size() && !(line[j] == ':' && (j + 1 == line.size() || line[j + 1] == ' '))) {
      if (line[j] == '#' && j > i && line[j - 1] == ' ') return false;
      ++j;
    }
    if (j >= line.size()) return false;
    key = std::string(line.substr(i, j - i));
    while (!key.empty() && key.back() == ' ') key.pop_back();
  }
  if (j >= line.size() || line[j] != ':' || (j + 1 < line.size() && line[j + 1] != ' '))
    return false;
  end = j + 1;
  return true;
}

// Items and the first key of a line; `content` is where the text after them starts.
std::vector<Frame> frames_of(std::string_view line, std::size_t& content) {
  std::vector<Frame> frames;
  std::size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  while (i < line.size() && line[i] == '-' && (i + 1 == line.size() || line[i + 1] == ' ')) {
    frames.push_back(Frame{i, {}, true});
    ++i;
    while (i < line.size() && line[i] == ' ') ++i;
  }
  content = i;
  std::string key;
  std::size_t end = 0;
  if (key_at(line, i, key, end)) {
    std::size_t rest = end;
    while (rest < line.size() && line[rest] == ' ') ++rest;
    std::string_view value = line.substr(rest);
    bool opens =
        value.empty() || value[0] == '#' || value[0] == '&' || value[0] == '|' || value[0] == '>';
    frames.push_back(Frame{i, key, opens});
    content = end;
  }
  return frames;
}

// The block-style ancestors of a line whose first frame stands at `limit`, from the root.
std::vector<std::string> block_path(const TextDocument& doc, int line, std::size_t limit) {
  std::vector<std::string> reversed;
  for (int n = line - 1; n >= 0 && limit > 0; --n) {
    std::string_view text = doc.line(n);
    std::size_t first = text.find_first_not_of(' ');
    if (first == std::string_view::npos || text[first] == '#' || text.substr(first, 3) == "---") {
      continue;
    }
    if (first >= limit) continue;
    std::size_t content = 0;
    std::vector<Frame> frames = frames_of(text, content);
    std::size_t new_limit = limit;
    for (auto f = frames.rbegin(); f != frames.rend(); ++f) {
      if (f->column >= limit || !f->opens) continue;
      reversed.push_back(f->key.empty() ? k_item : f->key);
      new_limit = std::min(new_limit, f->column);
    }
    limit = std::min(new_limit, first);
  }
  return {reversed.rbegin(), reversed.rend()};
}

// Flow collections and keys on the cursor's line from `i` to `end`: appends to the path, and
// says whether the cursor writes a key (a map's key not yet followed by ':').
struct FlowScan {
  std::vector<std::string> path;
  bool key = true;  // at top level, before "key:"
  bool flow = false;
  bool quoted = false;
  std::size_t word_start = 0;
};

FlowScan scan_flow(std::string_view line, std::size_t i, std::size_t end) {
  struct Level {
    char open;
    std::string key;  // a map's current key, once its ':' is seen
  };
  std::vector<Level> levels;
  std::string top_key;
  FlowScan scan;
  scan.word_start = i;
  char quote = 0;
  for (; i < end; ++i) {
    char c = line[i];
    if (quote != 0) {
      if (c == '\\' && quote == '"')
        ++i;
      else if (c == quote)
        quote = 0;
      continue;
    }
    std::string& key = levels.empty() ? top_key : levels.back().key;
    if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '[' || c == '{') {
      levels.push_back(Level{c, {}});
      scan.word_start = i + 1;
    } else if ((c == ']' || c == '}') && !levels.empty()) {
      levels.pop_back();
    } else if (c == ',') {
      if (!levels.empty() && levels.back().open == '{') levels.back().key.clear();
      scan.word_start = i + 1;
    } else if (c == ':' && (i + 1 == end || line[i + 1] == ' ') && key.empty()) {
      std::string_view k = line.substr(scan.word_start, i - scan.word_start);
      while (!k.empty() && k.front() == ' ') k.remove_prefix(1);
      while (!k.empty() && k.back() == ' ') k.remove_suffix(1);
      key = k.empty() ? std::string(" ") : std::string(k);
      scan.word_start = i + 1;
    }
  }
  scan.quoted = quote != 0;
  if (!top_key.empty()) scan.path.push_back(top_key);
  for (const Level& level : levels) {
    if (level.open == '[') scan.path.push_back(k_item);
    if (level.open == '{' && !level.key.empty()) scan.path.push_back(level.key);
  }
  scan.flow = !levels.empty();
  scan.key =
      levels.empty() ? top_key.empty() : levels.back().open == '{' && levels.back().key.empty();
  return scan;
}

}  // namespace

CursorContext context_at(const TextDocument& doc, Position position) {
  CursorContext out;
  std::string_view line = doc.line(position.line);
  std::size_t cursor = byte_of_utf16(line, position.character);
  std::size_t start = cursor;
  while (start > 0 && is_word_char(line[start - 1])) --start;
  out.prefix = std::string(line.substr(start, cursor - start));
  out.word = Range{{position.line, utf16_units(line.substr(0, start), static_cast<int>(start))},
                   {position.line, position.character}};
  std::size_t hash = comment_start(line);
  if (hash != std::string_view::npos && hash < cursor) {
    if (line.substr(hash).find("journey-lint:") != std::string_view::npos) {
      out.kind = CursorContext::Kind::suppression;
    }
    return out;
  }
  std::size_t content = 0;
  std::vector<Frame> frames = frames_of(line.substr(0, cursor), content);
  std::size_t indent = line.find_first_not_of(' ');
  if (indent == std::string_view::npos || indent > cursor) indent = cursor;
  out.path = block_path(doc, position.line, frames.empty() ? indent : frames.front().column);
  for (const Frame& f : frames) {
    if (f.key.empty()) out.path.push_back(k_item);
  }
  std::size_t scan_from =
      frames.empty() || frames.back().key.empty() ? content : frames.back().column;
  FlowScan scan = scan_flow(line, scan_from, cursor);
  if (scan.quoted) return out;
  out.path.insert(out.path.end(), scan.path.begin(), scan.path.end());
  out.flow = scan.flow;
  out.kind = scan.key ? CursorContext::Kind::key : CursorContext::Kind::value;
  if (out.kind == CursorContext::Kind::key && !scan.flow)
    out.key_column = static_cast<int>(scan_from);
  return out;
}

std::vector<std::string> sibling_keys(const TextDocument& doc, int line, int column) {
  std::vector<std::string> keys;
  auto visit = [&](int n, bool below) {
    std::string_view text = doc.line(n);
    std::size_t first = text.find_first_not_of(' ');
    if (first == std::string_view::npos || text[first] == '#') return true;
    std::size_t content = 0;
    std::vector<Frame> frames = frames_of(text, content);
    bool outer = first < static_cast<std::size_t>(column);
    if (below && outer) return false;
    for (const Frame& f : frames) {
      if (!f.key.empty() && f.column == static_cast<std::size_t>(column)) keys.push_back(f.key);
    }
    return !outer;
  };
  for (int n = line - 1; n >= 0 && visit(n, false); --n) {
  }
  for (int n = line + 1; n < doc.line_count() && visit(n, true); ++n) {
  }
  return keys;
}

Range word_at(const TextDocument& doc, Position position, std::string& word) {
  std::string_view line = doc.line(position.line);
  std::size_t at = byte_of_utf16(line, position.character);
  std::size_t start = at, end = at;
  while (start > 0 && is_word_char(line[start - 1])) --start;
  while (end < line.size() && is_word_char(line[end])) ++end;
  word = std::string(line.substr(start, end - start));
  auto units = [&](std::size_t bytes) {
    return utf16_units(line.substr(0, bytes), static_cast<int>(bytes));
  };
  return Range{{position.line, units(start)}, {position.line, units(end)}};
}

}  // namespace journey::lsp
