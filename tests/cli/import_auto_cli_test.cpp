// SPDX-License-Identifier: Apache-2.0
// journey import mermaid without --model (--model auto) through the binary: Mermaid journey
// diagrams as they are written in public repositories keep their sections as the map's columns,
// in a model file beside the journey, and lint without errors.
#include <catch2/catch.hpp>

#include "run.hpp"

using namespace journey_test;

namespace {

const fs::path k_data = fs::path(JOURNEY_SOURCE_DIR) / "tests/data/import";

fs::path fresh(const std::string& name) {
  fs::path dir = scratch() / name;
  fs::remove_all(dir);
  fs::create_directories(dir / ".git");  // a repository: the journey's model: stays inside it
  fs::create_directories(dir / "maps");
  return dir;
}

// The diagram as `journey render -T mermaid` writes it: without %% comments.
std::string without_comments(const std::string& text) {
  std::istringstream in(text);
  std::string out;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("%%", 0) != 0) out += line + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("import auto: sections that are no model's phases become the map's columns", "[import]") {
  for (const char* diagram : {"trial", "day-zh", "working-day", "repeated"}) {
    INFO(diagram);
    fs::path dir = fresh(std::string("auto-") + diagram);
    const std::string mmd = (k_data / (std::string(diagram) + ".mmd")).string();
    Run r = journey({"import", "mermaid", mmd, "-o", "maps/map.journey.yaml"}, "", {}, dir);
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK(contains(r.err,
                   "journey import: wrote maps/map.model.yaml (a phase per section of the "
                   "diagram) and maps/map.journey.yaml; check it with 'journey lint "
                   "maps/map.journey.yaml'\n"));
    CHECK(contains(slurp(dir / "maps/map.journey.yaml"), "\nmodel: map.model.yaml\n"));
    Run lint = journey({"lint", "maps/map.journey.yaml", "--fail-on", "error"}, "", {}, dir);
    INFO(lint.out);
    CHECK(lint.code == 0);
    // Drawn again as Mermaid, the diagram comes back section by section (tasks before the first
    // section are in it).
    Run again =
        journey({"render", "maps/map.journey.yaml", "-o", "-", "-T", "mermaid"}, "", {}, dir);
    REQUIRE(again.code == 0);
    if (std::string(diagram) != "repeated") CHECK(again.out == without_comments(slurp(mmd)));
  }
}

TEST_CASE("import auto: the made model keeps names as written with ASCII ids", "[import]") {
  fs::path dir = fresh("auto-names");
  Run trial =
      journey({"import", "mermaid", (k_data / "trial.mmd").string(), "-o", "trial.journey.yaml"},
              "", {}, dir);
  REQUIRE(trial.code == 0);
  std::string model = slurp(dir / "trial.model.yaml");
  CHECK(contains(model, "\nid: trial\nname: Taking part in the sleep study\n"));
  CHECK(contains(model,
                 "  - id: screening\n    name: Screening\n  - id: baseline\n    name: "
                 "Baseline\n  - id: follow-up\n    name: Follow up\n  - id: exit\n    "
                 "name: Exit\n"));
  CHECK(contains(slurp(dir / "trial.journey.yaml"), "\n  follow-up:\n    touchpoints:\n"));
  Run zh = journey({"import", "mermaid", (k_data / "day-zh.mmd").string(), "--model", "auto", "-o",
                    "day.journey.yaml"},
                   "", {}, dir);
  REQUIRE(zh.code == 0);
  CHECK(contains(slurp(dir / "day.model.yaml"),
                 "  - id: section-1\n    name: 上午\n  - id: section-2\n    name: 下午\n"));
  CHECK(contains(slurp(dir / "day.journey.yaml"), "\n  section-2:\n    touchpoints:\n"));
}

TEST_CASE("import auto: a built-in model is used when the sections name its phases", "[import]") {
  fs::path dir = fresh("auto-builtin");
  Run library = journey(
      {"import", "mermaid", (k_data / "library.mmd").string(), "-o", "library.journey.yaml"}, "",
      {}, dir);
  REQUIRE(library.code == 0);
  CHECK(contains(library.err,
                 "wrote library.journey.yaml (model five-stage: the sections name "
                 "its phases)"));
  CHECK(contains(slurp(dir / "library.journey.yaml"), "\nmodel: five-stage\n"));
  CHECK_FALSE(fs::exists(dir / "library.model.yaml"));
  // To standard output too: nothing to write beside it.
  Run funnel = journey({"import", "mermaid", (k_data / "funnel.mmd").string()}, "", {}, dir);
  REQUIRE(funnel.code == 0);
  CHECK(contains(funnel.out, "\nmodel: purchase-funnel\n"));
  CHECK(funnel.err.empty());
}

TEST_CASE("import auto: refuses what it cannot write, and replaces only with --force", "[import]") {
  fs::path dir = fresh("auto-refused");
  const std::string trial = (k_data / "trial.mmd").string();
  Run stdout_only = journey({"import", "mermaid", trial}, "", {}, dir);
  CHECK(stdout_only.code == 2);
  CHECK(stdout_only.out.empty());
  CHECK(contains(stdout_only.err, "pass -o FILE, or --model ID"));

  std::ofstream(dir / "trial.model.yaml") << "mine\n";
  Run kept = journey({"import", "mermaid", trial, "-o", "trial.journey.yaml"}, "", {}, dir);
  CHECK(kept.code == 2);
  CHECK(contains(kept.err,
                 "'trial.model.yaml' exists (the model made from the diagram's "
                 "sections); pass --force to replace it"));
  CHECK(slurp(dir / "trial.model.yaml") == "mine\n");
  CHECK_FALSE(fs::exists(dir / "trial.journey.yaml"));
  Run forced =
      journey({"import", "mermaid", trial, "-o", "trial.journey.yaml", "--force"}, "", {}, dir);
  CHECK(forced.code == 0);
  CHECK(contains(slurp(dir / "trial.model.yaml"), "\nid: trial\n"));
}
