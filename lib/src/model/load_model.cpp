// SPDX-License-Identifier: Apache-2.0
#include <algorithm>
#include <unordered_map>

#include "../load/reader.hpp"
#include "journey/fields.hpp"
#include "journey/messages.hpp"
#include "journey/model.hpp"
#include "journey/yaml_tree.hpp"

namespace journey {

namespace {

using load::join_path;
using load::Reader;
using yaml::NodeId;
using yaml::NodeKind;

std::vector<std::string> values(const TextList& list) {
  std::vector<std::string> out;
  for (const auto& t : list.value) out.push_back(t.value);
  return out;
}

class ModelLoader {
 public:
  ModelLoader(const yaml::Tree& tree, Findings& findings) : r_(tree, findings) {}

  std::optional<Model> load() {
    NodeId root = r_.tree().root();
    if (!r_.expect(root, NodeKind::map, "",
                   noop_tr("a model (a map with 'id', 'name' and 'phases')"))) {
      return std::nullopt;
    }
    Model m;
    Text id, name, name_nl, description, description_nl, source, reference, loop_from, loop_to;
    SourceSpan loop_span;
    bool has_phases = false;
    r_.each_pair(root, "", [&](const yaml::Node& key, NodeId value) {
      const std::string& k = key.value;
      if (k == "id") {
        r_.identifier(value, k, id);
      } else if (k == "name") {
        read_translated(value, k, name, name_nl);
      } else if (k == "description") {
        read_translated(value, k, description, description_nl);
      } else if (k == "source") {
        r_.text(value, k, source);
      } else if (k == "reference") {
        r_.text(value, k, reference);
      } else if (k == "loop") {
        loop_span = r_.node(value).span;
        read_loop(value, loop_from, loop_to);
      } else if (k == "phases") {
        has_phases = true;
        read_phases(value, m);
      } else {
        r_.unknown_key(key, "", model_shape().keys());
      }
    });
    const SourceSpan& span = r_.node(root).span;
    if (!id.present) r_.missing(span, "", "id", noop_tr("the model id journeys refer to"));
    if (!name.present) r_.missing(span, "", "name", noop_tr("a human-readable name"));
    if (!has_phases) r_.missing(span, "", "phases", noop_tr("the ordered list of phases"));
    m.id = id.value;
    m.name = name.value;
    m.name_nl = name_nl.value;
    m.description = description.value;
    m.description_nl = description_nl.value;
    m.source = source.value;
    m.reference = reference.value;
    if (loop_from.present || loop_to.present) {
      int from = resolve(loop_from, "loop.from", m, loop_span);
      int to = resolve(loop_to, "loop.to", m, loop_span);
      if (from >= 0 && to >= 0) m.loop = std::make_pair(from, to);
    }
    if (has_phases && m.phases.empty()) {
      r_.report("missing-field", span, "phases", tr("a model needs at least one phase"));
    }
    return m;
  }

 private:
  // `loop: {from, to}`: the phases the journey loops from and back to.
  void read_loop(NodeId value, Text& from, Text& to) {
    if (!r_.expect(value, NodeKind::map, "loop", noop_tr("a map with 'from' and 'to'"))) return;
    r_.each_pair(value, "loop", [&](const yaml::Node& lk, NodeId lv) {
      if (lk.value == "from") {
        r_.text(lv, "loop.from", from);
      } else if (lk.value == "to") {
        r_.text(lv, "loop.to", to);
      } else {
        r_.unknown_key(lk, "loop", loop_shape().keys());
      }
    });
  }

  int resolve(const Text& ref, const std::string& path, const Model& m, const SourceSpan& parent) {
    if (!ref.present) {
      r_.missing(parent, "loop", path.substr(5), noop_tr("a phase id of this model"));
      return -1;
    }
    int index = m.find_phase(ref.value);
    if (index < 0) {
      std::vector<std::string> ids;
      for (const auto& p : m.phases) ids.push_back(p.id);
      r_.report("unknown-reference", ref.span, path,
                translate("'%1$s' is not a phase of this model", ref.value));
    }
    return index;
  }

  // A text in one language, or a map {en: ..., nl: ...}.
  void read_translated(NodeId value, const std::string& field, Text& en, Text& nl) {
    if (r_.node(value).kind == NodeKind::scalar) {
      r_.text(value, field, en);
      return;
    }
    if (!r_.expect(value, NodeKind::map, field, noop_tr("a text or a map {en: ..., nl: ...}"))) {
      return;
    }
    r_.each_pair(value, field, [&](const yaml::Node& lk, NodeId lv) {
      if (lk.value == "en") {
        r_.text(lv, field + ".en", en);
      } else if (lk.value == "nl") {
        r_.text(lv, field + ".nl", nl);
      } else {
        r_.unknown_key(lk, field, translated_shape().keys());
      }
    });
    if (!en.present) r_.missing(r_.node(value).span, field, "en", noop_tr("the English text"));
  }

  // Ids and aliases seen so far, for duplicates: each a phase key of journeys.
  using Keys = std::unordered_map<std::string, SourceSpan>;

  void read_phases(NodeId list, Model& m) {
    if (!r_.expect(list, NodeKind::sequence, "phases", noop_tr("a list of phases"))) return;
    const auto& n = r_.node(list);
    std::size_t index = 0;
    Keys keys;
    const NodeId* end = r_.capped_end(list, load::k_max_list_items, "phases",
                                      noop_tr("more than %1$s phases; journey reads the first %1$s "
                                              "and refuses the rest: split the journey"));
    for (const NodeId* it = r_.tree().begin(n); it != end; ++it, ++index) {
      std::string path = "phases[" + std::to_string(index) + "]";
      if (!r_.expect(*it, NodeKind::map, path, noop_tr("a phase (a map with 'id' and 'name')"))) {
        continue;
      }
      m.phases.push_back(read_phase(*it, path, keys));
    }
  }

  ModelPhase read_phase(NodeId item, const std::string& path, Keys& keys) {
    ModelPhase phase;
    Text id, stage, description, name_en, name_nl, role_en, role_nl;
    TextList aliases, channels;
    r_.each_pair(item, path, [&](const yaml::Node& key, NodeId value) {
      const std::string& k = key.value;
      std::string field = join_path(path, k);
      if (k == "id") {
        r_.identifier(value, field, id);
      } else if (k == "name") {
        read_translated(value, field, name_en, name_nl);
      } else if (k == "role") {
        read_translated(value, field, role_en, role_nl);
      } else if (k == "aliases") {
        r_.text_list(value, field, aliases);
      } else if (k == "stage") {
        r_.text(value, field, stage);
      } else if (k == "description") {
        r_.text(value, field, description);
      } else if (k == "channels") {
        r_.text_list(value, field, channels);
      } else {
        r_.unknown_key(key, path, model_phase_shape().keys());
      }
    });
    const SourceSpan& span = r_.node(item).span;
    if (!id.present) r_.missing(span, path, "id", noop_tr("the phase id journeys use as a key"));
    if (!name_en.present) r_.missing(span, path, "name", noop_tr("the phase's English name"));
    if (stage.present) phase.stage = read_stage(stage, path);
    if (id.present) remember(keys, id);
    for (const auto& a : aliases.value) remember(keys, a);
    phase.id = id.value;
    phase.name_en = name_en.value;
    phase.name_nl = name_nl.value;
    phase.role_en = role_en.value;
    phase.role_nl = role_nl.value;
    phase.aliases = values(aliases);
    phase.description = description.value;
    phase.channels = values(channels);
    return phase;
  }

  Stage read_stage(const Text& stage, const std::string& path) {
    if (stage.value == "purchase") return Stage::purchase;
    if (stage.value == "post-purchase") return Stage::post_purchase;
    if (stage.value != "pre-purchase") {
      r_.report(
          "invalid-value", stage.span, join_path(path, "stage"),
          translate("'%1$s' is not one of: pre-purchase, purchase, post-purchase", stage.value));
    }
    return Stage::pre_purchase;
  }

  void remember(Keys& keys, const Text& key) {
    auto [it, inserted] = keys.emplace(key.value, key.span);
    if (inserted) return;
    r_.report("duplicate-id", key.span, "phases",
              translate("'%1$s' already names a phase at line %2$s", key.value, it->second.line));
  }

  Reader r_;
};

}  // namespace

ModelLoadResult load_model(const SourceText& source) {
  ModelLoadResult result;
  yaml::ParseResult parsed = yaml::parse(source);
  result.findings = std::move(parsed.findings);
  if (!parsed.ok) return result;
  ModelLoader loader(parsed.tree, result.findings);
  std::optional<Model> model = loader.load();
  if (model && result.findings.empty()) {
    model->origin = source.name();
    model->text = source.text();
    result.model = std::move(model);
  }
  for (auto& f : result.findings) f.severity = Severity::error;
  return result;
}

}  // namespace journey
