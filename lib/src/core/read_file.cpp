#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "journey/source.hpp"

namespace journey {

bool read_text_file(const std::string& path, std::string& out, std::string& error) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    error = "is a directory";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = std::strerror(errno);
    return false;
  }
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size > 0) {
    out.resize(static_cast<std::size_t>(size));
    in.read(out.data(), size);
    out.resize(static_cast<std::size_t>(in.gcount()));
  } else {
    std::ostringstream buffer;  // pipes and special files report no size
    buffer << in.rdbuf();
    out = buffer.str();
  }
  if (in.bad()) {
    error = "read error";
    return false;
  }
  return true;
}

}  // namespace journey
