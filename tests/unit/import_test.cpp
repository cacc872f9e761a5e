// SPDX-License-Identifier: Apache-2.0
// journey import mermaid, as a library: the parser (grammar, comments, entity codes, positions,
// bad input, limits), names to ids, and the journey it writes, which must lint without errors.
#include <catch2/catch.hpp>

#include "../../lib/src/import/ids.hpp"
#include "../../lib/src/import/mermaid_entities.hpp"
#include "journey/import.hpp"
#include "journey/lint.hpp"
#include "journey/model.hpp"

using namespace journey;
using namespace journey::import_detail;

namespace {

MermaidParseResult parse(const std::string& text) {
  return parse_mermaid_journey(SourceText("t.mmd", text));
}

const Model& model(const std::string& id) {
  const Model* m = ModelCatalog::builtin().find(id);
  REQUIRE(m != nullptr);
  return *m;
}

ImportResult import(const std::string& text, const std::string& model_id = "see-think-do-care") {
  return import_mermaid(SourceText("t.mmd", text), model(model_id));
}

// "line:column rule" of every finding, to compare with what a test expects.
std::vector<std::string> where(const Findings& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) {
    out.push_back(std::to_string(f.span.line) + ":" + std::to_string(f.span.column) + " " + f.rule);
  }
  return out;
}

bool has_error(const Findings& findings) {
  for (const Finding& f : findings) {
    if (f.severity == Severity::error) return true;
  }
  return false;
}

// The imported journey, loaded and linted as `journey lint` would; it must have no errors.
Analysis lint_import(const ImportResult& r) {
  INFO(r.yaml);
  REQUIRE(r.ok());
  Analysis a = analyze_source(SourceText("t.journey.yaml", r.yaml), "t.journey.yaml",
                              default_config(), LintOptions{});
  for (const Finding& f : a.report.findings) {
    INFO(f.span.line << ":" << f.span.column << " " << f.rule << ": " << f.message);
    CHECK(f.severity != Severity::error);
  }
  REQUIRE(a.journey);
  return a;
}

std::vector<std::string> names(const Journey& j) {
  std::vector<std::string> out;
  for (const Touchpoint& tp : j.touchpoints) out.push_back(tp.name.value);
  return out;
}

std::vector<std::string> ids(const Journey& j) {
  std::vector<std::string> out;
  for (const Touchpoint& tp : j.touchpoints) out.push_back(tp.id.value);
  return out;
}

const char* k_working_day = R"(journey
    title My working day
    %% a comment
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me # a comment too
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
)";

}  // namespace

TEST_CASE("import: the parser reads Mermaid's example with positions", "[import]") {
  MermaidParseResult r = parse(k_working_day);
  REQUIRE(r.diagram);
  CHECK(r.findings.empty());
  const MermaidDiagram& d = *r.diagram;
  CHECK(d.header.line == 1);
  CHECK(d.title.value == "My working day");
  REQUIRE(d.sections.size() == 2);
  CHECK(d.sections[1].value == "Go home");
  CHECK(d.sections[1].span.line == 8);
  CHECK(d.sections[1].span.column == 13);
  REQUIRE(d.tasks.size() == 5);
  const MermaidTask& work = d.tasks[2];
  CHECK(work.name.value == "Do work");
  CHECK(work.name.span.line == 7);
  CHECK(work.name.span.column == 7);
  CHECK(work.score.value == 1);
  CHECK(work.score.span.column == 16);
  REQUIRE(work.actors.size() == 2);
  CHECK(work.actors[1].value == "Cat");
  CHECK(work.actors[1].span.column == 23);
  CHECK(work.section == 0);
  CHECK(d.tasks[1].actors.size() == 1);  // the comment is no actor
  CHECK(d.tasks[4].section == 1);
}

TEST_CASE("import: keywords in any case, accessibility lines and frontmatter", "[import]") {
  MermaidParseResult r = parse(
      "---\ntitle: From the frontmatter\nconfig: {theme: forest}\n---\n"
      "%%{init: {'theme': 'dark'}}%%\nJOURNEY\n  accTitle: Accessible # not a comment\n"
      "  accDescr {\n    Two lines\n    of description }\n  SECTION Think\n  Task: 4\n");
  REQUIRE(r.diagram);
  CHECK(r.findings.empty());
  CHECK(r.diagram->title.value == "From the frontmatter");
  CHECK(r.diagram->title.span.line == 2);
  CHECK(r.diagram->description.value == "Two lines of description");
  CHECK(r.diagram->sections.at(0).value == "Think");
  CHECK(r.diagram->tasks.at(0).actors.empty());

  MermaidParseResult acc = parse("journey\naccTitle: Only accessible\naccDescr: One line; #1\n");
  REQUIRE(acc.diagram);
  CHECK(acc.diagram->title.value == "Only accessible");
  CHECK(acc.diagram->description.value == "One line; #1");

  MermaidParseResult one_line = parse("journey title On the first line\nsection S\nT: 3\n");
  REQUIRE(one_line.diagram);
  CHECK(one_line.diagram->title.value == "On the first line");
  CHECK(one_line.diagram->tasks.size() == 1);
}

TEST_CASE("import: entity codes are decoded, and a '#' that starts none is a comment", "[import]") {
  CHECK(decode_entities("Pay #58; card #59; #35;1 #37; #lt;b#gt; #amp; a#44; b #233;t#233;") ==
        "Pay : card ; #1 % <b> & a, b été");
  CHECK(decode_entities("#quot;x#quot; #nbsp;") == "\"x\" \xC2\xA0");
  CHECK(decode_entities("#unknown; #0; #55296; #99999999; #; ##58;") ==
        "#unknown; #0; #55296; #99999999; #; #:");
  CHECK(entity_length("#58;", 0) == 4);
  CHECK(entity_length("#58", 0) == 0);
  CHECK(entity_length("# 58;", 0) == 0);

  MermaidParseResult r =
      parse("journey\nsection Do #58; now\nPay #58; #35;1: 4: Eve#44; the tester, Bob # note\n");
  REQUIRE(r.diagram);
  CHECK(r.diagram->sections[0].value == "Do : now");
  const MermaidTask& t = r.diagram->tasks.at(0);
  CHECK(t.name.value == "Pay : #1");
  REQUIRE(t.actors.size() == 2);
  CHECK(t.actors[0].value == "Eve, the tester");
  CHECK(t.actors[1].value == "Bob");
}

TEST_CASE("import: bad input is reported at its line and column", "[import]") {
  struct Case {
    std::string text;
    const char* expected;  // "line:column rule" of the first finding
  };
  const Case cases[] = {
      {"flowchart LR\n  A --> B\n", "1:1 mermaid-syntax"},
      {"journey: My day\n", "1:8 mermaid-syntax"},
      {"", "0:0 mermaid-syntax"},
      {"%% only a comment\n", "0:0 mermaid-syntax"},
      {"journey\nsection S\n  Make tea\n", "3:3 mermaid-syntax"},
      {"journey\nsection S\n  Make tea:\n", "3:11 mermaid-syntax"},
      {"journey\nsection S\n  Make tea: five: Me\n", "3:13 mermaid-syntax"},
      {"journey\nsection S\n  Make tea: 4x\n", "3:13 mermaid-syntax"},
      {"journey\n  section\n", "2:3 mermaid-syntax"},
      {"journey\n  section   \n", "2:3 mermaid-syntax"},
      {"journey\n  title\n", "2:3 mermaid-syntax"},
      {"journey\n  section A: B\n", "2:12 mermaid-syntax"},
      {"journey\n  section S\n  Tea; cake: 3\n", "3:6 mermaid-syntax"},
      {"journey\n  : 3: Me\n", "2:3 mermaid-syntax"},
      {"journey\n  accDescr {\n never closed\n", "2:12 mermaid-syntax"},
      {"---\ntitle: x\njourney\n", "1:1 mermaid-syntax"},
      {"journey\nsection S\nTea: 3\n\xFF\n", "4:1 mermaid-syntax"},
      {std::string("journey\nsection S\nT\0ea: 3\n", 25), "3:2 mermaid-syntax"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    MermaidParseResult r = parse(c.text);
    CHECK_FALSE(r.diagram);
    REQUIRE_FALSE(r.findings.empty());
    CHECK(where(r.findings).front() == c.expected);
    CHECK(r.findings.front().severity == Severity::error);
    CHECK_FALSE(import(c.text).ok());
  }
}

TEST_CASE("import: every error of a diagram is reported, not only the first", "[import]") {
  MermaidParseResult r = parse("journey\nsection\nA\nB: x\nC: 3\n");
  CHECK(where(r.findings) ==
        std::vector<std::string>{"2:1 mermaid-syntax", "3:1 mermaid-syntax", "4:4 mermaid-syntax"});
}

TEST_CASE("import: what Mermaid ignores is a warning", "[import]") {
  MermaidParseResult r =
      parse("journey\nsection S\nTea: 3: Me: ignored\nCake: 4: Me, , You,\nBad\x1b char: 2\n");
  REQUIRE(r.diagram);
  CHECK(where(r.findings) ==
        std::vector<std::string>{"3:11 mermaid-ignored", "4:13 mermaid-ignored",
                                 "4:20 mermaid-ignored", "5:4 mermaid-ignored"});
  CHECK(r.diagram->tasks[1].actors.size() == 2);
  CHECK(r.diagram->tasks[2].name.value == "Bad  char");  // the control character is a space
  CHECK_FALSE(has_error(r.findings));
}

TEST_CASE("import: limits of a journey hold for diagrams", "[import]") {
  std::string many = "journey\nsection S\n";
  for (int i = 0; i <= 10'000; ++i) many += "T" + std::to_string(i) + ": 3\n";
  MermaidParseResult tasks = parse(many);
  CHECK_FALSE(tasks.diagram);
  CHECK(where(tasks.findings).back() == "10003:1 input-limit");

  std::string sections = "journey\n";
  for (int i = 0; i <= 1'000; ++i) sections += "section S" + std::to_string(i) + "\n";
  CHECK(where(parse(sections).findings).back() == "1002:9 input-limit");

  std::string actors = "journey\nsection S\nT: 3: ";
  for (int i = 0; i <= 1'000; ++i) actors += "a" + std::to_string(i) + ",";
  CHECK(parse(actors).findings.back().rule == "input-limit");

  std::string people = "journey\nsection S\n";
  for (int i = 0; i <= 1'000; ++i) people += "T: 3: p" + std::to_string(i) + "\n";
  ImportResult r = import(people);
  CHECK_FALSE(r.ok());
  CHECK(where(r.findings).back() == "1003:7 input-limit");

  std::string huge = "journey\nsection S\nT: 3\n%% " + std::string(k_max_input_bytes, 'x') + "\n";
  CHECK(where(parse(huge).findings) == std::vector<std::string>{"0:0 input-limit"});
}

TEST_CASE("import: what it would write must fit the limits of a journey file", "[import]") {
  std::string people = "journey\nsection See\n";
  std::string everyone_but_one;
  for (int i = 1; i < 1'000; ++i) everyone_but_one += "p" + std::to_string(i) + ",";
  people += "T: 3: p0\n";
  for (int i = 0; i < 2'100; ++i) people += "T: 3: " + everyone_but_one + "\n";
  ImportResult values = import(people);
  CHECK_FALSE(values.ok());
  CHECK(where(values.findings).front() == "0:0 input-limit");

  std::string long_names = "journey\nsection See\n";
  for (int i = 0; i < 10'000; ++i) long_names += std::string(1'600, 'n') + ": 3\n";
  REQUIRE(long_names.size() < k_max_input_bytes);
  ImportResult bytes = import(long_names);
  CHECK_FALSE(bytes.ok());
  CHECK(bytes.findings.front().message.find("a journey file may be") != std::string::npos);
}

TEST_CASE("import: a line of megabytes is read in linear time", "[import]") {
  std::string line(4'000'000, '#');
  MermaidParseResult r = parse("journey\nsection S\nT: 3: " + line + "\n" +
                               std::string(2'000'000, 'a') + ": 2\n" + "#a" + line + "\n");
  REQUIRE(r.diagram);
  CHECK(r.diagram->tasks.size() == 2);
  CHECK(lint_import(import("journey\nsection Do\n" + std::string(1'000'000, 'a') + ": 2\n"))
            .journey->touchpoints.at(0)
            .id.value.size() == 48);
}

TEST_CASE("import: names fold for matching and slug into ASCII ids", "[import]") {
  CHECK(fold_key("Oriëntatie") == "orientatie");
  CHECK(fold_key("  Moment of TRUTH! ") == "moment-of-truth");
  CHECK(fold_key("Straße") == "strasse");
  CHECK(fold_key("e\xCC\x81t\xC3\xA9") == "ete");  // a combining accent, then a composed one
  CHECK(fold_key("Ζήτηση") == "Ζήτηση");
  CHECK(ascii_slug("Café crème: 4 × 2") == "cafe-creme-4-2");
  CHECK(ascii_slug("日本語") == "");
  CHECK(ascii_slug("Łódź, Ærø & Œuvre") == "lodz-aero-oeuvre");
  CHECK(ascii_slug(std::string(40, 'a') + " " + std::string(30, 'b')) == std::string(40, 'a'));
  CHECK(ascii_slug(std::string(30, 'a') + " " + std::string(30, 'b')).size() == 48);
  CHECK(ascii_slug(std::string(100, 'a')).size() == 48);

  IdAllocator ids;
  CHECK(ids.take("a") == "a");
  CHECK(ids.take("a") == "a-2");
  CHECK(ids.take("a-2") == "a-2-2");
  CHECK(ids.take("a") == "a-3");
  CHECK(ids.take("a-3") == "a-3-2");
}

TEST_CASE("import: sections match phases by id, name in en or nl, or alias", "[import]") {
  ImportResult r = import(
      "journey\ntitle Five\nsection ORIËNTATIE\nA: 3\nsection afweging\nB: 3\n"
      "section Purchase\nC: 3\nsection gebruik\nD: 3\nsection Loyaliteit\nE: 3\n",
      "five-stage");
  Analysis a = lint_import(r);
  CHECK(r.findings.empty());
  std::vector<std::string> keys;
  for (const Phase& p : a.journey->phases) keys.push_back(p.key.value);
  CHECK(keys ==
        std::vector<std::string>{"orientation", "consideration", "purchase", "usage", "loyalty"});

  ImportResult spaced = import(
      "journey\ntitle CDJ\nsection Initial Consideration\nA: 3\nsection moment_of_purchase\nB: 3\n",
      "consumer-decision-journey");
  CHECK(spaced.findings.empty());
  CHECK(lint_import(spaced).journey->phases.at(1).key.value == "moment-of-purchase");
}

TEST_CASE("import: a section that names no phase is kept beside its neighbours", "[import]") {
  ImportResult r = import(
      "journey\ntitle T\nsection Warm-up\nA: 3\nsection Think\nB: 3\nsection Thnik\nC: 3\n"
      "section Go home\nD: 3\nsection Care\nE: 3\n");
  Analysis a = lint_import(r);
  CHECK(where(r.findings) == std::vector<std::string>{"3:9 unknown-section", "7:9 unknown-section",
                                                      "9:9 unknown-section"});
  CHECK(r.findings[1].suggestion == "think");
  CHECK(r.findings[1].severity == Severity::warning);
  const Journey& j = *a.journey;
  REQUIRE(j.phases.size() == 2);
  CHECK(j.phases[0].key.value == "think");  // Warm-up joins the section after it
  CHECK(j.phases[0].touchpoints.size() == 4);
  CHECK(j.phases[1].key.value == "care");
  CHECK(r.yaml.find("x-mermaid-section: Thnik") != std::string::npos);
  CHECK(r.yaml.find("x-mermaid-section: Warm-up") != std::string::npos);

  ImportResult none = import("journey\ntitle T\nTask before: 3\nsection Errands\nA: 3\n");
  CHECK(where(none.findings) ==
        std::vector<std::string>{"3:1 unknown-section", "4:9 unknown-section"});
  CHECK(lint_import(none).journey->phases.at(0).key.value == "see");
}

TEST_CASE("import: the flow follows the tasks whatever order the phases are in", "[import]") {
  ImportResult r = import(
      "journey\ntitle T\nsection Do\nBuy: 4\nsection See\nAd: 3\nsection Do\n"
      "Pay: 2\n");
  Analysis a = lint_import(r);
  const Journey& j = *a.journey;
  CHECK(names(j) == std::vector<std::string>{"Ad", "Buy", "Pay"});  // phases in model order
  REQUIRE(j.touchpoints.size() == 3);
  CHECK(j.touchpoints[1].entry.value);  // Buy starts the journey though it is not in `see`
  CHECK(j.touchpoints[1].next.value.at(0).value == "ad");
  CHECK(j.touchpoints[0].next.value.at(0).value == "pay");
  CHECK_FALSE(j.touchpoints[2].next.present);  // last in the file too: the flow ends there

  Analysis back = lint_import(import("journey\ntitle T\nsection Do\nBuy: 4\nsection See\nAd: 3\n"));
  const Journey& b = *back.journey;
  CHECK(names(b) == std::vector<std::string>{"Ad", "Buy"});
  CHECK(b.touchpoints[0].next.present);  // the last task, followed by another in the file
  CHECK(b.touchpoints[0].next.value.empty());
}

TEST_CASE("import: scores become emotions, clamped and rounded with a warning", "[import]") {
  ImportResult r =
      import("journey\ntitle T\nsection See\nA: 0\nB: 7\nC: 4.5\nD: -2\nE: 3\nF: +5\nG: 1e9\n");
  Analysis a = lint_import(r);
  std::vector<int> emotions;
  for (const Touchpoint& tp : a.journey->touchpoints) emotions.push_back(tp.emotion.value);
  CHECK(emotions == std::vector<int>{1, 5, 5, 1, 3, 5, 5});
  CHECK(where(r.findings) == std::vector<std::string>{"4:4 score-range", "5:4 score-range",
                                                      "6:4 score-range", "7:4 score-range",
                                                      "10:4 score-range"});
}

TEST_CASE("import: ids are unique ASCII slugs that never collide", "[import]") {
  ImportResult r = import(
      "journey\ntitle T\nsection See\nCafé: 3\ncafe: 3\nCafe 2: 3\n日本語: 3\n!!!: 3\n"
      "Touchpoint: 3\n404: 3\nyes: 3\n");
  Analysis a = lint_import(r);
  CHECK(ids(*a.journey) == std::vector<std::string>{"cafe", "cafe-2", "cafe-2-2", "touchpoint",
                                                    "touchpoint-2", "touchpoint-3", "404", "yes"});
  CHECK(names(*a.journey).at(7) == "yes");
}

TEST_CASE("import: actors become personas named where they take part", "[import]") {
  ImportResult r = import(
      "journey\ntitle T\nsection See\nA: 3: Lotte#44; the weekend hiker, Daan\nB: 4: Daan\n"
      "C: 2: Daan, Lotte#44; the weekend hiker, Daan\nD: 5\nE: 3: sam\nF: 3: Sam, lotte\n");
  Analysis a = lint_import(r);
  const Journey& j = *a.journey;
  std::vector<std::string> persona_ids, persona_names;
  for (const Persona& p : j.personas) {
    persona_ids.push_back(p.id.value);
    persona_names.push_back(p.name.value);
  }
  CHECK(persona_ids == std::vector<std::string>{"lotte", "daan", "sam", "sam-2", "lotte-2"});
  CHECK(persona_names ==
        std::vector<std::string>{"Lotte, the weekend hiker", "Daan", "sam", "Sam", "lotte"});
  auto personas_of = [&](std::size_t k) {
    std::vector<std::string> out;
    for (const Text& p : j.touchpoints[k].personas.value) out.push_back(p.value);
    return out;
  };
  CHECK(personas_of(0) == std::vector<std::string>{"lotte", "daan"});
  CHECK(personas_of(1) == std::vector<std::string>{"daan"});
  CHECK(personas_of(2) == std::vector<std::string>{"daan", "lotte"});  // named twice: once
  CHECK(personas_of(3).empty());                                       // no actors: everyone
  CHECK(personas_of(5) == std::vector<std::string>{"sam-2", "lotte-2"});
}

TEST_CASE("import: a persona list is left out when every persona takes part", "[import]") {
  ImportResult r =
      import("journey\ntitle T\nsection See\nA: 3: Me, You\nB: 3: You, Me\nC: 3: Me\n");
  Analysis a = lint_import(r);
  CHECK_FALSE(a.journey->touchpoints[0].personas.present);
  CHECK_FALSE(a.journey->touchpoints[1].personas.present);
  CHECK(a.journey->touchpoints[2].personas.value.size() == 1);
}

TEST_CASE("import: hostile names reach the YAML intact and lint clean", "[import]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Step 1#58; order", "Step 1: order"},
      {"#35; hash", "# hash"},
      {"say #quot;hi#quot; or 'bye'", "say \"hi\" or 'bye'"},
      {"- dash", "- dash"},
      {"*star", "*star"},
      {"&amp", "&amp"},
      {"!bang", "!bang"},
      {"#37;percent", "%percent"},
      {"@at", "@at"},
      {"`tick`", "`tick`"},
      {"yes", "yes"},
      {"No", "No"},
      {"null", "null"},
      {"3.14", "3.14"},
      {"[x] {y}", "[x] {y}"},
      {"|pipe", "|pipe"},
      {"Oriëntatie 日本語 😀", "Oriëntatie 日本語 😀"},
      {"esc#27;[31m", "esc\x1b[31m"},
      {"rtl#8238;evil", "rtl\u202Eevil"},
      {"#lt;script#gt;alert(1)#lt;/script#gt;", "<script>alert(1)</script>"},
  };
  std::string text = "journey\ntitle #58; #35; yes\naccDescr: no\nsection See\n";
  for (const auto& [written, name] : cases) text += written + ": 3: " + written + "\n";
  ImportResult r = import(text);
  Analysis a = lint_import(r);
  const Journey& j = *a.journey;
  CHECK(j.title.value == ": # yes");
  CHECK(j.description.value == "no");
  REQUIRE(j.touchpoints.size() == cases.size());
  REQUIRE(j.personas.size() == cases.size());
  for (std::size_t k = 0; k < cases.size(); ++k) {
    INFO(cases[k].first);
    CHECK(j.touchpoints[k].name.value == cases[k].second);
    CHECK(j.personas[k].name.value == cases[k].second);
  }
}

TEST_CASE("import: a diagram without a title or tasks still makes a journey", "[import]") {
  ImportResult r = import_mermaid(SourceText("maps/shop.mmd", "journey\n"), model("aida"));
  Analysis a = lint_import(r);
  CHECK(a.journey->title.value == "shop");
  CHECK(where(r.findings) == std::vector<std::string>{"1:1 missing-title"});
  CHECK(a.journey->touchpoints.empty());

  ImportOptions options;
  options.model_reference = "../models/mine.yaml";
  ImportResult ref = import_mermaid(SourceText("<stdin>", "journey\nsection attention\nA: 3\n"),
                                    model("aida"), options);
  CHECK(ref.yaml.find("journey: Imported journey\nmodel: \"../models/mine.yaml\"\n") !=
        std::string::npos);
}
