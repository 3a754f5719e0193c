// The link graph behind the services: identifiers and persons reach the
// in-memory graph through the sinks after commit (and leave it), what each
// role sees of a person-tied identifier, and the identifier service's rules.
#include <gtest/gtest.h>

#include "service/graph_service.hpp"
#include "service/identifier_service.hpp"
#include "service/link_service.hpp"
#include "service_fixture.hpp"

namespace frontline::testing {
namespace {

class GraphServiceTest : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    ASSERT_TRUE(index.rebuild().ok());
    identifiers.set_sink(&index);
    cases.set_index_sink(&index);
  }

  domain::IdentifierDraft phone(const std::string& value, std::optional<int64_t> person = std::nullopt) {
    domain::IdentifierDraft d;
    d.kind = domain::IdentifierKind::kPhone;
    d.value = value;
    d.person_id = person;
    return d;
  }

  // The node ids of case `id`'s neighbourhood as `who` sees it.
  std::vector<service::GraphNodeView> around(const service::Principal& who, int64_t id, int64_t hops = 2) {
    service::NeighbourhoodQuery q;
    q.entity = "case:" + std::to_string(id);
    q.hops = hops;
    auto v = graph.neighbourhood(who, q);
    EXPECT_TRUE(v.ok()) << describe(v);
    return v.ok() ? v->nodes : std::vector<service::GraphNodeView>{};
  }

  static const service::GraphNodeView* find(const std::vector<service::GraphNodeView>& nodes, graph::NodeKind kind) {
    for (const auto& n : nodes) {
      if (n.kind == kind) {
        return &n;
      }
    }
    return nullptr;
  }

  service::GraphIndex index{*env.store};
  service::IdentifierService identifiers{*env.store, env.clock};
  service::GraphService graph{*env.store, env.clock, index};
};

TEST_F(GraphServiceTest, IdentifiersAndPersonsJoinAndLeaveTheGraphAfterCommit) {
  const domain::Case a = make_case("Vụ A");
  const domain::Case b = make_case("Vụ B");
  ASSERT_TRUE(identifiers.add(officer, a.id, phone("0912 345 678")).ok());
  EXPECT_EQ(around(investigator, a.id).size(), 2u);  // the case and its phone
  auto added = identifiers.add(officer, b.id, phone("+84912345678"));
  ASSERT_TRUE(added.ok()) << describe(added);
  EXPECT_EQ(around(investigator, a.id).size(), 3u);  // case B, two links away
  // A person whose own phone is the same number joins through their identity.
  domain::PersonDraft p = person("Hà Thị Lan");
  p.identity.phone = "0912-345-678";
  const domain::Case c = make_case("Vụ C");
  auto lan = cases.add_person(officer, c.id, p, domain::PersonRole::kWitness);
  ASSERT_TRUE(lan.ok()) << describe(lan);
  EXPECT_EQ(around(investigator, a.id, 4).size(), 6u);  // + Lan, her document, case C
  ASSERT_TRUE(cases.unlink_person(officer, c.id, lan->person.id).ok());
  EXPECT_EQ(around(investigator, a.id, 4).size(), 3u);
  ASSERT_TRUE(identifiers.remove(officer, b.id, added->identifier.id).ok());
  EXPECT_EQ(around(investigator, a.id).size(), 2u);
  // A failed write tells nobody: the graph is unchanged.
  EXPECT_FALSE(identifiers.add(officer, a.id, phone("0912345678")).ok());  // the same phone again: 409
  EXPECT_EQ(around(investigator, a.id).size(), 2u);
}

TEST_F(GraphServiceTest, APersonTiedPhoneShowsOnlyWithThatPersonsIdentity) {
  const domain::Case a = make_case();
  auto victim = cases.add_person(officer, a.id, person("Lò Thị Mai"), domain::PersonRole::kVictim);
  ASSERT_TRUE(victim.ok());
  ASSERT_TRUE(identifiers.add(officer, a.id, phone("0987 654 321", victim->person.id)).ok());
  // The commander may not see victims: neither the name nor the phone.
  auto seen = around(commander, a.id);
  const auto* phone_node = find(seen, graph::NodeKind::kPhone);
  ASSERT_NE(phone_node, nullptr);
  EXPECT_TRUE(phone_node->masked);
  EXPECT_EQ(phone_node->label, "");
  EXPECT_TRUE(find(seen, graph::NodeKind::kPerson)->masked);
  auto listed = identifiers.list(commander, a.id);
  ASSERT_TRUE(listed.ok());
  EXPECT_TRUE(listed->at(0).masked);
  EXPECT_EQ(listed->at(0).identifier.value, "");
  EXPECT_EQ(identifiers.remove(commander, a.id, listed->at(0).identifier.id).error().code,
            ErrorCode::kPermissionDenied);
  // The investigator sees both; the analyst sees neither (no identities at all).
  seen = around(investigator, a.id);
  EXPECT_EQ(find(seen, graph::NodeKind::kPhone)->label, "+84987654321");
  EXPECT_EQ(find(seen, graph::NodeKind::kPerson)->label, "Lò Thị Mai");
  seen = around(analyst, a.id);
  EXPECT_TRUE(find(seen, graph::NodeKind::kPhone)->masked);
  // Frontline officers record identifiers but have no graph.
  service::NeighbourhoodQuery q;
  q.entity = "case:" + std::to_string(a.id);
  EXPECT_EQ(graph.neighbourhood(officer, q).error().code, ErrorCode::kPermissionDenied);
}

TEST_F(GraphServiceTest, IdentifierRulesFollowTheCasesPersons) {
  const domain::Case a = make_case();
  domain::IdentifierDraft bad;
  bad.value = "x";
  auto r = identifiers.add(officer, a.id, bad);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields.count("kind"), 1u);
  auto other = identifiers.add(officer_qn, a.id, phone("0912345678"));  // another province's case
  EXPECT_EQ(other.error().code, ErrorCode::kNotFound);
  auto stranger = identifiers.add(officer, a.id, phone("0912345678", 999));
  EXPECT_EQ(stranger.error().fields.count("person_id"), 1u);
  EXPECT_EQ(identifiers.add(analyst, a.id, phone("0912345678")).error().code, ErrorCode::kPermissionDenied);
  const int64_t before = audits("identifier.");
  auto ok = identifiers.add(officer, a.id, phone("0912345678"));
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(audits("identifier.create"), before + 1);
  for (const auto& e : env.audit_entries("identifier.")) {
    EXPECT_EQ(e.detail.find("912"), std::string::npos);  // never the value
  }
}

// A person merge (docs/links.md) moves the identifiers tied to the merged
// person to the survivor, and the graph follows; undo moves them back.
TEST_F(GraphServiceTest, IdentifiersFollowAPersonMergeAndItsUndo) {
  service::ScreeningIndex screening{*env.store, env.clock};
  ASSERT_TRUE(screening.rebuild().ok());
  screening.set_alerts(true);  // proposals are raised by the screening index on person writes
  service::PersonSinks sinks({&screening, &index});
  cases.set_index_sink(&sinks);
  service::LinkService links{*env.store, env.clock, &sinks};
  const domain::Case a = make_case("Vụ thứ nhất");
  const domain::Case b = make_case("Vụ thứ hai");
  domain::PersonDraft suspect = person("Lý Văn Quyết");
  suspect.sex = domain::Sex::kMale;
  auto first = cases.add_person(officer, a.id, suspect, domain::PersonRole::kSuspect);
  auto second = cases.add_person(officer, b.id, suspect, domain::PersonRole::kSuspect);
  ASSERT_TRUE(first.ok() && second.ok());
  ASSERT_TRUE(identifiers.add(officer, b.id, phone("0899 123 456", second->person.id)).ok());
  domain::LinkFilter open;
  open.status = domain::LinkStatus::kOpen;
  auto proposals = links.list(investigator, open);
  ASSERT_TRUE(proposals.ok()) << describe(proposals);
  int64_t duplicate = 0;
  for (const auto& v : proposals->items) {
    duplicate = v.proposal.kind == domain::LinkKind::kDuplicatePerson ? v.proposal.id : duplicate;
  }
  ASSERT_NE(duplicate, 0);
  auto merged = links.merge(investigator, duplicate, first->person.id);
  ASSERT_TRUE(merged.ok()) << describe(merged);
  auto listed = identifiers.list(investigator, b.id);
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->at(0).identifier.person_id, first->person.id);
  // In the graph the phone hangs on the survivor, one link from case B.
  const auto seen = around(investigator, b.id, 2);
  bool phone_near = false;
  for (const auto& n : seen) {
    phone_near = phone_near || (n.kind == graph::NodeKind::kPhone && n.hops == 2 && n.label == "+84899123456");
  }
  EXPECT_TRUE(phone_near);
  ASSERT_TRUE(links.undo(investigator, merged->id).ok());
  listed = identifiers.list(investigator, b.id);
  EXPECT_EQ(listed->at(0).identifier.person_id, second->person.id);
}

}  // namespace
}  // namespace frontline::testing
