// Hostile and huge input through the binary: every run ends with exit 0, 1 or 2 (never a signal)
// within the campaign's bounds (10 s of CPU, 1 GiB of address space), writes no file it was not
// asked to, and prints no raw control character.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <set>

#include "run.hpp"

using namespace journey_test;

namespace {

// A fresh folder per case; runs happen inside it so that stray files would show.
struct Arena {
  fs::path dir;
  explicit Arena(const std::string& name) : dir(scratch() / ("hostile-" + name)) {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  fs::path write(const std::string& name, const std::string& text) const {
    fs::path p = dir / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
  std::set<std::string> files() const {
    std::set<std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
      out.insert(e.path().lexically_relative(dir).string());
    }
    return out;
  }
  // Runs journey ARGS here, bounded, and checks what every hostile run must satisfy. `creates`
  // names the files the run is asked to write.
  Run run(const std::vector<std::string>& args, const std::string& input = {},
          const std::set<std::string>& creates = {}) const {
    std::set<std::string> before = files();
    Run r = journey(args, input, {}, dir, Bounds{10, 1024});
    INFO("journey " << args.front() << " exited " << r.code
                    << "; stderr: " << r.err.substr(0, 400));
    CHECK((r.code == 0 || r.code == 1 || r.code == 2));
    CHECK(raw_controls(r.out).empty());
    CHECK(raw_controls(r.err).empty());
    std::set<std::string> after = files();
    for (const std::string& f : after) {
      INFO("file left behind: " << f);
      CHECK((before.count(f) || creates.count(f)));
    }
    return r;
  }
  // C0 controls but newline and tab, DEL, C1 controls (UTF-8 C2 80..9F) and bidi overrides.
  static std::string raw_controls(const std::string& text) {
    std::string found;
    for (std::size_t i = 0; i < text.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      bool bad =
          (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f ||
          (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
           static_cast<unsigned char>(text[i + 1]) <= 0x9f) ||
          (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
           static_cast<unsigned char>(text[i + 2]) >= 0xAA &&
           static_cast<unsigned char>(text[i + 2]) <= 0xAE) ||
          (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x81 &&
           static_cast<unsigned char>(text[i + 2]) >= 0xA6 &&
           static_cast<unsigned char>(text[i + 2]) <= 0xA9);
      if (bad) found += std::to_string(i) + " ";
    }
    return found;
  }
};

const std::string k_head =
    "journey: Hostile\nmodel: see-think-do-care\nreviewed: 2026-11-01\nphases:\n";

// A journey of `n` touchpoints in `phases` phases, chained by next, on one line each.
std::string chain(int n, int phases = 1, const std::string& name = "Touchpoint") {
  static const char* const ids[] = {"see", "think", "do", "care"};
  std::string out = k_head;
  int per = n / phases;
  for (int p = 0, k = 0; p < phases; ++p) {
    out += std::string("  ") + ids[p] + ":\n    touchpoints:\n";
    for (int i = 0; i < per; ++i, ++k) {
      out += "      - {id: t" + std::to_string(k) + ", name: " + name + " " + std::to_string(k) +
             ", channel: web, emotion: " + std::to_string(1 + k % 5) + ", owner: o" +
             std::to_string(k % 3) + (k + 1 < n ? ", next: [t" + std::to_string(k + 1) + "]" : "") +
             "}\n";
    }
  }
  return out;
}

}  // namespace

TEST_CASE("a megabyte journey on one line lints in linear time", "[cli][hostile]") {
  Arena a("one-line");
  // Flow style on a single line: positions used to be counted from the line start each time.
  std::string line = "{journey: One line, model: see-think-do-care, phases: {see: {touchpoints: [";
  for (int i = 0; i < 40000; ++i) {
    line += (i ? ", " : "") + std::string("{id: t") + std::to_string(i) + ", name: T, emotion: 3}";
  }
  line += "]}}}\n";
  a.write("line.journey.yaml", line);
  Run r = a.run({"lint", "line.journey.yaml", "-q", "-f", "json"});
  CHECK(r.code == 1);
}

TEST_CASE("a suppression comment with 100,000 entries", "[cli][hostile]") {
  Arena a("suppression");
  std::string comment = "# journey-lint: disable-file=";
  for (int i = 0; i < 100000; ++i) comment += (i ? "," : "") + std::string("no-such-rule");
  a.write("s.journey.yaml", chain(4) + comment + "\n");
  Run r = a.run({"lint", "s.journey.yaml"});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "names more than 64 rules"));
}

TEST_CASE("a configuration glob with many stars", "[cli][hostile]") {
  Arena a("glob");
  std::string glob;
  for (int i = 0; i < 14; ++i) glob += "*a";
  a.write(".journeylint.yaml",
          "overrides:\n  - files: [\"" + glob + "*b\"]\n    rules: {missing-emotion: off}\n");
  a.write(std::string(40, 'a') + ".journey.yaml", chain(3));
  CHECK(a.run({"lint", "."}).code == 0);
}

TEST_CASE("special files: FIFOs, devices, links to them, sparse giants", "[cli][hostile]") {
  Arena a("special");
  fs::path fifo = a.dir / "pipe.journey.yaml";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  fs::create_symlink("/dev/zero", a.dir / "zero.journey.yaml");
  a.write("ok.journey.yaml", chain(3));
  Run scan = a.run({"lint", "."});
  CHECK(scan.code == 0);
  CHECK(contains(scan.err, "skipped pipe.journey.yaml: not a regular file"));
  CHECK(contains(scan.err, "skipped zero.journey.yaml: not a regular file"));

  // Named on the command line, a device is read, bounded.
  Run zero = a.run({"lint", "zero.journey.yaml"});
  CHECK(zero.code == 1);
  CHECK(contains(zero.out, "journey files are limited to 16.0 MiB"));

  {
    std::ofstream sparse(a.dir / "sparse.journey.yaml");
    sparse.seekp((2LL << 30) - 1);
    sparse << 'x';
  }
  Run giant = a.run({"lint", "sparse.journey.yaml"});
  CHECK(giant.code == 1);
  CHECK(contains(giant.out, "the file is 2048.0 MiB"));
  fs::remove(a.dir / "sparse.journey.yaml");

  a.write("model.journey.yaml", "journey: M\nmodel: /dev/zero\nphases: {}\n");
  Run model = a.run({"lint", "model.journey.yaml"});
  CHECK(model.code == 1);
  CHECK(contains(model.out, "is not a regular file"));
}

TEST_CASE("a byte-order mark does not move positions", "[cli][hostile]") {
  Arena a("bom");
  std::string text = chain(2) + "# journey-lint: disable-next-line=missing-emotion\n";
  text.insert(text.find("  see:"), "x-note: 1\n");
  std::string bad = text + "      - {id: late, name: Late}\n";
  a.write("plain.journey.yaml", bad);
  a.write("bom.journey.yaml", "\xEF\xBB\xBF" + bad);
  Run plain = a.run({"lint", "plain.journey.yaml", "-f", "json"});
  Run bom = a.run({"lint", "bom.journey.yaml", "-f", "json"});
  auto strip = [](std::string s, const std::string& name) {
    for (std::size_t at; (at = s.find(name)) != std::string::npos;) s.erase(at, name.size());
    return s;
  };
  CHECK(strip(plain.out, "plain.journey.yaml") == strip(bom.out, "bom.journey.yaml"));
}
