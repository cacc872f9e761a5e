// Every rule has a fixture in tests/data/rules/ whose "# expect: RULE" comments list exactly the
// lines the rule reports, and every rule is documented.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

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

std::set<std::pair<int, std::string>> expectations(const std::string& text) {
  std::set<std::pair<int, std::string>> out;
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
      if (!id.empty()) out.emplace(number, id);
    }
  }
  return out;
}

std::set<std::pair<int, std::string>> actual(const fs::path& file, const std::string& rule) {
  LintOptions options;
  options.filter.select = {rule};
  Date::parse("2026-11-23", options.today);
  Config config = default_config();
  FileReport report = lint_file(file.string(), config, options);
  REQUIRE(report.error.empty());
  std::set<std::pair<int, std::string>> out;
  for (const auto& f : report.findings) {
    if (f.rule == rule) out.emplace(f.span.line, f.rule);
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
