// SPDX-License-Identifier: Apache-2.0
#include "journey/config.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "../load/reader.hpp"
#include "journey/fields.hpp"
#include "journey/messages.hpp"
#include "journey/suggest.hpp"
#include "journey/yaml_tree.hpp"

namespace fs = std::filesystem;

namespace journey {

namespace {

using load::Reader;
using yaml::NodeId;
using yaml::NodeKind;

std::string format_error(const std::string& file, const Finding& f) {
  return file + ":" + std::to_string(std::max(1, f.span.line)) + ":" +
         std::to_string(std::max(1, f.span.column)) + ": " + f.message;
}

class ConfigLoader {
 public:
  ConfigLoader(const yaml::Tree& tree, Findings& findings, const RuleNames& rules)
      : r_(tree, findings), rules_(rules) {}

  void load(Config& config) {
    NodeId root = r_.tree().root();
    if (r_.node(root).kind == NodeKind::null) return;  // an empty file: the defaults
    if (!r_.expect(root, NodeKind::map, "",
                   noop_tr("a map with 'rules', 'model-paths' or 'overrides'"))) {
      return;
    }
    r_.each_pair(root, "", [&](const yaml::Node& key, NodeId value) {
      if (key.value == "rules") {
        read_rules(value, "rules", config.rules);
      } else if (key.value == "model-paths") {
        TextList paths;
        r_.text_list(value, "model-paths", paths);
        for (const auto& p : paths.value) {
          config.model_paths.push_back(p.value);
          model_path_spans.push_back(p.span);
        }
      } else if (key.value == "overrides") {
        read_overrides(value, config);
      } else if (key.value == "diff") {
        read_diff(value, config);
      } else if (key.value == "score") {
        read_score(value, config);
      } else if (key.value == "render") {
        read_render(value, config);
      } else if (key.value == "lang") {
        read_lang(value, "lang", config.lang);
      } else {
        r_.unknown_key(key, "", config_shape().keys());
      }
    });
  }

  std::vector<SourceSpan> model_path_spans;

 private:
  void read_lang(NodeId value, const std::string& path, std::string& out) {
    Text lang;
    Language language = Language::en;
    if (r_.text(value, path, lang) && !parse_language(lang.value, language)) {
      r_.report("invalid-value", lang.span, path, translate("'%1$s' is not en or nl", lang.value));
    } else {
      out = lang.value;
    }
  }

  void read_render(NodeId map, Config& config) {
    if (!r_.expect(map, NodeKind::map, "render", noop_tr("a map with 'lang' and 'fail-emotion'"))) {
      return;
    }
    r_.each_pair(map, "render", [&](const yaml::Node& key, NodeId value) {
      std::string path = "render." + key.value;
      if (key.value == "lang") {
        read_lang(value, path, config.render_lang);
      } else if (key.value == "fail-emotion") {
        Field<int> level;
        if (r_.integer(value, path, level) && (level.value < 1 || level.value > 5)) {
          r_.report("invalid-value", level.span, path,
                    tr("the fail threshold is an emotion, 1 to 5"));
        } else if (level.usable()) {
          config.fail_emotion = level.value;
        }
      } else {
        r_.unknown_key(key, "render", config_render_shape().keys());
      }
    });
  }

  void read_score(NodeId map, Config& config) {
    if (!r_.expect(map, NodeKind::map, "score", noop_tr("a map with 'weights' and 'minimums'"))) {
      return;
    }
    std::vector<std::string> names;
    for (const auto& [id, weight] : score_categories()) names.push_back(id);
    for (const auto& check : score_checks()) names.push_back(check.id);
    r_.each_pair(map, "score", [&](const yaml::Node& key, NodeId value) {
      bool weights = key.value == "weights";
      if (!weights && key.value != "minimums") {
        r_.unknown_key(key, "score", config_score_shape().keys());
        return;
      }
      std::string path = "score." + key.value;
      if (!r_.expect(value, NodeKind::map, path,
                     noop_tr("a map from checks or categories to numbers"))) {
        return;
      }
      std::vector<std::string> allowed = names;
      if (!weights) allowed.push_back("total");
      r_.each_pair(value, path, [&](const yaml::Node& name, NodeId number) {
        std::string item = path + "." + name.value;
        if (std::find(allowed.begin(), allowed.end(), name.value) == allowed.end()) {
          std::string suggestion = closest_match(name.value, allowed);
          r_.report("unknown-key", name.span, item,
                    translate("unknown check or category '%1$s'", name.value) +
                        did_you_mean(suggestion, tr("; 'journey score --list-checks' lists them")));
          return;
        }
        Field<double> v;
        if (!r_.number(number, item, v)) return;
        double limit = !weights && name.value == "total" ? 100 : weights ? 1e6 : 10;
        if (v.value < 0 || v.value > limit) {
          r_.report("invalid-value", v.span, item,
                    translate("must be between 0 and %1$s", static_cast<int>(limit)));
          return;
        }
        (weights ? config.score.weights : config.score.minimums)[name.value] = v.value;
      });
    });
  }

  void read_diff(NodeId map, Config& config) {
    if (!r_.expect(map, NodeKind::map, "diff", noop_tr("a map with 'changes'"))) return;
    r_.each_pair(map, "diff", [&](const yaml::Node& key, NodeId value) {
      if (key.value != "changes") {
        r_.unknown_key(key, "diff", config_diff_shape().keys());
        return;
      }
      if (!r_.expect(value, NodeKind::map, "diff.changes",
                     noop_tr("a map from change kinds to regression, change, info or off"))) {
        return;
      }
      std::vector<std::string> kinds;
      for (const auto& k : change_kinds()) kinds.push_back(k.id);
      r_.each_pair(value, "diff.changes", [&](const yaml::Node& kind, NodeId level_node) {
        std::string path = "diff.changes." + kind.value;
        if (find_change_kind(kind.value) == nullptr) {
          std::string suggestion = closest_match(kind.value, kinds);
          r_.report("unknown-key", kind.span, path,
                    translate("unknown change kind '%1$s'", kind.value) +
                        did_you_mean(suggestion, tr("; 'journey diff --list-changes' lists them")));
          return;
        }
        Text level;
        if (!r_.text(level_node, path, level)) return;
        ChangeClass c;
        if (level.value == "off") {
          config.change_classes[kind.value] = std::nullopt;
        } else if (parse_change_class(level.value, c)) {
          config.change_classes[kind.value] = c;
        } else {
          r_.report(
              "invalid-value", level.span, path,
              translate("'%1$s' is not a class; use regression, change, info or off", level.value));
        }
      });
    });
  }

  void read_rules(NodeId map, const std::string& path, std::map<std::string, RuleLevel>& out) {
    if (!r_.expect(map, NodeKind::map, path,
                   noop_tr("a map from rule ids to error, warning, info or off"))) {
      return;
    }
    const std::vector<std::string>& ids = rules_.ids;
    auto known = [](const std::vector<std::string>& list, const std::string& id) {
      return std::find(list.begin(), list.end(), id) != list.end();
    };
    r_.each_pair(map, path, [&](const yaml::Node& key, NodeId value) {
      if (!known(ids, key.value)) {
        std::string suggestion = closest_match(key.value, ids);
        r_.report("unknown-key", key.span, path + "." + key.value,
                  translate("unknown rule '%1$s'", key.value) +
                      did_you_mean(suggestion, tr("; 'journey rules' lists them")));
        return;
      }
      Text level;
      if (!r_.text(value, path + "." + key.value, level)) return;
      if (known(rules_.syntax, key.value) && level.value != "error") {
        r_.report("invalid-value", level.span, path + "." + key.value,
                  translate("'%1$s' is a syntax rule: it is always an error and cannot be "
                            "changed or turned off",
                            key.value));
        return;
      }
      Severity severity;
      if (level.value == "off" || level.value == "false") {
        out[key.value] = std::nullopt;
      } else if (parse_severity(level.value, severity)) {
        out[key.value] = severity;
      } else {
        r_.report("invalid-value", level.span, path + "." + key.value,
                  translate("'%1$s' is not a level; use error, warning, info or off", level.value));
      }
    });
  }

  void read_overrides(NodeId list, Config& config) {
    if (!r_.expect(list, NodeKind::sequence, "overrides", noop_tr("a list of {files, rules}"))) {
      return;
    }
    const auto& n = r_.node(list);
    std::size_t index = 0;
    for (const NodeId* it = r_.tree().begin(n); it != r_.tree().end(n); ++it, ++index) {
      std::string path = "overrides[" + std::to_string(index) + "]";
      if (!r_.expect(*it, NodeKind::map, path, noop_tr("a map with 'files' and 'rules'"))) continue;
      ConfigOverride o;
      bool has_files = false;
      r_.each_pair(*it, path, [&](const yaml::Node& key, NodeId value) {
        if (key.value == "files") {
          has_files = true;
          TextList files;
          if (r_.node(value).kind == NodeKind::scalar) {
            Text one;
            r_.text(value, path + ".files", one);
            o.files.push_back(one.value);
          } else if (r_.text_list(value, path + ".files", files)) {
            for (const auto& f : files.value) o.files.push_back(f.value);
          }
        } else if (key.value == "rules") {
          read_rules(value, path + ".rules", o.rules);
        } else {
          r_.unknown_key(key, path, override_shape().keys());
        }
      });
      if (!has_files) {
        r_.missing(r_.node(*it).span, path, "files", noop_tr("the globs it applies to"));
      }
      config.overrides.push_back(std::move(o));
    }
  }

  Reader r_;
  const RuleNames& rules_;
};

// Loads every *.yaml / *.yml file of a model directory into the catalog. The folder and each file
// in it (a link may lead anywhere) must lie inside `root` or a folder `scope` allows.
std::string load_model_dir(const std::string& dir, ModelCatalog& catalog, const PathScope& scope,
                           const std::string& root) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return translate("model path '%1$s' is not a directory", dir);
  std::string refused = scope.check(dir, root, NamedFile::model_folder);
  if (!refused.empty()) return translate("model path '%1$s' cannot be used: %2$s", dir, refused);
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::string ext = entry.path().extension().string();
    if (entry.is_regular_file() && (ext == ".yaml" || ext == ".yml")) {
      files.push_back(entry.path().string());
    }
  }
  if (ec) return translate("cannot read model path '%1$s': %2$s", dir, error_text(ec.value()));
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    refused = scope.check(file, root, NamedFile::model);
    if (!refused.empty()) {
      return translate("model file '%1$s' cannot be used: %2$s", file, refused);
    }
    std::string text, error;
    if (!read_text_file(file, text, error)) {
      return translate("cannot read model file '%1$s': %2$s", file, error);
    }
    ModelLoadResult result = load_model(SourceText(file, std::move(text)));
    if (!result.model) {
      return translate("%1$s (in a model file)", format_error(file, result.findings.front()));
    }
    catalog.add(std::make_shared<const Model>(std::move(*result.model)));
  }
  return {};
}

}  // namespace

Config default_config() {
  Config config;
  config.catalog =
      std::shared_ptr<const ModelCatalog>(&ModelCatalog::builtin(), [](const ModelCatalog*) {});
  return config;
}

ConfigResult load_config(const std::string& path, const RuleNames& rules, const PathScope& scope) {
  std::string text, read_error;
  // Discovery only finds regular files; `-c /dev/null` (no configuration) names a device.
  ReadOptions named;
  named.special_files = true;
  if (!read_text_file(path, text, read_error, named)) {
    ConfigResult result;
    result.error = translate("%1$s: cannot read the configuration file: %2$s", path, read_error);
    return result;
  }
  return parse_config(SourceText(path, std::move(text)), rules, scope);
}

ConfigResult parse_config(const SourceText& source, const RuleNames& rules,
                          const PathScope& scope) {
  ConfigResult result;
  const std::string& path = source.name();
  yaml::ParseResult parsed = yaml::parse(source);
  Config config = default_config();
  config.path = path;
  config.base_dir = fs::absolute(path).parent_path().lexically_normal().string();
  if (parsed.empty) parsed.findings.clear();  // an empty configuration means the defaults
  Findings findings = std::move(parsed.findings);
  std::vector<SourceSpan> model_path_spans;
  if (parsed.ok) {
    ConfigLoader loader(parsed.tree, findings, rules);
    loader.load(config);
    model_path_spans = loader.model_path_spans;
  }
  if (!findings.empty()) {
    result.error = translate("%1$s (in the configuration)", format_error(path, findings.front()));
    return result;
  }
  config.scope = scope;
  if (!config.model_paths.empty()) {
    std::string root = PathScope::root_of(path, config.base_dir);
    auto catalog = std::make_shared<ModelCatalog>(ModelCatalog::builtin());
    for (std::size_t i = 0; i < config.model_paths.size(); ++i) {
      fs::path dir = fs::path(config.model_paths[i]);
      if (dir.is_relative()) dir = fs::path(config.base_dir) / dir;
      std::string error =
          load_model_dir(dir.lexically_normal().string(), *catalog, config.scope, root);
      if (!error.empty()) {
        const SourceSpan& s = model_path_spans[i];
        result.error = path + ":" + std::to_string(s.line) + ":" + std::to_string(s.column) +
                       ": model-paths: " + error;
        return result;
      }
    }
    config.catalog = std::move(catalog);
  }
  result.config = std::move(config);
  return result;
}

std::string find_config(const std::string& directory) {
  std::error_code ec;
  fs::path dir = fs::absolute(directory, ec).lexically_normal();
  while (true) {
    for (const char* name : {".journeylint.yaml", ".journeylint.yml"}) {
      fs::path candidate = dir / name;
      if (fs::is_regular_file(candidate, ec)) return candidate.string();
    }
    if (fs::exists(dir / ".git", ec)) return {};
    fs::path parent = dir.parent_path();
    if (parent == dir || parent.empty()) return {};
    dir = parent;
  }
}

bool Config::applies(const ConfigOverride& o, const std::string& file) const {
  std::string relative = file;
  if (!base_dir.empty()) {
    std::error_code ec;
    fs::path abs = fs::absolute(file, ec).lexically_normal();
    fs::path rel = abs.lexically_relative(base_dir);
    if (!rel.empty() && rel.native().compare(0, 2, "..") != 0) relative = rel.generic_string();
  }
  return std::any_of(o.files.begin(), o.files.end(),
                     [&](const std::string& g) { return glob_match(g, relative); });
}

std::map<std::string, RuleLevel> Config::configured_levels(const std::string& file) const {
  std::map<std::string, RuleLevel> levels = rules;
  for (const auto& o : overrides) {
    if (!applies(o, file)) continue;
    for (const auto& [id, level] : o.rules) levels[id] = level;
  }
  return levels;
}

}  // namespace journey
