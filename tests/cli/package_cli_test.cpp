// SPDX-License-Identifier: Apache-2.0
// Installing and packaging: `cmake --install` gives a library that other projects build against
// with find_package(journey) and with pkg-config (tests/data/consumer), and `cpack -G DEB` gives
// two Debian packages: journey (the binary, its compressed man pages and completions) and
// journey-dev (the library, headers, CMake package and pkg-config file), each with its copyright
// file and Debian changelog. Lintian checks them in tests/packaging/check-debs.sh.
#include <catch2/catch.hpp>

#include <map>

#include "run.hpp"
#include "skip.hpp"

using namespace journey_test;

namespace {

// Runs a shell command line with its standard and error output together in `out` (DESTDIR unset,
// as a user's environment may set it and it would move every install).
Run shell(const std::string& command) {
  const fs::path out = scratch() / "shell.out";
  const std::string line =
      "unset DESTDIR; ( " + command + " ) < /dev/null > " + quote(out.string()) + " 2>&1";
  int status = std::system(line.c_str());
  Run r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(out);
  return r;
}

std::string last_lines(const std::string& text, std::size_t max_chars = 6000) {
  return text.size() <= max_chars ? text : "...\n" + text.substr(text.size() - max_chars);
}

// Runs one step of the test; fails the test, saying which step and why, when it exits non-zero.
Run step(const std::string& what, const std::string& command) {
  Run r = shell(command);
  if (r.code != 0)
    FAIL(what << " failed (exit " << r.code << ")\n$ " << command << "\n" << last_lines(r.out));
  return r;
}

bool have(const std::string& tool) {
  return shell("command -v " + quote(tool)).code == 0;
}

// The tools the test drives that are missing, as " cmake pkg-config"; empty when all are there.
std::string missing_tools() {
  std::string missing;
  for (const std::string& tool :
       {std::string(JOURNEY_CMAKE), std::string(JOURNEY_CPACK), std::string("pkg-config")})
    if (!have(tool)) missing += " " + tool;
  return missing;
}

const fs::path k_build = JOURNEY_BUILD_DIR;
const fs::path k_consumer = fs::path(JOURNEY_SOURCE_DIR) / "tests/data/consumer";
const std::string k_version = JOURNEY_VERSION;
const std::string k_deb_version = JOURNEY_DEB_VERSION;  // 0.1.0-1: the Debian revision added
const std::string k_contact = JOURNEY_PACKAGE_CONTACT;
// The compiler and the sanitizer or coverage flags journey_core was built with: a consumer of an
// instrumented library must link the same runtimes.
const std::string k_cxx = JOURNEY_CXX;
const std::string k_flags = JOURNEY_CONSUMER_FLAGS;
const std::string k_link_flags = JOURNEY_CONSUMER_LINK_FLAGS;

void require_file(const fs::path& path) {
  INFO("expected an installed file at " << path.string());
  REQUIRE(fs::is_regular_file(path));
}

// What the consumer prints: the library's version, the findings, then the journey as DOT.
void check_consumer_output(const std::string& how, const std::string& out) {
  INFO("output of the consumer built with " << how << ":\n" << last_lines(out));
  CHECK(out.rfind("journey_core " + k_version + "\n", 0) == 0);
  CHECK(contains(out, "\nfindings: "));
  CHECK(contains(out, "digraph"));
  CHECK(contains(out, "Consumer check"));
}

// b. A CMake project outside the tree: find_package(journey CONFIG) through CMAKE_PREFIX_PATH.
std::string build_with_cmake(const fs::path& prefix, const fs::path& libdir) {
  // A build folder per prefix: find_package's result is cached in it.
  const fs::path build =
      scratch() / ("consumer-cmake-" + std::to_string(std::hash<std::string>{}(prefix.string())));
  Run configure =
      step("configuring tests/data/consumer with find_package(journey " + k_version + ")",
           quote(JOURNEY_CMAKE) + " -S " + quote(k_consumer.string()) + " -B " +
               quote(build.string()) + " -G " + quote(JOURNEY_CMAKE_GENERATOR) +
               " -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=" + quote(k_cxx) +
               " -DCMAKE_PREFIX_PATH=" + quote(prefix.string()) +
               " -DJOURNEY_MIN_VERSION=" + k_version + " -DCMAKE_CXX_FLAGS=" + quote(k_flags) +
               " -DCMAKE_EXE_LINKER_FLAGS=" + quote(k_link_flags));
  {
    INFO("find_package must find the scratch install, not another one:\n" << configure.out);
    CHECK(contains(configure.out,
                   "journey " + k_version + " from " + (libdir / "cmake/journey").string()));
  }
  step("building tests/data/consumer against journey::core",
       quote(JOURNEY_CMAKE) + " --build " + quote(build.string()));
  Run run = step("running the consumer built with CMake", quote((build / "consumer").string()));
  check_consumer_output("find_package", run.out);
  return run.out;
}

// c. The same source, compiled with what pkg-config says.
std::string build_with_pkg_config(const fs::path& prefix, const fs::path& libdir) {
  const std::string pkg_config =
      "PKG_CONFIG_PATH=" + quote((libdir / "pkgconfig").string()) + " pkg-config";
  Run version = step("pkg-config --modversion journey", pkg_config + " --modversion journey");
  CHECK(version.out == k_version + "\n");
  Run flags = step("pkg-config --cflags --libs journey", pkg_config + " --cflags --libs journey");
  {
    INFO("pkg-config --cflags --libs journey: " << flags.out);
    CHECK(contains(flags.out, "-I" + (libdir / "pkgconfig").string()));  // relative to the .pc
    CHECK(contains(flags.out, "-ljourney_core"));
    CHECK(contains(flags.out, "-lgvc"));
    CHECK(contains(flags.out, "-lcgraph"));
    CHECK(contains(flags.out, "-lyaml-cpp"));
    CHECK(contains(flags.out, "-pthread"));
  }
  // Every installed header, in one translation unit: none may include a header left uninstalled.
  const fs::path all_headers = scratch() / "all_headers.cpp";
  {
    std::ofstream tu(all_headers);
    for (const auto& e : fs::directory_iterator(prefix / "include" / "journey"))
      tu << "#include \"journey/" << e.path().filename().string() << "\"\n";
  }
  step("compiling every installed header with pkg-config's flags",
       quote(k_cxx) + " -std=c++17 -fsyntax-only " + quote(all_headers.string()) + " $(" +
           pkg_config + " --cflags journey)");
  const fs::path binary = scratch() / "consumer-pkg-config";
  step("compiling tests/data/consumer/main.cpp with pkg-config's flags",
       quote(k_cxx) + " -std=c++17 " + k_flags + " " + quote((k_consumer / "main.cpp").string()) +
           " -o " + quote(binary.string()) + " " + k_link_flags + " $(" + pkg_config +
           " --cflags --libs journey)");
  Run run = step("running the consumer built with pkg-config", quote(binary.string()));
  check_consumer_output("pkg-config", run.out);
  return run.out;
}

}  // namespace

TEST_CASE("cmake --install gives a library for find_package(journey) and pkg-config",
          "[cli][package]") {
  if (std::string missing = missing_tools(); !missing.empty())
    JOURNEY_SKIP("not found:" << missing << ": install and packaging not tested");
  const fs::path prefix = scratch() / "prefix";
  const fs::path libdir = prefix / JOURNEY_INSTALL_LIBDIR;

  // a. Install the build this test belongs to.
  step("cmake --install", quote(JOURNEY_CMAKE) + " --install " + quote(k_build.string()) +
                              " --prefix " + quote(prefix.string()));
  for (const char* file :
       {"include/journey/lint.hpp", "include/journey/render.hpp", "include/journey/version.hpp",
        "bin/journey", "share/man/man1/journey.1.gz", "share/doc/journey/copyright",
        "share/doc/journey-dev/copyright"})
    require_file(prefix / file);
  for (const char* file : {"libjourney_core.a", "cmake/journey/journeyConfig.cmake",
                           "cmake/journey/journeyConfigVersion.cmake",
                           "cmake/journey/journeyTargets.cmake", "pkgconfig/journey.pc"})
    require_file(libdir / file);
  CHECK(contains(slurp(prefix / "include/journey/version.hpp"), "\"" + k_version + "\""));

  const std::string by_cmake = build_with_cmake(prefix, libdir);
  const std::string by_pkg_config = build_with_pkg_config(prefix, libdir);
  CHECK(by_pkg_config == by_cmake);
}

namespace {

// The .deb of each package cpack wrote into `out`, by package name.
std::map<std::string, fs::path> debs_in(const fs::path& out) {
  std::map<std::string, fs::path> debs;
  for (const auto& entry : fs::directory_iterator(out)) {
    std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".deb") debs[name.substr(0, name.find('_'))] = entry.path();
  }
  return debs;
}

void check_listing(const fs::path& deb, const std::vector<std::string>& present,
                   const std::vector<std::string>& absent) {
  Run listing = step("dpkg-deb -c", "dpkg-deb -c " + quote(deb.string()));
  for (const std::string& path : present) {
    INFO(deb.filename().string() << " lacks " << path << "; it holds:\n" << listing.out);
    CHECK(contains(listing.out, " " + path + "\n"));
  }
  for (const std::string& path : absent) {
    INFO(deb.filename().string() << " holds " << path << ", which belongs to the other package");
    CHECK_FALSE(contains(listing.out, " " + path));
  }
}

std::string control_of(const fs::path& deb) {
  return step("dpkg-deb -f", "dpkg-deb -f " + quote(deb.string()) +
                                 " Package Version Section Depends Maintainer Description")
      .out;
}

// gzip -9n: no file name and no time stamp in the header, so the same page gives the same bytes.
void check_gzip_n(const fs::path& gz, const fs::path& original) {
  std::string bytes = slurp(gz);
  INFO(gz.string());
  REQUIRE(bytes.size() > 10);
  CHECK((static_cast<unsigned char>(bytes[3]) & 0x08) == 0);  // FNAME
  CHECK(bytes.substr(4, 4) == std::string(4, '\0'));          // MTIME
  CHECK(static_cast<unsigned char>(bytes[8]) == 2);           // XFL: best compression
  if (!original.empty()) {
    CHECK(step("gzip -dc", "gzip -dc " + quote(gz.string())).out == slurp(original));
  }
}

// The documentation every package holds: the DEP-5 copyright file and the Debian changelog.
void check_doc_folder(const fs::path& root, const std::string& package) {
  const fs::path doc = root / "usr/share/doc" / package;
  std::string copyright = slurp(doc / "copyright");
  CHECK(copyright.rfind(
            "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n", 0) ==
        0);
  CHECK(contains(copyright, "\nFiles: *\n"));
  CHECK(contains(copyright, "\nLicense: Apache-2.0\n"));
  CHECK(contains(copyright, "/usr/share/common-licenses/Apache-2.0"));
  check_gzip_n(doc / "changelog.Debian.gz", {});
  std::string changelog =
      step("gzip -dc", "gzip -dc " + quote((doc / "changelog.Debian.gz").string())).out;
  CHECK(changelog.rfind("journey (" + k_deb_version + ") unstable; urgency=medium\n", 0) == 0);
  CHECK(contains(changelog, "\n -- " + k_contact + "  "));
}

}  // namespace

TEST_CASE("cpack -G DEB packages journey and journey-dev, each with copyright and changelog",
          "[cli][package]") {
  if (std::string missing = missing_tools(); !missing.empty())
    JOURNEY_SKIP("not found:" << missing << ": install and packaging not tested");
  // cpack installs the build into a staging directory under `out` and packs that. Run as a user
  // runs it, it would first make the build's Makefile `preinstall` target, that is `all`: a build
  // inside the test whenever the tree is not wholly built or a source changed since. Naming a CMake
  // generator without a preinstall target (Ninja) packs what is built, as it is.
  const fs::path out = scratch() / "pkg";
  step("cpack -G DEB", "cd " + quote(scratch().string()) + " && " + quote(JOURNEY_CPACK) +
                           " -G DEB --config " + quote((k_build / "CPackConfig.cmake").string()) +
                           " -B " + quote(out.string()) + " -D CPACK_CMAKE_GENERATOR=Ninja");
  std::map<std::string, fs::path> debs = debs_in(out);
  {
    INFO("cpack wrote " << debs.size() << " packages into " << out.string());
    REQUIRE(debs.size() == 2);
    REQUIRE(debs.count("journey") == 1);
    REQUIRE(debs.count("journey-dev") == 1);
  }
  for (const auto& [package, deb] : debs) {
    CHECK(deb.filename().string().rfind(package + "_" + k_deb_version + "_", 0) == 0);
  }
  const std::string libdir = std::string("./usr/") + JOURNEY_INSTALL_LIBDIR + "/";
  const std::vector<std::string> runtime = {"./usr/bin/journey",
                                            "./usr/share/man/man1/journey.1.gz",
                                            "./usr/share/man/man1/journey-lint.1.gz",
                                            "./usr/share/locale/nl/LC_MESSAGES/journey.mo",
                                            "./usr/share/bash-completion/completions/journey",
                                            "./usr/share/zsh/vendor-completions/_journey",
                                            "./usr/share/fish/vendor_completions.d/journey.fish",
                                            "./usr/share/doc/journey/copyright",
                                            "./usr/share/doc/journey/changelog.Debian.gz"};
  const std::vector<std::string> development = {"./usr/include/journey/version.hpp",
                                                libdir + "libjourney_core.a",
                                                libdir + "cmake/journey/journeyConfig.cmake",
                                                libdir + "pkgconfig/journey.pc",
                                                "./usr/share/doc/journey-dev/copyright",
                                                "./usr/share/doc/journey-dev/changelog.Debian.gz"};
  check_listing(debs["journey"], runtime, {"./usr/include/", libdir + "libjourney_core.a"});
  check_listing(debs["journey-dev"], development, {"./usr/bin/", "./usr/share/man/"});
  CHECK_FALSE(contains(step("dpkg-deb -c", "dpkg-deb -c " + quote(debs["journey"].string())).out,
                       "man1/journey.1\n"));  // only compressed pages
}

TEST_CASE("the Debian packages' control fields, documents and contents work", "[cli][package]") {
  if (std::string missing = missing_tools(); !missing.empty())
    JOURNEY_SKIP("not found:" << missing << ": install and packaging not tested");
  const fs::path out = scratch() / "pkg-contents";
  step("cpack -G DEB", "cd " + quote(scratch().string()) + " && " + quote(JOURNEY_CPACK) +
                           " -G DEB --config " + quote((k_build / "CPackConfig.cmake").string()) +
                           " -B " + quote(out.string()) + " -D CPACK_CMAKE_GENERATOR=Ninja");
  std::map<std::string, fs::path> debs = debs_in(out);
  REQUIRE(debs.size() == 2);
  std::string runtime = control_of(debs["journey"]);
  {
    INFO("control fields of journey:\n" << runtime);
    CHECK(contains(runtime, "Package: journey\n"));
    CHECK(contains(runtime, "Version: " + k_deb_version + "\n"));
    CHECK(contains(runtime, "Section: utils\n"));
    CHECK(contains(runtime, "libgvc6"));  // Graphviz's layout and render plugins
    CHECK(contains(runtime, "libcgraph6"));
    CHECK(contains(runtime, "libyaml-cpp"));
    CHECK(contains(runtime, "Maintainer: " + k_contact + "\n"));
    CHECK(contains(runtime, "Description: Customer journey maps as code\n journey keeps"));
  }
  std::string dev = control_of(debs["journey-dev"]);
  {
    INFO("control fields of journey-dev:\n" << dev);
    CHECK(contains(dev, "Package: journey-dev\n"));
    CHECK(contains(dev, "Version: " + k_deb_version + "\n"));
    CHECK(contains(dev, "Section: libdevel\n"));
    CHECK(contains(
        dev,
        "Depends: libyaml-cpp-dev, libgraphviz-dev, libcairo2-dev, libhyphen-dev, pkg-config\n"));
    CHECK(contains(dev, "Maintainer: " + k_contact + "\n"));
    CHECK(contains(dev, "Description: Customer journey maps as code - development files\n"));
  }

  const fs::path root = scratch() / "root";
  fs::remove_all(root);
  for (const auto& [package, deb] : debs) {
    step("dpkg-deb -x", "dpkg-deb -x " + quote(deb.string()) + " " + quote(root.string()));
    check_doc_folder(root, package);
  }
  check_gzip_n(root / "usr/share/man/man1/journey-import.1.gz",
               fs::path(JOURNEY_SOURCE_DIR) / "man/journey-import.1");
  Run packaged = step("the packaged journey --version",
                      quote((root / "usr/bin/journey").string()) + " --version");
  CHECK(packaged.out == "journey " + k_version + "\n");
  // The packaged journey finds its Dutch catalog from where it lies (../share/locale).
  Run dutch = step("the packaged journey in Dutch", quote((root / "usr/bin/journey").string()) +
                                                        " lint --lang nl " +
                                                        quote(JOURNEY_SOURCE_DIR "/examples"));
  CHECK(contains(dutch.out, "bestanden gecontroleerd"));
  // The packaged .pc and CMake package are relative to where they lie, so the unpacked copies
  // point into `root`: the consumer builds against the unpacked journey-dev both ways.
  const fs::path libdir = root / "usr" / JOURNEY_INSTALL_LIBDIR;
  Run cflags = step(
      "pkg-config on the packaged journey.pc",
      "PKG_CONFIG_PATH=" + quote((libdir / "pkgconfig").string()) + " pkg-config --cflags journey");
  CHECK(contains(cflags.out, "-I" + (libdir / "pkgconfig").string() + "/"));
  CHECK(build_with_cmake(root / "usr", libdir) == build_with_pkg_config(root / "usr", libdir));
}
