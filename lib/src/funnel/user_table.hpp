// SPDX-License-Identifier: Apache-2.0
// The users of an event log (event_log.cpp): an open-addressing table keyed by the user id, whose
// bytes live in one arena, so that a user costs a few dozen bytes however many events they have.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace journey::funnel {

struct UserState {
  std::int64_t start = 0;       // closed: entry of the current attempt; open: the first event
  std::int64_t last = 0;        // closed: when the current attempt reached its last step
  std::int64_t seen = 0;        // the latest event, for the time-order check
  std::int64_t best_start = 0;  // entry of the attempt that got furthest
  std::uint32_t mask = 0;       // open: the steps reached
  std::uint16_t segment = 0;    // 1 + index of the user's segment; 0: none
  std::uint8_t current = 0;     // closed: steps of the current attempt
  std::uint8_t best = 0;        // closed: the most steps of any attempt
};

class UserTable {
 public:
  // The user with this id, added when new; null when the table is full (`max` users).
  UserState* find_or_add(std::string_view id, std::size_t max, bool& added);
  std::size_t size() const { return size_; }
  template <class F>
  void each(F&& f) const {
    for (const Slot& s : slots_) {
      if (s.used) f(s.state);
    }
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint64_t offset = 0;  // of the id in arena_
    std::uint32_t length = 0;
    bool used = false;
    UserState state;
  };
  void grow();

  std::vector<Slot> slots_;
  std::string arena_;
  std::size_t size_ = 0;
};

}  // namespace journey::funnel
