// The officer-facing explanation of an assessment, in English and Vietnamese.
#include "identify/explain.hpp"

#include <string>
#include <vector>

namespace frontline::identify::detail {
namespace {

struct Labels {
  const char* en;
  const char* vi;
};

Labels dimension_labels(Dimension d) {
  switch (d) {
    case Dimension::kDeceptiveRecruitment:
      return {"deceptive recruitment", "tuyển mộ bằng lừa dối"};
    case Dimension::kCoerciveRecruitment:
      return {"coercive recruitment", "tuyển mộ bằng cưỡng ép"};
    case Dimension::kAbuseOfVulnerabilityRecruitment:
      return {"recruitment by abuse of vulnerability", "tuyển mộ bằng lợi dụng tình trạng dễ bị tổn thương"};
    case Dimension::kExploitativeConditions:
      return {"exploitative conditions", "điều kiện bóc lột"};
    case Dimension::kCoercionAtDestination:
      return {"coercion at destination", "cưỡng ép tại nơi đến"};
    case Dimension::kAbuseOfVulnerabilityDestination:
      return {"abuse of vulnerability at destination", "lợi dụng tình trạng dễ bị tổn thương tại nơi đến"};
  }
  return {"", ""};
}

Labels term_labels(const Term& term) {
  if (term.act_of_recruitment) {
    return {"the act of recruitment, transport, transfer, harbouring or receipt",
            "hành vi tuyển mộ, vận chuyển, chuyển giao, chứa chấp hoặc tiếp nhận"};
  }
  return dimension_labels(term.dimension);
}

std::string join(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    out += (i == 0 ? "" : separator) + items[i];
  }
  return out;
}

// "(a or b) and c", from the formula, in one language.
std::string formula_text(const Formula& formula, bool vietnamese) {
  std::vector<std::string> groups;
  for (const auto& group : formula) {
    std::vector<std::string> terms;
    for (const Term& term : group) {
      const Labels l = term_labels(term);
      terms.emplace_back(vietnamese ? l.vi : l.en);
    }
    const std::string text = join(terms, vietnamese ? " hoặc " : " or ");
    groups.push_back(group.size() > 1 && formula.size() > 1 ? "(" + text + ")" : text);
  }
  return join(groups, vietnamese ? " và " : " and ");
}

// "Positive: a; b ." and the like, one line per verdict present.
void list_dimensions(const Assessment& a, DimensionVerdict verdict, const char* head_en, const char* head_vi,
                     std::string& en, std::string& vi) {
  std::vector<std::string> items_en;
  std::vector<std::string> items_vi;
  for (const DimensionResult& r : a.dimensions) {
    if (r.verdict != verdict) {
      continue;
    }
    const Labels l = dimension_labels(r.dimension);
    const std::string ids = r.reasons.empty() ? "" : " (" + join(r.reasons, ", ") + ")";
    items_en.push_back(l.en + ids);
    items_vi.push_back(l.vi + ids);
  }
  if (!items_en.empty()) {
    en += std::string(" ") + head_en + join(items_en, "; ") + ".";
    vi += std::string(" ") + head_vi + join(items_vi, "; ") + ".";
  }
}

}  // namespace

void explain(const IndicatorSet& set, Assessment& a) {
  std::string en = "Assessed against \"" + set.title_en + "\".";
  std::string vi = "Đánh giá theo danh mục \"" + set.title_vi + "\".";
  list_dimensions(a, DimensionVerdict::kPositive, "Positive: ", "Đạt ngưỡng: ", en, vi);
  list_dimensions(a, DimensionVerdict::kUndetermined, "Undetermined: ", "Chưa đủ thông tin: ", en, vi);
  list_dimensions(a, DimensionVerdict::kNotPositive, "Not positive: ", "Không đạt ngưỡng: ", en, vi);

  en += std::string(" For ") + (set.children ? "a person under 18" : "an adult") +
        ", the rule requires " + formula_text(set.rule.trafficked_when, false) + ".";
  vi += std::string(" Đối với ") + (set.children ? "người dưới 18 tuổi" : "người trưởng thành") +
        ", quy tắc yêu cầu " + formula_text(set.rule.trafficked_when, true) + ".";

  switch (a.overall) {
    case Verdict::kTrafficked:
      en += " Result: identified as a victim of trafficking.";
      vi += " Kết quả: xác định là nạn nhân bị mua bán.";
      break;
    case Verdict::kPossibleVictim: {
      const std::string n = std::to_string(a.decisive_unknowns.size());
      const std::string ids = join(a.decisive_unknowns, ", ");
      en += " Result: possible victim; " + n + " unanswered question(s) could decide it: " + ids + ".";
      vi += " Kết quả: có thể là nạn nhân; " + n + " câu hỏi chưa có câu trả lời có thể quyết định kết quả: " + ids + ".";
      break;
    }
    case Verdict::kNotIdentified:
      en += " Result: not identified as a victim on these answers.";
      vi += " Kết quả: chưa xác định là nạn nhân theo các câu trả lời này.";
      break;
  }
  en += " This supports, and does not replace, identification by the competent authority.";
  vi += " Kết quả này hỗ trợ, không thay thế việc xác định nạn nhân của cơ quan có thẩm quyền.";
  a.explanation_en = std::move(en);
  a.explanation_vi = std::move(vi);
}

}  // namespace frontline::identify::detail
