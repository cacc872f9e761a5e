// SPDX-License-Identifier: Apache-2.0
#include "user_table.hpp"

namespace journey::funnel {

namespace {

// FNV-1a, then a final mix so that ids differing in their last bytes spread over the table.
std::uint64_t hash_of(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

}  // namespace

void UserTable::grow() {
  std::vector<Slot> old = std::move(slots_);
  // Four times as many: fewer passes over a table that may grow to millions of users.
  slots_.assign(old.empty() ? 4096 : old.size() * 4, Slot{});
  std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (!s.used) continue;
    std::size_t i = s.hash & mask;
    while (slots_[i].used) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

UserState* UserTable::find_or_add(std::string_view id, std::size_t max, bool& added) {
  added = false;
  if ((size_ + 1) * 4 > slots_.size() * 3) grow();  // at most three quarters full
  std::uint64_t h = hash_of(id);
  std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (!s.used) {
      if (size_ >= max) return nullptr;
      s.used = true;
      s.hash = h;
      s.offset = arena_.size();
      s.length = static_cast<std::uint32_t>(id.size());
      arena_.append(id.data(), id.size());
      ++size_;
      added = true;
      return &s.state;
    }
    if (s.hash == h && s.length == id.size() &&
        std::string_view(arena_.data() + s.offset, s.length) == id) {
      return &s.state;
    }
  }
}

}  // namespace journey::funnel
