// SPDX-License-Identifier: Apache-2.0
#include "output.hpp"

#include <sys/stat.h>

#include <iostream>

#include "app.hpp"
#include "journey/escape.hpp"
#include "journey/output_file.hpp"

namespace journey::cli {

int write_output(const std::string& command, const std::string& path, const std::string& data,
                 Overwrite overwrite) {
  if (path == "-") {
    std::cout.write(data.data(), static_cast<std::streamsize>(data.size()));
    std::cout.flush();
    return std::cout ? k_exit_ok : k_exit_trouble;
  }
  struct stat st {};
  if (overwrite == Overwrite::refuse && ::lstat(path.c_str(), &st) == 0) {
    std::cerr << "journey " << command << ": error: '" << terminal_text(path)
              << "' exists; pass --force to replace it\n";
    return k_exit_trouble;
  }
  OutputFile file;
  std::string error;
  if (!file.open(path, error)) {
    std::cerr << "journey " << command << ": error: " << terminal_text(error) << "\n";
    return k_exit_trouble;
  }
  file.stream().write(data.data(), static_cast<std::streamsize>(data.size()));
  if (!file.commit(error)) {
    std::cerr << "journey " << command << ": error: " << terminal_text(error) << "\n";
    return k_exit_trouble;
  }
  return k_exit_ok;
}

}  // namespace journey::cli
