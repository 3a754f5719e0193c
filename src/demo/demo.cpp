// The demo generator's driver: report dates, then cases in batches of
// kBatchCases per write transaction, each batch with one audit entry.
#include "demo/demo.hpp"

#include <algorithm>
#include <chrono>

#include "demo/accounts.hpp"
#include "demo/case_templates.hpp"
#include "demo/identifiers.hpp"
#include "demo/people.hpp"
#include "demo/rng.hpp"
#include "demo/support_orgs.hpp"
#include "demo/training.hpp"
#include "demo/training_tests.hpp"
#include "demo/watchlists.hpp"
#include "demo/timeline.hpp"
#include "demo/training_assessments.hpp"
#include "demo/victim_records.hpp"
#include "demo/world.hpp"
#include "service/audit_helpers.hpp"

namespace frontline::demo {
namespace {

constexpr int64_t kBatchCases = 2000;
constexpr int64_t kMaxCases = 10'000'000;

// Relative number of reports per day by year: few before the pandemic ended,
// many since online scam-centre recruitment took off in 2022.
int year_weight(int year) {
  switch (year) {
    case 2019: return 6;
    case 2020: return 5;
    case 2021: return 7;
    case 2022: return 12;
    case 2023: return 15;
    case 2024: return 15;
    case 2025: return 14;
    default: return year < 2019 ? 6 : 13;
  }
}

// `count` report days between 2019-01-01 (or three years back, when the
// clock is earlier than 2020) and yesterday, oldest first.
std::vector<int64_t> draw_report_days(Rng& rng, int64_t count, int64_t today) {
  const int64_t last = today - 1;
  int64_t first = day_number(2019, 1, 1);
  if (last - first < 365) {
    first = last - 3 * 365;
  }
  struct Segment {
    int64_t first_day;
    int64_t days;
    int64_t weight;  // per day
  };
  std::vector<Segment> segments;
  int64_t total = 0;
  for (int64_t d = first; d <= last;) {
    const int year = year_of_day(d);
    const int64_t end = std::min(last + 1, day_number(year + 1, 1, 1));
    segments.push_back({d, end - d, year_weight(year)});
    total += (end - d) * year_weight(year);
    d = end;
  }
  std::vector<int64_t> out;
  out.reserve(static_cast<size_t>(count));
  for (int64_t i = 0; i < count; ++i) {
    auto r = static_cast<int64_t>(rng.uniform(static_cast<uint64_t>(total)));
    for (const auto& s : segments) {
      if (r < s.days * s.weight) {
        out.push_back(s.first_day + r / s.weight);
        break;
      }
      r -= s.days * s.weight;
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

struct Counts {
  int64_t cases = 0;
  int64_t persons = 0;
  int64_t events = 0;
  int64_t identifiers = 0;
};

class CaseWriter {
 public:
  CaseWriter(Rng& rng, RecruitmentRings& rings, const World& world, const DemoAccounts& accounts, TimePoint horizon)
      : rng_(rng), rings_(rings), world_(world), accounts_(accounts), horizon_(horizon) {}

  // Plans one case reported on `day` and stores it with its persons and timeline.
  Result<int64_t> write(store::Transaction& tx, int64_t day, Counts& counts) {
    const int year = year_of_day(day);
    const CaseOutline o = plan_outline(rng_, world_, year);
    const TimePoint reported_at = vn_midnight(day) + std::chrono::minutes(rng_.between(7 * 60, 20 * 60 + 59));
    const TimePoint intake = reported_at + std::chrono::minutes(rng_.between(10, 120));
    std::vector<PlannedPerson> people = plan_people(rng_, world_, o, day, intake);
    Progress progress = plan_progress(rng_, world_, o, reported_at, horizon_);

    domain::Case c;
    c.title = o.title;
    c.summary = o.summary;
    c.status = progress.status;
    c.trafficking_form = o.form;
    c.unit_id = o.unit->id;
    c.unit_code = o.unit->code;
    c.province_code = o.unit->province_code;
    c.reported_on = format_day(day);
    c.route = o.route;
    c.recruitment = o.recruitment;
    c.created_by = accounts_.officer_id;
    c.created_at = reported_at;
    c.updated_at = progress.updated_at;
    c.version = progress.version;
    FL_ASSIGN_OR_RETURN(int64_t seq, tx.cases().next_sequence(c.province_code, year));
    c.number = domain::format_case_number(c.province_code, year, seq);
    FL_ASSIGN_OR_RETURN(c.id, tx.cases().insert(c));

    std::vector<domain::Person> victims;
    int64_t suspect = 0;
    for (const auto& planned : people) {
      FL_ASSIGN_OR_RETURN(int64_t person_id, tx.persons().insert(planned.person));
      FL_TRY(tx.persons().link(c.id, person_id, planned.role, planned.person.created_at));
      if (planned.role == domain::PersonRole::kSuspect && suspect == 0) {
        suspect = person_id;
      }
      if (planned.role == domain::PersonRole::kVictim) {
        victims.push_back(planned.person);
        victims.back().id = person_id;
      }
    }
    FL_TRY(write_victim_records(tx, accounts_, c, *o.unit, victims, intake));
    // Drawn from their own generator, so the rest of the demo does not change with them.
    for (domain::CaseIdentifier& i : rings_.plan(suspect)) {
      i.case_id = c.id;
      i.created_by = accounts_.investigator_id;
      i.created_at = intake;
      FL_TRY(discard_value(tx.identifiers().insert(i)));
      counts.identifiers += 1;
    }
    for (auto& planned : progress.events) {
      planned.event.case_id = c.id;
      planned.event.created_by =
          planned.actor == Actor::kInvestigator ? accounts_.investigator_id : accounts_.officer_id;
      FL_TRY(discard_value(tx.events().insert(planned.event)));
    }
    counts.cases += 1;
    counts.persons += static_cast<int64_t>(people.size());
    counts.events += static_cast<int64_t>(progress.events.size());
    return c.id;
  }

 private:
  Rng& rng_;
  RecruitmentRings& rings_;
  const World& world_;
  const DemoAccounts& accounts_;
  TimePoint horizon_;
};

}  // namespace

Result<DemoSummary> generate(store::Store& store, const Clock& clock, const DemoOptions& opt) {
  if (opt.cases < 0 || opt.cases > kMaxCases) {
    return Error::invalid_field("cases", "must be between 0 and 10,000,000");
  }
  FL_ASSIGN_OR_RETURN(World world,
                      store::read_value<World>(store, [](store::Transaction& tx) { return load_world(tx); }));
  FL_ASSIGN_OR_RETURN(DemoAccounts accounts, prepare_accounts(store, clock, world, opt.with_users));
  DemoSummary summary;
  summary.users = accounts.users;
  if (opt.cases == 0) {
    return summary;
  }

  // Everything below depends only on the seed, the options, the reference
  // data and today's date in Vietnam, never on the time of day.
  Rng rng(opt.seed);
  const int64_t today = today_vn(clock.now());
  const std::vector<int64_t> days = draw_report_days(rng, opt.cases, today);
  RecruitmentRings rings(opt.seed, opt.cases);
  CaseWriter writer(rng, rings, world, accounts, vn_midnight(today));
  const service::Principal system = service::Principal::system();
  Counts counts;
  for (size_t begin = 0; begin < days.size(); begin += kBatchCases) {
    const size_t end = std::min(days.size(), begin + static_cast<size_t>(kBatchCases));
    Counts batch;
    FL_TRY(store.write([&](store::Transaction& tx) -> Status {
      batch = Counts{};
      int64_t first_id = 0;
      int64_t last_id = 0;
      for (size_t i = begin; i < end; ++i) {
        FL_ASSIGN_OR_RETURN(last_id, writer.write(tx, days[i], batch));
        first_id = first_id == 0 ? last_id : first_id;
      }
      const nlohmann::json detail = {
          {"cases", batch.cases}, {"first_id", first_id}, {"last_id", last_id}, {"seed", opt.seed}};
      return store::append_audit(
          tx, service::audit_entry(system, clock, "demo.generate", "case", "", audit::Outcome::kOk, detail));
    }));
    counts.cases += batch.cases;
    counts.persons += batch.persons;
    counts.events += batch.events;
    counts.identifiers += batch.identifiers;
  }
  FL_TRY(store.write([&](store::Transaction& tx) -> Status {
    FL_ASSIGN_OR_RETURN(int64_t orgs, seed_support_organizations(tx, clock.now()));
    if (orgs == 0) {
      return {};
    }
    return store::append_audit(tx, service::audit_entry(system, clock, "support_org.create", "support_org", "",
                                                        audit::Outcome::kOk, {{"demo", orgs}}));
  }));
  FL_TRY(store.write([&](store::Transaction& tx) -> Status {
    FL_ASSIGN_OR_RETURN(int64_t entries, seed_watchlists(tx, clock.now(), opt.seed));
    if (entries == 0) {
      return {};
    }
    return store::append_audit(tx, service::audit_entry(system, clock, "watchlist.import", "watchlist", "",
                                                        audit::Outcome::kOk, {{"demo", entries}}));
  }));
  FL_TRY(store.write([&](store::Transaction& tx) -> Status {
    FL_ASSIGN_OR_RETURN(int64_t officers, seed_training(tx, world, clock.now(), opt.seed));
    if (officers == 0) {
      return {};
    }
    return store::append_audit(tx, service::audit_entry(system, clock, "demo.training", "training_course", "",
                                                        audit::Outcome::kOk, {{"officers", officers}}));
  }));
  // The training tests after the training core's demo (it needs its modules
  // and courses; without them it adds nothing).
  FL_TRY(store.write([&](store::Transaction& tx) -> Status {
    FL_ASSIGN_OR_RETURN(int64_t questions, seed_training_tests(tx, clock.now(), opt.seed));
    if (questions == 0) {
      return {};
    }
    return store::append_audit(tx, service::audit_entry(system, clock, "demo.training_tests", "training_question", "",
                                                        audit::Outcome::kOk, {{"questions", questions}}));
  }));
  // End-of-training assessments of the completed demo courses (none without them).
  FL_TRY(store.write([&](store::Transaction& tx) -> Status {
    FL_ASSIGN_OR_RETURN(int64_t assessments, seed_training_assessments(tx, clock.now(), opt.seed));
    if (assessments == 0) {
      return {};
    }
    return store::append_audit(tx, service::audit_entry(system, clock, "training.assessment.create",
                                                        "training_assessment", "", audit::Outcome::kOk,
                                                        {{"demo", assessments}}));
  }));
  FL_TRY(store.refresh_statistics());  // a bulk load changes what the planner should choose
  summary.cases = counts.cases;
  summary.persons = counts.persons;
  summary.events = counts.events;
  summary.identifiers = counts.identifiers;
  return summary;
}

}  // namespace frontline::demo
