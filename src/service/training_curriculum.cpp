// The manual as versioned modules, its editions and their receipts
// (training_service.hpp).
#include <algorithm>
#include <map>
#include <set>

#include "service/training_internal.hpp"
#include "util/text.hpp"

namespace frontline::service {
namespace {

using namespace training_detail;

constexpr size_t kMaxTitle = 300;
constexpr size_t kMaxContent = 100000;
constexpr size_t kMaxShort = 2000;
constexpr size_t kMaxItems = 50;

void check_version(const ModuleVersionDraft& d, bool needs_note, FieldErrors& bad) {
  check_text(d.title_vi, "title_vi", 1, kMaxTitle, bad);
  check_text(d.title_en, "title_en", 1, kMaxTitle, bad);
  check_text(d.content_vi, "content_vi", 1, kMaxContent, bad);
  check_text(d.content_en, "content_en", 0, kMaxContent, bad);
  check_date(d.effective_date, "effective_date", bad);
  if (d.objectives.size() > kMaxItems) bad["objectives"] = "at most " + std::to_string(kMaxItems) + " items";
  for (size_t i = 0; i < d.objectives.size() && i < kMaxItems; ++i) {
    const std::string at = "objectives[" + std::to_string(i) + "]";
    check_text(d.objectives[i].vi, at + ".vi", 1, kMaxShort, bad);
    check_text(d.objectives[i].en, at + ".en", 0, kMaxShort, bad);
  }
  if (d.citations.size() > kMaxItems) bad["citations"] = "at most " + std::to_string(kMaxItems) + " items";
  for (size_t i = 0; i < d.citations.size() && i < kMaxItems; ++i) {
    const std::string at = "citations[" + std::to_string(i) + "]";
    if (!domain::is_citation_kind(d.citations[i].kind)) {
      bad[at + ".kind"] = "must be one of: law, decree, case, guidance";
    }
    check_text(d.citations[i].ref, at + ".ref", 1, kMaxTitle, bad);
    check_text(d.citations[i].title, at + ".title", 0, kMaxShort, bad);
  }
  if (needs_note) {
    check_text(d.change_note.vi, "change_note.vi", 1, kMaxShort, bad);
    check_text(d.change_note.en, "change_note.en", 0, kMaxShort, bad);
  } else if (!d.change_note.vi.empty() || !d.change_note.en.empty()) {
    check_text(d.change_note.vi, "change_note.vi", 0, kMaxShort, bad);
  }
}

domain::ModuleVersion version_of(const ModuleVersionDraft& d, int64_t module_id, int64_t number,
                                 const Principal& who, TimePoint now) {
  domain::ModuleVersion v;
  v.module_id = module_id;
  v.version = number;
  v.title_vi = d.title_vi;
  v.title_en = d.title_en;
  v.content_vi = d.content_vi;
  v.content_en = d.content_en;
  v.objectives = d.objectives;
  v.citations = d.citations;
  v.effective_date = d.effective_date;
  v.change_note = d.change_note;
  v.created_by = who.user_id;
  v.created_at = now;
  return v;
}

Result<EditionView> edition_view(store::Transaction& tx, domain::Edition e) {
  EditionView view;
  auto& repo = tx.training_curriculum();
  for (int64_t id : e.module_version_ids) {
    FL_ASSIGN_OR_RETURN(domain::ModuleVersion v, repo.get_version(id));
    view.versions.push_back(std::move(v));
  }
  std::sort(view.versions.begin(), view.versions.end(),
            [](const auto& a, const auto& b) { return a.module_code < b.module_code; });
  // The previous edition: the one just before by effective date, then id.
  FL_ASSIGN_OR_RETURN(auto editions, repo.list_editions());
  std::optional<domain::Edition> previous;
  for (auto& other : editions) {
    if (other.id == e.id) break;
    previous = other;
  }
  std::map<int64_t, domain::ModuleVersion> before;  // module id -> version in the previous edition
  if (previous) {
    view.previous_code = previous->code;
    for (int64_t id : previous->module_version_ids) {
      FL_ASSIGN_OR_RETURN(domain::ModuleVersion v, repo.get_version(id));
      before[v.module_id] = std::move(v);
    }
  }
  for (const auto& v : view.versions) {
    EditionChange c{v.module_id, v.module_code, "added", std::nullopt, v.version, {}};
    auto it = before.find(v.module_id);
    if (it != before.end()) {
      c.from_version = it->second.version;
      c.change = it->second.version == v.version ? "unchanged" : "revised";
      if (c.change == "revised") {
        FL_ASSIGN_OR_RETURN(auto all, repo.versions_of(v.module_id));
        for (auto r = all.rbegin(); r != all.rend(); ++r) {
          if (r->version > it->second.version && r->version <= v.version) {
            c.change_notes.emplace_back(r->version, r->change_note);
          }
        }
      }
      before.erase(it);
    }
    view.changes.push_back(std::move(c));
  }
  for (auto& [module_id, v] : before) {
    view.changes.push_back({module_id, v.module_code, "removed", v.version, std::nullopt, {}});
  }
  FL_ASSIGN_OR_RETURN(view.receipts, repo.receipts_of(e.id));
  view.edition = std::move(e);
  return view;
}

}  // namespace

FieldErrors TrainingService::module_draft_errors(const ModuleDraft& draft) {
  FieldErrors bad;
  if (!domain::is_module_code(draft.code)) bad["code"] = "must be 1 to 20 upper-case letters, digits, '-', '.' or '_'";
  if (draft.position && (*draft.position < 0 || *draft.position > 10000)) bad["position"] = "must be 0 to 10000";
  check_version(draft.first, false, bad);
  return bad;
}

FieldErrors TrainingService::version_draft_errors(const ModuleVersionDraft& draft) {
  FieldErrors bad;
  check_version(draft, true, bad);
  return bad;
}

Result<std::vector<ModuleView>> TrainingService::list_modules(const Principal& who) {
  FL_TRY(require(who, domain::Permission::kTrainingRead, "read the training programme"));
  return store::read_value<std::vector<ModuleView>>(store_, [&](store::Transaction& tx) -> Result<std::vector<ModuleView>> {
    auto& repo = tx.training_curriculum();
    FL_ASSIGN_OR_RETURN(auto modules, repo.list_modules());
    FL_ASSIGN_OR_RETURN(auto latest, repo.latest_versions());
    std::map<int64_t, domain::ModuleVersion> by_module;
    for (auto& v : latest) by_module[v.module_id] = std::move(v);
    std::vector<ModuleView> out;
    for (auto& m : modules) {
      ModuleView view{std::move(m), {}};
      if (auto it = by_module.find(view.module.id); it != by_module.end()) view.versions.push_back(it->second);
      out.push_back(std::move(view));
    }
    return out;
  });
}

Result<ModuleView> TrainingService::create_module(const Principal& who, const ModuleDraft& draft) {
  FL_TRY(require(who, domain::Permission::kTrainingManage, "manage the training programme"));
  FieldErrors bad = module_draft_errors(draft);
  if (!bad.empty()) return Error::invalid("the module has invalid fields", bad);
  return store::write_value<ModuleView>(store_, [&](store::Transaction& tx) -> Result<ModuleView> {
    auto& repo = tx.training_curriculum();
    FL_ASSIGN_OR_RETURN(auto modules, repo.list_modules());
    for (const auto& m : modules) {
      if (m.code == draft.code) return Error{ErrorCode::kConflict, "module " + draft.code + " already exists",
                                             {{"code", "is already used by another module"}}, {}};
    }
    domain::TrainingModule m;
    m.code = draft.code;
    m.position = draft.position.value_or(modules.empty() ? 1 : modules.back().position + 1);
    m.created_at = clock_.now();
    FL_ASSIGN_OR_RETURN(m.id, repo.insert_module(m));
    domain::ModuleVersion v = version_of(draft.first, m.id, 1, who, m.created_at);
    v.change_note = {};
    FL_ASSIGN_OR_RETURN(int64_t vid, repo.insert_version(v));
    FL_ASSIGN_OR_RETURN(domain::ModuleVersion stored, repo.get_version(vid));
    FL_TRY(audit(tx, who, clock_, "training.module.create", "training_module", std::to_string(m.id),
                 {{"code", m.code}, {"version_id", vid}}));
    return ModuleView{m, {stored}};
  });
}

Result<ModuleView> TrainingService::get_module(const Principal& who, int64_t id) {
  FL_TRY(require(who, domain::Permission::kTrainingRead, "read the training programme"));
  return store::read_value<ModuleView>(store_, [&](store::Transaction& tx) -> Result<ModuleView> {
    FL_ASSIGN_OR_RETURN(domain::TrainingModule m, tx.training_curriculum().get_module(id));
    FL_ASSIGN_OR_RETURN(auto versions, tx.training_curriculum().versions_of(id));
    return ModuleView{std::move(m), std::move(versions)};
  });
}

Result<domain::ModuleVersion> TrainingService::add_version(const Principal& who, int64_t module_id,
                                                           const ModuleVersionDraft& draft) {
  FL_TRY(require(who, domain::Permission::kTrainingManage, "manage the training programme"));
  FieldErrors bad = version_draft_errors(draft);
  if (!bad.empty()) return Error::invalid("the module version has invalid fields", bad);
  return store::write_value<domain::ModuleVersion>(
      store_, [&](store::Transaction& tx) -> Result<domain::ModuleVersion> {
        auto& repo = tx.training_curriculum();
        FL_TRY(discard_value(repo.get_module(module_id)));
        FL_ASSIGN_OR_RETURN(auto versions, repo.versions_of(module_id));
        const int64_t number = versions.empty() ? 1 : versions.front().version + 1;
        FL_ASSIGN_OR_RETURN(int64_t vid, repo.insert_version(version_of(draft, module_id, number, who, clock_.now())));
        FL_TRY(audit(tx, who, clock_, "training.module.version", "training_module", std::to_string(module_id),
                     {{"version", number}, {"version_id", vid}}));
        return repo.get_version(vid);
      });
}

Result<std::vector<EditionView>> TrainingService::list_editions(const Principal& who) {
  FL_TRY(require(who, domain::Permission::kTrainingRead, "read the training programme"));
  return store::read_value<std::vector<EditionView>>(
      store_, [&](store::Transaction& tx) -> Result<std::vector<EditionView>> {
        FL_ASSIGN_OR_RETURN(auto editions, tx.training_curriculum().list_editions());
        std::vector<EditionView> out;
        for (auto& e : editions) {
          FL_ASSIGN_OR_RETURN(EditionView v, edition_view(tx, std::move(e)));
          out.push_back(std::move(v));
        }
        std::reverse(out.begin(), out.end());  // newest first
        return out;
      });
}

Result<EditionView> TrainingService::create_edition(const Principal& who, const EditionDraft& draft) {
  FL_TRY(require(who, domain::Permission::kTrainingManage, "manage the training programme"));
  FieldErrors bad;
  if (draft.code.empty() || draft.code.size() > 40 || text::is_blank(draft.code)) bad["code"] = "must be 1 to 40 characters";
  check_text(draft.title, "title", 1, kMaxTitle, bad);
  check_date(draft.effective_date, "effective_date", bad);
  check_text(draft.note, "note", 0, kMaxShort, bad);
  if (draft.module_version_ids.empty()) bad["module_version_ids"] = "is required";
  if (draft.module_version_ids.size() > 200) bad["module_version_ids"] = "at most 200 items";
  return store::write_value<EditionView>(store_, [&](store::Transaction& tx) -> Result<EditionView> {
    auto& repo = tx.training_curriculum();
    std::map<int64_t, size_t> module_seen;
    for (size_t i = 0; i < draft.module_version_ids.size() && i < 200; ++i) {
      const std::string at = "module_version_ids[" + std::to_string(i) + "]";
      auto v = repo.get_version(draft.module_version_ids[i]);
      if (!v.ok()) {
        if (v.error().code != ErrorCode::kNotFound) return v.error();
        bad[at] = "unknown module version " + std::to_string(draft.module_version_ids[i]);
        continue;
      }
      if (!module_seen.emplace(v->module_id, i).second) {
        bad[at] = "module " + v->module_code + " already has a version in this edition";
      }
    }
    if (!bad.empty()) return Error::invalid("the edition has invalid fields", bad);
    FL_ASSIGN_OR_RETURN(auto editions, repo.list_editions());
    for (const auto& e : editions) {
      if (e.code == draft.code) {
        return Error{ErrorCode::kConflict, "edition " + draft.code + " already exists",
                     {{"code", "is already used by another edition"}}, {}};
      }
    }
    domain::Edition e;
    e.code = draft.code;
    e.title = draft.title;
    e.effective_date = draft.effective_date;
    e.note = draft.note;
    e.module_version_ids = draft.module_version_ids;
    std::sort(e.module_version_ids.begin(), e.module_version_ids.end());
    e.created_by = who.user_id;
    e.created_at = clock_.now();
    FL_ASSIGN_OR_RETURN(e.id, repo.insert_edition(e));
    FL_TRY(audit(tx, who, clock_, "training.edition.create", "training_edition", std::to_string(e.id),
                 {{"code", e.code}, {"module_version_ids", e.module_version_ids}}));
    return edition_view(tx, std::move(e));
  });
}

Result<EditionView> TrainingService::get_edition(const Principal& who, int64_t id) {
  FL_TRY(require(who, domain::Permission::kTrainingRead, "read the training programme"));
  return store::read_value<EditionView>(store_, [&](store::Transaction& tx) -> Result<EditionView> {
    FL_ASSIGN_OR_RETURN(domain::Edition e, tx.training_curriculum().get_edition(id));
    return edition_view(tx, std::move(e));
  });
}

Result<domain::EditionReceipt> TrainingService::add_receipt(const Principal& who, int64_t edition_id,
                                                             const ReceiptDraft& draft) {
  FL_TRY(require(who, domain::Permission::kTrainingManage, "manage the training programme"));
  FieldErrors bad;
  check_date(draft.received_on, "received_on", bad);
  if (draft.copies < 0 || draft.copies > 100000) bad["copies"] = "must be 0 to 100000";
  if (!domain::is_receipt_medium(draft.medium)) bad["medium"] = "must be one of: print, digital";
  check_text(draft.note, "note", 0, kMaxShort, bad);
  return store::write_value<domain::EditionReceipt>(
      store_, [&](store::Transaction& tx) -> Result<domain::EditionReceipt> {
        auto& repo = tx.training_curriculum();
        FL_TRY(discard_value(repo.get_edition(edition_id)));
        auto unit = tx.reference().get_unit(draft.unit_id);
        if (!unit.ok()) {
          if (unit.error().code != ErrorCode::kNotFound) return unit.error();
          bad["unit_id"] = "unknown unit " + std::to_string(draft.unit_id);
        }
        if (!bad.empty()) return Error::invalid("the receipt has invalid fields", bad);
        FL_ASSIGN_OR_RETURN(auto existing, repo.receipts_of(edition_id));
        for (const auto& r : existing) {
          if (r.unit_id == draft.unit_id) {
            return Error{ErrorCode::kConflict, "unit " + unit->code + " already recorded this edition",
                         {{"unit_id", "already recorded this edition"}}, {}};
          }
        }
        domain::EditionReceipt r;
        r.edition_id = edition_id;
        r.unit_id = draft.unit_id;
        r.received_on = draft.received_on;
        r.copies = draft.copies;
        r.medium = draft.medium;
        r.note = draft.note;
        r.recorded_by = who.user_id;
        r.recorded_at = clock_.now();
        FL_ASSIGN_OR_RETURN(r.id, repo.insert_receipt(r));
        FL_TRY(audit(tx, who, clock_, "training.receipt.create", "training_edition", std::to_string(edition_id),
                     {{"unit", unit->code}, {"receipt_id", r.id}}));
        FL_ASSIGN_OR_RETURN(auto all, repo.receipts_of(edition_id));
        for (auto& stored : all) {
          if (stored.id == r.id) return stored;
        }
        return Error::internal("receipt just stored was not found");
      });
}

Result<std::vector<UnitReceipt>> TrainingService::receipts(const Principal& who, std::optional<int64_t> edition_id) {
  FL_TRY(require(who, domain::Permission::kTrainingRead, "read the training programme"));
  return store::read_value<std::vector<UnitReceipt>>(
      store_, [&](store::Transaction& tx) -> Result<std::vector<UnitReceipt>> {
        if (edition_id) FL_TRY(discard_value(tx.training_curriculum().get_edition(*edition_id)));
        FL_ASSIGN_OR_RETURN(auto units, tx.reference().list_units());
        FL_ASSIGN_OR_RETURN(auto all, tx.training_curriculum().all_receipts());
        std::map<int64_t, domain::EditionReceipt> latest;  // all_receipts ends each unit with its newest
        for (auto& r : all) {
          if (!edition_id || r.edition_id == *edition_id) latest[r.unit_id] = std::move(r);
        }
        std::vector<UnitReceipt> out;
        for (auto& u : units) {
          if (u.kind != "border_post" && u.kind != "border_gate") continue;
          if (!training_detail::in_scope(who, u.path)) continue;
          UnitReceipt row{std::move(u), std::nullopt};
          if (auto it = latest.find(row.unit.id); it != latest.end()) row.latest = it->second;
          out.push_back(std::move(row));
        }
        return out;
      });
}

}  // namespace frontline::service
