// SPDX-License-Identifier: Apache-2.0
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <unordered_map>

#include "journey/flow.hpp"
#include "journey/lint.hpp"
#include "journey/load.hpp"
#include "journey/messages.hpp"
#include "journey/path_scope.hpp"
#include "journey/suggest.hpp"
#include "journey/suppression.hpp"
#include "resolve.hpp"
#include "used_files.hpp"

namespace fs = std::filesystem;

namespace journey {

namespace {

const char* const k_categories[] = {"syntax",   "schema",      "model", "flow",
                                    "practice", "suppression", "data"};

// Model files named by journeys, read once and shared between threads, and read again when their
// size or modification time changes (journey lsp and journey serve run for hours).
std::shared_ptr<const ModelLoadResult> model_file(const std::string& path) {
  static lint::UsedFileCache<ModelLoadResult> cache(load_model);
  auto file = cache.get(path);
  if (file->source) return {file, &file->loaded};
  // Regular files only: /dev/zero is no model.
  auto result = std::make_shared<ModelLoadResult>();
  result->findings.push_back(
      make_finding("unknown-model", {}, "", translate("cannot read it: %1$s", file->error)));
  return result;
}

// Resolves the journey's model; reports unknown-model when it cannot.
const Model* resolve_model(const Journey& j, const std::string& path, const Config& config,
                           const lint::NamedFiles& files, Analysis& analysis, Findings& out) {
  std::shared_ptr<const ModelLoadResult>& holder = analysis.model_file;
  if (!j.model.present || j.model.value.empty()) return nullptr;
  const std::string& name = j.model.value;
  if (is_model_path(name)) {
    std::string refused;
    std::string key = files.resolve(path, name, NamedFile::model, refused);
    if (!refused.empty()) {
      out.push_back(
          make_finding("unknown-model", j.model.span, "model",
                       translate("model file '%1$s' cannot be used: %2$s", name, refused)));
      return nullptr;
    }
    analysis.inputs.push_back(key);
    holder = model_file(key);
    if (holder->model) return &*holder->model;
    std::string reason = tr("cannot read it");
    if (!holder->findings.empty()) {
      const Finding& f = holder->findings.front();
      reason = f.span.known() ? key + ":" + std::to_string(f.span.line) + ":" +
                                    std::to_string(f.span.column) + ": " + f.message
                              : f.message;
    }
    out.push_back(make_finding("unknown-model", j.model.span, "model",
                               translate("model file '%1$s' cannot be used: %2$s", name, reason)));
    return nullptr;
  }
  if (const Model* m = config.catalog->find(name)) return m;
  std::vector<std::string> ids = config.catalog->ids();
  std::string suggestion = closest_match(name, ids);
  std::string list;
  for (const auto& id : ids) list += (list.empty() ? "" : ", ") + id;
  out.push_back(make_finding("unknown-model", j.model.span, "model",
                             translate("unknown model '%1$s'", name) +
                                 did_you_mean(suggestion, translate("; known models: %1$s", list)),
                             suggestion));
  return nullptr;
}

void bind_model(Journey& j, const Model& model) {
  for (Phase& phase : j.phases) phase.model_phase = model.find_phase(phase.key.value);
  for (Kpi& kpi : j.kpis) {
    if (kpi.phase.present) kpi.model_phase = model.find_phase(kpi.phase.value);
  }
}

// What was left out of a report: findings of the files the journey uses past their cap, and
// whether the journey's own loader reached its cap (then some were left out there too).
struct Hidden {
  std::size_t count = 0;
  std::size_t errors = 0;
  bool loader_capped = false;
};

// Past k_max_findings shown, the rest is summed up in one too-many-findings rather than held:
// errors are kept first, and the summary is an error whenever an error was left out, so that the
// exit code sees every error however the output is cut. It is added after levels and selection:
// no configuration can turn it off.
void limit_shown(Findings& shown, Hidden hidden) {
  if (shown.size() > k_max_findings) {
    std::stable_partition(shown.begin(), shown.end(),
                          [](const Finding& f) { return f.severity == Severity::error; });
    for (auto it = shown.begin() + k_max_findings; it != shown.end(); ++it) {
      ++hidden.count;
      hidden.errors += it->severity == Severity::error;
    }
    shown.resize(k_max_findings);
  }
  if (hidden.count == 0 && !hidden.loader_capped) return;
  Finding f;
  f.rule = "too-many-findings";
  f.span = {1, 1, 1, 2};
  f.severity = hidden.errors > 0 || hidden.loader_capped ? Severity::error : Severity::warning;
  if (hidden.count > 0) {
    // The English is the same for one hidden finding as for several; other languages differ.
    f.message = translate_n(
        // TRANSLATORS: %1$s is the cap (10000), %2$s how many are not shown, %3$s how many of
        // those are errors.
        "this journey has more findings than the %1$s a report holds; %2$s "
        "more are not shown (%3$s of them errors): fix those shown, or split "
        "the journey",
        "this journey has more findings than the %1$s a report holds; %2$s "
        "more are not shown (%3$s of them errors): fix those shown, or split "
        "the journey",
        hidden.count, k_max_findings, hidden.count, hidden.errors);
  } else {
    f.message = translate(
        "this journey has more findings than the %1$s a report holds; more are "
        "not shown: fix those shown, or split the journey",
        k_max_findings);
  }
  shown.insert(shown.begin(), std::move(f));
}

}  // namespace

bool RuleFilter::allows(const RuleInfo& rule) const {
  if (std::string(rule.category) == "syntax") return true;
  auto named = [&](const std::vector<std::string>& list) {
    return std::any_of(list.begin(), list.end(), [&](const std::string& s) {
      return s == rule.id || s == rule.category || s == "all";
    });
  };
  if (!select.empty() && !named(select)) return false;
  return !named(ignore);
}

std::string RuleFilter::validate() const {
  std::vector<std::string> known = rule_ids();
  known.insert(known.end(), std::begin(k_categories), std::end(k_categories));
  known.push_back("all");
  for (const auto* list : {&select, &ignore}) {
    for (const auto& entry : *list) {
      if (std::find(known.begin(), known.end(), entry) != known.end()) continue;
      std::string suggestion = closest_match(entry, known);
      return translate("unknown rule or category '%1$s'", entry) +
             did_you_mean(suggestion, tr("; 'journey rules' lists them"));
    }
  }
  return {};
}

bool Analysis::has_errors() const {
  if (!report.error.empty() || !journey) return true;
  return std::any_of(report.findings.begin(), report.findings.end(),
                     [](const Finding& f) { return f.severity == Severity::error; });
}

namespace {

// Levels, then --select / --ignore: the findings lint shows, with their severities.
Findings leveled(Findings& findings, const std::map<std::string, RuleLevel>& levels,
                 const LintOptions& options) {
  Findings shown;
  for (Finding& f : findings) {
    const Rule* rule = find_rule(f.rule);
    auto known = levels.find(f.rule);
    // A rule id the registry does not know is a bug (a test runs every rule over every fixture);
    // such a finding is shown as an error rather than lost.
    RuleLevel level = known == levels.end() ? RuleLevel(Severity::error) : known->second;
    bool fatal = is_syntax_rule(f.rule) || rule == nullptr;
    if (!fatal && (!level || (rule != nullptr && !options.filter.allows(rule->info())))) continue;
    f.severity = level && !fatal ? *level : Severity::error;
    shown.push_back(std::move(f));
  }
  // The journey's own findings first, then those in the files it uses, each by position.
  std::stable_sort(shown.begin(), shown.end(), [](const Finding& a, const Finding& b) {
    if (a.file != b.file) return a.file < b.file;
    if (a.span.line != b.span.line) return a.span.line < b.span.line;
    if (a.span.column != b.span.column) return a.span.column < b.span.column;
    return a.rule < b.rule;
  });
  return shown;
}

// Whether a finding is an error for this file: its level (syntax rules always).
lint::IsError error_test(const std::map<std::string, RuleLevel>& levels) {
  return [&levels](const Finding& f) {
    if (is_syntax_rule(f.rule)) return true;
    auto it = levels.find(f.rule);
    return it == levels.end() || (it->second && *it->second == Severity::error);
  };
}

// Whether --select / --ignore show a finding.
lint::IsError shown_test(const LintOptions& options) {
  return [&options](const Finding& f) {
    const Rule* rule = find_rule(f.rule);
    return rule == nullptr || options.filter.allows(rule->info());
  };
}

// Catalogs, then data files (rows may name a catalog's persona), then the model, then the rules.
// The files the journey uses report into a cap of their own; the journey's rules always run.
Hidden check_journey(Journey& j, const SourceText& source, const std::string& path,
                     const Config& config, const LintOptions& options,
                     const std::map<std::string, RuleLevel>& levels, Analysis& analysis,
                     Findings& findings) {
  lint::NamedFiles files{config.scope, PathScope::root_of(path, config.base_dir)};
  lint::UsedFindings used(error_test(levels), shown_test(options));
  lint::resolve_catalogs(j, path, files, analysis, used);
  lint::merge_data(j, path, files, analysis, used);
  const Model* model = resolve_model(j, path, config, files, analysis, findings);
  if (model != nullptr) bind_model(j, *model);
  Flow flow = build_flow(j);
  analysis.funnels = lint::read_funnels(j, path, files, flow, analysis, used);
  for (Finding& f : used.kept()) findings.push_back(std::move(f));
  LintContext context{source, j, model, flow, options.today, &analysis.funnels};
  for (const auto& rule : builtin_rules()) rule->check(context, findings);
  analysis.model = model;
  return Hidden{used.dropped_count(), used.dropped_errors(), false};
}

}  // namespace

namespace {

// The value of a top-level `lang:` line ("lang: nl  # ..."), as a journey file writes it; empty
// when there is none. A guess, checked against the loaded journey: it saves loading twice.
std::string lang_written(const std::string& text) {
  for (std::size_t at = 0; (at = text.find("lang:", at)) != std::string::npos; at += 5) {
    if (at > 0 && text[at - 1] != '\n') continue;
    std::size_t start = text.find_first_not_of(" \t", at + 5);
    if (start == std::string::npos) return {};
    std::size_t end = text.find_first_of(" \t\r\n#", start);
    return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
  }
  return {};
}

}  // namespace

Language message_language_for(const LintOptions& options, const Journey* journey,
                              const Config& config) {
  if (options.language) return *options.language;
  Language language = message_language();
  if (message_language_insisted()) return language;
  if (journey != nullptr && parse_language(journey->lang.value, language)) return language;
  parse_language(config.lang, language);
  return language;
}

Analysis analyze_source(SourceText source, const std::string& path, const Config& config,
                        const LintOptions& options) {
  Analysis analysis;
  FileReport& report = analysis.report;
  report.name = source.name();
  // Every message about the journey in its language, its loader's too: the language its text
  // seems to ask for is taken before loading; only when the loaded lang: says otherwise (a flow
  // map, say) is it loaded again.
  Journey guess;
  guess.lang.value = lang_written(source.text());
  std::optional<MessageLanguageScope> speaking;
  speaking.emplace(message_language_for(options, &guess, config));
  LoadResult loaded = load_journey(source);
  if (loaded.journey) {
    Language own = message_language_for(options, &*loaded.journey, config);
    if (own != message_language()) {
      speaking.reset();
      speaking.emplace(own);
      loaded = load_journey(source);
    }
  }
  Findings findings = std::move(loaded.findings);
  Hidden hidden;
  hidden.loader_capped = findings.size() >= k_max_findings;  // the loader left some out
  auto levels = rule_levels(config, path);
  if (loaded.journey) {
    Hidden used =
        check_journey(*loaded.journey, source, path, config, options, levels, analysis, findings);
    hidden.count = used.count;
    hidden.errors = used.errors;
  }
  analysis.journey = std::move(loaded.journey);

  // Suppressions first, over every finding, so that a suppression counts as used whenever its
  // rule fires there, whatever the configuration or --select say; then levels and selection.
  std::vector<Suppression> suppressions = parse_suppressions(source);
  apply_suppressions(suppressions, findings);
  for (Finding& f : unused_suppressions(suppressions)) findings.push_back(std::move(f));
  report.findings = leveled(findings, levels, options);
  limit_shown(report.findings, hidden);
  report.source = std::move(source);
  report.language = message_language();
  return analysis;
}

Analysis analyze_file(const std::string& path, const Config& config, const LintOptions& options) {
  ReadOptions read_options;
  read_options.special_files = true;  // named by the user: `<(...)` and /dev/stdin are fine
  FileRead read = read_file(path, read_options);
  if (read.status == FileRead::Status::ok) {
    return analyze_source(SourceText(path, std::move(read.text)), path, config, options);
  }
  Analysis analysis;
  analysis.report.name = path;
  analysis.report.language = message_language_for(options, nullptr, config);
  MessageLanguageScope speaking(analysis.report.language);
  if (read.status == FileRead::Status::failed) {
    analysis.report.error = read.error;
    return analysis;
  }
  analysis.report.source = SourceText(path, {});
  Finding f;
  f.rule = "input-limit";
  f.span = {1, 1, 1, 2};
  f.message = read.size > read_options.max_bytes + 1
                  ? translate(
                        "the file is %1$s; journey files are limited to %2$s: split the "
                        "journey",
                        describe_size(read.size), describe_size(read_options.max_bytes))
                  : translate(
                        "the input is larger than the limit: journey files are limited to "
                        "%1$s: split the journey",
                        describe_size(read_options.max_bytes));
  analysis.report.findings.push_back(std::move(f));
  return analysis;
}

FileReport lint_source(SourceText source, const std::string& path, const Config& config,
                       const LintOptions& options) {
  return std::move(analyze_source(std::move(source), path, config, options).report);
}

FileReport lint_file(const std::string& path, const Config& config, const LintOptions& options) {
  return std::move(analyze_file(path, config, options).report);
}

ExpandedPaths expand_paths(const std::vector<std::string>& paths) {
  ExpandedPaths out;
  auto is_journey = [](const std::string& name) {
    auto ends = [&](const std::string& s) {
      return name.size() >= s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0;
    };
    return ends(".journey.yaml") || ends(".journey.yml");
  };
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<std::string> found;
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
      for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const fs::path& p = it->path();
        std::string name = p.filename().string();
        if (it->is_directory(ec)) {
          if (name.size() > 1 && name[0] == '.') it.disable_recursion_pending();
          continue;
        }
        if (!is_journey(name)) continue;
        if (it->is_regular_file(ec)) {
          found.push_back(p.lexically_normal().string());
        } else {
          out.skipped.push_back(p.lexically_normal().string());
        }
      }
      std::sort(found.begin(), found.end());
      out.files.insert(out.files.end(), found.begin(), found.end());
    } else if (fs::exists(path, ec)) {
      out.files.push_back(path);
    } else {
      out.missing.push_back(path);
    }
  }
  return out;
}

ConfigResolver::ConfigResolver(std::string explicit_path, PathScope scope)
    : explicit_path_(std::move(explicit_path)), scope_(std::move(scope)) {}

std::shared_ptr<const Config> ConfigResolver::for_file(const std::string& file,
                                                       std::string& error) {
  std::string config_path = explicit_path_;
  if (config_path.empty()) {
    std::string dir = fs::path(file).parent_path().string();
    if (dir.empty()) dir = ".";
    auto it = config_of_dir_.find(dir);
    if (it == config_of_dir_.end()) it = config_of_dir_.emplace(dir, find_config(dir)).first;
    config_path = it->second;
  }
  auto it = loaded_.find(config_path);
  if (it != loaded_.end()) return it->second;
  std::shared_ptr<const Config> config;
  if (config_path.empty()) {
    Config defaults = default_config();
    defaults.scope = scope_;
    config = std::make_shared<const Config>(std::move(defaults));
  } else {
    ConfigResult result = load_config(config_path, rule_names(), scope_);
    if (!result.config) {
      error = result.error;
      return nullptr;
    }
    config = std::make_shared<const Config>(std::move(*result.config));
  }
  loaded_.emplace(config_path, config);
  return config;
}

}  // namespace journey
