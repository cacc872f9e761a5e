// SPDX-License-Identifier: Apache-2.0
// End-to-end: the built binary on files in tests/data/cli and examples/.
#include <catch2/catch.hpp>

#include "run.hpp"

using namespace journey_test;

namespace {
const std::string k_today = "--today=2026-11-23";
const std::string k_data = "tests/data/cli/";
}  // namespace

TEST_CASE("the shipped examples lint clean", "[cli][lint]") {
  Run r = journey({"lint", "examples", k_today});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "3 files checked: no problems found."));
  CHECK(r.err.empty());
}

TEST_CASE("text output is compiler style with source line and caret", "[cli][lint]") {
  Run r = journey({"lint", k_data + "bad.journey.yaml", k_today});
  CHECK(r.code == 1);
  CHECK(contains(r.out,
                 "tests/data/cli/bad.journey.yaml:10:21: error: no persona has the id "
                 "'samm'; did you mean 'sam'? [unknown-reference]\n"
                 " 10 |          personas: [samm], next: [site]}\n"
                 "    |                     ^~~~\n"));
  CHECK(
      contains(r.out, ":16:9: error: unknown key 'emoton'; did you mean 'emotion'? [unknown-key]"));
  CHECK(contains(r.out, "Found 2 errors and 1 warning in 1 of 1 file.\n"));
  CHECK_FALSE(contains(r.out, "\033["));
}

TEST_CASE("exit codes follow fail-on, max-warnings and trouble", "[cli][lint][exit]") {
  const std::string warn = k_data + "warn.journey.yaml";
  CHECK(journey({"lint", warn, k_today}).code == 0);
  CHECK(journey({"lint", warn, k_today, "--fail-on", "warning"}).code == 1);
  CHECK(journey({"lint", warn, k_today, "--fail-on", "info"}).code == 1);
  CHECK(journey({"lint", k_data + "bad.journey.yaml", k_today, "--fail-on", "never"}).code == 0);
  CHECK(journey({"lint", warn, k_today, "--max-warnings", "0"}).code == 1);
  CHECK(journey({"lint", warn, k_today, "--max-warnings", "1"}).code == 0);
  Run missing = journey({"lint", "no/such.journey.yaml"});
  CHECK(missing.code == 2);
  CHECK(contains(missing.err, "no/such.journey.yaml: no such file or directory"));
  CHECK(journey({"lint", "--format", "xml", warn}).code == 2);
  CHECK(journey({"lint", "--select", "nonsense", warn}).code == 2);
  CHECK(journey({"lint", "--today", "yesterday", warn}).code == 2);
  CHECK(journey({"frobnicate"}).code == 2);
  CHECK(journey({}).code == 2);
}

TEST_CASE("help teaches and version answers", "[cli]") {
  Run help = journey({"lint", "--help"});
  CHECK(help.code == 0);
  CHECK(contains(help.out, "--fail-on"));
  CHECK(contains(help.out, "Examples:"));
  Run version = journey({"--version"});
  CHECK(version.code == 0);
  CHECK(contains(version.out, "journey 0."));
  CHECK(journey({"-V"}).code == 0);
}

TEST_CASE("stdin is linted under its stdin-filename", "[cli][lint]") {
  std::string text = slurp(fs::path(JOURNEY_SOURCE_DIR) / (k_data + "warn.journey.yaml"));
  Run r = journey(
      {"lint", "-", "--stdin-filename", "maps/shop.journey.yaml", k_today, "--fail-on", "warning"},
      text);
  CHECK(r.code == 1);
  CHECK(contains(r.out, "maps/shop.journey.yaml:9:"));
  Run plain = journey({"lint", "-", k_today}, text);
  CHECK(contains(plain.out, "<stdin>:9:"));
}

TEST_CASE("directories are searched recursively in a stable order", "[cli][lint]") {
  Run r = journey({"lint", "tests/data/cli", k_today, "--format", "json"});
  CHECK(r.code == 1);
  auto a = r.out.find("bad.journey.yaml"), b = r.out.find("clean.journey.yaml"),
       c = r.out.find("syntax.journey.yaml"), d = r.out.find("warn.journey.yaml");
  CHECK(a < b);
  CHECK(b < c);
  CHECK(c < d);
  CHECK(r.out == journey({"lint", "tests/data/cli", k_today, "--format", "json", "-j", "1"}).out);
}

TEST_CASE("json output is stable and complete", "[cli][lint][format]") {
  Run r = journey({"lint", k_data + "warn.journey.yaml", k_today, "--format", "json",
                   "--information-uri", "https://example.com/j"});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "\"version\": 1"));
  CHECK(contains(r.out,
                 "{\"rule\": \"pain-without-opportunity\", \"severity\": \"warning\", \"line\": "
                 "9, \"column\": 82, \"end_line\": 9, \"end_column\": 87, \"path\": "
                 "\"phases.see.touchpoints[id=ad].pains\", \"message\": \"touchpoint 'ad' lists "
                 "1 pain but no opportunity; add 'opportunities:' to address them\", "
                 "\"suggestion\": null, \"help_uri\": "
                 "\"https://example.com/j/docs/rules.md#pain-without-opportunity\"}"));
  CHECK(contains(r.out,
                 "\"summary\": {\"files\": 1, \"files_with_findings\": 1, \"unreadable\": "
                 "0, \"errors\": 0, \"warnings\": 1, \"infos\": 0"));
}

TEST_CASE("sarif 2.1.0 output", "[cli][lint][format]") {
  Run r = journey({"lint", k_data + "bad.journey.yaml", k_today, "--format", "sarif"});
  CHECK(r.code == 1);
  CHECK(contains(r.out, "\"version\": \"2.1.0\""));
  CHECK(contains(r.out,
                 "{\"id\": \"pain-without-opportunity\", \"name\": "
                 "\"PainWithoutOpportunity\", \"shortDescription\""));
  CHECK(contains(r.out, "\"defaultConfiguration\": {\"level\": \"note\"}"));
  CHECK(contains(r.out,
                 "\"uri\": \"tests/data/cli/bad.journey.yaml\", \"uriBaseId\": "
                 "\"%SRCROOT%\"}, \"region\": {\"startLine\": 10, \"startColumn\": 21, "
                 "\"endLine\": 10, \"endColumn\": 25}"));
  CHECK(contains(r.out, "\"partialFingerprints\": {\"journeyFinding/v1\": \""));
  // Fingerprints do not depend on the line: the same finding two lines lower keeps it.
  std::string text = slurp(fs::path(JOURNEY_SOURCE_DIR) / (k_data + "bad.journey.yaml"));
  Run shifted = journey(
      {"lint", "-", "--stdin-filename", k_data + "bad.journey.yaml", k_today, "--format", "sarif"},
      "# a\n# b\n" + text);
  auto fp = [](const std::string& s) {
    auto at = s.find("journeyFinding/v1");
    return s.substr(at, 40);
  };
  CHECK(fp(shifted.out) == fp(r.out));
  CHECK(contains(shifted.out, "\"startLine\": 12"));
}

TEST_CASE("github annotations, chosen automatically under GitHub Actions", "[cli][lint][format]") {
  Run r = journey({"lint", k_data + "bad.journey.yaml", k_today}, "", {"GITHUB_ACTIONS=true"});
  CHECK(r.code == 1);
  CHECK(contains(r.out,
                 "::error file=tests/data/cli/bad.journey.yaml,line=10,col=21,endLine=10,"
                 "endColumn=25,title=journey lint (unknown-reference)::no persona has the "
                 "id 'samm'; did you mean 'sam'?\n"));
}

TEST_CASE("junit output", "[cli][lint][format]") {
  Run r = journey({"lint", k_data + "bad.journey.yaml", k_data + "clean.journey.yaml", k_today,
                   "--format", "junit"});
  CHECK(contains(r.out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
  CHECK(contains(r.out,
                 "<testsuite name=\"tests/data/cli/bad.journey.yaml\" tests=\"3\" "
                 "failures=\"3\""));
  CHECK(contains(r.out, "<testcase name=\"unknown-reference at 10:21\""));
  CHECK(contains(
      r.out, "<testcase name=\"journey lint\" classname=\"tests/data/cli/clean.journey.yaml\"/>"));
  CHECK(contains(r.out, "</testsuites>\n"));
}

TEST_CASE("output files are written atomically and never leaves a partial file", "[cli][lint]") {
  fs::path out = scratch() / "report.json";
  fs::remove(out);
  Run r =
      journey({"lint", k_data + "warn.journey.yaml", k_today, "-f", "json", "-o", out.string()});
  CHECK(r.code == 0);
  CHECK(r.out.empty());
  CHECK(contains(slurp(out), "\"summary\""));
  // A run that fails before writing keeps the previous report and leaves no temporary file.
  Run bad = journey({"lint", k_data + "warn.journey.yaml", "-c",
                     "tests/data/cli/invalid-config.yaml", "-o", out.string()});
  CHECK(bad.code == 2);
  CHECK(contains(slurp(out), "\"summary\""));
  std::size_t entries = 0;
  for (const auto& e : fs::directory_iterator(scratch())) {
    entries += e.path().filename().string().find("report.json.tmp") != std::string::npos;
  }
  CHECK(entries == 0);
  Run unwritable = journey({"lint", k_data + "warn.journey.yaml", "-o", "/nonexistent/dir/x.json"});
  CHECK(unwritable.code == 2);
}

TEST_CASE("colour only on request or a terminal and NO_COLOR is honoured", "[cli][lint]") {
  const std::string bad = k_data + "bad.journey.yaml";
  CHECK(contains(journey({"lint", bad, k_today, "--color", "always"}).out, "\033[1;31merror"));
  CHECK_FALSE(contains(journey({"lint", bad, k_today}).out, "\033["));
  CHECK_FALSE(contains(journey({"lint", bad, k_today, "--color", "never"}).out, "\033["));
  CHECK_FALSE(contains(journey({"lint", bad, k_today}, "", {"NO_COLOR=1"}).out, "\033["));
}

TEST_CASE("statistics count per rule and quiet drops the summary", "[cli][lint]") {
  Run s = journey({"lint", k_data + "bad.journey.yaml", k_today, "--statistics"});
  CHECK(contains(s.out, "     1  error   unknown-key\n"));
  CHECK(contains(s.out, "     1  error   unknown-reference\n"));
  CHECK_FALSE(contains(s.out, " | "));
  Run q = journey({"lint", k_data + "bad.journey.yaml", k_today, "-q"});
  CHECK_FALSE(contains(q.out, "Found"));
}

TEST_CASE("select and ignore narrow the rules", "[cli][lint]") {
  Run r = journey({"lint", k_data + "bad.journey.yaml", k_today, "--select", "schema", "--ignore",
                   "unknown-key"});
  CHECK(contains(r.out, "[unknown-reference]"));
  CHECK_FALSE(contains(r.out, "[unknown-key]"));
  CHECK_FALSE(contains(r.out, "[missing-emotion]"));
  // One value per option, so that paths after it stay paths.
  Run after =
      journey({"lint", "--select", "flow", "--ignore", "emotion-drop", "examples", k_today});
  CHECK(after.code == 0);
  CHECK(contains(after.out, "3 files checked"));
}

TEST_CASE("a syntax error is a finding at its position", "[cli][lint]") {
  Run r = journey({"lint", k_data + "syntax.journey.yaml"});
  CHECK(r.code == 1);
  CHECK(contains(r.out, "syntax.journey.yaml:2:1: error: YAML syntax error"));
}

TEST_CASE("configuration is discovered, overridden, validated and printed", "[cli][config]") {
  fs::path dir = scratch() / "config-repo";
  fs::create_directories(dir / ".git");
  fs::create_directories(dir / "maps");
  fs::copy_file(fs::path(JOURNEY_SOURCE_DIR) / (k_data + "warn.journey.yaml"),
                dir / "maps/warn.journey.yaml", fs::copy_options::overwrite_existing);
  std::ofstream(dir / ".journeylint.yaml") << "rules:\n  pain-without-opportunity: error\n";
  Run r = journey({"lint", ".", k_today}, "", {}, dir);
  CHECK(r.code == 1);
  CHECK(contains(r.out, "error: touchpoint 'ad' lists 1 pain"));
  Run printed = journey({"lint", "--print-config", "maps/warn.journey.yaml"}, "", {}, dir);
  CHECK(printed.code == 0);
  CHECK(contains(printed.out, "pain-without-opportunity: error"));
  CHECK(contains(printed.out, ".journeylint.yaml"));
  std::ofstream(dir / ".journeylint.yaml") << "rules:\n  pain-without-oportunity: error\n";
  Run invalid = journey({"lint", ".", k_today}, "", {}, dir);
  CHECK(invalid.code == 2);
  CHECK(contains(invalid.err,
                 ".journeylint.yaml:2:3: unknown rule 'pain-without-oportunity'; "
                 "did you mean 'pain-without-opportunity'?"));
  std::ofstream(dir / "other.yaml") << "rules: {pain-without-opportunity: off}\n";
  Run explicit_config =
      journey({"lint", ".", k_today, "-c", "other.yaml", "--fail-on", "info"}, "", {}, dir);
  CHECK(explicit_config.code == 0);
}

TEST_CASE("inline suppressions", "[cli][lint]") {
  std::string text = slurp(fs::path(JOURNEY_SOURCE_DIR) / (k_data + "warn.journey.yaml"));
  std::string suppressed = text;
  suppressed.replace(suppressed.find("pains: [loud]}"), 14,
                     "pains: [loud]}  # journey-lint: disable=pain-without-opportunity");
  Run r = journey({"lint", "-", k_today, "--fail-on", "info"}, suppressed);
  CHECK(r.code == 0);
  Run unused = journey({"lint", "-", k_today, "--fail-on", "info"},
                       text + "# journey-lint: disable-file=emotion-drop\n");
  CHECK(unused.code == 1);
  CHECK(contains(unused.out, "[unused-suppression]"));
}

TEST_CASE("hostile input: binary, empty, huge, deep, alias bomb", "[cli][lint][limits]") {
  fs::path dir = scratch() / "hostile";
  fs::create_directories(dir);
  std::ofstream(dir / "binary.journey.yaml", std::ios::binary) << std::string(
      "\x7f"
      "ELF\x02\x01\x01\0\0\0",
      10);
  std::ofstream(dir / "empty.journey.yaml");
  {
    std::ofstream big(dir / "big.journey.yaml", std::ios::binary);
    std::string line = "# " + std::string(1022, 'x') + "\n";
    for (int i = 0; i < 50 * 1024; ++i) big << line;
  }
  {
    std::ofstream deep(dir / "deep.journey.yaml");
    deep << std::string(100000, '[') << std::string(100000, ']') << "\n";
  }
  {
    std::ofstream bomb(dir / "bomb.journey.yaml");
    bomb << "a0: &a0 [x, x, x, x, x, x, x, x, x]\n";
    for (int l = 1; l <= 9; ++l) {
      bomb << "a" << l << ": &a" << l << " [";
      for (int k = 0; k < 9; ++k) bomb << (k ? ", " : "") << "*a" << l - 1;
      bomb << "]\n";
    }
  }
  Run r = journey({"lint", dir.string(), "-f", "json"});
  CHECK(r.code == 1);
  CHECK(contains(r.out, "binary file"));
  CHECK(contains(r.out, "the file is empty"));
  CHECK(contains(r.out, "the file is 50.0 MiB"));
  CHECK(contains(r.out, "nesting deeper than 64 levels"));
  CHECK(contains(r.out, "YAML alias bomb"));
  Run dir_as_file = journey({"lint", "-c", "/dev/null", "tests"});
  CHECK(dir_as_file.code != 2);  // a directory argument is searched, not read
}

TEST_CASE("lint --cache reuses findings and never changes them", "[cli][lint][cache]") {
  fs::path dir = scratch() / "cache";
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const char* name : {"online-shop", "consultancy", "productivity-app"}) {
    fs::copy_file(fs::path(JOURNEY_SOURCE_DIR) / "examples" / (std::string(name) + ".journey.yaml"),
                  dir / (std::string(name) + ".journey.yaml"));
  }
  std::ofstream(dir / "broken.journey.yaml") << "journey: Broken\nmodel: nope\nphases: {}\n";
  // The user's cache home, where the cache goes by default and its key is kept.
  const std::vector<std::string> env = {"XDG_CACHE_HOME=" + (scratch() / "xdg-cache").string()};
  const fs::path home = scratch() / "xdg-cache" / "journey";
  const std::vector<std::string> args = {"lint", ".", "--today", "2026-11-23", "-f", "json"};
  Run plain = journey(args, {}, env, dir);
  std::vector<std::string> cached_args = args;
  cached_args.push_back("--cache");
  Run cold = journey(cached_args, {}, env, dir);
  Run warm = journey(cached_args, {}, env, dir);
  CHECK(plain.code == 1);
  CHECK(cold.code == plain.code);
  CHECK(warm.code == plain.code);
  CHECK(cold.out == plain.out);
  CHECK(warm.out == plain.out);
  CHECK(cold.err.empty());
  CHECK_FALSE(fs::exists(dir / ".journey-cache"));  // nothing in the checkout by default
  CHECK(fs::is_directory(home / "lint"));
  CHECK(slurp(home / "lint" / ".gitignore").find("*") != std::string::npos);
  CHECK(slurp(home / "key").size() >= 32);
  CHECK((fs::status(home / "key").permissions() & fs::perms::group_all) == fs::perms::none);

  std::ofstream(dir / "broken.journey.yaml") << "journey: Broken\nmodel: see-think-do-care\n";
  Run edited = journey(cached_args, {}, env, dir);
  Run edited_plain = journey(args, {}, env, dir);
  CHECK(edited.out == edited_plain.out);
  CHECK(edited.out != warm.out);

  fs::remove_all(home / "lint");
  std::vector<std::string> off = cached_args;
  off.push_back("--no-cache");
  CHECK(journey(off, {}, env, dir).out == edited_plain.out);
  CHECK_FALSE(fs::exists(home / "lint"));
  std::vector<std::string> elsewhere = args;
  for (const char* a : {"--cache-dir", "cache-here"}) elsewhere.push_back(a);
  CHECK(journey(elsewhere, {}, env, dir).out == edited_plain.out);
  CHECK(fs::exists(dir / "cache-here" / "CACHEDIR.TAG"));
}

TEST_CASE("lint --print-config shows all that is in force: overrides, render, score and diff",
          "[cli][config]") {
  fs::path dir = scratch() / "print-config";
  fs::remove_all(dir);
  fs::create_directories(dir / ".git");
  fs::create_directories(dir / "maps/legacy");
  fs::copy_file(fs::path(JOURNEY_SOURCE_DIR) / (k_data + "warn.journey.yaml"),
                dir / "maps/legacy/old.journey.yaml");
  fs::copy_file(fs::path(JOURNEY_SOURCE_DIR) / (k_data + "warn.journey.yaml"),
                dir / "maps/new.journey.yaml");
  std::ofstream(dir / ".journeylint.yaml")
      << "overrides:\n  - files: ['maps/legacy/**']\n    rules: {stale-review: off}\n"
         "score:\n  weights: {coverage: 2, mean-emotion: 3}\n  minimums: {total: 60}\n"
         "diff:\n  changes: {touchpoint-removed: regression, touchpoint-renamed: off}\n"
         "render:\n  lang: nl\n  fail-emotion: 1\n";
  Run r = journey({"lint", "--print-config", "maps/legacy/old.journey.yaml"}, "", {}, dir);
  CHECK(r.code == 0);
  CHECK(contains(r.out, "  stale-review: off\n"));
  CHECK(contains(r.out,
                 "  - files: [maps/legacy/**]  # applies to maps/legacy/old.journey.yaml\n"
                 "    rules: {stale-review: off}\n"));
  CHECK(contains(r.out, "render:\n  lang: nl\n  fail-emotion: 1\n"));
  CHECK(contains(r.out, "    coverage: 2  # default 20\n    experience: 25\n"));
  CHECK(contains(r.out, "    mean-emotion: 3  # default 1\n"));
  CHECK(contains(r.out, "  minimums:\n    total: 60\n"));
  CHECK(contains(r.out, "    touchpoint-removed: regression  # default change\n"));
  CHECK(contains(r.out, "    touchpoint-renamed: off  # default info\n"));
  CHECK(contains(r.out, "    touchpoint-added: change\n"));
  Run elsewhere = journey({"lint", "--print-config", "maps/new.journey.yaml"}, "", {}, dir);
  CHECK(contains(elsewhere.out, "# does not apply to maps/new.journey.yaml"));
  CHECK(contains(elsewhere.out, "  stale-review: warning\n"));
}
