"""Synthesis with the cache: a one-line edit speaks one line; failures; rates; the CLI around it."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from audio_edition.cli import cli
from audio_edition.config import Show
from audio_edition.model import Audio, Cue, Script, Segment
from audio_edition.pipeline import Cast, render_script
from audio_edition.tts import LinesFailedError, SpeechCache, VoiceSpec, synthesize_script
from audio_edition.tts.cache import cache_key
from audio_edition.tts.fake import FakeEngine


class CountingEngine(FakeEngine):
    """The fake engine, counting what it is asked to say (at a chosen sample rate)."""

    def __init__(self, sample_rate: int = 24000) -> None:
        self.sample_rate = sample_rate
        self.said: list[str] = []

    def synthesize(self, text: str, voice: VoiceSpec) -> Audio:
        self.said.append(text)
        return super().synthesize(text, voice)


def _script(*texts: str) -> Script:
    cues = tuple(Cue("host" if i % 2 == 0 else "cohost", t) for i, t in enumerate(texts))
    return Script("Essai", None, (Segment("intro", "Introduction", cues[:2]), Segment("section", "Brèves", cues[2:])))


LINES = ("Bonjour et bienvenue.", "Voici les nouvelles.", "Une puce plus sobre.", "Un modèle plus petit.")


def test_a_one_line_edit_speaks_one_line(fake_cast: Cast, tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path / "speech")
    engine = CountingEngine()
    speech, report = synthesize_script(_script(*LINES), fake_cast.voices, progress=False,
                                       engines={"fake": engine}, cache=cache)  # fmt: skip
    assert (report.spoken, report.cached) == (4, 0) and len(engine.said) == 4
    again, report = synthesize_script(_script(*LINES), fake_cast.voices, progress=False,
                                      engines={"fake": engine}, cache=cache)  # fmt: skip
    assert (report.spoken, report.cached) == (0, 4) and len(engine.said) == 4
    for first, second in zip(speech.segments, again.segments, strict=True):
        for a, b in zip(first, second, strict=True):
            assert np.array_equal(a.audio.samples, b.audio.samples)
    edited = (*LINES[:2], "Une puce bien plus sobre.", LINES[3])
    _, report = synthesize_script(_script(*edited), fake_cast.voices, progress=False,
                                  engines={"fake": engine}, cache=cache)  # fmt: skip
    assert (report.spoken, report.cached) == (1, 3)
    assert engine.said[-1] == "Une puce bien plus sobre."
    assert cache.info().entries == 5


def _speak(cache: SpeechCache, cast: Cast, *texts: str) -> set[Path]:
    """Synthesise ``texts`` through ``cache``; the entries it holds afterwards."""
    synthesize_script(_script(*texts), cast.voices, progress=False, engines={"fake": FakeEngine()}, cache=cache)
    return set(cache.entries())


def _age(paths: set[Path], seconds: float) -> None:
    for path in paths:
        os.utime(path, (path.stat().st_atime, path.stat().st_mtime - seconds))


def test_the_cache_keeps_to_its_limit_by_dropping_the_least_recently_used(fake_cast: Cast, tmp_path: Path) -> None:
    folder = tmp_path / "speech"
    old = _speak(SpeechCache(folder, limit=10**9), fake_cast, LINES[0])
    used = _speak(SpeechCache(folder, limit=10**9), fake_cast, LINES[1]) - old
    _age(old, 3000)
    _age(used, 2000)
    assert _speak(SpeechCache(folder, limit=10**9), fake_cast, LINES[1]) == old | used  # a hit: used again now
    entry = max(p.stat().st_size for p in old | used)
    small = SpeechCache(folder, limit=3 * entry)
    after = _speak(small, fake_cast, LINES[2], LINES[3])
    assert old.isdisjoint(after) and used < after and len(after) == 3  # the oldest went, the recently used stayed
    assert small.info().bytes <= small.limit
    # The render's own lines stay even when they alone are over the limit.
    alone = _speak(SpeechCache(folder, limit=0), fake_cast, *LINES)
    assert len(alone) == 4 and used < alone


def test_the_cache_limit_is_set_in_the_environment(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    monkeypatch.setenv("AUDIO_EDITION_SPEECH_CACHE_MB", "500")
    info = runner.invoke(cli, ["cache", "info"])
    assert info.exit_code == 0 and "(limit 500 MB, $AUDIO_EDITION_SPEECH_CACHE_MB)" in info.output
    monkeypatch.setenv("AUDIO_EDITION_SPEECH_CACHE_MB", "lots")
    bad = runner.invoke(cli, ["speak", "Bonjour.", "--voice", "robot", "-o", str(cache_home / "a.wav")])
    assert bad.exit_code == 3 and "AUDIO_EDITION_SPEECH_CACHE_MB" in bad.output and "Traceback" not in bad.output
    assert len(bad.output.strip().splitlines()) == 1


def test_the_key_follows_what_changes_the_sound() -> None:
    voice = VoiceSpec("a", "kokoro", "une voix", options={"voice": "ff_siwis"})
    key = cache_key(voice, "model-1", "Bonjour.")
    assert cache_key(dataclasses.replace(voice, name="b", description="autre"), "model-1", "Bonjour.") == key
    assert cache_key(dataclasses.replace(voice, speed=1.1), "model-1", "Bonjour.") != key
    assert cache_key(dataclasses.replace(voice, options={"voice": "im_nicola"}), "model-1", "Bonjour.") != key
    assert cache_key(dataclasses.replace(voice, engine="piper"), "model-1", "Bonjour.") != key
    assert cache_key(voice, "model-2", "Bonjour.") != key
    assert cache_key(voice, "model-1", "Bonsoir.") != key


@pytest.mark.parametrize("damage", ["truncate", "flip", "empty", "garbage"])
def test_a_damaged_entry_is_spoken_again(fake_cast: Cast, tmp_path: Path, damage: str) -> None:
    cache = SpeechCache(tmp_path / "speech")
    engine = CountingEngine()
    synthesize_script(_script(*LINES), fake_cast.voices, progress=False, engines={"fake": engine}, cache=cache)
    victim = cache.entries()[0]
    data = victim.read_bytes()
    victim.write_bytes(
        {"truncate": data[: len(data) // 2], "flip": data[:-9] + bytes([data[-9] ^ 0xFF]) + data[-8:],
         "empty": b"", "garbage": b"not audio at all" * 50}[damage]  # fmt: skip
    )
    _, report = synthesize_script(_script(*LINES), fake_cast.voices, progress=False,
                                  engines={"fake": engine}, cache=cache)  # fmt: skip
    assert (report.spoken, report.cached) == (1, 3)
    _, report = synthesize_script(_script(*LINES), fake_cast.voices, progress=False,
                                  engines={"fake": engine}, cache=cache)  # fmt: skip
    assert report.cached == 4  # repaired


def test_an_unwritable_cache_only_costs_speed(fake_cast: Cast, tmp_path: Path) -> None:
    blocker = tmp_path / "speech"
    blocker.write_text("a file where the cache folder should be")
    engine = CountingEngine()
    _, report = synthesize_script(_script(*LINES), fake_cast.voices, progress=False,
                                  engines={"fake": engine}, cache=SpeechCache(blocker))  # fmt: skip
    assert report.spoken == 4


def test_failed_lines_are_all_reported_and_the_rest_is_cached(fake_cast: Cast, tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path / "speech")
    engine = CountingEngine()
    bad = ("Bonjour.", "Un\x00 caractère nul.", "Une ligne saine.", "Encore\x00 un.")
    with pytest.raises(LinesFailedError) as caught:
        synthesize_script(_script(*bad), fake_cast.voices, progress=False, engines={"fake": engine}, cache=cache)
    error = caught.value
    assert [f.number for f in error.failures] == [2, 4]
    assert error.exit_code == 6
    message = str(error)
    assert "2 of 4 lines could not be spoken" in message and "line 2 (Introduction, cohost)" in message
    assert "line 4 (Brèves, cohost)" in message and "\n" not in message
    assert cache.info().entries == 2  # the two good lines: the re-render after the fix is quick


def test_voices_at_different_rates_share_one(tmp_path: Path) -> None:
    voices = {"host": VoiceSpec("h", "fake"), "cohost": VoiceSpec("c", "other")}
    engines = {"fake": CountingEngine(24000), "other": CountingEngine(22050)}
    speech, report = synthesize_script(_script(*LINES), voices, progress=False, engines=engines)  # type: ignore[arg-type]
    rates = {sc.audio.sample_rate for segment in speech.segments for sc in segment}
    assert rates == {24000} and report.sample_rate == 24000
    cohost = speech.segments[0][1].audio
    assert abs(cohost.duration - len(LINES[1]) * 0.06) < 0.05  # resampled, same length in seconds


def test_two_workers_give_the_same_speech(fake_cast: Cast) -> None:
    script = _script(*LINES, "Cinquième ligne.", "Sixième ligne.")
    one, _ = synthesize_script(script, fake_cast.voices, progress=False, engines={"fake": FakeEngine()}, workers=1)
    two, _ = synthesize_script(script, fake_cast.voices, progress=False, engines={"fake": FakeEngine()}, workers=2)
    for a, b in zip(one.segments, two.segments, strict=True):
        assert [x.cue for x in a] == [y.cue for y in b]
        assert all(np.array_equal(x.audio.samples, y.audio.samples) for x, y in zip(a, b, strict=True))


def test_a_failed_line_publishes_nothing_and_keeps_the_old_episode(
    show: Show, fake_cast: Cast, tmp_path: Path
) -> None:
    out = tmp_path / "public"
    cache = SpeechCache(tmp_path / "speech")
    good = render_script(_script(*LINES), show, fake_cast, out, progress=False,
                         engines={"fake": FakeEngine()}, cache=cache)  # fmt: skip
    feed_before = (out / "feed.xml").read_bytes()
    mp3_before = good.published.audio.read_bytes()
    with pytest.raises(LinesFailedError):
        render_script(_script(LINES[0], "Cassé\x00.", *LINES[2:]), show, fake_cast, out, progress=False,
                      engines={"fake": FakeEngine()}, cache=cache)  # fmt: skip
    assert (out / "feed.xml").read_bytes() == feed_before
    assert good.published.audio.read_bytes() == mp3_before


# --- The command line -------------------------------------------------------------------


def test_cache_info_and_clear(cache_home: Path, fake_cast: Cast) -> None:
    cache = SpeechCache()
    assert cache.folder == cache_home / "speech"
    synthesize_script(_script(*LINES), fake_cast.voices, progress=False, engines={"fake": FakeEngine()}, cache=cache)
    runner = CliRunner()
    info = runner.invoke(cli, ["cache", "info"])
    assert info.exit_code == 0 and "4 sentences" in info.output and str(cache_home / "speech") in info.output
    cleared = runner.invoke(cli, ["cache", "clear"])
    assert cleared.exit_code == 0 and "removed 4 sentences" in cleared.output
    assert runner.invoke(cli, ["cache", "info"]).output.split(": ")[1].startswith("0 sentences")
    assert (cache_home / "kokoro").exists()  # the model is not the speech cache


def test_speak_uses_the_cache_unless_told_not_to(cache_home: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "robot.wav"
    args = ["speak", "Bonjour, ceci est un essai.", "--voice", "robot", "-o", str(out)]
    assert runner.invoke(cli, [*args, "--no-cache"]).exit_code == 0
    assert SpeechCache().info().entries == 0
    assert runner.invoke(cli, args).exit_code == 0
    assert SpeechCache().info().entries == 1
    assert out.stat().st_size > 10_000


def test_an_edit_inside_a_paragraph_speaks_only_the_edited_sentence(fake_cast: Cast, tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path / "speech")
    engine = CountingEngine()
    paragraph = "Première phrase du paragraphe. Deuxième phrase, plus longue. Troisième et dernière phrase."
    first, _ = synthesize_script(_script(paragraph, *LINES[1:]), fake_cast.voices, progress=False,
                                 engines={"fake": engine}, cache=cache)  # fmt: skip
    assert engine.said[:3] == ["Première phrase du paragraphe.", "Deuxième phrase, plus longue.",
                               "Troisième et dernière phrase."]  # fmt: skip
    edited = paragraph.replace("plus longue", "bien plus longue")
    second, report = synthesize_script(_script(edited, *LINES[1:]), fake_cast.voices, progress=False,
                                       engines={"fake": engine}, cache=cache)  # fmt: skip
    assert engine.said[-1] == "Deuxième phrase, bien plus longue." and len(engine.said) == 7
    assert (report.spoken, report.cached) == (1, 3)
    # The line is its sentences with a sentence pause between them.
    spoken = sum(len(s) for s in ("Première phrase du paragraphe.", "Deuxième phrase, plus longue.",
                                  "Troisième et dernière phrase.")) * 0.06  # fmt: skip
    assert abs(first.segments[0][0].audio.duration - (spoken + 2 * 0.30)) < 0.01
