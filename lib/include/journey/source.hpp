// Positions in a source file. Every element a finding can point at carries one.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace journey {

// A 1-based, inclusive start and exclusive-end span in a file. Columns count Unicode code points.
// A line of 0 means "no position" (for example a field that is missing).
struct SourceSpan {
  int line = 0;
  int column = 0;
  int end_line = 0;
  int end_column = 0;

  bool known() const { return line > 0; }
};

// The text of one input with its display name; lines are looked up for carets and columns.
// A leading UTF-8 byte-order mark is dropped: editors do not show it, so positions must not count
// it either.
class SourceText {
 public:
  SourceText() = default;
  SourceText(std::string name, std::string text);

  const std::string& name() const { return name_; }
  const std::string& text() const { return text_; }
  // The line with this 1-based number, without its line break; empty when out of range.
  std::string_view line(int number) const;
  // 1-based line and code-point column of a byte offset, in O(log lines) whatever the line's
  // length (a journey in flow style may be one line of megabytes).
  void position_of(size_t offset, int& line, int& column) const;
  // Byte offset of a 1-based line and code-point column (clamped to the line).
  size_t offset_of(int line, int column) const;
  int line_count() const { return static_cast<int>(line_starts_.size()); }

 private:
  std::string name_;
  std::string text_;
  std::vector<size_t> line_starts_;
  // UTF-8 continuation bytes before each 64-byte block, so columns need no scan from line start.
  std::vector<std::uint32_t> continuations_before_block_;

  size_t continuations_before(size_t offset) const;
};

// Reads a whole file (regular files, pipes, /dev/stdin). False with `error` set (strerror text, or
// "is a directory") when it cannot.
bool read_text_file(const std::string& path, std::string& out, std::string& error);

}  // namespace journey
