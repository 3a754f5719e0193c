// SQLite repositories, private to the SQLite store. Each works on the
// connection of the transaction that owns it.
#pragma once

#include <nlohmann/json.hpp>

#include "store/sqlite/count_cache.hpp"
#include "store/sqlite/db.hpp"
#include "store/store.hpp"
#include "util/crypto.hpp"

namespace frontline::store::sqlite {

class SqliteReferenceRepo final : public ReferenceRepo {
 public:
  explicit SqliteReferenceRepo(Connection& c) : c_(c) {}
  Status load(const refdata::ReferenceData& data) override;
  Result<std::optional<domain::UnitInfo>> find_unit(const std::string& code) override;
  Result<domain::UnitInfo> get_unit(int64_t id) override;
  Result<std::vector<domain::UnitInfo>> list_units() override;
  Result<std::optional<ProvinceInfo>> find_province(const std::string& code) override;
  Result<std::vector<ProvinceInfo>> list_provinces() override;
  Result<bool> country_exists(const std::string& alpha2) override;
  Result<std::vector<CountryInfo>> list_countries() override;

 private:
  Connection& c_;
};

class SqliteUserRepo final : public UserRepo {
 public:
  explicit SqliteUserRepo(Connection& c) : c_(c) {}
  Result<int64_t> insert(const domain::User& user) override;
  Result<std::optional<domain::User>> find_by_username(const std::string& username) override;
  Result<domain::User> get(int64_t id) override;
  Status update(const domain::User& user) override;
  Result<std::vector<domain::User>> list() override;

 private:
  Connection& c_;
};

class SqliteSessionRepo final : public SessionRepo {
 public:
  explicit SqliteSessionRepo(Connection& c) : c_(c) {}
  Status insert(const domain::Session& session) override;
  Result<std::optional<domain::Session>> find(const std::string& token_hash) override;
  Status remove(const std::string& token_hash) override;
  Status remove_for_user(int64_t user_id) override;
  Status remove_expired(TimePoint now) override;

 private:
  Connection& c_;
};

class SqliteCaseRepo final : public CaseRepo {
 public:
  // `totals` remembers list totals across transactions; pass it only for
  // read-only transactions (a rolled-back write could otherwise leave a total
  // under a generation number that a later commit reuses). May be null.
  SqliteCaseRepo(Connection& c, CountCache* totals) : c_(c), totals_(totals) {}
  Result<int64_t> next_sequence(const std::string& prefix, int year) override;
  Result<int64_t> insert(const domain::Case& c) override;
  Result<domain::Case> get(int64_t id) override;
  Status update(const domain::Case& c) override;
  Result<domain::CasePage> list(const domain::CaseFilter& filter, const CaseScope& scope) override;
  Result<int64_t> count() override;

 private:
  Status index_text(const domain::Case& c);
  Result<int64_t> count_matches(const std::string& from_where, const std::vector<std::string>& params);
  Connection& c_;
  CountCache* totals_;
};

class SqlitePersonRepo final : public PersonRepo {
 public:
  SqlitePersonRepo(Connection& c, const crypto::SecretBox& sealer) : c_(c), sealer_(sealer) {}
  Result<int64_t> insert(const domain::Person& p) override;
  Result<domain::Person> get(int64_t id) override;
  Status update(const domain::Person& p) override;
  Status link(int64_t case_id, int64_t person_id, domain::PersonRole role, TimePoint at) override;
  Status unlink(int64_t case_id, int64_t person_id) override;
  Result<std::vector<domain::CasePerson>> list_for_case(int64_t case_id) override;
  Result<std::vector<std::pair<int64_t, domain::PersonRole>>> links_of(int64_t person_id) override;
  Result<int64_t> count() override;
  Result<std::vector<VictimOfCase>> victims_in_scope(const CaseScope& scope) override;  // victims_query.cpp
  Result<std::vector<VictimCount>> victim_counts(const VictimCountQuery& q) override;  // victim_counts.cpp
  Status scan_linked(const std::function<bool(const LinkedPerson&)>& visit,
                     std::optional<int64_t> only_person) override;  // person_scan.cpp

 private:
  Result<domain::Person> read_row(const Stmt& q, int first_col);
  Connection& c_;
  const crypto::SecretBox& sealer_;
};

class SqliteEventRepo final : public EventRepo {
 public:
  explicit SqliteEventRepo(Connection& c) : c_(c) {}
  Result<int64_t> insert(const domain::TimelineEvent& e) override;
  Result<std::vector<domain::TimelineEvent>> list_for_case(int64_t case_id) override;
  Result<std::vector<ScopedEvent>> newest_in_scope(const CaseScope& scope, int64_t limit) override;

 private:
  Connection& c_;
};

class SqliteEvidenceRepo final : public EvidenceRepo {
 public:
  explicit SqliteEvidenceRepo(Connection& c) : c_(c) {}
  Result<int64_t> insert(const domain::EvidenceItem& e) override;
  Result<domain::EvidenceItem> get(int64_t id) override;
  Result<std::vector<domain::EvidenceItem>> list_for_case(int64_t case_id) override;
  Result<int64_t> count_with_sha256(const std::string& sha256) override;

 private:
  Connection& c_;
};

class SqliteVictimRepo final : public VictimRepo {
 public:
  SqliteVictimRepo(Connection& c, const crypto::SecretBox& sealer) : c_(c), sealer_(sealer) {}
  Result<int64_t> insert_screening(const domain::Screening& s) override;
  Result<domain::Screening> get_screening(int64_t id) override;
  Status update_screening(const domain::Screening& s) override;
  Result<std::vector<domain::Screening>> screenings_of(int64_t person_id) override;
  Result<int64_t> insert_decision(const domain::IdentificationDecision& d) override;
  Result<std::vector<domain::IdentificationDecision>> decisions_of(int64_t person_id) override;
  Result<int64_t> insert_reception(const domain::Reception& r) override;
  Result<domain::Reception> get_reception(int64_t id) override;
  Result<std::pair<std::vector<domain::Reception>, int64_t>> list_receptions(const CaseScope& scope, int64_t offset,
                                                                            int64_t limit) override;

 private:
  Result<domain::Screening> read_screening(const Stmt& q);
  Result<domain::Reception> read_reception(const Stmt& q);
  Connection& c_;
  const crypto::SecretBox& sealer_;
};

class SqliteAuditRepo final : public AuditRepo {
 public:
  explicit SqliteAuditRepo(Connection& c) : c_(c) {}
  Result<std::optional<std::pair<int64_t, std::string>>> head() override;
  Status insert(const audit::Entry& e) override;
  Status scan(const std::function<bool(const audit::Entry&)>& visit) override;
  Result<std::vector<audit::Entry>> query(const AuditQuery& q) override;

 private:
  Connection& c_;
};

class SqliteCtdcRecordRepo final : public CtdcRecordRepo {
 public:
  explicit SqliteCtdcRecordRepo(Connection& c) : c_(c) {}
  Result<bool> insert_if_new(const CtdcRecord& r) override;
  Result<int64_t> count() override;
  Result<std::vector<VictimCount>> counts(int from_year, int to_year) override;  // victim_counts.cpp

 private:
  Connection& c_;
};

class SqliteSupportOrgRepo final : public SupportOrgRepo {
 public:
  explicit SqliteSupportOrgRepo(Connection& c) : c_(c) {}
  Result<int64_t> insert(const domain::SupportOrganization& org, const std::string& name_folded) override;
  Result<domain::SupportOrganization> get(int64_t id) override;
  Status update(const domain::SupportOrganization& org, const std::string& name_folded) override;
  Result<std::vector<domain::SupportOrganization>> list(const domain::SupportOrgFilter& filter) override;

 private:
  Connection& c_;
};

// Re-seals the columns listed in sealed_columns.hpp.
class SqliteSealedRepo final : public SealedRepo {
 public:
  explicit SqliteSealedRepo(Connection& c) : c_(c) {}
  Result<int64_t> reseal_all(const crypto::SecretBox& box) override;

 private:
  Connection& c_;
};

class SqliteReferralRepo final : public ReferralRepo {
 public:
  explicit SqliteReferralRepo(Connection& c) : c_(c) {}
  Result<int64_t> insert(const domain::Referral& r) override;
  Result<domain::Referral> get(int64_t id) override;
  Status update(const domain::Referral& r) override;
  Result<domain::ReferralPage> list(const domain::ReferralFilter& filter, const CaseScope& scope) override;
  Result<std::pair<int64_t, std::vector<UnreferredVictim>>> victims_without_referral(const CaseScope& scope,
                                                                                int64_t limit) override;
  Result<std::vector<domain::Entitlement>> entitlements_of(int64_t person_id) override;
  Status put_entitlement(int64_t person_id, const domain::Entitlement& e) override;

 private:
  Connection& c_;
};

class SqliteLinkRepo final : public LinkRepo {
 public:
  explicit SqliteLinkRepo(Connection& c) : c_(c) {}
  Result<std::optional<int64_t>> insert_proposal(const domain::LinkProposal& p) override;
  Result<domain::LinkProposal> get_proposal(int64_t id) override;
  Status update_proposal(const domain::LinkProposal& p) override;
  Result<domain::LinkPage> proposals(const domain::LinkFilter& filter, const CaseScope& scope) override;
  Result<bool> person_in_scope(int64_t person_id, const CaseScope& scope) override;
  // person_merge_repo.cpp
  Result<domain::PersonMerge> merge_persons(int64_t survivor_id, int64_t merged_id, int64_t proposal_id, int64_t by,
                                            TimePoint at) override;
  Result<domain::PersonMerge> get_merge(int64_t id) override;
  Status undo_merge(int64_t merge_id, int64_t by, TimePoint at) override;
  Result<std::optional<int64_t>> merged_into(int64_t person_id) override;
  Result<std::vector<domain::PersonMerge>> merges_of(int64_t person_id) override;

 private:
  Connection& c_;
};

// Helpers shared by the repositories.
std::string join_csv(const std::vector<std::string>& items);
std::vector<std::string> split_csv(const std::string& text);
// A person identity as the JSON document sealed for it (persons.identity,
// and the identity part of a watchlist entry), and back; absent keys are empty.
nlohmann::json identity_to_json(const domain::PersonIdentity& id);
domain::PersonIdentity identity_from_json(const nlohmann::json& j);
// The JSON object in an opened sealed value; Corruption naming `what` otherwise.
Result<nlohmann::json> sealed_object(const std::string& plain, const std::string& what);
// Parses a stored UTC timestamp; stored data that fails is Corruption.
Result<TimePoint> stored_time(const std::string& text);
// Appends " AND <case_unit column> in scope" to `where`, with its parameters.
void scope_sql(const CaseScope& scope, const std::string& case_unit, std::string& where,
               std::vector<std::string>& params);
// A stored JSON array of strings (flag ids, reasons); Corruption naming `what` otherwise.
Result<std::vector<std::string>> stored_strings(const std::string& json_text, const std::string& what);
// For paged lists: the number of rows of `from_where` (" FROM ... WHERE ..."),
// and `select_sql` prepared with `params`, then `limit` and `offset`, bound in order.
Result<int64_t> count_rows(Connection& c, const std::string& from_where, const std::vector<std::string>& params);
Result<Stmt> prepare_page(Connection& c, const std::string& select_sql, const std::vector<std::string>& params,
                          int64_t limit, int64_t offset);

class SqliteWatchlistRepo final : public WatchlistRepo {
 public:
  SqliteWatchlistRepo(Connection& c, const crypto::SecretBox& sealer) : c_(c), sealer_(sealer) {}
  Result<int64_t> insert_list(const domain::Watchlist& w) override;
  Result<domain::Watchlist> get_list(int64_t id) override;
  Status update_list(const domain::Watchlist& w) override;
  Result<std::vector<domain::Watchlist>> lists() override;
  Result<int64_t> insert_entry(const domain::WatchlistEntry& e) override;
  Result<domain::WatchlistEntry> get_entry(int64_t id) override;
  Status update_entry(const domain::WatchlistEntry& e) override;
  Result<std::vector<domain::WatchlistEntry>> entries_of(int64_t watchlist_id) override;
  Result<std::vector<domain::MatchableEntry>> matchable_entries(const std::string& today,
                                                                std::optional<int64_t> list_id) override;
  // watchlist_alert_repo.cpp
  Result<std::optional<int64_t>> insert_alert(const domain::WatchlistAlert& a) override;
  Result<domain::WatchlistAlert> get_alert(int64_t id) override;
  Status update_alert(const domain::WatchlistAlert& a) override;
  Result<domain::AlertPage> alerts(const domain::AlertFilter& filter, const CaseScope& scope) override;

 private:
  Result<domain::WatchlistEntry> read_entry(const Stmt& q, int first_col);
  Result<domain::WatchlistAlert> read_alert(const Stmt& q);
  Connection& c_;
  const crypto::SecretBox& sealer_;
};

class SqliteIdentifierRepo final : public IdentifierRepo {
 public:
  SqliteIdentifierRepo(Connection& c, const crypto::SecretBox& sealer) : c_(c), sealer_(sealer) {}
  Result<int64_t> insert(const domain::CaseIdentifier& i) override;
  Result<domain::CaseIdentifier> get(int64_t id) override;
  Status remove(int64_t id) override;
  Result<std::vector<domain::CaseIdentifier>> list_for_case(int64_t case_id) override;
  Status scan(const std::function<bool(const ScopedIdentifier&)>& visit, std::optional<int64_t> only_case) override;

 private:
  Result<domain::CaseIdentifier> read_row(const Stmt& q);
  Connection& c_;
  const crypto::SecretBox& sealer_;
};

class SqliteLeadRepo final : public LeadRepo {
 public:
  SqliteLeadRepo(Connection& c, const crypto::SecretBox& sealer) : c_(c), sealer_(sealer) {}
  Result<int64_t> insert(const domain::Lead& lead) override;
  Result<domain::Lead> get(int64_t id) override;
  Status update(const domain::Lead& lead) override;
  Result<domain::LeadPage> list(const domain::LeadFilter& filter, const CaseScope& scope) override;

 private:
  Result<domain::Lead> read_row(const Stmt& q);
  std::string seal(const domain::Lead& lead) const;
  Connection& c_;
  const crypto::SecretBox& sealer_;
};

class SqliteScanAlertRepo final : public ScanAlertRepo {
 public:
  SqliteScanAlertRepo(Connection& c, const crypto::SecretBox& sealer) : c_(c), sealer_(sealer) {}
  Result<int64_t> insert(const domain::ScanAlert& alert) override;
  Result<domain::ScanAlert> get(int64_t id) override;
  Status update(const domain::ScanAlert& alert) override;
  Result<domain::ScanAlertPage> list(const domain::ScanAlertFilter& filter, const CaseScope& scope) override;

 private:
  Result<domain::ScanAlert> read_row(const Stmt& q);
  std::string seal(const domain::ScanAlert& alert) const;
  Connection& c_;
  const crypto::SecretBox& sealer_;
};

// Training (migration 0015; training_*_repo.cpp).
class SqliteTrainingOfficerRepo final : public TrainingOfficerRepo {
 public:
  explicit SqliteTrainingOfficerRepo(Connection& c) : c_(c) {}
  Result<int64_t> insert(const domain::TrainingOfficer& o) override;
  Result<domain::TrainingOfficer> get(int64_t id) override;
  Result<std::optional<domain::TrainingOfficer>> find_by_user(int64_t user_id) override;
  Result<std::optional<domain::TrainingOfficer>> find_by_service_number(const std::string& sn) override;
  Status update(const domain::TrainingOfficer& o) override;
  Result<domain::OfficerPage> list(const domain::OfficerFilter& filter, const CaseScope& scope) override;

 private:
  Result<std::optional<domain::TrainingOfficer>> find_where(const std::string& where, const std::string& value);
  Connection& c_;
};

class SqliteTrainingCurriculumRepo final : public TrainingCurriculumRepo {
 public:
  explicit SqliteTrainingCurriculumRepo(Connection& c) : c_(c) {}
  Result<int64_t> insert_module(const domain::TrainingModule& m) override;
  Result<domain::TrainingModule> get_module(int64_t id) override;
  Result<std::vector<domain::TrainingModule>> list_modules() override;
  Result<int64_t> insert_version(const domain::ModuleVersion& v) override;
  Result<domain::ModuleVersion> get_version(int64_t id) override;
  Result<std::vector<domain::ModuleVersion>> versions_of(int64_t module_id) override;
  Result<std::vector<domain::ModuleVersion>> latest_versions() override;
  Result<int64_t> insert_edition(const domain::Edition& e) override;
  Result<domain::Edition> get_edition(int64_t id) override;
  Result<std::vector<domain::Edition>> list_editions() override;
  Result<int64_t> insert_receipt(const domain::EditionReceipt& r) override;
  Result<std::vector<domain::EditionReceipt>> receipts_of(int64_t edition_id) override;
  Result<std::vector<domain::EditionReceipt>> all_receipts() override;

 private:
  Status fill_edition_modules(domain::Edition& e);
  Connection& c_;
};

class SqliteTrainingCourseRepo final : public TrainingCourseRepo {
 public:
  explicit SqliteTrainingCourseRepo(Connection& c) : c_(c) {}
  Result<int64_t> insert(const domain::Course& c) override;
  Result<domain::Course> get(int64_t id) override;
  Status update(const domain::Course& c) override;
  Result<domain::CoursePage> list(const domain::CourseFilter& filter) override;
  Status insert_enrolment(const domain::Enrolment& e) override;
  Result<std::optional<domain::Enrolment>> find_enrolment(int64_t course_id, int64_t officer_id) override;
  Status update_enrolment(const domain::Enrolment& e) override;
  Result<std::vector<domain::Participant>> participants(int64_t course_id, const CaseScope& scope) override;
  Result<int64_t> count_active(int64_t course_id) override;
  Result<std::vector<domain::Enrolment>> enrolments_of(int64_t officer_id) override;
  Status put_attendance(const domain::AttendanceMark& m) override;
  Result<std::vector<domain::AttendanceMark>> attendance(int64_t course_id, std::optional<int64_t> officer_id) override;

 private:
  Status write_children(const domain::Course& c);
  Status fill_children(domain::Course& c);
  Connection& c_;
};

class SqliteTrainingCertificateRepo final : public TrainingCertificateRepo {
 public:
  explicit SqliteTrainingCertificateRepo(Connection& c) : c_(c) {}
  Result<int64_t> insert(const domain::Certificate& c) override;
  Result<std::optional<domain::Certificate>> find_by_code(const std::string& code) override;
  Result<std::optional<domain::Certificate>> find(int64_t course_id, int64_t officer_id) override;
  Result<std::vector<domain::Certificate>> of_course(int64_t course_id) override;
  Result<std::vector<domain::Certificate>> of_officer(int64_t officer_id) override;
  Status revoke(const domain::Certificate& c) override;

 private:
  Connection& c_;
};

// The completion hook (store/training_repos.hpp): the tests part fills it in.
class SqliteTrainingScoreRepo final : public TrainingScoreRepo {
 public:
  explicit SqliteTrainingScoreRepo(Connection& c) : c_(c) {}
  Result<bool> has_post_test(int64_t course_id) override;
  Result<ParticipantScores> scores(int64_t course_id, int64_t officer_id) override;
  Result<std::optional<double>> post_test_score(int64_t course_id, int64_t officer_id) override;

 private:
  Connection& c_;
};

}  // namespace frontline::store::sqlite
