# Generates a .cpp defining all_migrations() from every NNNN_name.sql file in
# MIGRATIONS_DIR, so the binary carries its schema and needs no files beside it.
# Usage: cmake -DMIGRATIONS_DIR=... -DOUTPUT=... -P EmbedMigrations.cmake
file(GLOB sql_files "${MIGRATIONS_DIR}/*.sql")
list(SORT sql_files)
set(body "")
foreach(f IN LISTS sql_files)
  get_filename_component(name "${f}" NAME_WE)
  string(REGEX MATCH "^([0-9]+)_(.*)$" _ "${name}")
  set(version "${CMAKE_MATCH_1}")
  set(label "${CMAKE_MATCH_2}")
  math(EXPR version "${version}")
  file(READ "${f}" sql)
  string(APPEND body "      {${version}, \"${label}\", R\"__sql__(${sql})__sql__\"},\n")
endforeach()
set(content "// Generated from src/store/sqlite/migrations by cmake/EmbedMigrations.cmake. Do not edit.
#include \"store/sqlite/migrations.hpp\"

namespace frontline::store::sqlite {

const std::vector<Migration>& all_migrations() {
  static const std::vector<Migration> migrations = {
${body}  };
  return migrations;
}

}  // namespace frontline::store::sqlite
")
file(WRITE "${OUTPUT}.tmp" "${content}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
