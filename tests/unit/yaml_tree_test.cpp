// SPDX-License-Identifier: Apache-2.0
// The YAML tree: positions, duplicate keys, aliases and hostile input.
#include <catch2/catch.hpp>
#include <chrono>

#include "journey/yaml_tree.hpp"

using namespace journey;

namespace {

yaml::ParseResult parse_text(const std::string& text) {
  static SourceText source;  // the tree refers to nothing in it after parsing
  source = SourceText("test.yaml", text);
  return yaml::parse(source);
}

const Finding& only_finding(const yaml::ParseResult& r) {
  REQUIRE(r.findings.size() == 1);
  return r.findings.front();
}

}  // namespace

TEST_CASE("scalars carry 1-based start and end positions", "[yaml]") {
  auto r = parse_text("a: hello\nbb:\n  - 'quoted'\n  - \"x\\\"y\"\n");
  REQUIRE(r.ok);
  const auto& root = r.tree.node(r.tree.root());
  REQUIRE(root.kind == yaml::NodeKind::map);
  REQUIRE(root.count == 4);
  const auto& value = r.tree.node(r.tree.begin(root)[1]);
  CHECK(value.value == "hello");
  CHECK(value.span.line == 1);
  CHECK(value.span.column == 4);
  CHECK(value.span.end_column == 9);
  const auto& list = r.tree.node(r.tree.begin(root)[3]);
  const auto& quoted = r.tree.node(r.tree.begin(list)[0]);
  CHECK(quoted.value == "quoted");
  CHECK_FALSE(quoted.plain);
  CHECK(quoted.span.line == 3);
  CHECK(quoted.span.column == 5);
  CHECK(quoted.span.end_column == 13);
  const auto& escaped = r.tree.node(r.tree.begin(list)[1]);
  CHECK(escaped.value == "x\"y");
  CHECK(escaped.span.end_column == 11);
}

TEST_CASE("columns count code points, not bytes", "[yaml]") {
  auto r = parse_text("naam: oriëntatie\nnext: x\n");
  REQUIRE(r.ok);
  const auto& root = r.tree.node(r.tree.root());
  const auto& value = r.tree.node(r.tree.begin(root)[1]);
  CHECK(value.span.column == 7);
  CHECK(value.span.end_column == 17);  // 10 code points, 11 bytes
}

TEST_CASE("duplicate keys keep the first value and report the second", "[yaml]") {
  auto r = parse_text("a: 1\nb: 2\na: 3\n");
  REQUIRE(r.ok);
  const Finding& f = only_finding(r);
  CHECK(f.rule == "duplicate-key");
  CHECK(f.span.line == 3);
  CHECK(f.span.column == 1);
  CHECK(f.message.find("line 1") != std::string::npos);
  const auto& root = r.tree.node(r.tree.root());
  CHECK(root.count == 4);
  CHECK(r.tree.node(r.tree.begin(root)[1]).value == "1");
}

TEST_CASE("syntax errors are findings with positions", "[yaml]") {
  SECTION("tab indentation") {
    auto r = parse_text("a:\n\tb: 1\n");
    CHECK_FALSE(r.ok);
    CHECK(only_finding(r).rule == "yaml-syntax");
    CHECK(only_finding(r).span.line == 2);
  }
  SECTION("unclosed flow sequence") {
    auto r = parse_text("a: [1, 2\nb: 3\n");
    CHECK_FALSE(r.ok);
    CHECK(only_finding(r).rule == "yaml-syntax");
  }
  SECTION("undefined alias") {
    auto r = parse_text("a: *nothing\n");
    CHECK_FALSE(r.ok);
    CHECK(only_finding(r).rule == "yaml-syntax");
  }
}

TEST_CASE("empty input and several documents are reported", "[yaml]") {
  CHECK(only_finding(parse_text("")).message.find("empty") != std::string::npos);
  CHECK(only_finding(parse_text("# only a comment\n")).rule == "yaml-syntax");
  auto r = parse_text("a: 1\n---\nb: 2\n");
  CHECK_FALSE(r.ok);
  CHECK(only_finding(r).span.line == 2);
  CHECK(only_finding(r).message.find("second YAML document") != std::string::npos);
}

TEST_CASE("binary data and invalid UTF-8 are reported with their position", "[yaml]") {
  auto nul = parse_text(std::string("a: 1\nb: x\0y\n", 11));
  CHECK_FALSE(nul.ok);
  CHECK(only_finding(nul).message.find("binary") != std::string::npos);
  CHECK(only_finding(nul).span.line == 2);
  CHECK(only_finding(nul).span.column == 5);

  for (const char* bad :
       {"a: caf\xe9\n", "a: \xc0\xaf\n", "a: \xed\xa0\x80\n", "a: \xf4\x90\x80\x80\n"}) {
    auto r = parse_text(bad);
    CHECK_FALSE(r.ok);
    CHECK(only_finding(r).message.find("UTF-8") != std::string::npos);
  }
  CHECK(parse_text("a: caf\xc3\xa9 \xf0\x9f\x98\x80\n").ok);
}

TEST_CASE("100,000-deep nesting stops at the depth limit, fast", "[yaml][limits]") {
  for (const auto& [open, close] : {std::pair<std::string, std::string>{"[", "]"},
                                    std::pair<std::string, std::string>{"{a: ", "}"}}) {
    std::string text;
    for (int i = 0; i < 100000; ++i) text += open;
    text += "x";
    for (int i = 0; i < 100000; ++i) text += close;
    auto r = parse_text(text);
    CHECK_FALSE(r.ok);
    CHECK(only_finding(r).rule == "input-limit");
    CHECK(only_finding(r).message.find("nesting deeper than 64") != std::string::npos);
  }
  std::string dashes;
  for (int i = 0; i < 100000; ++i) dashes += "- ";
  auto r = parse_text(dashes + "x\n");
  CHECK_FALSE(r.ok);
  CHECK(only_finding(r).rule == "input-limit");
}

TEST_CASE("an alias bomb is refused without expanding it", "[yaml][limits]") {
  std::string text = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n";
  for (int level = 1; level <= 9; ++level) {
    std::string prev = "*a" + std::to_string(level - 1);
    text += "a" + std::to_string(level) + ": &a" + std::to_string(level) + " [";
    for (int k = 0; k < 9; ++k) text += (k ? ", " : "") + prev;
    text += "]\n";
  }
  auto start = std::chrono::steady_clock::now();
  auto r = parse_text(text);
  auto elapsed = std::chrono::steady_clock::now() - start;
  CHECK_FALSE(r.ok);
  CHECK(only_finding(r).rule == "input-limit");
  CHECK(only_finding(r).message.find("alias") != std::string::npos);
  CHECK(elapsed < std::chrono::seconds(2));
}

TEST_CASE("a few aliases are fine and share their node", "[yaml]") {
  auto r = parse_text("base: &p [sam, li]\nuse: *p\n");
  REQUIRE(r.ok);
  const auto& root = r.tree.node(r.tree.root());
  CHECK(r.tree.begin(root)[1] == r.tree.begin(root)[3]);
}

TEST_CASE("a recursive alias is refused, not followed", "[yaml][limits]") {
  auto r = parse_text("a: &x [1, *x]\n");
  CHECK_FALSE(r.ok);
  CHECK(r.findings.size() == 1);
}

TEST_CASE("files over the size limit are refused before parsing", "[yaml][limits]") {
  std::string big(50u << 20, ' ');
  big.replace(0, 5, "a: b\n");
  auto r = parse_text(big);
  CHECK_FALSE(r.ok);
  CHECK(only_finding(r).rule == "input-limit");
  CHECK(only_finding(r).message.find("50.0 MiB") != std::string::npos);
}
