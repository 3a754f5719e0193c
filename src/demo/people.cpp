#include "demo/people.hpp"

#include <algorithm>
#include <chrono>

#include "demo/names.hpp"
#include "util/text.hpp"

namespace frontline::demo {
namespace {

using domain::PersonRole;
using domain::Sex;

// Border provinces of the northern mountains, home to many H'Mông, Thái and Dao.
bool highland_province(const std::string& code) {
  return code == "CB" || code == "TQ" || code == "DB" || code == "LCH" || code == "SL" || code == "LC";
}

// What the generator needs to know about a person before drawing details.
struct Sketch {
  Sex sex = Sex::kFemale;
  int age = 30;
  std::string nationality = "VN";
  std::string home_province;
};

class PersonMaker {
 public:
  PersonMaker(Rng& rng, const World& world, int64_t reported_day) : rng_(rng), world_(world), day_(reported_day) {}

  // Draws date of birth, documents and contacts; `name` is set by the caller.
  domain::Person make(const Sketch& s, const std::string& name, int id_percent, int phone_percent) {
    domain::Person p;
    p.sex = s.sex;
    p.nationality = s.nationality;
    p.home_province = s.home_province;
    p.identity.full_name = name;
    const int64_t birth_day = birthday(s.age);
    const std::string dob = format_day(birth_day);
    const size_t precision = rng_.pick({50, 15, 30, 5});  // full date, year-month, year, unknown
    p.identity.date_of_birth = precision == 0 ? dob : precision == 1 ? dob.substr(0, 7)
                             : precision == 2 ? dob.substr(0, 4) : "";
    if (!p.identity.date_of_birth.empty()) {
      p.birth_year = year_of_day(birth_day);
    }
    const bool vietnamese = s.nationality == "VN";
    if (vietnamese && s.age >= 14 && rng_.chance(id_percent)) {
      p.identity.citizen_id = citizen_id(s, year_of_day(birth_day));
    }
    if (rng_.chance(phone_percent)) {
      p.identity.phone = phone(s.nationality);
    }
    if (vietnamese && !s.home_province.empty() && rng_.chance(40)) {
      const char* hamlet = highland_province(s.home_province) ? "Bản " : "Thôn ";
      p.identity.address = hamlet + std::to_string(rng_.between(1, 14)) + ", " + world_.province_name.at(s.home_province);
    }
    return p;
  }

  std::string home_near(const std::string& unit_province) {
    if (rng_.chance(55)) {
      return unit_province;
    }
    return rng_.one_of(world_.provinces);
  }

 private:
  // A birthday giving exactly `age` completed years on the report day.
  int64_t birthday(int age) {
    using namespace std::chrono;
    const year_month_day report{sys_days(days(day_))};
    const int y = static_cast<int>(report.year());
    const auto m = static_cast<unsigned>(report.month());
    const auto d = static_cast<unsigned>(report.day());
    const int64_t latest = day_number(y - age, m, d);
    const int64_t earliest = day_number(y - age - 1, m, d) + 1;
    return rng_.between(earliest, latest);
  }

  // Province of birth registration (a former province's 3-digit code), a digit
  // for sex and century (0/1 men/women born 1900-1999, 2/3 from 2000), the
  // year's last two digits, six random digits.
  std::string citizen_id(const Sketch& s, int birth_year) {
    std::string province = "001";
    auto it = world_.former_gso.find(s.home_province);
    if (it != world_.former_gso.end() && !it->second.empty()) {
      province = "0" + rng_.one_of(it->second);
    }
    const int century = birth_year >= 2000 ? 2 : 0;
    const int digit = century + (s.sex == Sex::kFemale ? 1 : 0);
    const int yy = birth_year % 100;
    std::string id = province + std::to_string(digit) + (yy < 10 ? "0" : "") + std::to_string(yy);
    return id + rng_.digits(6);
  }

  std::string phone(const std::string& nationality) {
    if (nationality == "CN") {
      const std::string a = rng_.digits(2);
      const std::string b = rng_.digits(4);
      return "+86 1" + a + " " + b + " " + rng_.digits(4);
    }
    if (nationality == "KH") {
      const std::string a = rng_.digits(3);
      return "+855 1" + rng_.digits(1) + " " + a + " " + rng_.digits(3);
    }
    static const std::vector<const char*> kPrefixes = {"90", "91", "93", "94", "96", "97", "98", "86", "88",
                                                       "89", "70", "76", "77", "78", "79", "81", "82", "83",
                                                       "84", "85", "32", "33", "34", "35", "36", "37", "38", "39"};
    const std::string prefix = rng_.one_of(kPrefixes);
    const std::string a = rng_.digits(1);
    const std::string b = rng_.digits(3);
    return "+84 " + prefix + a + " " + b + " " + rng_.digits(3);
  }

  Rng& rng_;
  const World& world_;
  int64_t day_;
};

NameOrigin origin_for(Rng& rng, const std::string& home, domain::TraffickingForm form) {
  if (!highland_province(home)) {
    return NameOrigin::kKinh;
  }
  const bool bride_trade =
      form == domain::TraffickingForm::kForcedMarriage || form == domain::TraffickingForm::kSexualExploitation;
  return rng.chance(bride_trade ? 45 : 25) ? NameOrigin::kHighland : NameOrigin::kKinh;
}

std::string suspect_nationality(Rng& rng, const std::string& first_country) {
  if (first_country == "CN" && rng.chance(30)) {
    return "CN";
  }
  if (first_country == "KH" && rng.chance(20)) {
    return "KH";
  }
  return "VN";
}

}  // namespace

std::vector<PlannedPerson> plan_people(Rng& rng, const World& world, const CaseOutline& o, int64_t reported_day,
                                       TimePoint at) {
  PersonMaker maker(rng, world, reported_day);
  const int year = year_of_day(reported_day);
  std::vector<PlannedPerson> out;
  auto add = [&](domain::Person p, PersonRole role) {
    p.created_at = at + std::chrono::minutes(out.size());
    p.updated_at = p.created_at;
    out.push_back({std::move(p), role});
  };

  VietnameseName first_victim;
  std::string first_home;
  NameOrigin first_origin = NameOrigin::kKinh;
  for (const auto& v : o.victims) {
    Sketch s{v.sex, v.age, "VN", maker.home_near(o.unit->province_code)};
    const NameOrigin origin = origin_for(rng, s.home_province, o.form);
    const VietnameseName name = vietnamese_name(rng, v.sex, year - v.age, origin);
    domain::Person p = maker.make(s, name.full(), 55, 40);
    const bool adult_abroad = v.age >= 18 && (o.form == domain::TraffickingForm::kForcedCriminality ||
                                              o.form == domain::TraffickingForm::kForcedLabour);
    if (adult_abroad && rng.chance(25)) {
      p.identity.passport_number = "C" + rng.digits(7);
    }
    if (rng.chance(20)) {
      p.identity.notes = rng.one_of({"Đã được hỗ trợ y tế, tâm lý ban đầu.", "Có dấu hiệu sang chấn tâm lý.",
                                     "Đã liên lạc được với gia đình."});
    }
    if (out.empty()) {
      first_victim = name;
      first_home = s.home_province;
      first_origin = origin;
    }
    add(std::move(p), PersonRole::kVictim);
  }

  for (int i = 0; i < o.suspects; ++i) {
    const bool women_brokers = o.form == domain::TraffickingForm::kForcedMarriage ||
                               o.form == domain::TraffickingForm::kSexualExploitation;
    Sketch s;
    s.sex = rng.chance(women_brokers ? 60 : 30) ? Sex::kFemale : Sex::kMale;
    s.age = static_cast<int>(rng.between(24, 55));
    s.nationality = suspect_nationality(rng, o.first_country());
    std::string name;
    if (s.nationality == "VN") {
      s.home_province = maker.home_near(o.unit->province_code);
      name = vietnamese_name(rng, s.sex, year - s.age, NameOrigin::kKinh).full();
    } else {
      name = foreign_name(rng, s.sex, s.nationality);
    }
    domain::Person p = maker.make(s, name, 40, 65);
    if (rng.chance(40)) {
      const std::string given = name.substr(name.rfind(' ') + 1);
      p.identity.aliases.push_back(rng.chance(50) ? "@" + text::fold(given) + rng.digits(2)
                                                  : given + " " + rng.one_of({"Cam", "Lào", "Biên", "Sẹo", "Béo"}));
    }
    if (rng.chance(30)) {
      p.identity.notes = "Đối tượng môi giới, thường liên lạc qua Telegram hoặc Zalo.";
    }
    add(std::move(p), PersonRole::kSuspect);
  }

  const int reporter_percent = o.source == ReportSource::kFamily ? 80 : o.source == ReportSource::kHotline ? 30 : 10;
  if (rng.chance(reporter_percent)) {
    // Parents, siblings or a spouse; fathers and siblings share the family name.
    const VictimPlan& v = o.victims.front();
    const size_t kind = rng.pick({35, 20, 25, v.age >= 20 ? 20 : 0});
    Sketch s;
    s.home_province = first_home;
    static constexpr const char* kRelations[4][2] = {{"Mẹ của nạn nhân.", "Bố của nạn nhân."},
                                                     {"Chị gái của nạn nhân.", "Anh trai của nạn nhân."},
                                                     {"Mẹ của nạn nhân.", "Bố của nạn nhân."},
                                                     {"Vợ của nạn nhân.", "Chồng của nạn nhân."}};
    s.sex = kind == 0 ? Sex::kFemale : kind == 2 ? Sex::kMale : rng.chance(50) ? Sex::kFemale : Sex::kMale;
    if (kind == 3) {
      s.sex = v.sex == Sex::kFemale ? Sex::kMale : Sex::kFemale;
    }
    s.age = v.age + static_cast<int>(kind == 1 ? rng.between(2, 8) : kind == 3 ? rng.between(-3, 6) : rng.between(20, 30));
    s.age = std::max(s.age, 18);
    VietnameseName name = vietnamese_name(rng, s.sex, year - s.age, first_origin);
    if (kind == 1 || kind == 2) {
      name.family = first_victim.family;
    }
    domain::Person p = maker.make(s, name.full(), 50, 80);
    p.identity.notes = kRelations[kind][s.sex == Sex::kFemale ? 0 : 1];
    add(std::move(p), PersonRole::kReporter);
  }

  if (rng.chance(12)) {
    Sketch s;
    s.sex = rng.chance(50) ? Sex::kFemale : Sex::kMale;
    s.age = static_cast<int>(rng.between(20, 50));
    s.home_province = maker.home_near(o.unit->province_code);
    domain::Person p = maker.make(s, vietnamese_name(rng, s.sex, year - s.age, NameOrigin::kKinh).full(), 30, 60);
    p.identity.notes = rng.one_of({"Người cùng bị đưa sang nhưng đã trốn thoát.",
                                   "Người dân địa phương chứng kiến việc đưa người qua biên giới.",
                                   "Lái xe chở khách tuyến biên giới."});
    add(std::move(p), PersonRole::kWitness);
  }
  return out;
}

}  // namespace frontline::demo
