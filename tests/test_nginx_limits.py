"""The nginx examples in deploy/nginx: the configuration loads (`nginx -t`), and the
rate-limit key counts an IPv6 client by its /64 and an IPv4 client by its address,
the same way the app does (security.clients.client_key).

Needs Debian's nginx (`apt-get install nginx-light`, which .ci/run installs):
skipped without it, except in CI."""

import http.client
import ipaddress
import os
import random
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NGINX_DIR = ROOT / "deploy" / "nginx"
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)

if NGINX is None:
    if os.environ.get("CI"):
        raise RuntimeError("nginx is not installed (apt-get install nginx-light); CI runs these tests")
    pytest.skip("nginx is not installed (apt-get install nginx-light); CI runs these tests", allow_module_level=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def nginx_conf(tmp_path, http_body):
    for folder in ("logs", "tmp"):
        (tmp_path / folder).mkdir(exist_ok=True)
    conf = tmp_path / "nginx.conf"
    temp_paths = "".join(
        f"    {name}_temp_path {tmp_path / 'tmp' / name};\n"
        for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    conf.write_text(
        f"daemon off;\nmaster_process on;\nworker_processes 1;\npid {tmp_path / 'nginx.pid'};\n"
        f"error_log {tmp_path / 'logs' / 'error.log'} warn;\nevents {{ worker_connections 64; }}\n"
        f"http {{\n    access_log off;\n{temp_paths}{http_body}\n}}\n"
    )
    return conf


def nginx_test(conf, tmp_path):
    return subprocess.run([NGINX, "-t", "-p", str(tmp_path), "-c", str(conf)], capture_output=True, text=True)


def expected_key(address):
    """What the app counts (security.clients.client_key), in nginx's spelling:
    the IPv4 address as 4 bytes, an IPv6 /64 as its first four groups in hex."""
    address = ipaddress.ip_address(address)
    if address.version == 4:
        return address.packed
    groups = address.exploded.split(":")[:4]
    return ":".join(f"{int(group, 16):x}" for group in groups).encode()


def ipv6_samples():
    """Every way nginx can compress an address: each group zero or not, at random,
    plus the corners."""
    rng = random.Random(12)
    samples = {
        "2001:db8:1:2::1", "2001:db8::1", "2001:db8:0:1::", "2001:db8::1:2:3:4:5", "::1", "1::", "::1:2:3:4:5:6:7",
        "1:0:2:3:4:5:6:7", "1:2:0:3:4:5:6:7", "1:2:3:0:4:5:6:7", "0:1:2:3:4:5:6:7", "1:2:3:4:5:6:7:0",
        "fe80::1", "2001:ee0:4f5a:8c10:d4c1:2a3b:4c5d:6e7f", "2402:800:6314:1fa6::2",
    }
    while len(samples) < 400:
        groups = [0 if rng.random() < 0.5 else rng.randrange(1, 0x10000) for _ in range(8)]
        samples.add(str(ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))))
    return sorted(samples)


@pytest.fixture
def key_server(tmp_path):
    """nginx with the limits snippet, answering each request with the rate-limit
    key of the address given in X-Test-Addr (set as the client address by realip)."""
    shutil.copy(NGINX_DIR / "snippets" / "tamdai-limits.conf", tmp_path / "tamdai-limits.conf")
    port = free_port()
    conf = nginx_conf(tmp_path, f"""
    include {tmp_path / 'tamdai-limits.conf'};
    server {{
        listen 127.0.0.1:{port};
        set_real_ip_from 127.0.0.1;
        real_ip_header X-Test-Addr;
        location / {{ return 200 "$tamdai_client"; }}
    }}""")
    checked = nginx_test(conf, tmp_path)
    assert checked.returncode == 0, checked.stderr
    process = subprocess.Popen([NGINX, "-p", str(tmp_path), "-c", str(conf)], stderr=subprocess.PIPE)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


def keys_for(port, addresses):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    keys = {}
    for address in addresses:
        connection.request("GET", "/", headers={"X-Test-Addr": address})
        response = connection.getresponse()
        assert response.status == 200
        keys[address] = response.read()
    connection.close()
    return keys


def test_the_rate_limit_key_is_the_ipv6_64_or_the_ipv4_address(key_server):
    addresses = ipv6_samples() + ["203.0.113.5", "10.0.0.1", "::ffff:203.0.113.5"]
    keys = keys_for(key_server, addresses)
    wrong = {a: (keys[a], expected_key(a)) for a in addresses[:-1] if keys[a] != expected_key(a)}
    assert wrong == {}
    assert keys["::ffff:203.0.113.5"] in (b"203.0.113.5", expected_key("203.0.113.5"))


def test_two_addresses_in_one_64_share_a_key_and_other_64s_do_not(key_server):
    keys = keys_for(key_server, ["2001:db8:1:2::1", "2001:db8:1:2:ffff:1:2:3", "2001:db8:1:3::1", "2001:db8:1::1"])
    assert keys["2001:db8:1:2::1"] == keys["2001:db8:1:2:ffff:1:2:3"]
    assert len({keys["2001:db8:1:2::1"], keys["2001:db8:1:3::1"], keys["2001:db8:1::1"]}) == 3


@pytest.mark.parametrize("site", ["tamdai.conf", "tamdai-loadbalancer.conf"])
def test_the_site_configurations_load(tmp_path, site):
    """`nginx -t` on the shipped files, with their absolute paths pointed into a
    scratch folder and a throwaway certificate."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is not installed (needed for a throwaway certificate)")
    snippets = tmp_path / "snippets"
    snippets.mkdir()
    for snippet in (NGINX_DIR / "snippets").glob("*.conf"):
        shutil.copy(snippet, snippets / snippet.name)
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=tamdai.example.vn",
         "-keyout", str(tmp_path / "privkey.pem"), "-out", str(tmp_path / "fullchain.pem")],
        check=True, capture_output=True,
    )
    replacements = {
        "/etc/nginx/snippets/": f"{snippets}/",
        "/etc/letsencrypt/live/tamdai.example.vn/": f"{tmp_path}/",
        "/var/log/nginx/": f"{tmp_path / 'logs'}/",
        "listen 80": f"listen 127.0.0.1:{free_port()}",
        "listen [::]:80": f"listen [::1]:{free_port()}",
        "listen 443": f"listen 127.0.0.1:{free_port()}",
        "listen [::]:443": f"listen [::1]:{free_port()}",
    }
    text = ""
    for name in (site, "catch-all.conf"):
        part = (NGINX_DIR / name).read_text()
        for old, new in replacements.items():
            part = part.replace(old, new)
        text += part + "\n"
    (tmp_path / "site.conf").write_text(text)
    conf = nginx_conf(tmp_path, f"    include {tmp_path / 'site.conf'};")
    checked = nginx_test(conf, tmp_path)
    assert checked.returncode == 0, checked.stderr
