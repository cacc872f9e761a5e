// SPDX-License-Identifier: Apache-2.0
#include "choices.hpp"

#include "journey/suggest.hpp"

namespace journey::cli {

namespace {

std::map<const CLI::Option*, std::vector<std::string>>& registry() {
  static std::map<const CLI::Option*, std::vector<std::string>> choices;
  return choices;
}

std::string listed(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : ", ") + v;
  return out;
}

}  // namespace

CLI::Option* one_of(CLI::Option* option, std::vector<std::string> values, const std::string& what) {
  registry()[option] = values;
  CLI::Validator check(
      [values, what](std::string& value) -> std::string {
        for (const auto& v : values) {
          if (v == value) return {};
        }
        std::string suggestion = closest_match(value, values);
        return "'" + value + "' is not a " + what + did_you_mean(suggestion) + " (choose from " +
               listed(values) + ")";
      },
      listed(values));
  return option->check(check);
}

const std::vector<std::string>& choices_of(const CLI::Option* option) {
  static const std::vector<std::string> none;
  auto it = registry().find(option);
  return it == registry().end() ? none : it->second;
}

}  // namespace journey::cli
