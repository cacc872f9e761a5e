// SPDX-License-Identifier: Apache-2.0
#include "json.hpp"

#include <cmath>
#include <cstdio>

#include "journey/escape.hpp"

namespace journey::schema {

Json::Json(double n) : type_(Type::number) {
  char buffer[32];
  if (std::floor(n) == n && std::fabs(n) < 1e15) {
    std::snprintf(buffer, sizeof buffer, "%.0f", n);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.17g", n);
  }
  text_ = buffer;
}

Json::Json(std::initializer_list<Json> items) : type_(Type::array), items_(items) {}

Json Json::strings(const std::vector<std::string>& items) {
  Json out = array();
  for (const std::string& s : items) out.push(s);
  return out;
}

Json& Json::operator[](const std::string& key) {
  type_ = Type::object;
  for (auto& [k, v] : members_) {
    if (k == key) return v;
  }
  members_.emplace_back(key, Json());
  return members_.back().second;
}

bool Json::has(const std::string& key) const {
  for (const auto& member : members_) {
    if (member.first == key) return true;
  }
  return false;
}

Json& Json::push(Json value) {
  type_ = Type::array;
  items_.push_back(std::move(value));
  return items_.back();
}

std::string Json::dump() const {
  std::string out;
  write(out, 0);
  out += "\n";
  return out;
}

void Json::write(std::string& out, int indent) const {
  std::string pad(static_cast<std::size_t>(indent + 2), ' ');
  switch (type_) {
    case Type::null:
      out += "null";
      return;
    case Type::string:
      out += "\"" + json_escape(text_) + "\"";
      return;
    case Type::boolean:
    case Type::number:
      out += text_;
      return;
    case Type::array:
      if (items_.empty()) {
        out += "[]";
        return;
      }
      out += "[\n";
      for (std::size_t i = 0; i < items_.size(); ++i) {
        out += pad;
        items_[i].write(out, indent + 2);
        out += i + 1 < items_.size() ? ",\n" : "\n";
      }
      out += std::string(static_cast<std::size_t>(indent), ' ') + "]";
      return;
    case Type::object:
      if (members_.empty()) {
        out += "{}";
        return;
      }
      out += "{\n";
      for (std::size_t i = 0; i < members_.size(); ++i) {
        out += pad + "\"" + json_escape(members_[i].first) + "\": ";
        members_[i].second.write(out, indent + 2);
        out += i + 1 < members_.size() ? ",\n" : "\n";
      }
      out += std::string(static_cast<std::size_t>(indent), ' ') + "}";
      return;
  }
}

}  // namespace journey::schema
