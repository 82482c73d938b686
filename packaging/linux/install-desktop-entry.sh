#!/bin/sh
# Portable Dossier CCPT: add it to your applications menu and open .ccpt files with it,
# for you alone (nothing outside ~/.local is touched). Run it again after moving the folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
id=fr.dossierccpt.DossierCCPT
mkdir -p "$data/applications" "$data/mime/packages"
sed -e "s|^Exec=dossier-ccpt|Exec=\"$here/dossier-ccpt\"|" -e "s|^TryExec=.*|TryExec=$here/dossier-ccpt|" \
    "$here/share/applications/$id.desktop" > "$data/applications/$id.desktop"
cp "$here/share/mime/packages/dossier-ccpt.xml" "$data/mime/packages/"
cp -R "$here/share/icons" "$data/"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "Dossier CCPT est dans le menu des applications ; les fichiers .ccpt s’ouvrent avec lui."
