# The web interface (web/, docs/web.md): built by scripts/build-web with node
# and npm into ${PROJECT_BINARY_DIR}/web, beside the `frontline` binary, which
# serves it from there (http/static_files.hpp). Rebuilt only when a source
# file, the lockfile or the build configuration changes.
option(FRONTLINE_BUILD_WEB "Build the web interface (needs node and npm)" ON)

if(FRONTLINE_BUILD_WEB)
  find_program(FRONTLINE_NPM npm)
  find_program(FRONTLINE_NODE node)
  if(NOT FRONTLINE_NPM OR NOT FRONTLINE_NODE)
    message(WARNING "node/npm not found: the web interface is not built (scripts/install-deps installs them)")
    set(FRONTLINE_BUILD_WEB OFF)
  endif()
endif()

set(FRONTLINE_WEB_SOURCE ${PROJECT_SOURCE_DIR}/web)
set(FRONTLINE_WEB_OUT ${PROJECT_BINARY_DIR}/web)

if(FRONTLINE_BUILD_WEB)
  file(GLOB_RECURSE WEB_SOURCES CONFIGURE_DEPENDS
    ${FRONTLINE_WEB_SOURCE}/src/*
    ${FRONTLINE_WEB_SOURCE}/public/*)
  add_custom_command(
    OUTPUT ${FRONTLINE_WEB_OUT}/index.html
    COMMAND ${PROJECT_SOURCE_DIR}/scripts/build-web ${FRONTLINE_WEB_SOURCE} ${FRONTLINE_WEB_OUT}
    DEPENDS ${WEB_SOURCES}
            ${FRONTLINE_WEB_SOURCE}/index.html
            ${FRONTLINE_WEB_SOURCE}/vite.config.js
            ${FRONTLINE_WEB_SOURCE}/package.json
            ${FRONTLINE_WEB_SOURCE}/package-lock.json
            ${PROJECT_SOURCE_DIR}/scripts/build-web
    WORKING_DIRECTORY ${FRONTLINE_WEB_SOURCE}
    COMMENT "Building the web interface into ${FRONTLINE_WEB_OUT}"
    VERBATIM)
  add_custom_target(frontline_web ALL DEPENDS ${FRONTLINE_WEB_OUT}/index.html)
endif()
