// Victims: indicator screenings, identification decisions and the reception
// of returned victims at a border gate. Plain types; the rules that advise on
// identification live in identify/, who may do what in roles.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/person.hpp"
#include "identify/assess.hpp"
#include "util/clock.hpp"

namespace frontline::domain {

// A screening interview is saved as a draft while it goes on (resumable) and
// is completed once; a completed screening no longer changes.
enum class ScreeningStatus { kDraft, kCompleted };
const char* screening_status_name(ScreeningStatus s);
std::optional<ScreeningStatus> parse_screening_status(const std::string& name);
std::vector<std::string> screening_status_names();

// One ILO/EC indicator interview of a person, through one of their cases.
struct Screening {
  int64_t id = 0;
  int64_t person_id = 0;
  int64_t case_id = 0;
  std::string set_id;           // identify::IndicatorSet::id
  identify::Answers answers;    // unanswered indicators are unknown
  std::string notes;            // free text; sealed at rest (may name people)
  ScreeningStatus status = ScreeningStatus::kDraft;
  identify::Verdict verdict = identify::Verdict::kNotIdentified;  // the engine's, as last saved
  int64_t created_by = 0;
  int64_t updated_by = 0;
  TimePoint created_at;
  TimePoint updated_at;
  std::optional<TimePoint> completed_at;
  int64_t version = 1;
};

// The legal status of a person as a possible victim (Law 53/2024/QH15): the
// officer's decision, separate from the engine's advice.
enum class LegalStatus { kScreeningPending, kBeingVerified, kIdentifiedVictim, kNotIdentified };
const char* legal_status_name(LegalStatus s);
std::optional<LegalStatus> parse_legal_status(const std::string& name);
std::vector<std::string> legal_status_names();

// One identification decision; a person's current status is their latest.
struct IdentificationDecision {
  int64_t id = 0;
  int64_t person_id = 0;
  int64_t case_id = 0;
  LegalStatus status = LegalStatus::kScreeningPending;
  std::string decided_on;                // YYYY-MM-DD
  std::string agency;                    // the deciding body, e.g. "Đồn Biên phòng cửa khẩu Hữu Nghị"
  std::string grounds;                   // sealed at rest
  std::vector<std::string> documents;    // references to supporting documents; sealed at rest
  std::optional<int64_t> screening_id;   // the screening it rests on, if any
  int64_t decided_by = 0;
  TimePoint created_at;
};

// What a returned person needs at once when handed over.
enum class ImmediateNeed {
  kFoodWater, kMedicalCare, kShelter, kClothing, kInterpretation, kPsychologicalSupport,
  kFamilyContact, kChildProtection, kTravelHome, kOther,
};
const char* immediate_need_name(ImmediateNeed n);
std::optional<ImmediateNeed> parse_immediate_need(const std::string& name);
std::vector<std::string> immediate_need_names();

struct ReceivedPerson {
  int64_t person_id = 0;
  std::vector<ImmediateNeed> needs;
  std::string needs_note;  // sealed at rest
};

// The hand-over of returned victims by a foreign agency at a border gate.
struct Reception {
  int64_t id = 0;
  int64_t case_id = 0;
  std::string case_number;           // filled on reads
  int64_t unit_id = 0;               // the receiving border gate or post
  std::string unit_code;             // filled on reads
  std::string handover_country;      // ISO alpha-2 of the handing-over side
  std::string handover_agency;
  TimePoint handed_over_at;
  int64_t receiving_officer_id = 0;
  std::string notes;                 // sealed at rest
  std::vector<ReceivedPerson> persons;
  int64_t created_by = 0;
  TimePoint created_at;
};

}  // namespace frontline::domain
