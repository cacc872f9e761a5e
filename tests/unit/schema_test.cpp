// SPDX-License-Identifier: Apache-2.0
// The field tables and the schemas made from them: every field of a table loads without a finding
// (the loaders read what the tables say), and the schemas are deterministic and name every field,
// model phase, rule and change kind. tests/tools/validate_journeys.py checks the schemas against
// lint's own findings with a real validator (ctest schema.*).
#include <catch2/catch.hpp>
#include <functional>

#include "journey/catalog.hpp"
#include "journey/config.hpp"
#include "journey/diff.hpp"
#include "journey/fields.hpp"
#include "journey/lint.hpp"
#include "journey/load.hpp"
#include "journey/model.hpp"
#include "journey/schema.hpp"
#include "journey/yaml_tree.hpp"

using namespace journey;
using Kind = ValueSpec::Kind;

namespace {

// A value of the spec, as flow YAML; `last` picks the last alternative of any_of instead of the
// first, so that two samples cover both forms of emotion, pains, moment, ...
std::string sample(const ValueSpec& v, bool last);

std::string sample_object(const Shape& shape, bool last) {
  std::string out = "{";
  for (const FieldSpec& f : shape.fields) {
    if (out.size() > 1) out += ", ";
    out += "\"" + f.key + "\": " + sample(f.value, last);
  }
  return out + "}";
}

std::string sample(const ValueSpec& v, bool last) {
  switch (v.kind) {
    case Kind::null:
      return "null";
    case Kind::text:
      return v.choices.empty() ? "\"some text\"" : "\"" + v.choices.front() + "\"";
    case Kind::identifier:
      return "\"an-id\"";
    case Kind::date:
      return "\"2026-11-01\"";
    case Kind::duration:
      return "\"7d\"";
    case Kind::integer:
    case Kind::number:
      return v.minimum ? std::to_string(static_cast<int>(*v.minimum)) : "3";
    case Kind::boolean:
      return "false";
    case Kind::list:
      return "[" + sample(*v.items, last) + "]";
    case Kind::map: {
      std::string key = v.keys == ValueSpec::Keys::phase ? "see" : "some-key";
      if (v.keys == ValueSpec::Keys::rule) key = "missing-channel";
      if (v.keys == ValueSpec::Keys::change_kind) key = change_kinds().front().id;
      if (v.keys == ValueSpec::Keys::score_weight || v.keys == ValueSpec::Keys::score_minimum) {
        key = "coverage";
      }
      return "{\"" + key + "\": " + sample(*v.items, last) + "}";
    }
    case Kind::object:
      return sample_object(*v.shape, last);
    case Kind::any_of: {  // a phase may be null ("see:" with nothing yet): skipped, to go deeper
      const ValueSpec& first =
          v.alternatives.front().kind == Kind::null ? v.alternatives[1] : v.alternatives.front();
      return sample(last ? v.alternatives.back() : first, last);
    }
  }
  return "null";
}

// Findings that mean a loader does not read a field as its table describes it.
std::vector<std::string> disagreements(const Findings& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) {
    if (f.rule == "unknown-key" || f.rule == "wrong-type" || f.rule == "invalid-value" ||
        f.rule == "missing-field" || f.rule == "yaml-syntax") {
      out.push_back(f.rule + " at " + f.path + ": " + f.message);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("every field of the journey tables loads as the table says", "[schema]") {
  for (bool last : {false, true}) {
    std::string text = sample_object(journey_shape(), last);
    // The phase is the model's, the KPI's phase too.
    text.replace(text.find("\"model\": \"some text\""), 20, "\"model\": \"see-think-do-care\"");
    INFO(text);
    LoadResult r = load_journey(SourceText("sample.journey.yaml", text));
    REQUIRE(r.journey);
    CHECK(disagreements(r.findings).empty());
    CHECK(r.journey->touchpoints.size() == 1);
  }
}

TEST_CASE("every field of the model and configuration tables loads", "[schema]") {
  for (bool last : {false, true}) {
    std::string model = sample_object(model_shape(), last);
    // The loop refers to the model's own phase.
    for (std::size_t at; (at = model.find("\"from\": \"some text\"")) != std::string::npos;) {
      model.replace(at, 19, "\"from\": \"an-id\"");
    }
    for (std::size_t at; (at = model.find("\"to\": \"some text\"")) != std::string::npos;) {
      model.replace(at, 17, "\"to\": \"an-id\"");
    }
    INFO(model);
    ModelLoadResult m = load_model(SourceText("sample.yaml", model));
    CHECK(disagreements(m.findings).empty());

    std::string config = sample_object(config_shape(), last);
    std::size_t paths = config.find("\"model-paths\": [\"some text\"]");
    REQUIRE(paths != std::string::npos);
    config.replace(paths, 28, "\"model-paths\": []");
    INFO(config);
    ConfigResult c = parse_config(SourceText("/tmp/.journeylint.yaml", config), rule_names());
    CHECK(c.error.empty());
  }
}

TEST_CASE("every field of the catalog tables loads", "[schema][catalog]") {
  for (bool last : {false, true}) {
    std::string text = sample_object(catalog_shape(), last);
    INFO(text);
    CatalogLoadResult r = load_catalog(SourceText("sample.yaml", text));
    REQUIRE(r.catalog);
    CHECK(disagreements(r.findings).empty());
    CHECK(r.catalog->personas.size() == 1);
    CHECK(r.catalog->channels.size() == 1);
    CHECK(r.catalog->owners.size() == 1);
  }
}

TEST_CASE("the schemas are valid JSON, deterministic and complete", "[schema]") {
  Config config = default_config();
  for (SchemaKind kind :
       {SchemaKind::journey, SchemaKind::model, SchemaKind::config, SchemaKind::catalog}) {
    std::string a = json_schema(kind, *config.catalog);
    CHECK(a == json_schema(kind, *config.catalog));
    yaml::ParseResult parsed = yaml::parse(SourceText("schema.json", a));  // JSON is YAML
    CHECK(parsed.ok);
    CHECK(parsed.findings.empty());
    CHECK(a.find("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"") !=
          std::string::npos);
  }
  std::string journey = json_schema(SchemaKind::journey, *config.catalog);
  for (const Shape* shape : {&journey_shape(), &touchpoint_shape(), &persona_shape(), &kpi_shape(),
                             &pain_shape(), &backstage_shape()}) {
    for (const FieldSpec& f : shape->fields)
      CHECK(journey.find("\"" + f.key + "\": {") != std::string::npos);
  }
  for (const Model* m : config.catalog->models()) {
    CHECK(journey.find("\"const\": \"" + m->id + "\"") != std::string::npos);
    for (const ModelPhase& p : m->phases) {
      CHECK(journey.find("\"" + p.id + "\": {") != std::string::npos);
      for (const std::string& alias : p.aliases) {
        CHECK(journey.find("\"" + alias + "\": {") != std::string::npos);
      }
    }
  }
  std::string catalog = json_schema(SchemaKind::catalog, *config.catalog);
  for (const Shape* shape :
       {&catalog_shape(), &channel_shape(), &owner_shape(), &persona_shape()}) {
    for (const FieldSpec& f : shape->fields)
      CHECK(catalog.find("\"" + f.key + "\": {") != std::string::npos);
  }
  std::string cfg = json_schema(SchemaKind::config, *config.catalog);
  for (const std::string& id : rule_names().ids)
    CHECK(cfg.find("\"" + id + "\": {") != std::string::npos);
  for (const ChangeKind& k : change_kinds()) {
    CHECK(cfg.find("\"" + std::string(k.id) + "\": {") != std::string::npos);
  }
}
