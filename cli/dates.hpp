// SPDX-License-Identifier: Apache-2.0
// The date a command works with: --today, else SOURCE_DATE_EPOCH, else (where the output stands
// for a commit) the last commit's date, else the clock; see choose_date in journey/date.hpp.
#pragma once

#include <string>

#include "journey/date.hpp"

namespace journey::cli {

struct CommandDate {
  const char* command = "";  // "report": how messages start ("journey report: ...")
  std::string today;         // --today as given
  std::string repository;    // a path whose last commit dates the output; empty: not asked
  bool say_clock = false;    // print "journey CMD: dated DATE (today; ...)" when the clock decides
};

// False after an error on stderr (a --today that is no date, a malformed SOURCE_DATE_EPOCH).
bool command_date(const CommandDate& request, Date& out);

}  // namespace journey::cli
