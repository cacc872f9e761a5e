// SPDX-License-Identifier: Apache-2.0
#include "text_document.hpp"

#include <algorithm>

#include "journey/utf8.hpp"

namespace journey::lsp {

namespace {

// The byte length and UTF-16 width of the code point at `i`; an invalid byte counts as one unit.
void step(std::string_view s, std::size_t i, std::size_t& bytes, int& units) {
  char32_t cp = 0;
  bytes = decode_utf8(s, i, cp);
  if (bytes == 0) {
    bytes = 1;
    units = 1;
  } else {
    units = cp >= 0x10000 ? 2 : 1;
  }
}

}  // namespace

int utf16_units(std::string_view line, int code_points) {
  int units = 0;
  std::size_t i = 0;
  for (int n = 0; n < code_points && i < line.size(); ++n) {
    std::size_t bytes = 0;
    int width = 0;
    step(line, i, bytes, width);
    i += bytes;
    units += width;
  }
  return units;
}

std::size_t byte_of_utf16(std::string_view line, int character) {
  std::size_t i = 0;
  int units = 0;
  while (i < line.size() && units < character) {
    std::size_t bytes = 0;
    int width = 0;
    step(line, i, bytes, width);
    if (units + width > character) break;
    i += bytes;
    units += width;
  }
  return i;
}

Range to_range(const SourceText& source, const SourceSpan& span) {
  if (!span.known()) return Range{{0, 0}, {0, 1}};
  auto at = [&](int line, int column) {
    return Position{line - 1, utf16_units(source.line(line), std::max(column - 1, 0))};
  };
  Range r{at(span.line, span.column), at(span.line, span.column)};
  if (span.end_line > 0) r.end = at(span.end_line, span.end_column);
  if (r.end.line < r.start.line ||
      (r.end.line == r.start.line && r.end.character < r.start.character)) {
    r.end = r.start;
  }
  return r;
}

TextDocument::TextDocument(std::string text, int version)
    : text_(std::move(text)), version_(version) {
  index_lines();
}

void TextDocument::index_lines() {
  line_starts_.assign(1, 0);
  for (std::size_t i = text_.find('\n'); i != std::string::npos; i = text_.find('\n', i + 1)) {
    line_starts_.push_back(i + 1);
  }
}

std::string_view TextDocument::line(int number) const {
  if (number < 0 || number >= line_count()) return {};
  std::size_t start = line_starts_[static_cast<std::size_t>(number)];
  std::size_t end = number + 1 < line_count()
                        ? line_starts_[static_cast<std::size_t>(number) + 1] - 1
                        : text_.size();
  std::string_view l(text_.data() + start, end - start);
  if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
  return l;
}

std::size_t TextDocument::offset_of(const Position& position) const {
  if (position.line < 0) return 0;
  if (position.line >= line_count()) return text_.size();
  std::size_t start = line_starts_[static_cast<std::size_t>(position.line)];
  return start + byte_of_utf16(line(position.line), std::max(position.character, 0));
}

Position TextDocument::position_of(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  int number = static_cast<int>(it - line_starts_.begin()) - 1;
  std::size_t start = line_starts_[static_cast<std::size_t>(number)];
  std::string_view before(text_.data() + start, offset - start);
  return Position{number, utf16_units(before, static_cast<int>(before.size()))};
}

void TextDocument::apply(bool whole, const Range& range, const std::string& text, int version) {
  version_ = version;
  if (whole) {
    text_ = text;
  } else {
    std::size_t from = offset_of(range.start), to = offset_of(range.end);
    if (to < from) std::swap(from, to);
    text_.replace(from, to - from, text);
  }
  index_lines();
}

}  // namespace journey::lsp
