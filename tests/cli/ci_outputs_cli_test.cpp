// SPDX-License-Identifier: Apache-2.0
// The outputs CI reads (SARIF, GitHub annotations, GitLab Code Quality, JSON) name files relative
// to the repository root from any folder, link every rule to its documentation, and the listings
// scripts read (rules, models) come as JSON.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>

#include "run.hpp"
#include "skip.hpp"

using namespace journey_test;
using nlohmann::json;

namespace {

const std::string k_today = "--today=2026-11-23";

// A git repository in the scratch folder with tests/data/cli/bad.journey.yaml as maps/bad...;
// returns its real path (the root journey reports).
fs::path repository(const std::string& name) {
  fs::path repo = scratch() / name;
  fs::remove_all(repo);
  fs::create_directories(repo / "maps");
  fs::copy_file(fs::path(JOURNEY_SOURCE_DIR) / "tests/data/cli/bad.journey.yaml",
                repo / "maps/bad.journey.yaml");
  REQUIRE(std::system(("git init -q " + quote(repo.string())).c_str()) == 0);
  return fs::canonical(repo);
}

// Every location of a SARIF log's results.
std::vector<json> sarif_locations(const std::string& text) {
  std::vector<json> found;
  const json log = json::parse(text);
  for (const json& result : log["runs"][0]["results"]) {
    found.push_back(result["locations"][0]["physicalLocation"]["artifactLocation"]);
  }
  return found;
}

}  // namespace

TEST_CASE("SARIF paths are relative to %SRCROOT%, the repository root, from a subfolder",
          "[cli][ci-outputs]") {
  fs::path repo = repository("sarif-repo");
  Run r = journey({"lint", "bad.journey.yaml", k_today, "-f", "sarif"}, "", {}, repo / "maps");
  REQUIRE(r.code == 1);
  json run = json::parse(r.out)["runs"][0];
  CHECK(run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == "file://" + repo.string() + "/");
  auto locations = sarif_locations(r.out);
  REQUIRE(!locations.empty());
  for (const json& at : locations) {
    CHECK(at["uri"] == "maps/bad.journey.yaml");
    CHECK(at["uriBaseId"] == "%SRCROOT%");
  }

  SECTION("GITHUB_WORKSPACE is the root when it is set") {
    Run w = journey({"lint", "bad.journey.yaml", k_today, "-f", "sarif"}, "",
                    {"GITHUB_WORKSPACE=" + (repo / "maps").string()}, repo / "maps");
    CHECK(json::parse(w.out)["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"] ==
          "file://" + repo.string() + "/maps/");
    CHECK(sarif_locations(w.out).front()["uri"] == "bad.journey.yaml");
  }
  SECTION("a file outside the root is an absolute file URI without a base") {
    fs::path outside = fs::canonical(fs::path(JOURNEY_SOURCE_DIR) / "tests/data/cli");
    Run o = journey({"lint", (outside / "bad.journey.yaml").string(), k_today, "-f", "sarif"}, "",
                    {"GITHUB_WORKSPACE=" + repo.string()}, repo / "maps");
    json at = sarif_locations(o.out).front();
    CHECK(at["uri"] == "file://" + (outside / "bad.journey.yaml").string());
    CHECK(!at.contains("uriBaseId"));
  }
  SECTION("outside git, the current folder is the root") {
    fs::path plain = scratch() / "no-git" / "sub";
    fs::create_directories(plain);
    fs::copy_file(repo / "maps/bad.journey.yaml", plain / "bad.journey.yaml",
                  fs::copy_options::overwrite_existing);
    Run p = journey({"lint", "bad.journey.yaml", k_today, "-f", "sarif"}, "", {}, plain);
    CHECK(sarif_locations(p.out).front()["uri"] == "bad.journey.yaml");
  }
}

TEST_CASE("GitHub annotations and GitLab issues name files from the repository root",
          "[cli][ci-outputs]") {
  fs::path repo = repository("annotation-repo");
  Run gh = journey({"lint", "bad.journey.yaml", k_today, "-f", "github"}, "", {}, repo / "maps");
  CHECK(gh.code == 1);
  CHECK(contains(gh.out, "::error file=maps/bad.journey.yaml,line=16,col=9"));
  CHECK(!contains(gh.out, "file=bad.journey.yaml"));
  Run ws = journey({"lint", "maps/bad.journey.yaml", k_today, "-f", "github"}, "",
                   {"GITHUB_WORKSPACE=" + (repo / "maps").string()}, repo);
  CHECK(contains(ws.out, "::error file=bad.journey.yaml,line=16,col=9"));

  Run gl = journey({"lint", "bad.journey.yaml", k_today, "-f", "gitlab"}, "", {}, repo / "maps");
  CHECK(gl.code == 1);
  json issues = json::parse(gl.out);
  REQUIRE(issues.is_array());
  REQUIRE(!issues.empty());
  for (const json& issue : issues) CHECK(issue["location"]["path"] == "maps/bad.journey.yaml");
}

TEST_CASE("GitLab Code Quality: the documented schema, unique fingerprints, severities",
          "[cli][ci-outputs]") {
  const fs::path validator = fs::path(JOURNEY_SOURCE_DIR) / "tests/tools/validate_json.py";
  const fs::path schema =
      fs::path(JOURNEY_SOURCE_DIR) / "tests/data/gitlab/code-quality.schema.json";
  if (std::system("/usr/bin/python3 -c 'import jsonschema' > /dev/null 2>&1") != 0)
    JOURNEY_SKIP("python3-jsonschema is not installed");
  Run r = journey({"lint", "tests/data/cli/bad.journey.yaml", "tests/data/cli/warn.journey.yaml",
                   "tests/data/cli/syntax.journey.yaml", "examples", k_today, "-f", "gitlab"});
  CHECK(r.code == 1);
  fs::path report = scratch() / "gl-code-quality.json";
  std::ofstream(report) << r.out;
  std::string command = "/usr/bin/python3 " + quote(validator.string()) + " " +
                        quote(schema.string()) + " " + quote(report.string()) + " 2>&1";
  CHECK(std::system(command.c_str()) == 0);

  json issues = json::parse(r.out);
  std::set<std::string> fingerprints, severities;
  for (const json& issue : issues) {
    fingerprints.insert(issue["fingerprint"].get<std::string>());
    severities.insert(issue["severity"].get<std::string>());
  }
  CHECK(fingerprints.size() == issues.size());
  CHECK(severities == std::set<std::string>{"major", "minor"});
  CHECK(issues[0]["check_name"] == "unknown-reference");
  CHECK(issues[0]["location"]["lines"]["begin"] == 10);

  SECTION("the schema is not a formality: it refuses a path from the current folder") {
    std::ofstream(report) << R"([{"description": "d", "check_name": "c", "fingerprint": "f",
      "severity": "major", "location": {"path": "./x.yaml", "lines": {"begin": 1}}}])";
    CHECK(std::system(command.c_str()) != 0);
  }
  SECTION("fingerprints stay when lines move") {
    fs::path moved = scratch() / "moved.journey.yaml";
    std::ofstream(moved) << "# a comment\n\n"
                         << slurp(fs::path(JOURNEY_SOURCE_DIR) / "tests/data/cli/bad.journey.yaml");
    fs::path same = scratch() / "same.journey.yaml";
    fs::copy_file(fs::path(JOURNEY_SOURCE_DIR) / "tests/data/cli/bad.journey.yaml", same,
                  fs::copy_options::overwrite_existing);
    json before = json::parse(
        journey({"lint", "same.journey.yaml", k_today, "-f", "gitlab"}, "", {}, scratch()).out);
    fs::rename(moved, same);
    json after = json::parse(
        journey({"lint", "same.journey.yaml", k_today, "-f", "gitlab"}, "", {}, scratch()).out);
    REQUIRE(before.size() == after.size());
    CHECK(before[0]["fingerprint"] == after[0]["fingerprint"]);
    CHECK(before[0]["location"]["lines"]["begin"].get<int>() + 2 ==
          after[0]["location"]["lines"]["begin"].get<int>());
  }
}

TEST_CASE("every rule links to its section of docs/rules.md", "[cli][ci-outputs]") {
  const std::string base = "--information-uri=https://example.com/journey/";
  const std::string page = "https://example.com/journey/docs/rules.md#";
  json rules = json::parse(journey({"rules", "--format", "json", base}).out)["rules"];
  std::string docs = slurp(fs::path(JOURNEY_SOURCE_DIR) / "docs/rules.md");
  REQUIRE(rules.size() > 30);
  for (const json& rule : rules) {
    std::string id = rule["id"];
    CHECK(rule["help_uri"] == page + id);
    CHECK(contains(docs, "\n## " + id + "\n"));  // the anchor GitHub makes of the heading
  }

  Run sarif = journey({"lint", "tests/data/cli/bad.journey.yaml", k_today, "-f", "sarif", base});
  json driver = json::parse(sarif.out)["runs"][0]["tool"]["driver"];
  REQUIRE(driver["rules"].size() == rules.size());
  for (const json& rule : driver["rules"])
    CHECK(rule["helpUri"] == page + rule["id"].get<std::string>());

  Run lint = journey({"lint", "tests/data/cli/bad.journey.yaml", k_today, "-f", "json", base});
  json findings = json::parse(lint.out)["files"][0]["findings"];
  REQUIRE(!findings.empty());
  for (const json& f : findings) CHECK(f["help_uri"] == page + f["rule"].get<std::string>());
}

TEST_CASE("rules and models as JSON, the same as their text listings", "[cli][ci-outputs]") {
  Run text = journey({"rules"});
  json rules = json::parse(journey({"rules", "--format", "json"}).out);
  CHECK(rules["version"] == 1);
  std::istringstream lines(text.out);
  std::size_t i = 0;
  for (std::string line; std::getline(lines, line); ++i) {
    REQUIRE(i < rules["rules"].size());
    CHECK(line.rfind(rules["rules"][i]["id"].get<std::string>() + " ", 0) == 0);
    CHECK(contains(line, rules["rules"][i]["summary"].get<std::string>()));
  }
  CHECK(i == rules["rules"].size());
  json one = json::parse(journey({"rules", "emotion-drop", "--format", "json"}).out)["rules"];
  REQUIRE(one.size() == 1);
  CHECK(one[0]["severity"] == "warning");
  CHECK(one[0]["category"] == "flow");
  CHECK(journey({"rules", "emotion-dorp", "--format", "json"}).code == 2);

  json models = json::parse(journey({"models", "--format", "json"}).out)["models"];
  std::string listing = journey({"models"}).out;
  REQUIRE(models.size() >= 5);
  for (const json& m : models) {
    CHECK(contains(listing, m["id"].get<std::string>() + "  "));
    CHECK(!m["phases"].empty());
    CHECK(m["origin"] == "built-in");
  }
  json stdc = json::parse(journey({"models", "show", "see-think-do-care", "--format", "json"}).out);
  REQUIRE(stdc["models"].size() == 1);
  json phases = stdc["models"][0]["phases"];
  CHECK(phases[0]["id"] == "see");
  CHECK(phases[3]["id"] == "care");
  CHECK(phases[3]["stage"] == "post-purchase");
  CHECK(stdc["models"][0]["loop"]["to"].is_string());
}
