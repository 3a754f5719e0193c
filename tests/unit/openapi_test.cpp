// Keeps src/http/openapi.json true to the code:
//   - its paths and methods are exactly the router's routes;
//   - every $ref resolves;
//   - its enums are the domain's names (statuses, forms, roles, …);
//   - the response schemas have exactly the keys the JSON mapping writes;
//   - the request schemas name exactly the fields the parsers accept, and
//     their examples parse.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "app/data_dir.hpp"
#include "domain/case.hpp"
#include "domain/person.hpp"
#include "domain/record.hpp"
#include "domain/referral.hpp"
#include "domain/roles.hpp"
#include "http/graph_json.hpp"
#include "http/json_mapping.hpp"
#include "http/victim_json.hpp"
#include "http/referral_json.hpp"
#include "http/routes.hpp"
#include "http/scan_json.hpp"
#include "http/screening_json.hpp"
#include "http/statistics_json.hpp"
#include "http/watchlist_json.hpp"
#include "service/auth_service.hpp"
#include "service/case_service.hpp"
#include "service/user_service.hpp"
#include "util/clock.hpp"

namespace frontline::http {
std::string_view openapi_document();
}

namespace frontline::http {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const json& doc() {
  static const json d = json::parse(openapi_document());
  return d;
}

const json& schema(const std::string& name) { return doc().at("components").at("schemas").at(name); }

std::set<std::string> keys_of(const json& object) {
  std::set<std::string> out;
  for (const auto& [k, v] : object.items()) {
    out.insert(k);
  }
  return out;
}

std::set<std::string> properties(const std::string& name) { return keys_of(schema(name).at("properties")); }

std::set<std::string> as_set(const std::vector<std::string>& v) { return {v.begin(), v.end()}; }

// The string values of an enum; a nullable enum's null is left out.
std::set<std::string> enum_of(const json& s) {
  std::set<std::string> out;
  for (const auto& v : s.at("enum")) {
    if (!v.is_null()) {
      out.insert(v.get<std::string>());
    }
  }
  return out;
}

// A temporary data directory with the services the router needs.
class RouterWorld {
 public:
  RouterWorld() {
    root_ = fs::temp_directory_path() / ("frontline-openapi-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    auto d = app::open_data_dir(root_, app::Create::kIfMissing);
    if (!d.ok()) {
      throw std::runtime_error("cannot open a data directory: " + d.error().message);
    }
    dir_ = std::move(d).value();
    auth_ = std::make_unique<service::AuthService>(*dir_.store, clock_, service::AuthPolicy{});
    users_ = std::make_unique<service::UserService>(*dir_.store, clock_);
    cases_ = std::make_unique<service::CaseService>(*dir_.store, *dir_.vault, clock_);
    referrals_ = std::make_unique<service::ReferralService>(*dir_.store, clock_);
    screening_index_ = std::make_unique<service::ScreeningIndex>(*dir_.store, clock_);
    screening_ = std::make_unique<service::ScreeningService>(*dir_.store, clock_, *screening_index_);
    graph_index_ = std::make_unique<service::GraphIndex>(*dir_.store);
    person_sinks_ = std::make_unique<service::PersonSinks>(
        std::vector<service::PersonIndexSink*>{screening_index_.get(), graph_index_.get()});
    auto scanner = scan::Scanner::build(scan::builtin_lexicon());
    if (!scanner.ok()) {
      throw std::runtime_error("cannot build the scanner: " + scanner.error().message);
    }
    flagged_ = std::make_unique<service::WatchlistIdentifiers>(*dir_.store, clock_);
    watchlist_sinks_ = std::make_unique<service::WatchlistSinks>(
        std::vector<service::WatchlistIndexSink*>{screening_index_.get(), flagged_.get()});
    scan_ = std::make_unique<service::ScanService>(*dir_.store, clock_, *scanner, *graph_index_, *flagged_);
    services_ = std::make_unique<Services>(Services{*dir_.store, clock_, *auth_, *users_, *cases_, *referrals_,
                                                    *screening_, *screening_index_, *graph_index_, *person_sinks_,
                                                    *scan_, *watchlist_sinks_});
    router_ = build_router(*services_);
  }
  ~RouterWorld() {
    dir_ = {};
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
  const Router& router() const { return router_; }

 private:
  fs::path root_;
  SystemClock clock_;
  app::DataDir dir_;
  std::unique_ptr<service::AuthService> auth_;
  std::unique_ptr<service::UserService> users_;
  std::unique_ptr<service::CaseService> cases_;
  std::unique_ptr<service::ReferralService> referrals_;
  std::unique_ptr<service::ScreeningIndex> screening_index_;
  std::unique_ptr<service::ScreeningService> screening_;
  std::unique_ptr<service::GraphIndex> graph_index_;
  std::unique_ptr<service::PersonSinks> person_sinks_;
  std::unique_ptr<service::WatchlistIdentifiers> flagged_;
  std::unique_ptr<service::WatchlistSinks> watchlist_sinks_;
  std::unique_ptr<service::ScanService> scan_;
  std::unique_ptr<Services> services_;
  Router router_;
};

TEST(OpenApi, IsAnOpenApi3Document) {
  EXPECT_EQ(doc().at("openapi").get<std::string>().rfind("3.0", 0), 0u);
  EXPECT_FALSE(doc().at("paths").empty());
}

TEST(OpenApi, PathsAreExactlyTheRoutes) {
  RouterWorld world;
  std::set<std::string> routed;
  for (const auto& r : world.router().routes()) {
    std::string method = r.method;
    std::transform(method.begin(), method.end(), method.begin(), ::tolower);
    routed.insert(method + " " + r.pattern);
  }
  static const std::set<std::string> kMethods = {"get", "post", "put", "patch", "delete"};
  std::set<std::string> documented;
  for (const auto& [path, item] : doc().at("paths").items()) {
    for (const auto& [method, op] : item.items()) {
      if (kMethods.count(method) != 0) {
        documented.insert(method + " " + path);
      }
    }
  }
  for (const auto& r : routed) {
    EXPECT_EQ(documented.count(r), 1u) << "route not documented in openapi.json: " << r;
  }
  for (const auto& d : documented) {
    EXPECT_EQ(routed.count(d), 1u) << "openapi.json documents a route the server does not have: " << d;
  }
}

void collect_refs(const json& j, std::vector<std::string>& out) {
  if (j.is_object()) {
    for (const auto& [k, v] : j.items()) {
      if (k == "$ref") {
        out.push_back(v.get<std::string>());
      } else {
        collect_refs(v, out);
      }
    }
  } else if (j.is_array()) {
    for (const auto& v : j) {
      collect_refs(v, out);
    }
  }
}

TEST(OpenApi, EveryReferenceResolves) {
  std::vector<std::string> refs;
  collect_refs(doc(), refs);
  ASSERT_FALSE(refs.empty());
  const std::string prefix = "#/components/schemas/";
  for (const auto& r : refs) {
    ASSERT_EQ(r.rfind(prefix, 0), 0u) << r;
    EXPECT_TRUE(doc()["components"]["schemas"].contains(r.substr(prefix.size()))) << "dangling $ref " << r;
  }
}

TEST(OpenApi, VictimEnumsAreTheDomainNames) {
  EXPECT_EQ(enum_of(schema("Indicator").at("properties").at("dimension")), as_set(identify::dimension_names()));
  EXPECT_EQ(enum_of(schema("Indicator").at("properties").at("strength")), as_set(identify::strength_names()));
  EXPECT_EQ(enum_of(schema("IndicatorSet").at("properties").at("exploitation")),
            as_set(identify::exploitation_names()));
  EXPECT_EQ(enum_of(schema("IndicatorSet").at("properties").at("verification_status")),
            as_set(identify::verification_names()));
  std::vector<std::string> set_ids;
  for (const auto& set : identify::builtin_catalog().sets) {
    set_ids.push_back(set.id);
  }
  EXPECT_EQ(enum_of(schema("IndicatorSet").at("properties").at("id")), as_set(set_ids));
  EXPECT_EQ(enum_of(schema("DimensionResult").at("properties").at("verdict")),
            as_set(identify::dimension_verdict_names()));
  EXPECT_EQ(enum_of(schema("Assessment").at("properties").at("overall")), as_set(identify::verdict_names()));
  EXPECT_EQ(enum_of(schema("Screening").at("properties").at("status")), as_set(domain::screening_status_names()));
  EXPECT_EQ(enum_of(schema("Screening").at("properties").at("act_of_recruitment")), as_set(identify::answer_names()));
  EXPECT_EQ(enum_of(schema("IdentificationDecision").at("properties").at("status")),
            as_set(domain::legal_status_names()));
  EXPECT_EQ(enum_of(schema("ReceivedPerson").at("properties").at("needs").at("items")),
            as_set(domain::immediate_need_names()));
}

TEST(OpenApi, EnumsAreTheDomainNames) {
  const auto& c = schema("Case").at("properties");
  EXPECT_EQ(enum_of(c.at("status")), as_set(domain::case_status_names()));
  EXPECT_EQ(enum_of(c.at("trafficking_form")), as_set(domain::trafficking_form_names()));
  EXPECT_EQ(enum_of(schema("Recruitment").at("properties").at("channel")),
            as_set(domain::recruitment_channel_names()));
  EXPECT_EQ(enum_of(schema("Person").at("properties").at("role")), as_set(domain::person_role_names()));
  EXPECT_EQ(enum_of(schema("Person").at("properties").at("sex")), as_set(domain::sex_names()));
  EXPECT_EQ(enum_of(schema("Event").at("properties").at("kind")), as_set(domain::event_kind_names()));
  for (const char* schema_name : {"Event", "ActivityItem"}) {
    for (const char* move : {"status_from", "status_to"}) {
      const json& p = schema(schema_name).at("properties").at(move);
      EXPECT_EQ(enum_of(p), as_set(domain::case_status_names())) << schema_name << "." << move;
      EXPECT_TRUE(p.value("nullable", false)) << schema_name << "." << move;
    }
  }
  EXPECT_EQ(enum_of(schema("Evidence").at("properties").at("kind")), as_set(domain::evidence_kind_names()));
  EXPECT_EQ(enum_of(schema("User").at("properties").at("roles").at("items")), as_set(domain::all_role_names()));
  EXPECT_EQ(enum_of(schema("AuditEntry").at("properties").at("outcome")),
            (std::set<std::string>{audit::outcome_name(audit::Outcome::kOk), audit::outcome_name(audit::Outcome::kDenied),
                                   audit::outcome_name(audit::Outcome::kFailed)}));
  std::set<std::string> codes = {"method_not_allowed"};
  for (auto code : {ErrorCode::kInvalidArgument, ErrorCode::kNotFound, ErrorCode::kConflict, ErrorCode::kUnprocessable,
                    ErrorCode::kUnauthenticated, ErrorCode::kPermissionDenied, ErrorCode::kTooLarge,
                    ErrorCode::kLocked, ErrorCode::kUnavailable, ErrorCode::kCorruption, ErrorCode::kInternal}) {
    codes.insert(error_code_name(code));
  }
  EXPECT_EQ(enum_of(schema("Error").at("properties").at("error").at("properties").at("code")), codes);
}

// The array items' keys of schema `s`'s property `name`.
std::set<std::string> properties_of(const json& s, const std::string& name) {
  std::set<std::string> out;
  for (const auto& [k, v] : s.at("properties").at(name).at("items").at("properties").items()) {
    out.insert(k);
  }
  return out;
}

TEST(OpenApi, WatchlistEnumsAreTheDomainNames) {
  EXPECT_EQ(enum_of(schema("Watchlist").at("properties").at("type")), as_set(domain::watchlist_type_names()));
  EXPECT_EQ(enum_of(schema("WatchlistCreate").at("properties").at("type")), as_set(domain::watchlist_type_names()));
  EXPECT_EQ(enum_of(schema("WatchlistEntryCreate").at("properties").at("platform")),
            as_set(domain::account_platform_names()));
}

TEST(OpenApi, ReferralEnumsAreTheDomainNames) {
  const auto services = as_set(domain::support_service_names());
  const auto statuses = as_set(domain::referral_status_names());
  const auto& org = schema("SupportOrganization").at("properties");
  EXPECT_EQ(enum_of(org.at("type")), as_set(domain::support_org_type_names()));
  EXPECT_EQ(enum_of(org.at("services").at("items")), services);
  const auto& create = schema("SupportOrganizationCreate").at("properties");
  EXPECT_EQ(enum_of(create.at("type")), as_set(domain::support_org_type_names()));
  EXPECT_EQ(enum_of(create.at("services").at("items")), services);
  const auto& r = schema("Referral").at("properties");
  EXPECT_EQ(enum_of(r.at("service")), services);
  EXPECT_EQ(enum_of(r.at("status")), statuses);
  EXPECT_EQ(enum_of(r.at("allowed_moves").at("items")), statuses);
  EXPECT_EQ(enum_of(schema("Consent").at("properties").at("status")), as_set(domain::consent_status_names()));
  EXPECT_EQ(enum_of(schema("ReferralCreate").at("properties").at("service")), services);
  EXPECT_EQ(enum_of(schema("ReferralCreate").at("properties").at("consent").at("properties").at("status")),
            as_set(domain::consent_status_names()));
  EXPECT_EQ(enum_of(schema("ReferralPatch").at("properties").at("status")), statuses);
  EXPECT_EQ(enum_of(schema("OverdueReferral").at("properties").at("service")), services);
  EXPECT_EQ(enum_of(schema("OverdueReferral").at("properties").at("status")), statuses);
  EXPECT_EQ(enum_of(schema("Entitlement").at("properties").at("item")), as_set(domain::entitlement_item_names()));
  EXPECT_EQ(enum_of(schema("Entitlement").at("properties").at("status")), as_set(domain::entitlement_status_names()));
  EXPECT_EQ(enum_of(schema("EntitlementPut").at("properties").at("status")),
            as_set(domain::entitlement_status_names()));
  const auto& item_param = doc().at("paths").at("/api/v1/persons/{id}/entitlements/{item}").at("parameters").at(1);
  EXPECT_EQ(enum_of(item_param.at("schema")), as_set(domain::entitlement_item_names()));
  const auto& list = doc().at("paths").at("/api/v1/support-organizations").at("get").at("parameters");
  EXPECT_EQ(enum_of(list.at(0).at("schema")), as_set(domain::support_org_type_names()));
  EXPECT_EQ(enum_of(list.at(2).at("schema")), services);
}

// The keys a mapping function writes must be the schema's properties (minus
// `optional` ones it writes only sometimes), and include every required one.
void expect_shape(const std::string& name, const json& written, const std::set<std::string>& optional = {}) {
  std::set<std::string> documented = properties(name);
  std::set<std::string> keys = keys_of(written);
  for (const auto& k : keys) {
    EXPECT_EQ(documented.count(k), 1u) << name << ": the API writes '" << k << "' but the schema lacks it";
  }
  for (const auto& p : documented) {
    if (optional.count(p) == 0) {
      EXPECT_EQ(keys.count(p), 1u) << name << ": the schema has '" << p << "' but the API does not write it";
    }
  }
  for (const auto& req : schema(name).value("required", json::array())) {
    EXPECT_EQ(keys.count(req.get<std::string>()), 1u) << name << ": required '" << req << "' not written";
  }
}

TEST(OpenApi, ResponseSchemasMatchTheJsonMapping) {
  domain::Case c;
  c.number = "LS-2026-0001";
  json cj = case_json(c);
  expect_shape("Case", cj, {"allowed_transitions"});
  expect_shape("Route", cj.at("route"));
  expect_shape("Recruitment", cj.at("recruitment"));
  domain::CasePage one;
  one.items.push_back(c);
  one.total = 1;
  json pg = case_page_json(one, 0, 20);
  expect_shape("CasePage", pg);
  expect_shape("CaseListItem", pg.at("items").at(0));

  service::PersonView shown;
  shown.role = domain::PersonRole::kVictim;
  shown.cases = {{1, domain::PersonRole::kVictim}};
  json pj = person_json(shown);
  expect_shape("Person", pj);
  expect_shape("Identity", pj.at("identity"));
  service::PersonView masked;
  masked.masked = true;
  json mj = person_json(masked);
  EXPECT_TRUE(mj.at("identity").is_null());
  expect_shape("Person", mj, {"role", "cases"});

  expect_shape("Event", event_json(domain::TimelineEvent{}));
  expect_shape("ActivityItem", activity_item_json(service::ActivityItem{}));
  EXPECT_EQ(enum_of(schema("ActivityItem").at("properties").at("kind")), as_set(domain::event_kind_names()));
  expect_shape("Evidence", evidence_json(domain::EvidenceItem{}));
  expect_shape("User", user_json(domain::User{}));
  audit::Entry e;
  e.detail = "{}";
  expect_shape("AuditEntry", audit_entry_json(e));

  // Victims: the catalog, a screening with its assessment, decisions, receptions.
  const json catalog = catalog_json(identify::builtin_catalog());
  expect_shape("IndicatorCatalog", catalog);
  expect_shape("IndicatorSet", catalog.at("sets").at(0));
  expect_shape("Indicator", catalog.at("sets").at(0).at("indicators").at(0));
  service::ScreeningView sv;
  sv.assessment = identify::assess(identify::builtin_catalog().sets.at(0), {});
  const json sj = screening_json(sv);
  expect_shape("Screening", sj);
  expect_shape("Assessment", sj.at("assessment"));
  expect_shape("DimensionResult", sj.at("assessment").at("dimensions").at(0));
  expect_shape("IdentificationDecision", decision_json(domain::IdentificationDecision{}));
  const json ij = identification_json({domain::IdentificationDecision{}});
  expect_shape("Identification", ij);
  expect_shape("IdentificationSummary", ij.at("current"));
  domain::Reception rec;
  rec.persons.push_back({});
  const json recj = reception_json(rec);
  expect_shape("Reception", recj);
  expect_shape("ReceivedPerson", recj.at("persons").at(0));

  expect_shape("SupportOrganization", support_org_json(domain::SupportOrganization{}));
  domain::Referral r;
  r.due_date = "2026-04-01";
  json rj = referral_json(r);
  expect_shape("Referral", rj);
  expect_shape("Consent", rj.at("consent"));
  EXPECT_TRUE(referral_json(domain::Referral{}).at("due_date").is_null());
  expect_shape("Entitlement", entitlement_json(domain::Entitlement{}));
  expect_shape("OverdueReferral", overdue_referral_json(r));
  expect_shape("UnreferredVictim", unreferred_victim_json(store::UnreferredVictim{}));

  // Watchlists: a list, an entry shown and masked, an import report.
  expect_shape("Watchlist", watchlist_json(domain::Watchlist{}));
  service::WatchlistEntryView entry;
  const json shown_entry = watchlist_entry_json(entry);
  expect_shape("WatchlistEntry", shown_entry);
  expect_shape("Identity", shown_entry.at("identity"));
  entry.masked = true;
  entry.label = "V-0001";
  const json masked_entry = watchlist_entry_json(entry);
  EXPECT_TRUE(masked_entry.at("identity").is_null());
  EXPECT_TRUE(masked_entry.at("reason").is_null());
  expect_shape("WatchlistEntry", masked_entry);
  service::ImportReport report;
  report.errors.push_back({3, {{"full_name", "is required"}}});
  report.duplicates.push_back({4, 7, 0, "citizen_id"});
  const json rep = import_report_json(report);
  expect_shape("WatchlistImportReport", rep);
  EXPECT_EQ(keys_of(rep.at("errors").at(0)), properties_of(schema("WatchlistImportReport"), "errors"));
  EXPECT_EQ(keys_of(rep.at("duplicates").at(0)), properties_of(schema("WatchlistImportReport"), "duplicates"));
  // The dashboard's referral digests: objects for roles that read referrals, null otherwise.
  const auto& dash = schema("Dashboard").at("properties");
  service::Dashboard d;
  json body = json::object();
  add_referral_digests(d, body);
  EXPECT_TRUE(body.at("overdue_referrals").is_null());
  EXPECT_TRUE(body.at("victims_without_referral").is_null());
  EXPECT_TRUE(dash.at("overdue_referrals").value("nullable", false));
  EXPECT_TRUE(dash.at("victims_without_referral").value("nullable", false));
  d.overdue_referrals = service::OverdueReferrals{1, {r}};
  d.victims_without_referral = service::UnreferredVictims{0, {}};
  add_referral_digests(d, body);
  EXPECT_EQ(keys_of(body.at("overdue_referrals")), keys_of(dash.at("overdue_referrals").at("properties")));
  EXPECT_EQ(keys_of(body.at("victims_without_referral")),
            keys_of(dash.at("victims_without_referral").at("properties")));
}

TEST(OpenApi, ScreeningSchemaMatchesTheJsonMapping) {
  service::ScreenResult r;
  r.query = match::build_profile(match::PersonRecord{"Mai Thi Nguyen", {}, "1998", domain::Sex::kFemale, "VN",
                                                     "001198012345", "", "0912345678"});
  service::ScreenCandidate c;
  c.explanation.push_back({"name", match::FieldOutcome::kMatch, 0.85, "mai=mai 1.00"});
  c.cases.push_back({1, "LS-2026-0001", domain::PersonRole::kVictim});
  c.contact_units = {"DBP-QN-MONGCAI"};
  r.candidates.push_back(c);
  const json j = screen_result_json(r);
  expect_shape("ScreenResult", j);
  expect_shape("ScreenQueryEcho", j.at("query"));
  expect_shape("ScreenCandidate", j.at("candidates").at(0));
  expect_shape("ScreenExplanation", j.at("candidates").at(0).at("explanation").at(0));
  expect_shape("ScreenCase", j.at("candidates").at(0).at("cases").at(0));
  expect_shape("ScreenDisplay", j.at("candidates").at(0).at("display"));
  EXPECT_TRUE(j.at("candidates").at(0).at("display").at("full_name").is_null());  // masked by default
  const auto& outcome = schema("ScreenExplanation").at("properties").at("outcome");
  EXPECT_EQ(enum_of(outcome), (std::set<std::string>{"match", "partial", "mismatch", "unknown"}));
}

TEST(OpenApi, VictimStatisticsSchemaMatchesTheJsonMapping) {
  service::VictimStats st;
  for (const auto& name : service::victim_breakdown_names()) {
    st.breakdowns.emplace_back(name, std::vector<service::StatCell>{{"k", std::nullopt, true}});
  }
  st.historic = service::HistoricStats{};
  for (const char* name : {"period", "sex", "age_group", "citizenship", "destination_country", "exploitation_form"}) {
    st.historic->breakdowns.emplace_back(name, std::vector<service::StatCell>{{"k", 3, false}});
  }
  const json j = victim_stats_json(st);
  expect_shape("VictimStatistics", j);
  expect_shape("VictimBreakdowns", j.at("breakdowns"));
  expect_shape("StatCell", j.at("breakdowns").at("sex").at(0));
  expect_shape("VictimStatisticsHistoric", j.at("historic"));
  expect_shape("HistoricBreakdowns", j.at("historic").at("breakdowns"));
  EXPECT_TRUE(j.at("breakdowns").at("sex").at(0).at("count").is_null());
  EXPECT_TRUE(schema("StatCell").at("properties").at("count").value("nullable", false));
  EXPECT_FALSE(victim_stats_json(service::VictimStats{}).contains("historic"));
  const auto& params = doc().at("paths").at("/api/v1/statistics/victims").at("get").at("parameters");
  EXPECT_EQ(params.at(3).at("name"), "group_by");
  EXPECT_EQ(enum_of(params.at(3).at("schema").at("items")), as_set(service::victim_breakdown_names()));
}

TEST(OpenApi, GraphSchemasMatchTheJsonMapping) {
  service::IdentifierView iv;
  iv.identifier.person_id = 3;
  expect_shape("CaseIdentifier", identifier_json(iv));
  EXPECT_EQ(enum_of(schema("CaseIdentifier").at("properties").at("kind")), as_set(domain::identifier_kind_names()));
  EXPECT_EQ(enum_of(schema("IdentifierCreate").at("properties").at("kind")), as_set(domain::identifier_kind_names()));
  service::GraphView v;
  service::GraphNodeView in_scope_case;
  in_scope_case.case_id = 1;
  service::GraphNodeView other_case;
  service::GraphNodeView person;
  person.kind = graph::NodeKind::kPerson;
  person.person_id = 2;
  service::GraphNodeView phone;
  phone.kind = graph::NodeKind::kPhone;
  v.nodes = {in_scope_case, other_case, person, phone};
  v.edges = {{"case:1", "person:2", "victim"}};
  const json j = graph_view_json(v);
  expect_shape("GraphView", j);
  expect_shape("GraphEdge", j.at("edges").at(0));
  const std::set<std::string> person_only = {"person_id", "victim", "roles"};
  const std::set<std::string> case_only = {"unit_code", "case_id", "title", "status", "province_code"};
  std::set<std::string> not_case = person_only;
  std::set<std::string> not_person = case_only;
  std::set<std::string> neither = person_only;
  neither.insert(case_only.begin(), case_only.end());
  expect_shape("GraphNode", j.at("nodes").at(0), person_only);
  expect_shape("GraphNode", j.at("nodes").at(1), neither);
  expect_shape("GraphNode", j.at("nodes").at(2), not_person);
  expect_shape("GraphNode", j.at("nodes").at(3), neither);
  std::set<std::string> kinds;
  for (int k = 0; k < graph::kNodeKindCount; ++k) {
    kinds.insert(graph::node_kind_name(static_cast<graph::NodeKind>(k)));
  }
  EXPECT_EQ(enum_of(schema("GraphNode").at("properties").at("kind")), kinds);
  service::NetworkPage page;
  service::NetworkSummary n;
  service::NetworkCaseView mine;
  mine.case_id = 1;
  n.sample = {mine, service::NetworkCaseView{}};
  page.items = {n};
  const json pj = network_page_json(page, 0, 20);
  expect_shape("NetworkPage", pj);
  expect_shape("Network", pj.at("items").at(0));
  expect_shape("NetworkCase", pj.at("items").at(0).at("sample").at(0));
  expect_shape("NetworkCase", pj.at("items").at(0).at("sample").at(1), {"case_id", "number", "status", "province_code"});
}

// Each documented request field is known to the parser (a wrong-typed value is
// refused for its type, not as an unknown field), and an undocumented one is not.
template <typename Parse>
void expect_fields_known(const std::string& name, Parse parse, const std::set<std::string>& skip = {}) {
  for (const auto& p : properties(name)) {
    if (skip.count(p) != 0) {
      continue;
    }
    auto r = parse(json{{p, json::array({json::object()})}});
    ASSERT_FALSE(r.ok()) << name << "." << p;
    auto it = r.error().fields.find(p);
    ASSERT_NE(it, r.error().fields.end()) << name << "." << p << " not named in the error";
    EXPECT_NE(it->second, "unknown field") << name << ": documented field '" << p << "' is unknown to the parser";
  }
  auto r = parse(json{{"zz_not_documented", 1}});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields.at("zz_not_documented"), "unknown field") << name;
}

TEST(OpenApi, RequestSchemasAreWhatTheParsersAccept) {
  expect_fields_known("CaseCreate", parse_case_draft);
  expect_fields_known("CasePatch", parse_case_patch);
  expect_fields_known("PersonPatch", parse_person_patch);
  expect_fields_known("EventCreate", parse_event_draft);
  expect_fields_known("UserCreate", parse_new_user);
  expect_fields_known("UserPatch", parse_user_patch);
  expect_fields_known("MePatch", parse_me_patch);
  expect_fields_known("AssessRequest", parse_assess_request);
  expect_fields_known("ScreeningCreate", [](const json& b) { return parse_screening_input(b, ScreeningBody::kNew); });
  expect_fields_known("ScreeningPatch", [](const json& b) { return parse_screening_input(b, ScreeningBody::kChange); });
  expect_fields_known("DecisionCreate", parse_decision_input);
  // An array of objects is a valid start for "persons"; its items are checked by the example.
  expect_fields_known("ReceptionCreate", parse_reception_input, {"persons"});
  expect_fields_known("SupportOrganizationCreate", parse_support_org_draft);
  expect_fields_known("SupportOrganizationPatch", parse_support_org_patch);
  expect_fields_known("ReferralCreate", parse_referral_draft);
  expect_fields_known("ScreenRequest", parse_screen_request);
  expect_fields_known("ReferralPatch", parse_referral_patch);
  expect_fields_known("EntitlementPut",
                      [](const json& b) { return parse_entitlement(b, domain::EntitlementItem::kLegalAid); });
  expect_fields_known("WatchlistCreate", parse_watchlist_draft);
  expect_fields_known("WatchlistPatch", parse_watchlist_patch);
  expect_fields_known("WatchlistEntryCreate", parse_watchlist_entry_draft);
  expect_fields_known("WatchlistEntryPatch", parse_watchlist_entry_patch);
  expect_fields_known("IdentifierCreate", parse_identifier_draft);
  // person_id switches the parser to the link form, checked by its example below.
  const auto& new_person = schema("PersonOnCase").at("oneOf").at(0);
  for (const auto& [p, v] : new_person.at("properties").items()) {
    auto r = parse_person_on_case(json{{p, json::array({json::object()})}});
    ASSERT_FALSE(r.ok());
    auto it = r.error().fields.find(p);
    ASSERT_NE(it, r.error().fields.end()) << "PersonOnCase." << p << " not named in the error";
    EXPECT_NE(it->second, "unknown field") << "PersonOnCase." << p;
  }
}

TEST(OpenApi, RequestExamplesParse) {
  auto example = [](const std::string& name) { return schema(name).at("example"); };
  EXPECT_TRUE(parse_case_draft(example("CaseCreate")).ok());
  EXPECT_TRUE(parse_case_patch(example("CasePatch")).ok());
  EXPECT_TRUE(parse_person_on_case(example("PersonOnCase")).ok());
  EXPECT_TRUE(parse_person_patch(example("PersonPatch")).ok());
  EXPECT_TRUE(parse_event_draft(example("EventCreate")).ok());
  EXPECT_TRUE(parse_identifier_draft(example("IdentifierCreate")).ok());
  EXPECT_TRUE(parse_new_user(example("UserCreate")).ok());
  EXPECT_TRUE(parse_user_patch(example("UserPatch")).ok());
  EXPECT_TRUE(parse_assess_request(example("AssessRequest")).ok());
  EXPECT_TRUE(parse_screening_input(example("ScreeningCreate"), ScreeningBody::kNew).ok());
  EXPECT_TRUE(parse_screening_input(example("ScreeningPatch"), ScreeningBody::kChange).ok());
  EXPECT_TRUE(parse_decision_input(example("DecisionCreate")).ok());
  auto reception = parse_reception_input(example("ReceptionCreate"));
  ASSERT_TRUE(reception.ok()) << reception.error().message;
  EXPECT_EQ(reception->persons.size(), 1u);
  EXPECT_TRUE(parse_support_org_draft(example("SupportOrganizationCreate")).ok());
  EXPECT_TRUE(parse_support_org_patch(example("SupportOrganizationPatch")).ok());
  EXPECT_TRUE(parse_referral_draft(example("ReferralCreate")).ok());
  EXPECT_TRUE(parse_screen_request(example("ScreenRequest")).ok());
  EXPECT_TRUE(parse_referral_patch(example("ReferralPatch")).ok());
  EXPECT_TRUE(parse_entitlement(example("EntitlementPut"), domain::EntitlementItem::kLegalAid).ok());
  EXPECT_TRUE(parse_watchlist_draft(example("WatchlistCreate")).ok());
  EXPECT_TRUE(parse_watchlist_entry_draft(example("WatchlistEntryCreate")).ok());
  auto link = parse_person_on_case(json{{"person_id", 7}, {"role", "suspect"}});
  ASSERT_TRUE(link.ok());
  EXPECT_EQ(link->person_id, 7);
}

TEST(OpenApi, EveryOperationDocumentsItsErrors) {
  for (const auto& [path, item] : doc().at("paths").items()) {
    for (const auto& [method, op] : item.items()) {
      if (method == "parameters") {
        continue;
      }
      const auto& responses = op.at("responses");
      bool is_public = op.contains("security") && op.at("security").empty();
      if (!is_public) {
        EXPECT_TRUE(responses.contains("401")) << method << " " << path;
      }
      if (op.contains("requestBody")) {
        EXPECT_TRUE(responses.contains("400")) << method << " " << path;
      }
      if (path.find("{id}") != std::string::npos) {
        EXPECT_TRUE(responses.contains("404")) << method << " " << path;
      }
    }
  }
}

// Scanning and leads (docs/scan-api.md): what scan_json writes is what the
// document says, for a good item with a rule flag, an amount and a known
// identifier, and for a bad item.
TEST(OpenApi, ScanAndLeadSchemasMatchTheJsonMapping) {
  const std::string text = "Lương 1500$/tháng, gọi 0912 345 678";
  service::ScanItem good;
  scan::ScanResult r;
  r.flags.push_back({&scan::builtin_lexicon().pay_norm.flag, "pay.far_above_norm", "pay", 0.3, {{0, 5}}});
  scan::Amount a;
  a.span = {7, 18};
  a.currency = "USD";
  a.period = scan::Period::kMonth;
  a.use = scan::AmountUse::kPay;
  a.monthly_vnd = 37500000;
  r.amounts.push_back(a);
  scan::ExtractedId id;
  id.span = {text.find("0912"), text.size()};
  id.value = "0912 345 678";
  id.key = "+84912345678";
  r.identifiers.push_back(id);
  good.result = r;
  service::KnownIdentifier k;
  k.cases.push_back({"case:3", true, 3, "LS-2026-0003", "DBP-LS-HUUNGHI"});
  k.cases.push_back({"case:~0123456789abcdef", false, std::nullopt, "", "DBP-QN-MONGCAI"});
  k.watchlist.push_back({4, 2, "Số điện thoại", domain::WatchlistType::kFlaggedPhones});
  good.known.push_back(k);
  service::ScanItem bad;
  bad.error = Error::invalid("the text cannot be scanned", {{"text", "must not be blank"}});
  const json out = scan_results_json({text, " "}, {good, bad}, "en");
  expect_shape("ScanResults", out);
  const json& item = out.at("results").at(0);
  expect_shape("ScanItem", item, {"error"});
  expect_shape("ScanFlag", item.at("flags").at(0));
  EXPECT_FALSE(item.at("flags").at(0).at("rationale").get<std::string>().empty());
  expect_shape("ScanSpan", item.at("flags").at(0).at("spans").at(0));
  expect_shape("ScanAmount", item.at("amounts").at(0));
  expect_shape("ScanIdentifier", item.at("identifiers").at(0));
  expect_shape("KnownIdentifier", item.at("identifiers").at(0).at("known"));
  expect_shape("KnownCase", item.at("identifiers").at(0).at("known").at("cases").at(0));
  expect_shape("KnownCase", item.at("identifiers").at(0).at("known").at("cases").at(1), {"case_id", "number"});
  expect_shape("KnownWatchlistEntry", item.at("identifiers").at(0).at("known").at("watchlist").at(0));
  const json& err = out.at("results").at(1);
  EXPECT_EQ(keys_of(err), (std::set<std::string>{"index", "ok", "error"}));
  expect_shape("ScanItemError", err.at("error"));
  EXPECT_EQ(err.at("error").at("fields").at(0).at("field"), "text");

  service::LeadCreated created;
  created.view.lead.level = "high";
  created.view.lead.identifiers.push_back({"phone", "0912 345 678", "+84912345678", "", "zalo"});
  created.identifiers.push_back({created.view.lead.identifiers[0], 7, ""});
  created.identifiers.push_back({created.view.lead.identifiers[0], std::nullopt, "already_on_case"});
  const json lead = lead_created_json(created);
  expect_shape("Lead", lead);
  expect_shape("LeadIdentifier", lead.at("identifiers").at(0));
  expect_shape("LeadIdentifierOutcome", lead.at("identifiers_added").at(0), {"reason"});
  expect_shape("LeadIdentifierOutcome", lead.at("identifiers_skipped").at(0), {"identifier_id"});
  expect_shape("Lead", lead_json(created.view), {"identifiers_added", "identifiers_skipped"});
  EXPECT_EQ(keys_of(lead_json(created.view)).size() + 2, keys_of(lead).size());
}

}  // namespace
}  // namespace frontline::http
