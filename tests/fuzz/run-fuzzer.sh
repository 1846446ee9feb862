#!/bin/sh
# Runs a fuzzer (the datasheet parser's, the feed reader's) for a bounded
# time on a copy of its fixtures (libFuzzer adds the inputs it finds to the
# corpus).
#   run-fuzzer.sh FUZZER FIXTURE_DIR WORK_DIR
# Exits 77 (skipped) when the fuzzer was not built.
fuzzer=$1
fixtures=$2
work=$3
if [ ! -x "$fuzzer" ]; then
    echo "SKIP: the fuzzer $fuzzer was not built"
    exit 77
fi
rm -rf "$work"
mkdir -p "$work"
cp "$fixtures"/* "$work"/
exec "$fuzzer" -max_total_time=20 -max_len=20000 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 "$work"
