#!/usr/bin/env bash
# make demo KEEP=1: the demo in a cluster that stays running afterwards, in
# .demo-cluster/ of this tree (its data, socket and log), reading this
# tree's build (extension_destdir), so that the demo's database can be
# explored.  make demo-stop stops it and removes the directory.
set -euo pipefail
cd "$(dirname "$0")/.."
stage=$1
bin=$(/usr/lib/postgresql/15/bin/pg_config --bindir)
dir=$PWD/.demo-cluster
if [ -e "$dir" ]; then
	echo "A kept demo cluster exists already in $dir: run make demo-stop first." >&2
	exit 1
fi
# the server cannot run as root: then it runs as postgres, as Debian's do
as=()
user=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
	user=postgres
	as=(runuser -u postgres --)
fi
mkdir -p "$dir"
[ "$user" = "$(id -un)" ] || chown "$user" "$dir"
port=5499
while "$bin/pg_isready" -q -h "$dir" -p "$port" 2>/dev/null ||
	  ss -ltn 2>/dev/null | grep -q ":$port "; do
	port=$((port + 1))
done
"${as[@]}" "$bin/initdb" -D "$dir/data" -A trust -U "$user" --no-sync >/dev/null
cat >> "$dir/data/postgresql.conf" <<CONF
port = $port
listen_addresses = ''
unix_socket_directories = '$dir'
extension_destdir = '$stage'
CONF
"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start >/dev/null
PGHOST=$dir PGPORT=$port PGUSER=$user tools/demo.sh
cat <<MSG

The demo's cluster keeps running (data, socket and log in $dir).
Explore it:  psql -h $dir -p $port -U $user sx_demo
Stop it:     make demo-stop   (stops the server and removes $dir)
MSG
