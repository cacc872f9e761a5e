// SPDX-License-Identifier: Apache-2.0
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

// Input files are read whole, up to this size (journeys, models, configurations, catalogs).
constexpr std::size_t k_max_input_bytes = 16u << 20;

struct ReadOptions {
  std::size_t max_bytes = k_max_input_bytes;
  // Pipes and character devices (a path on the command line may be `<(...)` or /dev/stdin). A
  // path found in a folder or named inside a file must be a regular file: a FIFO there would
  // hang the run and /dev/zero would never end.
  bool special_files = false;
};

struct FileRead {
  enum class Status { ok, too_large, failed };
  Status status = Status::failed;
  std::string text;
  std::uint64_t size = 0;  // the file's size; max_bytes + 1 for a stream that went past it
  std::string error;       // when failed: strerror text, "is a directory", "is not a regular file"
};

// Reads a file, never more than max_bytes + 1 bytes: the size of a regular file is checked before
// reading, and a stream is read until it ends or passes the limit.
FileRead read_file(const std::string& path, const ReadOptions& options = {});

// The same, as text or an error message ("is 20.0 MiB; the limit is 16.0 MiB" when too large).
bool read_text_file(const std::string& path, std::string& out, std::string& error,
                    const ReadOptions& options = {});

// "16.0 MiB"
std::string describe_size(std::uint64_t bytes);

}  // namespace journey
