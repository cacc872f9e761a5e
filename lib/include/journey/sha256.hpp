// SHA-256, for the lint cache's keys: a file crafted to collide with a cached clean one must not
// be able to borrow its findings.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace journey {

class Sha256 {
 public:
  Sha256();
  Sha256& add(std::string_view data);
  // The digest as 64 lower-case hex digits; call once, last.
  std::string hex();

 private:
  std::array<std::uint32_t, 8> state_;
  std::array<unsigned char, 64> buffer_{};
  std::size_t filled_ = 0;
  std::uint64_t length_ = 0;
};

std::string sha256_hex(std::string_view data);

}  // namespace journey
