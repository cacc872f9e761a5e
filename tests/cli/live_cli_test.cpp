// SPDX-License-Identifier: Apache-2.0
// End-to-end: journey lsp over real pipes, journey serve over real HTTP, journey render --watch
// on real file changes. The editors' own clients are in tests/editors (Neovim, vscode-jsonrpc),
// the browser in tests/browser/check-serve.sh.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <httplib.h>
#include <catch2/catch.hpp>
#include <chrono>
#include <functional>
#include <nlohmann/json.hpp>
#include <thread>

#include "run.hpp"

extern char** environ;

using namespace journey_test;

namespace {

std::string frame(const std::string& body) {
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

// Waits up to 20 s for `text` in what `read` returns.
bool shows_within_20s(const std::function<std::string()>& read, const std::string& text) {
  for (int i = 0; i < 400; ++i) {
    if (contains(read(), text)) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return false;
}

// A journey process in the background, its standard output in a file; killed at the end.
struct Background {
  pid_t pid = -1;
  fs::path out;

  Background(const std::vector<std::string>& args, const std::string& name) {
    out = scratch() / (name + ".out");
    std::vector<std::string> all{JOURNEY_BINARY};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, (out.string() + ".err").c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn(&pid, JOURNEY_BINARY, &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
  }
  ~Background() {
    kill(pid, SIGTERM);
    int status = 0;
    waitpid(pid, &status, 0);
  }
  // Waits up to 20 s for `text` in its standard output.
  bool wait_for(const std::string& text) const {
    return shows_within_20s([this] { return slurp(out); }, text);
  }
};

int port_of(const std::string& out) {
  std::size_t at = out.find("http://127.0.0.1:");
  return at == std::string::npos ? 0 : std::stoi(out.substr(at + 17));
}

// The online shop copied into a scratch folder as shop.journey.yaml, with its data files, and the
// same journey with its "Homepage" renamed "Start page", to be saved over it.
struct ShopCopy {
  fs::path dir, file;
  std::string renamed;

  explicit ShopCopy(const std::string& name)
      : dir(scratch() / name), file(dir / "shop.journey.yaml") {
    fs::create_directories(dir);
    fs::copy_file(fs::path(JOURNEY_SOURCE_DIR) / "examples/online-shop.journey.yaml", file,
                  fs::copy_options::overwrite_existing);
    copy_example_data(dir);
    renamed = slurp(file);
    renamed.replace(renamed.find("name: Homepage"), 14, "name: Start page");
  }
  void save_renamed() const { std::ofstream(file, std::ios::binary) << renamed; }
};

}  // namespace

TEST_CASE("lsp answers over pipes and reports a typo", "[cli][lsp]") {
  fs::path file = fs::path(JOURNEY_SOURCE_DIR) / "tests/data/cli/bad.journey.yaml";
  nlohmann::json open{{"jsonrpc", "2.0"},
                      {"method", "textDocument/didOpen"},
                      {"params",
                       {{"textDocument",
                         {{"uri", "file://" + file.string()},
                          {"languageId", "yaml"},
                          {"version", 1},
                          {"text", slurp(file)}}}}}};
  std::string input = frame(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{}})") +
                      frame(open.dump()) +
                      frame(R"({"jsonrpc":"2.0","id":2,"method":"shutdown"})") +
                      frame(R"({"jsonrpc":"2.0","method":"exit"})");
  Run r = journey({"lsp"}, input);
  INFO(r.err);
  CHECK(r.code == 0);
  CHECK(contains(r.out, "\"capabilities\""));
  CHECK(contains(r.out, "textDocument/publishDiagnostics"));
  CHECK(contains(r.out, "did you mean 'sam'?"));
  CHECK(contains(r.out, "\"code\":\"unknown-key\""));
}

TEST_CASE("lsp survives hostile input and exits 1 without shutdown", "[cli][lsp]") {
  std::string input = "Content-Length: 99999999999\r\n\r\n{}";  // ends inside the body
  Run huge = journey({"lsp"}, input, {}, JOURNEY_SOURCE_DIR, Bounds{10, 512});
  CHECK(huge.code == 1);
  std::string garbage = "garbage\r\n\r\n" + frame("{\"jsonrpc\":\"2.0\",\"id\":") +
                        frame(std::string(100000, '[')) +
                        frame(R"({"jsonrpc":"2.0","id":1,"method":"initialize"})");
  Run r = journey({"lsp"}, garbage, {}, JOURNEY_SOURCE_DIR, Bounds{10, 512});
  CHECK(r.code == 1);
  CHECK(contains(r.out, "\"id\":1"));  // still answered after the garbage
  CHECK(contains(r.err, "without Content-Length"));
}

TEST_CASE("serve shows journeys and refuses what it should", "[cli][serve]") {
  Background server({"serve", std::string(JOURNEY_SOURCE_DIR) + "/examples"}, "serve");
  REQUIRE(server.wait_for("Ctrl-C"));
  int port = port_of(slurp(server.out));
  REQUIRE(port > 0);
  httplib::Client client("127.0.0.1", port);
  auto index = client.Get("/");
  REQUIRE(index);
  CHECK(index->status == 200);
  CHECK(contains(index->body, "/j/online-shop"));
  auto page = client.Get("/j/online-shop?view=map&persona=%3Cscript%3E&theme=dark");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(contains(page->body, "view-map"));
  CHECK(!contains(page->body, "<script>"));
  CHECK(contains(page->get_header_value("Content-Security-Policy"), "default-src 'none'"));
  auto svg = client.Get("/j/online-shop/map.svg");
  REQUIRE(svg);
  CHECK(svg->get_header_value("Content-Type") == "image/svg+xml");
  CHECK(contains(svg->body, "<svg"));
  for (const char* path : {"/../../etc/passwd", "/j/..%2f..%2fetc", "/j/online-shop/../x",
                           "/examples/online-shop.journey.yaml", "/j/nope"}) {
    auto r = client.Get(path);
    INFO(path);
    REQUIRE(r);
    CHECK(r->status == 404);
  }
  CHECK(client.Get(("/" + std::string(5000, 'a')).c_str())->status == 414);
  CHECK(client.Post("/", "x", "text/plain")->status == 405);
  CHECK(client.Delete("/j/online-shop")->status == 405);
  httplib::Headers other_host{{"Host", "attacker.example:80"}};
  CHECK(client.Get("/", other_host)->status == 421);
}

TEST_CASE("serve without journeys says so", "[cli][serve]") {
  fs::create_directories(scratch() / "empty");
  Run r = journey({"serve", (scratch() / "empty").string()});
  CHECK(r.code == 2);
  CHECK(contains(r.err, "no *.journey.yaml"));
  // A journey that is a link out of the folder (a checkout may hold one to ~/.ssh/...) is left out.
  fs::create_directories(scratch() / "linked");
  fs::create_symlink(fs::path(JOURNEY_SOURCE_DIR) / "examples/online-shop.journey.yaml",
                     scratch() / "linked/shop.journey.yaml");
  Run linked = journey({"serve", (scratch() / "linked").string()});
  CHECK(linked.code == 2);
  CHECK(contains(linked.err, "links leading out"));
}

TEST_CASE("journey links no HTTP server: serve hands over to journey-serve or says it is missing",
          "[cli][serve]") {
  // The server's libraries (cpp-httplib, OpenSSL, Brotli) cost every start about 3 ms.
  Run needed =
      journey({}, {}, {}, JOURNEY_SOURCE_DIR, {}, {}, "readelf -d " + quote(JOURNEY_BINARY));
  REQUIRE(needed.code == 0);
  CHECK(contains(needed.out, "libyaml-cpp"));
  CHECK(!contains(needed.out, "httplib"));
  CHECK(!contains(needed.out, "libssl"));
  CHECK(!contains(needed.out, "libcrypto"));
  // Without its helper beside it (nor in ../libexec/journey), journey says so; help still works.
  fs::create_directories(scratch() / "alone");
  fs::copy_file(JOURNEY_BINARY, scratch() / "alone/journey", fs::copy_options::overwrite_existing);
  std::string alone = quote((scratch() / "alone/journey").string());
  Run missing = journey({}, {}, {}, JOURNEY_SOURCE_DIR, {}, {}, alone + " serve examples");
  CHECK(missing.code == 2);
  CHECK(contains(missing.err,
                 "journey serve: error: the preview server journey-serve is not installed"));
  CHECK(contains(missing.err, "alone/journey-serve"));
  Run help = journey({}, {}, {}, JOURNEY_SOURCE_DIR, {}, {}, alone + " serve --help");
  CHECK(help.code == 0);
  CHECK(contains(help.out, "Preview journeys in the browser"));
}

TEST_CASE("render --watch draws again when the journey changes", "[cli][render]") {
  ShopCopy shop("watch");
  fs::path svg = shop.dir / "shop.svg";
  Background watcher({"render", shop.file.string(), svg.string(), "--watch"}, "watch");
  auto drawing = [&] { return slurp(svg); };  // empty while there is none
  REQUIRE(shows_within_20s(drawing, "<svg"));
  shop.save_renamed();
  CHECK(shows_within_20s(drawing, "Start page"));
  CHECK(!contains(slurp(svg), "Homepage"));
}

TEST_CASE("render --watch sees a save made while it draws the first time", "[cli][render]") {
  ShopCopy shop("watch-early");
  fs::path svg = shop.dir / "shop.svg";
  Background watcher({"render", shop.file.string(), svg.string(), "--watch"}, "watch-early");
  // Saved at once: before, while or after the first render reads it, never lost.
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  shop.save_renamed();
  CHECK(shows_within_20s([&] { return slurp(svg); }, "Start page"));
}

TEST_CASE("serve sees a save made while it reads the journeys the first time", "[cli][serve]") {
  ShopCopy shop("serve-early");
  Background server({"serve", shop.dir.string()}, "serve-early");
  // About when the first drawing runs here (before, 50 to 160 ms after the start lost the save).
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  shop.save_renamed();
  REQUIRE(server.wait_for("Ctrl-C"));
  httplib::Client client("127.0.0.1", port_of(slurp(server.out)));
  auto drawing = [&] {
    auto svg = client.Get("/j/shop/map.svg");
    return svg ? svg->body : std::string();
  };
  CHECK(shows_within_20s(drawing, "Start page"));
}
