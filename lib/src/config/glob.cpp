// SPDX-License-Identifier: Apache-2.0
// Override globs, matched by simulating the pattern as an automaton over the path: time is
// O(pattern x path) whatever the pattern, where backtracking would be exponential in its stars.
#include <vector>

#include "journey/config.hpp"

namespace journey {

namespace {

enum class Token : char {
  literal,        // one given character
  any_char,       // '?': one character of a segment
  star,           // '*': any run of characters within a segment
  globstar,       // '**': any run of characters, '/' included
  optional_dirs,  // starts '**/' (optional_dirs, globstar, '/'): may skip all three
};

struct Step {
  Token token;
  char c;
};

std::vector<Step> compile(const std::string& p) {
  std::vector<Step> steps;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (p[i] == '*' && i + 1 < p.size() && p[i + 1] == '*') {
      std::size_t after = i + 2;
      while (after < p.size() && p[after] == '*') ++after;  // "***" is "**"
      if (after < p.size() && p[after] == '/') {
        // "**/" is no directory at all, or any run of characters that ends in '/'.
        steps.push_back({Token::optional_dirs, 0});
        steps.push_back({Token::globstar, 0});
        steps.push_back({Token::literal, '/'});
        i = after;
      } else {
        steps.push_back({Token::globstar, 0});
        i = after - 1;
      }
    } else if (p[i] == '*') {
      steps.push_back({Token::star, 0});
    } else if (p[i] == '?') {
      steps.push_back({Token::any_char, 0});
    } else {
      steps.push_back({Token::literal, p[i]});
    }
  }
  return steps;
}

// Adds the states reachable from the current ones without reading a character.
void close(const std::vector<Step>& steps, std::vector<char>& states) {
  for (std::size_t i = 0; i < steps.size(); ++i) {
    if (!states[i]) continue;
    Token t = steps[i].token;
    if (t == Token::star || t == Token::globstar || t == Token::optional_dirs) states[i + 1] = 1;
    if (t == Token::optional_dirs) states[i + 3] = 1;
  }
}

}  // namespace

bool glob_match(const std::string& pattern, const std::string& path) {
  std::string p = pattern;
  if (p.compare(0, 2, "./") == 0) p = p.substr(2);
  if (!p.empty() && p.back() == '/') p += "**";
  if (p.find('/') == std::string::npos) p = "**/" + p;
  const std::vector<Step> steps = compile(p);
  std::vector<char> states(steps.size() + 1, 0), next(steps.size() + 1, 0);
  states[0] = 1;
  close(steps, states);
  for (char c : path) {
    std::fill(next.begin(), next.end(), 0);
    bool any = false;
    for (std::size_t i = 0; i < steps.size(); ++i) {
      if (!states[i]) continue;
      const Step& s = steps[i];
      switch (s.token) {
        case Token::literal:
          if (c == s.c) next[i + 1] = 1;
          break;
        case Token::any_char:
          if (c != '/') next[i + 1] = 1;
          break;
        case Token::star:
          if (c != '/') next[i] = 1;
          break;
        case Token::globstar:
          next[i] = 1;
          break;
        case Token::optional_dirs:
          break;  // reads nothing itself
      }
    }
    for (char n : next) any = any || n;
    if (!any) return false;
    close(steps, next);
    states.swap(next);
  }
  return states[steps.size()] != 0;
}

}  // namespace journey
