// SPDX-License-Identifier: Apache-2.0
#include "json_tree.hpp"

#include <nlohmann/json.hpp>

#include "journey/messages.hpp"

namespace journey::funnel {

namespace {

using json = nlohmann::json;

// A pointer into the text that tells how far the parser has read: nlohmann's SAX calls carry no
// positions, but every value has been read to its end (a number one character past) when its
// call comes.
class CountingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  CountingIterator(const char* p, const char* base, std::size_t* read)
      : p_(p), base_(base), read_(read) {}
  reference operator*() const { return *p_; }
  CountingIterator& operator++() {
    ++p_;
    *read_ = static_cast<std::size_t>(p_ - base_);
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator old = *this;
    ++*this;
    return old;
  }
  bool operator==(const CountingIterator& o) const { return p_ == o.p_; }
  bool operator!=(const CountingIterator& o) const { return p_ != o.p_; }

 private:
  const char* p_;
  const char* base_;
  std::size_t* read_;
};

bool number_char(char c) {
  return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

class TreeBuilder : public nlohmann::json_sax<json> {
 public:
  TreeBuilder(const std::string& text, const std::size_t& read, JsonDocument& doc)
      : text_(text), read_(read), doc_(doc) {}

  bool null() override { return scalar(JsonValue::Kind::null, 0, read_ - 4); }
  bool boolean(bool v) override {
    return scalar(JsonValue::Kind::boolean, v ? 1 : 0, read_ - (v ? 4 : 5));
  }
  bool number_integer(number_integer_t v) override { return number(static_cast<double>(v)); }
  bool number_unsigned(number_unsigned_t v) override { return number(static_cast<double>(v)); }
  bool number_float(number_float_t v, const string_t&) override { return number(v); }
  bool string(string_t& v) override {
    JsonValue value;
    value.kind = JsonValue::Kind::string;
    value.text = std::move(v);
    value.end = read_;
    value.begin = string_begin(read_);
    return add(std::move(value));
  }
  bool binary(binary_t&) override { return false; }  // not in JSON text
  bool start_object(std::size_t) override { return open(JsonValue::Kind::object); }
  bool start_array(std::size_t) override { return open(JsonValue::Kind::array); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool key(string_t& k) override {
    key_ = std::move(k);
    key_begin_ = string_begin(read_);
    has_key_ = true;
    return true;
  }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    std::string what = ex.what();
    std::size_t colon = what.find(": ", what.find("column"));
    doc_.error = translate("not valid JSON: %1$s",
                           colon == std::string::npos ? what : what.substr(colon + 2));
    doc_.error_offset = position > 0 ? position - 1 : 0;
    return false;
  }

 private:
  bool number(double v) {
    std::size_t end = std::min(read_, text_.size());
    while (end > 0 && !number_char(text_[end - 1])) --end;
    std::size_t begin = end;
    while (begin > 0 && number_char(text_[begin - 1])) --begin;
    return scalar(JsonValue::Kind::number, v, begin, end);
  }
  bool scalar(JsonValue::Kind kind, double v, std::size_t begin, std::size_t end = 0) {
    JsonValue value;
    value.kind = kind;
    value.number = v;
    value.begin = begin;
    value.end = end == 0 ? read_ : end;
    return add(std::move(value));
  }
  // The opening quote of the string that ends (after its closing quote) at `end`: the first
  // quote before it that no backslash escapes.
  std::size_t string_begin(std::size_t end) const {
    if (end < 2 || end > text_.size()) return 0;
    for (std::size_t i = end - 1; i-- > 0;) {
      if (text_[i] != '"') continue;
      std::size_t slashes = 0;
      while (slashes < i && text_[i - 1 - slashes] == '\\') ++slashes;
      if (slashes % 2 == 0) return i;
    }
    return 0;
  }
  bool add(JsonValue value) {
    if (doc_.values.size() >= k_max_json_values) {
      return fail(translate("the JSON is more than %1$s values; the limit keeps hostile files out",
                            k_max_json_values));
    }
    if (has_key_) value.key_begin = key_begin_;
    std::size_t index = doc_.values.size();
    if (!open_.empty()) doc_.values[open_.back()].items.push_back(index);
    member_keys_.push_back(has_key_ ? std::move(key_) : std::string());
    has_key_ = false;
    doc_.values.push_back(std::move(value));
    return true;
  }
  bool open(JsonValue::Kind kind) {
    if (open_.size() >= static_cast<std::size_t>(k_max_json_depth)) {
      return fail(
          translate("the JSON is nested deeper than %1$s levels; the limit keeps hostile files out",
                    k_max_json_depth));
    }
    if (!scalar(kind, 0, read_ - 1)) return false;
    open_.push_back(doc_.values.size() - 1);
    return true;
  }
  bool close() {
    doc_.values[open_.back()].end = read_;
    open_.pop_back();
    return true;
  }
  bool fail(std::string message) {
    doc_.error = std::move(message);
    doc_.error_offset = read_ > 0 ? read_ - 1 : 0;
    return false;
  }

  const std::string& text_;
  const std::size_t& read_;
  JsonDocument& doc_;
  std::vector<std::size_t> open_;

 public:
  std::vector<std::string> member_keys_;  // per value: its key in the object that holds it

 private:
  std::string key_;
  std::size_t key_begin_ = 0;
  bool has_key_ = false;
};

}  // namespace

const JsonValue* JsonDocument::member(const JsonValue& object, const std::string& key) const {
  if (object.kind != JsonValue::Kind::object) return nullptr;
  for (std::size_t i : object.items) {
    if (keys[i] == key) return &values[i];
  }
  return nullptr;
}

JsonDocument parse_json(const SourceText& source) {
  JsonDocument doc;
  const std::string& text = source.text();
  std::size_t read = 0;
  TreeBuilder builder(text, read, doc);
  CountingIterator first(text.data(), text.data(), &read);
  CountingIterator last(text.data() + text.size(), text.data(), &read);
  doc.ok = json::sax_parse(first, last, &builder) && !doc.values.empty();
  doc.keys = std::move(builder.member_keys_);
  if (!doc.ok && doc.error.empty()) doc.error = tr("not valid JSON: the file holds no value");
  return doc;
}

SourceSpan span_of(const SourceText& source, std::size_t begin, std::size_t end) {
  SourceSpan s;
  source.position_of(begin, s.line, s.column);
  source.position_of(end, s.end_line, s.end_column);
  return s;
}

}  // namespace journey::funnel
