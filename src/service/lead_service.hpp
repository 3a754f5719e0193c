// Leads: online posts saved by officers and analysts as possible
// recruitment into trafficking (domain/lead.hpp; docs/scan-api.md).
//
// Saving scans the text on the server and keeps the verdict; a lead linked
// to a case may also record the phones, accounts and bank accounts the
// scanner found as identifiers of that case (IdentifierService's rules:
// kPersonWrite, a case not closed; one already on the case is skipped), so
// they join the link graph — all in one transaction with the lead.
//
// Permissions and scope: reading needs kScan, saving and editing kLeadWrite.
// A lead belongs to its case's unit, or to its creator's unit while it has
// no case; a caller sees the leads of their units' subtree (HQ analysts:
// all); others are NotFound. Every save, edit and read is audited
// ("lead.create", "lead.update", "lead.read", "lead.list"; never the text).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/lead.hpp"
#include "service/identifier_service.hpp"
#include "service/principal.hpp"
#include "service/scan_service.hpp"
#include "store/store.hpp"
#include "util/clock.hpp"

namespace frontline::service {

inline constexpr size_t kMaxLeadNote = 2000;
inline constexpr size_t kMaxLeadSourceUrl = 2000;
inline constexpr int64_t kMaxLeadPage = 200;

struct LeadView {
  domain::Lead lead;
  std::string case_number;  // when linked
};

// An identifier of the text as add_identifiers handled it.
struct LeadIdentifierOutcome {
  domain::LeadIdentifier identifier;
  std::optional<int64_t> identifier_id;  // added: the new case identifier
  std::string skipped;                   // not added: "already_on_case", "no_bank" (a bank account
                                         // without its bank), "not_linkable" (URL, e-mail), "invalid"
};

struct LeadViewPage {
  std::vector<LeadView> items;
  int64_t total = 0;
};

struct LeadCreated {
  LeadView view;
  std::vector<LeadIdentifierOutcome> identifiers;  // empty unless add_identifiers
};

class LeadService {
 public:
  // All must outlive the service; `sink` may be null.
  LeadService(store::Store& store, const Clock& clock, const ScanService& scanner, IdentifierSink* sink)
      : store_(store), clock_(clock), scanner_(scanner), sink_(sink) {}

  // PermissionDenied without kLeadWrite (or without kPersonWrite when
  // adding identifiers). InvalidArgument naming "text" (blank, not valid
  // UTF-8, too long), "source_url", "note", "case_id" (not a case of the
  // caller's units) or "add_identifiers" (without case_id). Conflict when
  // identifiers are to be added to a closed case.
  Result<LeadCreated> create(const Principal& who, const domain::LeadDraft& draft);
  // NotFound outside the caller's units.
  Result<LeadView> get(const Principal& who, int64_t id);
  // InvalidArgument naming "offset", "limit"; NotFound for a case_id outside the caller's units.
  Result<LeadViewPage> list(const Principal& who, const domain::LeadFilter& filter);
  // Links the lead to a case (its unit becomes the case's) and/or changes
  // note and source URL. InvalidArgument naming each bad field, "body" when
  // nothing is to change; Conflict when expected_version is not the lead's.
  Result<LeadView> update(const Principal& who, int64_t id, const domain::LeadPatch& patch);

 private:
  store::Store& store_;
  const Clock& clock_;
  const ScanService& scanner_;
  IdentifierSink* sink_;
};

}  // namespace frontline::service
