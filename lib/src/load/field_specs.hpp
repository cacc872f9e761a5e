// SPDX-License-Identifier: Apache-2.0
// Building blocks of the field tables (fields.cpp, lanes.cpp): value specs and fields in a few
// words each, so that a table reads as the format does.
#pragma once

#include "journey/fields.hpp"

namespace journey::load {

using Kind = ValueSpec::Kind;
using Keys = ValueSpec::Keys;

inline ValueSpec of(Kind kind) {
  ValueSpec v;
  v.kind = kind;
  return v;
}

inline ValueSpec text() {
  return of(Kind::text);
}

inline ValueSpec choice(std::vector<std::string> choices) {
  ValueSpec v = text();
  v.choices = std::move(choices);
  return v;
}

inline ValueSpec number(std::optional<double> minimum = {}, std::optional<double> maximum = {}) {
  ValueSpec v = of(Kind::number);
  v.minimum = minimum;
  v.maximum = maximum;
  return v;
}

inline ValueSpec integer(double minimum, double maximum) {
  ValueSpec v = number(minimum, maximum);
  v.kind = Kind::integer;
  return v;
}

inline ValueSpec list(ValueSpec items) {
  ValueSpec v = of(Kind::list);
  v.items = std::make_shared<const ValueSpec>(std::move(items));
  return v;
}

inline ValueSpec map(Keys keys, ValueSpec values) {
  ValueSpec v = of(Kind::map);
  v.keys = keys;
  v.items = std::make_shared<const ValueSpec>(std::move(values));
  return v;
}

inline ValueSpec object(const Shape& shape) {
  ValueSpec v = of(Kind::object);
  v.shape = &shape;
  return v;
}

inline ValueSpec any_of(std::vector<ValueSpec> alternatives) {
  ValueSpec v = of(Kind::any_of);
  v.alternatives = std::move(alternatives);
  return v;
}

// Lists and maps read as empty when nothing follows the key ("pains:" while writing).
inline ValueSpec or_empty(ValueSpec v) {
  return any_of({of(Kind::null), std::move(v)});
}

inline ValueSpec texts() {
  return or_empty(list(text()));
}

inline ValueSpec ids() {
  return or_empty(list(of(Kind::identifier)));
}

inline FieldSpec required(std::string key, ValueSpec value, std::string description) {
  return FieldSpec{std::move(key), std::move(value), true, std::move(description)};
}

inline FieldSpec optional(std::string key, ValueSpec value, std::string description) {
  return FieldSpec{std::move(key), std::move(value), false, std::move(description)};
}

}  // namespace journey::load
