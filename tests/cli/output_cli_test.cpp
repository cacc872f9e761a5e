// SPDX-License-Identifier: Apache-2.0
// -o FILE respects what it replaces: devices and FIFOs are written in place, links are followed,
// modes are kept, new files get the umask's mode.
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <future>

#include "run.hpp"
#include "skip.hpp"

using namespace journey_test;

namespace {

const std::string k_example =
    std::string(JOURNEY_SOURCE_DIR) + "/examples/online-shop.journey.yaml";

fs::path fresh(const std::string& name) {
  fs::path dir = scratch() / ("output-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

mode_t mode_of(const fs::path& p) {
  struct stat st {};
  ::lstat(p.c_str(), &st);
  return st.st_mode;
}

Run lint_to(const fs::path& out, const std::string& umask = "022") {
  // The umask is the shell's: journey must not change it, only live under it.
  return journey({"lint", k_example, "--today", "2026-11-23", "-f", "json", "-o", out.string()}, {},
                 {}, JOURNEY_SOURCE_DIR, Bounds{}, umask);
}

}  // namespace

TEST_CASE("output onto a device writes in place and leaves the device", "[cli][output]") {
  // CI runs as root (.ci/run in a container); elsewhere the test is skipped, not passed.
  if (::geteuid() != 0) JOURNEY_SKIP("not root: cannot make a device node with mknod");
  fs::path dir = fresh("device");
  fs::path null = dir / "null";
  REQUIRE(::mknod(null.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0);
  Run r = lint_to(null);
  CHECK(r.code == 0);
  CHECK(S_ISCHR(mode_of(null)));
  CHECK(fs::directory_iterator(dir)->path() == null);  // no temporary file left beside it
}

TEST_CASE("output onto a FIFO writes into the pipe", "[cli][output]") {
  fs::path dir = fresh("fifo");
  fs::path fifo = dir / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  auto reader = std::async(std::launch::async, [&] { return slurp(fifo); });
  Run r = lint_to(fifo);
  CHECK(r.code == 0);
  std::string received = reader.get();
  CHECK(contains(received, "\"version\": 1"));
  CHECK(S_ISFIFO(mode_of(fifo)));
}

TEST_CASE("output onto a symbolic link replaces its target and keeps the link", "[cli][output]") {
  fs::path dir = fresh("link");
  fs::create_directories(dir / "real");
  std::ofstream(dir / "real" / "report.json") << "old";
  fs::create_symlink("real/report.json", dir / "report.json");
  Run r = lint_to(dir / "report.json");
  CHECK(r.code == 0);
  CHECK(fs::is_symlink(dir / "report.json"));
  CHECK(contains(slurp(dir / "real" / "report.json"), "\"version\": 1"));
}

TEST_CASE("output keeps an existing file's mode, new files get the umask's", "[cli][output]") {
  fs::path dir = fresh("mode");
  fs::path secret = dir / "secret.json";
  std::ofstream(secret) << "old";
  fs::permissions(secret, fs::perms::owner_read | fs::perms::owner_write);
  CHECK(lint_to(secret).code == 0);
  CHECK((mode_of(secret) & 07777) == 0600);
  CHECK(contains(slurp(secret), "\"version\": 1"));

  CHECK(lint_to(dir / "new.json", "022").code == 0);
  CHECK((mode_of(dir / "new.json") & 07777) == 0644);
  CHECK(lint_to(dir / "private.json", "077").code == 0);
  CHECK((mode_of(dir / "private.json") & 07777) == 0600);
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir)) files += e.is_regular_file();
  CHECK(files == 3);  // no temporary file left behind
}
