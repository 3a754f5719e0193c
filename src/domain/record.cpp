#include "domain/record.hpp"

#include "util/enum_names.hpp"

namespace frontline::domain {
namespace {

constexpr EnumNames<EventKind, 11> kEventNames{{{
    {EventKind::kReport, "report"},
    {EventKind::kInterview, "interview"},
    {EventKind::kRescue, "rescue"},
    {EventKind::kReception, "reception"},
    {EventKind::kArrest, "arrest"},
    {EventKind::kBorderCrossing, "border_crossing"},
    {EventKind::kTransfer, "transfer"},
    {EventKind::kStatusChange, "status_change"},
    {EventKind::kReferral, "referral"},
    {EventKind::kNote, "note"},
    {EventKind::kOther, "other"},
}}};

constexpr EnumNames<EvidenceKind, 7> kEvidenceNames{{{
    {EvidenceKind::kDocument, "document"},
    {EvidenceKind::kPhoto, "photo"},
    {EvidenceKind::kVideo, "video"},
    {EvidenceKind::kAudio, "audio"},
    {EvidenceKind::kChatLog, "chat_log"},
    {EvidenceKind::kFinancialRecord, "financial_record"},
    {EvidenceKind::kOther, "other"},
}}};

}  // namespace

const char* event_kind_name(EventKind k) { return kEventNames.name(k); }
std::optional<EventKind> parse_event_kind(const std::string& name) { return kEventNames.parse(name); }
std::vector<std::string> event_kind_names() { return kEventNames.names(); }
const char* evidence_kind_name(EvidenceKind k) { return kEvidenceNames.name(k); }
std::optional<EvidenceKind> parse_evidence_kind(const std::string& name) { return kEvidenceNames.parse(name); }
std::vector<std::string> evidence_kind_names() { return kEvidenceNames.names(); }

}  // namespace frontline::domain
