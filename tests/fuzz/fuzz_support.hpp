// SPDX-License-Identifier: Apache-2.0
// Shared by the libFuzzer harnesses: bytes in, a linted journey out, output thrown away.
#pragma once

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <streambuf>
#include <string>

#include "journey/lint.hpp"

namespace journey_fuzz {

// Discards what is written, so that formatting runs in full without filling memory.
class NullBuffer final : public std::streambuf {
 protected:
  int overflow(int c) override { return c == traits_type::eof() ? 0 : c; }
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

inline std::ostream& sink() {
  static NullBuffer buffer;
  static std::ostream out(&buffer);
  return out;
}

inline journey::Analysis analyze(const std::uint8_t* data, std::size_t size,
                                 const char* name = "fuzz.journey.yaml") {
  static const journey::Config config = journey::default_config();
  journey::LintOptions options;
  journey::Date::parse("2026-11-23", options.today);
  std::string text(reinterpret_cast<const char*>(data), size);
  // A path in a folder that does not exist: relative model files resolve to nothing.
  return journey::analyze_source(journey::SourceText(name, std::move(text)),
                                 "/nonexistent-fuzz/fuzz.journey.yaml", config, options);
}

// Splits one input into two at the first "\n---8<---\n", for harnesses that take two files.
inline std::pair<std::string, std::string> split(const std::uint8_t* data, std::size_t size) {
  std::string all(reinterpret_cast<const char*>(data), size);
  const std::string cut = "\n---8<---\n";
  std::size_t at = all.find(cut);
  if (at == std::string::npos) return {all, all};
  return {all.substr(0, at), all.substr(at + cut.size())};
}

}  // namespace journey_fuzz
