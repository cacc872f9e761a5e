// SPDX-License-Identifier: Apache-2.0
// An open document's text with LSP positions: 0-based lines and UTF-16 code units, as LSP 3.17
// counts by default, against the project's 1-based code-point columns (journey/source.hpp).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "journey/source.hpp"

namespace journey::lsp {

struct Position {
  int line = 0;       // 0-based
  int character = 0;  // UTF-16 code units into the line
};

struct Range {
  Position start, end;
};

// The UTF-16 length of the first `code_points` code points of a line (all of it when fewer).
int utf16_units(std::string_view line, int code_points);
// The byte offset in a line of a UTF-16 position (clamped to the line; inside a surrogate pair,
// the character it belongs to).
std::size_t byte_of_utf16(std::string_view line, int character);

// A span of a SourceText (1-based, code points) as an LSP range; a file-level span (line 0) is
// the first character.
Range to_range(const SourceText& source, const SourceSpan& span);

class TextDocument {
 public:
  TextDocument() = default;
  TextDocument(std::string text, int version);

  const std::string& text() const { return text_; }
  int version() const { return version_; }
  int line_count() const { return static_cast<int>(line_starts_.size()); }
  std::string_view line(int number) const;  // 0-based, without its line break

  std::size_t offset_of(const Position& position) const;  // clamped to the text
  Position position_of(std::size_t offset) const;

  // didChange: replaces `range` with `text`, or everything when `whole`. Ranges past the end are
  // clamped, and a start after its end is swapped, so that no edit can fail.
  void apply(bool whole, const Range& range, const std::string& text, int version);

 private:
  std::string text_;
  int version_ = 0;
  std::vector<std::size_t> line_starts_{0};

  void index_lines();
};

}  // namespace journey::lsp
