# Sourced by ./kelias and .ci/run. Puts a Node.js of at least 22.18 (the first to run .ts files without a flag) on PATH: the
# machine's own if it is new enough, otherwise Node 24 from the npm registry in .tools/.
kelias_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

node_is_recent() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=18)?0:1)'
}

if ! node_is_recent; then
  local_node="$kelias_root/.tools/node/node_modules/.bin"
  if [ ! -x "$local_node/node" ]; then
    echo "Kelias needs Node.js 22.18 or newer; fetching Node 24 from the npm registry into .tools/ ..." >&2
    npm install --silent --no-save --prefix "$kelias_root/.tools/node" node@24 >&2 || {
      echo "Could not fetch Node 24. Install Node.js 24 and try again." >&2
      exit 1
    }
  fi
  export PATH="$local_node:$PATH"
fi

# Installs the project's packages when they are missing or older than the lock file.
ensure_packages() {
  if [ ! -d "$kelias_root/node_modules" ] || [ "$kelias_root/package-lock.json" -nt "$kelias_root/node_modules/.package-lock.json" ]; then
    echo "Installing packages ..." >&2
    (cd "$kelias_root" && npm ci --no-audit --no-fund --loglevel=error) >&2
  fi
}
