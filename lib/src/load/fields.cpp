// SPDX-License-Identifier: Apache-2.0
#include "journey/fields.hpp"

#include <stdexcept>

#include "field_specs.hpp"
#include "journey/lanes.hpp"

namespace journey {

namespace {

using namespace load;
using Kind = ValueSpec::Kind;
using Keys = ValueSpec::Keys;

// A rule's level; `false` is accepted for off.
ValueSpec level() {
  ValueSpec only_false = of(Kind::boolean);
  only_false.choices = {"false"};
  return any_of({choice({"error", "warning", "info", "off"}), only_false});
}

std::vector<FieldSpec> touchpoint_fields() {
  std::vector<FieldSpec> fields;
  for (const Lane& lane : touchpoint_lanes()) fields.push_back(lane.field);
  return fields;
}

std::vector<FieldSpec> score_fields() {
  return {
      optional("weights", map(Keys::score_weight, number(0, 1e6)),
               "Weights of categories and checks in the total."),
      optional("minimums", map(Keys::score_minimum, number(0, 100)),
               "Minimum scores of checks (0-10), categories (0-10) or the total (0-100)."),
  };
}

}  // namespace

std::vector<std::string> Shape::keys() const {
  std::vector<std::string> out;
  for (const FieldSpec& f : fields) out.push_back(f.key);
  return out;
}

const FieldSpec& Shape::field(std::string_view key) const {
  for (const FieldSpec& f : fields) {
    if (f.key == key) return f;
  }
  throw std::logic_error("shape " + name + " has no field " + std::string(key));
}

const std::vector<std::string>& Shape::choices(std::string_view key) const {
  const ValueSpec* v = &field(key).value;
  if (v->kind == Kind::any_of) v = &v->alternatives.back();  // past "or empty"
  return v->kind == Kind::list ? v->items->choices : v->choices;
}

const Shape& journey_shape() {
  static const Shape shape{
      "journey",
      "A customer journey map.",
      {required("journey", text(), "The title of the journey."),
       required("model", text(),
                "A built-in model id ('journey models' lists them), a model id from a configured "
                "model directory, or a path to a model file relative to this file."),
       optional("state", choice({"current", "future"}),
                "current: the journey a customer has today; future: a designed journey."),
       optional("description", text(),
                "What the journey is about: the scenario, shown above the map and the blueprint."),
       optional("lang", choice({"en", "nl"}),
                "The language the journey is written in: its pictures and pages use it for their "
                "fixed words and numbers unless --lang says otherwise."),
       optional("owner", text(), "Who maintains the map."),
       optional("reviewed", of(Kind::date), "The date of the last review, YYYY-MM-DD."),
       optional("personas", list(object(persona_shape())), "The customers the map follows."),
       required("phases", map(Keys::phase, any_of({of(Kind::null), object(phase_shape())})),
                "The model's phases, keyed by phase id or alias, in the model's order."),
       optional("kpis", list(object(kpi_shape())), "What is measured, by phase."),
       optional("use", texts(),
                "Catalog files of shared personas, channels and owners, relative to this file."),
       optional("data", texts(),
                "CSV files of measured numbers (touchpoint metrics, KPI actuals), relative to "
                "this file."),
       optional("funnels", list(object(funnel_shape())),
                "Conversion funnels: ordered touchpoints counted from analytics exports.")}};
  return shape;
}

const Shape& funnel_shape() {
  static const Shape shape{
      "funnel",
      "A conversion funnel: ordered touchpoints whose counts come from analytics exports.",
      {required("id", of(Kind::identifier), "Unique among the funnels (journey funnel --funnel)."),
       required("name", text(), "What the funnel measures."),
       optional("steps", ids(),
                "Touchpoint ids in order; without it, the journey's flow order (the touchpoints "
                "that have data)."),
       optional("window", of(Kind::duration),
                "How long a user has from the first step to the last, for event logs: a number "
                "and s, m, h, d or w (30m, 1d, 7d)."),
       optional("closed", of(Kind::boolean),
                "true (default): a step counts only users who passed the steps before it; false: "
                "every user who reached the step."),
       optional("leak-threshold", number(0, 1),
                "The share of users a step may lose before funnel-leak reports it (default 0.5)."),
       optional("data", texts(),
                "Export files (.csv or .json) of GA4, Mixpanel, PostHog or Amplitude funnels, "
                "metric rows, or an event log (user,event,timestamp), relative to this file."),
       optional("format", choice({"ga4", "mixpanel", "posthog", "amplitude", "metrics", "events"}),
                "The shape of the data files; without it, detected from their header or keys.")}};
  return shape;
}

const Shape& persona_shape() {
  static const Shape shape{
      "persona",
      "A customer the map follows.",
      {required("id", of(Kind::identifier), "Unique in the file; touchpoints refer to it."),
       required("name", text(), "The persona's name."),
       optional("description", text(), "Who they are."),
       optional("goals", texts(), "What they want to achieve."),
       optional("frustrations", texts(), "What gets in their way."),
       optional("needs", texts(), "What they need from us."),
       optional("channels", texts(), "The channels they prefer.")}};
  return shape;
}

const Shape& phase_shape() {
  static const Shape shape{
      "phase",
      "A phase of the journey.",
      {optional("goal", text(), "What the company wants from this phase."),
       optional("role", text(),
                "The customer's role here: stranger, visitor, lead, customer, promoter, "
                "ambassador or free text; default the model's."),
       optional("touchpoints", or_empty(list(object(touchpoint_shape()))),
                "The touchpoints of the phase, in the order the customer meets them.")}};
  return shape;
}

const Shape& touchpoint_shape() {
  static const Shape shape{"touchpoint", "A point where the customer meets the organisation.",
                           touchpoint_fields()};
  return shape;
}

const Shape& pain_shape() {
  static const Shape shape{
      "pain",
      "A pain with its severity.",
      {required("text", text(), "What hurts."),
       optional("severity", choice({"blocker", "workaround", "minor"}),
                "blocker: the customer gives up (a fail point); workaround: it costs effort; "
                "minor.")}};
  return shape;
}

const Shape& backstage_shape() {
  static const Shape shape{
      "backstage action",
      "What employees do out of the customer's sight.",
      {required("text", text(), "What is done."), optional("owner", text(), "Who does it.")}};
  return shape;
}

const Shape& kpi_shape() {
  static const Shape shape{"kpi",
                           "A key performance indicator of a phase.",
                           {required("id", of(Kind::identifier), "Unique in the file."),
                            optional("name", text(), "What is measured."),
                            required("phase", text(), "A phase id or alias of the model."),
                            optional("target", number(), "The value aimed for."),
                            optional("actual", number(), "The value measured."),
                            optional("unit", text(), "The unit, e.g. % or days."),
                            optional("better", choice({"higher", "lower"}),
                                     "Whether a higher (default) or a lower actual is better.")}};
  return shape;
}

const Shape& catalog_shape() {
  static const Shape shape{
      "catalog",
      "Personas, channels and owners that journeys share (use: [this file]).",
      {optional("use", texts(), "Other catalog files, relative to this file."),
       optional("personas", list(object(persona_shape())),
                "Personas, added to those of every journey that uses the catalog."),
       optional("channels", list(object(channel_shape())),
                "The channels touchpoints may name: with this key, a touchpoint channel that is "
                "no channel id here is reported."),
       optional("owners", list(object(owner_shape())),
                "The owners touchpoints, backstage actions and journeys may name: with this key, "
                "an owner that is no owner id here is reported.")}};
  return shape;
}

const Shape& channel_shape() {
  static const Shape shape{
      "channel",
      "A channel touchpoints may name.",
      {required("id", of(Kind::identifier), "What a touchpoint's channel says."),
       optional("name", text(), "A human-readable name."),
       optional("kind", text(), "digital, physical, human, ...")}};
  return shape;
}

const Shape& owner_shape() {
  static const Shape shape{
      "owner",
      "A department or team that owns touchpoints.",
      {required("id", of(Kind::identifier), "What an 'owner:' says."),
       optional("name", text(), "A human-readable name."),
       optional("contact", text(), "How to reach them: an e-mail address, a channel, ...")}};
  return shape;
}

const Shape& translated_shape() {
  static const Shape shape{"translated text",
                           "A text in English and, optionally, Dutch.",
                           {required("en", text(), "English."), optional("nl", text(), "Dutch.")}};
  return shape;
}

const Shape& loop_shape() {
  static const Shape shape{"loop",
                           "The journey loops from one phase back to another.",
                           {required("from", text(), "The phase the loop leaves."),
                            required("to", text(), "The phase the loop returns to.")}};
  return shape;
}

const Shape& model_shape() {
  static const ValueSpec translated = any_of({text(), object(translated_shape())});
  static const Shape shape{
      "model",
      "A journey model: the phases journeys go through.",
      {required("id", of(Kind::identifier), "The id journeys refer to."),
       required("name", translated, "A human-readable name, or {en, nl}."),
       optional("description", translated, "What the model is for, or {en, nl}."),
       optional("source", text(), "Where the model comes from."),
       optional("reference", text(), "A URL describing it."),
       optional("loop", object(loop_shape()), "The journey loops back."),
       required("phases", list(object(model_phase_shape())), "The phases, in order.")}};
  return shape;
}

const Shape& model_phase_shape() {
  static const ValueSpec translated = any_of({text(), object(translated_shape())});
  static const Shape shape{
      "model phase",
      "A phase of a model.",
      {required("id", of(Kind::identifier), "The key journeys use for this phase."),
       required("name", translated, "The phase's name, or {en, nl}."),
       optional("aliases", texts(), "Other keys a journey may use for this phase."),
       optional("role", translated, "The customer's usual role in this phase, or {en, nl}."),
       optional("stage", choice({"pre-purchase", "purchase", "post-purchase"}),
                "Where the phase stands relative to the purchase."),
       optional("description", text(), "What happens in the phase."),
       optional("channels", texts(), "Typical channels of the phase.")}};
  return shape;
}

const Shape& config_shape() {
  static const Shape shape{
      "configuration",
      "The configuration of journey lint, diff and score (.journeylint.yaml).",
      {optional("rules", map(Keys::rule, level()),
                "The level of rules: error, warning, info or off."),
       optional("model-paths", texts(), "Directories of model files, relative to this file."),
       optional("overrides", list(object(override_shape())),
                "Rule levels for the files some globs match."),
       optional("diff", object(config_diff_shape()), "How journey diff classes changes."),
       optional("score", object(config_score_shape()), "Weights and minimums of journey score."),
       optional("render", object(config_render_shape()),
                "How pictures and pages are drawn: language and fail points."),
       optional("lang", choice({"en", "nl"}),
                "The language of messages, pictures and pages when neither --lang nor the "
                "journey's lang says it (render: {lang} sets pictures and pages apart).")}};
  return shape;
}

const Shape& config_render_shape() {
  static const Shape shape{
      "render settings",
      "How journey render and journey report draw.",
      {optional("lang", choice({"en", "nl"}),
                "The language of pictures and pages when neither --lang nor the journey's lang "
                "says it."),
       optional("fail-emotion", integer(1, 5),
                "A moment of truth whose emotion is at most this is a fail point (default 2).")}};
  return shape;
}

const Shape& override_shape() {
  static const Shape shape{
      "override",
      "Rule levels for some files.",
      {required("files", any_of({text(), texts()}),
                "Globs relative to this file: '*' and '?' in a name, '**' across folders."),
       optional("rules", map(Keys::rule, level()), "The level of rules for them.")}};
  return shape;
}

const Shape& config_diff_shape() {
  static const Shape shape{
      "diff settings",
      "How journey diff classes changes.",
      {optional("changes", map(Keys::change_kind, choice({"regression", "change", "info", "off"})),
                "The class of a kind of change: regression, change, info or off.")}};
  return shape;
}

const Shape& config_score_shape() {
  static const Shape shape{"score settings", "Weights and minimums of journey score.",
                           score_fields()};
  return shape;
}

std::vector<const Shape*> all_shapes() {
  return {&journey_shape(),     &persona_shape(),     &phase_shape(),        &touchpoint_shape(),
          &pain_shape(),        &backstage_shape(),   &kpi_shape(),          &model_shape(),
          &model_phase_shape(), &translated_shape(),  &loop_shape(),         &config_shape(),
          &override_shape(),    &config_diff_shape(), &config_score_shape(), &config_render_shape(),
          &catalog_shape(),     &channel_shape(),     &owner_shape(),        &funnel_shape()};
}

}  // namespace journey
