#include "escape.hpp"

#include <cctype>

namespace journey::render_detail {

std::string html_text(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        if (c >= 0x20 || c == '\t')
          out += static_cast<char>(c == '\t' ? ' ' : c);
        else if (c == '\n')
          out += ' ';
    }
  }
  return out;
}

std::string esc_string(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c < 0x20) {
      out += ' ';
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string safe_url(const std::string& url) {
  std::string lower;
  for (char c : url.substr(0, 8))
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  bool ok = lower.compare(0, 7, "http://") == 0 || lower.compare(0, 8, "https://") == 0 ||
            lower.compare(0, 7, "mailto:") == 0;
  if (!ok) return {};
  for (unsigned char c : url) {
    if (c < 0x20 || c == ' ' || c == '"' || c == '<' || c == '>' || c == '\\') return {};
  }
  return url;
}

std::string shorten(const std::string& text, std::size_t limit) {
  std::size_t points = 0, i = 0;
  while (i < text.size()) {
    if (points == limit) return text.substr(0, i) + "…";
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
    ++points;
  }
  return text;
}

}  // namespace journey::render_detail
