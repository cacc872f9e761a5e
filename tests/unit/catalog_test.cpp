// SPDX-License-Identifier: Apache-2.0
// Catalogs (`use:`): loading one file, and resolving a journey's catalogs in the lint engine:
// personas, channels and owners merged, conflicts, findings in the catalog's own file, cycles,
// missing files and limits.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "journey/catalog.hpp"
#include "journey/lint.hpp"
#include "journey/report.hpp"
#include "journey/suggest.hpp"
#include "test_folder.hpp"

using namespace journey;
namespace fs = std::filesystem;

namespace {

struct Folder : journey_test::TestFolder {
  Folder() : TestFolder("journey-catalog-test") { make_repository(); }
};

const char* k_catalog = R"(personas:
  - id: sam
    name: Sam, the solo maker
    description: 31, freelance designer
    goals: [win more clients]
    frustrations: [tools that need a manual]
channels:
  - {id: web, name: Website, kind: digital}
  - {id: social, name: Social media, kind: digital}
owners:
  - {id: marketing, name: Marketing, contact: marketing@example.com}
)";

std::string journey_using(const std::string& use, const std::string& extra = {}) {
  return "journey: Uses catalogs\nmodel: see-think-do-care\nreviewed: 2026-11-01\nuse: " + use +
         "\n" + extra +
         "phases:\n  see:\n    touchpoints:\n      - {id: ad, name: Ad, channel: social, "
         "emotion: 4, owner: marketing, personas: [sam]}\n";
}

Analysis analyze(const std::string& path) {
  LintOptions options;
  Date::parse("2026-11-23", options.today);
  Config config = default_config();
  return analyze_file(path, config, options);
}

std::vector<std::string> findings_of(const Analysis& a, const std::string& rule) {
  std::vector<std::string> out;
  for (const Finding& f : a.report.findings) {
    if (f.rule != rule) continue;
    std::string file = f.file.empty() ? "" : fs::path(f.file).filename().string() + ":";
    out.push_back(file + std::to_string(f.span.line) + ":" + std::to_string(f.span.column));
  }
  return out;
}

}  // namespace

TEST_CASE("a catalog file loads personas, channels and owners with positions", "[catalog]") {
  CatalogLoadResult r = load_catalog(SourceText("c/shared.yaml", k_catalog));
  REQUIRE(r.catalog);
  CHECK(r.findings.empty());
  REQUIRE(r.catalog->personas.size() == 1);
  CHECK(r.catalog->personas[0].file == "c/shared.yaml");
  CHECK(r.catalog->personas[0].id.span.line == 2);
  REQUIRE(r.catalog->channels.size() == 2);
  CHECK(r.catalog->channels[1].id.value == "social");
  CHECK(r.catalog->channels[1].kind.value == "digital");
  CHECK(r.catalog->channels_present.present);
  REQUIRE(r.catalog->owners.size() == 1);
  CHECK(r.catalog->owners[0].contact.value == "marketing@example.com");
}

TEST_CASE("findings in a catalog carry the catalog's file and position", "[catalog]") {
  CatalogLoadResult r = load_catalog(SourceText("c/bad.yaml", R"(personas:
  - id: sam
    nmae: Sam
channels:
  - {id: web}
  - {id: web, kind: [digital]}
team: growth
)"));
  std::vector<std::string> got;
  for (const Finding& f : r.findings) {
    CHECK(f.file == "c/bad.yaml");
    got.push_back(f.rule + " " + std::to_string(f.span.line) + ":" + std::to_string(f.span.column));
  }
  std::sort(got.begin(), got.end());
  CHECK(got == std::vector<std::string>{"duplicate-id 6:10", "missing-field 2:5", "unknown-key 3:5",
                                        "unknown-key 7:1", "wrong-type 6:21"});
  CHECK_FALSE(load_catalog(SourceText("c/list.yaml", "- a\n- b\n")).catalog);
}

TEST_CASE("personas, channels and owners of catalogs reach the journey", "[catalog]") {
  Folder dir;
  dir.write("catalog/shared.yaml", k_catalog);
  std::string path = dir.write("maps/shop.journey.yaml", journey_using("[../catalog/shared.yaml]"));
  Analysis a = analyze(path);
  REQUIRE(a.journey);
  REQUIRE(a.journey->personas.size() == 1);
  const Persona& sam = a.journey->personas[0];
  CHECK(sam.name.value == "Sam, the solo maker");
  CHECK(sam.file == (dir.path / "catalog/shared.yaml").string());
  CHECK(sam.via.line == 4);            // the journey's use: entry
  CHECK(journey_span(sam).line == 4);  // what diff and score name
  CHECK(a.journey->channels_listed);
  CHECK(a.journey->owners.size() == 1);
  CHECK(findings_of(a, "unknown-reference").empty());  // personas: [sam] resolves
  CHECK(findings_of(a, "unknown-channel").empty());
  CHECK(findings_of(a, "unknown-owner").empty());
  CHECK(a.inputs == std::vector<std::string>{(dir.path / "catalog/shared.yaml").string()});
  CHECK(a.report.other_sources.count((dir.path / "catalog/shared.yaml").string()) == 1);
  CHECK_FALSE(a.has_errors());
}

TEST_CASE("a local persona wins over a catalog's, a different one is a conflict", "[catalog]") {
  Folder dir;
  dir.write("shared.yaml", k_catalog);
  std::string same = dir.write(
      "same.journey.yaml", journey_using("[shared.yaml]",
                                         "personas:\n  - id: sam\n    name: Sam, the solo maker\n"
                                         "    description: 31, freelance designer\n"));
  Analysis a = analyze(same);
  REQUIRE(a.journey);
  CHECK(a.journey->personas.size() == 1);
  CHECK(a.journey->personas[0].file.empty());  // the journey's own definition
  CHECK(findings_of(a, "catalog-conflict").empty());

  std::string other = dir.write(
      "other.journey.yaml",
      journey_using("[shared.yaml]", "personas:\n  - id: sam\n    name: Sam the freelancer\n"));
  Analysis b = analyze(other);
  CHECK(findings_of(b, "catalog-conflict") == std::vector<std::string>{"6:9"});
  CHECK(b.journey->personas.size() == 1);
  CHECK(b.journey->personas[0].name.value == "Sam the freelancer");
}

TEST_CASE("a cycle, a missing file and a broken catalog are errors at the use entry", "[catalog]") {
  Folder dir;
  dir.write("a.yaml", "use: [b.yaml]\n");
  dir.write("b.yaml", "use: [a.yaml]\npersonas: [{id: sam, name: Sam}]\n");
  dir.write("broken.yaml", "personas:\n  - {id: sam, name: Sam\n");
  std::string path =
      dir.write("j.journey.yaml", journey_using("[a.yaml, missing.yaml, broken.yaml]"));
  Analysis a = analyze(path);
  REQUIRE(a.journey);
  CHECK(findings_of(a, "unusable-catalog") == std::vector<std::string>{"4:7", "4:15", "4:29"});
  CHECK(findings_of(a, "yaml-syntax") == std::vector<std::string>{"broken.yaml:3:1"});
  CHECK(a.has_errors());
  // The cycle's catalogs are read; a missing file is an input too, so that it may appear.
  CHECK(a.inputs.size() == 4);
  CHECK_FALSE(a.journey->catalogs_complete);
  CHECK(findings_of(a, "unknown-reference").empty());  // sam may be in what could not be read
}

TEST_CASE("catalogs nested too deep or too many are refused, and a diamond is read once",
          "[catalog]") {
  Folder dir;
  for (int i = 0; i < 20; ++i) {
    dir.write("deep" + std::to_string(i) + ".yaml",
              "use: [deep" + std::to_string(i + 1) + ".yaml]\n");
  }
  dir.write("deep20.yaml", k_catalog);
  Analysis deep = analyze(dir.write("deep.journey.yaml", journey_using("[deep0.yaml]")));
  REQUIRE(findings_of(deep, "unusable-catalog").size() == 1);
  CHECK(deep.inputs.size() == static_cast<std::size_t>(k_max_catalog_depth));

  std::string many = "use: [";
  for (int i = 0; i < 80; ++i) {
    dir.write("many" + std::to_string(i) + ".yaml",
              "owners: [{id: team" + std::to_string(i) + "}]\n");
    many += (i ? ", many" : "many") + std::to_string(i) + ".yaml";
  }
  dir.write("many.yaml", many + "]\n");
  Analysis wide = analyze(dir.write("many.journey.yaml", journey_using("[many.yaml]")));
  CHECK(findings_of(wide, "unusable-catalog").size() == 1);
  CHECK(wide.inputs.size() == k_max_catalogs);

  dir.write("left.yaml", "use: [shared.yaml]\n");
  dir.write("right.yaml", "use: [shared.yaml]\n");
  dir.write("shared.yaml", k_catalog);
  Analysis diamond =
      analyze(dir.write("diamond.journey.yaml", journey_using("[left.yaml, right.yaml]")));
  CHECK(findings_of(diamond, "unusable-catalog").empty());
  CHECK(diamond.journey->personas.size() == 1);
  CHECK(diamond.inputs.size() == 3);
}

TEST_CASE("the journey's suppressions do not reach findings in a catalog", "[catalog]") {
  Folder dir;
  dir.write("thin.yaml", "personas:\n  - {id: noor, name: Noor}\n");
  std::string path = dir.write(
      "j.journey.yaml", "# journey-lint: disable-file=persona-incomplete\n" +
                            journey_using("[thin.yaml]", "personas:\n  - {id: sam, name: Sam}\n"));
  Analysis a = analyze(path);
  // sam's finding is suppressed by the comment; noor's is in the catalog, out of its reach.
  CHECK(findings_of(a, "persona-incomplete") == std::vector<std::string>{"thin.yaml:2:10"});
  CHECK(findings_of(a, "unused-suppression").empty());

  // Text output names the catalog and shows its line.
  std::ostringstream text;
  auto reporter = make_reporter(ReportFormat::text, text, {});
  reporter->file(a.report);
  CHECK(text.str().find("thin.yaml:2:10: warning: persona 'noor'") != std::string::npos);
  CHECK(text.str().find(" 2 |   - {id: noor, name: Noor}") != std::string::npos);
}

TEST_CASE("channels and owners are checked only against a catalog that lists them", "[catalog]") {
  Folder dir;
  dir.write("people.yaml", "personas: [{id: sam, name: Sam}]\n");
  dir.write("words.yaml", "channels: [{id: web}]\nowners: [{id: sales}]\n");
  Analysis free = analyze(dir.write("free.journey.yaml", journey_using("[people.yaml]")));
  CHECK(findings_of(free, "unknown-channel").empty());
  CHECK(findings_of(free, "unknown-owner").empty());
  Analysis checked =
      analyze(dir.write("checked.journey.yaml", journey_using("[people.yaml, words.yaml]")));
  CHECK(findings_of(checked, "unknown-channel") == std::vector<std::string>{"8:37"});
  CHECK(findings_of(checked, "unknown-owner") == std::vector<std::string>{"8:64"});
}

TEST_CASE("a catalog shared by journeys linted in parallel gives each the same findings",
          "[catalog][parallel]") {
  Folder dir;
  dir.write("catalog/shared.yaml", std::string(k_catalog) + "  - {id: sales}\n  - {id: sales}\n");
  std::vector<std::string> files;
  for (int i = 0; i < 24; ++i) {
    std::string n = std::to_string(i);
    dir.write("data/" + n + ".csv", "touchpoint,metric,value\nad,views," + n + "\nadd,views,1\n");
    files.push_back(
        dir.write("maps/j" + n + ".journey.yaml",
                  journey_using("[../catalog/shared.yaml]", "data: [../data/" + n + ".csv]\n")));
  }
  std::vector<std::shared_ptr<const Config>> configs(files.size(),
                                                     std::make_shared<Config>(default_config()));
  LintOptions options;
  Date::parse("2026-11-23", options.today);
  std::vector<std::string> one, many;
  auto collect = [](std::vector<std::string>& out) {
    return [&out](FileReport& r) {
      std::string line;
      for (const Finding& f : r.findings) {
        line += fs::path(f.file).filename().string() + ":" + std::to_string(f.span.line) + " " +
                f.rule + ";";
      }
      out.push_back(line);
    };
  };
  lint_files(files, configs, options, 1, collect(one));
  lint_files(files, configs, options, 4, collect(many));
  CHECK(one == many);
  REQUIRE(one.size() == files.size());
  CHECK(one.front().find("shared.yaml:13 duplicate-id") != std::string::npos);
  CHECK(one.back().find("23.csv:3 data-unknown-reference") != std::string::npos);
}

TEST_CASE("id suggestions: membership, one did-you-mean per word, and a budget", "[catalog]") {
  IdSuggester ids({"web", "social", "store"}, 2);
  CHECK(ids.contains("web"));
  CHECK_FALSE(ids.contains("Web"));
  CHECK(ids.suggest("socal") == "social");
  CHECK(ids.suggest("socal") == "social");  // remembered, not counted again
  CHECK(ids.suggest("stor") == "store");
  CHECK(ids.suggest("webb").empty());  // past the budget of two distinct words
}
