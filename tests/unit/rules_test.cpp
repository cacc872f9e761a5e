// SPDX-License-Identifier: Apache-2.0
// Every rule has a fixture in tests/data/rules/ whose "# expect: RULE:COLUMN" comments list exactly
// the findings the rule reports on their line (a rule firing twice at one place is listed twice),
// and every rule is documented. A finding in a file the fixture uses (a catalog, a data file) is
// expected with "# expect: RULE@FILE:LINE:COLUMN" on any line, FILE relative to the fixture.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include "journey/lint.hpp"
#include "journey/rule_docs.hpp"

using namespace journey;
namespace fs = std::filesystem;

namespace {

const fs::path k_rules_dir = fs::path(JOURNEY_SOURCE_DIR) / "tests/data/rules";

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// "line:column rule", compared as multisets (and printed readably when they differ).
using Expectations = std::multiset<std::string>;

std::string position(int line, int column, const std::string& rule) {
  return std::to_string(line) + ":" + std::to_string(column) + " " + rule;
}

Expectations expectations(const std::string& text) {
  Expectations out;
  std::istringstream in(text);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    auto at = line.find("# expect: ");
    if (at == std::string::npos) continue;
    std::istringstream ids(line.substr(at + 10));
    std::string id;
    while (std::getline(ids, id, ',')) {
      id.erase(0, id.find_first_not_of(' '));
      id.erase(id.find_last_not_of(' ') + 1);
      if (id.empty()) continue;
      auto at_file = id.find('@');
      if (at_file != std::string::npos) {  // RULE@FILE:LINE:COLUMN
        out.insert(id.substr(at_file + 1) + " " + id.substr(0, at_file));
        continue;
      }
      auto colon = id.find(':');
      INFO("line " << number << ": '" << id << "' needs a column, as in '" << id << ":5'");
      REQUIRE(colon != std::string::npos);
      out.insert(position(number, std::stoi(id.substr(colon + 1)), id.substr(0, colon)));
    }
  }
  return out;
}

Expectations actual(const fs::path& file, const std::string& rule) {
  LintOptions options;
  options.filter.select = {rule};
  Date::parse("2026-11-23", options.today);
  Config config = default_config();
  FileReport report = lint_file(file.string(), config, options);
  REQUIRE(report.error.empty());
  Expectations out;
  for (const auto& f : report.findings) {
    if (f.rule != rule) continue;
    std::string where = position(f.span.line, f.span.column, f.rule);
    if (!f.file.empty()) {
      where =
          fs::path(f.file).lexically_relative(file.parent_path()).generic_string() + ":" + where;
    }
    out.insert(where);
  }
  return out;
}

}  // namespace

TEST_CASE("every rule reports exactly what its fixture expects", "[rules]") {
  for (const std::string& rule : rule_ids()) {
    DYNAMIC_SECTION(rule) {
      fs::path fixture = k_rules_dir / (rule + ".journey.yaml");
      REQUIRE(fs::exists(fixture));
      auto expected = expectations(read(fixture));
      REQUIRE_FALSE(expected.empty());  // a fixture that expects nothing could never fail
      CHECK(actual(fixture, rule) == expected);
      fs::path ok = k_rules_dir / (rule + ".ok.journey.yaml");
      if (fs::exists(ok)) CHECK(actual(ok, rule).empty());
    }
  }
}

TEST_CASE("every finding names a rule of the registry", "[rules]") {
  // Over every fixture, test journey and example, with every rule selected: an unknown id would
  // have no level and no documentation.
  std::vector<fs::path> files;
  for (const char* dir : {"tests/data", "examples"}) {
    for (const auto& e : fs::recursive_directory_iterator(fs::path(JOURNEY_SOURCE_DIR) / dir)) {
      std::string name = e.path().filename().string();
      if (e.is_regular_file() && name.size() > 13 &&
          name.compare(name.size() - 13, 13, ".journey.yaml") == 0) {
        files.push_back(e.path());
      }
    }
  }
  REQUIRE(files.size() > 30);
  LintOptions options;
  Config config = default_config();
  std::set<std::string> seen;
  for (const fs::path& file : files) {
    FileReport report = lint_file(file.string(), config, options);
    for (const Finding& f : report.findings) {
      INFO(file.string() << ": " << f.rule);
      CHECK(find_rule(f.rule) != nullptr);
      seen.insert(f.rule);
    }
  }
  CHECK(seen.size() >= 20);
}

TEST_CASE("rule ids are unique kebab-case and fully documented", "[rules]") {
  std::set<std::string> seen;
  for (const auto& rule : builtin_rules()) {
    RuleInfo r = rule->info();
    INFO(r.id);
    CHECK(seen.insert(r.id).second);
    CHECK(std::string(r.id).find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string::npos);
    CHECK(std::string(r.summary).size() > 10);
    CHECK(std::string(r.why).size() > 20);
    CHECK(std::string(r.example).size() > 5);
    CHECK(std::string(r.fix).size() > 5);
  }
}

TEST_CASE("docs/rules.md is generated from the registry and up to date", "[rules][docs]") {
  std::ostringstream generated;
  write_rules_markdown(generated);
  // To update: build/cli/journey rules --format markdown > docs/rules.md
  CHECK(read(fs::path(JOURNEY_SOURCE_DIR) / "docs/rules.md") == generated.str());
  std::string man = read(fs::path(JOURNEY_SOURCE_DIR) / "man/journey-lint.1");
  for (const std::string& rule : rule_ids()) {
    std::string roff_id;
    for (char c : rule) roff_id += c == '-' ? std::string("\\-") : std::string(1, c);
    INFO(rule);
    CHECK(man.find(".B " + roff_id) != std::string::npos);
  }
}
