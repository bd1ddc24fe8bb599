"""`make bench`: the production setup under load on this machine.

Starts gunicorn with the production settings on PostgreSQL (demo content plus
BENCH_ARTICLES generated articles) and Redis, and drives it with Debian's
`wrk` on loopback:

1. the ceiling: a trivial WSGI app returning a static page of the home
   page's size, under the same gunicorn configuration;
2. home, a category index, an article, an album and a search matching
   thousands of articles, with the page cache off (every request renders) and
   on (anonymous views from Redis);
3. a soak: SOAK_SECONDS (default 600) at 32 connections over a mix of pages
   and searches, counting 5xx and sampling worker memory;
4. PostgreSQL restarted under load: the answers during the restart counted by
   status (a cached page served stale, the 503 page, never a 500), and seconds
   until /healthz answers 200 again, without restarting the app.

For each run it prints requests/s, p50/p95/p99 latency, errors, and server CPU
milliseconds per request (CPU time of the gunicorn workers ÷ requests served),
the figure that stays stable on a shared, noisy machine.

Run through `make bench`; environment: BENCH_DATABASE_URL, BENCH_ARTICLES,
BENCH_DURATION (seconds per run), SOAK_SECONDS, BENCH_REBUILD=1,
BENCH_ONLY=restart (`make bench-restart`: only the PostgreSQL restart),
BENCH_PORT, BENCH_REDIS_URL, BENCH_WORKDIR (static and media files).
"""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
PORT = int(os.environ.get("BENCH_PORT", "8411"))
BASE = f"http://127.0.0.1:{PORT}"
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/tamdai_bench")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")
ARTICLES = int(os.environ.get("BENCH_ARTICLES", "5000"))
DURATION = int(os.environ.get("BENCH_DURATION", "15"))
SOAK_SECONDS = int(os.environ.get("SOAK_SECONDS", "600"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
ONLY = os.environ.get("BENCH_ONLY", "").strip()
CLK_TCK = os.sysconf("SC_CLK_TCK")
LUA = ROOT / "bench" / "report.lua"
# Collected static files and the media of the generated content.
WORKDIR = Path(os.environ.get("BENCH_WORKDIR") or Path(tempfile.gettempdir()) / "tamdai-bench")

GOALS_CPU_MS = {"article": 20, "home": 35, "category": 35, "album": 35}


def log(message):
    print(message, flush=True)


def server_env(page_cache):
    workdir = WORKDIR
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="tamdai_site.settings.production",
        SECRET_KEY="bench-only-secret-key-" + "x" * 40,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=DATABASE_URL,
        REDIS_URL=REDIS_URL,
        SECURE_SSL_REDIRECT="false",
        STATIC_ROOT=str(workdir / "static"),
        MEDIA_ROOT=str(workdir / "media"),
        PAGE_CACHE_ENABLED="true" if page_cache else "false",
        GUNICORN_BIND=f"127.0.0.1:{PORT}",
        # Workers are not recycled during a run: their CPU time is what we measure.
        GUNICORN_MAX_REQUESTS="0",
        GUNICORN_LOG_LEVEL="warning",
    )
    return env


def manage(*args, env):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def prepare_database():
    env = server_env(page_cache=False)
    admin_url = DATABASE_URL.rsplit("/", 1)[0] + "/postgres"
    name = DATABASE_URL.rsplit("/", 1)[1]
    exists = subprocess.run(
        ["psql", admin_url, "-Atc", f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],
        capture_output=True, text=True, check=True,
    ).stdout.strip() == "1"
    if exists and os.environ.get("BENCH_REBUILD") != "1":
        count = subprocess.run(
            ["psql", DATABASE_URL, "-Atc", "SELECT count(*) FROM news_newsarticlepage"],
            capture_output=True, text=True,
        ).stdout.strip()
        if count.isdigit() and int(count) >= ARTICLES:
            log(f"Reusing database {name} ({int(count):,} articles; BENCH_REBUILD=1 rebuilds it)")
            manage("migrate", "-v0", env=env)
            return
    log(f"Building database {name}: demo content + {ARTICLES:,} articles (a few minutes)")
    subprocess.run(["psql", admin_url, "-q", "-c", f"DROP DATABASE IF EXISTS {name}", "-c", f"CREATE DATABASE {name}"], check=True)
    media = Path(env["MEDIA_ROOT"])
    shutil.rmtree(media, ignore_errors=True)
    manage("migrate", "-v0", env=env)
    manage("load_demo_content", "--articles", str(ARTICLES), env=env)
    subprocess.run(["psql", DATABASE_URL, "-q", "-c", "ANALYZE"], check=True)


def collectstatic():
    manage("collectstatic", "--noinput", "-v0", env=server_env(page_cache=False))


def flush_redis():
    db = REDIS_URL.rsplit("/", 1)[1]
    subprocess.run(["redis-cli", "-n", db, "FLUSHDB"], capture_output=True)


class Server:
    def __init__(self, app="tamdai_site.wsgi:application", page_cache=False, extra_env=None):
        self.env = server_env(page_cache)
        self.env.update(extra_env or {})
        self.app = app

    def __enter__(self):
        self.process = subprocess.Popen(
            [GUNICORN, "-c", str(ROOT / "gunicorn.conf.py"), self.app],
            cwd=ROOT, env=self.env, start_new_session=True,
        )
        for _ in range(200):
            try:
                urllib.request.urlopen(BASE + "/robots.txt", timeout=2)
                break
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.1)
        else:
            raise RuntimeError("gunicorn did not start")
        return self

    def __exit__(self, *exc):
        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=30)

    def workers(self):
        pids = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.process.pid:
                pids.append(int(stat.parent.name))
        return pids

    def cpu_seconds(self):
        total = 0
        for pid in self.workers():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += int(fields[11]) + int(fields[12])  # utime + stime
        return total / CLK_TCK

    def rss_mb(self):
        total = 0
        for pid in self.workers():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
        return total / 1024


def wrk(paths, duration, connections=CONNECTIONS, threads=2):
    """Run wrk over ``paths`` (rotating); return its JSON summary."""
    env = dict(os.environ, BENCH_PATHS="\n".join(paths))
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "-s", str(LUA), BASE],
        capture_output=True, text=True, env=env, check=True,
    ).stdout
    line = next(line for line in out.splitlines() if line.startswith("BENCH_JSON "))
    return json.loads(line[len("BENCH_JSON "):])


def measure(server, label, paths, duration=DURATION, connections=CONNECTIONS):
    for path in paths:  # warm-up: renditions, connections, templates
        for _ in range(3):
            urllib.request.urlopen(BASE + path, timeout=30).read()
    cpu_before = server.cpu_seconds()
    result = wrk(paths, duration, connections)
    cpu = server.cpu_seconds() - cpu_before
    result["label"] = label
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    result["cpu_ms"] = cpu * 1000 / max(result["requests"], 1)
    result["errors"] = sum(result[k] for k in ("errors_connect", "errors_read", "errors_write", "errors_status", "errors_timeout"))
    return result


def row(result):
    return (
        f"| {result['label']:<28} | {result['rps']:>9,.0f} | {result['p50_us'] / 1000:>7.1f} | "
        f"{result['p95_us'] / 1000:>7.1f} | {result['p99_us'] / 1000:>7.1f} | {result['errors']:>6} | "
        f"{result['cpu_ms']:>7.2f} |"
    )


HEADER = (
    "| run                          |     req/s | p50 ms  | p95 ms  | p99 ms  | errors | CPU ms/req |\n"
    "|------------------------------|----------:|--------:|--------:|--------:|-------:|--------:|"
)


def bench_urls():
    """Paths of a category, its newest article and an album, read from the database."""
    env = server_env(page_cache=False)
    script = (
        "import json\n"
        "from news.models import NewsArticlePage, NewsIndexPage\n"
        "from gallery.models import GalleryPage\n"
        "category = NewsIndexPage.objects.live().filter(depth=4).order_by('path').first()\n"
        "article = NewsArticlePage.objects.live().descendant_of(category).order_by('-date', '-pk').first()\n"
        "album = GalleryPage.objects.live().order_by('path').first()\n"
        "print(json.dumps({'category': category.url, 'article': article.url, 'album': album.url}))\n"
    )
    out = subprocess.run([PYTHON, "manage.py", "shell", "-c", script], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def ceiling_body_size():
    return len(urllib.request.urlopen(BASE + "/", timeout=30).read())


def healthz_ok():
    try:
        return urllib.request.urlopen(BASE + "/healthz", timeout=2).status == 200
    except (urllib.error.URLError, OSError):
        return False


def postgres_restart_under_load(paths, page_cache):
    """Restart PostgreSQL while wrk runs over ``paths``; the answers by status
    (and X-Page-Cache) and the seconds until /healthz is 200 again.

    Page cache off: every request needs the database (the 503 page while it
    restarts). On, with pages fresh for 1 s only: requests for the cacheable
    paths reach the database every second, and while it restarts they are
    answered from the stale copies; the uncacheable paths get the 503 page."""
    extra_env = {"PAGE_CACHE_SECONDS": "1"} if page_cache else {}
    with Server(page_cache=page_cache, extra_env=extra_env):
        for path in paths:
            urllib.request.urlopen(BASE + path, timeout=30).read()
        env = dict(os.environ, BENCH_PATHS="\n".join(paths), BENCH_STATUSES="1")
        load = subprocess.Popen(
            ["wrk", "-t1", "-c4", "-d25s", "--timeout", "10s", "-s", str(LUA), BASE],
            stdout=subprocess.PIPE, text=True, env=env,
        )
        time.sleep(5)
        version = sorted(os.listdir("/etc/postgresql"))[-1]
        restarted = time.monotonic()
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"], check=True,
                       capture_output=True)
        back_up = time.monotonic()
        while not healthz_ok():
            time.sleep(0.1)
            if time.monotonic() - back_up > 60:
                break
        recovered = time.monotonic()
        out, _ = load.communicate()
    summary = json.loads(next(l for l in out.splitlines() if l.startswith("BENCH_JSON "))[len("BENCH_JSON "):])
    return {
        "label": f"page cache {'on (fresh 1 s)' if page_cache else 'off'}, {len(paths)} URL(s)",
        "restart_seconds": back_up - restarted,
        "answering_after_restart_seconds": recovered - back_up,
        "requests": summary["requests"],
        "statuses": summary["statuses"],
        "status_500": sum(count for key, count in summary["statuses"].items() if key.startswith("500 ")),
        "socket_errors": summary["errors_read"] + summary["errors_connect"] + summary["errors_timeout"],
    }


def restarts(pages):
    """The restart runs: as the first measurement (page cache off, an article),
    then with the page cache on over cacheable pages and one the page cache
    never holds (a query string)."""
    mix = [pages["article"], pages["home"], pages["category"], pages["category"] + "?utm_source=bench"]
    results = []
    for paths, page_cache in (([pages["article"]], False), (mix, True)):
        flush_redis()
        results.append(postgres_restart_under_load(paths, page_cache))
    return results


def log_restart(restart):
    statuses = ", ".join(f"{key.replace(' -', '')}: {count}" for key, count in sorted(restart["statuses"].items()))
    log(f"  PostgreSQL restart, {restart['label']}: took {restart['restart_seconds']:.1f} s; /healthz 200 again "
        f"{restart['answering_after_restart_seconds']:.1f} s after it was back (app not restarted); "
        f"{restart['requests']:,} requests during the 25 s run, {restart['status_500']} with status 500, "
        f"{restart['socket_errors']} socket errors; by status and X-Page-Cache: {statuses}")


def main_restart_only():
    """`make bench-restart` (BENCH_ONLY=restart): only the PostgreSQL restart run."""
    prepare_database()
    collectstatic()
    urls = bench_urls()
    pages = {"home": "/", "category": urls["category"], "article": urls["article"]}
    log("PostgreSQL restart under load …")
    for restart in restarts(pages):
        log_restart(restart)


def soak(server, paths, seconds):
    log(f"Soak: {seconds} s, 32 connections, {len(paths)} URLs (page cache on) …")
    samples = [server.rss_mb()]
    env = dict(os.environ, BENCH_PATHS="\n".join(paths))
    load = subprocess.Popen(
        ["wrk", "-t2", "-c32", f"-d{seconds}s", "--timeout", "10s", "-s", str(LUA), BASE],
        stdout=subprocess.PIPE, text=True, env=env,
    )
    cpu_before = server.cpu_seconds()
    step = max(seconds // 10, 1)
    while load.poll() is None:
        time.sleep(step)
        samples.append(server.rss_mb())
    out = load.stdout.read()
    summary = json.loads(next(l for l in out.splitlines() if l.startswith("BENCH_JSON "))[len("BENCH_JSON "):])
    summary["cpu_ms"] = (server.cpu_seconds() - cpu_before) * 1000 / max(summary["requests"], 1)
    summary["rss_mb"] = samples
    return summary


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (apt-get install wrk); `make bench` installs it.")
    if ONLY == "restart":
        return main_restart_only()
    if ONLY:
        sys.exit(f"BENCH_ONLY={ONLY!r}: the only part that runs alone is 'restart'.")
    prepare_database()
    collectstatic()
    urls = bench_urls()
    search = "/tim-kiem/?q=x%C3%A3"  # "xã": thousands of hits
    pages = {"home": "/", "category": urls["category"], "article": urls["article"], "album": urls["album"]}
    results = []
    flush_redis()

    with Server(page_cache=False) as server:
        size = ceiling_body_size()
        log(f"Uncached runs ({DURATION} s each, {CONNECTIONS} connections, workers: {len(server.workers())}) …")
        for name, path in pages.items():
            results.append(measure(server, f"{name}, uncached", [path]))
        results.append(measure(server, "search 'xã', never cached", [search], connections=4))
        hits = re.search(r"([\d.]+) kết quả", urllib.request.urlopen(BASE + search).read().decode())
        search_hits = hits.group(1) if hits else "?"

    flush_redis()
    with Server(page_cache=True) as server:
        log("Cached runs …")
        for name, path in pages.items():
            results.append(measure(server, f"{name}, cached", [path]))

    with Server(app="bench.ceiling:application", extra_env={"BENCH_CEILING_BYTES": str(size)}) as server:
        log(f"Ceiling: trivial WSGI app, {size:,} bytes …")
        ceiling = measure(server, f"ceiling ({size:,} B static)", ["/"])
        results.append(ceiling)

    restart_results = soak_result = None
    if SOAK_SECONDS > 0:
        flush_redis()
        with Server(page_cache=True) as server:
            mix = [*pages.values(), search, "/tin-tuc-hoat-dong/?page=2", "/sitemap.xml"]
            soak_result = soak(server, mix, SOAK_SECONDS)
    log("PostgreSQL restart under load …")
    restart_results = restarts(pages)

    log("")
    log(f"Benchmark: {ARTICLES:,} generated articles + demo content, PostgreSQL, Redis, gunicorn "
        f"({os.cpu_count()} cores), wrk on the same machine. Search 'xã': {search_hits} hits.")
    log(HEADER)
    for result in results:
        log(row(result))
    log("")
    by_label = {r["label"]: r for r in results}
    log("Goals:")
    for name, goal in GOALS_CPU_MS.items():
        cpu = by_label[f"{name}, uncached"]["cpu_ms"]
        log(f"  {name:<9} uncached CPU {cpu:6.1f} ms/request (goal ≤ {goal} ms): {'met' if cpu <= goal else 'MISSED'}")
    for name in pages:
        share = by_label[f"{name}, cached"]["rps"] / ceiling["rps"] * 100
        log(f"  {name:<9} cached {share:5.0f}% of the ceiling's requests/s (goal ≥ 50%): {'met' if share >= 50 else 'MISSED'}")
    p95 = by_label["search 'xã', never cached"]["p95_us"] / 1000
    log(f"  search p95 {p95:.0f} ms (goal < 150 ms; 10,000-article figure: make bench-search): "
        f"{'met' if p95 < 150 else 'MISSED'}")
    errors = sum(r["errors"] for r in results)
    log(f"  errors in all runs: {errors}")
    if soak_result:
        rss = soak_result["rss_mb"]
        log(f"  soak {SOAK_SECONDS} s: {soak_result['requests']:,} requests, non-2xx/3xx {soak_result['errors_status']}, "
            f"socket errors {soak_result['errors_connect'] + soak_result['errors_read'] + soak_result['errors_timeout']}, "
            f"p99 {soak_result['p99_us'] / 1000:.0f} ms, CPU {soak_result['cpu_ms']:.2f} ms/request; "
            f"worker memory MB: {' '.join(f'{m:.0f}' for m in rss)}")
    for restart in restart_results or []:
        log_restart(restart)


if __name__ == "__main__":
    main()
