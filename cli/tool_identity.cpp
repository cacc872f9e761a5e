// SPDX-License-Identifier: Apache-2.0
#include "tool_identity.hpp"

#include <sys/stat.h>

#include "journey/version.hpp"

namespace journey::cli {

std::string tool_identity() {
  struct stat st {};
  std::string id = std::string("journey ") + k_version;
  if (::stat("/proc/self/exe", &st) == 0) {
    id += " " + std::to_string(st.st_size) + " " + std::to_string(st.st_mtime) + "." +
          std::to_string(st.st_mtim.tv_nsec);
  }
  return id;
}

}  // namespace journey::cli
