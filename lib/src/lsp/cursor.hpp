// SPDX-License-Identifier: Apache-2.0
// Where the cursor stands in a YAML document that may be half written: the keys of the maps
// around it, read from the text by indentation and brackets (block and flow style), not from a
// parse, because while typing the file rarely parses.
#pragma once

#include <string>
#include <vector>

#include "text_document.hpp"

namespace journey::lsp {

// A list item in a path.
constexpr const char* k_item = "[]";

struct CursorContext {
  enum class Kind {
    none,        // inside a quoted text, a plain comment, ...
    key,         // writing a key of the map at `path`
    value,       // writing the value of the last key of `path` (or an item of it)
    suppression  // in a "# journey-lint:" comment
  };
  Kind kind = Kind::none;
  // Keys from the root; k_item for a list item. For a value, the last entry is its key (then
  // k_item when the cursor is in a list of it).
  std::vector<std::string> path;
  std::string prefix;   // what is typed of the word before the cursor
  Range word;           // that word, to be replaced (start..cursor)
  int key_column = -1;  // key context: the column (bytes) of the keys of this map, for siblings
  bool flow = false;    // inside [...] or {...}
};

// Where a comment starts in a line ('#' at the start or after a space, outside quotes), or npos.
std::size_t comment_start(std::string_view line);

CursorContext context_at(const TextDocument& doc, Position position);

// The keys already written in the map whose keys stand at `column` around `line` (block style).
std::vector<std::string> sibling_keys(const TextDocument& doc, int line, int column);

// The word (letters, digits, '-', '_', '.', any non-ASCII) around a position, as a range; empty
// when there is none.
Range word_at(const TextDocument& doc, Position position, std::string& word);

}  // namespace journey::lsp
