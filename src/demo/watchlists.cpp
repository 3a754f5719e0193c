#include "demo/watchlists.hpp"

#include <algorithm>
#include <array>

#include "demo/names.hpp"
#include "match/phone.hpp"
#include "util/text.hpp"

namespace frontline::demo {
namespace {

using domain::WatchlistType;

struct DemoList {
  const char* name;
  WatchlistType type;
  const char* source;
  int entries;
};

constexpr std::array kLists = {
    DemoList{"Đối tượng nghi môi giới mua bán người (mẫu)", WatchlistType::kSuspectedTraffickers,
             "Phòng PCMT&TP, BĐBP Lạng Sơn — dữ liệu mẫu", 12},
    DemoList{"Đối tượng truy nã (mẫu)", WatchlistType::kWantedPersons, "Cục Cảnh sát hình sự — dữ liệu mẫu", 6},
    DemoList{"Người mất tích, nghi bị mua bán (mẫu)", WatchlistType::kMissingPersons,
             "Công an tỉnh Lạng Sơn — dữ liệu mẫu", 10},
    DemoList{"Số điện thoại nghi tuyển dụng lừa đảo (mẫu)", WatchlistType::kFlaggedPhones,
             "Tổng hợp tin báo đường dây nóng 111 — dữ liệu mẫu", 8},
    DemoList{"Tài khoản mạng xã hội tuyển dụng lừa đảo (mẫu)", WatchlistType::kFlaggedAccounts,
             "Tổng hợp tin báo trên mạng — dữ liệu mẫu", 8},
};

constexpr std::array kPlatforms = {domain::AccountPlatform::kFacebook, domain::AccountPlatform::kZalo,
                                   domain::AccountPlatform::kTelegram, domain::AccountPlatform::kTiktok};

std::string two_digits(uint64_t n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// A few suspects of the generated cases with a full date of birth, so the
// demo's suspected-traffickers list matches someone and the dashboard shows
// watchlist alerts (a list from another agency, written without diacritics).
Result<std::vector<domain::Person>> known_suspects(store::Transaction& tx, size_t want) {
  std::vector<domain::Person> out;
  FL_TRY(tx.persons().scan_linked([&](const store::LinkedPerson& lp) {
    const bool suspect = std::any_of(lp.links.begin(), lp.links.end(), [](const store::PersonCaseLink& l) {
      return l.role == domain::PersonRole::kSuspect;
    });
    if (suspect && lp.person.identity.date_of_birth.size() == 10) {
      out.push_back(lp.person);
    }
    return out.size() < want;
  }));
  return out;
}

}  // namespace

Result<int64_t> seed_watchlists(store::Transaction& tx, TimePoint now, uint64_t seed) {
  FL_ASSIGN_OR_RETURN(auto existing, tx.watchlists().lists());
  if (!existing.empty()) {
    return 0;
  }
  FL_ASSIGN_OR_RETURN(auto unit, tx.reference().find_unit("BCH-LS"));
  if (!unit) {
    return 0;
  }
  Rng rng(seed ^ 0x5741544348ULL);
  FL_ASSIGN_OR_RETURN(std::vector<domain::Person> suspects, known_suspects(tx, 3));
  int64_t added = 0;
  int64_t serial = 0;
  for (const auto& l : kLists) {
    domain::Watchlist w;
    w.name = l.name;
    w.type = l.type;
    w.source = l.source;
    w.owner_unit_id = unit->id;
    w.description = "Danh sách mẫu để huấn luyện; không phải người thật.";
    w.created_at = now;
    w.updated_at = now;
    FL_ASSIGN_OR_RETURN(w.id, tx.watchlists().insert_list(w));
    for (int i = 0; i < l.entries; ++i) {
      ++serial;
      domain::WatchlistEntry e;
      e.watchlist_id = w.id;
      e.reason = "dữ liệu mẫu";
      e.source_ref = "MẪU-" + std::to_string(100 + serial);
      e.added_at = now;
      e.updated_at = now;
      if (domain::is_person_list(l.type)) {
        bool female = l.type == WatchlistType::kMissingPersons ? rng.uniform(5) != 0 : rng.uniform(4) == 0;
        e.sex = female ? domain::Sex::kFemale : domain::Sex::kMale;
        int year = l.type == WatchlistType::kMissingPersons ? 1995 + static_cast<int>(rng.uniform(15))
                                                             : 1965 + static_cast<int>(rng.uniform(30));
        e.identity.full_name = vietnamese_name(rng, e.sex, year, NameOrigin::kKinh).full();
        e.identity.date_of_birth =
            std::to_string(year) + "-" + two_digits(1 + rng.uniform(12)) + "-" + two_digits(1 + rng.uniform(28));
        e.identity.citizen_id = "999" + std::to_string(100000000 + serial * 7919 % 900000000);
        e.nationality = "VN";
        if (i % 4 == 3) {
          e.expires_on = "2025-12-31";  // kept, shown as expired
        } else if (l.type == WatchlistType::kSuspectedTraffickers && !suspects.empty()) {
          const domain::Person known = suspects.back();
          suspects.pop_back();
          e.identity.full_name = text::fold(known.identity.full_name);
          e.identity.date_of_birth = known.identity.date_of_birth;
          e.sex = known.sex;
        }
      } else if (l.type == WatchlistType::kFlaggedPhones) {
        e.phone_raw = "0900 000 " + std::to_string(100 + serial);
        auto e164 = match::normalize_phone(e.phone_raw);
        e.phone_e164 = e164.ok() ? *e164 : "";
      } else {
        e.platform = kPlatforms[static_cast<size_t>(i) % kPlatforms.size()];
        e.handle = "viec.lam.mau." + std::to_string(serial);
      }
      FL_TRY(discard_value(tx.watchlists().insert_entry(e)));
      ++added;
    }
  }
  return added;
}

}  // namespace frontline::demo
