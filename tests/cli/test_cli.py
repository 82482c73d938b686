"""The command line as contract.md defines it, run in child processes."""

import hashlib
import json
import os
import stat
import subprocess
import sys

import pytest

from dossier_app import __version__
from dossier_app.core.resources import example_dossier_path

from ..conftest import run_cli

EXAMPLE = example_dossier_path()


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def ccpt(tmp_path):
    target = tmp_path / "nadia.ccpt"
    result = run_cli("import", EXAMPLE, "-o", target)
    assert result.code == 0, result.err
    return target


def test_version() -> None:
    result = run_cli("--version")
    assert (result.code, result.out.strip()) == (0, f"Dossier CCPT {__version__}")


def test_import_refuses_to_overwrite_without_force(ccpt) -> None:
    before = _sha(ccpt)
    result = run_cli("import", EXAMPLE, "-o", ccpt)
    assert result.code == 2
    assert "--force" in result.err and "Traceback" not in result.err
    assert _sha(ccpt) == before
    assert run_cli("import", EXAMPLE, "-o", ccpt, "--force").code == 0


def test_export_json_then_import_is_equal(ccpt, tmp_path, example_json) -> None:
    out = tmp_path / "sortie.json"
    before = _sha(ccpt)
    assert run_cli("export", ccpt, "-o", out).code == 0
    assert _sha(ccpt) == before
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported == example_json
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    again = tmp_path / "encore.ccpt"
    assert run_cli("import", out, "-o", again).code == 0
    assert run_cli("export", again, "-o", tmp_path / "encore.json").code == 0
    assert json.loads((tmp_path / "encore.json").read_text(encoding="utf-8")) == exported


def test_export_pseudonymized_json_hides_real_names(ccpt, tmp_path) -> None:
    out = tmp_path / "anonyme.json"
    assert run_cli("export", ccpt, "-o", out, "--pseudonymize").code == 0
    text = out.read_text(encoding="utf-8")
    assert "Benali" not in text and "Logistique Atlantique" not in text
    assert "M. B." in text and json.loads(text)["pseudonyms"] == []


CONTACT = ("address", "phone", "email")


def test_export_pseudonymized_json_leaves_the_contact_details_home(ccpt, tmp_path,
                                                                   example_json) -> None:
    out = tmp_path / "anonyme.json"
    assert run_cli("export", ccpt, "-o", out, "--pseudonymize").code == 0
    candidate = json.loads(out.read_text(encoding="utf-8"))["candidate"]
    assert {key: candidate[key] for key in CONTACT} == dict.fromkeys(CONTACT, "")
    assert "Tanneurs" not in out.read_text(encoding="utf-8")
    assert run_cli("import", out, "-o", tmp_path / "anonyme.ccpt").code == 0  # still valid

    kept = tmp_path / "avec-contact.json"
    assert run_cli("export", ccpt, "-o", kept, "--pseudonymize", "--keep-contact").code == 0
    candidate = json.loads(kept.read_text(encoding="utf-8"))["candidate"]
    assert {key: candidate[key] for key in CONTACT} == {
        key: example_json["candidate"][key] for key in CONTACT}
    assert "--keep-contact" in run_cli("export", "--help").out


def test_check_reports_and_exits_1_when_not_ready(ccpt) -> None:
    result = run_cli("check", ccpt)
    assert result.code == 1
    assert "Prêt pour le jury : non" in result.out
    assert "n’est pas résolu" in result.out


def test_check_exits_0_when_ready(tmp_path, example_data) -> None:
    for comment in example_data["comments"]:
        comment["resolved"] = True
    source = tmp_path / "prêt.json"
    source.write_text(json.dumps(example_data, ensure_ascii=False), encoding="utf-8")
    assert run_cli("import", source, "-o", tmp_path / "prêt.ccpt").code == 0
    result = run_cli("check", tmp_path / "prêt.ccpt")
    assert result.code == 0, result.out
    assert "Prêt pour le jury : oui." in result.out


def _imported(tmp_path, data, name: str):
    source = tmp_path / f"{name}.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert run_cli("import", source, "-o", tmp_path / f"{name}.ccpt").code == 0
    return tmp_path / f"{name}.ccpt"


def test_check_helps_to_tighten_a_long_production_and_stops_one_twice_too_long(
        tmp_path, example_data) -> None:
    for comment in example_data["comments"]:
        comment["resolved"] = True
    chapters = example_data["productions"][1]["chapters"]
    chapters["situation"] += "\n\n" + " ".join(["délégué"] * 3990)
    result = run_cli("check", _imported(tmp_path, example_data, "longue"))
    assert result.code == 0, result.out  # a note: the dossier can still go
    assert ("  - La production 2 dépasse le temps de lecture du jury : environ 9 pages pour 5 "
            "conseillées. Resserrez la situation") in result.out.replace("\u00a0", " ")
    chapters["situation"] += " délégué" * 2000
    result = run_cli("check", _imported(tmp_path, example_data, "trop-longue"))
    out = result.out.replace("\u00a0", " ")
    assert result.code == 1
    assert "Prêt pour le jury : non, 1 point bloquant." in out
    assert ("La production 2 demande plus du double du temps de lecture du jury : environ "
            "13 pages pour 5 conseillées.") in out.split("Conseils :")[0]


def test_import_warns_about_unknown_keys(tmp_path, example_data) -> None:
    example_data["couleur"] = "bleu"
    source = tmp_path / "x.json"
    source.write_text(json.dumps(example_data), encoding="utf-8")
    result = run_cli("import", source, "-o", tmp_path / "x.ccpt")
    assert result.code == 0
    assert result.err.strip() == "Attention : Champ inconnu ignoré : « couleur »."


def test_export_docx(ccpt, tmp_path) -> None:
    import docx

    before = _sha(ccpt)
    result = run_cli("export", ccpt, "-o", tmp_path / "d.docx", "--with-comments")
    assert result.code == 0, result.err
    document = docx.Document(str(tmp_path / "d.docx"))
    assert document.paragraphs[0].text == "Dossier de productions"
    assert [c.author for c in document.comments] == ["Claire Roussel", "Nadia Martin"]  # a reply
    assert _sha(ccpt) == before


@pytest.mark.needs("libreoffice")
def test_export_pdf(ccpt, tmp_path) -> None:
    before = _sha(ccpt)
    result = run_cli("export", ccpt, "-o", tmp_path / "d.pdf")
    assert result.code == 0, result.err
    assert (tmp_path / "d.pdf").read_bytes().startswith(b"%PDF")
    assert _sha(ccpt) == before


def test_export_with_a_bad_template_is_one_clear_line(ccpt, tmp_path) -> None:
    import docx

    missing = run_cli("export", ccpt, "-o", tmp_path / "a.docx", "--template", tmp_path / "x.docx")
    assert missing.code == 2 and "n’existe pas" in missing.err
    plain = tmp_path / "simple.docx"
    docx.Document().save(str(plain))
    result = run_cli("export", ccpt, "-o", tmp_path / "b.docx", "--template", plain)
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1 and "« Cover Text »" in result.err
    assert not (tmp_path / "b.docx").exists()


def _error_cases(tmp_path, ccpt):
    bad_json = tmp_path / "mauvais.json"
    bad_json.write_text("{pas du json", encoding="utf-8")
    future = tmp_path / "futur.json"
    future.write_text('{"format": "dossier-ccpt", "version": 9}', encoding="utf-8")
    wrong_type = tmp_path / "type.json"
    wrong_type.write_text('{"format": "dossier-ccpt", "version": 1, "mandates": 3}',
                          encoding="utf-8")
    bad_date = tmp_path / "date.json"
    bad_date.write_text('{"format": "dossier-ccpt", "version": 1, '
                        '"workshops": [{"date": "2026-02-31"}]}', encoding="utf-8")
    unknown = tmp_path / "ccpt.json"
    unknown.write_text('{"format": "dossier-ccpt", "version": 1, "ccpt": "boulangerie"}',
                       encoding="utf-8")
    foreign = tmp_path / "photo.ccpt"
    foreign.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    truncated = tmp_path / "coupé.ccpt"
    truncated.write_bytes(ccpt.read_bytes()[:5000])
    readonly_dir = tmp_path / "protégé"
    readonly_dir.mkdir()
    readonly_dir.chmod(0o500)
    return [
        (("import", bad_json, "-o", tmp_path / "a.ccpt"), bad_json, "pas du JSON valide"),
        (("import", future, "-o", tmp_path / "b.ccpt"), future, "plus récente"),
        (("import", wrong_type, "-o", tmp_path / "c.ccpt"), wrong_type, "« mandates »"),
        (("import", bad_date, "-o", tmp_path / "d.ccpt"), bad_date, "2026-02-31"),
        (("import", unknown, "-o", tmp_path / "e.ccpt"), unknown, "CCPT inconnu"),
        (("import", tmp_path / "absent.json", "-o", tmp_path / "f.ccpt"), None, "n’existe pas"),
        (("check", foreign), foreign, "n’est pas un dossier CCPT"),
        (("check", truncated), truncated, "endommagé"),
        (("export", truncated, "-o", tmp_path / "g.json"), truncated, "endommagé"),
        (("export", ccpt, "-o", readonly_dir / "h.json"), ccpt, "Impossible d’écrire"),
        (("export", ccpt, "-o", bad_json / "h.json"), ccpt, "n’est pas un répertoire"),
        (("export", ccpt, "-o", tmp_path / "i.odt"), ccpt, "Format de sortie inconnu"),
        (("export", ccpt, "-o", ccpt, "--format", "json"), ccpt, "fichier d’entrée"),
        (("import", EXAMPLE), None, "il manque -o/--output"),
    ]


def test_every_error_is_one_french_line_exit_2_input_untouched(tmp_path, ccpt) -> None:
    for args, source, words in _error_cases(tmp_path, ccpt):
        if os.name == "posix" and os.geteuid() == 0 and "protégé" in str(args):
            continue  # root may write anywhere; covered by the full-disk case below
        before = _sha(source) if source else None
        result = run_cli(*args)
        assert result.code == 2, (args, result.out, result.err)
        lines = result.err.strip().splitlines()
        assert len(lines) == 1 and words in lines[0], (args, result.err)
        assert "Traceback" not in result.err
        if source:
            assert _sha(source) == before, args


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_full_disk_is_a_clear_error(ccpt) -> None:
    device = os.stat("/dev/full")
    result = run_cli("export", ccpt, "-o", "/dev/full", "--format", "json")
    assert result.code == 2
    assert result.err.strip() == "Impossible d’écrire « /dev/full » : le disque est plein."
    assert os.stat("/dev/full").st_rdev == device.st_rdev  # the device is still a device
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_self_test_passes() -> None:
    result = run_cli("--self-test", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.code == 0, result.out + result.err
    assert result.out.strip().endswith("Auto-test réussi.")
    assert result.out.count("[ok]") == 8
    assert "[ok] Grammaire" in result.out
    assert "[ok] Annexes" in result.out


def test_referential_install_show_reset(tmp_path) -> None:
    from dossier_app.core.resources import bundled_referential_path

    data = json.loads(bundled_referential_path().read_text(encoding="utf-8"))
    data["edition"] = "2027-officiel"
    official = tmp_path / "officiel.json"
    official.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert run_cli("referential", "install", official).code == 0
    assert "2027-officiel" in run_cli("referential", "show").out
    assert run_cli("referential", "reset").code == 0
    assert "2026.1" in run_cli("referential", "show").out
    broken = tmp_path / "cassé.json"
    broken.write_text("[]", encoding="utf-8")
    result = run_cli("referential", "install", broken)
    assert result.code == 2 and "cassé.json" in result.err


def test_a_symbolic_link_target_is_written_through(ccpt, tmp_path) -> None:
    real = tmp_path / "vrai.json"
    real.write_text("ancien", encoding="utf-8")
    link = tmp_path / "lien.json"
    link.symlink_to(real)
    assert run_cli("export", ccpt, "-o", link).code == 0
    assert link.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["format"] == "dossier-ccpt"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")
def test_no_screen_is_one_clear_sentence() -> None:
    result = run_cli(env={"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""})
    assert result.code == 2
    assert result.err.strip() == ("Aucun écran n’est disponible (ni DISPLAY ni WAYLAND_DISPLAY) : "
                                  "lancez Dossier CCPT depuis une session graphique.")


def test_import_warns_about_removed_control_characters(tmp_path, example_data) -> None:
    example_data["productions"][0]["chapters"]["analysis"] += "\x0bsuite\x00"
    source = tmp_path / "collé.json"
    source.write_text(json.dumps(example_data), encoding="utf-8")
    result = run_cli("import", source, "-o", tmp_path / "collé.ccpt")
    assert result.code == 0, result.err
    assert result.err.strip() == ("Attention : Caractères de contrôle retirés du champ "
                                  "« productions[1].chapters.analysis » (un document Word ne "
                                  "peut pas les contenir).")
    assert run_cli("export", tmp_path / "collé.ccpt", "-o", tmp_path / "collé.docx",
                   env={"PATH": "/nonexistent"}).code == 0


def test_outputs_are_checked_before_any_work(ccpt, tmp_path) -> None:
    before = _sha(ccpt)
    link = tmp_path / "lien.ccpt"
    link.symlink_to(ccpt)
    cases = [
        (("export", ccpt, "-o", link, "--format", "json"), "est le fichier d’entrée"),
        (("export", ccpt, "-o", tmp_path / "absent" / "x.json"), "son répertoire n’existe pas"),
        (("export", ccpt, "-o", tmp_path, "--format", "json"), "c’est un répertoire"),
        (("import", EXAMPLE, "-o", tmp_path / ("n" * 300 + ".ccpt")), "le nom est trop long"),
    ]
    for args, words in cases:
        result = run_cli(*args)
        assert result.code == 2 and words in result.err, (args, result.err)
        assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    assert _sha(ccpt) == before


@pytest.mark.parametrize("command", [(), ("import",), ("export",), ("check",), ("referential",),
                                     ("referential", "install")])
def test_help_speaks_french(command) -> None:
    result = run_cli(*command, "--help")
    assert result.code == 0, result.err
    assert result.out.startswith("Utilisation : dossier-app")
    for english in ("usage:", "show this help", "positional arguments", "options:\n  -h, --help  "
                    "show", "show program's version"):
        assert english not in result.out


def test_export_pdf_without_libreoffice_or_a_screen(ccpt, tmp_path) -> None:
    """The command line lays the PDF out with Qt, on no display, when LibreOffice is absent."""
    from pypdf import PdfReader

    env = {name: value for name, value in os.environ.items()
           if name not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["DOSSIER_CCPT_SOFFICE"] = ""
    result = subprocess.run([sys.executable, "-m", "dossier_app", "export", str(ccpt), "-o",
                             str(tmp_path / "jury.pdf")], capture_output=True, text=True,
                            encoding="utf-8", env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # the contents are numbered: nothing to warn about
    reader = PdfReader(str(tmp_path / "jury.pdf"))
    assert reader.outline and "Sommaire" in reader.pages[1].extract_text()


@pytest.mark.skipif(os.name != "posix", reason="a shell pipe")
def test_the_json_written_into_a_pipe_and_a_reader_that_goes_away(tmp_path, example_data) -> None:
    """« export … -o /dev/stdout | head -c 20 »: the JSON goes into the pipe, and when the
    reader closes it early the command ends without a word on stderr."""
    example_data["project"] = "mot " * 100_000  # more than a pipe holds
    source = tmp_path / "long.json"
    source.write_text(json.dumps(example_data, ensure_ascii=False), encoding="utf-8")
    assert run_cli("import", source, "-o", tmp_path / "long.ccpt").code == 0
    command = (f'"{sys.executable}" -m dossier_app export "{tmp_path / "long.ccpt"}" '
               '-o /dev/stdout --format json')
    whole = subprocess.run(["sh", "-c", command], capture_output=True, text=True,
                           encoding="utf-8", timeout=60, check=False)
    assert whole.returncode == 0 and whole.stderr == ""
    assert json.loads(whole.stdout)["project"] == example_data["project"]  # JSON, and only it
    cut = subprocess.run(["sh", "-c", f"{command} | head -c 20"], capture_output=True,
                         timeout=60, check=False)
    assert cut.stdout.startswith(b"{") and cut.stderr == b""


def test_a_word_export_says_its_pdf_annexes_are_only_in_the_pdf(tmp_path, example_data) -> None:
    """The list of annexes says « joint au dossier PDF »: a Word export cannot hold them."""
    import base64
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    buffer = io.BytesIO()
    writer.write(buffer)
    example_data["annexes"][0]["file"] = {"name": "attestation.pdf", "media_type": "application/pdf",
                                          "data": base64.b64encode(buffer.getvalue()).decode()}
    ccpt = _imported(tmp_path, example_data, "avec-pdf")
    word = run_cli("export", ccpt, "-o", tmp_path / "dossier.docx")
    assert word.code == 0 and "ne sont pas dans le fichier Word" in word.err
    pdf = run_cli("export", ccpt, "-o", tmp_path / "dossier.pdf")
    assert pdf.code == 0 and "fichier Word" not in pdf.err
