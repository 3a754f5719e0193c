// How writes to watchlists reach the screening index. WatchlistService calls
// list_changed() after a committed change to a list or any of its entries
// (an entry added, edited, deactivated or imported; the list renamed,
// deactivated or reactivated); the index then re-reads the list's matchable
// entries through the store. A sink must be safe to call from any thread.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace frontline::service {

class WatchlistIndexSink {
 public:
  virtual ~WatchlistIndexSink() = default;
  // Must not throw; a failure to refresh is the sink's to log.
  virtual void list_changed(int64_t list_id) = 0;
};

// Tells several sinks, in the order given (the screening index, the flagged
// identifiers of scanning).
class WatchlistSinks final : public WatchlistIndexSink {
 public:
  explicit WatchlistSinks(std::vector<WatchlistIndexSink*> sinks) : sinks_(std::move(sinks)) {}
  void list_changed(int64_t list_id) override {
    for (WatchlistIndexSink* s : sinks_) {
      s->list_changed(list_id);
    }
  }

 private:
  std::vector<WatchlistIndexSink*> sinks_;
};

}  // namespace frontline::service
