// SPDX-License-Identifier: Apache-2.0
// A folder of its own per test case, named after it, empty at the start and removed afterwards.
#pragma once

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

namespace journey_test {

struct TestFolder {
  std::filesystem::path path;

  explicit TestFolder(const std::string& prefix) {
    std::string test = Catch::getResultCapture().getCurrentTestName();
    path = std::filesystem::temp_directory_path() /
           (prefix + "-" + std::to_string(std::hash<std::string>{}(test)));
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TestFolder() { std::filesystem::remove_all(path); }

  // Makes the folder the top of a repository (a .git folder), as journeys usually live: what a
  // journey names may lie anywhere inside it (see journey/path_scope.hpp).
  void make_repository() const { std::filesystem::create_directories(path / ".git"); }
  TestFolder(const TestFolder&) = delete;
  TestFolder& operator=(const TestFolder&) = delete;

  // Writes `text` to `name` (folders made as needed) and returns the full path.
  std::string write(const std::string& name, const std::string& text) const {
    std::filesystem::path p = path / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }
};

}  // namespace journey_test
