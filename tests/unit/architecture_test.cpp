// SPDX-License-Identifier: Apache-2.0
// The folders of lib/src depend one way only, in the order docs/ARCHITECTURE.md states (core at
// the bottom), and the command line uses the library's public headers only. Checked over the
// #include lines of the sources.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

const fs::path k_root = JOURNEY_SOURCE_DIR;

// Which folder of lib/src implements each public header. A new header must be added here.
const std::map<std::string, std::string> k_header_folder = {
    {"output_file.hpp", "core"},  {"date.hpp", "core"},
    {"escape.hpp", "core"},       {"finding.hpp", "core"},
    {"git.hpp", "core"},          {"journey.hpp", "core"},
    {"numbers.hpp", "core"},      {"source.hpp", "core"},
    {"suggest.hpp", "core"},      {"version.hpp", "core"},
    {"yaml_tree.hpp", "yaml"},    {"load.hpp", "load"},
    {"sha256.hpp", "core"},       {"lint_cache.hpp", "lint"},
    {"fields.hpp", "load"},       {"schema.hpp", "schema"},
    {"scaffold.hpp", "scaffold"}, {"yaml_write.hpp", "core"},
    {"model.hpp", "model"},       {"flow.hpp", "model"},
    {"diff.hpp", "diff"},         {"score.hpp", "score"},
    {"config.hpp", "config"},     {"lint.hpp", "lint"},
    {"rule.hpp", "lint"},         {"rule_docs.hpp", "lint"},
    {"suppression.hpp", "lint"},  {"report.hpp", "report"},
    {"render.hpp", "render"},     {"revision.hpp", "revision"},
    {"import.hpp", "import"},     {"site.hpp", "site"},
    {"catalog.hpp", "load"},      {"csv.hpp", "load"},
    {"data.hpp", "load"},         {"utf8.hpp", "core"},
    {"path_scope.hpp", "core"},   {"private_folder.hpp", "core"},
    {"words.hpp", "core"},        {"lanes.hpp", "load"},
    {"watch.hpp", "core"},        {"lsp.hpp", "lsp"},
    {"serve.hpp", "serve"},       {"source_root.hpp", "core"},
    {"funnel.hpp", "funnel"},     {"messages.hpp", "core"},
    {"phase_names.hpp", "model"},
};

std::vector<std::string> includes_of(const fs::path& file) {
  std::ifstream in(file);
  std::string line;
  std::vector<std::string> out;
  static const std::regex include(R"re(^\s*#\s*include\s*"([^"]+)")re");
  std::smatch m;
  while (std::getline(in, line)) {
    if (std::regex_search(line, m, include)) out.push_back(m[1]);
  }
  return out;
}

bool is_source(const fs::path& p) {
  return p.extension() == ".cpp" || p.extension() == ".hpp";
}

// The folder an include names, seen from a file in `folder`; empty for the folder itself.
std::string folder_of(const std::string& include, const std::string& folder, const fs::path& file) {
  if (include.rfind("journey/", 0) == 0) {
    std::string header = include.substr(8);
    auto it = k_header_folder.find(header);
    INFO(file.string() << " includes " << include);
    REQUIRE(it != k_header_folder.end());
    return it->second == folder ? "" : it->second;
  }
  fs::path resolved = (file.parent_path() / include).lexically_normal();
  fs::path relative = resolved.lexically_relative(k_root / "lib" / "src");
  std::string first = relative.begin()->string();
  if (first == ".." || first == folder) return "";
  return first;
}

// One include from a folder into another: where it is written, for messages.
struct Use {
  std::string from, to, where;
};

// Every include of lib/src and lib/include that crosses from one folder into another.
std::vector<Use> cross_folder_includes() {
  std::vector<Use> uses;
  for (const auto& entry : fs::recursive_directory_iterator(k_root / "lib" / "src")) {
    if (!entry.is_regular_file() || !is_source(entry.path())) continue;
    std::string folder = entry.path().lexically_relative(k_root / "lib" / "src").begin()->string();
    for (const std::string& inc : includes_of(entry.path())) {
      std::string other = folder_of(inc, folder, entry.path());
      if (!other.empty()) uses.push_back({folder, other, entry.path().string() + ": " + inc});
    }
  }
  for (const auto& entry : fs::directory_iterator(k_root / "lib" / "include" / "journey")) {
    std::string header = entry.path().filename().string();
    REQUIRE(k_header_folder.count(header));
    std::string folder = k_header_folder.at(header);
    for (const std::string& inc : includes_of(entry.path())) {
      std::string other = folder_of(inc, folder, entry.path());
      if (!other.empty()) uses.push_back({folder, other, entry.path().string() + ": " + inc});
    }
  }
  return uses;
}

// The layer order as docs/ARCHITECTURE.md states it under "## Layers": the indented line
// "core < yaml < ..." and the lines that continue it with "<".
std::vector<std::string> stated_layers() {
  std::ifstream in(k_root / "docs" / "ARCHITECTURE.md");
  std::string line, order;
  bool in_layers = false;
  while (std::getline(in, line)) {
    if (line.rfind("## ", 0) == 0) in_layers = line == "## Layers";
    if (!in_layers || line.rfind("    ", 0) != 0) continue;
    std::string text = line.substr(line.find_first_not_of(' '));
    if (order.empty() ? text.rfind("core <", 0) == 0 : text.rfind("<", 0) == 0) order += " " + text;
  }
  std::vector<std::string> layers;
  std::istringstream words(order);
  for (std::string word; words >> word;) {
    if (word != "<") layers.push_back(word);
  }
  return layers;
}

}  // namespace

TEST_CASE("every include follows the layer order of docs/ARCHITECTURE.md") {
  std::vector<std::string> layers = stated_layers();
  REQUIRE(layers.size() >= 10);
  REQUIRE(layers.front() == "core");
  std::map<std::string, std::size_t> rank;
  for (std::size_t i = 0; i < layers.size(); ++i) rank[layers[i]] = i;
  for (const auto& entry : fs::directory_iterator(k_root / "lib" / "src")) {
    INFO("lib/src/" << entry.path().filename().string() << " is in no layer of ARCHITECTURE.md");
    if (entry.is_directory()) CHECK(rank.count(entry.path().filename().string()));
  }
  std::size_t checked = 0;
  for (const Use& use : cross_folder_includes()) {
    if (!rank.count(use.from) || !rank.count(use.to)) continue;  // said above
    INFO(use.where << ": " << use.from << " uses " << use.to << ", which comes after it in "
                   << "the layer order of docs/ARCHITECTURE.md");
    CHECK(rank[use.to] < rank[use.from]);
    ++checked;
  }
  CHECK(checked > 100);
}

TEST_CASE("folders of lib/src depend one way only") {
  for (const auto& entry : fs::directory_iterator(k_root / "lib" / "include" / "journey")) {
    INFO("public header " << entry.path().filename().string() << " needs a folder in "
                          << "k_header_folder");
    CHECK(k_header_folder.count(entry.path().filename().string()));
  }
  std::map<std::string, std::set<std::string>> uses;
  for (const auto& entry : fs::directory_iterator(k_root / "lib" / "src")) {
    if (entry.is_directory()) uses[entry.path().filename().string()];
  }
  // A public header's includes are its folder's.
  for (const Use& use : cross_folder_includes()) uses[use.from].insert(use.to);
  REQUIRE(uses.count("core"));
  CHECK(uses["core"].empty());
  // Depth-first search for a cycle; report the path.
  std::map<std::string, int> state;  // 0 new, 1 on the stack, 2 done
  std::vector<std::string> stack;
  std::function<void(const std::string&)> visit = [&](const std::string& f) {
    state[f] = 1;
    stack.push_back(f);
    for (const std::string& g : uses[f]) {
      if (state[g] == 1) {
        std::string cycle;
        for (const auto& s : stack) cycle += s + " -> ";
        FAIL("folders form a cycle: " << cycle << g);
      }
      if (state[g] == 0) visit(g);
    }
    stack.pop_back();
    state[f] = 2;
  };
  for (const auto& [folder, deps] : uses) {
    if (state[folder] == 0) visit(folder);
  }
}

TEST_CASE("the command line uses public headers only") {
  for (const auto& entry : fs::recursive_directory_iterator(k_root / "cli")) {
    if (!entry.is_regular_file() || !is_source(entry.path())) continue;
    for (const std::string& inc : includes_of(entry.path())) {
      INFO(entry.path().string() << " includes " << inc);
      bool public_header = inc.rfind("journey/", 0) == 0;
      bool cli_local =
          inc.find("lib/") == std::string::npos && inc.find("src/") == std::string::npos;
      CHECK((public_header || cli_local));
    }
  }
}
