// SPDX-License-Identifier: Apache-2.0
// The baseline for bench/lint.sh: a bare, single-threaded yaml-cpp YAML::LoadFile loop.
#include <yaml-cpp/yaml.h>

#include <cstdio>

int main(int argc, char** argv) {
  std::size_t nodes = 0;
  for (int i = 1; i < argc; ++i) nodes += YAML::LoadFile(argv[i]).size();
  std::printf("%zu top-level keys\n", nodes);
  return 0;
}
