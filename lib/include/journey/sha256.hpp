// SPDX-License-Identifier: Apache-2.0
// SHA-256 and HMAC-SHA-256, for the lint cache's keys and entries: a file crafted to collide with a
// cached clean one must not be able to borrow its findings.
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
  // The digest as 32 bytes, or as 64 lower-case hex digits; call one of them once, last.
  std::string digest();
  std::string hex();

 private:
  std::array<std::uint32_t, 8> state_;
  std::array<unsigned char, 64> buffer_{};
  std::size_t filled_ = 0;
  std::uint64_t length_ = 0;
};

std::string sha256_hex(std::string_view data);

// HMAC-SHA-256 (RFC 2104) as hex: the lint cache signs its entries with a key of the user's own,
// so that a cache folder from a checkout cannot pass forged findings off as journey's.
std::string hmac_sha256_hex(std::string_view key, std::string_view data);

}  // namespace journey
