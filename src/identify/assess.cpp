// The combination rule and the three-valued verdicts; see assess.hpp.
#include "identify/assess.hpp"

#include <algorithm>

#include "identify/explain.hpp"
#include "util/enum_names.hpp"

namespace frontline::identify {
namespace {

constexpr EnumNames<Answer, 3> kAnswerNames{{{
    {Answer::kPresent, "present"},
    {Answer::kAbsent, "absent"},
    {Answer::kUnknown, "unknown"},
}}};

constexpr EnumNames<DimensionVerdict, 3> kDimensionVerdictNames{{{
    {DimensionVerdict::kPositive, "positive"},
    {DimensionVerdict::kNotPositive, "not_positive"},
    {DimensionVerdict::kUndetermined, "undetermined"},
}}};

constexpr EnumNames<Verdict, 3> kVerdictNames{{{
    {Verdict::kTrafficked, "trafficked"},
    {Verdict::kPossibleVictim, "possible_victim"},
    {Verdict::kNotIdentified, "not_identified"},
}}};

// Kleene truth values.
enum class Tri { kFalse, kUnknown, kTrue };

Tri tri_of(DimensionVerdict v) {
  switch (v) {
    case DimensionVerdict::kPositive:
      return Tri::kTrue;
    case DimensionVerdict::kUndetermined:
      return Tri::kUnknown;
    case DimensionVerdict::kNotPositive:
      return Tri::kFalse;
  }
  return Tri::kFalse;
}

Tri tri_of(Answer a) {
  switch (a) {
    case Answer::kPresent:
      return Tri::kTrue;
    case Answer::kUnknown:
      return Tri::kUnknown;
    case Answer::kAbsent:
      return Tri::kFalse;
  }
  return Tri::kFalse;
}

StrengthCounts plus(StrengthCounts a, const StrengthCounts& b) {
  a.strong += b.strong;
  a.medium += b.medium;
  a.weak += b.weak;
  return a;
}

void add(StrengthCounts& counts, Strength s, int n = 1) {
  switch (s) {
    case Strength::kStrong:
      counts.strong += n;
      break;
    case Strength::kMedium:
      counts.medium += n;
      break;
    case Strength::kWeak:
      counts.weak += n;
      break;
  }
}

// True when some way of answering the unknowns other than one of strength
// `s` leaves the dimension not positive while adding that one makes it
// positive: that unknown can decide the dimension.
bool unknown_can_decide(const std::vector<Combination>& rule, const StrengthCounts& present, StrengthCounts others,
                        Strength s) {
  add(others, s, -1);
  StrengthCounts one;
  add(one, s);
  for (int a = 0; a <= others.strong; ++a) {
    for (int b = 0; b <= others.medium; ++b) {
      for (int c = 0; c <= others.weak; ++c) {
        const StrengthCounts with = plus(present, StrengthCounts{a, b, c});
        if (!meets_rule(rule, with) && meets_rule(rule, plus(with, one))) {
          return true;
        }
      }
    }
  }
  return false;
}

Answer answer_for(const Answers& answers, const std::string& id) {
  auto it = answers.by_indicator.find(id);
  return it == answers.by_indicator.end() ? Answer::kUnknown : it->second;
}

DimensionResult assess_dimension(const IndicatorSet& set, const Answers& answers, Dimension dimension) {
  StrengthCounts present;
  StrengthCounts unknown;
  for (const Indicator& indicator : set.indicators) {
    if (indicator.dimension != dimension) {
      continue;
    }
    const Answer a = answer_for(answers, indicator.id);
    if (a == Answer::kPresent) {
      add(present, indicator.strength);
    } else if (a == Answer::kUnknown) {
      add(unknown, indicator.strength);
    }
  }
  DimensionResult result;
  result.dimension = dimension;
  result.verdict = dimension_verdict(set.rule.positive_when, present, unknown);
  for (const Indicator& indicator : set.indicators) {
    if (indicator.dimension != dimension) {
      continue;
    }
    const Answer a = answer_for(answers, indicator.id);
    if (result.verdict == DimensionVerdict::kPositive && a == Answer::kPresent) {
      result.reasons.push_back(indicator.id);
    } else if (result.verdict == DimensionVerdict::kUndetermined && a == Answer::kUnknown &&
               unknown_can_decide(set.rule.positive_when, present, unknown, indicator.strength)) {
      result.open.push_back(indicator.id);
    }
  }
  return result;
}

// A formula's terms with their current values, in formula order.
struct TermValue {
  Term term;
  Tri value = Tri::kFalse;
};

Tri evaluate(const Formula& formula, const std::vector<TermValue>& values) {
  size_t k = 0;
  Tri all = Tri::kTrue;
  for (const auto& group : formula) {
    Tri any = Tri::kFalse;
    for (size_t i = 0; i < group.size(); ++i, ++k) {
      any = std::max(any, values[k].value);
    }
    all = std::min(all, any);
  }
  return all;
}

// Indices of the unknown terms whose value matters: for some values of the
// other unknown terms, the formula is true with it true and false with it false.
std::vector<size_t> decisive_terms(const Formula& formula, std::vector<TermValue> values) {
  std::vector<size_t> unknown;
  for (size_t i = 0; i < values.size(); ++i) {
    if (values[i].value == Tri::kUnknown) {
      unknown.push_back(i);
    }
  }
  std::vector<size_t> decisive;
  for (size_t t : unknown) {
    bool matters = false;
    const size_t others = unknown.size() - 1;
    for (size_t mask = 0; mask < (size_t{1} << others) && !matters; ++mask) {
      size_t bit = 0;
      for (size_t u : unknown) {
        if (u != t) {
          values[u].value = ((mask >> bit++) & 1U) != 0 ? Tri::kTrue : Tri::kFalse;
        }
      }
      values[t].value = Tri::kTrue;
      const Tri with = evaluate(formula, values);
      values[t].value = Tri::kFalse;
      matters = with == Tri::kTrue && evaluate(formula, values) == Tri::kFalse;
    }
    for (size_t u : unknown) {
      values[u].value = Tri::kUnknown;
    }
    if (matters) {
      decisive.push_back(t);
    }
  }
  return decisive;
}

}  // namespace

const char* answer_name(Answer a) { return kAnswerNames.name(a); }
std::optional<Answer> parse_answer(std::string_view name) { return kAnswerNames.parse(name); }
std::vector<std::string> answer_names() { return kAnswerNames.names(); }
const char* dimension_verdict_name(DimensionVerdict v) { return kDimensionVerdictNames.name(v); }
std::optional<DimensionVerdict> parse_dimension_verdict(std::string_view name) {
  return kDimensionVerdictNames.parse(name);
}
std::vector<std::string> dimension_verdict_names() { return kDimensionVerdictNames.names(); }
const char* verdict_name(Verdict v) { return kVerdictNames.name(v); }
std::optional<Verdict> parse_verdict(std::string_view name) { return kVerdictNames.parse(name); }
std::vector<std::string> verdict_names() { return kVerdictNames.names(); }

bool meets_rule(const std::vector<Combination>& positive_when, const StrengthCounts& present) {
  // A stronger indicator may fill a weaker slot, so a combination is met when
  // the strong ones cover its strong slots, strong and medium together cover
  // its strong and medium slots, and all present cover all its slots.
  return std::any_of(positive_when.begin(), positive_when.end(), [&](const Combination& c) {
    return present.strong >= c.strong && present.strong + present.medium >= c.strong + c.medium &&
           present.strong + present.medium + present.weak >= c.strong + c.medium + c.weak;
  });
}

DimensionVerdict dimension_verdict(const std::vector<Combination>& positive_when, const StrengthCounts& present,
                                   const StrengthCounts& unknown) {
  if (meets_rule(positive_when, present)) {
    return DimensionVerdict::kPositive;
  }
  // Monotone: if all unknowns present cannot reach the rule, nothing can.
  if (meets_rule(positive_when, plus(present, unknown))) {
    return DimensionVerdict::kUndetermined;
  }
  return DimensionVerdict::kNotPositive;
}

Status check_answers(const Catalog& catalog, const IndicatorSet& set, const Answers& answers) {
  std::map<std::string, std::string> fields;
  for (const auto& [id, answer] : answers.by_indicator) {
    if (set.find(id) != nullptr) {
      continue;
    }
    const IndicatorSet* other = catalog.set_of_indicator(id);
    fields["answers." + id] = other != nullptr
                                  ? "belongs to the " + other->id + " list, not " + set.id
                                  : std::string("unknown indicator");
  }
  if (!fields.empty()) {
    return Error::invalid("some answers name indicators that are not in the " + set.id + " list", std::move(fields));
  }
  return {};
}

Assessment assess(const IndicatorSet& set, const Answers& answers) {
  Assessment out;
  out.set_id = set.id;
  out.child = set.children;
  for (Dimension d : kAllDimensions) {
    out.dimensions.push_back(assess_dimension(set, answers, d));
  }
  auto result_of = [&](Dimension d) -> const DimensionResult& {
    return out.dimensions[static_cast<size_t>(std::find(kAllDimensions.begin(), kAllDimensions.end(), d) -
                                              kAllDimensions.begin())];
  };

  std::vector<TermValue> values;
  for (const auto& group : set.rule.trafficked_when) {
    for (const Term& term : group) {
      const Tri v = term.act_of_recruitment ? tri_of(answers.act_of_recruitment) : tri_of(result_of(term.dimension).verdict);
      values.push_back({term, v});
    }
  }
  switch (evaluate(set.rule.trafficked_when, values)) {
    case Tri::kTrue:
      out.overall = Verdict::kTrafficked;
      break;
    case Tri::kUnknown:
      out.overall = Verdict::kPossibleVictim;
      break;
    case Tri::kFalse:
      out.overall = Verdict::kNotIdentified;
      break;
  }

  if (out.overall == Verdict::kPossibleVictim) {
    std::vector<Dimension> decisive_dimensions;
    bool act_decisive = false;
    for (size_t i : decisive_terms(set.rule.trafficked_when, values)) {
      if (values[i].term.act_of_recruitment) {
        act_decisive = true;
      } else {
        decisive_dimensions.push_back(values[i].term.dimension);
      }
    }
    // In set order: walk the indicators, keeping those open in a decisive dimension.
    for (const Indicator& indicator : set.indicators) {
      const DimensionResult& r = result_of(indicator.dimension);
      if (std::find(decisive_dimensions.begin(), decisive_dimensions.end(), indicator.dimension) !=
              decisive_dimensions.end() &&
          std::find(r.open.begin(), r.open.end(), indicator.id) != r.open.end()) {
        out.decisive_unknowns.push_back(indicator.id);
      }
    }
    if (act_decisive) {
      out.decisive_unknowns.emplace_back(kActOfRecruitmentId);
    }
  }
  detail::explain(set, out);
  return out;
}

}  // namespace frontline::identify
