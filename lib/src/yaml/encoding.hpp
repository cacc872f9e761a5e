// SPDX-License-Identifier: Apache-2.0
// Checks that input is text a YAML parser should see: no NUL bytes, valid UTF-8.
#pragma once

#include <cstddef>
#include <string>

namespace journey::yaml {

struct EncodingProblem {
  std::size_t offset = 0;  // byte offset of the first bad byte
  std::string message;     // empty when the text is fine
};

EncodingProblem check_encoding(const std::string& text);

}  // namespace journey::yaml
