// Helpers shared by the training test service's files (not part of its
// interface).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "service/training_tests.hpp"

namespace frontline::service::training_internal {

// kTrainingRead (or kTrainingManage) for reading, with `action` in the
// refusal ("your role may not read training results").
Status require_read(const Principal& who, const char* action);
Status require_manage(const Principal& who, const char* action);

// Whether the caller sees every participant (training managers, analysts,
// the system); others see the participants of their units' subtree.
bool sees_all(const Principal& who);
store::CaseScope scope_of(const Principal& who);

// The test's questions in test order; Corruption when one is missing.
Result<std::vector<domain::Question>> questions_of(store::Transaction& tx, const domain::TrainingTest& t);
// The module ids the course teaches (from its module versions).
Result<std::set<int64_t>> course_modules(store::Transaction& tx, const domain::Course& c);
Result<TestView> view_of(store::Transaction& tx, domain::TrainingTest t);
// The caller's officer record; PermissionDenied when they have none.
Result<domain::TrainingOfficer> own_officer(store::Transaction& tx, const Principal& who);

}  // namespace frontline::service::training_internal
