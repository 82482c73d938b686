"""Hostile paths given to the real command line: each is refused by the contract.

Every command that reads a file (``import``, ``export``, ``check``, ``oral``, ``badge``,
``proofread``, ``referential install``)
is given, as its input, what a reader must never open or cannot open: a pipe, a device,
a folder, an unreadable file, a name too long, a link loop, an undecodable name. The
commands that write (``import``, ``export``) are given outputs that cannot be written or
would destroy the input under another spelling. Each run happens in a child with a
memory cap (``contract.run_bounded``): exit 2, one French sentence that can be printed
(undecodable bytes of a name shown as U+FFFD), within 10 s, the input unchanged.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_app.core.resources import bundled_referential_path, example_dossier_path
from tests.fuzz.contract import assert_refused, fingerprint, run_bounded

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, devices, bytes names: POSIX")

ROOT = os.name == "posix" and os.geteuid() == 0
"""Root reads and writes whatever the permissions say: the chmod cases are skipped."""
UNDECODABLE = os.fsdecode(b"\xff\xfe")
"""Two bytes that are not UTF-8, as Python spells them in a file name."""


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A good input for each command: the example JSON, a .ccpt, a referential."""
    folder = tmp_path_factory.mktemp("sources")
    dossier = folder / "exemple.ccpt"
    made = run_bounded("import", example_dossier_path(), "-o", dossier)
    assert made.code == 0, made.err
    referential = folder / "referentiel.json"
    referential.write_bytes(bundled_referential_path().read_bytes())
    return {"import": example_dossier_path(), "export": dossier, "check": dossier,
            "referential": referential}


COMMANDS: dict[str, Callable[[Path, Path], tuple[str | Path, ...]]] = {
    # command: its arguments for an input (and a fresh output when it writes one)
    "import": lambda source, out: ("import", source, "-o", out.with_suffix(".ccpt")),
    "export": lambda source, out: ("export", source, "-o", out.with_suffix(".json")),
    "check": lambda source, out: ("check", source),
    "oral": lambda source, out: ("oral", source, "-o", out.with_suffix(".docx")),
    "badge": lambda source, out: ("badge", source, "-o", out.with_suffix(".json")),
    "proofread": lambda source, out: ("proofread", source, "--format", "json"),
    "referential": lambda source, out: ("referential", "install", source),
}


def _missing(folder: Path, name: str) -> Path:
    return folder / f"absent-{name}"


def _fifo(folder: Path, name: str) -> Path:
    path = folder / f"tube-{name}"
    os.mkfifo(path)
    return path


def _directory(folder: Path, name: str) -> Path:
    path = folder / f"dossier-{name}"
    path.mkdir()
    return path


def _unreadable(folder: Path, name: str) -> Path:
    path = folder / f"illisible-{name}"
    path.write_text("{}", encoding="utf-8")
    path.chmod(0)
    return path


def _long_name(folder: Path, name: str) -> Path:
    return folder / ("n" * 300 + name)


def _loop(folder: Path, name: str) -> Path:
    first, second = folder / f"lien-a-{name}", folder / f"lien-b-{name}"
    first.symlink_to(second)
    second.symlink_to(first)
    return first


def _undecodable(folder: Path, name: str) -> Path:
    return folder / f"{UNDECODABLE}-{name}"


INPUTS: dict[str, tuple[Callable[[Path, str], Path], str]] = {
    # kind: (makes the input, words of the sentence)
    "missing": (_missing, "n’existe pas"),
    "fifo": (_fifo, "ce n’est pas un fichier ordinaire"),
    "dev-zero": (lambda folder, name: Path("/dev/zero"), "ce n’est pas un fichier ordinaire"),
    "directory": (_directory, "c’est un répertoire"),
    "unreadable": (_unreadable, "l’accès est refusé"),
    "name-of-300-characters": (_long_name, "le nom est trop long"),
    "symlink-loop": (_loop, "boucle"),
    "undecodable-name": (_undecodable, "\ufffd\ufffd-"),
}


@pytest.mark.parametrize("kind", sorted(INPUTS))
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_an_input_that_cannot_be_read_is_one_sentence(command, kind, tmp_path) -> None:
    if kind == "unreadable" and ROOT:
        pytest.skip("root reads a file whatever its mode")
    if kind == "dev-zero" and not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    make, words = INPUTS[kind]
    source = make(tmp_path, command)
    out = tmp_path / "sortie"
    before = fingerprint(source)
    outcome = run_bounded(*COMMANDS[command](source, out))
    assert_refused(outcome, before, mentions=words)
    assert not any(p.name.startswith("sortie") for p in tmp_path.iterdir())


def _same(source: Path, folder: Path, suffix: str) -> tuple[Path, Path | None]:
    """The input itself, spelt as given."""
    return source, None


def _same_via_dot(source: Path, folder: Path, suffix: str) -> tuple[Path, Path | None]:
    """The input as ``./name`` from its folder (the child runs there)."""
    return Path(".") / source.name, source.parent


def _same_via_link(source: Path, folder: Path, suffix: str) -> tuple[Path, Path | None]:
    link = folder / f"lien{suffix}"
    link.symlink_to(source)
    return link, None


def _same_via_hard_link(source: Path, folder: Path, suffix: str) -> tuple[Path, Path | None]:
    link = folder / f"dur{suffix}"
    os.link(source, link)
    return link, None


def _in_a_missing_folder(source: Path, folder: Path, suffix: str) -> tuple[Path, Path | None]:
    return folder / "absent" / f"sortie{suffix}", None


def _a_directory(source: Path, folder: Path, suffix: str) -> tuple[Path, Path | None]:
    target = folder / f"sortie{suffix}"
    target.mkdir()
    return target, None


def _under_a_file(source: Path, folder: Path, suffix: str) -> tuple[Path, Path | None]:
    file = folder / "fichier"
    file.write_text("", encoding="utf-8")
    return file / f"sortie{suffix}", None


def _a_fifo_no_one_reads(source: Path, folder: Path, suffix: str) -> tuple[Path, Path | None]:
    target = folder / f"tube{suffix}"
    os.mkfifo(target)
    return target, None


def _output_loop(source: Path, folder: Path, suffix: str) -> tuple[Path, Path | None]:
    return _loop(folder, suffix), None


def _named(name: str) -> Callable[[Path, Path, str], tuple[Path, Path | None]]:
    return lambda source, folder, suffix: (folder / f"{name}{suffix}", None)


def _long_output(source: Path, folder: Path, suffix: str) -> tuple[Path, Path | None]:
    return folder / ("n" * 300 + suffix), None


def _undecodable_in_a_missing_folder(source: Path, folder: Path,
                                     suffix: str) -> tuple[Path, Path | None]:
    return folder / UNDECODABLE / f"{UNDECODABLE}{suffix}", None


OUTPUTS: dict[str, tuple[Callable[[Path, Path, str], tuple[Path, Path | None]], str]] = {
    # kind: (makes the output and the folder the child runs in, words of the sentence)
    "the-input": (_same, "fichier d’entrée"),
    "the-input-via-dot": (_same_via_dot, "fichier d’entrée"),
    "the-input-via-a-link": (_same_via_link, "fichier d’entrée"),
    "the-input-via-a-hard-link": (_same_via_hard_link, "fichier d’entrée"),
    "in-a-missing-folder": (_in_a_missing_folder, "son répertoire n’existe pas"),
    "a-directory": (_a_directory, "c’est un répertoire"),
    "under-a-file": (_under_a_file, "n’est pas un répertoire"),
    "a-fifo-no-one-reads": (_a_fifo_no_one_reads, "Impossible d’écrire"),
    "a-symlink-loop": (_output_loop, "boucle"),
    "name-of-300-characters": (_long_output, "le nom est trop long"),
    "undecodable-in-a-missing-folder": (_undecodable_in_a_missing_folder, "\ufffd\ufffd"),
    **{f"windows-forbids-{label}": (_named(name), "choisissez un autre nom") for label, name in [
        ("a-colon", "a:b"), ("a-question-mark", "a?b"), ("nul", "nul"), ("con", "CON"),
        ("com1", "com1"), ("lpt9", "LPT9"), ("a-control-character", "a\x01b"),
        ("a-pipe", "a|b"), ("a-quote", 'a"b'), ("a-star", "a*b")]},
    "windows-forbids-a-trailing-dot": (lambda source, folder, suffix: (
        folder / f"fin{suffix}.", None), "choisissez un autre nom"),
}
DOCX_KINDS = {"the-input-via-a-link", "a-directory", "a-fifo-no-one-reads", "in-a-missing-folder",
              "windows-forbids-a-colon", "windows-forbids-nul"}
"""The outputs also tried with a Word export (it writes through a temporary file)."""
WRITERS = {
    # command: (its arguments for an input and an output, the output's suffix)
    "import": (lambda source, out: ("import", source, "-o", out, "--force"), ".json"),
    "export": (lambda source, out: ("export", source, "-o", out, "--format", "json"), ".ccpt"),
    "export-docx": (lambda source, out: ("export", source, "-o", out, "--format", "docx"), ".ccpt"),
}


@pytest.mark.parametrize(("command", "kind"), [
    (command, kind) for command in sorted(WRITERS) for kind in sorted(OUTPUTS)
    if command != "export-docx" or kind in DOCX_KINDS])
def test_an_output_that_cannot_be_written_is_one_sentence(command, kind, sources, tmp_path) -> None:
    arguments, suffix = WRITERS[command]
    source = tmp_path / f"entree{suffix}"
    source.write_bytes(sources["import" if suffix == ".json" else "export"].read_bytes())
    make, words = OUTPUTS[kind]
    target, cwd = make(source, tmp_path, suffix)
    before = fingerprint(source)
    around = set(os.listdir(target.parent)) if target.parent.is_dir() else None
    outcome = run_bounded(*arguments(source, target), cwd=cwd)
    assert_refused(outcome, before, mentions=words)
    assert "Traceback" not in outcome.out
    if around is not None and words == "choisissez un autre nom":
        assert set(os.listdir(target.parent)) == around, "something was written"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(st.characters(codec="utf-8", exclude_characters="/\x00<>"),
                    min_size=1,
                    max_size=40))
def test_any_output_name_is_written_or_refused_in_one_sentence(sources, tmp_path, name) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    target = folder / f"{name}.json"
    outcome = run_bounded("export", sources["export"], "-o", target, "--format", "json")
    if outcome.code == 0:
        assert os.listdir(folder) == [target.name]
    else:
        assert_refused(outcome)
        assert os.listdir(folder) == []


def test_the_input_as_output_without_force_is_refused_too(tmp_path) -> None:
    source = tmp_path / "x.json"
    source.write_bytes(example_dossier_path().read_bytes())
    before = fingerprint(source)
    assert_refused(run_bounded("import", source, "-o", source), before, mentions="fichier d’entrée")


def test_the_template_as_output_is_refused(sources, tmp_path) -> None:
    template = tmp_path / "modele.docx"
    template.write_bytes(b"PK not really a template")
    before = fingerprint(sources["export"], template)
    outcome = run_bounded("export", sources["export"], "-o", template, "--template", template)
    assert_refused(outcome, before, mentions="fichier d’entrée")


def test_a_pipe_someone_reads_is_written_into(sources, tmp_path) -> None:
    pipe = tmp_path / "tube.json"
    os.mkfifo(pipe)
    received: list[bytes] = []

    def read() -> None:
        with open(pipe, "rb") as handle:
            received.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    outcome = run_bounded("export", sources["export"], "-o", pipe, "--format", "json")
    reader.join(timeout=10)
    assert outcome.code == 0, outcome.err
    assert json.loads(received[0])["format"] == "dossier-ccpt"


def test_undecodable_names_are_read_written_and_printed(sources, tmp_path) -> None:
    source = tmp_path / f"{UNDECODABLE}.json"
    source.write_bytes(example_dossier_path().read_bytes())
    dossier = tmp_path / f"{UNDECODABLE}-dossier.ccpt"
    made = run_bounded("import", source, "-o", dossier)
    assert made.code == 0, made.err
    assert made.out.strip() == f"Dossier créé : {tmp_path}/\ufffd\ufffd-dossier.ccpt"
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "soffice").write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    (fake / "soffice").chmod(0o755)  # fails at once: the docx is written without page numbers
    exported = run_bounded("export", dossier, "-o", tmp_path / f"{UNDECODABLE}.docx",
                           env={"PATH": f"{fake}{os.pathsep}{os.environ['PATH']}"})
    assert exported.code == 0, exported.err
    assert "\ufffd\ufffd.docx" in exported.out
    checked = run_bounded("check", dossier)
    assert checked.code == 1 and "Traceback" not in checked.err, checked.err
    existing = run_bounded("import", source, "-o", dossier)
    assert_refused(existing, fingerprint(source, dossier), mentions="\ufffd\ufffd-dossier.ccpt")
