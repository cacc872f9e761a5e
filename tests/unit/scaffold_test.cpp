// SPDX-License-Identifier: Apache-2.0
// journey init's scaffolds: every model in both languages gives a journey without lint errors,
// whose examples, uncommented, lint without warnings too; placeholders hold any text safely.
#include <catch2/catch.hpp>

#include "journey/config.hpp"
#include "journey/lint.hpp"
#include "journey/load.hpp"
#include "journey/scaffold.hpp"

using namespace journey;

namespace {

const Config& config() {
  static const Config c = default_config();
  return c;
}

FileReport lint_text(const std::string& text, const std::string& name = "new.journey.yaml") {
  LintOptions options;
  Date::parse("2026-11-29", options.today);
  return lint_source(SourceText(name, text), name, config(), options);
}

std::vector<std::string> at_least(const FileReport& r, Severity severity) {
  std::vector<std::string> out;
  for (const Finding& f : r.findings) {
    if (f.severity >= severity) {
      out.push_back(std::to_string(f.span.line) + ": " + f.rule + ": " + f.message);
    }
  }
  return out;
}

// The examples in comments, made real.
std::string uncommented(const std::string& text) {
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(at, end - at);
    if (line.rfind("      # ", 0) == 0) line = "      " + line.substr(8);
    out += line + "\n";
    at = end + 1;
  }
  return out;
}

ScaffoldOptions options_in(const std::string& language) {
  ScaffoldOptions options;
  parse_language(language, options.language);
  options.reviewed = "2026-11-29";
  options.schema = "journey.schema.json";
  return options;
}

const char* k_own_model = R"(id: mine
name: Mine
phases:
  - {id: look, name: {en: Look, nl: Kijken}, stage: pre-purchase, channels: [social],
     description: The customer looks around.}
  - {id: buy, name: Buy, stage: purchase}
  - {id: keep, name: Keep, stage: post-purchase}
)";

}  // namespace

TEST_CASE("every built-in model has a template in English and Dutch", "[scaffold]") {
  for (const Model* m : config().catalog->models()) {
    CHECK(has_journey_template(*m, Language::en));
    CHECK(has_journey_template(*m, Language::nl));
  }
}

TEST_CASE("a new journey lints without errors, its examples without warnings", "[scaffold]") {
  for (const Model* m : config().catalog->models()) {
    for (const char* language : {"en", "nl"}) {
      std::string text = scaffold_journey(*m, options_in(language));
      INFO(m->id << " " << language << "\n" << text);
      CHECK(text.rfind("# yaml-language-server: $schema=journey.schema.json\n", 0) == 0);
      CHECK(text.find("{{") == std::string::npos);
      FileReport fresh = lint_text(text);
      CHECK(at_least(fresh, Severity::error).empty());
      CHECK_FALSE(at_least(fresh, Severity::warning).empty());  // they say what to fill in
      CHECK(at_least(lint_text(uncommented(text)), Severity::warning).empty());
      LoadResult loaded = load_journey(SourceText("new.journey.yaml", uncommented(text)));
      REQUIRE(loaded.journey);
      CHECK(loaded.journey->phases.size() == m->phases.size());
      CHECK(loaded.journey->touchpoints.size() == m->phases.size());  // one example per phase
      CHECK(loaded.journey->personas.size() == 2);
      CHECK(loaded.journey->kpis.size() == 1);
      CHECK(loaded.journey->reviewed.value == "2026-11-29");
    }
  }
}

TEST_CASE("a model file's journey is laid out from its phases", "[scaffold]") {
  ModelLoadResult own = load_model(SourceText("models/mine.yaml", k_own_model));
  REQUIRE(own.model);
  own.model->origin = "models/mine.yaml";
  CHECK_FALSE(has_journey_template(*own.model, Language::en));
  for (const char* language : {"en", "nl"}) {
    ScaffoldOptions options = options_in(language);
    options.model_reference = "../models/mine.yaml";
    std::string text = scaffold_journey(*own.model, options);
    INFO(text);
    CHECK(text.find("\nmodel: \"../models/mine.yaml\"\n") != std::string::npos);
    CHECK(text.find(language == std::string("nl") ? "Kijken" : "The customer looks around.") !=
          std::string::npos);
    // Linted against the model itself: with the id in place of the path.
    std::string by_id = text;
    by_id.replace(by_id.find("\"../models/mine.yaml\""), 21, "purchase-funnel");
    for (auto [from, to] : {std::pair<const char*, const char*>{"  look:", "  orientation:"},
                            {"  buy:", "  consideration:"},
                            {"  keep:", "  purchase:"},
                            {"phase: buy", "phase: purchase"}}) {
      by_id.replace(by_id.find(from), std::string(from).size(), to);
    }
    CHECK(at_least(lint_text(by_id), Severity::error).empty());
    CHECK(at_least(lint_text(uncommented(by_id)), Severity::warning).empty());
  }
}

TEST_CASE("titles and schema references hold any text", "[scaffold]") {
  const Model* aida = config().catalog->find("aida");
  REQUIRE(aida != nullptr);
  for (const std::string title :
       {"Shop: {{reviewed}} # not a comment", "yes", "- dash", "\"quoted\"\nsecond line",
        "{{title}}", "Oriëntatie & aankoop", "\x1b[31mred"}) {
    ScaffoldOptions options = options_in("en");
    options.title = title;
    options.schema = "a path\nwith: {{title}}";
    std::string text = scaffold_journey(*aida, options);
    LoadResult loaded = load_journey(SourceText("t.journey.yaml", text));
    REQUIRE(loaded.journey);
    CHECK(loaded.journey->title.value == title);
    CHECK(loaded.journey->reviewed.value == "2026-11-29");
    CHECK(text.find("$schema=a path with: {{title}}\n") != std::string::npos);
  }
}

TEST_CASE("models are found by id or path, with a did-you-mean", "[scaffold]") {
  ScaffoldModel found = find_scaffold_model("five-stage", *config().catalog);
  REQUIRE(found.model);
  CHECK(found.model->id == "five-stage");
  ScaffoldModel typo = find_scaffold_model("fivestage", *config().catalog);
  CHECK_FALSE(typo.model);
  CHECK(typo.error.find("did you mean 'five-stage'?") != std::string::npos);
  ScaffoldModel missing = find_scaffold_model("./no/such/model.yaml", *config().catalog);
  CHECK_FALSE(missing.model);
  CHECK_FALSE(missing.error.empty());
  CHECK(path_from("maps/shop.journey.yaml", "models/mine.yaml") == "../models/mine.yaml");
  CHECK(path_from("shop.journey.yaml", "mine.yaml") == "./mine.yaml");
  CHECK(path_from("a/b/c.journey.yaml", "a/journey.schema.json") == "../journey.schema.json");
}
