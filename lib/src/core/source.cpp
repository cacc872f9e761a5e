#include "journey/source.hpp"

#include <algorithm>

namespace journey {

namespace {
bool is_continuation(unsigned char c) {
  return (c & 0xC0) == 0x80;
}
}  // namespace

SourceText::SourceText(std::string name, std::string text)
    : name_(std::move(name)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
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
  int col = 1;
  for (size_t i = line_starts_[index]; i < offset; ++i) {
    if (!is_continuation(static_cast<unsigned char>(text_[i]))) ++col;
  }
  column = col;
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
