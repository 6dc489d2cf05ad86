# Sourced by the speed scripts: a loopback `openssl s_server` at OpenSSL's defaults (an RSA 2048
# key, -www) on a free port, stopped with the calling script. Needs openssl and python3.
#
#   work=$(mktemp -d); source "$(dirname "${BASH_SOURCE[0]}")/loopback-server.sh"
#   start_loopback_server   # sets target=127.0.0.1:PORT and server_pid
server_pid=""
stop_loopback_server() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap stop_loopback_server EXIT

start_loopback_server() {
  command -v openssl >/dev/null || { echo "$(basename "$0"): openssl not found" >&2; exit 2; }
  command -v python3 >/dev/null || { echo "$(basename "$0"): python3 not found" >&2; exit 2; }
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -days 2 \
    -subj /CN=localhost 2>/dev/null
  local port
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  openssl s_server -accept "127.0.0.1:$port" -cert "$work/cert.pem" -key "$work/key.pem" -quiet -www \
    </dev/null >"$work/s_server.log" 2>&1 &
  server_pid=$!
  target="127.0.0.1:$port"
  for _ in $(seq 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
  done
}
