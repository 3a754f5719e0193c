#include "domain/workflow.hpp"

#include <algorithm>

namespace frontline::domain {
namespace {

using S = CaseStatus;

struct Edge {
  S from;
  S to;
  bool investigators_only;  // procuracy and court stages
};

// The whole workflow as data.
constexpr Edge kEdges[] = {
    {S::kReported, S::kUnderVerification, false},
    {S::kReported, S::kDismissed, false},
    {S::kReported, S::kMerged, false},
    {S::kUnderVerification, S::kUnderInvestigation, false},
    {S::kUnderVerification, S::kDismissed, false},
    {S::kUnderVerification, S::kMerged, false},
    {S::kUnderInvestigation, S::kTransferredToProcuracy, true},
    {S::kUnderInvestigation, S::kDismissed, true},
    {S::kUnderInvestigation, S::kMerged, true},
    {S::kTransferredToProcuracy, S::kProsecuted, true},
    {S::kTransferredToProcuracy, S::kDismissed, true},
    {S::kProsecuted, S::kClosed, true},
};

const Edge* find_edge(S from, S to) {
  for (const auto& e : kEdges) {
    if (e.from == from && e.to == to) {
      return &e;
    }
  }
  return nullptr;
}

}  // namespace

std::vector<CaseStatus> next_statuses(CaseStatus from) {
  std::vector<CaseStatus> out;
  for (const auto& e : kEdges) {
    if (e.from == from) {
      out.push_back(e.to);
    }
  }
  return out;
}

bool is_allowed_transition(CaseStatus from, CaseStatus to) { return find_edge(from, to) != nullptr; }

bool may_transition(const std::set<Role>& roles, CaseStatus from, CaseStatus to) {
  const Edge* e = find_edge(from, to);
  if (e == nullptr || !has_permission(roles, Permission::kCaseTransition)) {
    return false;
  }
  if (!e->investigators_only) {
    return true;
  }
  return roles.count(Role::kInvestigator) > 0 || roles.count(Role::kCommander) > 0;
}

bool is_final(CaseStatus s) { return s == S::kClosed || s == S::kDismissed || s == S::kMerged; }

}  // namespace frontline::domain
