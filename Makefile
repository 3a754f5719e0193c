# Frontline: the two commands are `make run` and `make test` (see README.md).
BUILD_DIR ?= build
DATA_DIR  ?= frontline-data
LISTEN    ?= 127.0.0.1:8080
JOBS      ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: deps configure build run test bench install clean

deps:
	@scripts/install-deps

configure: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	@scripts/run "$(BUILD_DIR)/frontline" "$(DATA_DIR)" "$(LISTEN)"

test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS) --timeout 600

# stdout carries only the benchmark's JSON document; the build talks on stderr.
bench:
	@$(MAKE) --no-print-directory build >&2
	@scripts/bench "$(BUILD_DIR)"

# Installs under PREFIX (default /usr/local): bin/frontline and share/frontline/{data,web}.
PREFIX ?= /usr/local
install: build
	@cmake --install $(BUILD_DIR) --prefix "$(PREFIX)"

clean:
	rm -rf $(BUILD_DIR)
