// SPDX-License-Identifier: Apache-2.0
// journey import mermaid through the binary: the round trip from `journey render -T mermaid`,
// lint of what it writes, stdin and stdout, --force, exit codes, positions and hostile input.
#include <algorithm>
#include <catch2/catch.hpp>
#include <regex>

#include "run.hpp"
#include "skip.hpp"

using namespace journey_test;

namespace {

std::string model_of(const fs::path& journey_file) {
  std::smatch m;
  std::string text = slurp(fs::path(JOURNEY_SOURCE_DIR) / journey_file);
  static const std::regex model(R"(\nmodel:\s*(\S+))");
  REQUIRE(std::regex_search(text, m, model));
  return m[1];
}

// A Mermaid export with the actors of every task sorted: an imported journey lists its personas
// in the order the diagram first names them, which may not be the original order.
std::string sorted_actors(const std::string& mermaid) {
  std::istringstream in(mermaid);
  std::string line, out;
  while (std::getline(in, line)) {
    std::size_t first = line.find(": ");
    std::size_t second = first == std::string::npos ? first : line.find(": ", first + 2);
    if (second != std::string::npos) {
      std::vector<std::string> actors;
      std::istringstream list(line.substr(second + 2));
      for (std::string actor; std::getline(list, actor, ',');) {
        actors.push_back(actor.substr(actor.find_first_not_of(' ')));
      }
      std::sort(actors.begin(), actors.end());
      line.resize(second + 2);
      for (std::size_t k = 0; k < actors.size(); ++k) line += (k ? ", " : "") + actors[k];
    }
    out += line + "\n";
  }
  return out;
}

// Lint errors of a journey file, as `journey lint` reports them; empty when there are none.
std::string lint_errors(const fs::path& file) {
  Run lint = journey({"lint", file.string(), "--fail-on", "error", "--color", "never"});
  return lint.code == 0 ? std::string() : lint.out + lint.err;
}

// journey render X -T mermaid | journey import mermaid - | journey render -T mermaid gives the
// same diagram: the same touchpoint names in the same phases and order, the same emotions (the
// mean where the original has one per persona) and the same personas as actors.
void check_round_trip(const std::string& path) {
  INFO(path);
  Run exported = journey({"render", path, "-o", "-", "-T", "mermaid"});
  REQUIRE(exported.code == 0);
  fs::path imported = scratch() / (fs::path(path).stem().string() + ".round-trip.journey.yaml");
  fs::remove(imported);
  Run import = journey(
      {"import", "mermaid", "-", "--model", model_of(path), "-o", imported.string()}, exported.out);
  INFO(import.err);
  REQUIRE(import.code == 0);
  CHECK_FALSE(contains(import.err, "warning"));
  CHECK(lint_errors(imported).empty());
  Run again = journey({"render", imported.string(), "-o", "-", "-T", "mermaid"});
  REQUIRE(again.code == 0);
  CHECK(sorted_actors(again.out) == sorted_actors(exported.out));
}

const char* k_diagram =
    "journey\n  title Errands\n  section See\n    Flyer: 4: Me\n  section Errands\n"
    "    Shop: 2: Me, You\n";

}  // namespace

TEST_CASE("import: render -T mermaid then import gives the journey back", "[import]") {
  for (const char* path :
       {"examples/online-shop.journey.yaml", "examples/consultancy.journey.yaml",
        "examples/productivity-app.journey.yaml", "tests/data/import/personas.journey.yaml",
        "tests/data/render/hostile.journey.yaml"}) {
    check_round_trip(path);
  }
}

TEST_CASE("import: personas come back by name, their emotions as the export's mean", "[import]") {
  Run exported =
      journey({"render", "tests/data/import/personas.journey.yaml", "-o", "-", "-T", "mermaid"});
  Run import = journey({"import", "mermaid", "-", "--model", "five-stage"}, exported.out);
  REQUIRE(import.code == 0);
  for (const char* persona : {"name: \"Lotte, the planner\"\n",
                              "name: \"Sam: the #1 fan; really\"\n", "name: Ana & Bo <team>\n"}) {
    CHECK(contains(import.out, persona));
  }
  CHECK(contains(import.out, "journey: \"Renewing a library card: #1 service; for everyone\"\n"));
  CHECK(contains(import.out, "name: \"section of the website, 100% clear\"\n"));
  CHECK(contains(import.out, "name: title of the receipt\n"));
  // {lotte: 2, sam: 5, team: 3}: the export's mean, 3.33, rounded.
  CHECK(contains(import.out, "name: \"Pay €5 at the desk #2, or online\"\n        emotion: 3\n"));
}

TEST_CASE("import: the diagrams in tests/data/import import and lint without errors", "[import]") {
  for (const auto& [file, model] : std::vector<std::pair<std::string, std::string>>{
           {"working-day.mmd", "see-think-do-care"}, {"library.mmd", "five-stage"}}) {
    fs::path out = scratch() / (file + ".journey.yaml");
    fs::remove(out);
    Run r = journey(
        {"import", "mermaid", "tests/data/import/" + file, "--model", model, "-o", out.string()});
    INFO(file << "\n" << r.err);
    REQUIRE(r.code == 0);
    CHECK(contains(r.err, "journey import: wrote "));
    CHECK(lint_errors(out).empty());
  }
  Run library =
      journey({"import", "mermaid", "tests/data/import/library.mmd", "--model", "five-stage"});
  CHECK(library.err.empty());
  CHECK(contains(library.out, "journey: Bibliotheekpas verlengen\n"));
  CHECK(contains(library.out, "description: From the reminder to the first book borrowed"));
  CHECK(contains(library.out, "  usage:\n"));
  CHECK(contains(library.out, "name: \"Website : tarieven\"\n"));
  CHECK(contains(library.out, "  - id: ana-bo\n    name: Ana & Bo\n"));
}

TEST_CASE("import: findings name the diagram's line and column, as lint does", "[import]") {
  Run r = journey({"import", "mermaid", "-", "--model", "see-think-do-care", "--color", "never"},
                  k_diagram);
  CHECK(r.code == 0);
  CHECK(contains(r.out, "journey: Errands\n"));
  CHECK(contains(r.err,
                 "<stdin>:5:11: warning: section 'Errands' names no phase of model "
                 "'see-think-do-care'"));
  CHECK(contains(r.err, "[unknown-section]\n 5 |   section Errands\n   | " + std::string(10, ' ') +
                            "^~~~~~~\n"));

  Run bad = journey({"import", "mermaid", "-", "--model", "aida", "--color", "never"},
                    "journey\n  section Attention\n    Read the flyer\n    Buy: lots\n");
  CHECK(bad.code == 2);
  CHECK(bad.out.empty());
  CHECK(contains(bad.err, "<stdin>:3:5: error: 'Read the flyer' is not a task"));
  CHECK(contains(bad.err, "<stdin>:4:10: error: score 'lots' is not a number"));
  CHECK(contains(bad.err, "journey import: <stdin> was not imported\n"));

  Run flowchart = journey({"import", "mermaid", "-", "--model", "aida"}, "flowchart LR\nA-->B\n");
  CHECK(flowchart.code == 2);
  CHECK(contains(flowchart.err, "not a Mermaid journey diagram: it starts with 'flowchart'"));
}

TEST_CASE("import: an existing output is replaced only with --force", "[import]") {
  fs::path out = scratch() / "existing.journey.yaml";
  std::ofstream(out) << "keep me\n";
  Run refused = journey(
      {"import", "mermaid", "-", "--model", "see-think-do-care", "-o", out.string()}, k_diagram);
  CHECK(refused.code == 2);
  CHECK(contains(refused.err, "exists; pass --force to replace it"));
  CHECK_FALSE(contains(refused.err, "warning"));  // refused before any work
  CHECK(slurp(out) == "keep me\n");
  Run forced = journey(
      {"import", "mermaid", "-", "--model", "see-think-do-care", "-o", out.string(), "--force"},
      k_diagram);
  CHECK(forced.code == 0);
  CHECK(slurp(out).rfind("# Imported from a Mermaid journey diagram", 0) == 0);
  CHECK(lint_errors(out).empty());
}

TEST_CASE("import: --model takes a built-in id with a did-you-mean, or a model file", "[import]") {
  Run typo = journey({"import", "mermaid", "-", "--model", "five-stag"}, k_diagram);
  CHECK(typo.code == 2);
  CHECK(contains(typo.err, "unknown model 'five-stag'; did you mean 'five-stage'?"));

  // A repository (its .git folder) holding the model and the maps: a journey names files in it.
  fs::path repo = scratch() / "import-repo";
  fs::create_directories(repo / ".git");
  fs::create_directories(repo / "models");
  fs::create_directories(repo / "maps");
  std::string aida = journey({"models", "show", "aida"}).out;
  aida.replace(aida.find("id: aida"), 8, "id: ours");
  std::ofstream(repo / "models" / "ours.yaml") << aida;
  fs::path out = repo / "maps" / "ours.journey.yaml";
  fs::remove(out);
  Run r = journey({"import", "mermaid", "-", "--model", "../models/ours.yaml", "-o",
                   "../maps/ours.journey.yaml"},
                  "journey\ntitle T\nsection Aandacht\nAd: 4\n", {}, repo / "maps");
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(contains(slurp(out), "\nmodel: \"../models/ours.yaml\"\n"));
  CHECK(contains(slurp(out), "\n  attention:\n"));
  CHECK(lint_errors(out).empty());

  Run missing = journey({"import", "mermaid", "-", "--model", "./nowhere.yaml"}, k_diagram);
  CHECK(missing.code == 2);
  CHECK(contains(missing.err, "--model ./nowhere.yaml"));
}

TEST_CASE("import: usage errors and unreadable input exit 2", "[import]") {
  CHECK(journey({"import"}).code == 2);
  // Without --model, a model made from the sections is written beside the journey: not to stdout.
  CHECK(journey({"import", "mermaid", "-"}, k_diagram).code == 2);
  Run missing = journey({"import", "mermaid", "nowhere.mmd", "--model", "aida"});
  CHECK(missing.code == 2);
  CHECK(contains(missing.err, "nowhere.mmd"));
  Run dir = journey({"import", "mermaid", "tests", "--model", "aida"});
  CHECK(dir.code == 2);
  Run help = journey({"import", "mermaid", "--help"});
  CHECK(help.code == 0);
  CHECK(contains(help.out, "--force"));
}

TEST_CASE("import: hostile diagrams end in bounded time with a message", "[import]") {
  fs::path huge = scratch() / "huge.mmd";
  {
    std::ofstream out(huge, std::ios::binary);
    out << "journey\nsection See\n";
    std::string line = "Task: 3: " + std::string(1000, 'a') + "\n";
    for (int i = 0; i < 17 * 1024; ++i) out << line;
  }
  Bounds bounds;
  bounds.cpu_seconds = 20;
  bounds.memory_mib = 1024;
  Run big = journey({"import", "mermaid", huge.string(), "--model", "aida"}, {}, {},
                    JOURNEY_SOURCE_DIR, bounds);
  CHECK(big.code == 2);
  CHECK(contains(big.err, "the limit is 16.0 MiB"));
  fs::remove(huge);

  std::string controls = "journey\nsection See\nEvil\x1b]0 title\x07: 3: \x1b[31mred\n";
  Run r = journey({"import", "mermaid", "-", "--model", "see-think-do-care"}, controls, {},
                  JOURNEY_SOURCE_DIR, bounds);
  CHECK(r.code == 0);
  CHECK(r.err.find('\x1b') == std::string::npos);
  CHECK(r.out.find('\x1b') == std::string::npos);
  CHECK(contains(r.err, "control character U+001B read as a space"));

  std::string many = "journey\nsection See\n";
  for (int i = 0; i < 10'001; ++i) many += "T: 3: p" + std::to_string(i % 1'001) + "\n";
  Run limit = journey({"import", "mermaid", "-", "--model", "see-think-do-care"}, many, {},
                      JOURNEY_SOURCE_DIR, bounds);
  CHECK(limit.code == 2);
  CHECK(contains(limit.err, "input-limit"));
}

TEST_CASE("import: shell completion offers the command", "[import]") {
  Run bash = journey({"completion", "bash"});
  REQUIRE(bash.code == 0);
  CHECK(contains(bash.out, "import"));
  std::size_t mermaid = bash.out.find("'import mermaid')");
  REQUIRE(mermaid != std::string::npos);
  CHECK(contains(bash.out.substr(mermaid, 300), "--model|-m) COMPREPLY=($(compgen -W 'auto aida "));
  CHECK(contains(journey({"completion", "zsh"}).out, "mermaid"));
  CHECK(contains(journey({"completion", "fish"}).out, "mermaid"));
}

// Mermaid's own parser accepts the diagrams shipped as test input (tests/tools, installed by
// scripts/install-test-tools.sh; Chromium runs offline). Without the tools the check is skipped
// (a failure under CI=true).
TEST_CASE("import: the shipped diagrams are valid Mermaid", "[import][mermaid-cli]") {
  fs::path root = JOURNEY_SOURCE_DIR;
  fs::path mmdc = root / "tests/tools/node_modules/.bin/mmdc";
  if (!fs::exists(mmdc) || !fs::exists("/usr/bin/chromium"))
    JOURNEY_SKIP("mmdc or Chromium is missing: the diagrams are not checked with Mermaid");
  for (const char* file : {"working-day.mmd", "library.mmd"}) {
    fs::path svg = scratch() / (std::string(file) + ".svg");
    std::string command = quote(mmdc.string()) + " -q -p " +
                          quote((root / "tests/tools/puppeteer-config.json").string()) + " -i " +
                          quote((root / "tests/data/import" / file).string()) + " -o " +
                          quote(svg.string()) + " > /dev/null 2>&1";
    INFO(command);
    CHECK(std::system(command.c_str()) == 0);
    CHECK(contains(slurp(svg), "<svg"));
  }
}
