// SPDX-License-Identifier: Apache-2.0
// The paths and links of the CI formats: files relative to the repository root, file URIs, and
// each rule's help link.
#include <catch2/catch.hpp>

#include "journey/report.hpp"
#include "journey/rule_docs.hpp"
#include "journey/source_root.hpp"
#include "test_folder.hpp"

using journey_test::TestFolder;

TEST_CASE("paths below the root are relative to it, others are not", "[report][source-root]") {
  CHECK(journey::path_in_root("/work/repo/maps/shop.journey.yaml", "/work/repo") ==
        "maps/shop.journey.yaml");
  CHECK(journey::path_in_root("/work/repo/./maps/../shop.yaml", "/work/repo/") == "shop.yaml");
  CHECK(journey::path_in_root("/work/repository/shop.yaml", "/work/repo").empty());
  CHECK(journey::path_in_root("/elsewhere/shop.yaml", "/work/repo").empty());

  journey::RootedPath outside = journey::rooted_path("/elsewhere/shop.yaml", "/work/repo");
  CHECK(outside.path == "/elsewhere/shop.yaml");
  CHECK_FALSE(outside.inside);
  CHECK(journey::rooted_path("<stdin>", "/work/repo").path == "<stdin>");
}

TEST_CASE("a root reached through a symbolic link still holds its files", "[report][source-root]") {
  TestFolder folder("source-root");
  std::string file = folder.write("real/maps/a.journey.yaml", "journey: A\n");
  std::filesystem::create_directory_symlink(folder.path / "real", folder.path / "link");
  CHECK(journey::path_in_root(file, (folder.path / "link").string()) == "maps/a.journey.yaml");
  CHECK(journey::path_in_root((folder.path / "link/maps/a.journey.yaml").string(),
                              (folder.path / "real").string()) == "maps/a.journey.yaml");
}

TEST_CASE("file URIs are percent-encoded and folders end in a slash", "[report][source-root]") {
  CHECK(journey::file_uri("/work/my maps/a#1.yaml") == "file:///work/my%20maps/a%231.yaml");
  CHECK(journey::file_uri("/work/repo", true) == "file:///work/repo/");
  CHECK(journey::file_uri("/work/repo/", true) == "file:///work/repo/");
  CHECK(journey::uri_encode_path("caf\xC3\xA9/x.yaml") == "caf%C3%A9/x.yaml");
}

TEST_CASE("a rule's help link is BASE/docs/rules.md#RULE", "[report][rules]") {
  CHECK(journey::rule_help_uri("emotion-drop", "https://example.com/journey") ==
        "https://example.com/journey/docs/rules.md#emotion-drop");
  CHECK(journey::rule_help_uri("emotion-drop", "https://example.com/journey//") ==
        "https://example.com/journey/docs/rules.md#emotion-drop");
}
