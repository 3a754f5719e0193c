// Proposing cross-case links from the screening index: after each change to a
// case person, and in one batch over the whole store (link_service.hpp).
#include <algorithm>
#include <atomic>
#include <tuple>
#include <mutex>
#include <thread>

#include "service/audit_helpers.hpp"
#include "service/link_service.hpp"

namespace frontline::service {
namespace {

// The changed person's own record and its namesakes come first; 50 hits
// reach well past every plausible duplicate.
constexpr size_t kLinkQueryLimit = 50;

bool same_cases(const match::IndexedRecord& x, const match::IndexedRecord& y) {
  if (x.cases.size() != y.cases.size()) {
    return false;
  }
  for (size_t i = 0; i < x.cases.size(); ++i) {
    if (x.cases[i].case_id != y.cases[i].case_id) {
      return false;
    }
  }
  return true;
}

std::map<std::string, std::string> outcomes_of(const match::MatchScore& s) {
  std::map<std::string, std::string> out;
  for (const match::FieldExplanation& f : s.fields) {
    if (f.outcome != match::FieldOutcome::kUnknown) {
      out[f.field] = match::field_outcome_name(f.outcome);
    }
  }
  return out;
}

// A merge is proposed only on strong evidence: the whole name agreeing (not
// merely similar), or an equal document or phone. Two people with similar
// names and the same sex are many; the alert level alone is for screening,
// where an officer looks at once.
bool strong(const match::MatchScore& s) {
  for (const match::FieldExplanation& f : s.fields) {
    if (f.outcome == match::FieldOutcome::kMatch && (f.field == "name" || f.field == "document" || f.field == "phone")) {
      return true;
    }
  }
  return false;
}

// The kinds of identifier the two records share: "phone", and the document
// types ("citizen_id", "passport", ...).
std::vector<std::string> shared_identifiers(const match::MatchProfile& x, const match::MatchProfile& y) {
  std::vector<std::string> out;
  if (!x.phone.empty() && x.phone == y.phone) {
    out.emplace_back("phone");
  }
  for (const match::Document& d : x.documents) {
    for (const match::Document& e : y.documents) {
      if (d.type == e.type && d.number == e.number) {
        out.emplace_back(match::document_type_name(d.type));
      }
    }
  }
  return out;
}

std::vector<domain::LinkProposal> proposals_for(const match::MatchIndex& index, const match::IndexedRecord& changed,
                                                TimePoint now) {
  std::vector<domain::LinkProposal> out;
  if (changed.key.source != match::SourceKind::kCasePerson) {
    return out;
  }
  for (const match::IndexHit& hit : index.query(changed.profile, kLinkQueryLimit)) {
    const match::IndexedRecord& other = hit.record;
    if (other.key.source != match::SourceKind::kCasePerson || other.key.id == changed.key.id) {
      continue;
    }
    domain::LinkProposal p;
    p.person_a = std::min(changed.key.id, other.key.id);
    p.person_b = std::max(changed.key.id, other.key.id);
    p.score = static_cast<double>(static_cast<int64_t>(hit.score.score * 1000.0 + 0.5)) / 1000.0;
    p.outcomes = outcomes_of(hit.score);
    p.created_at = now;
    if (hit.score.alert && strong(hit.score)) {
      p.kind = domain::LinkKind::kDuplicatePerson;
      out.push_back(p);
      continue;
    }
    if (same_cases(changed, other)) {
      continue;  // two people of one case sharing a phone is no news
    }
    for (const std::string& kind : shared_identifiers(changed.profile, other.profile)) {
      p.kind = domain::LinkKind::kSharedIdentifier;
      p.identifier_kind = kind;
      out.push_back(p);
    }
  }
  return out;
}

Result<int64_t> record(store::Store& store, const Clock& clock, const std::vector<domain::LinkProposal>& proposals) {
  if (proposals.empty()) {
    return int64_t{0};
  }
  int64_t added = 0;
  const Principal system = Principal::system();
  FL_TRY(store.write([&](store::Transaction& tx) -> Status {
    added = 0;
    for (const domain::LinkProposal& p : proposals) {
      FL_ASSIGN_OR_RETURN(std::optional<int64_t> id, tx.links().insert_proposal(p));
      if (!id) {
        continue;
      }
      ++added;
      FL_TRY(store::append_audit(tx, audit_entry(system, clock, "link.propose", "link_proposal", std::to_string(*id),
                                                 audit::Outcome::kOk,
                                                 {{"kind", domain::link_kind_name(p.kind)},
                                                  {"persons", {p.person_a, p.person_b}},
                                                  {"identifier_kind", p.identifier_kind},
                                                  {"score", p.score}})));
    }
    return {};
  }));
  return added;
}

}  // namespace

Result<int64_t> propose_links(store::Store& store, const Clock& clock, const match::MatchIndex& index,
                              const match::IndexedRecord& changed) {
  return record(store, clock, proposals_for(index, changed, clock.now()));
}

Result<LinkScanReport> scan_links(store::Store& store, const Clock& clock, const match::MatchIndex& index, int threads,
                                  const std::function<void(int64_t)>& progress) {
  std::vector<match::IndexedRecord> records;
  FL_TRY(store.read([&](store::Transaction& tx) -> Status {
    return tx.persons().scan_linked([&](const store::LinkedPerson& lp) {
      records.push_back(indexed_record(lp));
      return true;
    });
  }));
  std::vector<domain::LinkProposal> found;
  std::mutex found_mutex;
  std::atomic<size_t> next{0};
  std::atomic<int64_t> done{0};
  const TimePoint now = clock.now();
  auto work = [&] {
    std::vector<domain::LinkProposal> mine;
    for (size_t i = next++; i < records.size(); i = next++) {
      for (domain::LinkProposal& p : proposals_for(index, records[i], now)) {
        mine.push_back(std::move(p));
      }
      const int64_t n = ++done;
      if (progress && n % 10000 == 0) {
        progress(n);
      }
    }
    std::lock_guard lock(found_mutex);
    found.insert(found.end(), std::make_move_iterator(mine.begin()), std::make_move_iterator(mine.end()));
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < std::max(threads, 1); ++t) {
    pool.emplace_back(work);
  }
  work();
  for (std::thread& t : pool) {
    t.join();
  }
  // Most pairs are found from both sides: keep one of each.
  std::sort(found.begin(), found.end(), [](const domain::LinkProposal& x, const domain::LinkProposal& y) {
    return std::tie(x.person_a, x.person_b, x.kind, x.identifier_kind) <
           std::tie(y.person_a, y.person_b, y.kind, y.identifier_kind);
  });
  found.erase(std::unique(found.begin(), found.end(),
                          [](const domain::LinkProposal& x, const domain::LinkProposal& y) {
                            return x.person_a == y.person_a && x.person_b == y.person_b && x.kind == y.kind &&
                                   x.identifier_kind == y.identifier_kind;
                          }),
              found.end());
  LinkScanReport report;
  report.persons = static_cast<int64_t>(records.size());
  // One transaction per thousand proposals keeps the write lock short.
  for (size_t i = 0; i < found.size(); i += 1000) {
    std::vector<domain::LinkProposal> batch(found.begin() + static_cast<std::ptrdiff_t>(i),
                                            found.begin() + static_cast<std::ptrdiff_t>(std::min(found.size(), i + 1000)));
    FL_ASSIGN_OR_RETURN(int64_t added, record(store, clock, batch));
    report.proposed += added;
  }
  return report;
}

}  // namespace frontline::service
