// Screenings and identification decisions (victim_service.hpp).
#include <algorithm>

#include "service/audit_helpers.hpp"
#include "service/case_service.hpp"
#include "service/victim_service.hpp"
#include "util/text.hpp"

namespace frontline::service {
namespace {

constexpr size_t kMaxNotes = 5000;

Status may_screen(const Principal& who) {
  return require(who, domain::Permission::kVictimScreen, "screen victims");
}

// Refuses a set meant for the other age group when the birth year leaves no
// doubt (a person born in Y is Y-year-old or one less this year).
void check_set_for_age(const identify::IndicatorSet& set, const domain::Person& p, TimePoint now, FieldErrors& bad) {
  if (!p.birth_year) {
    return;
  }
  const int oldest = local_year_vn(now) - *p.birth_year;
  const int youngest = oldest - 1;
  if (set.children && youngest >= 18) {
    bad["set_id"] = "the person was born in " + std::to_string(*p.birth_year) + "; use an adult set";
  } else if (!set.children && oldest < 18) {
    bad["set_id"] = "the person was born in " + std::to_string(*p.birth_year) + "; use a set for children";
  }
}

void check_notes(const std::optional<std::string>& notes, FieldErrors& bad) {
  if (notes && text::code_points(*notes) > kMaxNotes) {
    bad["notes"] = "at most 5,000 characters";
  }
}

void merge_errors(const Status& s, FieldErrors& bad) {
  if (!s.ok()) {
    for (const auto& [field, reason] : s.error().fields) {
      bad[field] = reason;
    }
  }
}

ScreeningView view_of(const identify::Catalog& catalog, domain::Screening s) {
  ScreeningView v;
  if (const auto* set = catalog.find_set(s.set_id)) {
    v.assessment = identify::assess(*set, s.answers);
  }
  v.screening = std::move(s);
  return v;
}

// The screening if its case lies in the caller's units; NotFound otherwise.
Result<domain::Screening> screening_in_scope(store::Transaction& tx, const Principal& who, int64_t id) {
  FL_ASSIGN_OR_RETURN(domain::Screening s, tx.victims().get_screening(id));
  if (!case_in_scope(tx, who, s.case_id).ok()) {
    return Error::not_found("screening " + std::to_string(id) + " not found");
  }
  return s;
}

nlohmann::json screening_detail(const domain::Screening& s) {
  return {{"person", s.person_id},
          {"case", s.case_id},
          {"set", s.set_id},
          {"status", domain::screening_status_name(s.status)},
          {"verdict", identify::verdict_name(s.verdict)}};
}

}  // namespace

Result<domain::Case> case_of_person(store::Transaction& tx, const Principal& who, int64_t person_id,
                                    std::optional<int64_t> case_id) {
  FL_ASSIGN_OR_RETURN(auto links, tx.persons().links_of(person_id));
  std::vector<int64_t> visible;
  for (const auto& [linked_case, role] : links) {
    if (case_in_scope(tx, who, linked_case).ok()) {
      visible.push_back(linked_case);
    }
  }
  if (visible.empty()) {
    return Error::not_found("person " + std::to_string(person_id) + " not found");
  }
  if (case_id) {
    if (std::find(visible.begin(), visible.end(), *case_id) == visible.end()) {
      return Error::invalid_field("case_id", "the person is on no such case in your units");
    }
    return tx.cases().get(*case_id);
  }
  if (visible.size() > 1) {
    return Error::invalid_field("case_id", "is required: the person is on several cases");
  }
  return tx.cases().get(visible.front());
}

Result<identify::Assessment> VictimService::assess(const Principal& who, const std::string& set_id,
                                                   const identify::Answers& answers) const {
  FL_TRY(may_screen(who));
  const auto* set = catalog_.find_set(set_id);
  if (set == nullptr) {
    return Error::invalid_field("set_id", "unknown indicator set '" + set_id + "'");
  }
  FL_TRY(identify::check_answers(catalog_, *set, answers));
  return identify::assess(*set, answers);
}

Result<ScreeningView> VictimService::start_screening(const Principal& who, int64_t person_id,
                                                     const ScreeningInput& in) {
  FL_TRY(may_screen(who));
  const TimePoint now = clock_.now();
  return store::write_value<ScreeningView>(store_, [&](store::Transaction& tx) -> Result<ScreeningView> {
    FL_ASSIGN_OR_RETURN(domain::Case c, case_of_person(tx, who, person_id, in.case_id));
    FL_ASSIGN_OR_RETURN(domain::Person p, tx.persons().get(person_id));
    FieldErrors bad;
    const auto* set = catalog_.find_set(in.set_id);
    if (in.set_id.empty()) {
      bad["set_id"] = "is required";
    } else if (set == nullptr) {
      bad["set_id"] = "unknown indicator set '" + in.set_id + "'";
    } else {
      check_set_for_age(*set, p, now, bad);
      merge_errors(identify::check_answers(catalog_, *set, in.answers), bad);
    }
    check_notes(in.notes, bad);
    if (!bad.empty()) {
      return Error::invalid("the screening has invalid fields", bad);
    }
    domain::Screening s;
    s.person_id = person_id;
    s.case_id = c.id;
    s.set_id = set->id;
    s.answers = in.answers;
    s.notes = in.notes.value_or("");
    s.status = in.status.value_or(domain::ScreeningStatus::kDraft);
    s.verdict = identify::assess(*set, s.answers).overall;
    s.created_by = s.updated_by = who.user_id;
    s.created_at = s.updated_at = now;
    if (s.status == domain::ScreeningStatus::kCompleted) {
      s.completed_at = now;
    }
    FL_ASSIGN_OR_RETURN(s.id, tx.victims().insert_screening(s));
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "screening.create", "screening", std::to_string(s.id),
                                               audit::Outcome::kOk, screening_detail(s))));
    return view_of(catalog_, std::move(s));
  });
}

Result<ScreeningView> VictimService::update_screening(const Principal& who, int64_t screening_id,
                                                      const ScreeningInput& in) {
  FL_TRY(may_screen(who));
  const TimePoint now = clock_.now();
  return store::write_value<ScreeningView>(store_, [&](store::Transaction& tx) -> Result<ScreeningView> {
    FL_ASSIGN_OR_RETURN(domain::Screening s, screening_in_scope(tx, who, screening_id));
    if (s.status == domain::ScreeningStatus::kCompleted) {
      return Error::conflict("screening " + std::to_string(s.id) + " is completed and no longer changes");
    }
    if (in.expected_version && *in.expected_version != s.version) {
      return Error::conflict("screening " + std::to_string(s.id) + " has changed; reload and try again");
    }
    const auto* set = catalog_.find_set(s.set_id);
    if (set == nullptr) {
      return Error::corruption("screening " + std::to_string(s.id) + " names an unknown set");
    }
    FieldErrors bad;
    merge_errors(identify::check_answers(catalog_, *set, in.answers), bad);
    check_notes(in.notes, bad);
    if (!bad.empty()) {
      return Error::invalid("the screening has invalid fields", bad);
    }
    for (const auto& [id, answer] : in.answers.by_indicator) {
      s.answers.by_indicator[id] = answer;
    }
    if (in.act_of_recruitment_given) {
      s.answers.act_of_recruitment = in.answers.act_of_recruitment;
    }
    if (in.notes) {
      s.notes = *in.notes;
    }
    if (in.status) {
      s.status = *in.status;
    }
    if (s.status == domain::ScreeningStatus::kCompleted) {
      s.completed_at = now;
    }
    s.verdict = identify::assess(*set, s.answers).overall;
    s.updated_by = who.user_id;
    s.updated_at = now;
    s.version += 1;
    FL_TRY(tx.victims().update_screening(s));
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "screening.update", "screening", std::to_string(s.id),
                                               audit::Outcome::kOk, screening_detail(s))));
    return view_of(catalog_, std::move(s));
  });
}

Result<std::vector<ScreeningView>> VictimService::list_screenings(const Principal& who, int64_t person_id) {
  FL_TRY(may_screen(who));
  return store::read_value<std::vector<ScreeningView>>(
      store_, [&](store::Transaction& tx) -> Result<std::vector<ScreeningView>> {
        bool any_visible_case = false;
        FL_ASSIGN_OR_RETURN(auto links, tx.persons().links_of(person_id));
        for (const auto& [case_id, role] : links) {
          any_visible_case = any_visible_case || case_in_scope(tx, who, case_id).ok();
        }
        if (!any_visible_case) {
          return Error::not_found("person " + std::to_string(person_id) + " not found");
        }
        FL_ASSIGN_OR_RETURN(auto all, tx.victims().screenings_of(person_id));
        std::vector<ScreeningView> out;
        for (auto& s : all) {
          if (case_in_scope(tx, who, s.case_id).ok()) {
            out.push_back(view_of(catalog_, std::move(s)));
          }
        }
        return out;
      });
}

Result<ScreeningView> VictimService::get_screening(const Principal& who, int64_t screening_id) {
  FL_TRY(may_screen(who));
  return store::read_value<ScreeningView>(store_, [&](store::Transaction& tx) -> Result<ScreeningView> {
    FL_ASSIGN_OR_RETURN(domain::Screening s, screening_in_scope(tx, who, screening_id));
    return view_of(catalog_, std::move(s));
  });
}

}  // namespace frontline::service
