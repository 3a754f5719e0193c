// The shape of one demo case before it touches the store: form of
// exploitation, route, recruitment, reporting unit, who the victims are, and a
// Vietnamese title and summary built from templates (never naming a person).
#pragma once

#include <string>
#include <vector>

#include "demo/rng.hpp"
#include "demo/world.hpp"
#include "domain/case.hpp"
#include "domain/person.hpp"

namespace frontline::demo {

// How the case reached the Border Guard.
enum class ReportSource {
  kFamily,    // relatives reported a missing person or a call for help
  kHotline,   // forwarded from the 111 hotline
  kPatrol,    // stopped at the border by a patrol, before exploitation
  kHandover,  // victims returned by the neighbouring country's authorities at a gate
  kSelf,      // the victim escaped and came to the post
};

struct VictimPlan {
  domain::Sex sex = domain::Sex::kFemale;
  int age = 20;  // completed years on the day of the report
};

struct CaseOutline {
  domain::TraffickingForm form = domain::TraffickingForm::kOther;
  const domain::UnitInfo* unit = nullptr;  // points into World::posts
  domain::Route route;
  domain::Recruitment recruitment;
  std::string place;  // town or area at the destination, in Vietnamese
  ReportSource source = ReportSource::kFamily;
  std::vector<VictimPlan> victims;  // 1 to 4
  int suspects = 0;                 // 0 to 2
  std::string title;
  std::string summary;

  // The neighbouring country first crossed into.
  const std::string& first_country() const {
    return route.transit_countries.empty() ? route.destination_country : route.transit_countries.front();
  }
  // The youngest victim's age.
  int youngest() const;
};

// Draws a case reported in `year`: forms follow the shift from sexual
// exploitation and forced marriage (to China) towards forced criminality in
// online scam centres (Cambodia, Myanmar, Laos) from 2021 on.
CaseOutline plan_outline(Rng& rng, const World& world, int year);

// "một", "hai", ... for 1..9, digits beyond.
std::string count_word(int n);

}  // namespace frontline::demo
