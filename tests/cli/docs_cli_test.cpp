// SPDX-License-Identifier: Apache-2.0
// Documentation moves with the commands: every command `journey --help` lists has a man page, an
// entry in journey(1)'s COMMANDS and exit-status table, and a row in the README's exit codes.
#include <catch2/catch.hpp>
#include <cctype>
#include <sstream>

#include "run.hpp"

using namespace journey_test;

namespace {

std::vector<std::string> commands() {
  Run help = journey({"--help"});
  std::istringstream in(help.out);
  std::string line;
  std::vector<std::string> out;
  bool listing = false;
  while (std::getline(in, line)) {
    if (line.rfind("Subcommands:", 0) == 0) {
      listing = true;
    } else if (listing && line.rfind("  ", 0) == 0) {
      out.push_back(line.substr(2, line.find(' ', 2) - 2));
    } else if (listing) {
      break;
    }
  }
  return out;
}

// The man page a command is documented in: its own, or the one it belongs with.
std::string man_page_of(const std::string& command) {
  if (command == "textconv") return "journey-diff.1";
  if (command == "completion") return "journey.1";
  return "journey-" + command + ".1";
}

// The text from `heading` to the next heading of the same kind.
std::string section(const std::string& text, const std::string& heading, const std::string& next) {
  std::size_t start = text.find(heading);
  if (start == std::string::npos) return {};
  std::size_t end = text.find(next, start + heading.size());
  return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// `word` in `text` with no letter or '-' on either side.
bool has_word(const std::string& text, const std::string& word) {
  auto is_word_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-';
  };
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    bool before = at == 0 || !is_word_char(text[at - 1]);
    bool after = at + word.size() == text.size() || !is_word_char(text[at + word.size()]);
    if (before && after) return true;
  }
  return false;
}

// The names of a titled table in a command's --help ("Views:", "Formats:").
std::vector<std::string> help_table(const std::vector<std::string>& args,
                                    const std::string& title) {
  Run help = journey(args);
  std::istringstream in(help.out);
  std::vector<std::string> names;
  bool listing = false;
  for (std::string line; std::getline(in, line);) {
    if (line == title) {
      listing = true;
    } else if (listing && line.rfind("  ", 0) == 0 && line[2] != ' ') {
      names.push_back(line.substr(2, line.find(' ', 2) - 2));
    } else if (listing && line.empty()) {
      break;
    }
  }
  return names;
}

}  // namespace

TEST_CASE("every command has its man page, journey(1) entries and README exit codes",
          "[cli][docs]") {
  std::vector<std::string> listed = commands();
  REQUIRE(listed.size() >= 10);
  const fs::path root = JOURNEY_SOURCE_DIR;
  std::string journey1 = slurp(root / "man/journey.1");
  std::string commands_section = section(journey1, ".SH COMMANDS", ".SH ");
  std::string exit_section = section(journey1, ".SH EXIT STATUS", ".SH ");
  std::string readme_exits = section(slurp(root / "README.md"), "## Exit codes", "\n## ");
  for (const std::string& command : listed) {
    INFO("command " << command);
    CHECK(fs::exists(root / "man" / man_page_of(command)));
    CHECK(contains(commands_section, "\n.B " + command));
    CHECK(has_word(exit_section, command));
    CHECK(has_word(readme_exits, "`" + command));
  }
}

TEST_CASE("every view of the registry is in render's help, its man page and the picture tests",
          "[cli][docs]") {
  // The views as `journey render --help` lists them (from the library's view registry).
  std::vector<std::string> views = help_table({"render", "--help"}, "Views:");
  REQUIRE(views.size() >= 4);
  fs::path root = JOURNEY_SOURCE_DIR;
  std::string man = slurp(root / "man/journey-render.1");
  // The shell loops over views in the browser test and the bench (`for view in ...; do`).
  std::vector<std::string> loops;
  for (const char* script : {"tests/browser/check-pictures.sh", "bench/render.sh"}) {
    std::istringstream text(slurp(root / script));
    for (std::string line; std::getline(text, line);) {
      if (line.find("for view in ") == std::string::npos) continue;
      for (char& c : line) c = std::isalnum(static_cast<unsigned char>(c)) ? c : ' ';
      loops.push_back(line + " ");
    }
  }
  REQUIRE(loops.size() >= 3);
  for (const std::string& v : views) {
    INFO(v);
    CHECK(contains(man, "\n.B " + v + "\n"));
    for (const std::string& loop : loops) {
      INFO(loop);
      CHECK(contains(loop, " " + v + " "));
    }
  }
}

TEST_CASE("every output format of the registry is in lint's help, its man page and the fuzzer",
          "[cli][docs]") {
  std::vector<std::string> formats = help_table({"lint", "--help"}, "Formats:");
  REQUIRE(formats.size() >= 6);
  const fs::path root = JOURNEY_SOURCE_DIR;
  std::string man = slurp(root / "man/journey-lint.1");
  std::string described = section(man, ".SH OUTPUT FORMATS", ".SH ");
  std::string option = section(man, "\\-\\-format", ".TP");
  for (const std::string& f : formats) {
    INFO(f);
    CHECK(contains(described, "\n.B " + f + "\n"));
    CHECK(has_word(option, f));
    // Each format is accepted and writes a report.
    Run r = journey({"lint", "--format", f, (root / "examples/online-shop.journey.yaml").string()});
    CHECK(r.code != 2);
    CHECK(!r.out.empty());
  }
  CHECK(journey({"lint", "--format", "jsno", "."}).err.find("did you mean 'json'?") !=
        std::string::npos);
}

namespace {

// The long options (--name) a command's --help lists under "Options:", --help itself left out.
std::vector<std::string> long_options(const std::vector<std::string>& command) {
  std::vector<std::string> args = command;
  args.push_back("--help");
  std::istringstream in(journey(args).out);
  std::vector<std::string> out;
  bool listing = false;
  for (std::string line; std::getline(in, line);) {
    if (line == "Options:") {
      listing = true;
    } else if (listing && line.empty()) {
      break;
    } else if (listing && line.rfind("  -", 0) == 0) {
      std::size_t at = line.find("--");
      if (at == std::string::npos) continue;
      std::size_t end = line.find_first_of(" :,", at);
      std::string name = line.substr(at, end == std::string::npos ? end : end - at);
      if (name != "--help") out.push_back(name);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("every option of every command is in its man page", "[cli][docs]") {
  const fs::path root = JOURNEY_SOURCE_DIR;
  std::vector<std::vector<std::string>> commands_to_check;
  for (const std::string& c : commands()) commands_to_check.push_back({c});
  // The commands with commands of their own (import mermaid, models show, ...).
  for (const std::string& c : commands()) {
    for (const std::string& sub : help_table({c, "--help"}, "Subcommands:")) {
      commands_to_check.push_back({c, sub});
    }
  }
  REQUIRE(commands_to_check.size() >= 15);
  std::size_t checked = 0;
  for (const auto& command : commands_to_check) {
    std::string man = slurp(root / "man" / man_page_of(command.front()));
    for (const std::string& option : long_options(command)) {
      INFO(command.front() << (command.size() > 1 ? " " + command.back() : "") << " " << option);
      std::string escaped;
      for (char c : option) escaped += c == '-' ? std::string("\\-") : std::string(1, c);
      CHECK(contains(man, escaped));
      ++checked;
    }
  }
  CHECK(checked >= 80);
}
