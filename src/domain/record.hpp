// Timeline events and evidence items attached to a case.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/case.hpp"
#include "util/clock.hpp"

namespace frontline::domain {

enum class EventKind {
  kReport, kInterview, kRescue, kReception, kArrest, kBorderCrossing,
  kTransfer, kStatusChange, kReferral, kNote, kOther,
};
const char* event_kind_name(EventKind k);
std::optional<EventKind> parse_event_kind(const std::string& name);
std::vector<std::string> event_kind_names();

struct TimelineEvent {
  int64_t id = 0;
  int64_t case_id = 0;
  TimePoint occurred_at;
  EventKind kind = EventKind::kNote;
  // For kStatusChange: the move, so that readers render it in their language;
  // `description` then holds only the officer's note. Empty for other kinds.
  std::optional<CaseStatus> status_from;
  std::optional<CaseStatus> status_to;
  std::string description;
  std::string location;
  int64_t created_by = 0;
  TimePoint created_at;
};

struct EventDraft {
  std::optional<TimePoint> occurred_at;  // empty: now
  std::optional<EventKind> kind;
  std::string description;
  std::string location;
};

enum class EvidenceKind { kDocument, kPhoto, kVideo, kAudio, kChatLog, kFinancialRecord, kOther };
const char* evidence_kind_name(EvidenceKind k);
std::optional<EvidenceKind> parse_evidence_kind(const std::string& name);
std::vector<std::string> evidence_kind_names();

// Metadata of one uploaded file; the bytes live on disk under their SHA-256.
struct EvidenceItem {
  int64_t id = 0;
  int64_t case_id = 0;
  std::string title;
  EvidenceKind kind = EvidenceKind::kOther;
  std::string description;
  std::string file_name;
  std::string media_type;
  int64_t size_bytes = 0;
  std::string sha256;
  std::string collected_on;  // "YYYY-MM-DD" or empty
  int64_t created_by = 0;
  TimePoint created_at;
};

struct EvidenceDraft {
  std::string title;
  std::optional<EvidenceKind> kind;
  std::string description;
  std::string collected_on;
  std::string file_name;
  std::string media_type;
};

}  // namespace frontline::domain
