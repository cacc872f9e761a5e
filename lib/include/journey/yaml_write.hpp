// SPDX-License-Identifier: Apache-2.0
// Writing YAML by hand (imports, scaffolds): strings as scalars that read back as exactly the
// string they were, whatever it holds.
#pragma once

#include <string>
#include <string_view>

namespace journey {

// `text` as one YAML scalar that every YAML reader (1.1 or 1.2, yaml-cpp, PyYAML, js-yaml) reads
// back as the same string, never as a number, boolean, null, date, alias, tag, comment or flow
// collection, whether it is written as a key or a value, in block or in flow context
// (`[a, b]`). Plain when that is unambiguous (`Landing page`, `Oriëntatie`), double-quoted with
// escapes otherwise (`"Step 1: order"`, `"yes"`, `"42"`, `""`). The result never spans lines:
// line breaks and control characters are escaped (`\n`, `\x1B`), and so are bidirectional
// controls and line separators, which would hide text in an editor. Bytes that are not UTF-8
// cannot be held by YAML and are written as U+FFFD.
std::string yaml_scalar(std::string_view text);

// The same text, always double-quoted: for values that should look like strings to a reader even
// when plain would do.
std::string yaml_quoted(std::string_view text);

}  // namespace journey
