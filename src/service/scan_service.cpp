// Scanning posts and checking their identifiers (scan_service.hpp).
#include "service/scan_service.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "graph/entity_key.hpp"
#include "service/audit_helpers.hpp"
#include "service/case_service.hpp"
#include "service/graph_present.hpp"
#include "util/text.hpp"

namespace frontline::service {
namespace {

bool is_role(graph::EdgeKind k) {
  return k == graph::EdgeKind::kVictim || k == graph::EdgeKind::kSuspect || k == graph::EdgeKind::kWitness ||
         k == graph::EdgeKind::kReporter;
}

// The cases linked to `n`: through "appears_in", or through a person who "has" it.
std::vector<graph::NodeId> linked_cases(const graph::Graph& g, graph::NodeId n) {
  std::set<graph::NodeId> cases;
  for (const graph::HalfEdge& e : g.edges(n)) {
    const graph::NodeKind other = g.key(e.to).kind;
    if (e.kind == graph::EdgeKind::kAppearsIn && other == graph::NodeKind::kCase) {
      cases.insert(e.to);
    } else if (e.kind == graph::EdgeKind::kHas && other == graph::NodeKind::kPerson) {
      for (const graph::HalfEdge& r : g.edges(e.to)) {
        if (is_role(r.kind) && g.key(r.to).kind == graph::NodeKind::kCase) {
          cases.insert(r.to);
        }
      }
    }
  }
  return {cases.begin(), cases.end()};
}

std::optional<FlaggedKind> flagged_kind(scan::IdKind k) {
  switch (k) {
    case scan::IdKind::kPhone:
      return FlaggedKind::kPhone;
    case scan::IdKind::kTelegram:
    case scan::IdKind::kZalo:
    case scan::IdKind::kWhatsapp:
    case scan::IdKind::kFacebook:
    case scan::IdKind::kTiktok:
      return FlaggedKind::kAccount;
    default:
      return std::nullopt;
  }
}

}  // namespace

std::optional<graph::NodeKey> graph_node_key(const scan::ExtractedId& id) {
  graph::NodeKey node;
  Result<std::string> key = Error::invalid("no key");
  switch (id.kind) {
    case scan::IdKind::kPhone:
      node.kind = graph::NodeKind::kPhone;
      key = graph::identifier_key(domain::IdentifierKind::kPhone, id.key, "");
      break;
    case scan::IdKind::kTelegram:
    case scan::IdKind::kZalo:
    case scan::IdKind::kWhatsapp:
    case scan::IdKind::kFacebook:
    case scan::IdKind::kTiktok:
      node.kind = graph::NodeKind::kAccount;
      key = graph::identifier_key(domain::IdentifierKind::kAccount, id.key, scan::id_kind_name(id.kind));
      break;
    case scan::IdKind::kBankAccount:
      if (id.qualifier.empty()) {
        return std::nullopt;
      }
      node.kind = graph::NodeKind::kBankAccount;
      key = graph::identifier_key(domain::IdentifierKind::kBankAccount, id.key, id.qualifier);
      break;
    default:
      return std::nullopt;
  }
  if (!key.ok()) {
    return std::nullopt;
  }
  node.key = std::move(key).value();
  return node;
}

Result<scan::ScanResult> ScanService::scan_one(const std::string& text) const { return scan_with(*current_(), text); }

Result<scan::ScanResult> ScanService::scan_with(const scan::Scanner& scanner, const std::string& text) {
  if (!text::is_valid_utf8(text)) {
    return Error::invalid("the text cannot be scanned", {{"text", "is not valid UTF-8"}});
  }
  if (text::is_blank(text)) {
    return Error::invalid("the text cannot be scanned", {{"text", "must not be blank"}});
  }
  if (text.size() > scan::kMaxTextBytes) {
    return Error::invalid("the text cannot be scanned",
                          {{"text", "must be at most " + std::to_string(scan::kMaxTextBytes) + " bytes"}});
  }
  return scanner.scan(text);
}

void ScanService::check_known(const Principal& who, std::vector<ScanItem>& items) const {
  const bool sees_lists = who.can(domain::Permission::kWatchlistRead);
  graph_.read([&](const GraphSnapshot& snap) {
    graph_detail::Presenter p(snap, who);
    for (ScanItem& item : items) {
      if (!item.result) {
        continue;
      }
      item.known.resize(item.result->identifiers.size());
      for (size_t i = 0; i < item.result->identifiers.size(); ++i) {
        const scan::ExtractedId& id = item.result->identifiers[i];
        KnownIdentifier& k = item.known[i];
        if (auto fk = flagged_kind(id.kind); fk && sees_lists) {
          const std::string key = *fk == FlaggedKind::kPhone
                                      ? id.key
                                      : graph_node_key(id).value_or(graph::NodeKey{}).key;
          if (!key.empty()) {
            k.watchlist = watchlists_.find(*fk, key);
          }
        }
        auto node_key = graph_node_key(id);
        auto node = node_key ? snap.graph.find(*node_key) : std::nullopt;
        if (!node) {
          continue;
        }
        for (graph::NodeId c : linked_cases(snap.graph, *node)) {
          GraphNodeView v = p.view(c, 1);
          k.cases.push_back({v.id, v.in_scope, v.case_id, "", v.unit_code});
        }
        if (!k.cases.empty()) {
          k.node_id = p.id_of(*node);
        }
        std::sort(k.cases.begin(), k.cases.end(), [](const KnownCase& a, const KnownCase& b) {
          if (a.in_scope != b.in_scope) {
            return a.in_scope;
          }
          if (a.case_id != b.case_id) {
            return a.case_id < b.case_id;
          }
          return std::tie(a.unit_code, a.id) < std::tie(b.unit_code, b.id);
        });
      }
    }
    return 0;
  });
}

Result<std::vector<ScanItem>> ScanService::scan(const Principal& who, const std::vector<std::string>& texts,
                                                const std::string& lang) {
  FL_TRY(require(who, domain::Permission::kScan, "scan posts"));
  FieldErrors bad;
  if (texts.empty() || texts.size() > kMaxScanTexts) {
    bad["texts"] = "must hold 1 to " + std::to_string(kMaxScanTexts) + " texts";
  }
  if (lang != "vi" && lang != "en") {
    bad["lang"] = "must be 'vi' or 'en'";
  }
  if (!bad.empty()) {
    return Error::invalid("the scan request has invalid fields", bad);
  }
  const std::shared_ptr<const scan::Scanner> scanner = current_();  // one for the whole batch
  std::vector<ScanItem> items(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    auto r = scan_with(*scanner, texts[i]);
    if (r.ok()) {
      items[i].explanation = scanner->explain(*r, lang);
      items[i].result = std::move(r).value();
    } else {
      items[i].error = std::move(r).error();
    }
  }
  check_known(who, items);
  Status audited = store_.write([&](store::Transaction& tx) -> Status {
    int64_t errors = 0, high = 0, identifiers = 0, known = 0;
    for (ScanItem& item : items) {
      if (!item.result) {
        errors += 1;
        continue;
      }
      high += item.result->level == scan::RiskLevel::kHigh ? 1 : 0;
      identifiers += static_cast<int64_t>(item.result->identifiers.size());
      for (size_t i = 0; i < item.known.size(); ++i) {
        KnownIdentifier& k = item.known[i];
        if (k.empty()) {
          continue;
        }
        known += 1;
        nlohmann::json case_ids = nlohmann::json::array();
        int64_t outside = 0;
        for (KnownCase& c : k.cases) {
          if (c.case_id) {
            FL_ASSIGN_OR_RETURN(domain::Case found, case_in_scope(tx, who, *c.case_id));
            c.number = found.number;
            case_ids.push_back(*c.case_id);
          } else {
            outside += 1;
          }
        }
        nlohmann::json entries = nlohmann::json::array();
        for (const WatchlistHit& h : k.watchlist) {
          entries.push_back(h.entry_id);
        }
        FL_TRY(store::append_audit(
            tx, audit_entry(who, clock_, "scan.identifier.known", "identifier", k.node_id, audit::Outcome::kOk,
                            {{"kind", scan::id_kind_name(item.result->identifiers[i].kind)},
                             {"cases", case_ids},
                             {"cases_outside_scope", outside},
                             {"watchlist_entries", entries}})));
      }
    }
    return store::append_audit(tx, audit_entry(who, clock_, "scan.query", "scan", "", audit::Outcome::kOk,
                                               {{"texts", items.size()},
                                                {"errors", errors},
                                                {"high", high},
                                                {"identifiers", identifiers},
                                                {"known", known}}));
  });
  if (!audited.ok()) {
    return audited.error();
  }
  return items;
}

}  // namespace frontline::service
