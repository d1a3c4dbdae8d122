#!/usr/bin/env bash
# Make sure a Redis server answers on 127.0.0.1:6379: reuse a running one, else start one
# (installing redis-server with apt-get when it is missing).
set -euo pipefail
port=${REDIS_PORT:-6379}
ping() { (exec 3<>/dev/tcp/127.0.0.1/"$port" && printf 'PING\r\n' >&3 && head -c 5 <&3 | grep -q PONG) 2>/dev/null; }
if ping; then echo "redis: reusing 127.0.0.1:$port"; exit 0; fi
if ! command -v redis-server >/dev/null; then
  echo "redis: installing redis-server"
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq redis-server >/dev/null
fi
redis-server --bind 127.0.0.1 --port "$port" --daemonize yes --save '' --appendonly no >/dev/null
for _ in $(seq 50); do ping && { echo "redis: started on 127.0.0.1:$port"; exit 0; }; sleep 0.1; done
echo "redis: could not start a server on 127.0.0.1:$port" >&2
exit 1
