// SPDX-License-Identifier: Apache-2.0
// Mermaid's entity codes: `#58;` for ':', `#lt;` for '<'. Mermaid reads them before its grammar
// does, so that a name can hold the characters its syntax uses (':', ';', '#', ','); a diagram
// shows them as the character.
#pragma once

#include <string>
#include <string_view>

namespace journey::import_detail {

// The length of the entity code (`#` word characters `;`) that starts at `i`, or 0.
std::size_t entity_length(std::string_view text, std::size_t i);

// `text` with its entity codes replaced by their characters: `#NNN;` by the code point NNN
// (decimal), `#name;` by the HTML entity of that name where it is a common one (lt, gt, amp,
// quot, apos, nbsp, and a few marks and dashes). A code that names no character (`#0;`, a
// surrogate, past U+10FFFF, an unknown name) is kept as written.
std::string decode_entities(std::string_view text);

}  // namespace journey::import_detail
