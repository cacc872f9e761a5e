// SPDX-License-Identifier: Apache-2.0
// JSON-RPC framing of the Language Server Protocol: "Content-Length: N\r\n\r\n" and N bytes of
// JSON. Bounded everywhere: a header line, the number of header lines and the body.
#pragma once

#include <cstddef>
#include <istream>
#include <ostream>
#include <string>

namespace journey::lsp {

enum class ReadStatus {
  message,  // `body` holds one message
  invalid,  // a message that could not be read whole (`error` says why); the next may be fine
  end       // the input ended
};

// Reads one framed message. A body longer than `max_body` is read and dropped in small chunks,
// so a huge Content-Length costs time, never memory. A header without Content-Length, or one
// that is not a number, gives `invalid` after its blank line; reading goes on from there.
ReadStatus read_message(std::istream& in, std::size_t max_body, std::string& body,
                        std::string& error);

// Writes one framed message and flushes.
void write_message(std::ostream& out, const std::string& body);

// Whether JSON text nests arrays and objects deeper than `limit` (outside strings): checked
// before parsing, so that no message can exhaust the stack of whoever walks the value.
bool nests_deeper_than(const std::string& json, int limit);

}  // namespace journey::lsp
