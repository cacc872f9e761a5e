// SPDX-License-Identifier: Apache-2.0
// yaml_scalar: every string, written as a key or a value in block or flow context, reads back
// through the project's own YAML parser (yaml-cpp's events) as exactly that string.
#include <catch2/catch.hpp>

#include "journey/yaml_tree.hpp"
#include "journey/yaml_write.hpp"

using namespace journey;

namespace {

// Strings that YAML would read as something else, or that end or break the line they stand on.
const std::vector<std::string>& tricky() {
  static const std::vector<std::string> cases = [] {
    std::vector<std::string> list;
    auto add = [&](std::initializer_list<const char*> group) {
      list.insert(list.end(), group.begin(), group.end());
    };
    add({"", " ", "  two", "end ", "\t", "a\tb", "tab\t"});                    // blanks
    add({"a:b", "a: b", "key:", ":", "::", "key: value # comment", "12:30"});  // maps
    add({"#", "a #b", "a#b", "#comment", "C#", "./#x"});                       // comments
    add({"'", "\"", "it's", "say \"hi\"", "'single'", "\"double\""});          // quotes
    add({"-", "- a", "-a", "--", "---", "...", "?", "? x", "a - b", "a -b"});  // blocks
    add({"*", "*alias", "&anchor", "!tag", "!!str", "%YAML 1.2", "@", "`x`", "a`b", "a@b.c"});
    add({"|", ">", "|-", "a | b", "a > b", "<<", "=", "a & b", "a * b", "a ! b"});
    add({"[", "]", "{", "}", "[a, b]", "{a: b}", "a, b", "a [b]"});  // flow collections
    add({"yes", "No", "TRUE", "false", "null", "Null", "NULL", "~", "on", "Off", "y", "N"});
    add({"0", "42", "-3", "+5", "3.14", ".5", "5.", "1e3", "0x1F", "0o17", "0777", "1_000"});
    add({".inf", "-.inf", ".NaN", "2026-10-01", "2026-10-01T10:00:00Z", "100%", "50 %"});
    add({"a\nb", "\x1b[31mred", "bell\a", "del\x7f", "back\\slash", "\\", "\\n"});
    add({"\xC2\x85nel", "line\u2028sep", "para\u2029sep", "\u202Eevil", "\uFEFFbom"});
    add({"Oriëntatie", "日本語", "emoji \xF0\x9F\x98\x80", "é", "Café: crème", "x-key"});
    add({"./x", "../x.yaml", "./", ".", "../", ".../x"});  // relative paths
    // Apart: clang-format lays a list out one item a line after a "\n".
    for (const char* ends_a_line : {"\n", "\r\n", "line\n"}) list.push_back(ends_a_line);
    list.push_back(std::string("nul\0byte", 8));
    return list;
  }();
  return cases;
}

// Reads one YAML document and returns the scalar that `pick` chooses from its tree.
std::string read_back(const std::string& document,
                      const std::function<yaml::NodeId(const yaml::Tree&)>& pick) {
  yaml::ParseResult r = yaml::parse(SourceText("t.yaml", document));
  INFO(document);
  REQUIRE(r.ok);
  REQUIRE(r.findings.empty());
  const yaml::Node& node = r.tree.node(pick(r.tree));
  REQUIRE(node.kind == yaml::NodeKind::scalar);
  return node.value;
}

yaml::NodeId value_of_first_key(const yaml::Tree& tree) {
  const yaml::Node& root = tree.node(tree.root());
  REQUIRE(root.kind == yaml::NodeKind::map);
  return tree.begin(root)[1];
}

yaml::NodeId first_key(const yaml::Tree& tree) {
  return tree.begin(tree.node(tree.root()))[0];
}

yaml::NodeId first_item_of_value(const yaml::Tree& tree) {
  const yaml::Node& list = tree.node(value_of_first_key(tree));
  REQUIRE(list.kind == yaml::NodeKind::sequence);
  REQUIRE(list.count == 2);
  return tree.begin(list)[0];
}

}  // namespace

TEST_CASE("yaml_scalar reads back as the same string in every context", "[yaml_write]") {
  for (const std::string& text : tricky()) {
    std::string scalar = yaml_scalar(text);
    INFO("text: " << text << "  written: " << scalar);
    CHECK(scalar.find('\n') == std::string::npos);
    CHECK(scalar.find('\r') == std::string::npos);
    CHECK(read_back("k: " + scalar + "\n", value_of_first_key) == text);
    CHECK(read_back(scalar + ": v\n", first_key) == text);
    CHECK(read_back("k: [" + scalar + ", end]\n", first_item_of_value) == text);
    CHECK(read_back("k:\n  - " + scalar + "\n  - end\n", first_item_of_value) == text);
    CHECK(read_back("k: {a: " + scalar + "}\n", [](const yaml::Tree& tree) {
            return tree.begin(tree.node(value_of_first_key(tree)))[1];
          }) == text);
    CHECK(read_back("k: " + yaml_quoted(text) + "\n", value_of_first_key) == text);
  }
}

TEST_CASE("yaml_scalar quotes what a YAML reader would take for another type", "[yaml_write]") {
  for (const char* text :
       {"yes",        "No",    "true", "FALSE", "null", "~",    "on",   "off",  "y",
        "n",          "42",    "-3",   "3.14",  ".5",   "1e3",  "0x1F", ".inf", ".nan",
        "2026-10-01", "12:30", "<<",   "=",     "",     " x",   "x ",   "*a",   "&a",
        "!a",         "%a",    "@a",   "`a",    "-a",   "a: b", "a #b", "a, b"}) {
    INFO(text);
    CHECK(yaml_scalar(text).front() == '"');
  }
}

TEST_CASE("yaml_scalar leaves ordinary names plain", "[yaml_write]") {
  for (const char* text : {"Landing page", "Oriëntatie", "日本語", "checkout-page", "Sam's notes",
                           "a - b", "half %", "a & b", "x-key", "Yesterday", "nothing", "One2"}) {
    INFO(text);
    CHECK(yaml_scalar(text) == text);
  }
}

TEST_CASE("yaml_scalar escapes controls and hidden characters visibly", "[yaml_write]") {
  CHECK(yaml_scalar("a\nb") == "\"a\\nb\"");
  CHECK(yaml_scalar("tab\there") == "\"tab\\there\"");
  CHECK(yaml_scalar(std::string("nul\0", 4)) == "\"nul\\0\"");
  CHECK(yaml_scalar("esc\x1b") == "\"esc\\x1B\"");
  CHECK(yaml_scalar("\u202Eevil") == "\"\\u202Eevil\"");
  CHECK(yaml_scalar("say \"hi\" \\ bye") == "say \"hi\" \\ bye");  // plain holds both
  CHECK(yaml_quoted("say \"hi\" \\ bye") == "\"say \\\"hi\\\" \\\\ bye\"");
  CHECK(yaml_quoted("plain") == "\"plain\"");
}

TEST_CASE("yaml_scalar writes bytes that are not UTF-8 as U+FFFD", "[yaml_write]") {
  for (const char* text : {"bad \xFF byte", "cut \xE2\x82", "overlong \xC0\xAF",
                           "surrogate \xED\xA0\x80", "\x80 stray"}) {
    std::string scalar = yaml_scalar(text);
    INFO(scalar);
    CHECK(scalar.front() == '"');
    std::string back = read_back("k: " + scalar + "\n", value_of_first_key);
    CHECK(back.find("\xEF\xBF\xBD") != std::string::npos);
  }
}
