// SPDX-License-Identifier: Apache-2.0
#include "encoding.hpp"

#include <cstdint>
#include <cstring>

#include "journey/messages.hpp"

namespace journey::yaml {

namespace {

// Length of the valid UTF-8 sequence at p (of at most n bytes), 0 when invalid. Rejects overlong
// forms, surrogates and code points above U+10FFFF, as RFC 3629 does.
std::size_t utf8_sequence_length(const unsigned char* p, std::size_t n) {
  unsigned char c = p[0];
  if (c < 0x80) return 1;
  auto cont = [&](std::size_t i) { return i < n && (p[i] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && p[1] < 0xA0) return 0;   // overlong
    if (c == 0xED && p[1] >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && p[1] < 0x90) return 0;   // overlong
    if (c == 0xF4 && p[1] >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace

EncodingProblem check_encoding(const std::string& text) {
  const auto* data = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    // Fast path: eight ASCII bytes with no NUL at a time.
    if (i + 8 <= size) {
      std::uint64_t word;
      std::memcpy(&word, data + i, 8);
      const std::uint64_t high = word & 0x8080808080808080ull;
      const std::uint64_t zero = (word - 0x0101010101010101ull) & ~word & 0x8080808080808080ull;
      if (high == 0 && zero == 0) {
        i += 8;
        continue;
      }
    }
    if (data[i] == 0) {
      return {i, tr("this is a binary file, not YAML text (a NUL byte)")};
    }
    std::size_t len = utf8_sequence_length(data + i, size - i);
    if (len == 0) {
      return {i, translate("invalid UTF-8 (byte %1$s); save the file as UTF-8",
                           "0x" + std::string(1, "0123456789abcdef"[data[i] >> 4]) +
                               std::string(1, "0123456789abcdef"[data[i] & 15]))};
    }
    i += len;
  }
  return {};
}

}  // namespace journey::yaml
