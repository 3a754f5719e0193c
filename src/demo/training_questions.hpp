// The demo question bank (training tests, docs/training.md): eight questions
// for each of the demo manual's first four modules (M01 victim
// identification with the ILO/EC indicators, M02 Law 53/2024/QH15, M03
// online recruitment and scam centres, M04 victim protection, support and
// referral), in Vietnamese and English, single and multiple choice. Each
// carries how hard it is meant to be, which the generated attempts follow,
// so the reports show gains and the questions most often failed.
#pragma once

#include <array>
#include <vector>

namespace frontline::demo {

struct DemoOption {
  const char* vi;
  const char* en;
  bool correct;
};

struct DemoQuestion {
  const char* module;  // module code
  bool multiple;
  int hardness;  // 0 easy, 1 medium, 2 hard
  const char* vi;
  const char* en;
  std::array<DemoOption, 4> options;
};

const std::vector<DemoQuestion>& demo_questions();

}  // namespace frontline::demo
