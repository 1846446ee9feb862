#!/usr/bin/env bash
# Sets up a Debian 12 machine and builds the project into build/.
#
#   packaging/setup-debian.sh run [ARGS...]   install, build, start the app (ARGS go to it)
#   packaging/setup-debian.sh test            install, build, run the whole test suite,
#                                             then again under ASan/UBSan (build-asan/)
#
# Run as root (or with sudo) on a fresh machine: it installs the Debian
# packages it needs with apt-get. Packages already present are not fetched.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
shift || true

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql qt6-pdf-dev libgl-dev
    postgresql
    clang libclang-rt-14-dev
    fonts-dejavu-core
    libxlsxwriter-dev libarchive-dev poppler-utils unzip
    qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-translations-l10n
    appstream desktop-file-utils dpkg-dev file
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

jobs=$(nproc)
case "$mode" in
run)
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF
    cmake --build build --parallel "$jobs"
    exec build/bin/connector-configurator "$@"
    ;;
test)
    export QT_QPA_PLATFORM=offscreen
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON \
        -DCC_WARNINGS_AS_ERRORS=ON
    cmake --build build --parallel "$jobs"
    ctest --test-dir build --output-on-failure --parallel "$jobs"
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBUILD_TESTING=ON \
        -DCC_WARNINGS_AS_ERRORS=ON -DCC_SANITIZE=ON
    cmake --build build-asan --parallel "$jobs"
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        LSAN_OPTIONS=suppressions="$PWD/tests/lsan-suppressions.txt" \
        ctest --test-dir build-asan --output-on-failure --parallel "$jobs"
    ;;
*)
    echo "usage: $0 run [ARGS...] | test" >&2
    exit 2
    ;;
esac
