// SPDX-License-Identifier: Apache-2.0
// journey import mermaid --model auto, as a library: the built-in model whose phases the sections
// name, else a model made from the sections, and journeys on it that lint without errors.
#include <catch2/catch.hpp>

#include "../../lib/src/import/section_model.hpp"
#include "journey/import.hpp"
#include "journey/lint.hpp"
#include "journey/model.hpp"
#include "test_folder.hpp"

using namespace journey;

namespace {

std::vector<Text> sections(const std::vector<std::string>& names) {
  std::vector<Text> out;
  for (const auto& n : names) {
    Text t;
    t.value = n;
    t.present = true;
    out.push_back(t);
  }
  return out;
}

std::string naming(const std::vector<std::string>& names) {
  const Model* m =
      import_detail::model_naming_sections(sections(names), ModelCatalog::builtin().models());
  return m == nullptr ? "" : m->id;
}

ImportResult auto_import(const std::string& text, const std::string& model_file = "t.model.yaml") {
  AutoModelOptions options;
  options.model_file = model_file;
  options.diagram_name = "maps/t.mmd";
  return import_mermaid_auto(SourceText("maps/t.mmd", text), ModelCatalog::builtin(), options);
}

// Writes the journey (and the model made, if any) into a repository and lints it from there,
// as `journey lint` would read it; it must have no errors.
Analysis lint_written(const journey_test::TestFolder& folder, const ImportResult& r) {
  INFO(r.model_yaml << "\n---\n" << r.yaml);
  REQUIRE(r.ok());
  folder.make_repository();
  if (!r.model_yaml.empty()) folder.write("maps/t.model.yaml", r.model_yaml);
  std::string path = folder.write("maps/t.journey.yaml", r.yaml);
  Analysis a = analyze_file(path, default_config(), LintOptions{});
  for (const Finding& f : a.report.findings) {
    INFO(f.span.line << ":" << f.span.column << " " << f.rule << ": " << f.message);
    CHECK(f.severity != Severity::error);
  }
  REQUIRE(a.journey);
  REQUIRE(a.model != nullptr);
  return a;
}

// Every touchpoint as "phase id: name", in the file's order.
std::vector<std::string> placed(const Analysis& a) {
  std::vector<std::string> out;
  for (const Touchpoint& tp : a.journey->touchpoints) {
    out.push_back(
        a.model->phases[static_cast<std::size_t>(a.journey->phases[tp.phase].model_phase)].id +
        ": " + tp.name.value);
  }
  return out;
}

std::vector<std::string> phase_names(const Model& m) {
  std::vector<std::string> out;
  for (const ModelPhase& p : m.phases) out.push_back(p.id + "=" + p.name_en);
  return out;
}

}  // namespace

TEST_CASE("import auto: a built-in model fits when the sections name its phases in order",
          "[import]") {
  CHECK(naming({"See", "Think", "Do", "Care"}) == "see-think-do-care");
  CHECK(naming({"zien", "DENKEN"}) == "see-think-do-care");  // Dutch aliases, any case
  // Several models have these phases: the one with the fewest phases fits best.
  CHECK(naming({"Orientation", "Consideration", "Purchase"}) == "purchase-funnel");
  CHECK(naming({"Oriëntatie", "Afweging", "Aankoop", "Gebruik"}) == "five-stage");
  CHECK(naming({"Think", "See"}).empty());  // another order would move the columns
  CHECK(naming({"See", "See"}).empty());    // two columns would become one
  CHECK(naming({"See", "Errands"}).empty());
  CHECK(naming({}).empty());
}

TEST_CASE("import auto: a model is made from the sections, one phase each", "[import]") {
  journey_test::TestFolder folder("journey-import-auto");
  ImportResult r = auto_import(
      "journey\n  title Sleep study\n  section Screening\n    Consent: 4: Pat, Nurse\n"
      "  section Baseline\n    Lab night: 2: Pat\n  section Follow up\n    Diary: 3: Pat\n"
      "  section Exit\n    Results letter: 5: Pat\n");
  CHECK(r.findings.empty());
  CHECK(r.model_id == "t");
  CHECK(r.yaml.find("\nmodel: t.model.yaml\n") != std::string::npos);
  Analysis a = lint_written(folder, r);
  CHECK(a.model->name == "Sleep study");
  CHECK(phase_names(*a.model) == std::vector<std::string>{"screening=Screening",
                                                          "baseline=Baseline",
                                                          "follow-up=Follow up", "exit=Exit"});
  CHECK(placed(a) == std::vector<std::string>{"screening: Consent", "baseline: Lab night",
                                              "follow-up: Diary", "exit: Results letter"});
}

TEST_CASE("import auto: names as written, ASCII ids, repeated names kept apart", "[import]") {
  journey_test::TestFolder folder("journey-import-auto-names");
  ImportResult r = auto_import(
      "journey\n  title Visits\n    Booking: 3: Kim\n  section Visit\n    Check in: 4: Kim\n"
      "  section Visit\n    Again: 3: Kim\n  section 上午\n    Pay: 2: Kim\n"
      "  section Section 3\n    Leave: 5: Kim\n");
  // Tasks before the first section join it, said where they stand.
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].rule == "unknown-section");
  CHECK(r.findings[0].span.line == 3);
  Analysis a = lint_written(folder, r);
  CHECK(phase_names(*a.model) == std::vector<std::string>{"visit=Visit", "visit-2=Visit",
                                                          "section-3=上午",
                                                          "section-3-2=Section 3"});
  CHECK(placed(a) == std::vector<std::string>{"visit: Booking", "visit: Check in", "visit-2: Again",
                                              "section-3: Pay", "section-3-2: Leave"});
}

TEST_CASE("import auto: the sections of a built-in model give a journey on it", "[import]") {
  journey_test::TestFolder folder("journey-import-auto-builtin");
  ImportResult r = auto_import(
      "journey\n  title Bike\n  section Consideration\n    Compare: 2\n"
      "  section Purchase\n    Sign: 4\n");
  CHECK(r.model_yaml.empty());
  CHECK(r.model_id == "purchase-funnel");
  CHECK(r.yaml.find("\nmodel: purchase-funnel\n") != std::string::npos);
  Analysis a = lint_written(folder, r);
  CHECK(placed(a) == std::vector<std::string>{"consideration: Compare", "purchase: Sign"});
}

TEST_CASE("import auto: one phase without sections, nothing after errors", "[import]") {
  journey_test::TestFolder folder("journey-import-auto-none");
  ImportResult none = auto_import("journey\n  title Errands\n  Shop: 3: Me\n  Cook: 4: Me\n");
  CHECK(none.findings.empty());
  Analysis a = lint_written(folder, none);
  CHECK(phase_names(*a.model) == std::vector<std::string>{"tasks=Tasks"});
  CHECK(placed(a) == std::vector<std::string>{"tasks: Shop", "tasks: Cook"});

  ImportResult bad = auto_import("journey\n  section Go\n    No score here\n");
  CHECK_FALSE(bad.ok());
  CHECK(bad.model_yaml.empty());
}

TEST_CASE("import auto: the model file is named after the journey", "[import]") {
  CHECK(section_model_path("maps/shop.journey.yaml") == "maps/shop.model.yaml");
  CHECK(section_model_path("shop.journey.yml") == "shop.model.yaml");
  CHECK(section_model_path("a/b/shop.yaml") == "a/b/shop.model.yaml");
  CHECK(section_model_path("shop") == "shop.model.yaml");
  CHECK(import_detail::model_id_from_file("maps/Café Day.model.yaml") == "cafe-day");
  CHECK(import_detail::model_id_from_file("上午.model.yaml") == "sections");
}
