// SPDX-License-Identifier: Apache-2.0
// Hardening, round 2: what a journey names (catalogs, data files, models), the lint cache, the
// findings cap, did-you-mean, CSV and catalog memory, kernel files, the git driver, the report's
// reuse of diagrams, links, file names and numbers, each tried as a hostile pull request would,
// through the binary (docs/SECURITY.md).
#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "run.hpp"

using namespace journey_test;

namespace {

const char* const k_token = "ghs_SecretJobToken0123456789";
const char* const k_today = "--today=2026-11-23";

int sh(const fs::path& cwd, const std::string& command) {
  return std::system(("cd " + quote(cwd.string()) + " && " + command + " >/dev/null 2>&1").c_str());
}

// A git work tree whose .git/config holds a token as CI checkouts keep it, and a secret file
// outside the work tree; the journeys and catalogs are written by each test.
struct Checkout {
  fs::path top, repo, outside;
  explicit Checkout(const std::string& name)
      : top(scratch() / ("hardening-" + name)), repo(top / "repo"), outside(top / "outside") {
    fs::remove_all(top);
    fs::create_directories(repo);
    fs::create_directories(outside);
    REQUIRE(sh(repo, "git -c init.defaultBranch=main init -q") == 0);
    std::ofstream(repo / ".git" / "config", std::ios::app)
        << "[http \"https://github.com/\"]\n\textraheader = AUTHORIZATION: basic " << k_token
        << "\n";
    std::ofstream(outside / "secret.yaml") << "token: " << k_token << "\n";
    std::ofstream(outside / "secret.csv") << "touchpoint,metric,value\n" << k_token << ",x,1\n";
  }
  fs::path write(const std::string& name, const std::string& text) const {
    fs::path p = repo / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
};

std::string journey_naming(const std::string& lines) {
  return "journey: Names files\nmodel: see-think-do-care\nreviewed: 2026-11-01\n" + lines +
         "phases:\n  see:\n    touchpoints:\n      - {id: ad, name: Ad, channel: web, emotion: "
         "4}\n";
}

}  // namespace

TEST_CASE("hardening: no output of any command quotes a file outside the maps",
          "[cli][hardening]") {
  Checkout c("containment");
  c.write("use-git.journey.yaml", journey_naming("use: [.git/config]\n"));
  c.write("use-outside.journey.yaml", journey_naming("use: [../outside/secret.yaml]\n"));
  c.write("use-absolute.journey.yaml",
          journey_naming("use: [" + (c.outside / "secret.yaml").string() + "]\n"));
  c.write("data-git.journey.yaml", journey_naming("data: [.git/config]\n"));
  c.write("data-outside.journey.yaml", journey_naming("data: [../outside/secret.csv]\n"));
  c.write("model-git.journey.yaml",
          "journey: M\nmodel: ./.git/config\nphases: {see: {touchpoints: []}}\n");
  fs::create_symlink(c.repo / ".git" / "config", c.repo / "linked.yaml");
  fs::create_symlink(c.outside / "secret.csv", c.repo / "linked.csv");
  c.write("use-link.journey.yaml", journey_naming("use: [linked.yaml]\n"));
  c.write("data-link.journey.yaml", journey_naming("data: [linked.csv]\n"));
  c.write("sub/nested.journey.yaml", journey_naming("use: [../../outside/secret.yaml]\n"));

  for (const char* format : {"text", "json", "sarif", "github", "junit"}) {
    Run r = journey({"lint", ".", k_today, "-f", format}, "", {}, c.repo);
    INFO(format << ": " << r.out.substr(0, 1500));
    CHECK(r.code == 1);
    CHECK_FALSE(contains(r.out + r.err, k_token));
    CHECK_FALSE(contains(r.out + r.err, "extraheader"));
  }
  Run text = journey({"lint", ".", k_today}, "", {}, c.repo);
  CHECK(contains(text.out, "cannot use catalog '.git/config': it is inside a .git folder"));
  CHECK(contains(text.out,
                 "cannot use catalog '../outside/secret.yaml': it is outside the "
                 "repository (or folder) of the file that names it"));
  CHECK(contains(text.out, "cannot use data file '.git/config': it is inside a .git folder"));
  CHECK(contains(text.out, "cannot use data file 'linked.csv': it is outside the repository"));
  CHECK(contains(text.out, "(it links to " + (c.outside / "secret.csv").string() + ")"));
  CHECK(contains(text.out, "model file './.git/config' cannot be used"));
  for (const char* command : {"score", "render", "textconv"}) {
    for (const char* file : {"use-git.journey.yaml", "data-link.journey.yaml"}) {
      Run r = journey({command, file}, "", {}, c.repo);
      INFO(command << " " << file);
      CHECK_FALSE(contains(r.out + r.err, k_token));
    }
  }
  fs::path site = c.top / "site";
  Run report = journey({"report", ".", "-o", site.string(), k_today}, "", {}, c.repo);
  CHECK(report.code == 0);
  for (const auto& e : fs::recursive_directory_iterator(site)) {
    if (e.is_regular_file()) CHECK_FALSE(contains(slurp(e.path()), k_token));
  }

  // A configuration in the checkout may not reach outside it either.
  c.write(".journeylint.yaml", "model-paths: [../outside]\n");
  Run config = journey({"lint", "use-git.journey.yaml"}, "", {}, c.repo);
  CHECK(config.code == 2);
  CHECK(contains(config.err, "model path '"));
  CHECK(contains(config.err, "it is outside the repository"));
  fs::remove(c.repo / ".journeylint.yaml");

  // What the user allows is read: --allow-path names the shared folder.
  std::ofstream(c.outside / "people.yaml") << "personas:\n  - {id: sam, name: Sam}\n";
  c.write("shared.journey.yaml", journey_naming("use: [../outside/people.yaml]\n"));
  Run refused = journey({"lint", "shared.journey.yaml", k_today}, "", {}, c.repo);
  CHECK(refused.code == 1);
  Run allowed = journey(
      {"lint", "shared.journey.yaml", k_today, "--allow-path", c.outside.string()}, "", {}, c.repo);
  INFO(allowed.out);
  CHECK(allowed.code == 0);
}

TEST_CASE("hardening: a cache folder from the checkout is never trusted or followed",
          "[cli][hardening][cache]") {
  Checkout c("cache");
  c.write("bad.journey.yaml", journey_naming("") + "      - {id: x, name: X, next: [nowhere]}\n");
  const std::vector<std::string> args = {"lint", "bad.journey.yaml", k_today, "--cache-dir",
                                         ".journey-cache"};
  Run plain = journey({"lint", "bad.journey.yaml", k_today}, "", {}, c.repo);
  REQUIRE(plain.code == 1);

  // A committed .journey-cache that is a link: not used, nothing written where it points.
  fs::create_directories(c.outside / "target");
  fs::create_directory_symlink(c.outside / "target", c.repo / ".journey-cache");
  Run linked = journey(args, "", {}, c.repo);
  CHECK(linked.code == 1);
  CHECK(linked.out == plain.out);
  CHECK(contains(linked.err, "linting without the cache"));
  CHECK(fs::is_empty(c.outside / "target"));
  fs::remove(c.repo / ".journey-cache");

  // Links where the tags and the entries go: replaced or left alone, never followed.
  fs::create_directories(c.repo / ".journey-cache");
  ::chmod((c.repo / ".journey-cache").c_str(), 0700);
  fs::create_symlink(c.outside / "made-by-tag", c.repo / ".journey-cache" / "CACHEDIR.TAG");
  std::ofstream(c.outside / "victim.txt") << "keep me\n";
  fs::create_symlink(c.outside / "victim.txt", c.repo / ".journey-cache" / ".gitignore");
  CHECK(journey(args, "", {}, c.repo).out == plain.out);
  CHECK_FALSE(fs::exists(c.outside / "made-by-tag"));
  CHECK(slurp(c.outside / "victim.txt") == "keep me\n");
  std::vector<fs::path> entries;
  for (const auto& e : fs::recursive_directory_iterator(c.repo / ".journey-cache")) {
    if (e.is_regular_file() && e.path().parent_path() != c.repo / ".journey-cache")
      entries.push_back(e.path());
  }
  REQUIRE(entries.size() == 1);
  fs::path entry = entries.front();

  // A forged entry (no findings, signed with no key or another) is ignored: lint still fails.
  std::string real = slurp(entry);
  std::string forged = real.substr(0, real.find("\nfinding\t") + 1) + "end\n";
  for (const std::string& text : {forged, real.substr(0, real.find("\nmac\t")) + "\nkey" +
                                              real.substr(real.find("\nkey") + 4)}) {
    fs::remove(entry);
    std::ofstream(entry) << text;
    Run r = journey(args, "", {}, c.repo);
    CHECK(r.code == 1);
    CHECK(r.out == plain.out);
  }

  // A link or a FIFO at the entry's own path: replaced, never written through or waited on.
  fs::remove(entry);
  fs::create_symlink(c.outside / "victim.txt", entry);
  CHECK(journey(args, "", {}, c.repo).out == plain.out);
  CHECK(slurp(c.outside / "victim.txt") == "keep me\n");
  CHECK_FALSE(fs::is_symlink(entry));
  fs::remove(entry);
  REQUIRE(::mkfifo(entry.c_str(), 0600) == 0);
  Run fifo = journey(args, "", {}, c.repo, Bounds{10, 1024});
  CHECK(fifo.out == plain.out);

  // A folder others may write is refused, as ssh refuses such a ~/.ssh.
  ::chmod((c.repo / ".journey-cache").c_str(), 0777);
  Run open = journey(args, "", {}, c.repo);
  CHECK(open.out == plain.out);
  CHECK(contains(open.err, "is writable by others (chmod go-w"));
}

TEST_CASE("hardening: the files a journey uses cannot hide the journey's own errors",
          "[cli][hardening]") {
  Checkout c("cap");
  std::string rows = "touchpoint,metric,value\n";
  for (int i = 0; i < 12'000; ++i) rows += "ad,visits,1\n";
  c.write("rows.csv", rows);
  // A catalog lists at most 1,000 personas: eleven catalogs that each redefine all of one.
  std::string people = "personas:\n";
  for (int i = 0; i < 1000; ++i) people += "  - {id: p" + std::to_string(i) + ", name: A}\n";
  c.write("a.yaml", people);
  std::string use = "use: [a.yaml";
  for (int k = 0; k < 11; ++k) {
    std::string other = people;
    for (std::size_t at = other.find("name: A"); at != std::string::npos;
         at = other.find("name: A", at + 1)) {
      other[at + 6] = static_cast<char>('B' + k);
    }
    c.write("b" + std::to_string(k) + ".yaml", other);
    use += ", b" + std::to_string(k) + ".yaml";
  }
  use += "]\n";
  const std::string own_error = "      - {id: x, name: X, next: [nowhere]}\n";
  c.write("rows.journey.yaml", journey_naming("data: [rows.csv]\n") + own_error);
  c.write("conflicts.journey.yaml", journey_naming(use) + own_error);
  for (const char* file : {"rows.journey.yaml", "conflicts.journey.yaml"}) {
    INFO(file);
    Run lint = journey({"lint", file, k_today, "-f", "json"}, "", {}, c.repo, Bounds{20, 2048});
    CHECK(lint.code == 1);
    CHECK(contains(lint.out, "\"rule\": \"unknown-reference\""));
    CHECK(contains(lint.out, "\"rule\": \"too-many-findings\""));
    CHECK(journey({"score", file, k_today}, "", {}, c.repo).code != 0);
    CHECK(journey({"render", file, "-o", "/dev/null"}, "", {}, c.repo).code != 0);
  }
  // Errors cut from the output still fail the run, however the rules are configured.
  std::string bad = "touchpoint,metric,value\n";
  for (int i = 0; i < 11'000; ++i) bad += "ad,visits,x" + std::to_string(i) + "\n";
  c.write("bad.csv", bad);
  c.write("bad.journey.yaml", journey_naming("data: [bad.csv]\n"));
  c.write(".journeylint.yaml", "rules: {too-many-findings: off}\n");
  Run cut = journey({"lint", "bad.journey.yaml", k_today, "-f", "json"}, "", {}, c.repo);
  CHECK(cut.code == 1);
  CHECK(contains(cut.out, "of them errors)"));
}

TEST_CASE("hardening: did-you-mean over long ids stays within bounds", "[cli][hardening]") {
  Checkout c("suggest");
  auto long_id = [](int i) {
    std::string s = std::to_string(i);
    return std::string(2000 - s.size(), 'k') + s;
  };
  std::string tps, rows = "touchpoint,metric,value\n", channels = "channels:\n";
  for (int i = 0; i < 1000; ++i) {
    tps += "      - {id: " + long_id(i) + ", name: T, channel: c" + std::to_string(i % 7) +
           ", emotion: 3}\n";
    channels += "  - {id: " + long_id(i) + ", name: C}\n";
  }
  std::string unknown = std::string(1000, 'q') + std::string(1000, 'z');
  rows += unknown + ",visits,1\n";
  c.write("rows.csv", rows);
  c.write("channels.yaml", channels);
  c.write("long.journey.yaml",
          "journey: Long ids\nmodel: see-think-do-care\nreviewed: 2026-11-01\n"
          "use: [channels.yaml]\ndata: [rows.csv]\nphases:\n  see:\n    touchpoints:\n" +
              tps + "      - {id: last, name: L, emotion: 3, next: [" + unknown + "]}\n");
  Run r = journey({"lint", "long.journey.yaml", k_today, "-q"}, "", {}, c.repo, Bounds{10, 2048});
  CHECK(r.code == 1);
  CHECK(contains(r.out, "unknown-reference"));
}

TEST_CASE("hardening: a wide CSV and a catalog under many names keep memory bounded",
          "[cli][hardening]") {
  Checkout c("memory");
  std::string header = "touchpoint,metric,value", row = "ad,visits,1";
  for (int i = 0; i < 997; ++i) {
    header += ",x-" + std::to_string(i);
    row += ",12345678901234";
  }
  std::string csv = header + "\n";
  while (csv.size() < (15u << 20)) csv += row + "\n";
  c.write("wide.csv", csv);
  c.write("a.journey.yaml", journey_naming("data: [wide.csv]\n"));
  c.write("b.journey.yaml", journey_naming("data: [wide.csv]\n"));
  // The address space a run may take, Graphviz and fonts included; the table of cells took 1.9 GiB.
  Run wide = journey({"lint", "a.journey.yaml", "b.journey.yaml", k_today, "-j", "2"}, "", {},
                     c.repo, Bounds{30, 600});
  CHECK((wide.code == 0 || wide.code == 1));
  CHECK_FALSE(contains(wide.err, "bad_alloc"));

  std::string catalog = "channels:\n";
  while (catalog.size() < (15u << 20)) {
    catalog += "  - {id: c" + std::to_string(catalog.size()) + ", name: C}\n";
  }
  c.write("big/catalog.yaml", catalog);
  fs::create_directory_symlink(".", c.repo / "big" / "l");
  std::string names;
  for (int i = 0; i < 12; ++i) {
    std::string via = "big/";
    for (int k = 0; k < i; ++k) via += "l/";
    names += (i ? ", " : "") + via + "catalog.yaml";
  }
  for (const char* j : {"c1", "c2", "c3"}) {
    c.write(std::string(j) + ".journey.yaml", journey_naming("use: [" + names + "]\n"));
  }
  Run many = journey({"lint", "c1.journey.yaml", "c2.journey.yaml", "c3.journey.yaml", k_today}, "",
                     {}, c.repo, Bounds{60, 900});
  CHECK((many.code == 0 || many.code == 1));
  CHECK_FALSE(contains(many.err, "bad_alloc"));
}

TEST_CASE("hardening: kernel files are refused, never waited on", "[cli][hardening]") {
  for (const char* file : {"/proc/self/status", "/proc/kmsg", "/sys/kernel/notes"}) {
    std::error_code ec;
    if (!fs::exists(file, ec)) continue;
    Run r = journey({"lint", file}, "", {}, JOURNEY_SOURCE_DIR, Bounds{10, 1024});
    INFO(file << ": " << r.err);
    CHECK(r.code == 2);
    CHECK((contains(r.out, "is a kernel file") || contains(r.out, "Permission denied")));
  }
}

TEST_CASE("hardening: the git driver always lets git carry on", "[cli][hardening][git]") {
  Checkout c("git-driver");
  const std::string body = journey_naming("");
  for (const char* name : {"-x.journey.yaml", "--help.journey.yaml", "plain.journey.yaml"}) {
    c.write(name, body);
  }
  std::ofstream(c.repo / ".gitattributes") << "*.journey.yaml diff=journey\n";
  REQUIRE(sh(c.repo,
             "git config user.email t@example.com && git config user.name t && "
             "git config commit.gpgsign false && git add -A && git commit -qm one") == 0);
  for (const char* name : {"-x.journey.yaml", "--help.journey.yaml", "plain.journey.yaml"}) {
    std::string text = slurp(c.repo / name);
    text.replace(text.find("emotion: 4"), 10, "emotion: 2");
    std::ofstream(c.repo / name) << text;
  }
  std::string driver = quote(std::string(JOURNEY_BINARY) + " diff --git-driver --");
  std::string textconv = quote(std::string(JOURNEY_BINARY) + " textconv --");
  fs::path out = c.top / "out.txt";
  auto git = [&](const std::string& command) {
    return std::system(
        ("cd " + quote(c.repo.string()) + " && " + command + " > " + quote(out.string()) + " 2>&1")
            .c_str());
  };
  REQUIRE(git("git config diff.journey.command " + driver) == 0);
  CHECK(git("git diff") == 0);
  std::string shown = slurp(out);
  INFO(shown);
  CHECK(contains(shown, "b/-x.journey.yaml (working tree)"));
  CHECK(contains(shown, "b/--help.journey.yaml (working tree)"));
  CHECK_FALSE(contains(shown, "Usage"));

  // An invalid configuration in the checkout: said in the diff, and git does not stop.
  c.write(".journeylint.yaml", "rules: [not, a, map]\n");
  CHECK(git("git diff") == 0);
  shown = slurp(out);
  CHECK(contains(shown, "journey diff: invalid configuration (the defaults are used)"));
  CHECK(contains(shown, "emotion 4 -> 2"));

  // An added file: its old side is /dev/null, not "(.)".
  c.write("added.journey.yaml", body);
  CHECK(git("git add -N added.journey.yaml && git diff -- added.journey.yaml") == 0);
  CHECK(contains(slurp(out), "--- /dev/null"));

  REQUIRE(git("git config --unset diff.journey.command && git config diff.journey.textconv " +
              textconv) == 0);
  CHECK(git("git diff -- ./-x.journey.yaml ./--help.journey.yaml") == 0);
  shown = slurp(out);
  CHECK(contains(shown, "+touchpoint see/ad: emotion 2"));
  CHECK_FALSE(contains(shown, "Usage"));
}

TEST_CASE("hardening: the report draws again when a catalog or data file changes",
          "[cli][hardening][report]") {
  fs::path dir = scratch() / "hardening-report";
  fs::remove_all(dir);
  fs::copy(fs::path(JOURNEY_SOURCE_DIR) / "tests/data/catalog", dir, fs::copy_options::recursive);
  for (const char* f : {"broken.journey.yaml", "cycle.journey.yaml"}) fs::remove(dir / f);
  fs::path site = dir.parent_path() / "hardening-report-site";
  fs::remove_all(site);
  auto report = [&] { return journey({"report", ".", "-o", site.string(), k_today}, "", {}, dir); };
  REQUIRE(report().code == 0);
  std::string map = slurp(site / "journeys" / "shop.map.svg");
  std::string text = slurp(dir / "catalog" / "personas.yaml");
  REQUIRE(contains(text, "name: Lotte"));
  text.replace(text.find("name: Lotte"), 11, "name: Renamed Persona");
  std::ofstream(dir / "catalog" / "personas.yaml") << text;
  REQUIRE(report().code == 0);
  std::string again = slurp(site / "journeys" / "shop.map.svg");
  CHECK(again != map);
  CHECK(contains(again, "Renamed Persona"));
}

TEST_CASE("hardening: links, file names and numbers give valid SVG, JSON and JUnit",
          "[cli][hardening]") {
  Checkout c("outputs");
  std::string name = "caf\xE9-\xFF.journey.yaml";  // not UTF-8
  c.write(name, journey_naming("") +
                    "      - {id: u, name: U, emotion: 3, url: \"https://x.example/?a=1&b=2\"}\n"
                    "      - {id: e, name: E, emotion: 3, metrics: {visits: 1e999}}\n");
  c.write("url.journey.yaml",
          journey_naming("") +
              "      - {id: u, name: U, emotion: 3, url: \"https://x.example/?a=1&b=2\"}\n");
  for (const char* view : {"flow", "emotion", "map", "blueprint"}) {
    fs::path svg = c.top / (std::string(view) + ".svg");
    Run r =
        journey({"render", "url.journey.yaml", "--view", view, "-o", svg.string()}, "", {}, c.repo);
    REQUIRE(r.code == 0);
    CHECK(std::system(("xmllint --noout " + quote(svg.string())).c_str()) == 0);
  }
  Run numbers = journey({"lint", name, k_today}, "", {}, c.repo);
  CHECK(numbers.code == 1);
  CHECK(contains(numbers.out, ":9:56: error: '1e999' is beyond the range of numbers"));
  fs::path json = c.top / "out.json", junit = c.top / "out.xml";
  journey({"lint", name, k_today, "-f", "json", "-o", json.string()}, "", {}, c.repo);
  journey({"lint", name, k_today, "-f", "junit", "-o", junit.string()}, "", {}, c.repo);
  CHECK(std::system(("python3 -m json.tool " + quote(json.string()) + " > /dev/null").c_str()) ==
        0);
  CHECK(std::system(("xmllint --noout " + quote(junit.string())).c_str()) == 0);
  CHECK(contains(slurp(json), "caf\\ufffd-\\ufffd.journey.yaml"));
}
