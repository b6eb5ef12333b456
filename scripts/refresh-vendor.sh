#!/usr/bin/env bash
# Refreshes the vendored front-end files from the npm registry. Run it after changing a version below,
# review the diff, run the tests (the axe scan catches contrast changes) and commit the result.
#
#  - @utrecht/component-library-css: NL Design System component styles (EUPL-1.2)
#  - @nl-design-system-unstable/voorbeeld-design-tokens: the NL Design System example theme
#    (EUPL-1.2), used as Kring's design-token theme; Kring's own overrides are in static/css/kring.css.
#    (Utrecht's own tokens are proprietary to the municipality, so Kring does not use them.)
#  - htmx.org: partial page updates
#  - axe-core: accessibility rules for the browser tests (test resources only)
set -euo pipefail

COMPONENTS=9.0.4
THEME=7.4.1
HTMX=2.0.8
AXE=4.11.0

root=$(cd "$(dirname "$0")/.." && pwd)
static="$root/src/main/resources/static/vendor"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fetch() { # package@version -> unpacked folder
  local spec=$1 dir="$work/$2"
  mkdir -p "$dir"
  (cd "$work" && npm pack --silent "$spec" >/dev/null)
  tar xzf "$work"/*.tgz -C "$dir" --strip-components=1
  rm "$work"/*.tgz
}

fetch "@utrecht/component-library-css@$COMPONENTS" components
fetch "@nl-design-system-unstable/voorbeeld-design-tokens@$THEME" theme
fetch "htmx.org@$HTMX" htmx
fetch "axe-core@$AXE" axe

mkdir -p "$static/utrecht" "$static/theme" "$static/htmx" "$root/src/test/resources/axe"
cp "$work/components/dist/index.css" "$static/utrecht/component-library.css"
cp "$work/components/LICENSE.md" "$static/utrecht/LICENSE.md"
cp "$work/theme/dist/theme.css" "$static/theme/voorbeeld-theme.css"
cp "$work/theme/LICENSE.md" "$static/theme/LICENSE.md"
cp "$work/htmx/dist/htmx.min.js" "$static/htmx/htmx.min.js"
cp "$work/htmx/LICENSE" "$static/htmx/LICENSE"
cp "$work/axe/axe.min.js" "$root/src/test/resources/axe/axe.min.js"
cp "$work/axe/LICENSE" "$root/src/test/resources/axe/LICENSE"

cat > "$static/VERSIONS" <<VERSIONS
@utrecht/component-library-css $COMPONENTS
@nl-design-system-unstable/voorbeeld-design-tokens $THEME
htmx.org $HTMX
axe-core $AXE (test resources)
VERSIONS
echo "vendored: $(tr '\n' ';' < "$static/VERSIONS")"
