// SPDX-License-Identifier: Apache-2.0
#include "journey/source.hpp"

#include <algorithm>

namespace journey {

namespace {
bool is_continuation(unsigned char c) {
  return (c & 0xC0) == 0x80;
}
}  // namespace

constexpr size_t k_block = 64;

SourceText::SourceText(std::string name, std::string text)
    : name_(std::move(name)), text_(std::move(text)) {
  if (text_.compare(0, 3, "\xEF\xBB\xBF") == 0) text_.erase(0, 3);
  line_starts_.push_back(0);
  continuations_before_block_.reserve(text_.size() / k_block + 1);
  std::uint32_t continuations = 0;
  for (size_t block = 0; block < text_.size(); block += k_block) {
    continuations_before_block_.push_back(continuations);
    size_t end = std::min(block + k_block, text_.size());
    for (size_t i = block; i < end; ++i) {
      unsigned char c = static_cast<unsigned char>(text_[i]);
      if (c == '\n') line_starts_.push_back(i + 1);
      continuations += is_continuation(c);
    }
  }
}

size_t SourceText::continuations_before(size_t offset) const {
  size_t block = offset / k_block;
  if (block >= continuations_before_block_.size()) {
    if (continuations_before_block_.empty()) return 0;
    block = continuations_before_block_.size() - 1;
  }
  size_t count = continuations_before_block_[block];
  for (size_t i = block * k_block; i < offset && i < text_.size(); ++i) {
    count += is_continuation(static_cast<unsigned char>(text_[i]));
  }
  return count;
}

std::string_view SourceText::line(int number) const {
  if (number < 1 || number > line_count()) return {};
  size_t start = line_starts_[number - 1];
  size_t end = number < line_count() ? line_starts_[number] - 1 : text_.size();
  if (end > start && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(start, end - start);
}

void SourceText::position_of(size_t offset, int& line, int& column) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t index = static_cast<size_t>(it - line_starts_.begin()) - 1;
  line = static_cast<int>(index) + 1;
  size_t start = line_starts_[index];
  size_t continuations = 0;
  if (offset - start <= 2 * k_block) {  // the usual short line: count directly
    for (size_t i = start; i < offset; ++i) {
      continuations += is_continuation(static_cast<unsigned char>(text_[i]));
    }
  } else {
    continuations = continuations_before(offset) - continuations_before(start);
  }
  size_t code_points = (offset - start) - continuations;
  column = static_cast<int>(std::min<size_t>(code_points + 1, 1u << 30));
}

size_t SourceText::offset_of(int line_number, int column) const {
  if (line_number < 1) return 0;
  if (line_number > line_count()) return text_.size();
  std::string_view text = line(line_number);
  size_t start = line_starts_[line_number - 1];
  int col = 1;
  size_t i = 0;
  while (i < text.size() && col < column) {
    ++i;
    while (i < text.size() && is_continuation(static_cast<unsigned char>(text[i]))) ++i;
    ++col;
  }
  return start + i;
}

}  // namespace journey
