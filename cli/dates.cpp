// SPDX-License-Identifier: Apache-2.0
#include "dates.hpp"

#include <cstdlib>
#include <iostream>

#include "journey/escape.hpp"
#include "journey/messages.hpp"
#include "output.hpp"

namespace journey::cli {

bool command_date(const CommandDate& request, Date& out) {
  DateChoice choice;
  choice.option = request.today;
  choice.source_date_epoch = std::getenv("SOURCE_DATE_EPOCH");
  choice.repository = request.repository;
  ChosenDate chosen;
  std::string error;
  if (!choose_date(choice, chosen, error)) {
    error_out(request.command) << terminal_text(error) << "\n";
    return false;
  }
  if (request.say_clock && chosen.origin == DateOrigin::clock) {
    std::cerr << "journey " << request.command << ": "
              << translate("dated %1$s (%2$s)", chosen.date.to_string(), describe(chosen.origin))
              << "\n";
  }
  out = chosen.date;
  return true;
}

}  // namespace journey::cli
