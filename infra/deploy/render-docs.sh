#!/usr/bin/env bash
# Renders docs/**/*.md to static HTML in the given folder; Mermaid blocks are drawn in the browser.
# Usage: infra/deploy/render-docs.sh <out-dir>   (needs network access for `npx marked` on first use)
set -euo pipefail
out="${1:?usage: render-docs.sh <out-dir>}"
rm -rf "$out" && mkdir -p "$out"

page_head() {
  cat <<HTML
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>$1 · Reef-A-Matic docs</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
pre{overflow:auto;background:#f5f5f5;padding:.75rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem}</style>
<script type="module">
import mermaid from 'https://cdn.jsdelivr.net/npm/mermaid@11/dist/mermaid.esm.min.mjs';
for (const block of document.querySelectorAll('code.language-mermaid')) {
  const figure = document.createElement('pre');
  figure.className = 'mermaid';
  figure.textContent = block.textContent;
  block.parentElement.replaceWith(figure);
}
mermaid.run();
</script></head><body><main>
HTML
}

find docs -name '*.md' | sort | while read -r source; do
  relative="${source#docs/}"
  target="$out/${relative%.md}.html"
  [ "$relative" = "README.md" ] && target="$out/index.html"
  mkdir -p "$(dirname "$target")"
  { page_head "$(basename "${source%.md}")"; npx --yes marked@15 --gfm -i "$source"; echo '</main></body></html>'; } > "$target"
done
# Links between pages point at .md files in the repository; the site serves .html.
find "$out" -name '*.html' -exec sed -i -E 's/href="([^":]+)\.md(#[^"]*)?"/href="\1.html\2"/g' {} +
[ -f "$out/index.html" ] || cp "$out/architecture.html" "$out/index.html"
