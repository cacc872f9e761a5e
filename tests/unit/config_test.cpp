// SPDX-License-Identifier: Apache-2.0
// The configuration file, its discovery, globs and suppressions.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "journey/config.hpp"
#include "journey/lint.hpp"
#include "journey/suppression.hpp"

using namespace journey;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path =
        fs::temp_directory_path() /
        ("journey-test-" +
         std::to_string(std::hash<std::string>{}(Catch::getResultCapture().getCurrentTestName())));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  fs::path write(const std::string& name, const std::string& text) const {
    fs::path p = path / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p) << text;
    return p;
  }
};

}  // namespace

TEST_CASE("globs", "[config]") {
  CHECK(glob_match("*.journey.yaml", "a/b/shop.journey.yaml"));
  CHECK(glob_match("legacy/**", "legacy/x/y.journey.yaml"));
  CHECK(glob_match("legacy/", "legacy/y.journey.yaml"));
  CHECK_FALSE(glob_match("legacy/*", "legacy/x/y.journey.yaml"));
  CHECK(glob_match("**/draft-?.journey.yaml", "maps/draft-1.journey.yaml"));
  CHECK(glob_match("**/draft-?.journey.yaml", "draft-1.journey.yaml"));
  CHECK_FALSE(glob_match("maps/*.yaml", "other/maps/a.yaml"));
  CHECK(glob_match("a/**/b.yaml", "a/b.yaml"));
  CHECK(glob_match("a/**/b.yaml", "a/x/y/b.yaml"));
  CHECK_FALSE(glob_match("a/**/b.yaml", "a/xb.yaml"));
  CHECK_FALSE(glob_match("foo.yaml", "xfoo.yaml"));  // a bare name is a whole file name
  CHECK(glob_match("a/**", "a/"));
  CHECK(glob_match("./maps/*.yaml", "maps/a.yaml"));
  CHECK_FALSE(glob_match("?", "/"));
}

TEST_CASE("globs with many stars take linear time", "[config][hostile]") {
  // Backtracking takes minutes on this; the automaton a few microseconds.
  std::string pattern;
  for (int i = 0; i < 24; ++i) pattern += "*a";
  pattern += "*b";
  CHECK_FALSE(glob_match(pattern, std::string(40, 'a')));
  CHECK_FALSE(glob_match(std::string(60, '*') + "/" + std::string(30, '?') + "x",
                         std::string(200, 'a') + "/" + std::string(200, 'a')));
  CHECK(glob_match("**/**/**/**/**/x", "a/b/c/d/e/f/g/x"));
}

TEST_CASE("severities, off and per-glob overrides", "[config]") {
  TempDir dir;
  fs::path cfg = dir.write(".journeylint.yaml", R"(rules:
  phase-without-kpi: off
  emotion-drop: error
overrides:
  - files: ["legacy/**"]
    rules: {stale-review: info}
)");
  ConfigResult r = load_config(cfg.string(), rule_names());
  REQUIRE(r.error == "");
  auto levels = rule_levels(*r.config, (dir.path / "legacy/old.journey.yaml").string());
  CHECK_FALSE(levels["phase-without-kpi"].has_value());
  CHECK(levels["emotion-drop"] == Severity::error);
  CHECK(levels["stale-review"] == Severity::info);
  CHECK(levels["missing-channel"] == Severity::warning);
  auto elsewhere = rule_levels(*r.config, (dir.path / "new.journey.yaml").string());
  CHECK(elsewhere["stale-review"] == Severity::warning);
  CHECK(describe_config(*r.config, "x").find("phase-without-kpi: off") != std::string::npos);
}

TEST_CASE("an invalid configuration names the bad key with its position", "[config]") {
  TempDir dir;
  auto error_of = [&](const std::string& text) {
    return load_config(dir.write(".journeylint.yaml", text).string(), rule_names()).error;
  };
  CHECK(error_of("rulez: {}\n").find(":1:1: unknown key 'rulez'; did you mean 'rules'?") !=
        std::string::npos);
  CHECK(error_of("rules:\n  emotion-dropp: off\n").find(":2:3: unknown rule 'emotion-dropp'") !=
        std::string::npos);
  CHECK(error_of("rules:\n  emotion-drop: loud\n").find("'loud' is not a level") !=
        std::string::npos);
  CHECK(error_of("rules: {yaml-syntax: off}\n").find("always an error") != std::string::npos);
  CHECK(error_of("model-paths: [nowhere]\n").find("not a directory") != std::string::npos);
  CHECK(error_of("rules: [\n").find("YAML syntax error") != std::string::npos);
}

TEST_CASE("configuration is discovered upwards and stops at the repository root", "[config]") {
  TempDir dir;
  dir.write("repo/.git/HEAD", "ref: refs/heads/main\n");
  dir.write("repo/.journeylint.yaml", "rules: {}\n");
  dir.write("repo/maps/deep/x.journey.yaml", "");
  CHECK(fs::path(find_config((dir.path / "repo/maps/deep").string())) ==
        dir.path / "repo/.journeylint.yaml");
  dir.write("outside/.journeylint.yaml", "rules: {}\n");
  dir.write("outside/repo2/.git/HEAD", "");
  CHECK(find_config((dir.path / "outside/repo2").string()).empty());
}

TEST_CASE("model-paths add user models by id", "[config]") {
  TempDir dir;
  dir.write("models/mine.yaml", "id: mine\nname: Mine\nphases:\n  - {id: a, name: A}\n");
  fs::path cfg = dir.write(".journeylint.yaml", "model-paths: [models]\n");
  ConfigResult r = load_config(cfg.string(), rule_names());
  REQUIRE(r.error == "");
  CHECK(r.config->catalog->find("mine") != nullptr);
  CHECK(r.config->catalog->find("aida") != nullptr);
}

TEST_CASE("suppression comments: this line, next line, whole file, unused", "[suppression]") {
  SourceText source("s.yaml",
                    "a: 1  # journey-lint: disable=missing-channel, emotion-drop\n"
                    "# journey-lint: disable-next-line=missing-emotion\n"
                    "b: 2\n"
                    "# journey-lint: disable-file=stale-review\n"
                    "c: 'text # journey-lint: not a directive'\n"
                    "d: 4  # journey-lint: disable=no-such-rule\n");
  auto suppressions = parse_suppressions(source);
  REQUIRE(suppressions.size() == 4);
  CHECK(suppressions[0].entries.size() == 2);
  CHECK(suppressions[0].entries[1].span.column == 48);
  Findings findings = {
      Finding{"missing-channel", Severity::warning, {1, 1, 1, 2}, "", "", ""},
      Finding{"missing-emotion", Severity::warning, {3, 1, 3, 2}, "", "", ""},
      Finding{"missing-emotion", Severity::warning, {4, 1, 4, 2}, "", "", ""},
      Finding{"stale-review", Severity::warning, {9, 1, 9, 2}, "", "", ""},
      Finding{"yaml-syntax", Severity::error, {1, 1, 1, 2}, "", "", ""},
  };
  apply_suppressions(suppressions, findings);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].span.line == 4);
  CHECK(findings[1].rule == "yaml-syntax");
  Findings unused = unused_suppressions(suppressions);
  REQUIRE(unused.size() == 2);
  CHECK(unused[0].message.find("emotion-drop") != std::string::npos);
  CHECK(unused[1].message.find("'no-such-rule' is not a rule") != std::string::npos);
}
