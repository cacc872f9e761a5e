// SPDX-License-Identifier: Apache-2.0
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
  CHECK(
      contains(model.out, "model file '/dev/zero' cannot be used: it is not a .yaml or .yml file"));
  a.write("model.journey.yaml", "journey: M\nmodel: ./fifo.yaml\nphases: {}\n");
  REQUIRE(::mkfifo((a.dir / "fifo.yaml").c_str(), 0600) == 0);
  Run fifo_model = a.run({"lint", "model.journey.yaml"});
  CHECK(fifo_model.code == 1);
  CHECK(contains(fifo_model.out, "is not a regular file"));
  fs::remove(a.dir / "fifo.yaml");
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

TEST_CASE("ids that look like internal Graphviz names draw as touchpoints", "[cli][hostile]") {
  Arena a("internal-names");
  // Invalid ids are errors by default; a configuration may lower them, and then they are drawn.
  a.write(".journeylint.yaml", "rules: {invalid-value: warning}\n");
  std::string text =
      "journey: Names\nmodel: aida\nreviewed: 2026-11-01\nphases:\n  attention:\n"
      "    touchpoints:\n"
      "      - {id: '#legend', name: L, emotion: 2, next: ['#gap:desire']}\n"
      "      - {id: '#gap:desire', name: G, emotion: 4, next: [cluster_p0]}\n"
      "      - {id: cluster_p0, name: C, emotion: 3, next: [tp0]}\n"
      "      - {id: tp0, name: T, emotion: 3, next: [head1]}\n"
      "      - {id: head1, name: H, emotion: 3, next: [order_root]}\n"
      "      - {id: order_root, name: O, emotion: 3, next: [c1]}\n"
      "      - {id: c1, name: C1, emotion: 3}\n";
  a.write("names.journey.yaml", text);
  std::string next = text;
  next.replace(next.find("name: L,"), 8, "name: L2,");
  next += "      - {id: '#legend2', name: New, emotion: 1}\n";
  a.write("next.journey.yaml", next);
  for (const char* view : {"flow", "map", "emotion", "blueprint"}) {
    Run r = a.run({"render", "names.journey.yaml", "-o", "-", "-T", "svg", "--view", view});
    CHECK(r.code == 0);
    CHECK(contains(r.out, "</svg>"));
  }
  Run diff = a.run(
      {"render", "--diff", "names.journey.yaml", "next.journey.yaml", "-o", "-", "-T", "svg"});
  CHECK(diff.code == 0);
  std::size_t nodes = 0;
  for (std::size_t at = diff.out.find("class=\"node\""); at != std::string::npos;
       at = diff.out.find("class=\"node\"", at + 1)) {
    ++nodes;
  }
  // The seven touchpoints, the new one and the three empty phases' gaps: no id met an internal
  // node.
  CHECK(nodes == 11);
}

TEST_CASE("huge journeys stop at the view limits before layout", "[cli][hostile]") {
  Arena a("view-limits");
  a.write("chain.journey.yaml", chain(10000));
  Run r = a.run({"render", "chain.journey.yaml", "-o", "-", "-T", "svg"});
  CHECK(r.code == 2);
  CHECK(contains(r.err, "a view draws at most 2,000"));  // 10,000 in one phase: over both
  a.write("wide.journey.yaml", chain(2400, 4));
  for (const char* view : {"flow", "map", "emotion", "blueprint"}) {
    Run w = a.run({"render", "wide.journey.yaml", "-o", "-", "-T", "svg", "--view", view});
    CHECK(w.code == 2);
    CHECK(contains(w.err, "a view draws at most 2,000"));
  }
  Run one = a.run({"render", "wide.journey.yaml", "-o", "-", "-T", "dot", "--phase", "see"});
  CHECK(one.code == 2);  // 600 in one phase: still over 500
  a.write("long.journey.yaml", chain(3, 1, std::string(3000, 'x')));
  Run longer = a.run({"render", "long.journey.yaml", "-o", "-", "-T", "svg"});
  CHECK(longer.code == 2);
  CHECK(contains(longer.err, "texts of at most 2,000"));
}

// Within the view limits, but every touchpoint also points to the far end of the next phase's
// column: dot would place some 370,000 points for the flow (over a minute) before this limit.
TEST_CASE("a flow whose arrows cross far stops before layout, and other views draw it",
          "[cli][hostile]") {
  static const char* const ids[] = {"see", "think", "do", "care"};
  std::string text = k_head;
  for (int p = 0; p < 4; ++p) {
    text += std::string("  ") + ids[p] + ":\n    touchpoints:\n";
    for (int i = 0; i < 450; ++i) {
      std::string next = i + 1 < 450 ? ids[p] + std::to_string(i + 1) : "";
      if (p + 1 < 4)
        next += (next.empty() ? "" : ", ") + std::string(ids[p + 1]) + std::to_string(449 - i);
      text += "      - {id: " + std::string(ids[p]) + std::to_string(i) + ", name: T" +
              std::to_string(i) + ", channel: web, emotion: 3, owner: o, next: [" + next + "]}\n";
    }
  }
  Arena a("far-arrows");
  a.write("far.journey.yaml", text);
  Run flow = a.run({"render", "far.journey.yaml", "-o", "-", "-T", "svg"});
  CHECK(flow.code == 2);
  CHECK(contains(flow.err, "the flow view draws at most 30,000"));
  CHECK(contains(flow.err, "--phase"));
  Run emotion = a.run({"render", "far.journey.yaml", "-o", "-", "-T", "svg", "--view", "emotion"});
  CHECK(emotion.code == 0);
  Run one = a.run({"render", "far.journey.yaml", "-o", "-", "-T", "dot", "--phase", "see"});
  CHECK(one.code == 0);  // one phase: its own chain, no far arrows
}

TEST_CASE("a 15 MiB journey lints and renders within bounds", "[cli][hostile]") {
  Arena a("fifteen");
  std::string text = k_head + "  see:\n    touchpoints:\n";
  for (int i = 0; text.size() < (15u << 20); ++i) {
    text += "      - {id: t" + std::to_string(i) + ", name: Touchpoint " + std::to_string(i) +
            " with a fairly long name, emotion: 3, next: [t" + std::to_string(i + 1) + "]}\n";
  }
  a.write("big.journey.yaml", text);
  CHECK(a.run({"lint", "big.journey.yaml", "-q"}).code == 1);
  // Too big is an input-limit finding: lint errors, which exit 1 wherever they stop a command.
  CHECK(a.run({"render", "big.journey.yaml", "-o", "-", "-T", "svg"}).code == 1);
  CHECK(a.run({"score", "big.journey.yaml"}).code == 1);
}

TEST_CASE("diff of two reversed journeys of 10,000 touchpoints", "[cli][hostile]") {
  Arena a("reversed");
  std::string forward = k_head + "  see:\n    touchpoints:\n", backward = forward;
  for (int i = 0; i < 10000; ++i) {
    forward += "      - {id: t" + std::to_string(i) + ", name: T}\n";
    backward += "      - {id: t" + std::to_string(9999 - i) + ", name: T}\n";
  }
  a.write("a.journey.yaml", forward);
  a.write("b.journey.yaml", backward);
  Run r = a.run({"diff", "a.journey.yaml", "b.journey.yaml", "-f", "json"});
  CHECK(r.code == 1);
  CHECK(contains(r.out, "touchpoint-reordered"));
}

TEST_CASE("revisions that look like options never reach git as options", "[cli][hostile][git]") {
  Arena a("git-options");
  std::string git = "cd " + quote(a.dir.string()) +
                    " && git init -q && git config user.email t@example.com && git config "
                    "user.name t && git add -A && git commit -qm one";
  a.write("a.journey.yaml", chain(3));
  REQUIRE(std::system(git.c_str()) == 0);
  const std::string evil = "--output=" + (a.dir / "pwned").string() + ":a.journey.yaml";
  std::set<std::string> none;
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"diff", "--", evil, "a.journey.yaml"},
           {"score", "--compare", "--", evil, "a.journey.yaml"},
           {"render", "--diff", "-o", "-", "-T", "dot", "--", evil, "a.journey.yaml"}}) {
    Run r = a.run(args);
    CHECK(r.code == 2);
    CHECK(contains(r.err, "revisions cannot start with '-'"));
    CHECK_FALSE(fs::exists(a.dir / "pwned"));
  }
  CHECK(a.run({"diff", "HEAD:a.journey.yaml", "a.journey.yaml"}).code == 0);
}

TEST_CASE("control characters in a journey never reach the terminal raw", "[cli][hostile]") {
  Arena a("controls");
  // YAML escapes make ESC, BEL, CSI (C1) and bidi overrides; every output format is checked by
  // Arena::run for raw control characters.
  std::string text =
      "journey: \"Evil \\e]0;pwned\\a title \\x1b[2J\"\nmodel: aida\nreviewed: 2026-11-01\n"
      "phases:\n  attention:\n    touchpoints:\n"
      "      - {id: ad, name: \"Ad \\u202eevil\\u202c \\x9b31m\", emotion: 3, \"bad\\e[8mkey\": 1,"
      " pains: [\"\\e[8mhidden\"]}\n";
  a.write("c.journey.yaml", text);
  std::string fine = text;
  fine.replace(fine.find(", \"bad"), std::string(", \"bad\\e[8mkey\": 1").size(), "");
  a.write("d.journey.yaml", fine);
  for (const char* format : {"text", "github", "json", "sarif", "junit"}) {
    CHECK(a.run({"lint", "c.journey.yaml", "-f", format}).code == 1);
  }
  Run text_out = a.run({"lint", "c.journey.yaml"});
  CHECK(contains(text_out.out, "unknown key 'bad\\x1b[8mkey'"));
  a.run({"textconv", "d.journey.yaml"});
  a.run({"score", "d.journey.yaml"});
  a.run({"diff", "d.journey.yaml", "c.journey.yaml"});
  a.run({"render", "c.journey.yaml", "-o", "-", "-T", "svg"});  // lint errors on stderr
  Run mermaid = a.run({"render", "d.journey.yaml", "-o", "-", "-T", "mermaid"});
  CHECK(mermaid.code == 0);
  a.run({"lint", "no\x1b[2Jsuch.journey.yaml"});
}
