// SPDX-License-Identifier: Apache-2.0
// Decoding UTF-8 one code point at a time, for the escapers and writers that must treat each
// character on its own.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace journey {

// The code point of the UTF-8 sequence at `i` and its length; length 0 when it is not valid
// UTF-8 (a stray continuation byte, a truncated sequence, an overlong form, a surrogate, a code
// point past U+10FFFF).
std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp);

// The code point at `i`, moving `i` past it; a byte that is not valid UTF-8 counts as one
// character, U+FFFD (text is checked on loading; this is for measuring and scanning it).
char32_t next_code_point(std::string_view s, std::size_t& i);

// Code points in UTF-8 text: the bytes that do not continue a sequence (what a column counts).
std::size_t count_code_points(std::string_view s);

// The byte index `count` code points after `from` (or the end of `s`).
std::size_t skip_code_points(std::string_view s, std::size_t from, std::size_t count);

// The largest index at most `n` that does not split a UTF-8 sequence of `s`: where to cut.
std::size_t utf8_floor(std::string_view s, std::size_t n);

// Appends `cp` (at most U+10FFFF) to `out` as UTF-8.
void append_utf8(std::string& out, char32_t cp);

}  // namespace journey
