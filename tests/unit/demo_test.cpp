// Tests for demo: the generator fills a real SQLite store with plausible,
// consistent cases; the same seed on the same day gives the same data; the
// audit chain stays valid; demo accounts are created once.
#include "demo/demo.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "demo/names.hpp"
#include "domain/workflow.hpp"
#include "refdata/refdata.hpp"
#include "store/audit_append.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "training/assessment.hpp"
#include "util/crypto.hpp"
#include "util/text.hpp"

namespace frontline::demo {
namespace {

namespace fs = std::filesystem;

// 10:00 in Hà Nội on 15 March 2026.
TimePoint test_now() { return *parse_utc("2026-03-15T03:00:00Z"); }

// A store in a fresh temporary directory with the real reference data loaded.
class TestStore {
 public:
  TestStore() {
    static std::atomic<int> counter{0};
    dir_ = fs::temp_directory_path() /
           ("frontline-demo-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    EXPECT_TRUE(crypto::init_crypto().ok());
    auto key = crypto::load_or_create_key(dir_ / "key");
    EXPECT_TRUE(key.ok());
    box_ = std::make_unique<crypto::SecretBox>(*key);
    store::sqlite::Options options;
    options.path = dir_ / "frontline.db";
    options.sealer = box_.get();
    auto opened = store::sqlite::SqliteStore::open(std::move(options));
    EXPECT_TRUE(opened.ok()) << (opened.ok() ? "" : opened.error().message);
    store_ = std::move(opened).value();
    auto data = refdata::load_reference_data(fs::path(FRONTLINE_SOURCE_DIR) / "data");
    EXPECT_TRUE(data.ok()) << (data.ok() ? "" : data.error().message);
    EXPECT_TRUE(store_->write([&](store::Transaction& tx) { return tx.reference().load(*data); }).ok());
  }
  ~TestStore() {
    store_.reset();
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  TestStore(const TestStore&) = delete;
  TestStore& operator=(const TestStore&) = delete;

  store::Store& store() { return *store_; }

 private:
  fs::path dir_;
  std::unique_ptr<crypto::SecretBox> box_;
  std::unique_ptr<store::sqlite::SqliteStore> store_;
};

struct CaseRow {
  domain::Case c;
  std::vector<domain::CasePerson> persons;
  std::vector<domain::TimelineEvent> events;
};

std::vector<CaseRow> read_all(store::Store& s) {
  std::vector<CaseRow> rows;
  Status st = s.read([&](store::Transaction& tx) -> Status {
    domain::CaseFilter filter;
    filter.limit = 100000;
    FL_ASSIGN_OR_RETURN(auto page, tx.cases().list(filter, store::CaseScope{}));
    for (auto& c : page.items) {
      CaseRow row;
      FL_ASSIGN_OR_RETURN(row.persons, tx.persons().list_for_case(c.id));
      FL_ASSIGN_OR_RETURN(row.events, tx.events().list_for_case(c.id));
      row.c = std::move(c);
      rows.push_back(std::move(row));
    }
    return {};
  });
  EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().message);
  std::sort(rows.begin(), rows.end(), [](const CaseRow& a, const CaseRow& b) { return a.c.id < b.c.id; });
  return rows;
}

Result<DemoSummary> run(store::Store& s, uint64_t seed, int64_t cases, bool with_users = true) {
  ManualClock clock(test_now());
  return generate(s, clock, DemoOptions{cases, seed, with_users});
}

bool has_non_ascii(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char ch) { return static_cast<unsigned char>(ch) >= 0x80; });
}

// Everything the seed decides, in one comparable string per case.
std::vector<std::string> fingerprint(const std::vector<CaseRow>& rows) {
  std::vector<std::string> out;
  for (const auto& r : rows) {
    std::string f = r.c.number + "|" + r.c.title + "|" + domain::case_status_name(r.c.status) + "|" + r.c.summary +
                    "|" + r.c.reported_on + "|" + r.c.unit_code + "|" + format_utc(r.c.updated_at);
    for (const auto& p : r.persons) {
      f += "|" + p.person.identity.full_name + "/" + p.person.identity.date_of_birth + "/" +
           p.person.identity.citizen_id + "/" + domain::person_role_name(p.role);
    }
    for (const auto& e : r.events) {
      f += "|" + format_utc(e.occurred_at) + " " + e.description;
    }
    out.push_back(std::move(f));
  }
  return out;
}

class DemoGenerate : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    store_ = new TestStore();
    auto summary = run(store_->store(), 7, 300);
    ASSERT_TRUE(summary.ok()) << summary.error().message;
    summary_ = new DemoSummary(*summary);
    rows_ = new std::vector<CaseRow>(read_all(store_->store()));
  }
  static void TearDownTestSuite() {
    delete rows_;
    delete summary_;
    delete store_;
  }
  static TestStore* store_;
  static DemoSummary* summary_;
  static std::vector<CaseRow>* rows_;
};
TestStore* DemoGenerate::store_ = nullptr;
DemoSummary* DemoGenerate::summary_ = nullptr;
std::vector<CaseRow>* DemoGenerate::rows_ = nullptr;

TEST_F(DemoGenerate, CountsMatchTheStore) {
  ASSERT_EQ(rows_->size(), 300u);
  EXPECT_EQ(summary_->cases, 300);
  int64_t persons = 0;
  int64_t events = 0;
  for (const auto& r : *rows_) {
    persons += static_cast<int64_t>(r.persons.size());
    events += static_cast<int64_t>(r.events.size());
  }
  EXPECT_EQ(summary_->persons, persons);
  EXPECT_EQ(summary_->events, events);
  EXPECT_GT(persons, 300);
  EXPECT_GT(events, 600);
}

TEST_F(DemoGenerate, CaseNumbersAreWellFormedUniqueAndUseTheYearOfReport) {
  const std::regex pattern(R"(^[A-Z]+-\d{4}-\d{4,}$)");
  std::set<std::string> seen;
  for (const auto& r : *rows_) {
    EXPECT_TRUE(std::regex_match(r.c.number, pattern)) << r.c.number;
    EXPECT_TRUE(seen.insert(r.c.number).second) << "duplicate " << r.c.number;
    EXPECT_EQ(r.c.number.substr(0, r.c.province_code.size() + 6), r.c.province_code + "-" + r.c.reported_on.substr(0, 4) + "-");
  }
}

TEST_F(DemoGenerate, CasesSpreadOverStatusesFormsAndDates) {
  std::set<std::string> statuses;
  std::set<std::string> forms;
  std::set<std::string> destinations;
  std::set<std::string> channels;
  for (const auto& r : *rows_) {
    statuses.insert(domain::case_status_name(r.c.status));
    forms.insert(domain::trafficking_form_name(r.c.trafficking_form));
    destinations.insert(r.c.route.destination_country);
    channels.insert(domain::recruitment_channel_name(r.c.recruitment.channel));
    EXPECT_GE(r.c.reported_on, "2019-01-01");
    EXPECT_LT(r.c.reported_on, "2026-03-15");
    EXPECT_EQ(r.c.route.origin_country, "VN");
    EXPECT_FALSE(r.c.route.border_crossing.empty());
    EXPECT_TRUE(has_non_ascii(r.c.title)) << r.c.title;
    EXPECT_LE(text::code_points(r.c.title), 200u);
    EXPECT_EQ(r.c.recruitment.platform.empty(),
              r.c.recruitment.channel != domain::RecruitmentChannel::kOnlinePlatform);
  }
  EXPECT_GE(statuses.size(), 5u);
  EXPECT_GE(forms.size(), 4u);
  EXPECT_GE(destinations.size(), 4u);
  EXPECT_GE(channels.size(), 3u);
}

TEST_F(DemoGenerate, CasesBelongToBorderPostsOfTheirProvince) {
  std::map<std::string, domain::UnitInfo> units;
  ASSERT_TRUE(store_->store().read([&](store::Transaction& tx) -> Status {
    FL_ASSIGN_OR_RETURN(auto list, tx.reference().list_units());
    for (auto& u : list) {
      units[u.code] = u;
    }
    return {};
  }).ok());
  for (const auto& r : *rows_) {
    ASSERT_TRUE(units.count(r.c.unit_code)) << r.c.unit_code;
    const auto& u = units[r.c.unit_code];
    EXPECT_TRUE(u.kind == "border_post" || u.kind == "border_gate") << u.code;
    EXPECT_EQ(r.c.province_code, u.province_code);
  }
}

TEST_F(DemoGenerate, PersonsHaveVietnameseNamesAndSomeVictimsAreMinors) {
  int minors = 0;
  int with_diacritics = 0;
  int names = 0;
  for (const auto& r : *rows_) {
    const int year = std::stoi(r.c.reported_on.substr(0, 4));
    int victims = 0;
    for (const auto& p : r.persons) {
      const auto& id = p.person.identity;
      ++names;
      with_diacritics += has_non_ascii(id.full_name) ? 1 : 0;
      auto nfc = text::to_nfc(id.full_name);
      ASSERT_TRUE(nfc.ok());
      EXPECT_EQ(*nfc, id.full_name);
      EXPECT_EQ(id.full_name.find("\xC3\x90"), std::string::npos) << id.full_name;  // U+00D0
      EXPECT_EQ(r.c.title.find(id.full_name), std::string::npos);
      EXPECT_EQ(r.c.summary.find(id.full_name), std::string::npos);
      EXPECT_TRUE(id.citizen_id.empty() || id.citizen_id.size() == 12) << id.citizen_id;
      if (!id.date_of_birth.empty()) {
        EXPECT_TRUE(domain::is_valid_partial_date(id.date_of_birth)) << id.date_of_birth;
        EXPECT_EQ(p.person.birth_year, domain::partial_date_year(id.date_of_birth));
      }
      if (p.role == domain::PersonRole::kVictim) {
        ++victims;
        if (p.person.birth_year && year - *p.person.birth_year < 18) {
          ++minors;
        }
      }
    }
    EXPECT_GE(victims, 1) << r.c.number;
    EXPECT_LE(victims, 4) << r.c.number;
  }
  EXPECT_GT(minors, 0);
  EXPECT_GT(with_diacritics, names * 8 / 10);
}

TEST_F(DemoGenerate, TimelinesFollowTheWorkflowAfterTheReport) {
  const TimePoint now = test_now();
  for (const auto& r : *rows_) {
    ASSERT_FALSE(r.events.empty()) << r.c.number;
    EXPECT_EQ(r.events.front().kind, domain::EventKind::kReport) << r.c.number;
    int64_t steps = 0;
    for (const auto& e : r.events) {
      EXPECT_GE(e.occurred_at, r.c.created_at) << r.c.number;
      EXPECT_LT(e.occurred_at, now) << r.c.number;
      EXPECT_GT(e.created_by, 0);
      steps += e.kind == domain::EventKind::kStatusChange ? 1 : 0;
    }
    EXPECT_EQ(r.c.version, 1 + steps) << r.c.number;
    EXPECT_EQ(r.c.status == domain::CaseStatus::kReported, steps == 0) << r.c.number;
    EXPECT_GE(r.c.updated_at, r.c.created_at);
    EXPECT_EQ(format_utc(r.c.created_at).substr(0, 10), r.c.reported_on);  // reported 07:00-21:00 local
  }
}

TEST_F(DemoGenerate, AuditChainVerifiesAndUsersAreCreated) {
  auto report = store::verify_audit(store_->store());
  ASSERT_TRUE(report.ok());
  EXPECT_FALSE(report->first_broken_seq.has_value()) << report->problem;
  // nine accounts, one batch, the support organizations, the watchlists, the training programme, its tests, its
  // assessments
  EXPECT_EQ(report->entries, 9 + 1 + 1 + 1 + 1 + 1 + 1);
  ASSERT_EQ(summary_->users.size(), 9u);
  std::set<std::string> roles;
  for (const auto& u : summary_->users) {
    EXPECT_FALSE(u.existed);
    EXPECT_GE(u.password.size(), 10u);
    roles.insert(u.role);
  }
  EXPECT_EQ(roles.size(), 8u);  // two frontline officers (Lạng Sơn, Quảng Ninh)
  EXPECT_EQ(summary_->users.front().username, "officer.ls");
  EXPECT_EQ(summary_->users.front().unit_code.substr(0, 7), "DBP-LS-");
}

// Every identifier of the demo: (kind:key, case id, person id or 0), by id.
std::vector<std::tuple<std::string, int64_t, int64_t>> identifiers_of(store::Store& s) {
  std::vector<std::tuple<std::string, int64_t, int64_t>> out;
  Status st = s.read([&](store::Transaction& tx) -> Status {
    return tx.identifiers().scan([&](const store::ScopedIdentifier& i) {
      out.emplace_back(std::string(domain::identifier_kind_name(i.identifier.kind)) + ":" + i.identifier.key,
                       i.identifier.case_id, i.identifier.person_id.value_or(0));
      return true;
    });
  });
  EXPECT_TRUE(st.ok());
  return out;
}

TEST_F(DemoGenerate, RecruitmentRingsLinkCasesOfDifferentProvinces) {
  const auto ids = identifiers_of(store_->store());
  EXPECT_EQ(static_cast<int64_t>(ids.size()), summary_->identifiers);
  EXPECT_GT(ids.size(), 100u);  // about 40 % of 300 cases, one to four each
  std::map<int64_t, std::string> province;
  for (const auto& r : *rows_) {
    province[r.c.id] = r.c.province_code;
  }
  std::map<std::string, std::set<int64_t>> cases_of_phone;
  int64_t tied = 0;
  for (const auto& [key, case_id, person] : ids) {
    if (key.rfind("phone:+84899", 0) == 0) {
      cases_of_phone[key].insert(case_id);
    }
    tied += person != 0 ? 1 : 0;
  }
  EXPECT_GT(tied, 0);  // some rings' phones are a suspect's
  int shared = 0;
  int across = 0;
  for (const auto& [phone, cases] : cases_of_phone) {
    if (cases.size() >= 2) {
      shared += 1;
      std::set<std::string> provinces;
      for (int64_t c : cases) {
        provinces.insert(province[c]);
      }
      across += provinces.size() >= 2 ? 1 : 0;
    }
  }
  EXPECT_GE(shared, 10);
  EXPECT_GE(across, 5);
}

TEST(DemoDeterminism, SameSeedSameDataOtherSeedOtherData) {
  TestStore a;
  TestStore b;
  TestStore c;
  ASSERT_TRUE(run(a.store(), 7, 120).ok());
  ASSERT_TRUE(run(b.store(), 7, 120).ok());
  ASSERT_TRUE(run(c.store(), 8, 120).ok());
  const auto fa = fingerprint(read_all(a.store()));
  EXPECT_EQ(fa, fingerprint(read_all(b.store())));
  EXPECT_NE(fa, fingerprint(read_all(c.store())));
  EXPECT_EQ(identifiers_of(a.store()), identifiers_of(b.store()));
  EXPECT_NE(identifiers_of(a.store()), identifiers_of(c.store()));
}

// Every completed demo course has end-of-training assessments, by
// participants and by groups, valid by the questionnaire's rules.
TEST_F(DemoGenerate, CompletedCoursesHaveAssessmentsByParticipantsAndGroups) {
  auto found = store::read_value<std::vector<store::AssessmentOfCourse>>(
      store_->store(), [](store::Transaction& tx) { return tx.training_assessments().matching({}); });
  ASSERT_TRUE(found.ok());
  ASSERT_FALSE(found->empty());
  std::set<int64_t> courses;
  int64_t groups = 0;
  int64_t texts = 0;
  for (const auto& f : *found) {
    EXPECT_TRUE(training::validate_assessment(f.assessment).ok()) << f.assessment.id;
    courses.insert(f.assessment.course_id);
    groups += f.assessment.is_group() ? 1 : 0;
    texts += f.assessment.answer(domain::AssessmentSectionKind::kTrends).text.empty() ? 0 : 1;
  }
  EXPECT_GT(groups, 0);
  EXPECT_LT(groups, static_cast<int64_t>(found->size()));
  EXPECT_GT(texts, 0);
  auto completed = store::read_value<domain::CoursePage>(store_->store(), [](store::Transaction& tx) {
    domain::CourseFilter f;
    f.status = "completed";
    return tx.training_courses().list(f);
  });
  ASSERT_TRUE(completed.ok());
  EXPECT_EQ(courses.size(), completed->items.size());
}

TEST(DemoAccounts, ExistingAccountsAreKeptAndNumberingContinues) {
  TestStore s;
  ASSERT_TRUE(run(s.store(), 3, 50).ok());
  auto again = run(s.store(), 3, 50);
  ASSERT_TRUE(again.ok()) << again.error().message;
  for (const auto& u : again->users) {
    EXPECT_TRUE(u.existed) << u.username;
  }
  const auto rows = read_all(s.store());
  ASSERT_EQ(rows.size(), 100u);
  std::set<std::string> numbers;
  for (const auto& r : rows) {
    numbers.insert(r.c.number);
  }
  EXPECT_EQ(numbers.size(), 100u);
  auto report = store::verify_audit(s.store());
  ASSERT_TRUE(report.ok());
  EXPECT_FALSE(report->first_broken_seq.has_value());
  // nine accounts, two batches; the support organizations, watchlists, training programme, its tests and its
  // assessments only once
  EXPECT_EQ(report->entries, 9 + 2 + 1 + 1 + 1 + 1 + 1);
  auto orgs = store::read_value<std::vector<domain::SupportOrganization>>(
      s.store(), [](store::Transaction& tx) { return tx.support_orgs().list({}); });
  ASSERT_TRUE(orgs.ok());
  EXPECT_GE(orgs->size(), 10u);
  // One demo watchlist of each type, with entries; expired ones left out of matching.
  auto lists = store::read_value<std::vector<domain::Watchlist>>(
      s.store(), [](store::Transaction& tx) { return tx.watchlists().lists(); });
  ASSERT_TRUE(lists.ok());
  EXPECT_EQ(lists->size(), 5u);
  int64_t entries = 0;
  for (const auto& w : *lists) {
    EXPECT_GT(w.entry_count, 0) << w.name;
    entries += w.entry_count;
  }
  auto matchable = store::read_value<std::vector<domain::MatchableEntry>>(
      s.store(), [](store::Transaction& tx) { return tx.watchlists().matchable_entries("2026-03-15", std::nullopt); });
  ASSERT_TRUE(matchable.ok());
  EXPECT_GT(static_cast<int64_t>(matchable->size()), 0);
  EXPECT_LT(static_cast<int64_t>(matchable->size()), entries);  // some demo entries have expired
  for (const auto& m : *matchable) {
    if (m.list_type == domain::WatchlistType::kFlaggedPhones) {
      EXPECT_EQ(m.entry.phone_e164.substr(0, 3), "+84") << m.entry.phone_raw;
    }
  }
}

TEST(DemoAccounts, WithoutUsersNeedsAnExistingAccount) {
  TestStore s;
  auto r = run(s.store(), 1, 10, false);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kConflict);
  ASSERT_TRUE(run(s.store(), 1, 0, true).ok());  // accounts only
  auto with = run(s.store(), 1, 10, false);
  ASSERT_TRUE(with.ok()) << with.error().message;
  EXPECT_EQ(with->cases, 10);
  EXPECT_TRUE(with->users.empty());
}

TEST(DemoOptionsCheck, RefusesNegativeCounts) {
  TestStore s;
  auto r = run(s.store(), 1, -1);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
}

TEST(DemoNames, TablesAreNfcWithTheRightD) {
  for (std::string_view entry : name_table_entries()) {
    const std::string s(entry);
    auto nfc = text::to_nfc(s);
    ASSERT_TRUE(nfc.ok()) << s;
    EXPECT_EQ(*nfc, s);
    EXPECT_EQ(s.find("\xC3\x90"), std::string::npos) << s;
  }
}

TEST(DemoNames, FamilyNamesFollowNationalShares) {
  Rng rng(42);
  std::map<std::string, int> family;
  const int n = 20000;
  for (int i = 0; i < n; ++i) {
    family[vietnamese_name(rng, domain::Sex::kUnknown, 1995, NameOrigin::kKinh).family] += 1;
  }
  EXPECT_NEAR(family["Nguyễn"] / double(n), 0.38, 0.02);
  EXPECT_NEAR(family["Trần"] / double(n), 0.11, 0.015);
  EXPECT_NEAR(family["Lê"] / double(n), 0.095, 0.015);
}

TEST(DemoRng, IsReproducibleAndUnbiasedEnough) {
  Rng a(5);
  Rng b(5);
  std::vector<int> counts(3);
  for (int i = 0; i < 3000; ++i) {
    const uint64_t x = a.uniform(3);
    EXPECT_EQ(x, b.uniform(3));
    counts[x] += 1;
  }
  for (int c : counts) {
    EXPECT_NEAR(c, 1000, 120);
  }
  // std::mt19937_64's 10,000th output is fixed by the standard.
  std::mt19937_64 engine(5489u);
  engine.discard(9999);
  EXPECT_EQ(engine(), 9981545732273789042ull);
}

}  // namespace
}  // namespace frontline::demo
