#include "training/attempt_timing.hpp"

#include <algorithm>

namespace frontline::training {

TimePoint attempt_due_at(TimePoint started, int duration_minutes, TimePoint closes_at) {
  return std::min(started + std::chrono::minutes(duration_minutes), closes_at);
}

StartWindow start_window(TimePoint opens_at, TimePoint closes_at, TimePoint now) {
  if (now < opens_at) {
    return StartWindow::kNotYetOpen;
  }
  return now < closes_at ? StartWindow::kOpen : StartWindow::kClosed;
}

Status check_submission_time(TimePoint due_at, TimePoint submitted_at) {
  if (submitted_at <= due_at + kSubmissionGrace) {
    return {};
  }
  return Error::unprocessable("the submission is too late",
                        {{"submitted_at", format_utc(submitted_at) + " is past the deadline " + format_utc(due_at) +
                                              " (30 seconds of grace included)"}});
}

}  // namespace frontline::training
