// SPDX-License-Identifier: Apache-2.0
// The fixed words: every word has its text in every language, and languages parse as written.
#include <catch2/catch.hpp>

#include "journey/numbers.hpp"
#include "journey/words.hpp"

using namespace journey;

TEST_CASE("every word is set in every language", "[words]") {
  for (Language language : k_languages) {
    for (int w = 0; w < static_cast<int>(Word::count); ++w) {
      INFO(to_string(language) << " word " << w);
      CHECK_FALSE(word(static_cast<Word>(w), language).empty());
    }
  }
  CHECK(word(Word::thinking, Language::nl) == "Denken");
  CHECK(role_name("lead", Language::nl) == "lead");
  CHECK(role_name("klant", Language::en) == "customer");
}

TEST_CASE("languages parse as written and nothing else", "[words]") {
  Language l = Language::en;
  CHECK(parse_language("nl", l));
  CHECK(l == Language::nl);
  CHECK_FALSE(parse_language("NL", l));
  CHECK_FALSE(parse_language("de", l));
  CHECK(std::string(to_string(Language::en)) == "en");
}

TEST_CASE("counts take their noun's number and print whole counts in full", "[words]") {
  CHECK(journey::count_of(1, "pain", "pains") == "1 pain");
  CHECK(journey::count_of(0, "pain", "pains") == "0 pains");
  CHECK(journey::count_of(2.5, "user", "users") == "2.5 users");
  CHECK(journey::count_of(1000000, "file", "files") == "1000000 files");
  CHECK(journey::count_of(1234567, "user", "users") == "1234567 users");
}
