// Scanning online posts for recruitment into trafficking (issue 6, points 3,
// 5 and 7; docs/scan-api.md): each text goes through the scanner (red flags,
// amounts, identifiers, risk) and every identifier it names is checked
// against what Frontline already knows: the link graph (cases that recorded
// the phone or account, directly or through a person who has it) and the
// flagged_phones / flagged_accounts watchlists.
//
// Privacy: known cases follow the link graph's rule (docs/graph.md): a case
// in the caller's units shows its id and number, a case outside them only
// its unit code and an opaque id ("case:~<token>"). Watchlist entries are
// shown (entry and list ids, list name and type; never the entry's value
// beyond the one the caller's own text holds) to roles that may read
// watchlists. Every call is audited as "scan.query" with counts only (never
// the text), and every identifier shown as known as "scan.identifier.known"
// (kind, opaque node id, the case ids and entry ids shown; never the value).
//
// Thread-safety: scan() may be called from any number of threads at once.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "scan/scanner.hpp"
#include "service/graph_index.hpp"
#include "service/principal.hpp"
#include "service/watchlist_identifiers.hpp"
#include "store/store.hpp"
#include "util/clock.hpp"

namespace frontline::service {

// Texts one call may scan.
inline constexpr size_t kMaxScanTexts = 1000;

// An earlier case that shares an identifier.
struct KnownCase {
  std::string id;                  // "case:12" in scope, "case:~<token>" outside
  bool in_scope = false;
  std::optional<int64_t> case_id;  // in scope only
  std::string number;              // in scope only
  std::string unit_code;
};

struct KnownIdentifier {
  std::string node_id;             // the graph node ("phone:~<token>"); "" when not in the graph
  std::vector<KnownCase> cases;    // in scope first, then by unit code and id
  std::vector<WatchlistHit> watchlist;
  bool empty() const { return cases.empty() && watchlist.empty(); }
};

// One text's answer: the scan with what is known of each identifier, or the
// error that kept it from being scanned (InvalidArgument naming "text").
struct ScanItem {
  std::optional<scan::ScanResult> result;
  std::optional<Error> error;
  std::string explanation;            // scanner's explain() in the asked language
  std::vector<KnownIdentifier> known; // parallel to result->identifiers
};

class ScanService {
 public:
  // The scanner in use, asked once per call (the server's scan::ScannerHolder
  // rebuilds it when the local terms change); it must be safe from any thread.
  using CurrentScanner = std::function<std::shared_ptr<const scan::Scanner>()>;

  // The others must outlive the service.
  ScanService(store::Store& store, const Clock& clock, CurrentScanner scanner, GraphIndex& graph,
              const WatchlistIdentifiers& watchlists)
      : store_(store), clock_(clock), current_(std::move(scanner)), graph_(graph), watchlists_(watchlists) {}
  // With one fixed scanner.
  ScanService(store::Store& store, const Clock& clock, std::shared_ptr<const scan::Scanner> scanner,
              GraphIndex& graph, const WatchlistIdentifiers& watchlists)
      : ScanService(store, clock, [s = std::move(scanner)] { return s; }, graph, watchlists) {}

  // PermissionDenied without kScan. InvalidArgument naming "texts" (none,
  // more than kMaxScanTexts) or "lang" (not "vi" or "en"). A text that cannot
  // be scanned (not valid UTF-8, blank, longer than scan::kMaxTextBytes)
  // gives its item an error and the others are still scanned. One item per
  // text, in order. Audited.
  Result<std::vector<ScanItem>> scan(const Principal& who, const std::vector<std::string>& texts,
                                     const std::string& lang);

  // One text without known checks or audit (for saving leads, whose caller
  // audits): InvalidArgument naming "text" as above.
  Result<scan::ScanResult> scan_one(const std::string& text) const;

  std::shared_ptr<const scan::Scanner> scanner() const { return current_(); }

 private:
  static Result<scan::ScanResult> scan_with(const scan::Scanner& scanner, const std::string& text);
  // What the graph and the watchlists know of each identifier of `items`
  // for `who` (under the graph's lock; case numbers filled afterwards).
  void check_known(const Principal& who, std::vector<ScanItem>& items) const;

  store::Store& store_;
  const Clock& clock_;
  CurrentScanner current_;
  GraphIndex& graph_;
  const WatchlistIdentifiers& watchlists_;
};

// The graph node an extracted identifier would be (phone: E.164; accounts of
// the five platforms: "<platform>/<handle>" through graph::identifier_key;
// bank accounts only when their bank is known), or nullopt.
std::optional<graph::NodeKey> graph_node_key(const scan::ExtractedId& id);

}  // namespace frontline::service
