// SPDX-License-Identifier: Apache-2.0
// Gates that agree with what they show, and one table of exit codes (man/journey.1) that every
// command follows: 0 done, 1 something to fail on (lint errors included, wherever they stop a
// command), 2 the command could not do its job.
#include <catch2/catch.hpp>
#include <cmath>
#include <nlohmann/json.hpp>

#include "run.hpp"
#include "skip.hpp"

using namespace journey_test;
using nlohmann::json;

namespace {

const std::string k_today = "--today=2026-11-23";
const std::string k_broken = "tests/data/cli/bad.journey.yaml";  // lint errors

// The total `journey score` prints for a file: "FILE: 72/100".
std::string shown_total(const std::string& file) {
  std::string out = journey({"score", file, k_today}).out;
  std::string head = out.substr(0, out.find('\n'));
  std::size_t colon = head.rfind(": "), slash = head.find("/100");
  REQUIRE(colon != std::string::npos);
  REQUIRE(slash != std::string::npos);
  return head.substr(colon + 2, slash - colon - 2);
}

}  // namespace

TEST_CASE("score: the total shown is the total gated", "[cli][gates]") {
  int rounded_up = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(JOURNEY_SOURCE_DIR) / "examples")) {
    std::string file = "examples/" + entry.path().filename().string();
    if (file.size() < 13 || file.compare(file.size() - 13, 13, ".journey.yaml") != 0) continue;
    INFO(file);
    std::string total = shown_total(file);
    CHECK(journey({"score", file, k_today, "--min-score", total}).code == 0);
    Run above =
        journey({"score", file, k_today, "--min-score", std::to_string(std::stoi(total) + 1)});
    CHECK(above.code == 1);
    CHECK(contains(above.err, file + " scores " + total + ", below --min-score "));
    // JSON gives the same number; the mean of its categories, unrounded, shows what was rounded.
    json card = json::parse(journey({"score", file, k_today, "-f", "json"}).out)["scorecards"][0];
    CHECK(card["total"].get<double>() == std::stod(total));
    double weighted = 0, weights = 0;
    for (const json& c : card["categories"]) {
      if (c["score"].is_null() || c["weight"].get<double>() <= 0) continue;
      weighted += c["score"].get<double>() * c["weight"].get<double>();
      weights += c["weight"].get<double>();
    }
    double exact = 10 * weighted / weights;
    CHECK(std::abs(exact - std::stod(total)) <= 0.5 + 0.05 * 10);
    if (exact < std::stod(total) - 0.05) ++rounded_up;
  }
  // At least one example shows a total above its exact value: the case the gate used to fail.
  CHECK(rounded_up > 0);
}

TEST_CASE("lint errors exit 1 wherever they stop a command, as lint", "[cli][gates]") {
  CHECK(journey({"lint", k_broken, k_today}).code == 1);
  Run score = journey({"score", k_broken, k_today});
  CHECK(score.code == 1);
  CHECK(contains(score.err, "has lint errors; not scored"));
  Run render = journey({"render", k_broken, "-o", "-", "-T", "dot"});
  CHECK(render.code == 1);
  CHECK(contains(render.err, "has lint errors; not rendered"));
  CHECK(journey({"diff", "examples/online-shop.journey.yaml", "tests/data/cli/syntax.journey.yaml"})
            .code == 1);
  // Trouble still exits 2, and wins over findings.
  CHECK(journey({"score", k_broken, "no-such.journey.yaml", k_today}).code == 2);
}

TEST_CASE("a folder without journeys is the same error for lint, score and report",
          "[cli][gates]") {
  fs::path empty = scratch() / "no-journeys";
  fs::create_directories(empty);
  std::ofstream(empty / "notes.yaml") << "a: 1\n";
  for (std::string command : {"lint", "score", "report"}) {
    INFO(command);
    std::vector<std::string> args = {command, empty.string(), k_today};
    if (command == "report") args.insert(args.end(), {"-o", (scratch() / "site-out").string()});
    Run r = journey(args);
    CHECK(r.code == 2);
    CHECK(r.err == "journey " + command +
                       ": error: no journey files (*.journey.yaml, *.journey.yml) found in " +
                       empty.string() + "\n");
    CHECK(r.out.empty());
  }
}

TEST_CASE("unknown options: the command's name and a did-you-mean", "[cli][gates]") {
  Run lint = journey({"lint", "--formt", "json", "examples"});
  CHECK(lint.code == 2);
  CHECK(contains(lint.err,
                 "journey lint: error: unknown option '--formt'; did you mean "
                 "'--format'?\n"));
  CHECK(!contains(lint.err, "unexpected argument 'json'"));
  CHECK(contains(lint.err, "See 'journey lint --help' for its options."));
  CHECK(!contains(lint.err, "were not expected"));

  Run score = journey({"score", "examples", "--min-scor=70"});
  CHECK(score.code == 2);
  CHECK(contains(score.err,
                 "journey score: error: unknown option '--min-scor'; did you mean "
                 "'--min-score'?"));
  Run show = journey({"models", "show", "aida", "--zzzzzz"});
  CHECK(show.code == 2);
  CHECK(contains(show.err, "journey models show: error: unknown option '--zzzzzz'\n"));
  // -V is journey's own version flag, not render's; a short option gets no guess.
  Run version = journey({"render", "-V", "flow", "examples/online-shop.journey.yaml", "-"});
  CHECK(version.code == 2);
  CHECK(contains(version.err, "journey render: error: unknown option '-V'"));
  CHECK(!contains(version.err, "did you mean"));
  Run extra = journey({"rules", "emotion-drop", "surplus"});
  CHECK(extra.code == 2);
  CHECK(contains(extra.err, "journey rules: error: unexpected argument 'surplus'"));
}

TEST_CASE("journey(1) fits 80 columns, its exit table included", "[cli][gates][docs]") {
  if (std::system("command -v groff > /dev/null 2>&1") != 0) JOURNEY_SKIP("groff is not installed");
  fs::path out = scratch() / "journey.1.txt";
  // man-db's line length for MANWIDTH=80; -P-cbou: plain text, no bold or underline.
  std::string command = "groff -t -man -Tutf8 -P-cbou -rLL=78n " +
                        quote((fs::path(JOURNEY_SOURCE_DIR) / "man/journey.1").string()) + " > " +
                        quote(out.string()) + " 2>/dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  std::istringstream text(slurp(out));
  bool in_exit = false;
  int exit_lines = 0;
  for (std::string line; std::getline(text, line);) {
    std::size_t columns = 0;
    for (unsigned char c : line) columns += (c & 0xC0) != 0x80;  // code points
    INFO(line);
    CHECK(columns <= 80);
    if (line.rfind("EXIT STATUS", 0) == 0) in_exit = true;
    if (in_exit && line.rfind("FILES", 0) == 0) in_exit = false;
    exit_lines += in_exit;
  }
  CHECK(exit_lines > 20);
}
