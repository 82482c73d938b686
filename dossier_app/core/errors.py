"""Errors the user sees: each carries one sentence (:mod:`.sentence`), French as the
command line prints it, and translated by the window."""

from __future__ import annotations

from pathlib import Path

from .sentence import Sentence, say


class DossierError(Exception):
    """An expected failure, reported to the user as ``sentence``."""

    def __init__(self, sentence: Sentence) -> None:
        super().__init__(sentence.render())
        self.sentence = sentence

    @property
    def message(self) -> str:
        """The sentence in French (the command line's language)."""
        return self.sentence.render()


class InvalidData(DossierError):
    """A field of a JSON document (interchange or referential) is missing or wrong."""

    def __init__(self, field: str, problem: Sentence, source: Path | str | None = None) -> None:
        self.field = field
        self.problem = problem
        self.source = source
        if source is None:
            sentence = say("Dans les données, le champ « {field} » {problem}.",
                           field=field, problem=problem)
        else:
            sentence = say("Dans le fichier « {file} », le champ « {field} » {problem}.",
                           file=_name(source), field=field, problem=problem)
        super().__init__(sentence)

    def located(self, source: Path | str) -> InvalidData:
        """The same error, naming the file it came from."""
        return InvalidData(self.field, self.problem, source)


class FileProblem(DossierError):
    """A file cannot be read or written, or is not what it should be."""


class ReadOnlyError(DossierError):
    """A write was attempted on a dossier opened read-only."""


def _name(source: Path | str) -> str:
    return Path(source).name if isinstance(source, Path) else str(source)


def describe_os_error(error: OSError) -> Sentence:
    """The cause of an OS error in plain words (no errno jargon)."""
    import errno

    reasons = {
        errno.ENOENT: say("le fichier ou le répertoire n’existe pas"),
        errno.EACCES: say("l’accès est refusé"),
        errno.EPERM: say("l’accès est refusé"),
        errno.ENOSPC: say("le disque est plein"),
        errno.EROFS: say("le support est en lecture seule"),
        errno.EISDIR: say("c’est un répertoire, pas un fichier"),
        errno.ENOTDIR: say("un élément du chemin n’est pas un répertoire"),
        errno.ENAMETOOLONG: say("le nom est trop long"),
        errno.ELOOP: say("le chemin tourne en rond (lien symbolique en boucle)"),
        errno.EINVAL: say("le nom n’est pas valide pour ce système"),
        errno.EBUSY: say("le fichier est utilisé par un autre programme"),
        errno.ETXTBSY: say("le fichier est utilisé par un autre programme"),
        errno.EEXIST: say("un fichier de ce nom existe déjà"),
        errno.EFBIG: say("le fichier est trop gros pour ce support"),
        errno.EIO: say("le support ne répond pas (erreur de lecture ou d’écriture)"),
        errno.ENXIO: say("le périphérique n’est pas disponible"),
        errno.ENODEV: say("le périphérique n’est pas disponible"),
        errno.EMFILE: say("trop de fichiers sont ouverts"),
        errno.ENOMEM: say("la mémoire manque"),
        errno.ENOTTY: say("ce n’est pas un fichier ordinaire"),
    }
    edquot = getattr(errno, "EDQUOT", None)
    if edquot is not None:
        reasons[edquot] = say("le quota de disque est atteint")
    # Never the system's own words: they are English on many machines.
    if error.errno in reasons:
        return reasons[error.errno]
    return (say("erreur du système (code {code})", code=error.errno) if error.errno
            else say("erreur du système"))


class Cancelled(DossierError):
    """The user stopped a long task (an export); nothing was written."""
