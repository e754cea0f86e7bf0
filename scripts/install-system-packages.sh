#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the tests need, and only those that are missing:
#   - chromium: the browser the end-to-end test drives (playwright-core never downloads one);
#   - ripgrep: code-server's @vscode/ripgrep would download rg from GitHub; we feed it /usr/bin/rg;
#   - neovim: the second LSP client the server is tested with (test/neovim/);
#   - unzip: lists what a packed .vsix holds (test/package/vsix-links.test.ts);
#   - the native toolchain code-server's npm install builds its modules with
#     (node-pty, kerberos, native-keymap, @vscode/spdlog, ...).
# Idempotent: when everything is installed it changes nothing and needs neither root nor network.
# CI calls it before `npm ci`.
set -euo pipefail

PACKAGES=(
  chromium
  ripgrep
  neovim
  unzip
  fonts-liberation
  build-essential python3 pkg-config
  libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present (${PACKAGES[*]})"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "system packages: missing ${missing[*]}, and not root and no sudo to install them" >&2
  exit 1
fi

echo "system packages: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"

# chromium and rg are what the tests actually call; make sure they are where the test looks.
for bin in /usr/bin/chromium /usr/bin/rg; do
  [ -x "$bin" ] || { echo "system packages: $bin still missing after install" >&2; exit 1; }
done
echo "system packages: done"
