#!/bin/sh
# Starts the materialized Sujarit product without a native launcher (org.eclipse.equinox.executable is not on
# Maven Central, so eclipse.ini is not read: VM arguments are given here). The repository's ./sujarit calls this.
HERE="$(cd "$(dirname "$0")" && pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$JAVA" -Dosgi.requiredJavaVersion=21 -Xms128m ${SUJARIT_VMARGS:-} \
  -jar "$HERE"/plugins/org.eclipse.equinox.launcher_*.jar "$@"
