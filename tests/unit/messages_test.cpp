// SPDX-License-Identifier: Apache-2.0
// Messages: placeholders filled by position, the language the environment asks for as gettext
// reads it, and Dutch from the compiled catalog (build/share/locale, found from the test's path).
#include <catch2/catch.hpp>

#include <cerrno>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>

#include "journey/messages.hpp"

using namespace journey;

namespace {

// Sets environment variables for one test and puts the old values back.
class Environment {
 public:
  void set(const char* name, const char* value) {
    if (saved_.count(name) == 0) {
      const char* old = std::getenv(name);
      saved_[name] = old ? std::optional<std::string>(old) : std::nullopt;
    }
    if (value) {
      ::setenv(name, value, 1);
    } else {
      ::unsetenv(name);
    }
  }
  ~Environment() {
    for (const auto& [name, value] : saved_) {
      if (value) {
        ::setenv(name.c_str(), value->c_str(), 1);
      } else {
        ::unsetenv(name.c_str());
      }
    }
  }

 private:
  std::map<std::string, std::optional<std::string>> saved_;
};

Language asked_for(const char* language, const char* lc_all, const char* lc_messages,
                   const char* lang) {
  Environment env;
  env.set("LANGUAGE", language);
  env.set("LC_ALL", lc_all);
  env.set("LC_MESSAGES", lc_messages);
  env.set("LANG", lang);
  return message_language_from_environment();
}

}  // namespace

TEST_CASE("placeholders are filled by position in any order", "[messages]") {
  CHECK(fill_placeholders("%1$s lists %2$s", {"checkout", "3 pains"}) == "checkout lists 3 pains");
  CHECK(fill_placeholders("%2$s in %1$s", {"checkout", "3 pains"}) == "3 pains in checkout");
  CHECK(fill_placeholders("%s and %s", {"a", "b"}) == "a and b");
  CHECK(fill_placeholders("50%% of %1$s", {"users"}) == "50% of users");
  CHECK(fill_placeholders("%3$s stays", {"a"}) == "%3$s stays");
  CHECK(fill_placeholders("%d is not ours", {"a"}) == "%d is not ours");
  CHECK(fill_placeholders("ends in %", {}) == "ends in %");
  // A % that is no placeholder takes no argument from the plain %s after it.
  CHECK(fill_placeholders("40% of %s", {"users"}) == "40% of users");
}

TEST_CASE("the environment's language is read as gettext reads it", "[messages]") {
  CHECK(asked_for(nullptr, nullptr, nullptr, nullptr) == Language::en);
  CHECK(asked_for(nullptr, nullptr, nullptr, "nl_NL.UTF-8") == Language::nl);
  CHECK(asked_for(nullptr, nullptr, "nl_BE.UTF-8", "en_US.UTF-8") == Language::nl);
  CHECK(asked_for(nullptr, "en_GB.UTF-8", "nl_NL.UTF-8", nullptr) == Language::en);
  // LANGUAGE first, its first language journey speaks; ignored in the C locale, as gettext does.
  CHECK(asked_for("fr:nl:en", nullptr, nullptr, "C.UTF-8") == Language::nl);
  CHECK(asked_for("en:nl", nullptr, nullptr, "nl_NL.UTF-8") == Language::en);
  CHECK(asked_for("nl", nullptr, nullptr, nullptr) == Language::en);
  CHECK(asked_for("nl", "C", nullptr, "nl_NL.UTF-8") == Language::en);
  CHECK(asked_for("de", nullptr, nullptr, "de_DE.UTF-8") == Language::en);
}

TEST_CASE("Dutch messages come from the catalog and English ones from the source", "[messages]") {
  use_message_language(Language::en);
  CHECK(translate_n("%1$s error", "%1$s errors", 1, 1) == "1 error");
  CHECK(translate_n("%1$s error", "%1$s errors", 3, 3) == "3 errors");
  CHECK(decimal(7.6, 1) == "7.6");
  {
    MessageLanguageScope dutch(Language::nl);
    CHECK(message_language() == Language::nl);
    CHECK(translate_n("%1$s error", "%1$s errors", 1, 1) == "1 fout");
    CHECK(translate_n("%1$s error", "%1$s errors", 3, 3) == "3 fouten");
    CHECK(decimal(7.6, 1) == "7,6");
  }
  CHECK(message_language() == Language::en);
  // English system errors stay English whatever the C library's catalogs hold.
  CHECK(std::string(error_text(ENOENT)) == "No such file or directory");
}
