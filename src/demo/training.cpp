#include "demo/training.hpp"

#include <array>

#include "demo/names.hpp"
#include "demo/rng.hpp"
#include "domain/training.hpp"
#include "domain/training_course.hpp"
#include "training/certificate_code.hpp"

namespace frontline::demo {
namespace {

struct ModuleText {
  const char* code;
  const char* title_vi;
  const char* title_en;
  const char* content_vi;
  const char* content_en;
  std::vector<domain::LocalizedText> objectives;
  std::vector<domain::Citation> citations;
};

const std::vector<ModuleText>& modules() {
  static const std::vector<ModuleText> list = {
      {"M01", "Nhận diện nạn nhân theo bộ chỉ số ILO/EC", "Identifying victims with the ILO/EC indicators",
       "Bộ chỉ số của ILO và Ủy ban châu Âu (2009): tuyển mộ lừa dối, cưỡng ép, bóc lột, lạm dụng tình trạng dễ bị "
       "tổn thương. Cách hỏi, cách ghi nhận và khi nào chuyển sang xác định chính thức.",
       "The ILO and European Commission indicators (2009): deceptive and coercive recruitment, exploitation, abuse "
       "of vulnerability. How to ask, how to record, and when to move to formal identification.",
       {{"Nêu được các nhóm chỉ số chính", "Name the main groups of indicators"},
        {"Thực hành phỏng vấn sàng lọc tại cửa khẩu", "Practise a screening interview at a gate"}},
       {{"guidance", "ILO/EC 2009", "Operational indicators of trafficking in human beings"}}},
      {"M02", "Luật Phòng, chống mua bán người", "The Law on Prevention of and Combat against Human Trafficking",
       "Khái niệm mua bán người, hành vi bị cấm, quyền của nạn nhân và trách nhiệm của Bộ đội Biên phòng theo Luật "
       "66/2011/QH12.",
       "Definition of trafficking, prohibited acts, victims' rights and the Border Guard's duties under Law "
       "66/2011/QH12.",
       {{"Nắm được các hành vi bị nghiêm cấm", "Know the prohibited acts"}},
       {{"law", "66/2011/QH12", "Luật Phòng, chống mua bán người 2011"}}},
      {"M03", "Tuyển dụng trực tuyến và các cơ sở lừa đảo", "Online recruitment and scam centres",
       "Dấu hiệu tin tuyển dụng lừa đảo trên mạng xã hội, đường dây đưa người sang các cơ sở lừa đảo trực tuyến ở "
       "nước láng giềng, cách lưu giữ chứng cứ điện tử.",
       "Red flags of fraudulent job posts on social media, the routes to scam compounds across the border, keeping "
       "electronic evidence.",
       {{"Nhận biết tin tuyển dụng có dấu hiệu lừa đảo", "Recognise fraudulent job posts"}},
       {{"guidance", "UNODC 2023", "Casinos, money laundering, underground banking and transnational organized crime"}}},
      {"M04", "Bảo vệ, hỗ trợ và chuyển tuyến nạn nhân", "Victim protection, support and referral",
       "Tiếp nhận, bảo đảm an toàn, hỗ trợ thiết yếu và chuyển tuyến nạn nhân tới cơ sở bảo trợ xã hội; nguyên tắc "
       "lấy nạn nhân làm trung tâm.",
       "Reception, safety, essential support and referral of victims to social protection; the victim-centred "
       "approach.",
       {{"Thực hiện đúng quy trình tiếp nhận", "Follow the reception procedure"}},
       {{"decree", "09/2013/NĐ-CP", "Nghị định hướng dẫn Luật Phòng, chống mua bán người"}}},
      {"M05", "Điều tra và thu thập chứng cứ", "Investigation and evidence",
       "Phát hiện, thu thập, bảo quản chứng cứ trong các vụ mua bán người; phối hợp với cơ quan điều tra; các vụ án "
       "điển hình.",
       "Finding, collecting and preserving evidence in trafficking cases; working with investigating agencies; "
       "typical cases.",
       {{"Lập biên bản và bảo quản chứng cứ đúng quy định", "Record and preserve evidence properly"}},
       {{"law", "Bộ luật Hình sự, Điều 150, 151", "Tội mua bán người; mua bán người dưới 16 tuổi"}}},
      {"M06", "Hợp tác quốc tế và xuyên biên giới", "International and cross-border cooperation",
       "Cơ chế hợp tác với lực lượng chức năng các nước láng giềng, trao đổi thông tin, trao trả và tiếp nhận nạn "
       "nhân qua cửa khẩu.",
       "Cooperation with neighbouring countries' agencies, information exchange, and the hand-over of victims at "
       "border gates.",
       {{"Nắm được quy trình trao trả, tiếp nhận", "Know the hand-over procedure"}},
       {{"guidance", "COMMIT", "Coordinated Mekong Ministerial Initiative against Trafficking"}}},
  };
  return list;
}

// The ranks officers at posts mostly hold, commonest first.
constexpr std::array<const char*, 8> kRanks = {"trung_uy", "thuong_uy", "dai_uy", "thieu_uy",
                                               "thieu_ta", "trung_si",  "qncn",   "trung_ta"};

domain::ModuleVersion version_of(const ModuleText& m, int64_t module_id, int64_t number, const std::string& effective,
                                 TimePoint at) {
  domain::ModuleVersion v;
  v.module_id = module_id;
  v.version = number;
  v.title_vi = m.title_vi;
  v.title_en = m.title_en;
  v.content_vi = m.content_vi;
  v.content_en = m.content_en;
  v.objectives = m.objectives;
  v.citations = m.citations;
  v.effective_date = effective;
  v.created_at = at;
  return v;
}

std::string code_from(Rng& rng) {
  std::array<uint8_t, 5> bytes{};
  for (auto& b : bytes) b = static_cast<uint8_t>(rng.uniform(256));
  return training::certificate_code(bytes);
}

struct Seeder {
  store::Transaction& tx;
  const World& world;
  TimePoint now;
  Rng rng;
  int64_t today = 0;

  Result<domain::TrainingOfficer> officer(const std::string& name, const std::string& sn, int64_t unit_id,
                                          const std::string& rank, const std::string& sex,
                                          std::optional<int64_t> user_id) {
    domain::TrainingOfficer o;
    o.full_name = name;
    o.service_number = sn;
    o.unit_id = unit_id;
    o.rank = rank;
    o.sex = sex;
    o.position = "Cán bộ trinh sát";
    o.user_id = user_id;
    o.created_at = o.updated_at = now;
    FL_ASSIGN_OR_RETURN(o.id, tx.training_officers().insert(o));
    return o;
  }

  Result<domain::Course> course(const std::string& code, const char* title_vi, const char* title_en,
                                const std::string& province, const std::string& venue, int64_t start, int64_t days,
                                const std::vector<int64_t>& versions, const std::string& status) {
    domain::Course c;
    c.code = code;
    c.title_vi = title_vi;
    c.title_en = title_en;
    c.province_code = province;
    c.venue = venue;
    c.start_date = format_day(start);
    c.end_date = format_day(start + days - 1);
    c.capacity = 30;
    c.trainers = {{std::nullopt, "Thượng tá Nguyễn Văn Bình"}, {std::nullopt, "Đại úy Hoàng Thị Lan"}};
    c.module_version_ids = versions;
    c.status = status;
    c.created_at = c.updated_at = now;
    FL_ASSIGN_OR_RETURN(c.id, tx.training_courses().insert(c));
    return c;
  }

  Status enrol(const domain::Course& c, int64_t officer_id) {
    domain::Enrolment e;
    e.course_id = c.id;
    e.officer_id = officer_id;
    e.enrolled_at = e.updated_at = now;
    return tx.training_courses().insert_enrolment(e);
  }

  // Marks each course day up to `last_day` (inclusive), mostly present.
  Result<int64_t> attend(const domain::Course& c, int64_t officer_id, int64_t first_day, int64_t last_day,
                         int absent_percent) {
    int64_t present = 0;
    for (int64_t d = first_day; d <= last_day; ++d) {
      const bool here = !rng.chance(absent_percent);
      present += here ? 1 : 0;
      FL_TRY(tx.training_courses().put_attendance({c.id, officer_id, format_day(d), here, 0, now}));
    }
    return present;
  }
};

}  // namespace

Result<int64_t> seed_training(store::Transaction& tx, const World& world, TimePoint now, uint64_t seed) {
  FL_ASSIGN_OR_RETURN(auto existing, tx.training_curriculum().list_modules());
  if (!existing.empty()) return 0;
  Seeder s{tx, world, now, Rng(seed ^ 0x7a11u), today_vn(now)};
  auto& cur = tx.training_curriculum();

  // Modules: version 1 of each (M06 from 2025 only); M02 revised for Law
  // 53/2024/QH15, M03 revised for the scam centres.
  std::vector<int64_t> first_edition;
  std::vector<int64_t> second_edition;
  for (size_t i = 0; i < modules().size(); ++i) {
    const ModuleText& m = modules()[i];
    domain::TrainingModule mod{0, m.code, static_cast<int64_t>(i + 1), now};
    FL_ASSIGN_OR_RETURN(mod.id, cur.insert_module(mod));
    const bool late = std::string(m.code) == "M06";
    FL_ASSIGN_OR_RETURN(int64_t v1, cur.insert_version(version_of(m, mod.id, 1, late ? "2025-03-01" : "2024-01-15", now)));
    if (!late) first_edition.push_back(v1);
    int64_t current = v1;
    if (std::string(m.code) == "M02") {
      domain::ModuleVersion v2 = version_of(m, mod.id, 2, "2025-07-01", now);
      v2.content_vi =
          "Luật Phòng, chống mua bán người số 53/2024/QH15 (hiệu lực từ 01/7/2025): khái niệm mở rộng, người đang "
          "trong quá trình xác minh là nạn nhân, chế độ hỗ trợ mới và trách nhiệm của Bộ đội Biên phòng.";
      v2.content_en =
          "Law 53/2024/QH15 on Prevention of and Combat against Human Trafficking (in force 1 July 2025): the wider "
          "definition, persons being verified as victims, new support and the Border Guard's duties.";
      v2.citations = {{"law", "53/2024/QH15", "Luật Phòng, chống mua bán người 2024"},
                      {"law", "66/2011/QH12", "Luật Phòng, chống mua bán người 2011 (hết hiệu lực)"}};
      v2.change_note = {"Cập nhật theo Luật 53/2024/QH15 thay thế Luật 66/2011/QH12.",
                        "Updated for Law 53/2024/QH15, which replaces Law 66/2011/QH12."};
      FL_ASSIGN_OR_RETURN(current, cur.insert_version(v2));
    } else if (std::string(m.code) == "M03") {
      domain::ModuleVersion v2 = version_of(m, mod.id, 2, "2025-05-01", now);
      v2.objectives.push_back({"Nhận biết đường dây đưa người vào cơ sở lừa đảo", "Recognise scam-centre recruitment rings"});
      v2.change_note = {"Bổ sung phương thức tuyển người vào các cơ sở lừa đảo trực tuyến 2024–2025.",
                        "Adds the 2024–2025 recruitment methods of online scam centres."};
      FL_ASSIGN_OR_RETURN(current, cur.insert_version(v2));
    }
    second_edition.push_back(current);
  }
  domain::Edition e1{0, "2024.1", "Tài liệu tập huấn phòng, chống mua bán người (2024)", "2024-01-15", "", first_edition, 0, now};
  FL_ASSIGN_OR_RETURN(e1.id, cur.insert_edition(e1));
  domain::Edition e2{0, "2025.2", "Tài liệu tập huấn phòng, chống mua bán người (2025, sửa đổi)", "2025-07-01",
                     "Theo Luật 53/2024/QH15", second_edition, 0, now};
  FL_ASSIGN_OR_RETURN(e2.id, cur.insert_edition(e2));
  for (size_t i = 0; i < world.posts.size(); ++i) {
    const auto& post = world.posts[i];
    if (i % 3 != 2) {
      FL_TRY(discard_value(cur.insert_receipt({0, e1.id, "", post.id, "", "2024-03-0" + std::to_string(1 + i % 9),
                                               static_cast<int64_t>(2 + i % 4), "print", "", 0, now})));
    }
    if (i % 2 == 0) {
      FL_TRY(discard_value(cur.insert_receipt({0, e2.id, "", post.id, "", "2025-08-1" + std::to_string(i % 10),
                                               static_cast<int64_t>(1 + i % 3), i % 4 == 0 ? "digital" : "print", "",
                                               0, now})));
    }
  }

  // Officers: about forty at posts, most in Lạng Sơn.
  std::vector<const domain::UnitInfo*> ls_posts;
  std::vector<const domain::UnitInfo*> other_posts;
  for (const auto& p : world.posts) (p.province_code == "LS" ? ls_posts : other_posts).push_back(&p);
  if (ls_posts.empty()) ls_posts = other_posts;
  std::vector<domain::TrainingOfficer> officers;
  for (int i = 0; i < 40; ++i) {
    const bool female = s.rng.chance(30);
    const auto& pool = (i < 26 || other_posts.empty()) ? ls_posts : other_posts;
    const domain::UnitInfo* unit = pool[static_cast<size_t>(i) % pool.size()];
    const int birth_year = static_cast<int>(s.rng.between(1975, 2000));
    const std::string name =
        vietnamese_name(s.rng, female ? domain::Sex::kFemale : domain::Sex::kMale, birth_year, NameOrigin::kKinh).full();
    const std::string rank = kRanks[s.rng.ranked(kRanks.size())];
    char sn[16];
    std::snprintf(sn, sizeof sn, "BP-%06d", 120000 + i * 373);
    FL_ASSIGN_OR_RETURN(auto o, s.officer(name, sn, unit->id, rank, female ? "female" : "male", std::nullopt));
    officers.push_back(std::move(o));
  }
  // The demo accounts that take tests in the browser.
  std::vector<domain::TrainingOfficer> accounts;
  for (const char* username : {"officer.ls", "officer.qn"}) {
    FL_ASSIGN_OR_RETURN(auto user, tx.users().find_by_username(username));
    if (!user) continue;
    const std::string sn = std::string("BP-") + (std::string(username) == "officer.ls" ? "LS" : "QN") + "-0001";
    FL_ASSIGN_OR_RETURN(auto o, s.officer(user->display_name, sn, user->unit_id, "thuong_uy", "male", user->id));
    accounts.push_back(std::move(o));
  }

  // A course completed two months ago (attendance decides: no tests yet),
  // one in progress since yesterday, one planned in Quảng Ninh.
  const int64_t done_start = s.today - 60;
  FL_ASSIGN_OR_RETURN(auto done, s.course("TH-" + std::to_string(year_of_day(done_start)) + "-LS-01",
                                          "Tập huấn nhận diện và bảo vệ nạn nhân bị mua bán",
                                          "Identifying and protecting trafficking victims", "LS",
                                          "Bộ Chỉ huy BĐBP tỉnh Lạng Sơn", done_start, 5,
                                          {second_edition[0], second_edition[1], second_edition[3]}, "planned"));
  std::vector<int64_t> done_ids;
  for (size_t i = 0; i < 20 && i < officers.size(); ++i) done_ids.push_back(officers[i].id);
  if (!accounts.empty()) done_ids.push_back(accounts[0].id);
  int64_t issued = 0;
  for (size_t i = 0; i < done_ids.size(); ++i) {
    const int64_t id = done_ids[i];
    FL_TRY(s.enrol(done, id));
    // Two participants missed most of the course: they do not complete.
    const int absent_percent = (i == 4 || i == 13) ? 70 : 8;
    FL_ASSIGN_OR_RETURN(int64_t present, s.attend(done, id, done_start, done_start + 4, absent_percent));
    FL_ASSIGN_OR_RETURN(auto e, tx.training_courses().find_enrolment(done.id, id));
    const bool completed = present * 100 >= 5 * done.min_attendance_pct;
    e->status = completed ? "completed" : "not_completed";
    e->outcome_reasons = completed ? std::vector<std::string>{} : std::vector<std::string>{"attendance"};
    if (completed) {
      e->completed_at = vn_midnight(done_start + 5);
      domain::Certificate cert;
      cert.code = code_from(s.rng);
      cert.course_id = done.id;
      cert.officer_id = id;
      cert.issued_at = *e->completed_at;
      FL_TRY(discard_value(tx.training_certificates().insert(cert)));
      ++issued;
    }
    FL_TRY(tx.training_courses().update_enrolment(*e));
  }
  done.status = "completed";
  done.completed_at = vn_midnight(done_start + 5);
  done.version = 2;
  FL_TRY(tx.training_courses().update(done));

  FL_ASSIGN_OR_RETURN(auto running, s.course("TH-" + std::to_string(year_of_day(s.today)) + "-LS-02",
                                             "Tập huấn phòng, chống tuyển dụng lừa đảo trực tuyến",
                                             "Countering online recruitment fraud", "LS", "Đồn Biên phòng Hữu Nghị",
                                             s.today - 1, 4, {second_edition[1], second_edition[2], second_edition[4]},
                                             "in_progress"));
  for (size_t i = 20; i < 36 && i < officers.size(); ++i) {
    FL_TRY(s.enrol(running, officers[i].id));
    FL_TRY(discard_value(s.attend(running, officers[i].id, s.today - 1, s.today - 1, 10)));
  }
  for (const auto& a : accounts) {
    FL_TRY(s.enrol(running, a.id));
    FL_TRY(discard_value(s.attend(running, a.id, s.today - 1, s.today - 1, 0)));
  }
  FL_ASSIGN_OR_RETURN(auto planned, s.course("TH-" + std::to_string(year_of_day(s.today + 30)) + "-QN-01",
                                             "Hợp tác xuyên biên giới trong phòng, chống mua bán người",
                                             "Cross-border cooperation against trafficking", "QN",
                                             "Bộ Chỉ huy BĐBP tỉnh Quảng Ninh", s.today + 30, 3,
                                             {second_edition[5], second_edition[3]}, "planned"));
  for (size_t i = 36; i < officers.size(); ++i) FL_TRY(s.enrol(planned, officers[i].id));
  (void)issued;
  return static_cast<int64_t>(officers.size() + accounts.size());
}

}  // namespace frontline::demo
