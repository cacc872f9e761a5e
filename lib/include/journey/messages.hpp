// SPDX-License-Identifier: Apache-2.0
// Messages in the reader's language, through GNU gettext: every sentence lint, diff, score and the
// commands print is written in English in the source, marked with tr/translate/translate_n, found
// by xgettext into po/journey.pot and translated in po/nl.po (compiled to journey.mo). English
// never goes through gettext; Dutch does, so the words and plurals come from the catalog.
//
// The language is per thread: a process-wide default (from --lang, the configuration or the
// environment: LANGUAGE, LC_ALL, LC_MESSAGES, LANG as gettext reads them), which a
// MessageLanguageScope overrides while one journey with its own `lang:` is linted.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "journey/words.hpp"

namespace journey {

// The language the environment asks for, as gettext would read it: the first of LANGUAGE's list
// (ignored when the messages locale is C or POSIX, as gettext does), else LC_ALL, LC_MESSAGES or
// LANG, that is English or Dutch; English otherwise.
Language message_language_from_environment();

// Sets the process's default message language and, the first time, readies gettext for Dutch (the
// catalog's folder, UTF-8 output, LANGUAGE and a messages locale gettext does not ignore). Call it
// at start, before threads: it sets the environment. `insisted`: the user asked for it (--lang),
// so that neither a journey's lang: nor a configuration's changes it (message_language_for).
void use_message_language(Language language, bool insisted = false);
// Whether this thread's language is insisted on: by its scope, else by the process (--lang).
bool message_language_insisted();

// The language of this thread's messages: a scope's, else the process's default.
Language message_language();

// While alive, this thread's messages are in `language` (nested scopes restore on exit);
// `insisted`: a journey's lang: does not change it either (a report site speaks one language); a
// scope opened while the thread's language is insisted on is insisted on too.
class MessageLanguageScope {
 public:
  explicit MessageLanguageScope(Language language, bool insisted = false);
  ~MessageLanguageScope();
  MessageLanguageScope(const MessageLanguageScope&) = delete;
  MessageLanguageScope& operator=(const MessageLanguageScope&) = delete;

 private:
  int previous_;
  bool previous_insisted_;
};

// The language of the messages about a journey whose lang: is `journey_lang`: this thread's when
// insisted on, else the journey's when it names one, else this thread's.
Language message_language_about(const std::string& journey_lang);

// Marks a string for the catalog without translating it (tables of messages); pass it through
// tr() where it is shown.
constexpr const char* noop_tr(const char* msgid) {
  return msgid;
}

// msgid in this thread's language (msgid itself in English or without a catalog).
const char* tr(const char* msgid);
// The singular or plural form for n, as ngettext chooses it (English: singular for exactly 1).
const char* trn(const char* singular, const char* plural, unsigned long n);

// Fills a pattern's placeholders: %1$s .. %9$s by position (a translation may reorder them),
// plain %s in order, %% for a percent sign. A missing argument is left as written.
std::string fill_placeholders(const char* pattern, std::initializer_list<std::string_view> args);

namespace message_detail {
inline std::string_view as_text(const std::string& s) {
  return s;
}
inline std::string_view as_text(std::string_view s) {
  return s;
}
inline std::string_view as_text(const char* s) {
  return s;
}
// Numbers are formatted by the caller (whole counts may come as integers).
template <typename Int, typename = std::enable_if_t<std::is_integral_v<Int>>>
std::string as_text(Int n) {
  return std::to_string(n);
}
}  // namespace message_detail

// translate("touchpoint %1$s has no channel", label) == tr(pattern) with its placeholders filled.
template <typename... Args>
std::string translate(const char* pattern, const Args&... args) {
  return fill_placeholders(tr(pattern), {std::string_view(message_detail::as_text(args))...});
}

// The plural-aware form: translate_n("%1$s pain", "%1$s pains", n, n) == "1 pain", "3 pains".
template <typename... Args>
std::string translate_n(const char* singular, const char* plural, unsigned long n,
                        const Args&... args) {
  return fill_placeholders(trn(singular, plural, n),
                           {std::string_view(message_detail::as_text(args))...});
}

// The environment for the programs journey starts (git, journey-serve, xdg-open): this process's,
// with LANGUAGE as it was before use_message_language set it, as a null-terminated array that
// lives as long as the object.
class ChildEnvironment {
 public:
  ChildEnvironment();
  char* const* get() const { return pointers_.data(); }

 private:
  std::vector<std::string> entries_;
  std::vector<char*> pointers_;
};

// strerror's text in this thread's language: the C library's own catalog follows LANGUAGE, which
// use_message_language sets for Dutch, so English messages ask for the C locale's text.
const char* error_text(int error_number);

// A number with `digits` decimals and this thread's decimal mark ("7.6", Dutch "7,6").
std::string decimal(double value, int digits);

}  // namespace journey
