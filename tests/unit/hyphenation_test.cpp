// SPDX-License-Identifier: Apache-2.0
// Long words break at their hyphenation points with a visible hyphen; short units stay together.
#include <catch2/catch.hpp>

#include "../../lib/src/render/hyphenation.hpp"
#include "../../lib/src/render/text_metrics.hpp"

using namespace journey;
using namespace journey::render_detail;

namespace {

std::vector<std::string> lines(const std::string& text, double width, Language language) {
  std::vector<std::string> out;
  for (const Line& line : wrap({{text, {10, false, false, {}}}}, width, language)) {
    std::string s;
    for (const Run& r : line) s += r.text;
    out.push_back(s);
  }
  return out;
}

// The lines joined again, the hyphens wrapping added taken out.
std::string rejoined(const std::vector<std::string>& pieces) {
  std::string out;
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    std::string p = pieces[k];
    bool added = k + 1 < pieces.size() && p.size() > 1 && p.back() == '-';
    out += added ? p.substr(0, p.size() - 1) : p;
  }
  return out;
}

}  // namespace

TEST_CASE("a long word breaks at its hyphenation points, each line ending in a hyphen",
          "[render][hyphenation]") {
  REQUIRE(has_hyphenation(Language::nl));
  REQUIRE(has_hyphenation(Language::en));
  const std::string word = "Arbeidsongeschiktheidsverzekeringsaanvraagformulier";
  std::vector<std::string> nl = lines(word, 110, Language::nl);
  REQUIRE(nl.size() >= 3);
  for (std::size_t k = 0; k + 1 < nl.size(); ++k) {
    INFO(nl[k]);
    CHECK(nl[k].back() == '-');
    CHECK(nl[k].size() >= 4);  // no stray letters: each piece is at least a syllable or two
  }
  CHECK(rejoined(nl) == word);
  // The Dutch patterns know the compound's parts.
  CHECK(nl[0].rfind("Arbeids", 0) == 0);

  std::vector<std::string> en = lines("Internationalization", 60, Language::en);
  REQUIRE(en.size() >= 2);
  CHECK(en[0].back() == '-');
  CHECK(rejoined(en) == "Internationalization");
}

TEST_CASE("a word's own hyphens and slashes are break points without another hyphen",
          "[render][hyphenation]") {
  std::vector<std::string> l = lines("e-mail-adres/telefoonnummer", 60, Language::nl);
  REQUIRE(l.size() >= 2);
  CHECK(rejoined(l) == "e-mail-adres/telefoonnummer");
  for (const std::string& s : l) CHECK(s.find("--") == std::string::npos);
}

TEST_CASE("without a hyphenation point that fits, letters break with a hyphen, ideographs without",
          "[render][hyphenation]") {
  std::vector<std::string> l = lines("Xqzwxqzwxqzwxqzwxqzwxqzw", 40, Language::en);
  REQUIRE(l.size() >= 2);
  CHECK(l[0].back() == '-');
  CHECK(rejoined(l) == "Xqzwxqzwxqzwxqzwxqzwxqzw");
  std::vector<std::string> zh = lines("客户在网上商店下单并等待包裹送达", 60, Language::en);
  REQUIRE(zh.size() >= 2);
  for (const std::string& s : zh) CHECK(s.find('-') == std::string::npos);
}

TEST_CASE("short units stay on one line", "[render][hyphenation]") {
  for (const std::string& s :
       lines("visits " + unbreakable("★ moment of truth"), 100, Language::en)) {
    bool whole = s.find("★") == std::string::npos || s.find("truth") != std::string::npos;
    CHECK(whole);
  }
}
