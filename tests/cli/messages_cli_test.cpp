// SPDX-License-Identifier: Apache-2.0
// End-to-end: the messages' language, from --lang, the journey's lang:, the configuration's lang:
// and the environment as gettext reads it; plurals in both languages; the C library's own texts
// in the language of the message around them.
#include <catch2/catch.hpp>

#include "run.hpp"

using namespace journey_test;

namespace {

const std::string k_shop =
    "journey: Shop\n"
    "model: five-stage\n"
    "phases:\n"
    "  orientation:\n"
    "    touchpoints:\n"
    "      - {id: advert, name: Advert, channel: web, pains: [too loud]}\n";

const std::string k_english = "touchpoint 'advert' lists 1 pain but no opportunity";
const std::string k_dutch = "contactmoment 'advert' noemt 1 pijnpunt maar geen kans";

// Lints k_shop (with `extra` appended) from a folder of its own, with `args` and `env`.
Run lint_shop(const std::string& name, const std::vector<std::string>& args,
              const std::vector<std::string>& env = {}, const std::string& extra = {},
              const std::string& config = {}) {
  fs::path dir = scratch() / ("messages-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir / ".git");  // the repository root: no configuration above it
  std::ofstream(dir / "shop.journey.yaml") << k_shop << extra;
  if (!config.empty()) std::ofstream(dir / ".journeylint.yaml") << config;
  std::vector<std::string> all = {"lint", "shop.journey.yaml", "--today", "2026-12-01"};
  all.insert(all.end(), args.begin(), args.end());
  return journey(all, {}, env, dir);
}

}  // namespace

TEST_CASE("lang nl on the command line puts findings and the summary in Dutch and en in English",
          "[cli][messages]") {
  Run en = lint_shop("en", {});
  CHECK(contains(en.out, k_english));
  CHECK(contains(en.out, "Found 8 warnings and 1 info in 1 of 1 file."));
  Run nl = lint_shop("nl", {"--lang", "nl"});
  CHECK(nl.code == en.code);
  CHECK(contains(nl.out, k_dutch));
  CHECK(contains(nl.out, "8 waarschuwingen en 1 info-melding gevonden in 1 van 1 bestand."));
  // Rule ids, keys and the severity word that editors and CI parse stay as they are.
  CHECK(contains(nl.out, ": warning: "));
  CHECK(contains(nl.out, "[pain-without-opportunity]"));
  CHECK(contains(nl.out, "'opportunities:'"));
  // --lang outranks the journey's own lang:.
  Run insisted = lint_shop("insisted", {"--lang", "en"}, {}, "lang: nl\n");
  CHECK(contains(insisted.out, k_english));
}

TEST_CASE("a journey's lang: and the configuration's lang: choose the messages' language",
          "[cli][messages]") {
  Run own = lint_shop("own", {}, {}, "lang: nl\n");
  CHECK(contains(own.out, k_dutch));
  CHECK(contains(own.out, "gevonden in 1 van 1 bestand"));
  // lang: where no line starts with it (a flow map) is found once the journey is loaded.
  fs::path flow = scratch() / "messages-flow";
  fs::remove_all(flow);
  fs::create_directories(flow / ".git");
  std::ofstream(flow / "shop.journey.yaml")
      << "{journey: Shop, model: five-stage, lang: nl, phases: {orientation: {touchpoints: "
         "[{id: advert, name: Advert, channel: web, pains: [too loud]}]}}}\n";
  CHECK(contains(journey({"lint", "shop.journey.yaml", "--today", "2026-12-01"}, {}, {}, flow).out,
                 k_dutch));
  Run configured = lint_shop("configured", {}, {}, "", "lang: nl\n");
  CHECK(contains(configured.out, k_dutch));
  // The journey's own lang: before the configuration's.
  Run both = lint_shop("both", {}, {}, "lang: en\n", "lang: nl\n");
  CHECK(contains(both.out, k_english));
  // The lint cache keeps each language apart.
  Run cached_nl = lint_shop("cached", {"--cache"}, {}, "lang: nl\n");
  CHECK(contains(cached_nl.out, k_dutch));
  fs::path dir = scratch() / "messages-cached";
  Run cached_en =
      journey({"lint", "shop.journey.yaml", "--today", "2026-12-01", "--cache", "--lang", "en"}, {},
              {}, dir);
  CHECK(contains(cached_en.out, k_english));
  Run cached_again =
      journey({"lint", "shop.journey.yaml", "--today", "2026-12-01", "--cache"}, {}, {}, dir);
  CHECK(contains(cached_again.out, k_dutch));
  // A configuration naming another language is an error with its position.
  Run wrong = lint_shop("wrong", {}, {}, "", "lang: de\n");
  CHECK(wrong.code == 2);
  CHECK(contains(wrong.err, "'de' is not en or nl"));
}

TEST_CASE("the environment chooses the language as gettext reads it", "[cli][messages]") {
  CHECK(contains(lint_shop("lang", {}, {"LANG=nl_NL.UTF-8"}).out, k_dutch));
  CHECK(contains(lint_shop("lc-messages", {}, {"LANG=en_US.UTF-8", "LC_MESSAGES=nl_BE.UTF-8"}).out,
                 k_dutch));
  CHECK(contains(lint_shop("lc-all", {}, {"LC_ALL=C", "LANG=nl_NL.UTF-8"}).out, k_english));
  CHECK(contains(lint_shop("language", {}, {"LANGUAGE=fr:nl", "LANG=C.UTF-8"}).out, k_dutch));
  // As in gettext, LANGUAGE alone does not count in the C locale (no LANG).
  CHECK(contains(lint_shop("language-c", {}, {"LANGUAGE=nl"}).out, k_english));
  // Parse errors come out in the language asked for too.
  Run usage = journey({"lint", "--lang", "nl", "--format", "bogus", "."});
  CHECK(usage.code == 2);
  CHECK(contains(usage.err, "'bogus' is geen formaat"));
}

TEST_CASE("plurals are right in both languages", "[cli][messages]") {
  fs::path dir = scratch() / "messages-plurals";
  fs::remove_all(dir);
  fs::create_directories(dir / ".git");
  std::ofstream(dir / "a.journey.yaml") << k_shop << "reviewed: 2026-11-30\n";
  Run one = journey({"lint", "a.journey.yaml", "--select", "stale-review", "--today", "2026-12-01"},
                    {}, {}, dir);
  CHECK(contains(one.out, "1 file checked: no problems found."));
  Run een = journey({"lint", "a.journey.yaml", "--select", "stale-review", "--today", "2026-12-01",
                     "--lang", "nl"},
                    {}, {}, dir);
  CHECK(contains(een.out, "1 bestand gecontroleerd: geen problemen gevonden."));
  std::ofstream(dir / "b.journey.yaml") << k_shop << "reviewed: 2026-11-30\n";
  Run two =
      journey({"lint", ".", "--select", "stale-review", "--today", "2026-12-01", "--lang", "nl"},
              {}, {}, dir);
  CHECK(contains(two.out, "2 bestanden gecontroleerd: geen problemen gevonden."));
}

TEST_CASE("the C library's texts follow the message around them", "[cli][messages]") {
  // English messages keep English system errors, whatever catalogs the C library has.
  Run en = journey({"lint", "no-such-folder/x.journey.yaml"}, {}, {"LANG=C.UTF-8"});
  CHECK(en.code == 2);
  CHECK(contains(en.err, "no-such-folder/x.journey.yaml: no such file or directory"));
  Run nl = journey({"lint", "--lang", "nl", "no-such-folder/x.journey.yaml"});
  CHECK(nl.code == 2);
  CHECK(contains(nl.err, "no-such-folder/x.journey.yaml: bestand of map bestaat niet"));
}
