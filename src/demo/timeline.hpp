// How far a demo case has come along the workflow, and its timeline: the
// report, rescue or reception at the border, interviews, referral to support,
// arrests, and one status_change event per workflow step.
#pragma once

#include <cstdint>
#include <vector>

#include "demo/case_templates.hpp"
#include "demo/rng.hpp"
#include "demo/world.hpp"
#include "domain/case.hpp"
#include "domain/record.hpp"

namespace frontline::demo {

// Who records an event: the post's officer or the provincial investigator.
enum class Actor { kOfficer, kInvestigator };

struct PlannedEvent {
  domain::TimelineEvent event;  // case_id and created_by unset
  Actor actor = Actor::kOfficer;
};

struct Progress {
  domain::CaseStatus status = domain::CaseStatus::kReported;
  int64_t version = 1;    // 1 + the number of workflow steps taken
  TimePoint updated_at;   // of the last step (the report when none)
  std::vector<PlannedEvent> events;  // ordered by occurred_at
};

// Older cases are further along: the final status is drawn by the case's age
// at `horizon`, and the path to it follows the workflow's edges
// (domain/workflow.hpp). Every event lies in [reported_at, horizon - 1 h].
// `reported_at` must be at least two hours before `horizon`.
Progress plan_progress(Rng& rng, const World& world, const CaseOutline& o, TimePoint reported_at, TimePoint horizon);

}  // namespace frontline::demo
