# Spoorwijzer: the two promised commands are `make run` and `make test`.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
ROOT := $(abspath .)
export PATH := $(HOME)/.cargo/bin:$(ROOT)/node_modules/.bin:$(PATH)
export DEBIAN_FRONTEND := noninteractive

.PHONY: run build test bench fmt lint bootstrap bootstrap-test test-fmt test-lint test-core test-browser test-e2e test-static clean

## make run: install what is missing, build, and serve on http://127.0.0.1:8080
run: bootstrap
	trunk serve --release --offline --no-autoreload --address 127.0.0.1 --port 8080

## make build: release build into dist/
build: bootstrap
	trunk build --release --offline

bootstrap:
	bash scripts/bootstrap.sh

bootstrap-test:
	bash scripts/bootstrap.sh test

## make test: everything, in order, stopping at the first failure
test: bootstrap-test test-fmt test-lint test-core test-browser
	trunk build --release --offline
	$(MAKE) --no-print-directory test-e2e test-static
	@echo "make test: all layers passed"

test-fmt:
	@echo "==> cargo fmt --check"
	cargo fmt --all -- --check

test-lint:
	@echo "==> clippy (host workspace, then the app on wasm32)"
	cargo clippy --workspace --all-targets --locked -- -D warnings
	cargo clippy -p spoorwijzer-web --target wasm32-unknown-unknown --all-targets --locked -- -D warnings

test-core:
	@echo "==> cargo test --workspace"
	cargo test --workspace --locked

test-browser:
	@echo "==> browser component tests (wasm-bindgen-test in headless Chromium)"
	cargo test -p spoorwijzer-web --target wasm32-unknown-unknown --locked

test-e2e:
	@echo "==> end-to-end tests on the release build (Playwright + Debian Chromium)"
	node --test --test-concurrency=1 tests/e2e/

test-static:
	@echo "==> static privacy check of dist/"
	node scripts/check-dist.mjs dist

## make bench: print sizes and timings (never fails on a figure). Lighthouse (bench/) and
## twiggy are installed here only, never by make run or make test.
bench: bootstrap-test
	bash scripts/bootstrap.sh bench
	trunk build --release --offline
	node scripts/bench.mjs
	@if [ -f core/examples/bench_batch.rs ]; then cargo run --release --quiet -p spoorwijzer-core --example bench_batch; fi

fmt:
	cargo fmt --all

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p spoorwijzer-web --target wasm32-unknown-unknown --all-targets -- -D warnings

clean:
	cargo clean
	rm -rf dist target/e2e bench/node_modules
