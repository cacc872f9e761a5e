// SPDX-License-Identifier: Apache-2.0
// The lint cache: hits only while the file, its configuration, its model files, the options and
// the binary are what they were; anything else, a corrupt entry included, means linting afresh.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <thread>

#include "journey/lint.hpp"
#include "journey/lint_cache.hpp"
#include "journey/sha256.hpp"
#include "test_folder.hpp"

using namespace journey;
namespace fs = std::filesystem;

namespace {

// Journeys in work/, the cache in cache/.
struct CacheDir : journey_test::TestFolder {
  CacheDir() : TestFolder("journey-cache-test") {}
  std::string write(const std::string& name, const std::string& text) const {
    return TestFolder::write("work/" + name, text);
  }
  std::string cache() const { return (path / "cache").string(); }
  // A cache in cache/, its key in home/ (where the user's cache home would be).
  std::unique_ptr<LintCache> open(const std::string& tool) const {
    std::string error;
    std::unique_ptr<LintCache> cache =
        LintCache::open(this->cache(), (path / "home").string(), tool, error);
    INFO(error);
    REQUIRE(cache != nullptr);
    return cache;
  }
};

LintOptions options_for_today() {
  LintOptions options;
  Date::parse("2026-11-23", options.today);
  return options;
}

const char* k_journey = R"(journey: Cached
model: purchase-funnel
phases:
  orientation:
    touchpoints:
      - {id: ad, name: Ad, channel: social, emotion: 9}
)";

std::vector<std::string> rules_of(const FileReport& r) {
  std::vector<std::string> out;
  for (const auto& f : r.findings) out.push_back(f.rule + ":" + std::to_string(f.span.line));
  return out;
}

// Every entry file under the cache folder (not the tag files at its top).
std::vector<fs::path> entries(const std::string& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file() && e.path().parent_path() != fs::path(dir)) out.push_back(e.path());
  }
  return out;
}

}  // namespace

TEST_CASE("SHA-256 matches the published test vectors", "[cache]") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  Sha256 pieces;  // fed in pieces that straddle the 64-byte blocks
  std::string million(1000000, 'a');
  for (std::size_t i = 0; i < million.size(); i += 997) pieces.add(million.substr(i, 997));
  CHECK(pieces.hex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("HMAC-SHA-256 matches RFC 4231", "[cache]") {
  CHECK(hmac_sha256_hex(std::string(20, '\x0b'), "Hi There") ==
        "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
  CHECK(hmac_sha256_hex("Jefe", "what do ya want for nothing?") ==
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  // A key longer than the block is hashed first (test case 6).
  CHECK(hmac_sha256_hex(std::string(131, '\xaa'),
                        "Test Using Larger Than Block-Size Key - Hash Key First") ==
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

TEST_CASE("a cached report is the report linting gives", "[cache]") {
  CacheDir dir;
  std::string path = dir.write("a.journey.yaml", k_journey);
  Config config = default_config();
  LintOptions options = options_for_today();
  FileReport fresh = lint_file(path, config, options);
  REQUIRE_FALSE(fresh.findings.empty());

  std::unique_ptr<LintCache> first = dir.open("test 1");
  FileReport miss = first->lint(path, config, options);
  CHECK(first->misses() == 1);
  std::unique_ptr<LintCache> second = dir.open("test 1");
  FileReport hit = second->lint(path, config, options);
  CHECK(second->hits() == 1);
  CHECK(second->misses() == 0);
  for (const FileReport* r : {&miss, &hit}) {
    REQUIRE(r->findings.size() == fresh.findings.size());
    for (std::size_t i = 0; i < fresh.findings.size(); ++i) {
      const Finding& a = fresh.findings[i];
      const Finding& b = r->findings[i];
      CHECK(a.rule == b.rule);
      CHECK(a.severity == b.severity);
      CHECK(a.message == b.message);
      CHECK(a.suggestion == b.suggestion);
      CHECK(a.path == b.path);
      CHECK((a.span.line == b.span.line && a.span.column == b.span.column &&
             a.span.end_line == b.span.end_line && a.span.end_column == b.span.end_column));
    }
    CHECK(r->source.text() == fresh.source.text());  // carets still have their line
  }
  CHECK(fs::exists(fs::path(dir.cache()) / "CACHEDIR.TAG"));
  CHECK(fs::exists(fs::path(dir.cache()) / ".gitignore"));
}

TEST_CASE("changed content, options, binary or model file mean linting afresh", "[cache]") {
  CacheDir dir;
  std::string model = dir.write("mine.model.yaml", R"(id: mine
name: Mine
phases:
  - {id: a, name: A, stage: pre-purchase}
)");
  std::string journey = k_journey;
  journey.replace(journey.find("purchase-funnel"), 15, "./mine.model.yaml");
  journey.replace(journey.find("orientation"), 11, "a");
  std::string path = dir.write("a.journey.yaml", journey);
  Config config = default_config();
  LintOptions options = options_for_today();
  auto run = [&](const std::string& tool, const LintOptions& o) {
    std::unique_ptr<LintCache> cache = dir.open(tool);
    FileReport r = cache->lint(path, config, o);
    return std::make_pair(cache->hits(), rules_of(r));
  };
  REQUIRE(run("t", options).first == 0);
  CHECK(run("t", options).first == 1);
  CHECK(run("other build", options).first == 0);

  LintOptions ignoring = options;
  ignoring.filter.ignore = {"emotion-out-of-range"};
  auto ignored = run("t", ignoring);
  CHECK(ignored.first == 0);
  CHECK(std::find(ignored.second.begin(), ignored.second.end(), "emotion-out-of-range:6") ==
        ignored.second.end());
  CHECK(run("t", options).first == 1);  // the entry for the other options is its own

  LintOptions tomorrow = options;
  Date::parse("2026-11-24", tomorrow.today);  // stale-review depends on the date
  CHECK(run("t", tomorrow).first == 0);

  std::ofstream(model, std::ios::app) << "  - {id: b, name: B, stage: post-purchase}\n";
  CHECK(run("t", options).first == 0);
  CHECK(run("t", options).first == 1);

  // Same size, different text: the digest decides even when the time stamp is unchanged.
  fs::file_time_type when = fs::last_write_time(path);
  std::string edited = journey;
  edited.replace(edited.find("emotion: 9"), 10, "emotion: 3");
  dir.write("a.journey.yaml", edited);
  fs::last_write_time(path, when + std::chrono::seconds(1));
  auto after_edit = run("t", options);
  CHECK(after_edit.first == 0);
  CHECK(std::find(after_edit.second.begin(), after_edit.second.end(), "emotion-out-of-range:6") ==
        after_edit.second.end());
}

TEST_CASE("a corrupt or foreign entry is ignored and rewritten", "[cache]") {
  CacheDir dir;
  std::string path = dir.write("a.journey.yaml", k_journey);
  Config config = default_config();
  LintOptions options = options_for_today();
  FileReport fresh = lint_file(path, config, options);
  { dir.open("t")->lint(path, config, options); }
  std::vector<fs::path> files = entries(dir.cache());
  REQUIRE(files.size() == 1);

  std::ifstream in(files[0], std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  in.close();
  std::vector<std::string> damaged = {
      "",                                                               // empty
      text.substr(0, text.size() / 2),                                  // cut short
      std::string(text).replace(text.find("finding\t"), 8, "fnord\t"),  // unknown line
      std::string(text).replace(text.find("range\t2\t") + 6, 1, "7"),   // bad severity
      std::string(text).replace(text.find("emotion-out-of-range"), 20, "not-a-rule-we-know"),
      text + "trailing\n",
  };
  for (const std::string& bad : damaged) {
    INFO(bad);
    std::ofstream(files[0], std::ios::binary | std::ios::trunc) << bad;
    std::unique_ptr<LintCache> cache = dir.open("t");
    FileReport r = cache->lint(path, config, options);
    CHECK(cache->hits() == 0);
    CHECK(rules_of(r) == rules_of(fresh));
    std::unique_ptr<LintCache> again = dir.open("t");  // the entry was rewritten whole
    again->lint(path, config, options);
    CHECK(again->hits() == 1);
  }
}

TEST_CASE("runs sharing a cache folder on many threads agree", "[cache][parallel]") {
  CacheDir dir;
  std::vector<std::string> files;
  for (int i = 0; i < 40; ++i) {
    files.push_back(dir.write("j" + std::to_string(i) + ".journey.yaml", k_journey));
  }
  std::vector<std::shared_ptr<const Config>> configs(files.size(),
                                                     std::make_shared<Config>(default_config()));
  LintOptions options = options_for_today();
  auto run_once = [&] {
    std::unique_ptr<LintCache> cache = dir.open("t");
    std::vector<std::string> names;
    lint_files(
        files, configs, options, 4, [&](FileReport& r) { names.push_back(r.name); }, cache.get());
    CHECK(names == files);  // input order, as without a cache
    return cache->hits();
  };
  std::thread other([&] { run_once(); });
  run_once();
  other.join();
  CHECK(run_once() == files.size());
  CHECK(entries(dir.cache()).size() == files.size());
}

TEST_CASE("editing a catalog or a data file means linting afresh", "[cache][catalog][data]") {
  CacheDir dir;
  std::string catalog = dir.write("shared.yaml", "channels: [{id: social}]\n");
  std::string data = dir.write("numbers.csv", "touchpoint,metric,value\nad,views,10\n");
  std::string journey = k_journey;
  journey.replace(journey.find("phases:"), 7,
                  "use: [shared.yaml]\ndata: [numbers.csv, later.csv]\nphases:");
  std::string path = dir.write("a.journey.yaml", journey);
  Config config = default_config();
  LintOptions options = options_for_today();
  auto run = [&] {
    std::unique_ptr<LintCache> cache = dir.open("t");
    FileReport r = cache->lint(path, config, options);
    return std::make_pair(cache->hits(), r);
  };
  auto first = run();
  REQUIRE(first.first == 0);
  // The data file that does not exist yet is reported, and is an input like the others.
  std::vector<std::string> rules = rules_of(first.second);
  CHECK(std::count(rules.begin(), rules.end(), "unusable-data:4") == 1);
  CHECK(run().first == 1);

  std::ofstream(catalog, std::ios::app) << "owners: [{id: sales}]\n";
  CHECK(run().first == 0);
  CHECK(run().first == 1);
  std::ofstream(data, std::ios::app) << "ad,views,11\n";
  CHECK(run().first == 0);
  CHECK(run().first == 1);
  dir.write("later.csv", "kpi,actual\n");
  CHECK(run().first == 0);
  auto hit = run();
  CHECK(hit.first == 1);
  // A cached finding in another file keeps its file, and its line can still be shown.
  dir.write("numbers.csv", "touchpoint,metric,value\nadd,views,10\n");
  run();
  auto cached = run();
  REQUIRE(cached.first == 1);
  bool seen = false;
  for (const Finding& f : cached.second.findings) {
    if (f.rule != "data-unknown-reference") continue;
    seen = true;
    CHECK(f.file == data);
    REQUIRE(cached.second.other_sources.count(data) == 1);
    CHECK(cached.second.other_sources.at(data)->line(2) == "add,views,10");
  }
  CHECK(seen);
}
