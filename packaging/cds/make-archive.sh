#!/bin/sh
# Writes the app's CDS archive, lib/cds/app.jsa, for an app-image where it now lies: the JDK and JavaFX classes
# and the app's own (AtlantaFX, ControlsFX, Ikonli, Gson and the app), pre-parsed, so they load faster at start.
# The launcher passes -XX:SharedArchiveFile=$APPDIR/../cds/app.jsa. JDK 17 accepts app classes in an archive only
# for the jar paths it was written with, so the archive is written where the app is installed: by the build for
# its app-image, and by the .deb's postinst under /opt. Should that fail, the runtime's own archive (JDK and
# JavaFX classes only, valid on any path) takes its place, so the app never starts without one.
#
# usage: make-archive.sh IMAGE_DIR      (IMAGE_DIR holds bin/, lib/app/, lib/cds/ and lib/runtime/)
set -eu
image=$1
app=$image/lib/app
cds=$image/lib/cds
cfg=$(ls "$app"/*.cfg | head -n 1)
# the class path exactly as the launcher builds it: app.classpath lines, in order, $APPDIR expanded
classpath=$(sed -n "s|^app\.classpath=\\\$APPDIR|$app|p" "$cfg" | paste -s -d: -)
log=$(mktemp)
rm -f "$cds/app.jsa"
if ! "$image/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$cds/classes.lst" \
        -XX:SharedArchiveFile="$cds/app.jsa" -cp "$classpath" >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    echo "make-archive.sh: could not write the app's CDS archive; using the runtime's" >&2
    cp "$image/lib/runtime/lib/server/classes.jsa" "$cds/app.jsa"
fi
rm -f "$log"
chmod 444 "$cds/app.jsa"
