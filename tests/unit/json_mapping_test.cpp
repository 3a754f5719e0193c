// Tests for http/json_mapping: request bodies become domain drafts with every
// bad field named (cases, case filters, persons, events, users), and domain
// types become the documented JSON shapes (a masked person has no identity).
#include "http/json_mapping.hpp"

#include <gtest/gtest.h>

namespace frontline::http {
namespace {

using nlohmann::json;

TimePoint t0() { return *parse_utc("2026-03-15T03:00:00Z"); }

template <typename R>
std::map<std::string, std::string> fields_of(const R& r) {
  EXPECT_FALSE(r.ok());
  return r.ok() ? std::map<std::string, std::string>{} : r.error().fields;
}

TEST(CaseDraftJsonTest, ParsesAFullDraft) {
  json body = json::parse(R"({
    "title": "Lừa đảo trực tuyến", "summary": "Tóm tắt", "trafficking_form": "forced_criminality",
    "unit_code": "DBP-LS-HUUNGHI", "province_code": "LS", "reported_on": "2026-03-01",
    "route": {"origin_country": "VN", "transit_countries": ["LA", "TH"], "destination_country": "MM",
              "border_crossing": "Tân Thanh"},
    "recruitment": {"channel": "online_platform", "platform": "facebook", "platform_name": "Việc nhẹ"}})");
  auto d = parse_case_draft(body);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->title, "Lừa đảo trực tuyến");
  EXPECT_EQ(d->trafficking_form, domain::TraffickingForm::kForcedCriminality);
  EXPECT_EQ(d->unit_code, "DBP-LS-HUUNGHI");
  EXPECT_EQ(d->route.transit_countries, (std::vector<std::string>{"LA", "TH"}));
  EXPECT_EQ(d->route.destination_country, "MM");
  EXPECT_EQ(d->recruitment.channel, domain::RecruitmentChannel::kOnlinePlatform);
  EXPECT_EQ(d->recruitment.platform_name, "Việc nhẹ");
}

TEST(CaseDraftJsonTest, NamesEveryBadField) {
  json body = {{"title", 3},
               {"trafficking_form", "slavery"},
               {"status", "closed"},
               {"route", {{"origin_country", "vn"}, {"destination_country", "VNM"}, {"gate", "x"}}},
               {"recruitment", {{"channel", "telepathy"}}}};
  auto f = fields_of(parse_case_draft(body));
  for (const char* field : {"title", "trafficking_form", "status", "route.origin_country",
                            "route.destination_country", "route.gate", "recruitment.channel"}) {
    EXPECT_EQ(f.count(field), 1u) << field;
  }
  EXPECT_EQ(f.size(), 7u);
  auto missing = fields_of(parse_case_draft(json::object()));
  EXPECT_EQ(missing.count("title"), 1u);
  EXPECT_EQ(missing.count("trafficking_form"), 1u);
}

TEST(CasePatchJsonTest, OnlyGivenFieldsAreSet) {
  auto p = parse_case_patch({{"title", "Mới"}, {"version", 3}});
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->title, "Mới");
  EXPECT_EQ(p->expected_version, 3);
  EXPECT_FALSE(p->summary.has_value());
  EXPECT_FALSE(p->route.has_value());
  EXPECT_FALSE(p->trafficking_form.has_value());
  auto bad = fields_of(parse_case_patch({{"version", "3"}, {"unit_code", "X"}}));
  EXPECT_EQ(bad.count("version"), 1u);
  EXPECT_EQ(bad.count("unit_code"), 1u);  // a case's unit is not changed by PATCH
}

TEST(CaseFilterJsonTest, ParsesQueryParameters) {
  std::multimap<std::string, std::string> q = {{"status", "reported,under_verification"},
                                               {"status", "closed"},
                                               {"unit", "BCH-LS"},
                                               {"province", "LS"},
                                               {"trafficking_form", "forced_labour"},
                                               {"from", "2026-01-01"},
                                               {"to", "2026-03-31"},
                                               {"q", "Đặng"},
                                               {"offset", "40"},
                                               {"limit", "20"}};
  auto f = parse_case_filter(q);
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->statuses, (std::vector<domain::CaseStatus>{domain::CaseStatus::kReported,
                                                          domain::CaseStatus::kUnderVerification,
                                                          domain::CaseStatus::kClosed}));
  EXPECT_EQ(f->unit_code, "BCH-LS");
  EXPECT_EQ(f->trafficking_form, domain::TraffickingForm::kForcedLabour);
  EXPECT_EQ(f->reported_from, "2026-01-01");
  EXPECT_EQ(f->reported_to, "2026-03-31");
  EXPECT_EQ(f->text, "Đặng");
  EXPECT_EQ(f->offset, 40);
  EXPECT_EQ(f->limit, 20);
  auto defaults = parse_case_filter({});
  ASSERT_TRUE(defaults.ok());
  EXPECT_EQ(defaults->limit, 20);
  EXPECT_EQ(defaults->offset, 0);
}

TEST(CaseFilterJsonTest, NamesEveryBadParameter) {
  std::multimap<std::string, std::string> q = {{"status", "reported,bogus"}, {"trafficking_form", "x"},
                                               {"from", "2026-02-30"},       {"to", "yesterday"},
                                               {"limit", "ten"},             {"offset", "1.5"},
                                               {"sort", "id"},               {"q", "\xC0\xAF"}};
  auto f = fields_of(parse_case_filter(q));
  for (const char* name : {"status", "trafficking_form", "from", "to", "limit", "offset", "sort", "q"}) {
    EXPECT_EQ(f.count(name), 1u) << name;
  }
  auto empty_status = fields_of(parse_case_filter({{"status", "reported,"}}));
  EXPECT_EQ(empty_status.count("status"), 1u);
}

TEST(CaseJsonTest, HasTheDocumentedShape) {
  domain::Case c;
  c.id = 7;
  c.number = "LS-2026-0007";
  c.title = "Vụ việc";
  c.status = domain::CaseStatus::kUnderVerification;
  c.trafficking_form = domain::TraffickingForm::kForcedMarriage;
  c.unit_code = "DBP-LS-HUUNGHI";
  c.province_code = "LS";
  c.reported_on = "2026-03-01";
  c.route.transit_countries = {"CN"};
  c.created_at = t0();
  c.updated_at = t0() + std::chrono::minutes(5);
  c.version = 3;
  json j = case_json(c);
  EXPECT_EQ(j["id"], 7);
  EXPECT_EQ(j["number"], "LS-2026-0007");
  EXPECT_EQ(j["status"], "under_verification");
  EXPECT_EQ(j["trafficking_form"], "forced_marriage");
  EXPECT_EQ(j["route"]["transit_countries"], json({"CN"}));
  EXPECT_EQ(j["recruitment"]["channel"], "unknown");
  EXPECT_TRUE(j["merged_into"].is_null());
  EXPECT_EQ(j["created_at"], "2026-03-15T03:00:00Z");
  EXPECT_EQ(j["updated_at"], "2026-03-15T03:05:00Z");
  EXPECT_EQ(j["version"], 3);
  c.merged_into = 9;
  EXPECT_EQ(case_json(c)["merged_into"], 9);

  domain::CasePage page{{c, c}, 12};
  json p = case_page_json(page, 10, 2);
  EXPECT_EQ(p["items"].size(), 2u);
  EXPECT_EQ(p["total"], 12);
  EXPECT_EQ(p["offset"], 10);
  EXPECT_EQ(p["limit"], 2);
}

TEST(PersonJsonTest, ParsesANewPersonOrALink) {
  auto added = parse_person_on_case(json::parse(R"({
    "role": "victim", "sex": "female", "nationality": "VN", "home_province": "LS",
    "identity": {"full_name": "Đặng Thị Hồng", "aliases": ["Hồng"], "date_of_birth": "2004-05",
                 "citizen_id": "020304012345"}})"));
  ASSERT_TRUE(added.ok());
  EXPECT_FALSE(added->person_id.has_value());
  EXPECT_EQ(added->role, domain::PersonRole::kVictim);
  EXPECT_EQ(added->draft.identity.full_name, "Đặng Thị Hồng");
  EXPECT_EQ(added->draft.identity.aliases, std::vector<std::string>{"Hồng"});
  EXPECT_EQ(added->draft.sex, domain::Sex::kFemale);

  auto link = parse_person_on_case({{"person_id", 12}, {"role", "suspect"}});
  ASSERT_TRUE(link.ok());
  EXPECT_EQ(link->person_id, 12);
  EXPECT_EQ(link->role, domain::PersonRole::kSuspect);

  auto link_with_identity =
      fields_of(parse_person_on_case({{"person_id", 12}, {"role", "suspect"}, {"identity", json::object()}}));
  EXPECT_EQ(link_with_identity.count("identity"), 1u);
  EXPECT_EQ(fields_of(parse_person_on_case({{"person_id", 0}, {"role", "witness"}})).count("person_id"), 1u);
}

TEST(PersonJsonTest, NamesBadPersonFields) {
  auto f = fields_of(parse_person_on_case(
      {{"role", "boss"}, {"sex", "x"}, {"nationality", "VNM"}, {"identity", {{"aliases", "Hồng"}, {"eyes", "brown"}}}}));
  for (const char* field : {"role", "sex", "nationality", "identity.full_name", "identity.aliases", "identity.eyes"}) {
    EXPECT_EQ(f.count(field), 1u) << field;
  }
  auto no_identity = fields_of(parse_person_on_case({{"role", "witness"}}));
  EXPECT_EQ(no_identity.count("identity"), 1u);
}

TEST(PersonJsonTest, PatchCanClearNationality) {
  auto p = parse_person_patch({{"nationality", nullptr}, {"identity", {{"phone", "0912 345 678"}}}});
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->nationality, "");
  EXPECT_EQ(p->phone, "0912 345 678");
  EXPECT_FALSE(p->full_name.has_value());
  auto none = parse_person_patch(json::object());
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->nationality.has_value());
}

TEST(PersonJsonTest, MaskedPersonsCarryNoIdentity) {
  service::PersonView v;
  v.person.id = 5;
  v.person.identity.full_name = "Đặng Thị Hồng";
  v.person.identity.citizen_id = "020304012345";
  v.person.birth_year = 2004;
  v.person.sex = domain::Sex::kFemale;
  v.role = domain::PersonRole::kVictim;
  v.cases = {{3, domain::PersonRole::kVictim}};
  json shown = person_json(v);
  EXPECT_EQ(shown["identity"]["full_name"], "Đặng Thị Hồng");
  EXPECT_EQ(shown["masked"], false);
  EXPECT_EQ(shown["role"], "victim");
  EXPECT_EQ(shown["birth_year"], 2004);
  EXPECT_EQ(shown["cases"][0]["case_id"], 3);
  v.masked = true;
  json masked = person_json(v);
  EXPECT_TRUE(masked["identity"].is_null());
  EXPECT_EQ(masked["masked"], true);
  EXPECT_EQ(masked.dump().find("Hồng"), std::string::npos);
  EXPECT_EQ(masked.dump().find("020304012345"), std::string::npos);
}

TEST(EventJsonTest, ParsesTimesAndRequiresKindAndDescription) {
  auto e = parse_event_draft({{"kind", "rescue"}, {"description", "Giải cứu"}, {"occurred_at", "2026-03-14T20:00:00+07:00"}});
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->kind, domain::EventKind::kRescue);
  EXPECT_EQ(format_utc(*e->occurred_at), "2026-03-14T13:00:00Z");
  auto bad = fields_of(parse_event_draft({{"occurred_at", "14/03/2026"}}));
  for (const char* field : {"occurred_at", "kind", "description"}) {
    EXPECT_EQ(bad.count(field), 1u) << field;
  }
}

TEST(UserJsonTest, NewUserAndPatch) {
  auto u = parse_new_user({{"username", "officer.qn"}, {"unit_code", "BCH-QN"}, {"roles", {"frontline_officer"}},
                           {"password", "a long enough password"}});
  ASSERT_TRUE(u.ok());
  EXPECT_EQ(u->language, "vi");
  EXPECT_EQ(u->roles, std::vector<std::string>{"frontline_officer"});
  auto bad = fields_of(parse_new_user({{"username", "x"}, {"roles", "admin"}, {"is_root", true}}));
  for (const char* field : {"unit_code", "roles", "password", "is_root"}) {
    EXPECT_EQ(bad.count(field), 1u) << field;
  }
  auto patch = parse_user_patch({{"disabled", true}});
  ASSERT_TRUE(patch.ok());
  EXPECT_EQ(patch->disabled, true);
  EXPECT_EQ(fields_of(parse_user_patch({{"disabled", "true"}})).count("disabled"), 1u);
  EXPECT_EQ(fields_of(parse_user_patch({{"password", "x"}})).count("password"), 1u);
}

TEST(UserJsonTest, NeverShowsThePasswordHash) {
  domain::User u;
  u.username = "admin";
  u.password_hash = "$argon2id$v=19$secret";
  u.roles = {domain::Role::kAdmin};
  json j = user_json(u);
  EXPECT_EQ(j.dump().find("argon2id"), std::string::npos);
  EXPECT_EQ(j["roles"], json({"admin"}));
  EXPECT_TRUE(j["locked_until"].is_null());
}

}  // namespace
}  // namespace frontline::http
