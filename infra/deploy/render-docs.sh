#!/usr/bin/env bash
# Renders docs/**/*.md to static HTML in the given folder, offline: `marked` and `mermaid` are dev
# dependencies (npm ci installs them), and the site serves its own copy of Mermaid, drawn in the browser.
# Usage: infra/deploy/render-docs.sh <out-dir>   (from the repository root, after npm ci)
set -euo pipefail
out="${1:?usage: render-docs.sh <out-dir>}"
marked=node_modules/.bin/marked
mermaid=node_modules/mermaid/dist/mermaid.min.js
for tool in "$marked" "$mermaid"; do
  [ -e "$tool" ] || { echo "render-docs: $tool is missing; run npm ci first" >&2; exit 1; }
done
rm -rf "$out" && mkdir -p "$out/assets"
cp "$mermaid" "$out/assets/mermaid.min.js"

# $1: page title; $2: the path from the page back to the site root ("" or "../").
page_head() {
  cat <<HTML
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>$1 · Reef-A-Matic docs</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
pre{overflow:auto;background:#f5f5f5;padding:.75rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem}</style>
<script src="$2assets/mermaid.min.js"></script>
<script>
addEventListener('DOMContentLoaded', () => {
  for (const block of document.querySelectorAll('code.language-mermaid')) {
    const figure = document.createElement('pre');
    figure.className = 'mermaid';
    figure.textContent = block.textContent;
    block.parentElement.replaceWith(figure);
  }
  mermaid.initialize({ startOnLoad: false });
  mermaid.run();
});
</script></head><body><main>
HTML
}

find docs -name '*.md' | sort | while read -r source; do
  relative="${source#docs/}"
  target="$out/${relative%.md}.html"
  [ "$relative" = "README.md" ] && target="$out/index.html"
  mkdir -p "$(dirname "$target")"
  folder=$(dirname "$relative")
  up=""
  [ "$folder" = "." ] || up=$(echo "$folder" | sed -E 's#[^/]+#..#g')/
  { page_head "$(basename "${source%.md}")" "$up"; "$marked" --gfm -i "$source"; echo '</main></body></html>'; } > "$target"
done
# Links between pages point at .md files in the repository; the site serves .html.
find "$out" -name '*.html' -exec sed -i -E 's/href="([^":]+)\.md(#[^"]*)?"/href="\1.html\2"/g' {} +
[ -f "$out/index.html" ] || cp "$out/architecture.html" "$out/index.html"
