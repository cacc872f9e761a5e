// SPDX-License-Identifier: Apache-2.0
#include "journey/finding.hpp"

namespace journey {

const char* to_string(Severity severity) {
  switch (severity) {
    case Severity::info:
      return "info";
    case Severity::warning:
      return "warning";
    case Severity::error:
      return "error";
  }
  return "error";
}

bool parse_severity(const std::string& text, Severity& out) {
  if (text == "error") {
    out = Severity::error;
  } else if (text == "warning") {
    out = Severity::warning;
  } else if (text == "info") {
    out = Severity::info;
  } else {
    return false;
  }
  return true;
}

}  // namespace journey
