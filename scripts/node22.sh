# Sourced, not run: `. scripts/node22.sh` puts a Node.js ≥ 22.22 first on PATH for the rest of the shell.
# The machine's own Node is used when it is recent enough; otherwise Node 22 LTS is installed once from
# the npm registry (the `node` package ships the official binary) into .cache/node, git-ignored, and reused.
# Astro 7.4 (22.22 at least), Vitest 5, better-sqlite3 13 and sanitize-html 2.18 all require it (better-sqlite3 13 crashes on 20).

_bluehats_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
_bluehats_node_dir="$_bluehats_root/.cache/node"

_bluehats_node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [major, minor] = process.versions.node.split(".").map(Number); process.exit(major > 22 || (major === 22 && minor >= 22) ? 0 : 1)'
}

if ! _bluehats_node_ok; then
  if [ ! -x "$_bluehats_node_dir/node_modules/.bin/node" ]; then
    echo "Node.js $(node --version 2>/dev/null || echo absent) est trop ancien : installation de Node.js 22 LTS dans .cache/node (registre npm)…" >&2
    npm install --prefix "$_bluehats_node_dir" --no-audit --no-fund --no-save node@22 >&2
  fi
  export PATH="$_bluehats_node_dir/node_modules/.bin:$PATH"
  _bluehats_node_ok || { echo "Node.js 22 n’a pas pu être installé dans $_bluehats_node_dir" >&2; return 1 2>/dev/null || exit 1; }
fi

# Native modules (better-sqlite3) compile against this Node's own headers, shipped in the same package,
# rather than those a machine-wide `nodedir` may point to (the older Node's).
if [ "$(command -v node)" = "$_bluehats_node_dir/node_modules/.bin/node" ]; then
  _bluehats_headers="$(find "$_bluehats_node_dir/node_modules" -maxdepth 7 -path '*/include/node/node_version.h' -print -quit)"
  if [ -n "$_bluehats_headers" ]; then export npm_config_nodedir="${_bluehats_headers%/include/node/node_version.h}"; fi
fi

echo "Node.js $(node --version) ($(command -v node))" >&2
unset -f _bluehats_node_ok
unset _bluehats_root _bluehats_node_dir _bluehats_headers
