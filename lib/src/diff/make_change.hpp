// SPDX-License-Identifier: Apache-2.0
// A change of a kind, classed as the kind says by default (configuration may reclass it later).
#pragma once

#include <string>

#include "journey/diff.hpp"

namespace journey::diff_detail {

inline Change make_change(const char* kind, std::string path, int old_line, int new_line,
                          std::string old_value, std::string new_value, std::string message) {
  Change c;
  c.kind = kind;
  c.change_class = find_change_kind(kind)->default_class;
  c.path = std::move(path);
  c.old_line = old_line;
  c.new_line = new_line;
  c.old_value = std::move(old_value);
  c.new_value = std::move(new_value);
  c.message = std::move(message);
  return c;
}

}  // namespace journey::diff_detail
