// The scanner: phrases on folded text with spans on the original, amounts,
// the pay-norm rule, identifiers, scores and bad input.
#include "scan/scanner.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "scan/fold_map.hpp"
#include "util/text.hpp"

namespace frontline::scan {
namespace {

const Scanner& scanner() {
  static const auto built = [] {
    auto s = Scanner::build(builtin_lexicon());
    EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
    return s.ok() ? *s : nullptr;
  }();
  return *built;
}

ScanResult scan_ok(std::string_view text) {
  auto r = scanner().scan(text);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
  return r.ok() ? *r : ScanResult{};
}

const FlagHit* flag(const ScanResult& r, std::string_view id) {
  for (const FlagHit& f : r.flags) {
    if (f.id == id) return &f;
  }
  return nullptr;
}

std::string cut(std::string_view text, Span s) { return std::string(text.substr(s.start, s.end - s.start)); }

TEST(ScanFoldMap, AlnumSkeletonEqualsTextFold) {
  for (std::string_view s : {"Việc nhẹ, LƯƠNG CAO!!", "Nguyễn Thị  Như-Quỳnh", "Đi Campuchia 🔥🔥 ngay", "轻松高薪 工作",
                             "Ｔｅｌｅ: @abc_12", "ǅemal Æsir ½", "e\xCC\x81 tie\xCC\x82\xCC\x81ng Vie\xCC\xA3\xCC\x82t"}) {
    FoldedText f;
    ASSERT_TRUE(fold_with_map(s, f)) << s;
    EXPECT_EQ(f.words, text::fold(s)) << s;
    std::string skeleton;
    bool gap = false;
    for (char c : f.text) {
      if (!is_alnum_ascii(c)) {
        gap = !skeleton.empty();
        continue;
      }
      if (gap) skeleton += ' ';
      gap = false;
      skeleton += c;
    }
    EXPECT_EQ(skeleton, f.words) << s;
    // Every folded byte maps into the original, in order; the end to its size.
    for (size_t i = 1; i < f.text.size(); ++i) EXPECT_LE(f.map.start(i - 1), f.map.start(i)) << s;
    EXPECT_EQ(f.map.end(f.text.size(), f.text.size()), s.size());
  }
  FoldedText f;
  EXPECT_FALSE(fold_with_map("ok \xC3\x28", f));
  EXPECT_FALSE(fold_with_map("\xED\xA0\x80", f));  // a surrogate
}

TEST(ScanScanner, PhrasesMatchWithAndWithoutDiacriticsWithSpansOnTheOriginal) {
  const std::string with = "Tuyển gấp: VIỆC NHẸ LƯƠNG CAO, bao ăn ở.";
  const ScanResult a = scan_ok(with);
  const FlagHit* hit = flag(a, "pay.light_work_high_pay");
  ASSERT_NE(hit, nullptr);
  ASSERT_EQ(hit->spans.size(), 1u);
  EXPECT_EQ(cut(with, hit->spans[0]), "VIỆC NHẸ LƯƠNG CAO");

  const std::string without = "tuyen gap viec-nhe   luong cao";
  const ScanResult b = scan_ok(without);
  hit = flag(b, "pay.light_work_high_pay");
  ASSERT_NE(hit, nullptr);
  EXPECT_EQ(cut(without, hit->spans[0]), "viec-nhe   luong cao");

  // Decomposed (NFD) marks belong to the letter before them.
  const std::string nfd = "vie\xCC\xA3\xCC\x82\x63 nhe\xCC\xA3 lu\xCC\x9Bo\xCC\x9B\xCC\x80ng cao";
  const ScanResult c = scan_ok(nfd);
  hit = flag(c, "pay.light_work_high_pay");
  ASSERT_NE(hit, nullptr);
  EXPECT_EQ(cut(nfd, hit->spans[0]), nfd);
}

TEST(ScanScanner, PhrasesNeedWordBoundaries) {
  // "thực lĩnh" is a phrase; "thựclĩnh" glued to other letters is not it.
  EXPECT_EQ(flag(scan_ok("lương thực lĩnh cao"), "pay.tens_of_millions") != nullptr, true);
  EXPECT_EQ(flag(scan_ok("abcthuc linh"), "pay.tens_of_millions"), nullptr);
  EXPECT_EQ(flag(scan_ok("thuc linhxyz"), "pay.tens_of_millions"), nullptr);
}

TEST(ScanScanner, AmountsAreParsedAndConvertedToDongAMonth) {
  const std::string text = "Lương 1.500$/tháng, thưởng 500k/ngày, phí visa 15 triệu, lương 15tr5, cao 1m60, 3000 tệ";
  const ScanResult r = scan_ok(text);
  ASSERT_EQ(r.amounts.size(), 5u);
  EXPECT_EQ(cut(text, r.amounts[0].span), "1.500$/tháng");
  EXPECT_DOUBLE_EQ(r.amounts[0].value, 1500);
  EXPECT_EQ(r.amounts[0].currency, "USD");
  EXPECT_EQ(r.amounts[0].period, Period::kMonth);
  EXPECT_EQ(r.amounts[0].use, AmountUse::kPay);
  EXPECT_DOUBLE_EQ(*r.amounts[0].monthly_vnd, 1500 * 25000.0);

  EXPECT_EQ(cut(text, r.amounts[1].span), "500k/ngày");
  EXPECT_DOUBLE_EQ(r.amounts[1].value, 500000);
  EXPECT_EQ(r.amounts[1].period, Period::kDay);
  EXPECT_DOUBLE_EQ(*r.amounts[1].monthly_vnd, 500000.0 * 26);

  EXPECT_EQ(cut(text, r.amounts[2].span), "15 triệu");
  EXPECT_EQ(r.amounts[2].use, AmountUse::kCost);
  EXPECT_FALSE(r.amounts[2].monthly_vnd.has_value());

  EXPECT_DOUBLE_EQ(r.amounts[3].value, 15.5e6);
  EXPECT_EQ(r.amounts[3].currency, "VND");
  EXPECT_EQ(r.amounts[4].currency, "CNY");  // "1m60" is a height, not money

  // Pay far above the norm comes from the numbers.
  const FlagHit* far = flag(r, "pay.far_above_norm");
  ASSERT_NE(far, nullptr);
  EXPECT_EQ(far->category, "pay");
  // 37.5 M a month is 3.75 times the norm of 10 M: between factor 2 (weight
  // 0.2) and factor_max 5 (weight 0.45).
  EXPECT_NEAR(far->weight, 0.2 + 0.25 * (3.75 - 2.0) / 3.0, 1e-9);
  ASSERT_EQ(far->spans.size(), 1u);
  EXPECT_EQ(cut(text, far->spans[0]), "1.500$/tháng");
}

TEST(ScanScanner, ModestPayDoesNotFireTheRule) {
  const ScanResult r = scan_ok("Tuyển công nhân, lương 8 triệu/tháng, đóng BHXH");
  ASSERT_EQ(r.amounts.size(), 1u);
  EXPECT_DOUBLE_EQ(*r.amounts[0].monthly_vnd, 8e6);
  EXPECT_EQ(flag(r, "pay.far_above_norm"), nullptr);
  const ScanResult english = scan_ok("Salary $1,200 a month");
  ASSERT_EQ(english.amounts.size(), 1u);
  EXPECT_DOUBLE_EQ(english.amounts[0].value, 1200);
  EXPECT_EQ(english.amounts[0].period, Period::kMonth);
  EXPECT_NE(flag(english, "pay.far_above_norm"), nullptr);  // 30 M dong: 3 times the norm
}

TEST(ScanScanner, IdentifiersAreExtractedAndNormalized) {
  const std::string text =
      "Liên hệ Zalo: 0912.345.678 hoặc tele @tuyendung_kh, t.me/viecnhe88, "
      "https://www.facebook.com/tuyen.dung.cpc/ ; mail hr.cambo@gmail.com; "
      "chuyển cọc vào STK 0071 0012 34567 Vietcombank; xem abc888.vip; WhatsApp +855 12 345 678";
  const ScanResult r = scan_ok(text);
  auto find = [&](IdKind k) -> const ExtractedId* {
    for (const auto& id : r.identifiers) {
      if (id.kind == k) return &id;
    }
    return nullptr;
  };
  const ExtractedId* phone = find(IdKind::kPhone);
  ASSERT_NE(phone, nullptr);
  EXPECT_EQ(phone->key, "+84912345678");
  EXPECT_EQ(phone->value, "0912.345.678");
  EXPECT_EQ(phone->channel, "zalo");
  EXPECT_EQ(cut(text, phone->span), phone->value);
  const ExtractedId* tg = find(IdKind::kTelegram);
  ASSERT_NE(tg, nullptr);
  EXPECT_EQ(tg->key, "tuyendung_kh");
  int telegrams = static_cast<int>(std::count_if(r.identifiers.begin(), r.identifiers.end(),
                                                  [](const ExtractedId& i) { return i.kind == IdKind::kTelegram; }));
  EXPECT_EQ(telegrams, 2);
  const ExtractedId* fb = find(IdKind::kFacebook);
  ASSERT_NE(fb, nullptr);
  EXPECT_EQ(fb->key, "tuyen.dung.cpc");
  const ExtractedId* mail = find(IdKind::kEmail);
  ASSERT_NE(mail, nullptr);
  EXPECT_EQ(mail->key, "hr.cambo@gmail.com");
  const ExtractedId* bank = find(IdKind::kBankAccount);
  ASSERT_NE(bank, nullptr);
  EXPECT_EQ(bank->key, "0071001234567");
  EXPECT_EQ(bank->qualifier, "vietcombank");
  const ExtractedId* url = find(IdKind::kUrl);
  ASSERT_NE(url, nullptr);
  EXPECT_EQ(url->key, "abc888.vip");
  // +855 is Cambodia; the phone after "WhatsApp" is tagged with it.
  bool khmer = std::any_of(r.identifiers.begin(), r.identifiers.end(), [](const ExtractedId& i) {
    return i.kind == IdKind::kPhone && i.key == "+85512345678" && i.channel == "whatsapp";
  });
  EXPECT_TRUE(khmer);
  // The account number is not also read as a phone, nor the amounts.
  for (const auto& id : r.identifiers) {
    EXPECT_NE(id.key, "+840071001234567");
  }
}

TEST(ScanScanner, ScoresRiseWithRedFlagsAndExplain) {
  const ScanResult benign = scan_ok("Cửa hàng tuyển nhân viên bán hàng tại Hà Nội, có hợp đồng lao động.");
  EXPECT_EQ(benign.level, RiskLevel::kLow);
  EXPECT_TRUE(benign.flags.empty());
  const std::string risky =
      "Việc nhẹ lương cao ở Campuchia, không cần kinh nghiệm, bao vé máy bay, giữ hộ chiếu, lương 1500$/tháng. "
      "Liên hệ telegram t.me/hr_kh88";
  const ScanResult r = scan_ok(risky);
  EXPECT_EQ(r.level, RiskLevel::kHigh);
  EXPECT_GT(r.risk, 0.8);
  for (size_t i = 1; i < r.flags.size(); ++i) {
    EXPECT_GE(r.flags[i - 1].weight, r.flags[i].weight);
  }
  const std::string vi = scanner().explain(r, "vi");
  EXPECT_NE(vi.find("Rủi ro cao"), std::string::npos) << vi;
  EXPECT_NE(vi.find("gấp"), std::string::npos) << vi;
  const std::string en = scanner().explain(r, "en");
  EXPECT_NE(en.find("High risk"), std::string::npos) << en;
  EXPECT_NE(en.find("Telegram"), std::string::npos) << en;
  EXPECT_NE(scanner().explain(benign, "en").find("No red flag"), std::string::npos);
}

TEST(ScanScanner, BadInputIsRefusedNamingTheText) {
  for (std::string bad : {std::string("\xC3\x28 việc nhẹ"), std::string("   \n\t "), std::string("🔥🔥🔥"),
                          std::string(kMaxTextBytes + 1, 'a')}) {
    auto r = scanner().scan(bad);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    EXPECT_TRUE(r.error().fields.count("text"));
  }
}

TEST(ScanScanner, LocalTermsJoinTheScan) {
  auto merged = merge_local_terms(builtin_lexicon(),
                                  R"({"flags": [{"id": "destination.cambodia_hubs", "patterns": {"vi": ["đặc khu Ba Vẹt"]}}]})");
  ASSERT_TRUE(merged.ok());
  auto local = Scanner::build(*merged);
  ASSERT_TRUE(local.ok());
  auto r = (*local)->scan("Sang dac khu ba vet lam viec");
  ASSERT_TRUE(r.ok());
  bool found = std::any_of(r->flags.begin(), r->flags.end(), [](const FlagHit& f) { return f.id == "destination.cambodia_hubs"; });
  EXPECT_TRUE(found);
  EXPECT_EQ(code_point_offset("Việc nhẹ", 6), 4u);  // "Việc": 4 characters in 6 bytes
}

}  // namespace
}  // namespace frontline::scan

namespace frontline::scan {
namespace {

TEST(ScanScanner, PhonesNextToOtherNumbersAndWordsAreFound) {
  const ScanResult r = scan_ok("ib tele @hr_kh88 0912345678 hoặc 0987 654 321 500k, mã 12345678901234567890");
  std::vector<std::string> keys;
  for (const auto& id : r.identifiers) {
    if (id.kind == IdKind::kPhone) keys.push_back(id.key);
  }
  EXPECT_EQ(keys, (std::vector<std::string>{"+84912345678", "+84987654321"}));
}

}  // namespace
}  // namespace frontline::scan

namespace frontline::scan {
namespace {

TEST(ScanScanner, WithTheModelRiskIsTheLargerOfTheTwoScores) {
  auto with = Scanner::build(builtin_lexicon(), &builtin_model());
  ASSERT_TRUE(with.ok());
  // Bait in other words than the lexicon's: the model should see it.
  const std::string text = "Tuyển 10 bạn trẻ đi làm sale online bên kia biên giới, bao ăn ở, không cần CV, ib mình";
  auto r = (*with)->scan(text);
  ASSERT_TRUE(r.ok());
  ASSERT_TRUE(r->model_score.has_value());
  EXPECT_DOUBLE_EQ(r->risk, std::max(r->lexicon_score, *r->model_score));
  EXPECT_DOUBLE_EQ(*r->model_score, builtin_model().probability(text));  // the folded path agrees
  EXPECT_EQ(r->level, risk_level(r->risk));
  EXPECT_NE((*with)->explain(*r, "en").find("learned model"), std::string::npos);
  auto without = scanner().scan(text);
  ASSERT_TRUE(without.ok());
  EXPECT_FALSE(without->model_score.has_value());
  EXPECT_DOUBLE_EQ(without->risk, without->lexicon_score);
}

}  // namespace
}  // namespace frontline::scan
