#include "journey/config.hpp"

namespace journey {

namespace {

bool match_here(const char* p, const char* s) {
  while (*p != '\0') {
    if (p[0] == '*' && p[1] == '*') {
      p += 2;
      if (*p == '/') ++p;  // "**/" also matches no directory at all
      for (const char* t = s;; ++t) {
        if (match_here(p, t)) return true;
        if (*t == '\0') return false;
      }
    }
    if (*p == '*') {
      ++p;
      for (const char* t = s;; ++t) {
        if (match_here(p, t)) return true;
        if (*t == '\0' || *t == '/') return false;
      }
    }
    if (*s == '\0') return false;
    if (*p == '?') {
      if (*s == '/') return false;
    } else if (*p != *s) {
      return false;
    }
    ++p;
    ++s;
  }
  return *s == '\0';
}

}  // namespace

bool glob_match(const std::string& pattern, const std::string& path) {
  std::string p = pattern;
  if (p.compare(0, 2, "./") == 0) p = p.substr(2);
  if (!p.empty() && p.back() == '/') p += "**";
  if (p.find('/') == std::string::npos) p = "**/" + p;
  return match_here(p.c_str(), path.c_str());
}

}  // namespace journey
