// SPDX-License-Identifier: Apache-2.0
#include "output.hpp"

#include <sys/stat.h>

#include <iostream>

#include "app.hpp"
#include "journey/escape.hpp"
#include "journey/messages.hpp"
#include "journey/output_file.hpp"

namespace journey::cli {

namespace {
std::ostream& message_out(const std::string& command, const char* kind) {
  std::cerr << "journey" << (command.empty() ? "" : " ") << command << ": " << kind << ": ";
  return std::cerr;
}
}  // namespace

std::ostream& error_out(const std::string& command) {
  // TRANSLATORS: the head of an error message: "journey lint: error: ...".
  return message_out(command, tr("error"));
}

std::ostream& warning_out(const std::string& command) {
  // TRANSLATORS: the head of a warning: "journey lint: warning: ...".
  return message_out(command, tr("warning"));
}

std::shared_ptr<const Config> config_or_error(ConfigResolver& resolver, const std::string& file,
                                              const std::string& command) {
  std::string error;
  auto config = resolver.for_file(file, error);
  if (!config) {
    error_out(command) << translate("invalid configuration: %1$s", terminal_text(error)) << "\n";
  }
  return config;
}

int write_output(const std::string& command, const std::string& path, const std::string& data,
                 Overwrite overwrite) {
  if (path == "-") {
    std::cout.write(data.data(), static_cast<std::streamsize>(data.size()));
    std::cout.flush();
    return std::cout ? k_exit_ok : k_exit_trouble;
  }
  struct stat st {};
  if (overwrite == Overwrite::refuse && ::lstat(path.c_str(), &st) == 0) {
    error_out(command) << translate("'%1$s' exists; pass --force to replace it",
                                    terminal_text(path))
                       << "\n";
    return k_exit_trouble;
  }
  OutputFile file;
  std::string error;
  if (!file.open(path, error)) {
    error_out(command) << terminal_text(error) << "\n";
    return k_exit_trouble;
  }
  file.stream().write(data.data(), static_cast<std::streamsize>(data.size()));
  if (!file.commit(error)) {
    error_out(command) << terminal_text(error) << "\n";
    return k_exit_trouble;
  }
  return k_exit_ok;
}

}  // namespace journey::cli
