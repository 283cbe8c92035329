#!/bin/sh
# Installs the add-in for the current user on WPS for Linux (personal and 信创 professional editions),
# offline: copies this folder to ~/.local/share/Kingsoft/wps/jsaddons/<name>_<version>/ and adds the
# add-in's line to jsaddons/publish.xml, keeping any other add-ins listed there. Run it from the
# unpacked dist/wps folder: sh deploy/install-linux.sh   (close WPS first).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
entry=$(grep -o '<jsplugin [^>]*/>' "$here/deploy/publish.xml")
name=$(printf '%s' "$entry" | sed -n 's/.* name="\([^"]*\)".*/\1/p')
folder=$(printf '%s' "$entry" | sed -n 's/.* url="\([^"]*\)".*/\1/p')
addons="${HOME}/.local/share/Kingsoft/wps/jsaddons"
mkdir -p "$addons"
# Older versions of this add-in go; other add-ins stay.
for old in "$addons/${name}"_*; do
  [ -d "$old" ] && rm -rf "$old"
done
mkdir -p "$addons/$folder"
cp -R "$here"/. "$addons/$folder/"
publish="$addons/publish.xml"
if [ -f "$publish" ] && grep -q '</jsplugins>' "$publish"; then
  cp "$publish" "$publish.bak"
  grep -v "<jsplugin name=\"$name\"" "$publish.bak" | sed "s#</jsplugins>#  $entry\n</jsplugins>#" > "$publish"
else
  cp "$here/deploy/publish.xml" "$publish"
fi
echo "已安装到 $addons/$folder"
echo "请重新打开 WPS 表格，功能区会出现“绩效检查”选项卡。"
