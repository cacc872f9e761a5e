// SPDX-License-Identifier: Apache-2.0
// End-to-end: journey init writes a journey that lints and renders, with a schema for editors, and
// never replaces a file unasked.
#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "run.hpp"

using namespace journey_test;

namespace {

fs::path fresh(const std::string& name) {
  fs::path dir = scratch() / ("init-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

}  // namespace

TEST_CASE("init writes a journey that lints without errors and renders", "[cli][init]") {
  fs::path dir = fresh("new");
  fs::create_directories(dir / "maps");
  Run r = journey({"init", "maps/shop.journey.yaml", "--model", "five-stage", "--lang", "nl",
                   "--today", "2026-11-29"},
                  {}, {}, dir);
  REQUIRE(r.code == 0);
  CHECK(r.out.empty());
  // --lang nl: the template and the messages are Dutch.
  CHECK(contains(r.err,
                 "maps/shop.journey.yaml (model five-stage) en journey.schema.json voor "
                 "editors geschreven"));
  std::string text = slurp(dir / "maps/shop.journey.yaml");
  CHECK(text.rfind("# yaml-language-server: $schema=./journey.schema.json\n", 0) == 0);
  CHECK(contains(text, "\njourney: Shop\n"));
  CHECK(contains(text, "\nreviewed: 2026-11-29\n"));
  CHECK(contains(text, "  oriëntatie:"));
  CHECK(contains(slurp(dir / "maps/journey.schema.json"), "\"$schema\""));

  Run lint = journey({"lint", "maps/shop.journey.yaml", "--today", "2026-11-29"}, {}, {}, dir);
  CHECK(lint.code == 0);
  CHECK(contains(lint.out, "[empty-phase]"));  // the warnings say what to fill in
  // ... in the journey's language (init wrote lang: nl), its summary too.
  CHECK(contains(lint.out, "fase 'oriëntatie' heeft geen contactmomenten"));
  CHECK(contains(lint.out, "waarschuwingen gevonden in 1 van 1 bestand"));
  CHECK(
      journey({"render", "maps/shop.journey.yaml", "--view", "map", "-o", "shop.svg"}, {}, {}, dir)
          .code == 0);

  // A second journey finds the schema already there, and a journey elsewhere refers to it.
  Run second = journey({"init", "maps/app.journey.yaml", "-m", "see-think-do-care"}, {}, {}, dir);
  CHECK(second.code == 0);
  CHECK_FALSE(contains(second.err, "for editors"));
  fs::create_directories(dir / "maps/b2b");
  CHECK(journey({"init", "maps/b2b/deal.journey.yaml"}, {}, {}, dir).code == 0);
  CHECK(slurp(dir / "maps/b2b/deal.journey.yaml")
            .rfind("# yaml-language-server: $schema=../journey.schema.json\n", 0) == 0);
}

TEST_CASE("init never replaces a file without --force, and then atomically", "[cli][init]") {
  fs::path dir = fresh("force");
  std::ofstream(dir / "mine.journey.yaml") << "precious\n";
  ::chmod((dir / "mine.journey.yaml").c_str(), 0640);
  Run refused = journey({"init", "mine.journey.yaml"}, {}, {}, dir);
  CHECK(refused.code == 2);
  CHECK(contains(refused.err, "'mine.journey.yaml' exists; pass --force to replace it"));
  CHECK(slurp(dir / "mine.journey.yaml") == "precious\n");

  Run forced = journey({"init", "mine.journey.yaml", "--force", "--no-schema"}, {}, {}, dir);
  CHECK(forced.code == 0);
  CHECK(contains(slurp(dir / "mine.journey.yaml"), "\nmodel: see-think-do-care\n"));
  struct stat st {};
  ::stat((dir / "mine.journey.yaml").c_str(), &st);
  CHECK((st.st_mode & 0777) == 0640);  // the replaced file keeps its mode
  CHECK_FALSE(fs::exists(dir / "journey.schema.json"));
  for (const auto& e : fs::directory_iterator(dir)) {
    CHECK(e.path().filename().string().find(".tmp") == std::string::npos);
  }
}

TEST_CASE("init to standard output, from a model file, and its errors", "[cli][init]") {
  fs::path dir = fresh("model-file");
  Run out = journey({"init", "-", "--model", "aida", "--title", "Launch: spring #1"}, {}, {}, dir);
  CHECK(out.code == 0);
  CHECK(contains(out.out, "\njourney: \"Launch: spring #1\"\n"));
  CHECK(out.err.empty());
  CHECK(fs::is_empty(dir));

  fs::create_directories(dir / "models");
  std::ofstream(dir / "models/mine.yaml")
      << "id: mine\nname: Mine\nphases:\n  - {id: look, name: Look}\n  - {id: buy, name: Buy}\n";
  Run own = journey({"init", "new.journey.yaml", "--model", "models/mine.yaml"}, {}, {}, dir);
  CHECK(own.code == 0);
  CHECK(contains(own.err, "laid out from its phases"));
  CHECK(contains(slurp(dir / "new.journey.yaml"), "\nmodel: models/mine.yaml\n"));
  Run lint = journey({"lint", "new.journey.yaml"}, {}, {}, dir);
  CHECK(lint.code == 0);

  Run typo = journey({"init", "x.journey.yaml", "--model", "fivestage"}, {}, {}, dir);
  CHECK(typo.code == 2);
  CHECK(contains(typo.err, "unknown model 'fivestage'; did you mean 'five-stage'?"));
  std::ofstream(dir / "models/broken.yaml") << "id: broken\nphases: {}\n";
  Run broken = journey({"init", "y.journey.yaml", "--model", "models/broken.yaml"}, {}, {}, dir);
  CHECK(broken.code == 2);
  CHECK(contains(broken.err, "models/broken.yaml:"));
  CHECK(journey({"init", "z.journey.yaml", "--lang", "de"}, {}, {}, dir).code == 2);
  CHECK(journey({"init", "z.journey.yaml", "--today", "2026-02-30"}, {}, {}, dir).code == 2);
  for (const char* name : {"x.journey.yaml", "y.journey.yaml", "z.journey.yaml"}) {
    CHECK_FALSE(fs::exists(dir / name));
  }
}
