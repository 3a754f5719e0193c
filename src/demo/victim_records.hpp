// Demo screenings, identification decisions and receptions for the victims of
// a generated case, so that `make run` shows every victim page filled in.
#pragma once

#include <vector>

#include "demo/accounts.hpp"
#include "domain/case.hpp"
#include "domain/person.hpp"
#include "domain/user.hpp"
#include "store/store.hpp"

namespace frontline::demo {

// For a case past its first verification, a completed ILO/EC screening per
// victim (answers drawn to fit the case, the verdict from the real engine)
// and the decision that follows it; for a case reported at a border gate
// whose route leads into the country the gate faces, the hand-over of its
// victims by that country's agency across the border.
// Draws from its own generator seeded by the case id, so the cases generated
// after it do not change.
Status write_victim_records(store::Transaction& tx, const DemoAccounts& accounts, const domain::Case& c,
                            const domain::UnitInfo& unit, const std::vector<domain::Person>& victims,
                            TimePoint intake);

}  // namespace frontline::demo
