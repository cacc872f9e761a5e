// SPDX-License-Identifier: Apache-2.0
// Weighting checks into categories and categories into the total.
#include <cmath>

#include "journey/messages.hpp"
#include "journey/score.hpp"

namespace journey {

namespace {

// One rounding for what is shown and what is gated: a check's and a category's score keep one
// decimal and the total none, as every format prints them, so that a journey shown as 72 passes
// --min-score 72. Each is rounded once, from the unrounded scores below it.
double shown(double value, int decimals) {
  double scale = decimals == 0 ? 1 : std::pow(10.0, decimals);
  return std::round(value * scale) / scale;
}

void round_for_display(Scorecard& card) {
  card.total = shown(card.total, 0);
  for (CategoryResult& cat : card.categories) cat.score = shown(cat.score, 1);
  for (CheckResult& check : card.checks) check.score = shown(check.score, 1);
}

}  // namespace

std::vector<CheckResult> run_checks(const Journey& j, const Model& m, Date today,
                                    const std::vector<FunnelResult>& funnels,
                                    std::vector<PhaseExperience>& phases);

const std::vector<std::pair<std::string, double>>& score_categories() {
  static const std::vector<std::pair<std::string, double>> categories = {
      {"coverage", 20},  {"experience", 25}, {"friction", 15}, {"measurement", 20},
      {"ownership", 10}, {"freshness", 5},   {"personas", 5},
  };
  return categories;
}

bool Scorecard::minimums_met() const {
  for (const auto& m : minimums) {
    if (!m.met) return false;
  }
  return true;
}

namespace {

// Each configured minimum against the card's (rounded) total, checks and categories.
void check_minimums(const ScoreSettings& settings, Scorecard& card) {
  for (const auto& [id, expected] : settings.minimums) {
    MinimumResult m;
    m.check = id;
    m.expected = expected;
    if (id == "total") {
      m.actual = card.total;
    } else {
      m.applicable = false;
      for (const auto& check : card.checks) {
        if (check.id == id) {
          m.applicable = check.applicable;
          m.actual = check.score;
        }
      }
      for (const auto& cat : card.categories) {
        if (cat.id == id) {
          m.applicable = cat.applicable;
          m.actual = cat.score;
        }
      }
    }
    // A check that cannot be judged neither passes nor fails its minimum.
    m.met = !m.applicable || m.actual >= m.expected;
    card.minimums.push_back(m);
  }
}

}  // namespace

Scorecard score_journey(const Journey& journey, const Model& model, const std::string& file,
                        Date today, const ScoreSettings& settings,
                        const std::vector<FunnelResult>& funnels) {
  // Reasons and the phase table in the journey's language unless the caller insists on one.
  MessageLanguageScope speaking(message_language_about(journey.lang.value),
                                message_language_insisted());
  Scorecard card;
  card.file = file;
  card.checks = run_checks(journey, model, today, funnels, card.phases);
  auto weight_of = [&](const std::string& id, double fallback) {
    auto it = settings.weights.find(id);
    return it == settings.weights.end() ? fallback : it->second;
  };
  double weighted = 0, weights = 0;
  for (const auto& [id, default_weight] : score_categories()) {
    CategoryResult cat;
    cat.id = id;
    cat.weight = weight_of(id, default_weight);
    double sum = 0, total = 0;
    for (CheckResult& check : card.checks) {
      if (check.category != id) continue;
      check.weight = weight_of(check.id, 1);
      if (!check.applicable || check.weight <= 0) continue;
      sum += check.score * check.weight;
      total += check.weight;
    }
    if (total > 0) {
      cat.applicable = true;
      cat.score = sum / total;
      if (cat.weight > 0) {
        weighted += cat.score * cat.weight;
        weights += cat.weight;
      }
    }
    card.categories.push_back(cat);
  }
  card.total = weights > 0 ? 10 * weighted / weights : 0;
  round_for_display(card);

  check_minimums(settings, card);
  return card;
}

}  // namespace journey
