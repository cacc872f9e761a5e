// SPDX-License-Identifier: Apache-2.0
#include "choices.hpp"

#include "journey/messages.hpp"
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
        // TRANSLATORS: %2$s names a value ("format", "view"); %3$s is "; did you mean 'x'?" or
        // nothing; %4$s lists the values.
        return translate("'%1$s' is not a %2$s%3$s (choose from %4$s)", value, tr(what.c_str()),
                         did_you_mean(suggestion), listed(values));
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
