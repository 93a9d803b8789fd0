#!/usr/bin/env python3
"""Probe helper for the kernel conformance test (run inside network namespaces).

  netprobe.py listen ADDRS PORT...  TCP accept-and-close and UDP echo on every port of every
                                    address (comma-separated; UDP replies must leave from the
                                    address that was asked), prints "ready", serves until stdin
                                    closes (at most 300 s).
  netprobe.py probe TIMEOUT         reads a JSON list of {"id","proto","src","dst","port"} on
                                    stdin, runs every probe at once, each bounded by TIMEOUT
                                    seconds, prints {"<id>": true|false} (true = answered).
Addresses may be IPv4 or IPv6 (the socket family follows the address; ICMP probes are IPv4).
Only the addresses given are contacted; the test only gives addresses of namespaces it made.
"""
import errno
import json
import os
import select
import socket
import struct
import sys
import time


def family(addr):
    return socket.AF_INET6 if ":" in addr else socket.AF_INET


def listen(addrs, ports):
    socks = []
    wildcards = [("0.0.0.0", socket.AF_INET)]
    if any(":" in a for a in addrs):
        wildcards.append(("::", socket.AF_INET6))
    for p in ports:
        for any_addr, fam in wildcards:
            t = socket.socket(fam, socket.SOCK_STREAM)
            t.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if fam == socket.AF_INET6:
                t.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            t.bind((any_addr, p))
            t.listen(128)
            t.setblocking(False)
            socks.append(("tcp", t))
        for a in addrs:
            u = socket.socket(family(a), socket.SOCK_DGRAM)
            u.bind((a, p))
            u.setblocking(False)
            socks.append(("udp", u))
    print("ready", flush=True)
    deadline = time.time() + 300
    fds = [s for _, s in socks] + [sys.stdin]
    kinds = {s.fileno(): k for k, s in socks}
    while time.time() < deadline:
        r, _, _ = select.select(fds, [], [], 1.0)
        for s in r:
            if s is sys.stdin:
                if not sys.stdin.readline():
                    return
                continue
            try:
                if kinds[s.fileno()] == "tcp":
                    c, _ = s.accept()
                    c.close()
                else:
                    data, addr = s.recvfrom(2048)
                    s.sendto(data, addr)
            except OSError:
                pass


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    s = (s >> 16) + (s & 0xFFFF)
    s += s >> 16
    return ~s & 0xFFFF


def probe(timeout):
    probes = json.load(sys.stdin)
    result = {str(p["id"]): False for p in probes}
    tcp, udp = {}, {}
    icmp_ids = {}
    raw = None
    for p in probes:
        pid = p["id"]
        try:
            if p["proto"] == "tcp":
                s = socket.socket(family(p["dst"]), socket.SOCK_STREAM)
                s.setblocking(False)
                s.bind((p["src"], 0))
                err = s.connect_ex((p["dst"], p["port"]))
                if err not in (0, errno.EINPROGRESS):
                    s.close()
                    continue
                tcp[s] = pid
            elif p["proto"] == "udp":
                s = socket.socket(family(p["dst"]), socket.SOCK_DGRAM)
                s.setblocking(False)
                s.bind((p["src"], 0))
                s.sendto(str(pid).encode(), (p["dst"], p["port"]))
                udp[s] = pid
            else:
                if raw is None:
                    raw = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)
                    raw.setblocking(False)
                ident = (pid * 7919 + os.getpid()) & 0xFFFF
                hdr = struct.pack("!BBHHH", 8, 0, 0, ident, 1)
                payload = b"policy-studio"
                pkt = struct.pack("!BBHHH", 8, 0, checksum(hdr + payload), ident, 1) + payload
                # IP_PKTINFO-free source selection: a raw socket bound to the source address.
                s = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)
                s.bind((p["src"], 0))
                s.sendto(pkt, (p["dst"], 0))
                s.close()
                icmp_ids[ident] = pid
        except OSError:
            pass
    deadline = time.time() + timeout
    while time.time() < deadline and (tcp or udp or icmp_ids):
        rl = list(udp) + ([raw] if raw is not None else [])
        _, wl, _ = select.select([], list(tcp), [], 0) if tcp else ([], [], [])
        for s in wl:
            if s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0:
                result[str(tcp[s])] = True
            s.close()
            del tcp[s]
        r, _, _ = select.select(rl, [], [], 0.05) if rl else ([], [], [])
        if not rl and tcp:
            time.sleep(0.05)
        for s in r:
            try:
                if s is raw:
                    data = s.recv(2048)
                    ihl = (data[0] & 0x0F) * 4
                    typ, _, _, ident, _ = struct.unpack("!BBHHH", data[ihl:ihl + 8])
                    if typ == 0 and ident in icmp_ids:
                        result[str(icmp_ids.pop(ident))] = True
                else:
                    s.recv(2048)
                    result[str(udp[s])] = True
                    s.close()
                    del udp[s]
            except OSError:
                pass
    for s in list(tcp) + list(udp):
        s.close()
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "listen":
        listen(sys.argv[2].split(","), [int(p) for p in sys.argv[3:]])
    else:
        probe(float(sys.argv[2]))
