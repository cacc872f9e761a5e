// SPDX-License-Identifier: Apache-2.0
// journey rules: list the lint rules, or explain one.
#include <algorithm>
#include <cstring>
#include <iomanip>
#include <iostream>

#include "../app.hpp"
#include "../choices.hpp"
#include "../output.hpp"
#include "journey/messages.hpp"
#include "journey/rule.hpp"
#include "journey/rule_docs.hpp"
#include "journey/suggest.hpp"

namespace journey::cli {

namespace {

struct RulesCommand {
  std::string id;
  std::string format = "text";
  std::string information_uri;

  int execute() const {
    if (format == "markdown") {
      write_rules_markdown(std::cout);
      return k_exit_ok;
    }
    if (format == "man") {
      write_rules_man(std::cout);
      return k_exit_ok;
    }
    if (format == "json" && id.empty()) {
      write_rules_json(std::cout, information_uri);
      return k_exit_ok;
    }
    if (id.empty()) {
      // As wide as the longest id and two spaces: an id never runs into its severity.
      std::size_t width = 0;
      for (const auto& rule : builtin_rules())
        width = std::max(width, std::strlen(rule->info().id));
      for (const auto& rule : builtin_rules()) {
        RuleInfo r = rule->info();
        std::cout << std::left << std::setw(static_cast<int>(width) + 2) << r.id << std::setw(9)
                  << to_string(r.severity) << std::setw(12) << r.category << r.summary << "\n";
      }
      return k_exit_ok;
    }
    const Rule* rule = find_rule(id);
    if (format == "json" && rule != nullptr) {
      write_rules_json(std::cout, information_uri, rule);
      return k_exit_ok;
    }
    if (rule == nullptr) {
      std::string suggestion = closest_match(id, rule_ids());
      // TRANSLATORS: %2$s is "; did you mean 'x'?" or nothing.
      error_out("rules") << translate("unknown rule '%1$s'%2$s ('journey rules' lists them)", id,
                                      did_you_mean(suggestion))
                         << "\n";
      return k_exit_trouble;
    }
    write_rule_explanation(rule->info(), std::cout);
    return k_exit_ok;
  }
};

}  // namespace

void add_rules_command(CLI::App& app, Action& action) {
  auto command = std::make_shared<RulesCommand>();
  CLI::App* sub = app.add_subcommand("rules", "List the lint rules, or explain one");
  sub->footer(
      "List the lint rules with their default severity and category, or explain one.\n\n"
      "Examples:\n"
      "  journey rules\n"
      "  journey rules emotion-drop\n"
      "  journey rules --format json              for scripts: ids, severities, help links\n"
      "  journey rules --format markdown > docs/rules.md");
  sub->add_option("rule", command->id, "A rule id to explain");
  one_of(sub->add_option("--format", command->format,
                         "text, json (every rule, or the one named), markdown or man "
                         "[default: text]"),
         {"text", "json", "markdown", "man"}, noop_tr("format"));
  sub->add_option("--information-uri", command->information_uri,
                  "json: the base of each rule's help_uri, URI/docs/rules.md#RULE, as in lint; "
                  "also JOURNEY_INFORMATION_URI")
      ->envname("JOURNEY_INFORMATION_URI");
  sub->callback([&action, command] { action = [command] { return command->execute(); }; });
}

}  // namespace journey::cli
