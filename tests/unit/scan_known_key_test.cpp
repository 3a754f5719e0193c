// Tests for service::graph_node_key: an identifier the scanner extracts
// becomes the link graph's node key in the same spelling as a case
// identifier recorded by hand (graph::identifier_key), so a post and a
// case meet on one node.
#include <gtest/gtest.h>

#include "graph/entity_key.hpp"
#include "service/scan_service.hpp"

namespace frontline::service {
namespace {

scan::ExtractedId extracted(scan::IdKind kind, const std::string& value, const std::string& key,
                            const std::string& qualifier = "") {
  scan::ExtractedId id;
  id.kind = kind;
  id.value = value;
  id.key = key;
  id.qualifier = qualifier;
  return id;
}

TEST(ScanKnownKey, PhonesAndAccountsMeetTheirCaseIdentifiers) {
  auto phone = graph_node_key(extracted(scan::IdKind::kPhone, "0912 345 678", "+84912345678"));
  ASSERT_TRUE(phone.has_value());
  EXPECT_EQ(phone->kind, graph::NodeKind::kPhone);
  EXPECT_EQ(phone->key, graph::identifier_key(domain::IdentifierKind::kPhone, "+84 912 345 678", "").value());

  auto tg = graph_node_key(extracted(scan::IdKind::kTelegram, "t.me/Viec_Lam", "viec_lam"));
  ASSERT_TRUE(tg.has_value());
  EXPECT_EQ(tg->kind, graph::NodeKind::kAccount);
  EXPECT_EQ(tg->key, graph::identifier_key(domain::IdentifierKind::kAccount, "@viec_lam", "Telegram").value());
  EXPECT_EQ(tg->key, "telegram/viec_lam");
  for (auto k : {scan::IdKind::kZalo, scan::IdKind::kWhatsapp, scan::IdKind::kFacebook, scan::IdKind::kTiktok}) {
    auto n = graph_node_key(extracted(k, "abc", "abc"));
    ASSERT_TRUE(n.has_value());
    EXPECT_EQ(n->key, std::string(scan::id_kind_name(k)) + "/abc");
  }
}

TEST(ScanKnownKey, BankAccountsNeedTheirBankAndLinksAreNoNodes) {
  auto bank = graph_node_key(extracted(scan::IdKind::kBankAccount, "0071 0001 23456", "0071000123456", "vietcombank"));
  ASSERT_TRUE(bank.has_value());
  EXPECT_EQ(bank->kind, graph::NodeKind::kBankAccount);
  EXPECT_EQ(bank->key,
            graph::identifier_key(domain::IdentifierKind::kBankAccount, "0071000123456", "Vietcombank").value());
  EXPECT_FALSE(graph_node_key(extracted(scan::IdKind::kBankAccount, "0071000123456", "0071000123456")).has_value());
  EXPECT_FALSE(graph_node_key(extracted(scan::IdKind::kUrl, "https://x.vn", "https://x.vn")).has_value());
  EXPECT_FALSE(graph_node_key(extracted(scan::IdKind::kEmail, "a@b.vn", "a@b.vn")).has_value());
  EXPECT_FALSE(graph_node_key(extracted(scan::IdKind::kPhone, "12", "12")).has_value());
}

}  // namespace
}  // namespace frontline::service
