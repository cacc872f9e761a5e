// SPDX-License-Identifier: Apache-2.0
// Where `journey serve` runs. The HTTP server (cpp-httplib, with the OpenSSL and Brotli libraries
// it brings) costs every start of a program that links it about 3 ms, a sixth of linting one file.
// So `journey` does not link it: its serve command hands its own command line to the helper
// `journey-serve` (serve_elsewhere.cpp), which is the same command line with the server linked in
// (serve_here.cpp) and is found beside `journey` or in its libexec folder, never on PATH.
#pragma once

#include "journey/serve.hpp"

namespace journey::cli {

// Serves until interrupted, or hands over to the helper; the exit code. `open`: run xdg-open.
int serve_journeys(ServeOptions options, bool open);

// The command line `journey` was started with (for the hand-over).
void remember_command_line(char** argv);
char** remembered_command_line();

}  // namespace journey::cli
