// SPDX-License-Identifier: Apache-2.0
// Decoding UTF-8 one code point at a time, for the escapers and writers that must treat each
// character on its own.
#pragma once

#include <cstddef>
#include <string_view>

namespace journey {

// The code point of the UTF-8 sequence at `i` and its length; length 0 when it is not valid
// UTF-8 (a stray continuation byte, a truncated sequence, an overlong form, a surrogate, a code
// point past U+10FFFF).
std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp);

}  // namespace journey
