#!/usr/bin/env bash
# Install what Spoorwijzer needs to build (and, with `test`, to test), idempotently.
# Each step says what it checks and installs only what is missing or at the wrong version.
# Runs as root on a fresh Debian machine that reaches crates.io, npm, Debian and rustup,
# but not GitHub: nothing here downloads a prebuilt binary.
#
#   scripts/bootstrap.sh          build tools: wasm32 target, trunk, wasm-bindgen-cli, npm packages
#   scripts/bootstrap.sh test     the above plus Debian's chromium and chromium-driver
#   scripts/bootstrap.sh bench    only the bench's own tools: Lighthouse (npm, bench/) and
#                                 twiggy (crates.io); `make bench` runs it after `test`
set -euo pipefail

MODE="${1:-build}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TWIGGY_VERSION="0.8.0"

TRUNK_VERSION="0.21.14"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
export DEBIAN_FRONTEND=noninteractive

step() { printf '\n==> %s\n' "$*"; }
ok() { printf '    ok: %s\n' "$*"; }
die() { printf '\nbootstrap: %s\n' "$*" >&2; exit 1; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
APT_UPDATED=0
apt_install() {
  if [ "$APT_UPDATED" -eq 0 ]; then
    $SUDO apt-get update -qq
    APT_UPDATED=1
  fi
  $SUDO apt-get install -y -qq "$@"
}

if [ "$MODE" = "bench" ]; then
  export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
  printf '\n==> %s\n' "Lighthouse for the bench, from bench/package-lock.json (never for make run or make test)"
  STAMP="bench/node_modules/.sw-lock-hash"
  LOCK_HASH="$(sha256sum bench/package-lock.json | awk '{print $1}')"
  if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$LOCK_HASH" ] && [ -d bench/node_modules/lighthouse ]; then
    printf '    ok: %s\n' "bench/node_modules matches bench/package-lock.json"
  else
    # lighthouse 12.2.3 is pinned because its lock file installs with `npm ci`; from 12.3
    # on a transitive "latest" pin moves and npm ci refuses the lock.
    (cd bench && npm ci --no-audit --no-fund)
    echo "$LOCK_HASH" > "$STAMP"
  fi
  printf '\n==> %s\n' "twiggy $TWIGGY_VERSION (the wasm's size profile)"
  if command -v twiggy >/dev/null && [ "$(twiggy --version 2>/dev/null | awk '{print $2}')" = "$TWIGGY_VERSION" ]; then
    printf '    ok: %s\n' "$(twiggy --version)"
  else
    cargo install twiggy --version "$TWIGGY_VERSION" --locked
  fi
  exit 0
fi

step "Rust toolchain (pinned in rust-toolchain.toml)"
command -v cargo >/dev/null || die "cargo is missing: install Rust with rustup first (https://rustup.rs is not needed here if rustup is present)."
cargo --version
rustc --version

step "rustfmt and clippy"
for c in rustfmt clippy; do
  if rustup component list --installed 2>/dev/null | grep -q "^$c"; then
    ok "$c present"
  else
    rustup component add "$c"
  fi
done

step "wasm32-unknown-unknown target"
if rustup target list --installed 2>/dev/null | grep -qx 'wasm32-unknown-unknown'; then
  ok "present"
else
  rustup target add wasm32-unknown-unknown
fi

step "trunk $TRUNK_VERSION"
if command -v trunk >/dev/null && [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
  ok "$(trunk --version)"
else
  echo "    installing trunk $TRUNK_VERSION from crates.io (about 8 minutes on 2 cores)"
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

step "wasm-bindgen-cli at the wasm-bindgen version in Cargo.lock"
WB_LOCK="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
[ -n "$WB_LOCK" ] || die "could not read the wasm-bindgen version from Cargo.lock"
WB_TRUNK="$(sed -n 's/^wasm_bindgen *= *"\(.*\)"/\1/p' Trunk.toml)"
WB_CARGO="$(sed -n 's/^wasm-bindgen *= *"=\([0-9.]*\)"/\1/p' Cargo.toml)"
if [ "$WB_LOCK" != "$WB_TRUNK" ] || [ "$WB_LOCK" != "$WB_CARGO" ]; then
  die "wasm-bindgen versions differ: Cargo.lock has $WB_LOCK, Trunk.toml [tools] wasm_bindgen has '$WB_TRUNK', Cargo.toml pins '=$WB_CARGO'. They must be equal; fix Trunk.toml or Cargo.toml."
fi
if command -v wasm-bindgen >/dev/null && [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" = "$WB_LOCK" ] \
   && command -v wasm-bindgen-test-runner >/dev/null; then
  ok "$(wasm-bindgen --version)"
else
  # Without --locked: the CLI's own lock file wants a webpki-roots version the registry lacks.
  echo "    installing wasm-bindgen-cli $WB_LOCK from crates.io (about 4 minutes)"
  cargo install wasm-bindgen-cli --version "$WB_LOCK" --force
fi

step "Node.js and npm"
if ! command -v npm >/dev/null; then
  apt_install nodejs npm
fi
node --version
npm --version 2>/dev/null | tail -n 1

step "npm packages from package-lock.json (binaryen's wasm-opt, playwright-core, axe-core)"
STAMP="node_modules/.sw-lock-hash"
LOCK_HASH="$(sha256sum package-lock.json | awk '{print $1}')"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$LOCK_HASH" ] && [ -x node_modules/.bin/wasm-opt ]; then
  ok "node_modules matches package-lock.json"
else
  npm ci --no-audit --no-fund
  echo "$LOCK_HASH" > "$STAMP"
fi
WO="$(node_modules/.bin/wasm-opt --version)"
case "$WO" in
  *"version 132"*) ok "$WO" ;;
  *) die "node_modules/.bin/wasm-opt reports '$WO'; Trunk.toml expects version_132" ;;
esac

if [ "$MODE" = "test" ]; then
  step "Chromium and chromedriver (Debian packages) for the browser tests"
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    ok "$(/usr/bin/chromium --version 2>/dev/null | tail -n 1)"
  else
    apt_install chromium chromium-driver
    /usr/bin/chromium --version 2>/dev/null | tail -n 1
  fi
fi

step "bootstrap done"
