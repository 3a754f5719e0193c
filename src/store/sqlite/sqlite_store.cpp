#include "store/sqlite/sqlite_store.hpp"

#include "store/sqlite/migrations.hpp"
#include "store/sqlite/repos.hpp"
#include "store/sqlite/training_test_repos.hpp"
#include "store/sqlite/training_report_repos.hpp"

namespace frontline::store::sqlite {
namespace {

class SqliteTransaction final : public Transaction {
 public:
  SqliteTransaction(Connection& c, const crypto::SecretBox& sealer, CountCache* totals)
      : reference_(c), users_(c), sessions_(c), cases_(c, totals), persons_(c, sealer), events_(c), evidence_(c),
        victims_(c, sealer), audit_(c), ctdc_records_(c), sealed_(c), support_orgs_(c), referrals_(c),
        watchlists_(c, sealer), links_(c), identifiers_(c, sealer), leads_(c, sealer), scan_alerts_(c, sealer),
        training_officers_(c), training_curriculum_(c), training_courses_(c), training_certificates_(c),
        training_scores_(c), training_questions_(c), training_tests_(c), training_attempts_(c),
        training_assessments_(c), training_reports_(c) {}
  ReferenceRepo& reference() override { return reference_; }
  UserRepo& users() override { return users_; }
  SessionRepo& sessions() override { return sessions_; }
  CaseRepo& cases() override { return cases_; }
  PersonRepo& persons() override { return persons_; }
  EventRepo& events() override { return events_; }
  EvidenceRepo& evidence() override { return evidence_; }
  VictimRepo& victims() override { return victims_; }
  AuditRepo& audit() override { return audit_; }
  CtdcRecordRepo& ctdc_records() override { return ctdc_records_; }
  SealedRepo& sealed() override { return sealed_; }
  SupportOrgRepo& support_orgs() override { return support_orgs_; }
  ReferralRepo& referrals() override { return referrals_; }
  WatchlistRepo& watchlists() override { return watchlists_; }
  LinkRepo& links() override { return links_; }
  IdentifierRepo& identifiers() override { return identifiers_; }
  LeadRepo& leads() override { return leads_; }
  ScanAlertRepo& scan_alerts() override { return scan_alerts_; }
  TrainingOfficerRepo& training_officers() override { return training_officers_; }
  TrainingCurriculumRepo& training_curriculum() override { return training_curriculum_; }
  TrainingCourseRepo& training_courses() override { return training_courses_; }
  TrainingCertificateRepo& training_certificates() override { return training_certificates_; }
  TrainingScoreRepo& training_scores() override { return training_scores_; }
  TrainingQuestionRepo& training_questions() override { return training_questions_; }
  TrainingTestRepo& training_tests() override { return training_tests_; }
  TrainingAttemptRepo& training_attempts() override { return training_attempts_; }
  TrainingAssessmentRepo& training_assessments() override { return training_assessments_; }
  TrainingReportRepo& training_reports() override { return training_reports_; }

 private:
  SqliteReferenceRepo reference_;
  SqliteUserRepo users_;
  SqliteSessionRepo sessions_;
  SqliteCaseRepo cases_;
  SqlitePersonRepo persons_;
  SqliteEventRepo events_;
  SqliteEvidenceRepo evidence_;
  SqliteVictimRepo victims_;
  SqliteAuditRepo audit_;
  SqliteCtdcRecordRepo ctdc_records_;
  SqliteSealedRepo sealed_;
  SqliteSupportOrgRepo support_orgs_;
  SqliteReferralRepo referrals_;
  SqliteWatchlistRepo watchlists_;
  SqliteLinkRepo links_;
  SqliteIdentifierRepo identifiers_;
  SqliteLeadRepo leads_;
  SqliteScanAlertRepo scan_alerts_;
  SqliteTrainingOfficerRepo training_officers_;
  SqliteTrainingCurriculumRepo training_curriculum_;
  SqliteTrainingCourseRepo training_courses_;
  SqliteTrainingCertificateRepo training_certificates_;
  SqliteTrainingScoreRepo training_scores_;
  SqliteTrainingQuestionRepo training_questions_;
  SqliteTrainingTestRepo training_tests_;
  SqliteTrainingAttemptRepo training_attempts_;
  SqliteTrainingAssessmentRepo training_assessments_;
  SqliteTrainingReportRepo training_reports_;
};

// Runs fn between BEGIN and COMMIT, rolling back on any failure (and on exceptions).
Status run_in_transaction(Connection& conn, const char* begin, const crypto::SecretBox& sealer, CountCache* totals,
                          const TxFn& fn) {
  FL_TRY(conn.exec(begin));
  Status s;
  try {
    SqliteTransaction tx(conn, sealer, totals);
    s = fn(tx);
  } catch (...) {
    (void)conn.exec("ROLLBACK");
    throw;
  }
  if (!s.ok()) {
    (void)conn.exec("ROLLBACK");
    return s;
  }
  Status committed = conn.exec("COMMIT");
  if (!committed.ok()) {
    (void)conn.exec("ROLLBACK");
  }
  return committed;
}

}  // namespace

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(Options options) {
  if (options.sealer == nullptr) {
    return Error::internal("SqliteStore needs a sealer for identifying data");
  }
  std::unique_ptr<SqliteStore> store(new SqliteStore(std::move(options)));
  FL_ASSIGN_OR_RETURN(store->writer_,
                      Connection::open(store->options_.path.string(), OpenMode::kReadWrite, &store->options_.fault_hook));
  FL_ASSIGN_OR_RETURN(store->schema_version_, migrate(*store->writer_));
  FL_TRY(store->refresh_statistics());
  return store;
}

Status SqliteStore::refresh_statistics() {
  std::lock_guard<std::mutex> lock(write_mutex_);
  FL_TRY(writer_->exec("PRAGMA analysis_limit=0; ANALYZE;"));
  // Pooled readers loaded the old statistics with the schema; new ones load the fresh.
  std::lock_guard<std::mutex> pool(pool_mutex_);
  readers_.clear();
  return {};
}

SqliteStore::~SqliteStore() = default;

Result<std::unique_ptr<Connection>> SqliteStore::take_reader() {
  {
    std::lock_guard<std::mutex> lock(pool_mutex_);
    if (!readers_.empty()) {
      auto conn = std::move(readers_.back());
      readers_.pop_back();
      return conn;
    }
  }
  return Connection::open(options_.path.string(), OpenMode::kReadOnly, &options_.fault_hook);
}

void SqliteStore::return_reader(std::unique_ptr<Connection> conn) {
  std::lock_guard<std::mutex> lock(pool_mutex_);
  if (readers_.size() < options_.max_readers) {
    readers_.push_back(std::move(conn));
  }
}

Status SqliteStore::read(const TxFn& fn) {
  FL_ASSIGN_OR_RETURN(auto conn, take_reader());
  Status s = run_in_transaction(*conn, "BEGIN", *options_.sealer, &list_totals_, fn);
  return_reader(std::move(conn));
  return s;
}

Status SqliteStore::write(const TxFn& fn) {
  std::lock_guard<std::mutex> lock(write_mutex_);
  return run_in_transaction(*writer_, "BEGIN IMMEDIATE", *options_.sealer, nullptr, fn);
}

}  // namespace frontline::store::sqlite
