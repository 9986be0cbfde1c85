#!/usr/bin/env bash
# Installs what the VS Code end-to-end tests and `npm start` need, and nothing when it is
# already there: Debian's chromium (the browser Playwright drives) and code-server 4.100.3
# (VS Code 1.100.3 as a web server) in .vscode-test/code-server/, outside the extension's own
# dependencies because its install needs the workarounds below.
# See ../shared/docs/offline-vscode-testing.md §3 for why each workaround exists.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
INSTALL_DIR="$ROOT/.vscode-test/code-server"
CODE_SERVER_BIN="$INSTALL_DIR/node_modules/.bin/code-server"

say() { echo "[setup-code-server] $*"; }

# chromium: the browser; ripgrep: stands in for @vscode/ripgrep's GitHub download and serves
# Quick Open; libkrb5-dev: gssapi headers for building code-server's kerberos module.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v rg >/dev/null || missing+=(ripgrep)
[ -f /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
	if [ "$(id -u)" -ne 0 ]; then
		say "missing Debian packages: ${missing[*]}"
		say "install them as root first: apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
		exit 1
	fi
	say "installing Debian packages: ${missing[*]} (about a minute)"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# code-server writes a config (with a password) into XDG_CONFIG_HOME on every start, even
# --version, and says so on stdout the first time: keep it inside the install and grep.
installed_version() { XDG_CONFIG_HOME="$INSTALL_DIR/xdg-config" "$CODE_SERVER_BIN" --version 2>/dev/null | grep -E '^[0-9]+\.[0-9]+\.[0-9]+ ' || true; }
if [ -x "$CODE_SERVER_BIN" ] && [[ "$(installed_version)" == "$CODE_SERVER_VERSION "* ]]; then
	say "code-server $CODE_SERVER_VERSION already installed in $INSTALL_DIR"
	exit 0
fi

# @vscode/ripgrep@1.15.11 (a code-server dependency) downloads rg from GitHub in its postinstall
# unless this cache file exists; Debian's ripgrep is the same 13.0.0 release.
RG_CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
RG_TARBALL="$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -f "$RG_TARBALL" ]; then
	mkdir -p "$RG_CACHE"
	stage=$(mktemp -d)
	cp "$(command -v rg)" "$stage/rg"
	tar czf "$RG_TARBALL" -C "$stage" rg
	rm -rf "$stage"
fi

say "installing code-server $CODE_SERVER_VERSION into $INSTALL_DIR (1-3 minutes: native modules build from source)"
mkdir -p "$INSTALL_DIR"
cd "$INSTALL_DIR"
# Its own package.json, or npm would walk up and install into the extension's node_modules.
[ -f package.json ] || echo '{ "name": "vscode-test-code-server", "private": true }' > package.json
# unsafe_perm: code-server's postinstall refuses to run as root without it.
# yes: node-pty's postinstall runs `npx node-gyp`, which otherwise stops to ask.
npm_config_unsafe_perm=true npm_config_yes=true \
	npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
say "installed: $(installed_version)"
