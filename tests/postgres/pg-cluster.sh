#!/bin/sh
# Starts or stops a throw-away PostgreSQL server for the test suite.
#
#   pg-cluster.sh start STATE_DIR   initdb + pg_ctl start on 127.0.0.1, random port
#   pg-cluster.sh stop STATE_DIR    stops the server and deletes its files
#
# On success STATE_DIR/url holds an administrator's connection URL (with a
# random password, readable by the current user only). Where no server can be
# started, STATE_DIR/unavailable says why and the script still exits 0: the
# PostgreSQL half of the suite then skips with that reason.
set -u
action=${1:?start or stop}
state=${2:?state directory}

as_server_user() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

unavailable() {
    echo "$*" > "$state/unavailable"
    echo "PostgreSQL test server not started: $*"
    exit 0
}

case "$action" in
start)
    rm -rf "$state"
    mkdir -p "$state"
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$bin" ] && [ -x "$bin/initdb" ] || unavailable "Debian's postgresql package is not installed"
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
        unavailable "there is no 'postgres' user to run the server as (root may not)"
    fi
    data=$(mktemp -d /tmp/cc-pg-XXXXXX)
    echo "$data" > "$state/datadir"
    chmod 755 "$data"
    password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
    printf '%s\n' "$password" > "$data/pwfile"
    [ "$(id -u)" = 0 ] && chown -R postgres: "$data"
    if ! as_server_user "$bin/initdb" -D "$data/cluster" -U cc_admin --pwfile="$data/pwfile" \
            --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 --no-sync \
            > "$data/initdb.log" 2>&1; then
        unavailable "initdb failed: $(tail -n 1 "$data/initdb.log")"
    fi
    rm -f "$data/pwfile"
    tries=0
    while :; do
        port=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 40000 ))
        if as_server_user "$bin/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w -t 60 \
                -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$data -c fsync=off -c max_connections=200" \
                start > "$data/pg_ctl.log" 2>&1; then
            break
        fi
        tries=$((tries + 1))
        [ $tries -ge 5 ] && unavailable "pg_ctl start failed: $(tail -n 1 "$data/server.log" 2>/dev/null)"
    done
    umask 077
    printf 'postgresql://cc_admin:%s@127.0.0.1:%s/postgres\n' "$password" "$port" > "$state/url"
    echo "PostgreSQL test server running on 127.0.0.1:$port ($data)"
    ;;
stop)
    [ -f "$state/datadir" ] || exit 0
    data=$(cat "$state/datadir")
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$bin" ] && as_server_user "$bin/pg_ctl" -D "$data/cluster" -m immediate stop >/dev/null 2>&1
    rm -rf "$data" "$state"
    echo "PostgreSQL test server stopped"
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
