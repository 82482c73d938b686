"""Entry point: runs a command of the contract, or starts the desktop application."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .app import dossiers
from .app.finding_text import format_report, format_unlisted, trade_text
from .app.self_test import STEPS
from .app.targets import ANY_SIZE, check_output
from .core.clock import SYSTEM
from .core.errors import DossierError, FileProblem, InvalidData
from .core.files import (
    MAX_TEXT_BYTES,
    check_input_file,
    display,
    write_private_bytes,
)
from .core.guidance import load_guidance
from .core.jsonread import load_json_file, refuse_bad_numbers
from .core.oral import OralRules, rules_in_use
from .core.paths import AppPaths
from .core.readiness import check_dossier
from .core.referential import (
    Referential,
    active_referential,
    install_referential,
    level_today,
    remove_installed_referential,
)
from .core.sentence import say
from .storage.lock import LockIdentity

if TYPE_CHECKING:
    from .core.spelling import FrenchSpeller

EXIT_OK, EXIT_NOT_READY, EXIT_ERROR = 0, 1, 2
FORMATS = ("docx", "json", "pdf")
COMMANDS = ("import", "export", "check", "oral", "badge", "proofread", "referential")
ORAL_FORMATS = ("docx", "pdf")


class _FrenchHelp(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups, "Utilisation : " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse that speaks French: its help (argparse's own words replaced) and its usage
    errors, reported as one sentence with exit code 2."""

    def __init__(self, **kwargs) -> None:
        kwargs.update(add_help=False, formatter_class=_FrenchHelp)
        super().__init__(**kwargs)
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        self.add_argument("-h", "--help", action="help", help="affiche cette aide, puis quitte")

    def error(self, message: str) -> None:  # type: ignore[override]
        for pattern, french in _ARGPARSE_FRENCH:
            message = re.sub(pattern, french, message)
        raise DossierError(say("Commande incorrecte ({problem}) : voir « dossier-app --help ».",
                               problem=message))


_ARGPARSE_FRENCH = [
    (r"the following arguments are required: ", "il manque "),
    (r"unrecognized arguments: ", "arguments inconnus : "),
    (r"argument (\S+): invalid choice: (\S+) \(choose from (.*)\)", r"\1 ne peut pas valoir \2, mais \3"),
    (r"argument (\S+): expected one argument", r"\1 attend une valeur"),
    (r"invalid choice: (\S+) \(choose from (.*)\)", r"\1 n’existe pas, choisissez parmi \2"),
    (r"argument (\S+): ", r"\1 : "),
]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    _utf8_output()
    try:
        if argv and argv[0] in COMMANDS:
            return _run_command(argv)
        return _run_app(argv)
    except DossierError as error:
        _say(error.message, sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader went away (« dossier-app check x.ccpt | head »): nothing more to say, and
        # Python's own flush at exit must not fail again on the closed pipe.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR


def _say(text: str, stream=None) -> None:
    """Print ``text``, which can always be encoded: a lone surrogate (the undecodable bytes
    of a file name, say) is shown as U+FFFD instead of raising UnicodeEncodeError."""
    print(_SURROGATES.sub("\ufffd", text), file=stream or sys.stdout)


_SURROGATES = re.compile("[\ud800-\udfff]")


def _utf8_output() -> None:
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and (stream.encoding or "").lower().replace("-", "") != "utf8":
            with contextlib.suppress(AttributeError, ValueError):
                stream.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]


# --- the application ---------------------------------------------------------------------


def _run_app(argv: list[str]) -> int:
    parser = _Parser(prog="dossier-app",
                     description="Dossier CCPT : écrire son dossier de productions.",
                     epilog="Commandes : import, export, check, oral, badge, referential ; "
                            "«\u00a0dossier-app COMMANDE --help\u00a0» les détaille.")
    parser.add_argument("file", nargs="?", type=Path, metavar="FICHIER.ccpt",
                        help="dossier à ouvrir")
    parser.add_argument("--version", action="version", version=f"Dossier CCPT {__version__}",
                        help="affiche la version, puis quitte")
    parser.add_argument("--self-test", action="store_true",
                        help="vérifie une installation sans écran, puis quitte")
    parser.add_argument("--quit-after-show", action="store_true",
                        help="quitte dès que la fenêtre est affichée (mesures, tests)")
    args = parser.parse_args(argv)
    if args.self_test:
        return self_test()
    if sys.platform.startswith("linux") and not any(
            os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        raise DossierError(say("Aucun écran n’est disponible (ni DISPLAY ni WAYLAND_DISPLAY) : "
                               "lancez Dossier CCPT depuis une session graphique."))
    try:
        from .gui.app import run
    except ImportError:
        from .system_check import missing_packages

        raise DossierError(say("L’interface graphique a besoin de bibliothèques absentes : "
                               "installez-les avec « sudo apt-get install {packages} ».",
                               packages=" ".join(missing_packages(False)))) from None

    return run(args.file, quit_after_show=args.quit_after_show)


# --- commands ----------------------------------------------------------------------------


def _run_command(argv: list[str]) -> int:
    parser = _Parser(prog="dossier-app")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    importing = commands.add_parser("import", help="crée un dossier .ccpt à partir d’un JSON ou "
                                                   "d’un brouillon Word")
    importing.add_argument("input", type=Path, metavar="ENTREE.json|ENTREE.docx")
    importing.add_argument("-o", "--output", type=Path, required=True, metavar="SORTIE.ccpt")
    importing.add_argument("--force", action="store_true", help="remplace SORTIE si elle existe")
    importing.add_argument("--ccpt", metavar="ID", help="le CCPT du dossier (brouillon Word), s’il "
                                                        "n’y est pas reconnu")

    exporting = commands.add_parser("export", help="écrit le dossier en docx, json ou pdf")
    exporting.add_argument("input", type=Path, metavar="ENTREE.ccpt")
    exporting.add_argument("-o", "--output", type=Path, required=True, metavar="SORTIE")
    exporting.add_argument("--format", choices=FORMATS, help="par défaut, d’après l’extension")
    exporting.add_argument("--with-comments", action="store_true",
                           help="joint les commentaires non résolus (docx)")
    exporting.add_argument("--pseudonymize", action="store_true",
                           help="remplace les vrais noms par leurs pseudonymes")
    exporting.add_argument("--keep-contact", action="store_true",
                           help="avec --pseudonymize, garde l’adresse, le téléphone et l’e-mail "
                                "du candidat (json)")
    exporting.add_argument("--template", type=Path, metavar="MODELE.docx")

    checking = commands.add_parser("check", help="dit si le dossier est prêt pour le jury")
    checking.add_argument("input", type=Path, metavar="ENTREE.ccpt")

    oral = commands.add_parser("oral", help="écrit les fiches de l’oral (plan minuté, questions)")
    oral.add_argument("input", type=Path, metavar="ENTREE.ccpt")
    oral.add_argument("-o", "--output", type=Path, required=True, metavar="SORTIE.docx|SORTIE.pdf")
    oral.add_argument("--template", type=Path, metavar="MODELE.docx")

    badge = commands.add_parser("badge", help="écrit le badge Open Badges 3.0 du CCPT obtenu (JSON)")
    badge.add_argument("input", type=Path, metavar="ENTREE.ccpt")
    badge.add_argument("-o", "--output", type=Path, required=True, metavar="SORTIE.json|SORTIE.jwt")
    badge.add_argument("--signed", action="store_true",
                       help="signe le badge (VC-JWT, un texte) avec la clé Ed25519 de "
                            "l’organisation émettrice")

    proofreading = commands.add_parser("proofread", help="relit le dossier : grammaire, orthographe "
                                                         "et conseils d’écriture")
    proofreading.add_argument("input", type=Path, metavar="ENTREE.ccpt")
    proofreading.add_argument("--format", choices=("text", "json"), default="text")

    referential = commands.add_parser("referential", help="référentiel des CCPT")
    actions = referential.add_subparsers(dest="action", required=True, parser_class=_Parser)
    actions.add_parser("show", help="affiche le référentiel utilisé")
    install = actions.add_parser("install", help="installe un référentiel (fichier JSON)")
    install.add_argument("file", type=Path, metavar="REFERENTIEL.json")
    actions.add_parser("reset", help="revient au référentiel livré avec l’application")

    args = parser.parse_args(argv)
    paths = AppPaths.default()
    handlers: dict[str, Callable[[argparse.Namespace, AppPaths], int]] = {
        "import": _import, "export": _export, "check": _check, "oral": _oral,
        "badge": _badge, "proofread": _proofread, "referential": _referential,
    }
    return handlers[args.command](args, paths)


def _referential_for(paths: AppPaths) -> Referential:
    referential, problem = active_referential(paths)
    if problem:
        _say(f"Attention : le référentiel installé est ignoré ({problem})", sys.stderr)
    return referential


def _oral_rules_for(paths: AppPaths) -> OralRules:
    rules, problem = rules_in_use(paths)
    if problem:
        _say(f"Attention : les règles de l’oral installées sont ignorées ({problem})", sys.stderr)
    return rules


def _import(args: argparse.Namespace, paths: AppPaths) -> int:
    from .app.draft_import import DRAFT_SUFFIXES

    draft = args.input.suffix.lower() in DRAFT_SUFFIXES
    if not draft:
        check_input_file(args.input, say("le fichier JSON"), MAX_TEXT_BYTES)
    check_output(args.output, [args.input], streams=False)
    if args.output.exists() and not args.force:
        raise FileProblem(say("Le fichier « {file} » existe déjà : ajoutez --force pour le "
                              "remplacer.", file=display(args.output)))
    referential = _referential_for(paths)
    if args.ccpt is not None and referential.ccpt(args.ccpt) is None:
        raise FileProblem(say("Le CCPT « {ccpt} » n’existe pas ; choisissez parmi {ids}.",
                              ccpt=args.ccpt, ids=[c.id for c in referential.ccpts]))
    if draft:
        drafted = dossiers.import_draft(args.input, args.output, referential, LockIdentity.current(),
                                        args.ccpt)
        for line in drafted.report:
            _say(line.render())
        _say(f"Dossier créé : {display(args.output)}")
        return EXIT_OK
    if args.ccpt is not None:
        raise FileProblem(say("L’option --ccpt sert au brouillon Word : le fichier JSON « {file} » "
                              "donne lui-même son CCPT.", file=display(args.input)))
    imported = dossiers.import_json(args.input, args.output, referential, LockIdentity.current())
    for warning in imported.warnings:
        _say(f"Attention : {warning}", sys.stderr)
    _say(f"Dossier créé : {display(args.output)}")
    return EXIT_OK


def _export(args: argparse.Namespace, paths: AppPaths) -> int:
    fmt = args.format or args.output.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise DossierError(say("Format de sortie inconnu pour « {file} » : choisissez --format "
                               "docx, json ou pdf.", file=display(Path(args.output.name))))
    _check_dossier_and_template(args, streams=fmt == "json")
    if fmt == "json":
        dossiers.export_json(args.input, args.output, pseudonymized=args.pseudonymize,
                             keep_contact=args.keep_contact)
    else:
        from .export.service import export_document
        from .export.word import joined_pdfs

        dossier = dossiers.read(args.input)
        result = export_document(dossier, _referential_for(paths), args.output,
                                 fmt, with_comments=args.with_comments,
                                 pseudonymized=args.pseudonymize, template=args.template)
        joined = len(joined_pdfs(dossier)) if fmt == "docx" else 0
        if joined:  # the list says « joint au dossier PDF »: the Word file cannot hold them
            _say(f"Attention : {joined} document(s) PDF des annexes ne sont pas dans le fichier "
                 f"Word ; ils sont joints à l’export PDF (-o dossier.pdf) : envoyez celui-ci au "
                 f"jury, ou joignez-les à part.", sys.stderr)
        if not result.toc_page_numbers:
            _say("Attention : le sommaire n’a pas pu être numéroté ; Word le numérote quand on "
                 "met à jour la table (F9).", sys.stderr)
        if result.comments_on_headings:
            _say(f"Attention : commentaires placés sur le titre de leur chapitre, faute d’y "
                 f"retrouver leur passage : {result.comments_on_headings}.", sys.stderr)
    if args.pseudonymize:  # no pseudonym reaches inside the annexes' documents
        from .core.privacy import attached_files

        unchanged = len(attached_files(dossiers.read(args.input)))
        if unchanged == 1:
            _say("Attention : 1 document joint aux annexes est exporté tel quel, sans pseudonymes : "
                 "vérifiez qu’il ne montre aucun vrai nom.", sys.stderr)
        elif unchanged:
            _say(f"Attention : {unchanged} documents joints aux annexes sont exportés tels quels, "
                 f"sans pseudonymes : vérifiez qu’ils ne montrent aucun vrai nom.", sys.stderr)
    if args.output.is_file():  # into a pipe or onto the terminal, the JSON says it all
        _say(f"Dossier exporté : {display(args.output)}")
    return EXIT_OK


def _check_dossier_and_template(args: argparse.Namespace, streams: bool) -> None:
    """The input dossier and the template can be read, and the output written without
    replacing either, before any work starts."""
    check_input_file(args.input, say("le dossier"), ANY_SIZE)
    if args.template is not None:
        check_input_file(args.template, say("le modèle"), ANY_SIZE)
    check_output(args.output, [args.input] + ([args.template] if args.template else []),
                 streams=streams)


def _oral(args: argparse.Namespace, paths: AppPaths) -> int:
    fmt = args.output.suffix.lower().lstrip(".")
    if fmt not in ORAL_FORMATS:
        raise DossierError(say("Format de sortie inconnu pour « {file} » : les fiches de l’oral "
                               "s’écrivent en .docx ou en .pdf.", file=display(Path(args.output.name))))
    _check_dossier_and_template(args, streams=False)
    from .export.service import export_oral

    export_oral(dossiers.read(args.input), _referential_for(paths), _oral_rules_for(paths),
                args.output, fmt, template=args.template)
    _say(f"Fiches de l’oral écrites : {display(args.output)}")
    return EXIT_OK


def _badge(args: argparse.Namespace, paths: AppPaths) -> int:
    from .core.badge import SigningImpossible, badge, configured_issuer, sign, signing_key

    issuer = configured_issuer(paths)
    key = None
    if args.signed:
        try:
            key = signing_key(issuer)
        except SigningImpossible as error:
            raise DossierError(say("Le badge ne peut pas être signé : {problem}. Sans --signed, "
                                   "il s’écrit non signé.", problem=error.sentence)) from None
    check_input_file(args.input, say("le dossier"), ANY_SIZE)
    check_output(args.output, [args.input], streams=False)
    credential = badge(dossiers.read(args.input), _referential_for(paths), issuer=issuer,
                       now=SYSTEM.now())
    if key is not None:
        write_private_bytes(args.output, (sign(credential, key) + "\n").encode("ascii"))
        _say(f"Badge signé écrit (VC-JWT) : {display(args.output)}")
        return EXIT_OK
    write_private_bytes(args.output, (json.dumps(credential, ensure_ascii=False, indent=2)
                                      + "\n").encode("utf-8"))
    _say(f"Badge écrit (non signé{'' if issuer else ', auto-déclaré'}) : {display(args.output)}")
    return EXIT_OK


def _check(args: argparse.Namespace, paths: AppPaths) -> int:
    check_input_file(args.input, say("le dossier"), ANY_SIZE)
    referential = _referential_for(paths)
    dossier = dossiers.read(args.input)
    report = check_dossier(dossier, referential, load_guidance(), _oral_rules_for(paths))
    _say(format_report(report, dossier, referential))
    from .core.privacy import unlisted_names  # with check only: the window starts without it

    names = unlisted_names(dossier, _speller(paths))
    if names:
        _say("\n" + format_unlisted(names))
    return EXIT_OK if report.ready else EXIT_NOT_READY


def _proofread(args: argparse.Namespace, paths: AppPaths) -> int:
    from .app.proofread_report import proofread_json, proofread_lines
    from .core.grammar import PACKAGE, grammar_checker
    from .core.proof_ignores import ProofIgnores, ignores_path
    from .core.proofread import proofread
    from .core.writing_advice import advice_in_use

    check_input_file(args.input, say("le dossier"), ANY_SIZE)
    dossier = dossiers.read(args.input)
    advice, problem = advice_in_use(paths)
    if problem:
        _say(f"Attention : les conseils d’écriture installés sont ignorés ({problem})", sys.stderr)
    grammar = grammar_checker()
    if grammar is None:
        _say(f"Attention : la vérification grammaticale n’est pas installée (paquet {PACKAGE}) : "
             f"seuls l’orthographe et les conseils d’écriture sont relus.", sys.stderr)
    findings = proofread(dossier, grammar=grammar, speller=_speller(paths), advice=advice,
                         ignores=ProofIgnores(ignores_path(paths.data)))
    if args.format == "json":
        _say(json.dumps(proofread_json(findings), ensure_ascii=False, indent=2))
    else:
        for line in proofread_lines(findings):
            _say(line)
    return EXIT_OK


def _speller(paths: AppPaths) -> FrenchSpeller | None:
    """The French dictionary, with the user's own words as the window has them; None (the
    names are then looked for after civilities and among first names only) when an
    installation lacks its files."""
    from .core.spelling import FrenchSpeller, PersonalDictionary

    try:
        return FrenchSpeller(PersonalDictionary(paths.data / "dictionnaire-personnel.txt"))
    except OSError:
        return None


def _referential(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.action == "install":
        _precheck_referential(args.file)
        referential = install_referential(args.file, paths)
        _say(f"Référentiel installé : {referential.title}, édition {referential.edition}.")
    elif args.action == "reset":
        removed = remove_installed_referential(paths)
        _say("Retour au référentiel livré avec l’application." if removed
             else "Le référentiel livré avec l’application est déjà utilisé.")
    else:
        referential = _referential_for(paths)
        _say(f"{referential.title} — édition {referential.edition} du "
             f"{referential.date.strftime('%d/%m/%Y')}\nFichier : {display(referential.path)}")
        if referential.note:
            _say(referential.note)
        for ccpt in referential.ccpts:
            _say(f"\n{ccpt.label} ({ccpt.id}) — TP {ccpt.tp}, {level_today(ccpt.level)}")
            for competence in ccpt.competences:
                mark = " [provisoire]" if competence.provenance.provisional else ""
                _say(f"  {competence.number}. {competence.label}{mark}")
            _say(trade_text(ccpt))
    return EXIT_OK


def _precheck_referential(path: Path) -> None:
    """What ``load_referential``, which decodes the file on its own, would not survive: a
    pipe, a device, a file too big, too deep or with an integer of thousands of digits."""
    check_input_file(path, say("le référentiel"), MAX_TEXT_BYTES)
    try:
        refuse_bad_numbers(load_json_file(path, say("le référentiel")))
    except InvalidData as error:
        raise error.located(display(Path(path.name))) from None


# --- self-test ---------------------------------------------------------------------------


def self_test() -> int:
    """Check an installed copy without a screen; print one line per step."""
    steps: list[tuple[str, Callable[[Path], str]]] = [*STEPS, ("Qt (sans écran)", _test_qt)]
    failures = 0
    with tempfile.TemporaryDirectory(prefix="dossier-ccpt-self-test-") as folder:
        for name, step in steps:
            try:
                detail = step(Path(folder))
                print(f"[ok] {name} : {detail}")
            except Exception as error:  # report every failure, whatever it is
                failures += 1
                message = error.message if isinstance(error, DossierError) else repr(error)
                print(f"[échec] {name} : {message}")
    print("Auto-test réussi." if not failures else f"Auto-test : {failures} échec(s).")
    return EXIT_OK if not failures else EXIT_ERROR


def _test_qt(folder: Path) -> str:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .system_check import missing_packages

    missing = missing_packages(screen=False)
    if missing:
        raise DossierError(say("bibliothèques système manquantes : {packages}",
                               packages=" ".join(missing)))
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    label = QLabel("Dossier CCPT")
    label.show()
    app.processEvents()
    shown = label.isVisible()
    label.close()
    if not shown:
        raise DossierError(say("la fenêtre de test ne s’affiche pas"))
    return f"Qt {__import__('PySide6').__version__}, plateforme « {app.platformName()} »"


if __name__ == "__main__":
    sys.exit(main())
