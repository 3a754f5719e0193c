#include <limits>

#include "store/sqlite/repos.hpp"
#include "store/sqlite/sealed_columns.hpp"

namespace frontline::store::sqlite {
namespace {

// Rows are read and rewritten in batches by key, so memory stays bounded and
// no statement walks a table while it is being updated.
constexpr int64_t kBatchRows = 500;

}  // namespace

Result<int64_t> SqliteSealedRepo::reseal_all(const crypto::SecretBox& box) {
  int64_t resealed = 0;
  for (const SealedColumn& col : kSealedColumns) {
    const std::string table = col.table;
    const std::string key = col.key;
    const std::string column = col.column;
    FL_ASSIGN_OR_RETURN(Stmt select, c_.prepare("SELECT " + key + ", " + column + " FROM " + table + " WHERE " + key +
                                                " > ? AND " + column + " IS NOT NULL ORDER BY " + key + " LIMIT ?"));
    FL_ASSIGN_OR_RETURN(Stmt update,
                        c_.prepare("UPDATE " + table + " SET " + column + " = ? WHERE " + key + " = ?"));
    int64_t after = std::numeric_limits<int64_t>::min();
    while (true) {
      select.bind(1, after).bind(2, kBatchRows);
      using Row = std::pair<int64_t, std::string>;
      FL_ASSIGN_OR_RETURN(std::vector<Row> rows,
                          collect_rows<Row>(select, [](const Stmt& r) { return Row{r.int64(0), r.blob(1)}; }));
      for (const auto& [id, sealed] : rows) {
        auto plain = box.open(sealed);
        if (!plain.ok()) {
          return Error::corruption(table + "." + column + " of row " + std::to_string(id) +
                                   " opens with neither the current nor the previous key");
        }
        update.bind_blob(1, box.seal(*plain)).bind(2, id);
        FL_TRY(update.run());
        ++resealed;
      }
      if (static_cast<int64_t>(rows.size()) < kBatchRows) {
        break;
      }
      after = rows.back().first;
    }
  }
  return resealed;
}

}  // namespace frontline::store::sqlite
