// The storage interface. Domain and service code talk only to these classes;
// SQL, its dialect and the encryption of identifying data at rest live in the
// implementations (sqlite/ now, postgres/ later).
//
// Every read and write happens inside a Transaction handed to a callback by
// Store::read or Store::write. A write commits only when the callback returns
// success; on any error everything it did is rolled back, so a multi-row
// change is never half-written. Writers are serialized; readers see a
// consistent snapshot and run concurrently with each other and with a writer.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "domain/case.hpp"
#include "domain/identifier.hpp"
#include "domain/lead.hpp"
#include "domain/link.hpp"
#include "domain/person.hpp"
#include "domain/record.hpp"
#include "domain/scan_alert.hpp"
#include "domain/referral.hpp"
#include "domain/user.hpp"
#include "domain/victim.hpp"
#include "domain/watchlist.hpp"
#include "refdata/refdata.hpp"
#include "store/training_repos.hpp"
#include "store/training_test_repos.hpp"
#include "store/training_report_repos.hpp"
#include "util/crypto.hpp"
#include "util/result.hpp"

namespace frontline::store {

struct ProvinceInfo {
  std::string code;
  std::string name;
  std::string name_en;
  bool current = true;  // false for the 63 provinces before 1 July 2025
  bool coastal = false;
  std::vector<std::string> land_borders;
  std::string successor_code;  // current province it became part of (itself when current)
};

struct CountryInfo {
  std::string alpha2;
  std::string name_en;
  std::string name_vi;
};

class ReferenceRepo {
 public:
  virtual ~ReferenceRepo() = default;
  // Inserts or replaces provinces, countries and units; units keep their ids
  // across reloads (matched by code).
  virtual Status load(const refdata::ReferenceData& data) = 0;
  virtual Result<std::optional<domain::UnitInfo>> find_unit(const std::string& code) = 0;
  // NotFound when no unit has `id`.
  virtual Result<domain::UnitInfo> get_unit(int64_t id) = 0;
  virtual Result<std::vector<domain::UnitInfo>> list_units() = 0;
  virtual Result<std::optional<ProvinceInfo>> find_province(const std::string& code) = 0;
  virtual Result<std::vector<ProvinceInfo>> list_provinces() = 0;
  virtual Result<bool> country_exists(const std::string& alpha2) = 0;
  virtual Result<std::vector<CountryInfo>> list_countries() = 0;
};

class UserRepo {
 public:
  virtual ~UserRepo() = default;
  // Conflict when the username is taken. Returns the new id.
  virtual Result<int64_t> insert(const domain::User& user) = 0;
  virtual Result<std::optional<domain::User>> find_by_username(const std::string& username) = 0;
  // NotFound when no user has `id`.
  virtual Result<domain::User> get(int64_t id) = 0;
  // Overwrites every mutable field of the user with `user.id`.
  virtual Status update(const domain::User& user) = 0;
  virtual Result<std::vector<domain::User>> list() = 0;
};

class SessionRepo {
 public:
  virtual ~SessionRepo() = default;
  virtual Status insert(const domain::Session& session) = 0;
  virtual Result<std::optional<domain::Session>> find(const std::string& token_hash) = 0;
  virtual Status remove(const std::string& token_hash) = 0;
  virtual Status remove_for_user(int64_t user_id) = 0;
  virtual Status remove_expired(TimePoint now) = 0;
};

// Which cases a caller may see: all, or those whose unit lies under a unit path.
struct CaseScope {
  std::optional<std::string> unit_path_prefix;  // "/1/7/": the unit with path "/1/7/" and below
};

class CaseRepo {
 public:
  virtual ~CaseRepo() = default;
  // Next number in the per-(prefix, year) sequence, starting at 1.
  virtual Result<int64_t> next_sequence(const std::string& prefix, int year) = 0;
  // Conflict when the number is taken. Returns the new id.
  virtual Result<int64_t> insert(const domain::Case& c) = 0;
  // NotFound when no case has `id`.
  virtual Result<domain::Case> get(int64_t id) = 0;
  // Overwrites the stored case with `c` when its version is `c.version - 1`;
  // Conflict when someone else changed it in between.
  virtual Status update(const domain::Case& c) = 0;
  virtual Result<domain::CasePage> list(const domain::CaseFilter& filter, const CaseScope& scope) = 0;
  virtual Result<int64_t> count() = 0;
};

// A victim and one case they are linked to as a victim, reduced to what
// statistics need: the identity is never unsealed for this query.
struct VictimOfCase {
  int64_t person_id = 0;
  domain::Sex sex = domain::Sex::kUnknown;
  std::optional<int> birth_year;
  std::string nationality;
  int64_t case_id = 0;
  domain::CaseStatus case_status = domain::CaseStatus::kReported;
  domain::TraffickingForm trafficking_form = domain::TraffickingForm::kOther;
  std::string reported_on;          // "YYYY-MM-DD"
  std::string destination_country;  // "" when the case has none
};

// Which victims statistics count (PersonRepo::victim_counts). Each victim
// person counts once, with their earliest case (reported_on, then id) among
// the cases in `scope` that were not dismissed or merged; the filters then
// apply to that case.
struct VictimCountQuery {
  CaseScope scope;
  std::optional<std::string> reported_from;  // "YYYY-MM-DD", inclusive
  std::optional<std::string> reported_to;    // "YYYY-MM-DD", inclusive
  std::string province_code;                 // "" for all; a current code also matches its former provinces
};

// One cell of a breakdown: how many victims have `key` in `dimension`.
struct VictimCount {
  std::string dimension;
  std::string key;
  int64_t count = 0;
};

// A person with every case they are linked to, as the screening index
// reads them (PersonRepo::scan_linked).
struct PersonCaseLink {
  int64_t case_id = 0;
  std::string case_number;
  domain::PersonRole role = domain::PersonRole::kWitness;
  std::string unit_code;  // the case's unit
  std::string unit_path;  // "/1/7/"
};
struct LinkedPerson {
  domain::Person person;
  std::vector<PersonCaseLink> links;  // by case id; never empty from scan_linked
};

class PersonRepo {
 public:
  virtual ~PersonRepo() = default;
  virtual Result<int64_t> insert(const domain::Person& p) = 0;
  // NotFound when no person has `id`.
  virtual Result<domain::Person> get(int64_t id) = 0;
  // Version check as CaseRepo::update.
  virtual Status update(const domain::Person& p) = 0;
  // Conflict when the person is already linked to the case.
  virtual Status link(int64_t case_id, int64_t person_id, domain::PersonRole role, TimePoint at) = 0;
  // NotFound when the link does not exist.
  virtual Status unlink(int64_t case_id, int64_t person_id) = 0;
  virtual Result<std::vector<domain::CasePerson>> list_for_case(int64_t case_id) = 0;
  // (case id, role) of every case the person is linked to.
  virtual Result<std::vector<std::pair<int64_t, domain::PersonRole>>> links_of(int64_t person_id) = 0;
  virtual Result<int64_t> count() = 0;
  // Every (victim, case) link of the cases in `scope`, ordered by person id,
  // then the case's reported_on and id.
  virtual Result<std::vector<VictimOfCase>> victims_in_scope(const CaseScope& scope) = 0;
  // The victims matching `q`, counted in one statement, as cells of these
  // dimensions (keys in brackets; no cell for a key nobody has):
  //   "total" [""], "sex" [sex name], "age" [case year - birth year as
  //   decimal, "" when the birth year is unknown], "trafficking_form" [form
  //   name], "destination_country" [alpha-2, "" for none], "citizenship"
  //   [person's nationality, alpha-2, "" when unknown],
  //   "identification_status" [latest decision's status, "none"],
  //   "referral_status" ["none", "in_progress" (any referral not completed
  //   or declined), "completed" (else any completed), "declined" (all
  //   declined)], "province" [current province code of the case],
  //   "period" ["YYYY-MM" of reported_on].
  // Reads no sealed column.
  virtual Result<std::vector<VictimCount>> victim_counts(const VictimCountQuery& q) = 0;
  // Calls `visit` for every person linked to at least one case (person id
  // order), with identity unsealed and every link, until it returns false.
  // With `only_person` set, visits that person alone (nothing when they have
  // no link or do not exist). For the screening index: two statements, not
  // one query per person.
  virtual Status scan_linked(const std::function<bool(const LinkedPerson&)>& visit,
                             std::optional<int64_t> only_person = std::nullopt) = 0;
};

// A timeline event with the number of the case it belongs to.
struct ScopedEvent {
  domain::TimelineEvent event;
  std::string case_number;
};

class EventRepo {
 public:
  virtual ~EventRepo() = default;
  virtual Result<int64_t> insert(const domain::TimelineEvent& e) = 0;
  // Ordered by occurred_at, then id.
  virtual Result<std::vector<domain::TimelineEvent>> list_for_case(int64_t case_id) = 0;
  // At most `limit` events of the cases in `scope`, each with its case's
  // number, newest first (occurred_at, then id, descending).
  virtual Result<std::vector<ScopedEvent>> newest_in_scope(const CaseScope& scope, int64_t limit) = 0;
};

class EvidenceRepo {
 public:
  virtual ~EvidenceRepo() = default;
  virtual Result<int64_t> insert(const domain::EvidenceItem& e) = 0;
  virtual Result<domain::EvidenceItem> get(int64_t id) = 0;
  virtual Result<std::vector<domain::EvidenceItem>> list_for_case(int64_t case_id) = 0;
  // How many evidence items point at a stored blob.
  virtual Result<int64_t> count_with_sha256(const std::string& sha256) = 0;
};

// A historic, anonymized victim record imported from a CTDC-layout file.
// (row_hash, occurrence) identifies it across imports (see ctdc/import.hpp).
struct CtdcRecord {
  std::string row_hash;
  int64_t occurrence = 1;
  std::string source_sha256;  // of the imported file
  int64_t source_line = 0;
  std::map<std::string, std::string> cells;  // column -> value, every CTDC column
  TimePoint imported_at;
  int64_t imported_by = 0;  // user id; 0 for the system (CLI)
};

class CtdcRecordRepo {
 public:
  virtual ~CtdcRecordRepo() = default;
  // Stores `r`; false (and nothing written) when a record with the same
  // (row_hash, occurrence) is already stored.
  virtual Result<bool> insert_if_new(const CtdcRecord& r) = 0;
  virtual Result<int64_t> count() = 0;
  // The records whose yearOfRegistration (its first year, for a range) lies
  // in [from_year, to_year] (0: unbounded), counted as cells of "total" [""],
  // "year" [as stored], "gender", "age_broad", "citizenship",
  // "country_of_exploitation" [cells as stored, "" when empty] and "flag"
  // [each exploitation flag column that is "1"; a record may count under
  // several]. One statement.
  virtual Result<std::vector<VictimCount>> counts(int from_year, int to_year) = 0;
};

// Screenings, identification decisions and receptions (domain/victim.hpp).
class VictimRepo {
 public:
  virtual ~VictimRepo() = default;
  virtual Result<int64_t> insert_screening(const domain::Screening& s) = 0;
  // NotFound when no screening has `id`.
  virtual Result<domain::Screening> get_screening(int64_t id) = 0;
  // Version check as CaseRepo::update.
  virtual Status update_screening(const domain::Screening& s) = 0;
  // The person's screenings, newest first.
  virtual Result<std::vector<domain::Screening>> screenings_of(int64_t person_id) = 0;

  virtual Result<int64_t> insert_decision(const domain::IdentificationDecision& d) = 0;
  // The person's decisions, oldest first (the last is the current status).
  virtual Result<std::vector<domain::IdentificationDecision>> decisions_of(int64_t person_id) = 0;

  // Stores the reception and its persons (already inserted and linked).
  virtual Result<int64_t> insert_reception(const domain::Reception& r) = 0;
  // NotFound when no reception has `id`.
  virtual Result<domain::Reception> get_reception(int64_t id) = 0;
  // Receptions at units in `scope`, newest hand-over first, and their total.
  virtual Result<std::pair<std::vector<domain::Reception>, int64_t>> list_receptions(const CaseScope& scope,
                                                                                    int64_t offset,
                                                                                    int64_t limit) = 0;
};

struct AuditQuery {
  std::string action_prefix;  // "case." matches every case action
  std::string record_type;
  std::string record_id;
  int64_t actor_id = 0;  // 0: any
  int64_t offset = 0;
  int64_t limit = 50;
};

class AuditRepo {
 public:
  virtual ~AuditRepo() = default;
  // The last entry's (seq, hash), or nullopt for an empty log.
  virtual Result<std::optional<std::pair<int64_t, std::string>>> head() = 0;
  // Stores a fully formed entry (seq and hashes already set by audit::append).
  virtual Status insert(const audit::Entry& e) = 0;
  // Calls `visit` for every entry in seq order until it returns false.
  virtual Status scan(const std::function<bool(const audit::Entry&)>& visit) = 0;
  // Newest first.
  virtual Result<std::vector<audit::Entry>> query(const AuditQuery& q) = 0;
};

// Every value the store keeps sealed (encrypted with the data key), seen
// together so the key can be changed (app/key_rotation.hpp). Which columns
// hold sealed values is the implementation's business (for SQLite, the one
// list in sqlite/sealed_columns.hpp).
class SealedRepo {
 public:
  virtual ~SealedRepo() = default;
  // Opens every sealed value with `box` (its key, or its previous key) and
  // writes it back sealed under `box`'s key, within this transaction.
  // Returns how many values were re-sealed. Corruption, naming the table and
  // row, when a value opens with neither key (nothing is then committed).
  virtual Result<int64_t> reseal_all(const crypto::SecretBox& box) = 0;
};

class SupportOrgRepo {
 public:
  virtual ~SupportOrgRepo() = default;
  // Returns the new id. `name_folded` is text::fold of the name and name_en,
  // what `filter.q` is matched against.
  virtual Result<int64_t> insert(const domain::SupportOrganization& org, const std::string& name_folded) = 0;
  // NotFound when no organization has `id`.
  virtual Result<domain::SupportOrganization> get(int64_t id) = 0;
  // Version check as CaseRepo::update.
  virtual Status update(const domain::SupportOrganization& org, const std::string& name_folded) = 0;
  // Matching organizations by name.
  virtual Result<std::vector<domain::SupportOrganization>> list(const domain::SupportOrgFilter& filter) = 0;
};

// A victim (person linked as victim) of a case, as the dashboard lists them.
struct UnreferredVictim {
  int64_t person_id = 0;
  int64_t case_id = 0;
  std::string case_number;
};

class ReferralRepo {
 public:
  virtual ~ReferralRepo() = default;
  virtual Result<int64_t> insert(const domain::Referral& r) = 0;
  // NotFound when no referral has `id`. case_number and organization_name filled.
  virtual Result<domain::Referral> get(int64_t id) = 0;
  // Version check as CaseRepo::update.
  virtual Status update(const domain::Referral& r) = 0;
  // Referrals of cases in `scope` matching `filter`, due date first (none
  // last), then id; the total ignores offset and limit.
  virtual Result<domain::ReferralPage> list(const domain::ReferralFilter& filter, const CaseScope& scope) = 0;
  // Victims of cases in `scope` for whom no referral exists at all: how many
  // (person, case) pairs, and the first `limit` by case id, then person id.
  virtual Result<std::pair<int64_t, std::vector<UnreferredVictim>>> victims_without_referral(const CaseScope& scope,
                                                                                        int64_t limit) = 0;
  // The recorded checklist items of a person (items never assessed are absent).
  virtual Result<std::vector<domain::Entitlement>> entitlements_of(int64_t person_id) = 0;
  // Inserts or replaces one item of a person's checklist.
  virtual Status put_entitlement(int64_t person_id, const domain::Entitlement& e) = 0;
};

// Watchlists and their entries (domain/watchlist.hpp). Entries' identifying
// fields are sealed; queries over them (q filters, duplicates) happen in the
// service after unsealing, so no folded name is ever stored in clear.
class WatchlistRepo {
 public:
  virtual ~WatchlistRepo() = default;
  // Returns the new id.
  virtual Result<int64_t> insert_list(const domain::Watchlist& w) = 0;
  // NotFound when no list has `id`. Owner unit code and path and the count
  // of active entries filled.
  virtual Result<domain::Watchlist> get_list(int64_t id) = 0;
  // Version check as CaseRepo::update (name, source, description, active, updated_at).
  virtual Status update_list(const domain::Watchlist& w) = 0;
  // Every list, by name then id, filled as get_list.
  virtual Result<std::vector<domain::Watchlist>> lists() = 0;

  // Returns the new id.
  virtual Result<int64_t> insert_entry(const domain::WatchlistEntry& e) = 0;
  // NotFound when no entry has `id` (deactivated entries are found).
  virtual Result<domain::WatchlistEntry> get_entry(int64_t id) = 0;
  // Version check as CaseRepo::update.
  virtual Status update_entry(const domain::WatchlistEntry& e) = 0;
  // The active entries of a list (deactivated ones left out), by id.
  virtual Result<std::vector<domain::WatchlistEntry>> entries_of(int64_t watchlist_id) = 0;
  // For matching (the screening index): every active entry of every active
  // list (of list `list_id` only, when given) whose expiry is not before
  // `today` ("YYYY-MM-DD"), unsealed, by id.
  virtual Result<std::vector<domain::MatchableEntry>> matchable_entries(const std::string& today,
                                                                        std::optional<int64_t> list_id) = 0;

  // Alerts (domain::WatchlistAlert). Inserts `a` unless an alert for the same
  // (person, entry) exists; returns the new id, or nullopt when it existed.
  virtual Result<std::optional<int64_t>> insert_alert(const domain::WatchlistAlert& a) = 0;
  // NotFound when no alert has `id`. Filled as alerts() fills them, with the
  // person's newest case whatever its unit.
  virtual Result<domain::WatchlistAlert> get_alert(int64_t id) = 0;
  // Version check as CaseRepo::update (status, reviewed_by, reviewed_at, note).
  virtual Status update_alert(const domain::WatchlistAlert& a) = 0;
  // Alerts of persons linked to at least one case in `scope`, newest first;
  // case_id/case_number name the person's newest case in scope. The total
  // ignores offset and limit.
  virtual Result<domain::AlertPage> alerts(const domain::AlertFilter& filter, const CaseScope& scope) = 0;
};

// Cross-case link proposals and person merges (domain/link.hpp).
class LinkRepo {
 public:
  virtual ~LinkRepo() = default;
  // Inserts `p` unless a proposal of the same kind, persons and identifier
  // kind exists (whatever its status); the new id, or nullopt.
  virtual Result<std::optional<int64_t>> insert_proposal(const domain::LinkProposal& p) = 0;
  // NotFound when no proposal has `id`.
  virtual Result<domain::LinkProposal> get_proposal(int64_t id) = 0;
  // Version check as CaseRepo::update (status, reviewed_by, reviewed_at, merge_id).
  virtual Status update_proposal(const domain::LinkProposal& p) = 0;
  // Proposals with at least one person on a case in `scope`, newest first;
  // the total ignores offset and limit.
  virtual Result<domain::LinkPage> proposals(const domain::LinkFilter& filter, const CaseScope& scope) = 0;
  // True when the person is linked to at least one case in `scope`.
  virtual Result<bool> person_in_scope(int64_t person_id, const CaseScope& scope) = 0;

  // Moves every row that names `merged_id` (case links, screenings,
  // identification decisions, receptions, referrals, entitlements, alerts)
  // to `survivor_id`, except rows the survivor already has
  // (the same case, checklist item or watchlist entry: those stay with the
  // merged person, and its links to cases the survivor is on are removed),
  // marks the merged person merged_into the survivor and records the merge.
  // Conflict when either person is already merged. Returns the merge.
  virtual Result<domain::PersonMerge> merge_persons(int64_t survivor_id, int64_t merged_id, int64_t proposal_id,
                                                    int64_t by, TimePoint at) = 0;
  // NotFound when no merge has `id`.
  virtual Result<domain::PersonMerge> get_merge(int64_t id) = 0;
  // Moves the recorded rows back, puts the removed case links back, clears
  // merged_into and marks the merge undone. Conflict when already undone.
  virtual Status undo_merge(int64_t merge_id, int64_t by, TimePoint at) = 0;
  // The person a merged person was merged into, or nullopt.
  virtual Result<std::optional<int64_t>> merged_into(int64_t person_id) = 0;
  // Merges (undone ones included) where the person is survivor or merged, newest first.
  virtual Result<std::vector<domain::PersonMerge>> merges_of(int64_t person_id) = 0;
};

// A case identifier with what the link graph needs of its case.
struct ScopedIdentifier {
  domain::CaseIdentifier identifier;
  std::string unit_code;  // the case's unit
  std::string unit_path;
};

// Identifiers recorded on cases (domain/identifier.hpp). Value, qualifier,
// key and note are sealed; every read unseals them.
class IdentifierRepo {
 public:
  virtual ~IdentifierRepo() = default;
  // Returns the new id.
  virtual Result<int64_t> insert(const domain::CaseIdentifier& i) = 0;
  // NotFound when no identifier has `id`.
  virtual Result<domain::CaseIdentifier> get(int64_t id) = 0;
  // NotFound when no identifier has `id`.
  virtual Status remove(int64_t id) = 0;
  // The identifiers of a case, by id.
  virtual Result<std::vector<domain::CaseIdentifier>> list_for_case(int64_t case_id) = 0;
  // Calls `visit` for every identifier (of one case with `only_case`), by id,
  // with its case's unit, until it returns false. One statement.
  virtual Status scan(const std::function<bool(const ScopedIdentifier&)>& visit,
                      std::optional<int64_t> only_case = std::nullopt) = 0;
};

// Leads: saved online posts (domain/lead.hpp). Text, source URL, note and
// identifiers are sealed; every read unseals them.
class LeadRepo {
 public:
  virtual ~LeadRepo() = default;
  // Returns the new id.
  virtual Result<int64_t> insert(const domain::Lead& lead) = 0;
  // NotFound when no lead has `id`. Unit code and path filled.
  virtual Result<domain::Lead> get(int64_t id) = 0;
  // Version check as CaseRepo::update (case_id, unit_id, source_url, note, updated_at).
  virtual Status update(const domain::Lead& lead) = 0;
  // Leads of units in `scope` (of case `filter.case_id` only, when set),
  // newest first; the total ignores offset and limit.
  virtual Result<domain::LeadPage> list(const domain::LeadFilter& filter, const CaseScope& scope) = 0;
};

// Scan alerts from the watched folder (domain/scan_alert.hpp). The post and
// its identifiers are sealed; every read unseals them.
class ScanAlertRepo {
 public:
  virtual ~ScanAlertRepo() = default;
  // Returns the new id.
  virtual Result<int64_t> insert(const domain::ScanAlert& alert) = 0;
  // NotFound when no alert has `id`. Unit code and path filled.
  virtual Result<domain::ScanAlert> get(int64_t id) = 0;
  // Version check as CaseRepo::update (status, lead_id, reviewed_by, reviewed_at).
  virtual Status update(const domain::ScanAlert& alert) = 0;
  // Alerts of units in `scope` (of `filter.status` only, when set), riskiest
  // then newest first; the total ignores offset and limit.
  virtual Result<domain::ScanAlertPage> list(const domain::ScanAlertFilter& filter, const CaseScope& scope) = 0;
};

class Transaction {
 public:
  virtual ~Transaction() = default;
  virtual ReferenceRepo& reference() = 0;
  virtual UserRepo& users() = 0;
  virtual SessionRepo& sessions() = 0;
  virtual CaseRepo& cases() = 0;
  virtual PersonRepo& persons() = 0;
  virtual EventRepo& events() = 0;
  virtual EvidenceRepo& evidence() = 0;
  virtual VictimRepo& victims() = 0;
  virtual AuditRepo& audit() = 0;
  virtual CtdcRecordRepo& ctdc_records() = 0;
  virtual SealedRepo& sealed() = 0;
  virtual SupportOrgRepo& support_orgs() = 0;
  virtual ReferralRepo& referrals() = 0;
  virtual WatchlistRepo& watchlists() = 0;
  virtual LinkRepo& links() = 0;
  virtual IdentifierRepo& identifiers() = 0;
  virtual LeadRepo& leads() = 0;
  virtual ScanAlertRepo& scan_alerts() = 0;
  // Training (store/training_repos.hpp).
  virtual TrainingOfficerRepo& training_officers() = 0;
  virtual TrainingCurriculumRepo& training_curriculum() = 0;
  virtual TrainingCourseRepo& training_courses() = 0;
  virtual TrainingCertificateRepo& training_certificates() = 0;
  virtual TrainingScoreRepo& training_scores() = 0;
  // Training tests (store/training_test_repos.hpp).
  virtual TrainingQuestionRepo& training_questions() = 0;
  virtual TrainingTestRepo& training_tests() = 0;
  virtual TrainingAttemptRepo& training_attempts() = 0;
  // Training assessments and reports (store/training_report_repos.hpp).
  virtual TrainingAssessmentRepo& training_assessments() = 0;
  virtual TrainingReportRepo& training_reports() = 0;
};

using TxFn = std::function<Status(Transaction&)>;

class Store {
 public:
  virtual ~Store() = default;
  // Runs `fn` in a read-only snapshot. Writes inside it fail.
  virtual Status read(const TxFn& fn) = 0;
  // Runs `fn` in a write transaction; commits iff it returns success.
  // Unavailable when the database stays busy past the timeout.
  virtual Status write(const TxFn& fn) = 0;
  // The schema version after migrations.
  virtual int schema_version() const = 0;
  // Lets the query planner see the data's current shape (sizes, spread of
  // values). Runs when a store opens; call it too after a bulk load.
  virtual Status refresh_statistics() = 0;
};

// Runs `fn` through `run` (a Store's read or write) and returns its value.
template <typename T, typename Run>
Result<T> run_for_value(Run run, const std::function<Result<T>(Transaction&)>& fn) {
  std::optional<T> out;
  Status s = run([&](Transaction& tx) -> Status {
    auto r = fn(tx);
    if (!r.ok()) {
      return std::move(r).error();
    }
    out = std::move(r).value();
    return {};
  });
  if (!s.ok()) {
    return std::move(s).error();
  }
  return std::move(*out);
}

// Runs `fn` in a read transaction and returns its value.
template <typename T>
Result<T> read_value(Store& store, const std::function<Result<T>(Transaction&)>& fn) {
  return run_for_value<T>([&](const TxFn& f) { return store.read(f); }, fn);
}

// Runs `fn` in a write transaction and returns its value after commit.
template <typename T>
Result<T> write_value(Store& store, const std::function<Result<T>(Transaction&)>& fn) {
  return run_for_value<T>([&](const TxFn& f) { return store.write(f); }, fn);
}

}  // namespace frontline::store
