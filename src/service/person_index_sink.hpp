// How writes to persons reach the screening index. CaseService and
// VictimService call person_changed() after a write that added, edited,
// linked or unlinked a person has committed (never inside the transaction,
// never after a rollback); the index then re-reads that person through the
// store. A sink must be safe to call from any request thread.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace frontline::service {

class PersonIndexSink {
 public:
  virtual ~PersonIndexSink() = default;
  // Person `person_id` may have changed identity or case links. Must not
  // throw; a failure to refresh is the sink's to log.
  virtual void person_changed(int64_t person_id) = 0;
};

// Tells several sinks, in the order given (the screening index, the link graph).
class PersonSinks final : public PersonIndexSink {
 public:
  explicit PersonSinks(std::vector<PersonIndexSink*> sinks) : sinks_(std::move(sinks)) {}
  void person_changed(int64_t person_id) override {
    for (PersonIndexSink* s : sinks_) {
      s->person_changed(person_id);
    }
  }

 private:
  std::vector<PersonIndexSink*> sinks_;
};

}  // namespace frontline::service
