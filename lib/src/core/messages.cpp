// SPDX-License-Identifier: Apache-2.0
#include "journey/messages.hpp"

#include <libintl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <locale.h>
#include <atomic>
#include <clocale>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "journey/numbers.hpp"

extern char** environ;

#ifndef JOURNEY_LOCALEDIR
#define JOURNEY_LOCALEDIR "/usr/share/locale"
#endif

namespace journey {

namespace {

constexpr const char* k_domain = "journey";
constexpr int k_no_scope = -1;

std::atomic<int> g_default_language{static_cast<int>(Language::en)};
std::atomic<bool> g_catalog_bound{false};
std::atomic<bool> g_insisted{false};
thread_local int t_scope_language = k_no_scope;
thread_local bool t_scope_insisted = false;
// LANGUAGE as the user set it, before use_message_language set it for the catalog.
bool g_language_was_set = false;
std::string g_language_before;

// The language a locale name or LANGUAGE entry names ("nl_BE.UTF-8" -> nl), false for others.
bool language_of_locale(const std::string& name, Language& out) {
  std::string code = name.substr(0, name.find_first_of("_.@"));
  return parse_language(code, out);
}

bool is_c_locale(const char* name) {
  return name == nullptr || *name == '\0' || std::strcmp(name, "C") == 0 ||
         std::strcmp(name, "POSIX") == 0;
}

const char* environment(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : nullptr;
}

// LC_ALL, else LC_MESSAGES, else LANG: the messages locale POSIX names.
const char* messages_locale_from_environment() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    if (const char* value = environment(name)) return value;
  }
  return nullptr;
}

bool has_catalog(const std::string& folder) {
  struct stat info {};
  std::string file = folder + "/nl/LC_MESSAGES/" + k_domain + ".mo";
  return ::stat(file.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

// The installed catalog's folder, found from the program's own path (a build tree keeps it in
// share/locale beside the programs' folders; a package in ../share/locale of bin/ or two levels
// up from libexec/journey/), else the configured prefix's.
std::string catalog_folder() {
  std::vector<char> self(4096);
  ssize_t length = ::readlink("/proc/self/exe", self.data(), self.size() - 1);
  if (length > 0) {
    std::string exe(self.data(), static_cast<std::size_t>(length));
    std::string dir = exe.substr(0, exe.rfind('/'));
    for (const char* up : {"/../share/locale", "/../../share/locale"}) {
      if (has_catalog(dir + up)) return dir + up;
    }
  }
  return JOURNEY_LOCALEDIR;
}

}  // namespace

Language message_language_from_environment() {
  const char* locale = messages_locale_from_environment();
  if (is_c_locale(locale)) return Language::en;  // gettext ignores LANGUAGE here too
  std::string list = environment("LANGUAGE") ? environment("LANGUAGE") : locale;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t end = list.find(':', start);
    if (end == std::string::npos) end = list.size();
    Language language = Language::en;
    if (language_of_locale(list.substr(start, end - start), language)) return language;
    start = end + 1;
  }
  return Language::en;
}

void use_message_language(Language language, bool insisted) {
  g_default_language = static_cast<int>(language);
  g_insisted = insisted;
  if (g_catalog_bound) return;
  // Readied whatever the default, as a journey's own `lang: nl` may ask for Dutch later. English
  // never asks gettext, so only the Dutch catalog must be found: by LANGUAGE, which gettext
  // ignores in the C locale (C.UTF-8 is built into glibc). Only LC_MESSAGES changes: numbers keep
  // their decimal point in every language.
  const char* current = std::setlocale(LC_MESSAGES, "");
  if (is_c_locale(current)) std::setlocale(LC_MESSAGES, "C.UTF-8");
  if (const char* before = std::getenv("LANGUAGE")) {
    g_language_was_set = true;
    g_language_before = before;
  }
  ::setenv("LANGUAGE", to_string(Language::nl), 1);
  ::bindtextdomain(k_domain, catalog_folder().c_str());
  ::bind_textdomain_codeset(k_domain, "UTF-8");
  g_catalog_bound = true;
}

bool message_language_insisted() {
  return t_scope_language != k_no_scope ? t_scope_insisted : g_insisted.load();
}

Language message_language_about(const std::string& journey_lang) {
  Language language = message_language();
  if (!message_language_insisted()) parse_language(journey_lang, language);
  return language;
}

ChildEnvironment::ChildEnvironment() {
  for (char** entry = environ; *entry != nullptr; ++entry) {
    bool language = std::strncmp(*entry, "LANGUAGE=", 9) == 0;
    if (!language || !g_catalog_bound) entries_.emplace_back(*entry);
  }
  if (g_catalog_bound && g_language_was_set) entries_.push_back("LANGUAGE=" + g_language_before);
  for (std::string& entry : entries_) pointers_.push_back(entry.data());
  pointers_.push_back(nullptr);
}

Language message_language() {
  if (t_scope_language != k_no_scope) return static_cast<Language>(t_scope_language);
  return static_cast<Language>(g_default_language.load());
}

MessageLanguageScope::MessageLanguageScope(Language language, bool insisted)
    : previous_(t_scope_language), previous_insisted_(t_scope_insisted) {
  bool inherited = message_language_insisted();  // a scope within an insisted one stays so
  t_scope_language = static_cast<int>(language);
  t_scope_insisted = insisted || inherited;
}

MessageLanguageScope::~MessageLanguageScope() {
  t_scope_language = previous_;
  t_scope_insisted = previous_insisted_;
}

const char* tr(const char* msgid) {
  if (message_language() == Language::en || !g_catalog_bound) return msgid;
  return ::dgettext(k_domain, msgid);
}

const char* trn(const char* singular, const char* plural, unsigned long n) {
  if (message_language() == Language::en || !g_catalog_bound) return n == 1 ? singular : plural;
  return ::dngettext(k_domain, singular, plural, n);
}

std::string fill_placeholders(const char* pattern, std::initializer_list<std::string_view> args) {
  std::string out;
  std::size_t next = 0;  // the argument a plain %s takes
  for (const char* p = pattern; *p != '\0'; ++p) {
    if (*p != '%') {
      out += *p;
      continue;
    }
    if (p[1] == '%') {
      out += '%';
      ++p;
      continue;
    }
    std::size_t index = next;
    const char* spec = p + 1;
    bool positional = spec[0] >= '1' && spec[0] <= '9' && spec[1] == '$';
    if (positional) {
      index = static_cast<std::size_t>(spec[0] - '1');
      spec += 2;
    }
    if (*spec != 's' || index >= args.size()) {
      out += *p;  // not a placeholder of ours: kept as written, and it takes no argument
      continue;
    }
    if (!positional) ++next;
    out += *(args.begin() + index);
    p = spec;
  }
  return out;
}

const char* error_text(int error_number) {
  if (message_language() == Language::nl) return std::strerror(error_number);
  static const locale_t c_locale = ::newlocale(LC_ALL_MASK, "C", static_cast<locale_t>(nullptr));
  return c_locale != nullptr ? ::strerror_l(error_number, c_locale) : std::strerror(error_number);
}

std::string decimal(double value, int digits) {
  return with_decimal_mark(format_fixed(value, digits), message_language());
}

}  // namespace journey
