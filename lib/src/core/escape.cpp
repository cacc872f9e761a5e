// SPDX-License-Identifier: Apache-2.0
#include "journey/escape.hpp"

#include <algorithm>
#include <cstdio>

#include "journey/utf8.hpp"

namespace journey {

namespace {

void append_hex(std::string& out, const char* prefix, unsigned value, int digits) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%s%0*x", prefix, digits, value);
  out += buffer;
}

bool is_bidi_control(char32_t cp) {
  return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

// The entity of a character markup gives meaning to; false for any other character.
bool append_markup_entity(std::string& out, char c) {
  switch (c) {
    case '&':
      out += "&amp;";
      return true;
    case '<':
      out += "&lt;";
      return true;
    case '>':
      out += "&gt;";
      return true;
    case '"':
      out += "&quot;";
      return true;
    case '\'':
      out += "&#39;";  // numeric: Graphviz's HTML labels do not know &apos;
      return true;
    default:
      return false;
  }
}

}  // namespace

std::string json_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size() + 2);
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    char32_t cp = 0;
    std::size_t len = c >= 0x80 ? decode_utf8(text, i, cp) : 0;
    if (len > 1 && ((cp >= 0x80 && cp <= 0x9F) || is_bidi_control(cp))) {
      append_hex(out, "\\u", cp, 4);  // valid JSON either way; escaped, nothing raw reaches a log
      i += len - 1;
      continue;
    }
    if (c >= 0x80) {  // not UTF-8 (a file name, say): JSON holds only Unicode
      out += len == 0 ? "\\ufffd" : text.substr(i, len);
      i += len == 0 ? 0 : len - 1;
      continue;
    }
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          append_hex(out, "\\u", c, 4);
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out;
}

std::string xml_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    char32_t cp = 0;
    std::size_t len = c >= 0x80 ? decode_utf8(text, i, cp) : 0;
    if (len > 1 && ((cp >= 0x80 && cp <= 0x9F) || is_bidi_control(cp))) {
      append_hex(out, "&#x", cp, 4);
      out += ';';
      i += len - 1;
      continue;
    }
    if (c >= 0x80) {  // not UTF-8 (a file name, say): XML holds only Unicode; nor U+FFFE/FFFF
      bool unrepresentable = len == 3 && (cp == 0xFFFE || cp == 0xFFFF);
      out += len == 0 ? "&#xfffd;" : unrepresentable ? "?" : text.substr(i, len);
      i += len == 0 ? 0 : len - 1;
      continue;
    }
    if (append_markup_entity(out, static_cast<char>(c))) continue;
    // XML 1.0 cannot hold most control characters, even escaped.
    bool unrepresentable = c < 0x20 && c != '\n' && c != '\t' && c != '\r';
    out += unrepresentable ? '?' : static_cast<char>(c);
  }
  return out;
}

std::string terminal_text(std::string_view text, bool keep_newlines) {
  // Most text is printable ASCII, which passes unchanged.
  if (std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7F; })) {
    return std::string(text);
  }
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    std::size_t len = decode_utf8(text, i, cp);
    if (len == 0) {
      append_hex(out, "\\x", static_cast<unsigned char>(text[i]), 2);
      ++i;
      continue;
    }
    if ((cp == '\n' || cp == '\t') && keep_newlines) {
      out += static_cast<char>(cp);
    } else if (cp == '\n' || cp == '\r' || cp == '\t') {
      out += cp == '\n' ? "\\n" : cp == '\r' ? "\\r" : "\\t";
    } else if (cp < 0x20 || cp == 0x7F) {
      append_hex(out, "\\x", cp, 2);
    } else if ((cp >= 0x80 && cp <= 0x9F) || is_bidi_control(cp)) {
      append_hex(out, "\\u", cp, 4);
    } else {
      out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::string excerpt(std::string_view text, std::size_t limit) {
  std::size_t points = 0, i = 0;
  while (i < text.size() && points < limit) {
    char32_t cp = 0;
    std::size_t len = decode_utf8(text, i, cp);
    i += len == 0 ? 1 : len;
    ++points;
  }
  std::string shown = terminal_text(text.substr(0, i));
  return i < text.size() ? shown + "…" : shown;
}

std::string markdown_text(std::string_view raw) {
  std::string out;
  for (char c : terminal_text(raw)) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '&') {
      out += "&amp;";
    } else if (c == '`') {
      out += "'";
    } else {
      out += c;
    }
  }
  return out;
}

std::string html_escape(std::string_view raw) {
  std::string out;
  std::string text = terminal_text(raw, true);
  out.reserve(text.size());
  for (char c : text) {
    if (!append_markup_entity(out, c)) out += c;
  }
  return out;
}

std::string github_escape_data(const std::string& raw) {
  std::string text = terminal_text(raw, true);
  std::string out;
  for (char c : text) {
    if (c == '%') {
      out += "%25";
    } else if (c == '\r') {
      out += "%0D";
    } else if (c == '\n') {
      out += "%0A";
    } else {
      out += c;
    }
  }
  return out;
}

std::string github_escape_property(const std::string& text) {
  std::string out;
  for (char c : github_escape_data(text)) {
    if (c == ':') {
      out += "%3A";
    } else if (c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace journey
