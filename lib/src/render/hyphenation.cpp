// SPDX-License-Identifier: Apache-2.0
#include "hyphenation.hpp"

#include <hyphen.h>

#include <memory>
#include <mutex>

#include "journey/utf8.hpp"

namespace journey::render_detail {

namespace {

constexpr std::size_t k_longest_word = 200;  // bytes: longer ones are not looked up

struct DictionaryFree {
  void operator()(HyphenDict* d) const { hnj_hyphen_free(d); }
};
using Dictionary = std::unique_ptr<HyphenDict, DictionaryFree>;

const char* dictionary_path(Language language) {
  switch (language) {
    case Language::nl:
      return "/usr/share/hyphen/hyph_nl_NL.dic";
    case Language::en:
      break;
  }
  return "/usr/share/hyphen/hyph_en_US.dic";
}

// The patterns of a language, loaded once (null when not installed). libhyphen only reads a
// dictionary while hyphenating, so threads share it.
const HyphenDict* dictionary(Language language) {
  static std::once_flag once[2];
  static Dictionary loaded[2];
  auto k = static_cast<std::size_t>(language);
  std::call_once(once[k], [&] { loaded[k].reset(hnj_hyphen_load(dictionary_path(language))); });
  return loaded[k].get();
}

bool is_letter(unsigned cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
         (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}

unsigned lower(unsigned cp) {
  if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)) return cp + 0x20;
  return cp;
}

// The hyphenation points of a run of letters (`starts`: the byte offset in the word of each
// letter), as offsets in the word.
void letter_points(const HyphenDict* dict, const std::vector<unsigned>& letters,
                   const std::vector<std::size_t>& starts, std::vector<BreakPoint>& out) {
  if (letters.size() < 5 || letters.size() > k_longest_word) return;
  // The dictionary's encoding: UTF-8, or one byte per letter (ISO 8859-1).
  std::string encoded;
  std::vector<std::size_t> letter_end;  // encoded byte offset after each letter
  for (unsigned cp : letters) {
    if (dict->utf8) {
      append_utf8(encoded, lower(cp));
    } else {
      if (cp > 0xFF) return;
      encoded += static_cast<char>(lower(cp));
    }
    letter_end.push_back(encoded.size());
  }
  std::vector<char> hyphens(encoded.size() + 5, '0');
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  if (hnj_hyphen_hyphenate3(const_cast<HyphenDict*>(dict), encoded.data(),
                            static_cast<int>(encoded.size()), hyphens.data(), nullptr, &rep, &pos,
                            &cut, 2, 3, 2, 2) == 0) {
    for (std::size_t k = 0; k + 1 < letters.size(); ++k) {
      std::size_t byte = letter_end[k] - 1;
      // A non-standard point (Dutch "omaatje" -> "oma-tje") changes letters: left out.
      bool replaced = rep != nullptr && rep[byte] != nullptr;
      if ((hyphens[byte] & 1) && !replaced) out.push_back({starts[k + 1], true});
    }
  }
  if (rep != nullptr) {
    for (std::size_t i = 0; i < encoded.size(); ++i) free(rep[i]);
  }
  free(rep);
  free(pos);
  free(cut);
}

}  // namespace

bool has_hyphenation(Language language) {
  return dictionary(language) != nullptr;
}

std::vector<BreakPoint> break_points(std::string_view word, Language language) {
  const HyphenDict* dict = dictionary(language);
  std::vector<BreakPoint> out;
  std::vector<unsigned> letters;
  std::vector<std::size_t> starts;
  auto flush = [&] {
    if (dict != nullptr) letter_points(dict, letters, starts, out);
    letters.clear();
    starts.clear();
  };
  for (std::size_t i = 0; i < word.size();) {
    std::size_t start = i;
    unsigned cp = next_code_point(word, i);
    if (is_letter(cp)) {
      letters.push_back(cp);
      starts.push_back(start);
      continue;
    }
    flush();
    if ((cp == '-' || cp == '/') && start > 0 && i < word.size()) out.push_back({i, false});
  }
  flush();
  return out;
}

}  // namespace journey::render_detail
