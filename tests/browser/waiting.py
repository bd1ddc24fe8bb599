"""Waiting in the browser under the site's Content-Security-Policy."""

import time


def wait_until(locator, predicate, timeout=10.0):
    """Poll ``predicate`` (a JS function of the element) on ``locator``.
    Playwright's wait_for_function evaluates a string, which the policy
    (rightly) refuses."""
    deadline = time.monotonic() + timeout
    while not locator.evaluate(predicate):
        assert time.monotonic() < deadline, f"timed out waiting for {predicate}"
        time.sleep(0.05)
