#include "demo/timeline.hpp"

#include <algorithm>
#include <array>
#include <chrono>

namespace frontline::demo {
namespace {

using domain::CaseStatus;
using domain::EventKind;
using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

constexpr std::array kStatuses = {CaseStatus::kReported,         CaseStatus::kUnderVerification,
                                  CaseStatus::kUnderInvestigation, CaseStatus::kTransferredToProcuracy,
                                  CaseStatus::kProsecuted,       CaseStatus::kClosed,
                                  CaseStatus::kDismissed};

// Final status by age in days: weights over kStatuses.
CaseStatus draw_status(Rng& rng, int64_t age_days) {
  if (age_days <= 7) {
    return kStatuses[rng.pick({70, 28, 0, 0, 0, 0, 2})];
  }
  if (age_days <= 30) {
    return kStatuses[rng.pick({25, 45, 22, 0, 0, 0, 8})];
  }
  if (age_days <= 90) {
    return kStatuses[rng.pick({6, 24, 50, 8, 0, 0, 12})];
  }
  if (age_days <= 365) {
    return kStatuses[rng.pick({1, 6, 38, 20, 15, 6, 14})];
  }
  if (age_days <= 730) {
    return kStatuses[rng.pick({0, 2, 15, 14, 22, 32, 15})];
  }
  return kStatuses[rng.pick({0, 1, 6, 6, 14, 58, 15})];
}

// The statuses a case passes through after `reported` to reach `final`.
std::vector<CaseStatus> path_to(Rng& rng, CaseStatus final_status) {
  std::vector<CaseStatus> path;
  CaseStatus last = final_status;
  if (final_status == CaseStatus::kDismissed) {
    // Dismissal comes from an open state before prosecution.
    last = kStatuses[rng.pick({25, 45, 22, 8})];
  }
  for (size_t i = 1; i < kStatuses.size() - 1 && kStatuses[i - 1] != last; ++i) {
    path.push_back(kStatuses[i]);
  }
  if (final_status == CaseStatus::kDismissed) {
    path.push_back(CaseStatus::kDismissed);
  }
  return path;
}

// Typical time taken to reach a status from the one before it.
seconds step_duration(Rng& rng, CaseStatus to) {
  switch (to) {
    case CaseStatus::kUnderVerification: return seconds(rng.between(2 * 3600, 3 * 86400));
    case CaseStatus::kUnderInvestigation: return seconds(rng.between(3 * 86400, 45 * 86400));
    case CaseStatus::kTransferredToProcuracy: return seconds(rng.between(30 * 86400, 150 * 86400));
    case CaseStatus::kProsecuted: return seconds(rng.between(20 * 86400, 120 * 86400));
    case CaseStatus::kClosed: return seconds(rng.between(30 * 86400, 200 * 86400));
    default: return seconds(rng.between(2 * 86400, 60 * 86400));
  }
}

std::string step_note(Rng& rng, CaseStatus to, const CaseOutline& o) {
  switch (to) {
    case CaseStatus::kUnderVerification: return "xác minh nguồn tin ban đầu";
    case CaseStatus::kUnderInvestigation:
      return o.youngest() < 16 ? "khởi tố vụ án theo Điều 151 Bộ luật Hình sự"
                               : "khởi tố vụ án theo Điều 150 Bộ luật Hình sự";
    case CaseStatus::kTransferredToProcuracy: return "kết thúc điều tra, chuyển hồ sơ đề nghị truy tố";
    case CaseStatus::kProsecuted: return "Viện kiểm sát ban hành cáo trạng truy tố";
    case CaseStatus::kClosed: return "bản án sơ thẩm có hiệu lực pháp luật";
    default:
      return rng.one_of({"không đủ căn cứ xác định hành vi mua bán người",
                         "chuyển cơ quan có thẩm quyền xử lý hành vi xuất cảnh trái phép",
                         "chưa xác định được đối tượng, tạm đình chỉ xác minh"});
  }
}

TimePoint between(Rng& rng, TimePoint from, TimePoint to) {
  if (to <= from) {
    return from;
  }
  const auto span = std::chrono::duration_cast<seconds>(to - from).count();
  return from + seconds(rng.between(0, span));
}

class TimelineBuilder {
 public:
  explicit TimelineBuilder(TimePoint latest) : latest_(latest) {}

  void add(TimePoint at, EventKind kind, std::string description, std::string location, Actor actor) {
    PlannedEvent e;
    e.event.occurred_at = std::min(at, latest_);
    e.event.kind = kind;
    e.event.description = std::move(description);
    e.event.location = std::move(location);
    e.actor = actor;
    events_.push_back(std::move(e));
  }

  // Marks the event added last as the status change from -> to.
  void set_last_move(CaseStatus from, CaseStatus to) {
    events_.back().event.status_from = from;
    events_.back().event.status_to = to;
  }

  std::vector<PlannedEvent> finish(Rng& rng) {
    std::stable_sort(events_.begin(), events_.end(), [](const PlannedEvent& a, const PlannedEvent& b) {
      return a.event.occurred_at < b.event.occurred_at;
    });
    for (auto& e : events_) {
      e.event.created_at = e.event.occurred_at + minutes(rng.between(5, 90));
    }
    return std::move(events_);
  }

 private:
  TimePoint latest_;
  std::vector<PlannedEvent> events_;
};

}  // namespace

Progress plan_progress(Rng& rng, const World& world, const CaseOutline& o, TimePoint reported_at, TimePoint horizon) {
  const TimePoint latest = horizon - hours(1);
  const int64_t age_days = std::chrono::duration_cast<days>(horizon - reported_at).count();
  const std::vector<CaseStatus> path = path_to(rng, draw_status(rng, age_days));

  // Step times, squeezed into the time available when the draws overrun it.
  std::vector<seconds> gaps;
  int64_t total = 0;
  for (CaseStatus s : path) {
    gaps.push_back(step_duration(rng, s));
    total += gaps.back().count();
  }
  const int64_t available = std::chrono::duration_cast<seconds>(latest - reported_at).count() - 600;
  std::vector<TimePoint> step_at;
  TimePoint t = reported_at;
  for (seconds g : gaps) {
    const int64_t scaled = total > available ? g.count() * available / total : g.count();
    t += seconds(std::max<int64_t>(scaled, 60));
    step_at.push_back(t);
  }
  auto reached = [&](CaseStatus s) { return std::find(path.begin(), path.end(), s) != path.end(); };
  auto time_of = [&](CaseStatus s) {
    auto it = std::find(path.begin(), path.end(), s);
    return it == path.end() ? latest : step_at[static_cast<size_t>(it - path.begin())];
  };

  TimelineBuilder b(latest);
  const std::string& unit = o.unit->name;
  const std::string& crossing = o.route.border_crossing;
  const std::string neighbour = country_vi(o.first_country());
  const std::string n = std::to_string(o.victims.size());
  const bool many = o.victims.size() > 1;
  static constexpr std::array<const char*, 5> kReportText = {
      "Tiếp nhận tin báo của gia đình nạn nhân", "Tiếp nhận tin báo chuyển từ Đường dây nóng 111",
      "Tổ tuần tra phát hiện việc đưa người qua biên giới trái phép",
      "Tiếp nhận thông báo trao trả công dân từ lực lượng chức năng nước bạn", "Nạn nhân tự đến đồn trình báo"};
  b.add(reported_at, EventKind::kReport, kReportText[static_cast<size_t>(o.source)], unit, Actor::kOfficer);

  // When the victims are first in the Border Guard's hands.
  bool victims_present = true;
  TimePoint present_at = reported_at;
  if (o.source == ReportSource::kPatrol) {
    present_at = reported_at + minutes(rng.between(5, 40));
    b.add(present_at, EventKind::kRescue, "Giải cứu " + n + " nạn nhân tại khu vực biên giới", crossing,
          Actor::kOfficer);
  } else if (o.source == ReportSource::kHandover) {
    present_at = reported_at + minutes(rng.between(60, 360));
    b.add(present_at, EventKind::kReception, "Tiếp nhận " + n + " công dân do phía " + neighbour + " trao trả",
          crossing, Actor::kOfficer);
  } else if (o.source != ReportSource::kSelf) {
    victims_present = reached(CaseStatus::kUnderVerification) && rng.chance(55);
    if (victims_present) {
      const TimePoint from = time_of(CaseStatus::kUnderVerification);
      const TimePoint rescue = between(rng, from, std::min(from + days(20), time_of(CaseStatus::kUnderInvestigation)));
      b.add(rescue, EventKind::kRescue,
            "Phối hợp với lực lượng chức năng " + neighbour + " giải cứu " + (many ? "các nạn nhân" : "nạn nhân"),
            o.place + ", " + country_vi(o.route.destination_country), Actor::kOfficer);
      present_at = rescue + hours(rng.between(24, 24 * 7));
      b.add(present_at, EventKind::kReception, "Tiếp nhận " + n + " công dân về nước", crossing, Actor::kOfficer);
    }
  }
  if (age_days >= 1 || !path.empty()) {
    const TimePoint at = present_at + minutes(rng.between(60, 48 * 60));
    b.add(at, EventKind::kInterview,
          victims_present ? (many ? "Lấy lời khai ban đầu của các nạn nhân" : "Lấy lời khai ban đầu của nạn nhân")
                          : "Làm việc với gia đình, thu thập thông tin ban đầu",
          unit, Actor::kOfficer);
    if (victims_present && reached(CaseStatus::kUnderVerification) && rng.chance(70)) {
      b.add(at + hours(rng.between(24, 5 * 24)), EventKind::kReferral,
            rng.one_of({"Bàn giao nạn nhân cho Trung tâm Công tác xã hội để hỗ trợ y tế, tâm lý",
                        "Phối hợp Hội Liên hiệp Phụ nữ hỗ trợ nạn nhân tái hòa nhập cộng đồng",
                        "Hỗ trợ nạn nhân chi phí đi lại và trợ cấp khó khăn ban đầu"}),
            world.province_name.count(o.unit->province_code) ? world.province_name.at(o.unit->province_code) : "",
            Actor::kOfficer);
    }
  }
  const bool arrest = o.suspects > 0 && (reached(CaseStatus::kTransferredToProcuracy) ||
                                         (reached(CaseStatus::kUnderInvestigation) && rng.chance(40)));
  if (arrest) {
    const TimePoint from = time_of(CaseStatus::kUnderInvestigation);
    const TimePoint at = between(rng, from, time_of(CaseStatus::kTransferredToProcuracy));
    const std::string& province = o.unit->province_code;
    b.add(at, EventKind::kArrest, "Bắt giữ " + std::to_string(o.suspects) + " đối tượng trong đường dây",
          world.province_name.count(province) ? "Địa bàn " + world.province_name.at(province) : unit,
          Actor::kInvestigator);
  }

  Progress p;
  p.updated_at = reported_at;
  CaseStatus from = CaseStatus::kReported;
  for (size_t i = 0; i < path.size(); ++i) {
    const CaseStatus to = path[i];
    const bool officer_step = to == CaseStatus::kUnderVerification ||
                              (to == CaseStatus::kDismissed && from != CaseStatus::kUnderInvestigation &&
                               from != CaseStatus::kTransferredToProcuracy);
    b.add(step_at[i], EventKind::kStatusChange, step_note(rng, to, o), unit,
          officer_step ? Actor::kOfficer : Actor::kInvestigator);
    b.set_last_move(from, to);
    p.updated_at = std::min(step_at[i], latest);
    from = to;
  }
  p.status = from;
  p.version = 1 + static_cast<int64_t>(path.size());
  p.events = b.finish(rng);
  return p;
}

}  // namespace frontline::demo
