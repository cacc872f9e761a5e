// Escaping text for the places it is written to: JSON strings, XML, GitHub workflow commands.
#pragma once

#include <string>

namespace journey {

std::string json_escape(const std::string& text);
std::string xml_escape(const std::string& text);
// GitHub workflow commands: data escapes %, CR and LF; properties also ':' and ','.
std::string github_escape_data(const std::string& text);
std::string github_escape_property(const std::string& text);

}  // namespace journey
