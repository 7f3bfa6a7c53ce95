"""axe-core (from npm, node_modules/axe-core) run inside Chromium through Python Playwright.

The script is the real axe-core that ``@axe-core/playwright`` wraps; injecting it with
``add_script_tag`` keeps the browser tests in one language (Python) and one driver.
"""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.2 AA: every level-A and level-AA rule of 2.0, 2.1 and 2.2.
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_script():
    if not AXE_SCRIPT.exists():
        pytest.fail(f"{AXE_SCRIPT} is missing: run `make node_modules` (npm ci).")
    return AXE_SCRIPT


def run_axe(page):
    """The violations axe finds on the page as it stands (a list of axe result dicts)."""
    page.add_script_tag(path=str(axe_script()))
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_22_AA
    )
    return results["violations"]


def describe(url, violations):
    """One line per failing node: rule id, CSS target and axe's help text."""
    lines = []
    for violation in violations:
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"{url}: {violation['id']} at {target}: {violation['help']}")
    return lines
