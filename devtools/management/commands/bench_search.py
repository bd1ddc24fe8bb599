"""Search latency benchmark (`make bench-search`).

Run on a database that holds the demo content plus generated articles
(`load_demo_content --articles 10000`). Each query goes through the real view
(`/tim-kiem/?q=…`, rendering included) with Django's test client, after one
warm-up request; prints p50 / p95 / max per query.
"""

import re
import statistics
import time

from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import override_settings

from news.models import NewsArticlePage

QUERIES = {
    "one word": "tre",
    "two words": "nông thôn",
    "folded (no marks)": "chuyen doi so",
    "accented": "chuyển đổi số",
    "many hits, page 3": "xã",
    "no hit": "khongcotunaytrongbai",
}


class Command(BaseCommand):
    help = "Time typical searches through the search view; prints p50/p95 in ms."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=20)

    def handle(self, *args, runs, **options):
        client = Client()
        articles = NewsArticlePage.objects.live().count()
        self.stdout.write(f"{connection.vendor}: {articles:,} live articles, {runs} runs per query")
        worst = 0.0
        with override_settings(ALLOWED_HOSTS=["*"], DEBUG=False):
            for label, query in QUERIES.items():
                params = {"q": query, **({"page": 3} if "page 3" in label else {})}
                response = client.get("/tim-kiem/", params)
                assert response.status_code == 200, (query, response.status_code)
                found = re.search(r"([\d.]+) kết quả", response.content.decode())
                hits = int(found.group(1).replace(".", "")) if found else 0
                timings = []
                for _ in range(runs):
                    started = time.perf_counter()
                    client.get("/tim-kiem/", params)
                    timings.append((time.perf_counter() - started) * 1000)
                timings.sort()
                p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
                worst = max(worst, p95)
                self.stdout.write(
                    f"  {label:20} {query!r:28} {hits:>6} hits  p50 {statistics.median(timings):7.1f} ms"
                    f"  p95 {p95:7.1f} ms  max {timings[-1]:7.1f} ms"
                )
        self.stdout.write(f"worst p95: {worst:.1f} ms (goal on PostgreSQL: < 150 ms)")
