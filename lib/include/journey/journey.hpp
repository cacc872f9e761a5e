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
};

struct Touchpoint {
  Text id;
  Text name;
  Text channel;
  TextList personas;
  Field<int> emotion;
  Text owner;
  TextList senses;
  TextList pains;
  TextList opportunities;
  Field<std::vector<Metric>> metrics;
  Text url;
  Text evidence;
  TextList next;
  Text handoff;
  Field<bool> entry;
  SourceSpan span;        // the touchpoint's map
  std::size_t phase = 0;  // index into Journey::phases
};

struct Phase {
  Text key;  // as written in the file (a phase id or an alias)
  Text goal;
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

enum class JourneyState { current, future };

struct Journey {
  Text title;
  Text model;
  Field<JourneyState> state;
  Text description;
  Text owner;
  Text reviewed;  // ISO date, validated by the loader
  std::vector<Persona> personas;
  Field<bool> personas_present;
  std::vector<Phase> phases;  // in file order
  Field<bool> phases_present;
  std::vector<Touchpoint> touchpoints;  // every touchpoint, in file order
  std::vector<Kpi> kpis;
  Field<bool> kpis_present;
  SourceSpan span;  // the root map
};

// The YAML path of a touchpoint or one of its fields, e.g.
// "phases.think.touchpoints[id=website].channel".
std::string touchpoint_path(const Journey& journey, const Touchpoint& touchpoint,
                            const std::string& field = {});
std::string persona_path(const Persona& persona, std::size_t index, const std::string& field = {});
std::string kpi_path(const Kpi& kpi, std::size_t index, const std::string& field = {});

}  // namespace journey
