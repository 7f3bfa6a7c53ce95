"""The Nu Html Checker (npm ``vnu-jar``) run once on a batch of saved HTML documents."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def check_html(documents, directory):
    """Errors for ``documents`` ({name: html}), as "name:line: message" lines.

    One JVM for the whole batch: starting the checker costs seconds, checking a page
    milliseconds.
    """
    java = shutil.which("java")
    if java is None:
        pytest.fail("java is missing: install Debian's openjdk-17-jre-headless.")
    if not VNU_JAR.exists():
        pytest.fail(f"{VNU_JAR} is missing: run `make node_modules` (npm ci).")
    files = {}
    for name, html in documents.items():
        path = Path(directory) / f"page-{len(files):02d}.html"
        path.write_text(html, encoding="utf-8")
        files[path.name] = name
    completed = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        cwd=directory,
        timeout=300,
        check=False,
    )
    report = json.loads(completed.stderr or completed.stdout)
    problems = []
    for message in report["messages"]:
        url = message.get("url", "")
        name = files.get(url.rsplit("/", 1)[-1], url)
        line = message.get("lastLine", "?")
        problems.append(f"{name}:{line}: {message['type']}: {message['message']}")
    return problems
