// SPDX-License-Identifier: Apache-2.0
// A JSON value with ordered keys, printed with two-space indentation: enough to build schemas
// that read well and come out byte-identical on every run.
#pragma once

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace journey::schema {

class Json {
 public:
  static Json object() { return Json(Type::object); }
  static Json array() { return Json(Type::array); }
  Json() : Json(Type::null) {}
  Json(const char* s) : type_(Type::string), text_(s) {}  // NOLINT: literals read as strings
  Json(std::string s) : type_(Type::string), text_(std::move(s)) {}    // NOLINT
  Json(bool b) : type_(Type::boolean), text_(b ? "true" : "false") {}  // NOLINT
  Json(double n);                                                      // NOLINT
  Json(int n) : Json(static_cast<double>(n)) {}                        // NOLINT
  Json(std::initializer_list<Json> items);                             // an array
  static Json strings(const std::vector<std::string>& items);

  // Objects: sets `key` (replacing it where present, else appending); returns the value.
  Json& operator[](const std::string& key);
  bool has(const std::string& key) const;
  // Arrays: appends.
  Json& push(Json value);
  bool empty() const { return members_.empty() && items_.empty(); }

  std::string dump() const;

 private:
  enum class Type { null, boolean, number, string, array, object };
  explicit Json(Type type) : type_(type) {}
  void write(std::string& out, int indent) const;

  Type type_;
  std::string text_;  // a string's text, a number's or a boolean's JSON
  std::vector<Json> items_;
  std::vector<std::pair<std::string, Json>> members_;
};

}  // namespace journey::schema
