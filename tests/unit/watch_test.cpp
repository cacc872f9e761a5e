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

TEST_CASE("watch_files names the files it begins to watch and written_since finds a late write",
          "[watch]") {
  journey_test::TestFolder folder("journey-watch");
  auto before = std::filesystem::file_time_type::clock::now();
  std::string a = folder.write("a.journey.yaml", "x");
  std::string b = folder.write("catalogs/b.yaml", "x");
  journey::FileWatcher watcher;
  CHECK(watcher.watch_files({a}) == std::vector<std::string>{a});
  std::string b_again = folder.path.string() + "/catalogs/./b.yaml";
  CHECK(watcher.watch_files({a, b, b_again}) ==
        std::vector<std::string>{b, b_again});  // a's folder is watched; b's now, as either name
  CHECK(watcher.watch_files({a, b}).empty());
  CHECK(journey::written_since({a, b}, before));
  CHECK_FALSE(journey::written_since({a, b}, before + 1h));
  CHECK_FALSE(journey::written_since({folder.path.string() + "/gone.yaml"}, before));
}
