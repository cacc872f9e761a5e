// SPDX-License-Identifier: Apache-2.0
// FileWatcher: the changes editors make (written in place, renamed over), folders made later in
// a watched tree, and interrupt().
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <thread>

#include "journey/watch.hpp"
#include "test_folder.hpp"

using namespace std::chrono_literals;

TEST_CASE("the watcher sees files written in place and renamed over", "[watch]") {
  journey_test::TestFolder folder("journey-watch");
  std::string file = folder.write("a.journey.yaml", "x");
  journey::FileWatcher watcher;
  watcher.watch_files({file});
  folder.write("a.journey.yaml", "y");
  CHECK(watcher.wait(5s) == std::vector<std::string>{file});
  std::string temp = folder.write(".a.journey.yaml.swp", "z");
  std::rename(temp.c_str(), file.c_str());  // as vim and VS Code save
  // A busy machine may pause between the write and the rename longer than the wait stays quiet.
  bool seen = false;
  for (int i = 0; i < 10 && !seen; ++i) {
    std::vector<std::string> changed = watcher.wait(5s);
    seen = std::find(changed.begin(), changed.end(), file) != changed.end();
  }
  CHECK(seen);
  CHECK(watcher.wait(50ms).empty());
}

TEST_CASE("a watched tree takes in folders made later", "[watch]") {
  journey_test::TestFolder folder("journey-watch");
  journey::FileWatcher watcher;
  watcher.watch_tree(folder.path.string());
  std::filesystem::create_directories(folder.path / "new");
  watcher.wait(200ms);  // the folder's creation: now watched
  std::string file = folder.write("new/b.journey.yaml", "x");
  std::vector<std::string> changed = watcher.wait(5s);
  CHECK(std::find(changed.begin(), changed.end(), file) != changed.end());
}

TEST_CASE("interrupt ends a wait at once", "[watch]") {
  journey::FileWatcher watcher;
  std::thread other([&] {
    std::this_thread::sleep_for(50ms);
    watcher.interrupt();
  });
  auto started = std::chrono::steady_clock::now();
  CHECK(watcher.wait(std::chrono::hours(1)).empty());
  other.join();
  CHECK(std::chrono::steady_clock::now() - started < 10s);
}
