// When an attempt may start and until when it may be submitted
// (docs/training.md, "Attempt"). A test can be started from opens_at up to,
// not including, closes_at; an attempt is due at min(start + duration,
// closes_at); a submission is accepted up to 30 seconds after that (grace for
// the network), and refused after, with nothing saved. Pure: "now" is passed in.
#pragma once

#include <chrono>

#include "util/clock.hpp"
#include "util/result.hpp"

namespace frontline::training {

inline constexpr std::chrono::seconds kSubmissionGrace{30};

// min(started + duration_minutes, closes_at).
TimePoint attempt_due_at(TimePoint started, int duration_minutes, TimePoint closes_at);

enum class StartWindow { kNotYetOpen, kOpen, kClosed };
// Where `now` lies against [opens_at, closes_at).
StartWindow start_window(TimePoint opens_at, TimePoint closes_at, TimePoint now);

// OK when `submitted_at` <= due_at + grace; otherwise an error naming
// `submitted_at`: "<time> is past the deadline <due_at> (30 seconds of grace
// included)"; Unprocessable, as the request itself is well formed. Times as
// format_utc writes them.
Status check_submission_time(TimePoint due_at, TimePoint submitted_at);

}  // namespace frontline::training
