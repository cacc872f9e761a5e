// SPDX-License-Identifier: Apache-2.0
#include "app.hpp"

#include "serve/serve.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "choices.hpp"
#include "journey/escape.hpp"
#include "journey/lint.hpp"
#include "journey/messages.hpp"
#include "journey/suggest.hpp"
#include "journey/version.hpp"
#include "output.hpp"

namespace journey::cli {

bool use_color(const std::string& mode, bool is_terminal) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  const char* force = std::getenv("FORCE_COLOR");
  if (force != nullptr && *force != '\0' && std::string(force) != "0") return true;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::string(term) == "dumb") return false;
  return is_terminal;
}

void add_color_option(CLI::App* command, std::string& mode, const std::string& what) {
  one_of(command->add_option("--color", mode, what + " [default: auto]"),
         {"auto", "always", "never"}, noop_tr("colour mode"));
}

bool color_on_stderr(const std::string& mode) {
  return use_color(mode, isatty(STDERR_FILENO) != 0);
}

void add_allow_path_option(CLI::App* command, std::vector<std::string>& allowed) {
  command
      ->add_option("--allow-path", allowed,
                   "Let journeys and configurations name files in DIR too (catalogs, data files, "
                   "models), besides their own repository; repeatable")
      ->type_name("DIR")
      ->check(CLI::ExistingDirectory);
}

Language language_of(const std::string& lang) {
  Language language = Language::en;
  parse_language(lang, language);
  return language;
}

void add_lang_option(CLI::App* command, std::string& lang, const std::string& what) {
  one_of(command->add_option("--lang", lang, what), {"en", "nl"}, noop_tr("language"));
}

void use_configured_language(const Config& config) {
  Language language = message_language();
  if (!message_language_insisted() && parse_language(config.lang, language)) {
    use_message_language(language);
  }
}

void use_language_of(const Journey* journey, const Config& config) {
  if (!message_language_insisted()) {
    use_message_language(message_language_for({}, journey, config));
  }
}

int no_journey_files(const std::string& command, const std::vector<std::string>& paths) {
  std::string where;
  for (const auto& p : paths) where += (where.empty() ? "" : ", ") + p;
  error_out(command) << translate("no journey files (*.journey.yaml, *.journey.yml) found in %1$s",
                                  where)
                     << "\n";
  return k_exit_trouble;
}

std::string read_stdin() {
  std::ostringstream buffer;
  buffer << std::cin.rdbuf();
  return buffer.str();
}

namespace {

// Everything on stderr names files and quotes journeys: control characters are shown escaped
// (see terminal_text), so that no file can drive the terminal or the CI log through an error
// message. Line breaks pass; a UTF-8 sequence split between writes waits for its end.
class EscapingBuffer final : public std::streambuf {
 public:
  explicit EscapingBuffer(std::streambuf* target) : target_(target) {}

 protected:
  int overflow(int c) override {
    if (c != traits_type::eof()) pending_ += static_cast<char>(c);
    return c == traits_type::eof() ? 0 : c;
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    pending_.append(s, static_cast<std::size_t>(n));
    return n;
  }
  int sync() override {
    std::size_t complete = pending_.size();
    std::size_t back = 0;  // an unfinished UTF-8 sequence at the end stays pending
    while (back < 3 && back < complete &&
           (static_cast<unsigned char>(pending_[complete - 1 - back]) & 0xC0) == 0x80) {
      ++back;
    }
    if (back < complete && static_cast<unsigned char>(pending_[complete - 1 - back]) >= 0xC0) {
      complete -= back + 1;
    }
    std::string shown = terminal_text(std::string_view(pending_).substr(0, complete), true);
    pending_.erase(0, complete);
    target_->sputn(shown.data(), static_cast<std::streamsize>(shown.size()));
    return target_->pubsync();
  }

 private:
  std::streambuf* target_;
  std::string pending_;
};

// The app with every subcommand; `action` is set to what runs after a successful parse.
void build_app(CLI::App& app, Action& action) {
  app.set_version_flag("-V,--version", std::string("journey ") + k_version);
  app.require_subcommand(1);
  app.fallthrough(false);
  app.footer(
      "Exit codes: 0 done, nothing to fail on; 1 something to fail on (findings, lint errors,\n"
      "a score below its gate, differences); 2 the command could not do its job (usage,\n"
      "configuration, a missing path or no journey files, unreadable input).\n"
      "See 'journey COMMAND --help' and man journey(1), EXIT STATUS.\n");
  add_init_command(app, action);
  add_lint_command(app, action);
  add_diff_command(app, action);
  add_render_command(app, action);
  add_import_command(app, action);
  add_score_command(app, action);
  add_funnel_command(app, action);
  add_report_command(app, action);
  add_models_command(app, action);
  add_rules_command(app, action);
  add_textconv_command(app, action);
  add_schema_command(app, action);
  add_lsp_command(app, action);
  add_serve_command(app, action);
  add_completion_command(app, action);
}

// `journey` alone: the short usage, as git and ruff print it.
void print_usage(const CLI::App& app) {
  std::cout << "usage: journey [--version] [--help] COMMAND [ARGS]\n\ncommands:\n";
  for (const CLI::App* sub : app.get_subcommands({})) {
    std::cout << "  " << std::left << std::setw(12) << sub->get_name() << sub->get_description()
              << "\n";
  }
  std::cout << "\nSee 'journey COMMAND --help' for one, and man journey(1).\n";
}

// An unknown command: its nearest name, as git says "did you mean".
std::string unknown_command(const CLI::App& app, const std::string& word) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
  std::string suggestion = closest_match(word, names);
  // TRANSLATORS: %2$s is "; did you mean 'x'?" or this hint.
  return translate("unknown command '%1$s'%2$s", word,
                   did_you_mean(suggestion, tr("; 'journey --help' lists the commands")));
}

// The command being parsed: the deepest subcommand on the command line ("journey models show").
const CLI::App* command_of(const CLI::App& app, std::string& name) {
  const CLI::App* at = &app;
  name = "journey";
  while (!at->get_subcommands().empty()) {
    at = at->get_subcommands().front();
    name += " " + at->get_name();
  }
  return at;
}

// What CLI11 says as "The following arguments were not expected: json --format", said with the
// command's name and, for an option, the nearest option it has.
void explain_extras(const CLI::App& app) {
  std::string name;
  const CLI::App* deepest = command_of(app, name);
  std::string command = name.substr(std::string("journey").size());
  if (!command.empty()) command.erase(0, 1);
  // The options valid here: the command's own, and its parents' only where it falls through to
  // them (`journey render -V` is no version flag, so -V is no suggestion for it).
  std::vector<std::string> options;
  for (const CLI::App* at = deepest; at != nullptr;
       at = at->get_fallthrough() ? at->get_parent() : nullptr) {
    for (const CLI::Option* opt : at->get_options()) {
      for (const auto& l : opt->get_lnames()) options.push_back("--" + l);
      for (const auto& s : opt->get_snames()) options.push_back("-" + s);
    }
  }
  bool after_option = false;  // a word after an unknown option is taken as its value
  for (const std::string& arg : app.remaining(true)) {
    std::string word = arg.substr(0, arg.find('='));
    if (word.size() < 2 || word[0] != '-') {
      if (!after_option) error_out(command) << translate("unexpected argument '%1$s'", arg) << "\n";
      after_option = false;
      continue;
    }
    after_option = word == arg;
    // Any one letter is one edit from any other: a short option gets no guess.
    std::string suggestion = word.size() > 2 ? closest_match(word, options) : std::string();
    // TRANSLATORS: %2$s is "; did you mean 'x'?" or nothing.
    error_out(command) << translate("unknown option '%1$s'%2$s", word, did_you_mean(suggestion))
                       << "\n";
  }
  std::cerr << translate("See '%1$s --help' for its options.", name) << "\n";
}

char** command_line = nullptr;  // for serve's hand-over (serve/serve.hpp)

// The language of the messages: --lang when the command line has it (read before parsing, so that
// parse errors speak it too; it outranks journeys and configurations), else the environment's
// until a configuration or a journey says otherwise.
void use_language_asked(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") break;
    std::string value = arg == "--lang" && i + 1 < argc ? argv[i + 1]
                        : arg.rfind("--lang=", 0) == 0  ? arg.substr(7)
                                                        : std::string();
    Language language = Language::en;
    if (parse_language(value, language)) return use_message_language(language, true);
  }
  use_message_language(message_language_from_environment());
}

}  // namespace

void remember_command_line(char** argv) {
  command_line = argv;
}

char** remembered_command_line() {
  return command_line;
}

int run(int argc, char** argv) {
  remember_command_line(argv);
  use_language_asked(argc, argv);
  // Reports can be large; C stdio synchronisation would make every << a locked write.
  std::ios::sync_with_stdio(false);
  EscapingBuffer escaping(std::cerr.rdbuf());
  std::streambuf* original = std::cerr.rdbuf(&escaping);
  struct Restore {
    std::streambuf* original;
    ~Restore() {
      std::cerr.flush();
      std::cerr.rdbuf(original);
    }
  } restore{original};
  CLI::App app{
      "journey: customer journey maps as code.\n\n"
      "Keep journey maps as YAML in git, lint them against a journey model (See-Think-Do-Care,\n"
      "AIDA, the five-stage model, McKinsey's decision journey or your own), and use the\n"
      "results in CI.\n\n"
      "Examples:\n"
      "  journey init shop.journey.yaml          start a journey from a model's template\n"
      "  journey lint examples/                  lint every *.journey.yaml below a directory\n"
      "  journey lint --format sarif -o out.sarif .\n"
      "  journey rules pain-without-opportunity  explain a rule\n"
      "  journey models show five-stage          print a model, a start for your own\n",
      "journey"};
  Action action;
  build_app(app, action);
  // CLI11's own errors stay as it writes them; the line after them speaks the user's language.
  app.failure_message([](const CLI::App*, const CLI::Error& e) {
    return std::string(e.what()) + "\n" + tr("Run with --help for more information.") + "\n";
  });
  if (argc < 2) {
    print_usage(app);
    return k_exit_trouble;
  }
  std::string first = argv[1];
  auto subcommands = app.get_subcommands({});
  bool known = std::any_of(subcommands.begin(), subcommands.end(),
                           [&](const CLI::App* sub) { return sub->get_name() == first; });
  if (!first.empty() && first[0] != '-' && !known) {
    error_out("") << unknown_command(app, first) << "\n";
    return k_exit_trouble;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ExtrasError&) {
    explain_extras(app);
    return k_exit_trouble;
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? k_exit_ok : k_exit_trouble;
  }
  try {
    return action ? action() : k_exit_trouble;
  } catch (const std::exception& e) {
    error_out("") << e.what() << "\n";
    return k_exit_trouble;
  }
}

}  // namespace journey::cli
