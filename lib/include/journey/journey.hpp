// SPDX-License-Identifier: Apache-2.0
// The journey: what a *.journey.yaml file says, with the position of every element.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "journey/source.hpp"

namespace journey {

// A value read from the file with where it stood. `present` is false when the key was absent.
template <class T>
struct Field {
  T value{};
  SourceSpan span;       // the value's span
  bool present = false;  // the key was written
  bool valid = true;     // false when the value had the wrong type or format (already reported)

  bool usable() const { return present && valid; }
};

using Text = Field<std::string>;
using TextList = Field<std::vector<Text>>;

struct Metric {
  Text name;
  Field<double> value;
};

struct Persona {
  Text id;
  Text name;
  Text description;
  TextList goals;
  TextList frustrations;
  TextList needs;
  TextList channels;
  SourceSpan span;  // the persona's map
  // Where a persona from a catalog (`use:`) was defined, as shown (its spans are positions in that
  // file), and the journey's `use:` entry it came through; empty and unknown for a persona of the
  // journey itself. See journey_span().
  std::string file;
  SourceSpan via;
};

// A channel or an owner from a catalog: `channels: [{id, name, kind}]`, `owners: [{id, name,
// contact}]`. Its spans are positions in `file`.
struct Channel {
  Text id;
  Text name;
  Text kind;  // digital, physical, human, ... (free text)
  SourceSpan span;
  std::string file;
};

struct Owner {
  Text id;
  Text name;
  Text contact;
  SourceSpan span;
  std::string file;
};

// How badly a pain hurts (Atlassian's scale): a blocker makes the customer give up (a fail point),
// a workaround costs effort, minor is a nuisance. Unspecified when the pain is a plain string.
enum class PainSeverity { unspecified = 0, minor = 1, workaround = 2, blocker = 3 };
const char* to_string(PainSeverity severity);

// A pain: a plain string, or {text, severity}. It is a Text (the pain's words) with a severity.
struct Pain : Text {
  Field<PainSeverity> severity;
};

// One persona's emotion at a touchpoint: `emotion: {lotte: 4, sam: 2}`.
struct PersonaEmotion {
  Text persona;
  Field<int> value;
};

// What employees do out of the customer's sight: a string, or {text, owner}.
struct BackstageAction : Text {
  Text owner;
};

struct Touchpoint {
  Text id;
  Text name;
  Text channel;
  TextList personas;
  TextList actions;    // what the customer does here
  TextList thoughts;   // what the customer thinks or says (quotes from research)
  TextList artifacts;  // what the customer sees or holds there (the blueprint's physical evidence)
  // `emotion: 4` sets `emotion`; `emotion: {lotte: 4, sam: 2}` sets `persona_emotions` (present,
  // with the map's span) and leaves `emotion` absent. See emotion_of().
  Field<int> emotion;
  Field<std::vector<PersonaEmotion>> persona_emotions;
  Text owner;
  TextList senses;
  Field<std::vector<Pain>> pains;
  TextList opportunities;
  Field<std::vector<BackstageAction>> backstage;
  TextList support;    // systems and processes behind the touchpoint
  Field<bool> moment;  // a moment of truth; `moment: "first impression"` also names it
  Text moment_name;
  Field<std::vector<Metric>> metrics;
  Text url;
  Text evidence;
  TextList next;
  Text handoff;
  Field<bool> entry;
  TextList events;        // the analytics events that measure it (funnel exports name them)
  SourceSpan span;        // the touchpoint's map
  std::size_t phase = 0;  // index into Journey::phases
};

struct Phase {
  Text key;  // as written in the file (a phase id or an alias)
  Text goal;
  Text role;  // the customer's role in this phase: stranger, visitor, lead, ... or free text
  Field<bool> touchpoints_present;       // the 'touchpoints' key itself
  std::vector<std::size_t> touchpoints;  // indices into Journey::touchpoints, in file order
  int model_phase = -1;  // index of the model phase, -1 when unknown or not yet bound
  SourceSpan span;       // the phase's value
};

struct Kpi {
  Text id;
  Text name;
  Text phase;
  Field<double> target;
  Field<double> actual;
  Text unit;
  Field<bool> lower_is_better;  // `better: lower` (abandonment, churn, waiting time)
  SourceSpan span;
  int model_phase = -1;
};

// A conversion funnel (docs/format.md, "Funnels"): ordered touchpoints whose counts come from
// analytics exports (`data:`, read by the funnel layer, journey/funnel.hpp).
struct Funnel {
  Text id;
  Text name;
  TextList steps;                // touchpoint ids in order; absent: the journey's flow order
  Text window;                   // "30m", "1d", "7d": how long a user has from the first step
  long long window_seconds = 0;  // parsed from `window`; 0 when there is none
  Field<bool> closed;            // default true: a step counts users who passed the earlier ones
  Field<double> leak_threshold;  // the drop-off share (0..1) that funnel-leak reports; default 0.5
  TextList data;                 // export files, relative to the journey file
  Text format;                   // forces the export shape; absent: detected
  SourceSpan span;

  bool is_closed() const { return !closed.usable() || closed.value; }
};

enum class JourneyState { current, future };

struct Journey {
  Text title;
  Text model;
  Field<JourneyState> state;
  Text description;
  Text lang;  // "en" or "nl": the language of its pictures, unless --lang says otherwise
  Text owner;
  Text reviewed;  // ISO date, validated by the loader
  std::vector<Persona> personas;
  Field<bool> personas_present;
  std::vector<Phase> phases;  // in file order
  Field<bool> phases_present;
  std::vector<Touchpoint> touchpoints;  // every touchpoint, in file order
  std::vector<Kpi> kpis;
  Field<bool> kpis_present;
  TextList use;   // catalog files, relative to the journey file
  TextList data;  // CSV data files, relative to the journey file
  std::vector<Funnel> funnels;
  Field<bool> funnels_present;
  // What the catalogs give, once the lint engine has resolved `use:` (personas are added to
  // `personas`). `channels_listed` / `owners_listed`: a catalog in use has the key, so touchpoint
  // channels / owners must be among its ids. `catalogs_complete` is false when a catalog could not
  // be read whole, so that references to what it may define are not checked.
  std::vector<Channel> channels;
  std::vector<Owner> owners;
  bool channels_listed = false;
  bool owners_listed = false;
  bool catalogs_complete = true;
  SourceSpan span;  // the root map
};

// Where a persona stands in the journey file: its own span, or the `use:` entry that brought it
// in from a catalog. For output that names lines of the journey (diff, score).
const SourceSpan& journey_span(const Persona& persona);

// Whether the touchpoint records an emotion at all (a number or a map).
bool records_emotion(const Touchpoint& touchpoint);
// The emotion in 1..5 that a touchpoint gives `persona`: its map entry for the persona, or its
// plain number when the touchpoint concerns the persona (it lists no personas, or lists this one).
// With an empty persona: the plain number only. Nothing when out of range or not recorded.
std::optional<int> emotion_of(const Touchpoint& touchpoint, const std::string& persona = {});
// Every recorded emotion in 1..5: the plain number, or each persona's value.
std::vector<int> emotion_values(const Touchpoint& touchpoint);
// The curves a journey's emotions form: the ids of the personas named in any emotion map, in the
// order of `personas` (then first use); or one empty id, the single curve, when there is no map.
std::vector<std::string> emotion_subjects(const Journey& journey);

// The YAML path of a touchpoint or one of its fields, e.g.
// "phases.think.touchpoints[id=website].channel".
std::string touchpoint_path(const Journey& journey, const Touchpoint& touchpoint,
                            const std::string& field = {});
std::string persona_path(const Persona& persona, std::size_t index, const std::string& field = {});
std::string kpi_path(const Kpi& kpi, std::size_t index, const std::string& field = {});
std::string funnel_path(const Funnel& funnel, std::size_t index, const std::string& field = {});

}  // namespace journey
