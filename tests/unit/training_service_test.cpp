// TrainingService against a real store (service/training_service.hpp): the
// completion rule at the attendance threshold, enrolment all-or-nothing,
// commanders' scope and the audit of their reads, officer search by folded
// name.
#include <gtest/gtest.h>

#include "service/training_service.hpp"
#include "service_fixture.hpp"

namespace frontline::testing {
namespace {

class TrainingServiceTest : public ServiceTest {
 protected:
  int64_t officer_at(const std::string& sn, const std::string& name, const std::string& unit) {
    service::OfficerDraft d;
    d.full_name = name;
    d.service_number = sn;
    d.unit_id = env.unit(unit).id;
    d.rank = "trung_uy";
    d.sex = "male";
    auto o = training.create_officer(trainer, d);
    EXPECT_TRUE(o.ok()) << describe(o);
    return o.ok() ? o->id : 0;
  }

  domain::Course course(const std::string& code, int64_t capacity) {
    service::CourseDraft d;
    d.code = code;
    d.title_vi = "Tập huấn";
    d.province_code = "LS";
    d.start_date = "2026-03-02";
    d.end_date = "2026-03-06";  // five days
    d.capacity = capacity;
    d.trainers = {{std::nullopt, "Giảng viên A"}};
    auto c = training.create_course(trainer, d);
    EXPECT_TRUE(c.ok()) << describe(c);
    return c.ok() ? c->course : domain::Course{};
  }

  service::TrainingService training{*env.store, env.clock};
};

TEST_F(TrainingServiceTest, CompletionNeedsTheMinimumAttendanceShare) {
  const domain::Course c = course("TH-T-01", 5);
  const int64_t four = officer_at("BP-1", "Nguyễn Văn Bốn", "DBP-LS-HUUNGHI");   // 4 of 5 days: 80 %
  const int64_t three = officer_at("BP-2", "Nguyễn Văn Ba", "DBP-LS-HUUNGHI");   // 3 of 5 days: 60 %
  ASSERT_TRUE(training.enrol_bulk(trainer, c.id, {four, three}).ok());
  const std::vector<std::string> days = {"2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"};
  for (size_t i = 0; i < days.size(); ++i) {
    service::AttendanceSheet sheet;
    (i < 4 ? sheet.present : sheet.absent).push_back(four);
    (i < 3 ? sheet.present : sheet.absent).push_back(three);
    ASSERT_TRUE(training.record_attendance(trainer, c.id, days[i], sheet).ok());
  }
  auto done = training.complete(trainer, c.id);
  ASSERT_TRUE(done.ok()) << describe(done);
  EXPECT_FALSE(done->has_post_test);  // no tests part yet: the hook reports none
  for (const auto& p : done->participants) {
    if (p.officer.id == four) {
      EXPECT_EQ(p.status, "completed");
      EXPECT_DOUBLE_EQ(p.attendance_pct, 80.0);
      ASSERT_TRUE(p.certificate_code.has_value());
    } else {
      EXPECT_EQ(p.status, "not_completed");
      EXPECT_EQ(p.reasons, std::vector<std::string>{"attendance"});
      EXPECT_FALSE(p.certificate_code.has_value());
    }
  }
  EXPECT_EQ(done->course.status, "completed");
  EXPECT_EQ(audits("training.certificate.issue"), 1);
  // Closed: no more enrolment or attendance.
  auto late = training.enrol(trainer, c.id, service::EnrolRequest{three, {}, "", "", {}});
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, ErrorCode::kConflict);
}

TEST_F(TrainingServiceTest, BulkEnrolmentIsAllOrNothing) {
  const domain::Course c = course("TH-T-02", 2);
  const int64_t a = officer_at("BP-11", "Lê Văn A", "DBP-LS-HUUNGHI");
  const int64_t b = officer_at("BP-12", "Lê Văn B", "DBP-LS-HUUNGHI");
  const int64_t d = officer_at("BP-13", "Lê Văn D", "DBP-LS-HUUNGHI");
  auto over = training.enrol_bulk(trainer, c.id, {a, b, d});
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.error().code, ErrorCode::kConflict);
  EXPECT_EQ(over.error().fields.count("capacity"), 1u);
  auto twice = training.enrol_bulk(trainer, c.id, {a, a});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().fields.count("officer_ids[1]"), 1u);
  auto list = training.participants(trainer, c.id);
  ASSERT_TRUE(list.ok());
  EXPECT_TRUE(list->empty());
  EXPECT_EQ(audits("training.participant.enrol"), 0);
}

TEST_F(TrainingServiceTest, CommandersSeeTheirUnitsParticipantsAndTheirReadsAreAudited) {
  const domain::Course c = course("TH-T-03", 10);
  const int64_t ls = officer_at("BP-21", "Hoàng Thị Lan", "DBP-LS-HUUNGHI");
  const int64_t qn = officer_at("BP-22", "Vũ Văn Nam", "DBP-QN-MONGCAI");
  ASSERT_TRUE(training.enrol_bulk(trainer, c.id, {ls, qn}).ok());
  auto seen = training.participants(commander, c.id);
  ASSERT_TRUE(seen.ok()) << describe(seen);
  ASSERT_EQ(seen->size(), 1u);
  EXPECT_EQ(seen->front().participant.officer.id, ls);
  EXPECT_EQ(audits("training.results.read"), 1);
  ASSERT_EQ(training.participants(analyst, c.id)->size(), 2u);
  EXPECT_EQ(audits("training.results.read"), 1);
  auto denied = training.participants(officer, c.id);
  ASSERT_FALSE(denied.ok());
  EXPECT_EQ(denied.error().code, ErrorCode::kPermissionDenied);
}

TEST_F(TrainingServiceTest, OfficersAreFoundByFoldedNameOrServiceNumber) {
  officer_at("BP-31", "Nguyễn Thị Hằng", "DBP-LS-HUUNGHI");
  officer_at("BP-32", "Trần Văn Đức", "DBP-QN-MONGCAI");
  domain::OfficerFilter f;
  f.q = "nguyen thi hang";
  auto found = training.list_officers(trainer, f);
  ASSERT_TRUE(found.ok()) << describe(found);
  ASSERT_EQ(found->total, 1);
  EXPECT_EQ(found->items[0].service_number, "BP-31");
  f.q = "BP-3";
  EXPECT_EQ(training.list_officers(trainer, f)->total, 2);
  EXPECT_EQ(training.list_officers(commander, f)->total, 1);  // Quảng Ninh is outside Lạng Sơn's units
  service::OfficerDraft dup;
  dup.full_name = "Ai đó";
  dup.service_number = "BP-31";
  dup.unit_id = env.unit("DBP-LS-HUUNGHI").id;
  dup.rank = "trung_uy";
  dup.sex = "female";
  auto taken = training.create_officer(trainer, dup);
  ASSERT_FALSE(taken.ok());
  EXPECT_EQ(taken.error().code, ErrorCode::kConflict);
  EXPECT_EQ(taken.error().fields.count("service_number"), 1u);
}

}  // namespace
}  // namespace frontline::testing
