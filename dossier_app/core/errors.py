"""Errors the user sees: each carries one plain French sentence."""

from __future__ import annotations

from pathlib import Path


class DossierError(Exception):
    """An expected failure, reported to the user as ``message`` (French, one sentence)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidData(DossierError):
    """A field of a JSON document (interchange or referential) is missing or wrong."""

    def __init__(self, field: str, problem: str, source: Path | str | None = None) -> None:
        self.field = field
        self.problem = problem
        self.source = source
        where = f"le fichier « {_name(source)} »" if source is not None else "les données"
        super().__init__(f"Dans {where}, le champ « {field} » {problem}.")

    def located(self, source: Path | str) -> InvalidData:
        """The same error, naming the file it came from."""
        return InvalidData(self.field, self.problem, source)


class FileProblem(DossierError):
    """A file cannot be read or written, or is not what it should be."""


class ReadOnlyError(DossierError):
    """A write was attempted on a dossier opened read-only."""


def _name(source: Path | str) -> str:
    return Path(source).name if isinstance(source, Path) else str(source)


def describe_os_error(error: OSError) -> str:
    """The cause of an OS error in plain French (no errno jargon)."""
    import errno

    reasons = {
        errno.ENOENT: "le fichier ou le dossier n’existe pas",
        errno.EACCES: "l’accès est refusé",
        errno.EPERM: "l’accès est refusé",
        errno.ENOSPC: "le disque est plein",
        errno.EROFS: "le support est en lecture seule",
        errno.EISDIR: "c’est un dossier, pas un fichier",
        errno.ENOTDIR: "un élément du chemin n’est pas un dossier",
        errno.ENAMETOOLONG: "le nom est trop long",
        errno.ELOOP: "le chemin tourne en rond (lien symbolique en boucle)",
        errno.EINVAL: "le nom n’est pas valide pour ce système",
        errno.EBUSY: "le fichier est utilisé par un autre programme",
        errno.ETXTBSY: "le fichier est utilisé par un autre programme",
        errno.EEXIST: "un fichier de ce nom existe déjà",
        errno.EFBIG: "le fichier est trop gros pour ce support",
        errno.EIO: "le support ne répond pas (erreur de lecture ou d’écriture)",
        errno.ENXIO: "le périphérique n’est pas disponible",
        errno.ENODEV: "le périphérique n’est pas disponible",
        errno.EMFILE: "trop de fichiers sont ouverts",
        errno.ENOMEM: "la mémoire manque",
        errno.ENOTTY: "ce n’est pas un fichier ordinaire",
    }
    edquot = getattr(errno, "EDQUOT", None)
    if edquot is not None:
        reasons[edquot] = "le quota de disque est atteint"
    # Never the system's own words: they are English on many machines.
    return reasons.get(error.errno or -1, f"erreur du système (code {error.errno})"
                       if error.errno else "erreur du système")
