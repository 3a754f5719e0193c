// The case workflow: which status may follow which, and who may make the move.
//   reported → under_verification → under_investigation →
//   transferred_to_procuracy → prosecuted → closed
// with `dismissed` (from any open state before prosecution) and `merged`
// (into another case, up to under_investigation: once a file is with the
// procuracy it is no longer merged here) branches. closed, dismissed and
// merged are final.
#pragma once

#include <set>
#include <vector>

#include "domain/case.hpp"
#include "domain/roles.hpp"

namespace frontline::domain {

// Every status that may legally follow `from`, in workflow order.
std::vector<CaseStatus> next_statuses(CaseStatus from);

// True when `from` → `to` is an edge of the workflow.
bool is_allowed_transition(CaseStatus from, CaseStatus to);

// True when a user with `roles` may move a case along `from` → `to`. Moving
// to prosecution stages is for investigators and commanders only.
bool may_transition(const std::set<Role>& roles, CaseStatus from, CaseStatus to);

// True for closed, dismissed and merged.
bool is_final(CaseStatus s);

}  // namespace frontline::domain
