#!/usr/bin/env bash
# The Payara Server domains the build runs Lunas in: created with a generated admin password,
# hardened (harden.asadmin: admin, JMX, IIOP and the data grid on loopback only, no JMS broker,
# no version banners, SameSite=Strict session cookies, metrics off), started, deployed to, stopped.
#
#   lunas-domain.sh PAYARA_HOME DOMAIN ADMIN_PORT create [create-domain options]
#       a new domain (an existing one of that name is deleted first), hardened and running
#   lunas-domain.sh PAYARA_HOME DOMAIN ADMIN_PORT ensure [create-domain options]
#       create it unless it exists, then make sure it runs (the run profile keeps its data)
#   lunas-domain.sh PAYARA_HOME DOMAIN ADMIN_PORT property NAME=VALUE
#       a system property Lunas reads as configuration (MicroProfile Config), e.g. lunas.trusted-proxies
#   lunas-domain.sh PAYARA_HOME DOMAIN ADMIN_PORT deploy EAR
#   lunas-domain.sh PAYARA_HOME DOMAIN ADMIN_PORT stop
#
# The admin password lives next to the domain, in DOMAIN.admin-password (AS_ADMIN_PASSWORD=...),
# readable by its owner only; pass it to asadmin with --user admin --passwordfile.
set -euo pipefail

home=$1 domain=$2 admin_port=$3 command=$4
shift 4
here=$(cd "$(dirname "$0")" && pwd)
asadmin="$home/bin/asadmin"
domains="$home/glassfish/domains"
password_file="$domains/$domain.admin-password"

admin() {
    "$asadmin" --interactive=false --port "$admin_port" --user admin --passwordfile "$password_file" "$@"
}

create() {
    if [ -d "$domains/$domain" ]; then
        "$asadmin" --interactive=false delete-domain "$domain" >/dev/null
    fi
    mkdir -p "$domains"
    (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$(head -c 24 /dev/urandom | base64 | tr -d '/+=')" >"$password_file")
    "$asadmin" --interactive=false --user admin --passwordfile "$password_file" create-domain "$@" "$domain"
    "$asadmin" --interactive=false start-domain "$domain"
    admin multimode --file "$here/harden.asadmin"
    # Hazelcast binds to every interface unless told to keep to the configured ones
    admin create-jvm-options '-Dhazelcast.socket.bind.any=false'
    admin restart-domain "$domain"
}

running() {
    admin list-domains 2>/dev/null | grep -q "^$domain running"
}

case "$command" in
    create)
        create "$@"
        ;;
    ensure)
        if [ ! -f "$password_file" ] || [ ! -d "$domains/$domain" ]; then
            create "$@"
        elif ! running; then
            "$asadmin" --interactive=false start-domain "$domain"
        fi
        ;;
    property)
        admin create-system-properties "$1"
        ;;
    deploy)
        admin deploy --force=true "$1"
        ;;
    stop)
        if [ -d "$domains/$domain" ]; then
            "$asadmin" --interactive=false stop-domain --kill=true "$domain"
        fi
        ;;
    *)
        echo "unknown command $command" >&2
        exit 2
        ;;
esac
