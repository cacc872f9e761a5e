// SPDX-License-Identifier: Apache-2.0
// Rule levels: the registry's defaults under what a configuration sets.
#include <sstream>

#include "journey/lint.hpp"
#include "journey/messages.hpp"

namespace journey {

RuleNames rule_names() {
  RuleNames names;
  for (const auto& rule : builtin_rules()) {
    RuleInfo info = rule->info();
    names.ids.push_back(info.id);
    if (std::string(info.category) == "syntax") names.syntax.push_back(info.id);
  }
  return names;
}

std::map<std::string, RuleLevel> rule_levels(const Config& config, const std::string& file) {
  std::map<std::string, RuleLevel> levels;
  for (const auto& rule : builtin_rules()) levels[rule->info().id] = rule->info().severity;
  for (const auto& [id, level] : config.configured_levels(file)) levels[id] = level;
  return levels;
}

namespace {

// The overrides as written, each saying whether it applies to `file`.
void describe_overrides(const Config& config, const std::string& file, std::ostream& out) {
  out << "overrides:" << (config.overrides.empty() ? " []" : "") << "\n";
  for (const ConfigOverride& o : config.overrides) {
    out << "  - files: [";
    for (std::size_t i = 0; i < o.files.size(); ++i) out << (i ? ", " : "") << o.files[i];
    out << "]  # "
        << (config.applies(o, file) ? translate("applies to %1$s", file)
                                    : translate("does not apply to %1$s", file))
        << "\n    rules: {";
    bool first = true;
    for (const auto& [id, level] : o.rules) {
      out << (first ? "" : ", ") << id << ": " << (level ? to_string(*level) : "off");
      first = false;
    }
    out << "}\n";
  }
}

}  // namespace

std::string describe_config(const Config& config, const std::string& file) {
  std::ostringstream out;
  // YAML: the keys and values as written, the comments in the reader's language.
  // TRANSLATORS: the comments of `journey lint --show-config`, a YAML file; %1$s is a file.
  out << "# " << translate("configuration for %1$s", file) << "\n";
  out << "# "
      // TRANSLATORS: where the configuration comes from: a file, or the next message.
      << translate("from: %1$s", config.path.empty()
                                     ? std::string(tr("(defaults: no .journeylint.yaml found)"))
                                     : config.path)
      << "\n";
  out << "model-paths: [";
  for (std::size_t i = 0; i < config.model_paths.size(); ++i) {
    out << (i ? ", " : "") << config.model_paths[i];
  }
  out << "]\nmodels: [";
  bool first = true;
  for (const std::string& id : config.catalog->ids()) {
    out << (first ? "" : ", ") << id;
    first = false;
  }
  out << "]\nrules:  # " << tr("the levels in force for this file, overrides applied") << "\n";
  for (const auto& [id, level] : rule_levels(config, file)) {
    out << "  " << id << ": " << (level ? to_string(*level) : "off") << "\n";
  }
  describe_overrides(config, file, out);
  out << "lang: "
      << (config.lang.empty()
              ? std::string("\"\"  # ") + tr("the journey's lang:, else LANGUAGE or LC_MESSAGES")
              : config.lang)
      << "\n";
  out << "render:\n  lang: "
      << (config.render_lang.empty()
              ? std::string("\"\"  # ") + tr("the journey's lang:, else lang:, else en")
              : config.render_lang)
      << "\n  fail-emotion: " << config.fail_emotion << "\n";
  return out.str();
}

}  // namespace journey
