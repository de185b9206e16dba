"""A Redis server for one test, on a free loopback port.

  redis.py start DIR   starts redis-server (no persistence) in DIR, prints its
                       redis:// URL and writes it to DIR/url. A detached
                       supervisor is its parent: it stops the server after 15
                       minutes if the test never does (the server is its
                       unreaped child until then: that pid is the server's);
                       stop, pause and resume signal the pid only while it is
                       still a redis-server
  redis.py stop DIR    stops it
  redis.py pause DIR / resume DIR
                       SIGSTOP / SIGCONT: a server that accepts and never answers
  redis.py cmd DIR ARG...
                       one command (RESP), its reply printed; an argument
                       @FILE is that file's bytes
"""
import os
import signal
import socket
import subprocess
import sys
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def command(port, args):
    parts = [a if isinstance(a, bytes) else a.encode() for a in args]
    msg = b"*%d\r\n" % len(parts) + b"".join(b"$%d\r\n%s\r\n" % (len(p), p) for p in parts)
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(msg)
        reply = s.recv(1 << 16)
    return reply


def read(d, name):
    with open(os.path.join(d, name)) as f:
        return f.read().strip()


def main():
    action, d = sys.argv[1], os.path.abspath(sys.argv[2])
    if action == "start":
        os.makedirs(d, exist_ok=True)
        port = free_port()
        r, w = os.pipe()
        if os.fork() == 0:  # the supervisor, detached from the test's pipes
            os.close(r)
            os.setsid()
            devnull = os.open(os.devnull, os.O_RDWR)
            for fd in (0, 1, 2):
                os.dup2(devnull, fd)
            server = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                       "--appendonly", "no", "--daemonize", "no", "--dir", d,
                                       "--logfile", os.path.join(d, "redis.log")])
            try:
                with open(os.path.join(d, "redis.pid"), "w") as f:
                    f.write(str(server.pid))
                os.write(w, b"x")
                os.close(w)
                server.wait(timeout=900)
            except BaseException:
                os.kill(server.pid, signal.SIGCONT)
                server.kill()
                server.wait()
            os._exit(0)
        os.close(w)
        os.read(r, 1)  # the pid file is written
        os.close(r)
        for _ in range(100):
            try:
                if command(port, ["PING"]).startswith(b"+PONG"):
                    break
            except OSError:
                pass
            time.sleep(0.05)
        else:
            sys.exit("redis-server did not answer on port %d" % port)
        url = "redis://127.0.0.1:%d" % port
        with open(os.path.join(d, "url"), "w") as f:
            f.write(url)
        with open(os.path.join(d, "port"), "w") as f:
            f.write(str(port))
        print(url)
    elif action in ("stop", "pause", "resume"):
        pid = int(read(d, "redis.pid"))
        try:
            with open("/proc/%d/cmdline" % pid, "rb") as f:
                alive = b"redis-server" in f.read()
        except OSError:
            alive = False
        if not alive:  # stopped already (a stop needs nothing more)
            sys.exit(0 if action == "stop" else "redis-server (pid %d) is not running" % pid)
        sig = {"stop": signal.SIGTERM, "pause": signal.SIGSTOP, "resume": signal.SIGCONT}[action]
        if action == "stop":
            os.kill(pid, signal.SIGCONT)
        os.kill(pid, sig)
        if action == "stop":
            for _ in range(100):
                try:
                    os.kill(pid, 0)
                except OSError:
                    break
                time.sleep(0.05)
    elif action == "cmd":
        args = []
        for a in sys.argv[3:]:
            if a.startswith("@"):
                with open(a[1:], "rb") as f:
                    args.append(f.read())
            else:
                args.append(a)
        sys.stdout.write(command(int(read(d, "port")), args).decode("latin-1"))
    else:
        sys.exit("unknown action " + action)


if __name__ == "__main__":
    main()
