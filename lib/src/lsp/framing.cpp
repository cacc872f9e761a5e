// SPDX-License-Identifier: Apache-2.0
#include "framing.hpp"

#include <algorithm>
#include <cctype>

namespace journey::lsp {

namespace {

constexpr std::size_t k_max_header_line = 1024;
constexpr int k_max_header_lines = 32;

// One header line without its CR LF; false at the end of the input. A line longer than the limit
// is read to its end and returned cut, so that it fails as a header.
bool read_header_line(std::istream& in, std::string& line) {
  line.clear();
  int c = 0;
  while ((c = in.get()) != std::char_traits<char>::eof()) {
    if (c == '\n') {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return true;
    }
    if (line.size() < k_max_header_line) line += static_cast<char>(c);
  }
  return !line.empty();
}

// The value of "Content-Length: N", or false when the line is another header.
bool content_length(const std::string& line, bool& valid, std::size_t& length) {
  static const std::string name = "content-length:";
  if (line.size() < name.size()) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(line[i])) != name[i]) return false;
  }
  std::size_t i = name.size();
  while (i < line.size() && line[i] == ' ') ++i;
  valid = i < line.size();
  length = 0;
  for (; i < line.size() && valid; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(line[i])) ||
        length > (static_cast<std::size_t>(-1) - 9) / 10) {
      valid = false;
      break;
    }
    length = length * 10 + static_cast<std::size_t>(line[i] - '0');
  }
  return true;
}

// Reads and drops `length` bytes; false when the input ends first.
bool skip_bytes(std::istream& in, std::size_t length) {
  char chunk[65536];
  while (length > 0) {
    std::size_t n = std::min(length, sizeof chunk);
    in.read(chunk, static_cast<std::streamsize>(n));
    if (static_cast<std::size_t>(in.gcount()) != n) return false;
    length -= n;
  }
  return true;
}

}  // namespace

ReadStatus read_message(std::istream& in, std::size_t max_body, std::string& body,
                        std::string& error) {
  std::string line;
  bool have_length = false, valid = false;
  std::size_t length = 0;
  int lines = 0;
  while (true) {
    if (!read_header_line(in, line)) return ReadStatus::end;
    if (line.empty()) {
      if (lines == 0) continue;  // stray blank lines between messages
      break;
    }
    ++lines;
    bool this_valid = false;
    std::size_t this_length = 0;
    if (content_length(line, this_valid, this_length)) {
      have_length = true;
      valid = this_valid;
      length = this_length;
    }
    if (lines > k_max_header_lines) {
      error = "more than " + std::to_string(k_max_header_lines) + " header lines";
      return ReadStatus::invalid;
    }
  }
  if (!have_length || !valid) {
    error = have_length ? "Content-Length is not a number" : "a message without Content-Length";
    return ReadStatus::invalid;
  }
  if (length > max_body) {
    if (!skip_bytes(in, length)) return ReadStatus::end;
    error = "a message of " + std::to_string(length) + " bytes; the limit is " +
            std::to_string(max_body);
    return ReadStatus::invalid;
  }
  body.resize(length);
  in.read(body.data(), static_cast<std::streamsize>(length));
  if (static_cast<std::size_t>(in.gcount()) != length) return ReadStatus::end;
  return ReadStatus::message;
}

void write_message(std::ostream& out, const std::string& body) {
  out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out.flush();
}

bool nests_deeper_than(const std::string& json, int limit) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

}  // namespace journey::lsp
