// SPDX-License-Identifier: Apache-2.0
#include "summary.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <set>
#include <type_traits>

namespace journey::site {

namespace {

// One list of fields serves both directions: the encoder reads them, the decoder fills them.
template <class A, class F>
void visit_figures(A& a, F& f) {
  a(f.touchpoints), a(f.has_emotion), a(f.mean_emotion), a(f.pains), a(f.kpis_judged),
      a(f.kpis_met);
}
template <class A>
void visit(A& a, Count& c) {
  a(c.name), a(c.touchpoints);
}
template <class A>
void visit(A& a, PainEntry& p) {
  a(p.key), a(p.text), a(p.touchpoint), a(p.anchor);
}
template <class A>
void visit(A& a, LowPoint& p) {
  a(p.emotion), a(p.touchpoint), a(p.anchor), a(p.persona), a(p.phase);
}
template <class A>
void visit(A& a, FunnelLeak& l) {
  a(l.funnel), a(l.from), a(l.to), a(l.anchor), a(l.lost), a(l.share), a(l.opportunity);
}
template <class A>
void visit(A& a, Summary& s) {
  a(s.index), a(s.file), a(s.slug), a(s.error), a(s.loaded), a(s.scored), a(s.title), a(s.model);
  a(s.model_name), a(s.state), a(s.owner), a(s.reviewed), a(s.stale), a(s.personas), a(s.score);
  a(s.has_trend), a(s.previous_score), a(s.previous_label), a(s.errors), a(s.warnings);
  a(s.infos);
  visit_figures(a, s.figures);
  a(s.channels), a(s.owners), a(s.pains), a(s.low_points), a(s.notes), a(s.diagrams), a(s.reused);
  a(s.leaks);
}

struct Encoder {
  std::string out;
  void raw(const void* data, std::size_t n) { out.append(static_cast<const char*>(data), n); }
  void operator()(const std::string& s) {
    (*this)(static_cast<std::uint64_t>(s.size()));
    out += s;
  }
  template <class T>
  void operator()(const std::vector<T>& list) {
    (*this)(static_cast<std::uint64_t>(list.size()));
    for (const T& item : list) {
      if constexpr (std::is_same_v<T, std::string>) {
        (*this)(item);
      } else {
        visit(*this, const_cast<T&>(item));
      }
    }
  }
  template <class T, class = std::enable_if_t<std::is_arithmetic_v<T>>>
  void operator()(const T& value) {
    raw(&value, sizeof value);
  }
};

struct Decoder {
  const std::string& in;
  std::size_t at = 0;
  bool ok = true;
  bool raw(void* data, std::size_t n) {
    if (!ok || in.size() - at < n) return ok = false;
    std::memcpy(data, in.data() + at, n);
    at += n;
    return true;
  }
  void operator()(std::string& s) {
    std::uint64_t n = 0;
    (*this)(n);
    if (!ok || in.size() - at < n) {
      ok = false;
      return;
    }
    s.assign(in, at, static_cast<std::size_t>(n));
    at += static_cast<std::size_t>(n);
  }
  template <class T>
  void operator()(std::vector<T>& list) {
    std::uint64_t n = 0;
    (*this)(n);
    // Each item takes at least a byte: a corrupt count cannot make us allocate terabytes.
    if (!ok || n > in.size() - at) {
      ok = false;
      return;
    }
    list.resize(static_cast<std::size_t>(n));
    for (T& item : list) {
      if constexpr (std::is_same_v<T, std::string>) {
        (*this)(item);
      } else {
        visit(*this, item);
      }
    }
  }
  template <class T, class = std::enable_if_t<std::is_arithmetic_v<T>>>
  void operator()(T& value) {
    raw(&value, sizeof value);
  }
};

bool small_word(const std::string& word) {
  static const std::set<std::string> words = {
      "a",  "an", "the", "to",  "of",   "in",  "on",  "at",  "for", "and", "or",
      "is", "it", "be",  "by",  "with", "de",  "het", "een", "en",  "van", "te",
      "op", "er", "om",  "aan", "voor", "met", "bij", "dat", "die", "nog", "niet"};
  return words.count(word) != 0;
}

}  // namespace

std::string encode(const Summary& summary) {
  Encoder e;
  visit(e, const_cast<Summary&>(summary));
  return e.out;
}

bool decode(const std::string& bytes, Summary& out) {
  Decoder d{bytes};
  visit(d, out);
  return d.ok && d.at == bytes.size();
}

std::string pain_key(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
    if (!word.empty() && !small_word(word)) words.push_back(word);
    word.clear();
  };
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 0x80 || std::isalnum(c)) {
      word += static_cast<char>(c < 0x80 ? std::tolower(c) : c);
    } else {
      flush();
    }
  }
  flush();
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  std::string key;
  for (const auto& w : words) key += (key.empty() ? "" : " ") + w;
  return key;
}

}  // namespace journey::site
