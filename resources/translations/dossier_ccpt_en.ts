<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../dossier_app/gui/background.py" line="53"/>
        <source>L’opération n’a pas pu aboutir : {cause}.</source>
        <translation>The operation could not be completed: {cause}.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="206"/>
        <source>le modèle</source>
        <translation>the template</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/self_test.py" line="42"/>
        <source>le dossier relu diffère du dossier écrit</source>
        <translation>the dossier read back differs from the dossier written</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/self_test.py" line="50"/>
        <source>la pseudonymisation a laissé un vrai nom</source>
        <translation>pseudonymisation left a real name</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/self_test.py" line="68"/>
        <source>le dictionnaire français ne répond pas comme attendu</source>
        <translation>the French dictionary does not respond as expected</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/self_test.py" line="82"/>
        <source>le correcteur grammatical manque à l’installation</source>
        <translation>the grammar checker is missing from the installation</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/self_test.py" line="87"/>
        <source>le correcteur grammatical ne répond pas comme attendu</source>
        <translation>the grammar checker does not respond as expected</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/session.py" line="211"/>
        <source>Ce dossier est ouvert en lecture seule : la relecture ne peut pas y être reprise.</source>
        <translation>This dossier is open read-only: the review cannot be brought back into it.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/session.py" line="214"/>
        <source>Le dossier n’a pas pu être enregistré avant de reprendre la relecture : rien n’a été repris.</source>
        <translation>The dossier could not be saved before bringing back the review: nothing was brought back.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/session.py" line="322"/>
        <source>Les copies de sauvegarde automatiques ne sont plus faites, votre dossier reste bien enregistré. {cause}</source>
        <translation>Automatic backup copies are no longer being made, but your dossier is still saved. {cause}</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/session.py" line="325"/>
        <source>Les copies de sauvegarde automatiques ne sont plus faites, votre dossier reste bien enregistré : impossible d’écrire dans « {folder} » : {reason}.</source>
        <translation>Automatic backup copies are no longer being made, but your dossier is still saved. Cannot write to “{folder}”: {reason}.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/targets.py" line="28"/>
        <source>Le fichier de sortie « {output} » est le fichier d’entrée « {input} » : choisissez un autre nom.</source>
        <translation>The output file “{output}” is the input file “{input}”: choose another name.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/targets.py" line="38"/>
        <source>Le nom « {file} » n’est pas valide.</source>
        <translation>The name “{file}” is not valid.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/targets.py" line="42"/>
        <location filename="../../dossier_app/core/badge.py" line="162"/>
        <location filename="../../dossier_app/core/errors.py" line="66"/>
        <location filename="../../dossier_app/core/files.py" line="209"/>
        <source>c’est un répertoire, pas un fichier</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/targets.py" line="59"/>
        <source>son répertoire n’existe pas</source>
        <translation>its folder does not exist</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/targets.py" line="63"/>
        <location filename="../../dossier_app/core/errors.py" line="67"/>
        <location filename="../../dossier_app/storage/backups.py" line="190"/>
        <source>un élément du chemin n’est pas un répertoire</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/targets.py" line="45"/>
        <location filename="../../dossier_app/core/badge.py" line="164"/>
        <location filename="../../dossier_app/core/errors.py" line="80"/>
        <location filename="../../dossier_app/core/files.py" line="63"/>
        <location filename="../../dossier_app/core/files.py" line="211"/>
        <source>ce n’est pas un fichier ordinaire</source>
        <translation>it is not an ordinary file</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/targets.py" line="73"/>
        <source>c’est un tube que personne ne lit</source>
        <translation>it is a pipe that nobody is reading</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/targets.py" line="83"/>
        <location filename="../../dossier_app/core/files.py" line="145"/>
        <location filename="../../dossier_app/export/pdf.py" line="125"/>
        <location filename="../../dossier_app/export/pdf.py" line="202"/>
        <source>Impossible d’écrire « {file} » : {reason}.</source>
        <translation>Cannot write “{file}”: {reason}.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/errors.py" line="32"/>
        <source>Dans les données, le champ « {field} » {problem}.</source>
        <translation>In the data, the field “{field}” {problem}.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/errors.py" line="35"/>
        <source>Dans le fichier « {file} », le champ « {field} » {problem}.</source>
        <translation>In the file “{file}”, the field “{field}” {problem}.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/errors.py" line="61"/>
        <source>le fichier ou le répertoire n’existe pas</source>
        <translation>the file or folder does not exist</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/errors.py" line="62"/>
        <location filename="../../dossier_app/core/errors.py" line="63"/>
        <location filename="../../dossier_app/core/files.py" line="213"/>
        <source>l’accès est refusé</source>
        <translation>access is denied</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/errors.py" line="64"/>
        <location filename="../../dossier_app/storage/backups.py" line="239"/>
        <location filename="../../dossier_app/storage/dossier_file.py" line="692"/>
        <source>le disque est plein</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/errors.py" line="65"/>
        <location filename="../../dossier_app/storage/backups.py" line="241"/>
        <source>le support est en lecture seule</source>
        <translation>the medium is read-only</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/errors.py" line="68"/>
        <source>le nom est trop long</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/errors.py" line="69"/>
        <source>le chemin tourne en rond (lien symbolique en boucle)</source>
        <translation>the path goes round in circles (a symbolic link loop)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/errors.py" line="70"/>
        <source>le nom n’est pas valide pour ce système</source>
        <translation>the name is not valid on this system</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/errors.py" line="71"/>
        <location filename="../../dossier_app/core/errors.py" line="72"/>
        <source>le fichier est utilisé par un autre programme</source>
        <translation>the file is in use by another program</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/errors.py" line="73"/>
        <source>un fichier de ce nom existe déjà</source>
        <translation>a file with this name already exists</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/errors.py" line="74"/>
        <source>le fichier est trop gros pour ce support</source>
        <translation>the file is too large for this medium</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/errors.py" line="75"/>
        <source>le support ne répond pas (erreur de lecture ou d’écriture)</source>
        <translation>the medium is not responding (read or write error)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/errors.py" line="76"/>
        <location filename="../../dossier_app/core/errors.py" line="77"/>
        <source>le périphérique n’est pas disponible</source>
        <translation>the device is not available</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/errors.py" line="78"/>
        <source>trop de fichiers sont ouverts</source>
        <translation>too many files are open</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/errors.py" line="79"/>
        <source>la mémoire manque</source>
        <translation>there is not enough memory</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/errors.py" line="84"/>
        <source>le quota de disque est atteint</source>
        <translation>the disk quota has been reached</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/errors.py" line="88"/>
        <source>erreur du système (code {code})</source>
        <translation>system error (code {code})</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/errors.py" line="89"/>
        <source>erreur du système</source>
        <translation>system error</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/files.py" line="140"/>
        <source>Impossible d’écrire « {file} » : {problem} ; choisissez un autre nom.</source>
        <translation>Cannot write “{file}”: {problem}; choose another name.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/files.py" line="206"/>
        <source>{what:capital} « {file} » n’a pas un nom valide.</source>
        <translation>{what:capital} “{file}” does not have a valid name.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/files.py" line="215"/>
        <source>{what:capital} « {file} » est trop gros ({size} ; au plus {limit}).</source>
        <translation>{what:capital} “{file}” is too large ({size}; at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/files.py" line="222"/>
        <source>Impossible d’ouvrir {what} « {file} » : {reason}.</source>
        <translation>Cannot open {what} “{file}”: {reason}.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/files.py" line="230"/>
        <source>{units},{tenth} Mo</source>
        <translation>{units}.{tenth} MB</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/files.py" line="254"/>
        <source>{what:capital} « {file} » est trop gros (au plus {limit}).</source>
        <translation>{what:capital} “{file}” is too large (at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/files.py" line="258"/>
        <source>Impossible de lire {what} « {file} » : {reason}.</source>
        <translation>Cannot read {what} “{file}”: {reason}.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/files.py" line="262"/>
        <source>{what:capital} « {file} » n’est pas un texte UTF-8.</source>
        <translation>{what:capital} “{file}” is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/guidance.py" line="76"/>
        <source>le fichier de conseils</source>
        <translation>the guidance file</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/guidance.py" line="80"/>
        <source>{what:capital} « {file} » n’est pas du JSON valide.</source>
        <translation>{what:capital} “{file}” is not valid JSON.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/guidance.py" line="118"/>
        <source>n’est pas attendu : les longueurs se règlent par {figures}, chacun avec « value » et « source » ou « assumption »</source>
        <translation>is not expected: lengths are set by {figures}, each with “value” and “source” or “assumption”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/guidance.py" line="134"/>
        <source>manque : chaque chiffre donne sa source, ou « assumption » s’il est une hypothèse</source>
        <translation>is missing: each figure gives its source, or “assumption” if it is a hypothesis</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/guidance.py" line="160"/>
        <source>n’est pas attendu : un CCPT y donne les chapitres {chapters}, chacun avec « example » et « relances »</source>
        <translation>is not expected: a CCPT gives the chapters {chapters} there, each with “example” and “relances”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/interchange.py" line="94"/>
        <source>le fichier JSON</source>
        <translation>the JSON file</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/interchange.py" line="108"/>
        <source>un dossier CCPT</source>
        <translation>a CCPT dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/interchange.py" line="112"/>
        <source>désigne un CCPT inconnu (« {ccpt} »)</source>
        <translation>names an unknown CCPT (“{ccpt}”)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/interchange.py" line="118"/>
        <source>suppose qu’un CCPT soit choisi (champ ccpt)</source>
        <translation>needs a CCPT to be chosen (field ccpt)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/interchange.py" line="122"/>
        <source>doit être le numéro d’une compétence du CCPT, de 1 à {last}</source>
        <translation>must be the number of a competence of the CCPT, from 1 to {last}</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/interchange.py" line="131"/>
        <source>suppose que le référentiel donne les compétences du métier visé</source>
        <translation>requires the referential to give the target trade’s competences</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/interchange.py" line="183"/>
        <source>doit être le numéro d’une compétence du CCPT choisi</source>
        <translation>must be the number of a competence of the chosen CCPT</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/interchange.py" line="190"/>
        <source>Champ inconnu ignoré : « {field} ».</source>
        <translation>Unknown field ignored: “{field}”.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/interchange.py" line="192"/>
        <source>Caractères de contrôle retirés du champ « {field} » (un document Word ne peut pas les contenir).</source>
        <translation>Control characters removed from the field “{field}” (a Word document cannot hold them).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/interchange.py" line="199"/>
        <source>Et {count} autres avertissements.</source>
        <translation>And {count} more warnings.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/interchange.py" line="212"/>
        <source>est antérieure à la date de début du mandat</source>
        <translation>is before the start date of the mandate</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/interchange.py" line="306"/>
        <source>reprend deux fois la même production</source>
        <translation>lists the same production twice</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/interchange.py" line="314"/>
        <source>joint des documents qui pèsent {size} ensemble, au plus {limit} (le dossier doit pouvoir partir par courriel)</source>
        <translation>attaches documents totalling {size}, at most {limit} (the dossier must still fit in an email)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/interchange.py" line="366"/>
        <source>donne deux décisions pour le même CCPT</source>
        <translation>gives two decisions for the same CCPT</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/interchange.py" line="455"/>
        <source>reprend deux fois le même jour</source>
        <translation>lists the same day twice</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/after_jury.py" line="54"/>
        <source>le fichier des suites de parcours</source>
        <translation>the next steps file</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/after_jury.py" line="63"/>
        <source>un fichier de suites de parcours</source>
        <translation>a next steps file</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/after_jury.py" line="66"/>
        <source>doit contenir au moins une suite de parcours</source>
        <translation>must hold at least one next step</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/after_jury.py" line="71"/>
        <source>« {id} » est déjà l’identifiant d’une autre suite</source>
        <translation>“{id}” is already the identifier of another next step</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/after_jury.py" line="79"/>
        <location filename="../../dossier_app/core/interchange.py" line="266"/>
        <location filename="../../dossier_app/core/interchange.py" line="274"/>
        <location filename="../../dossier_app/core/path_template.py" line="78"/>
        <location filename="../../dossier_app/core/referential.py" line="141"/>
        <source>ne doit pas être vide</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/after_jury.py" line="88"/>
        <source>doit nommer au moins une action</source>
        <translation>must name at least one action</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/after_jury.py" line="95"/>
        <source>doit valoir « validated », « not_validated » ou « pending »</source>
        <translation>must be “validated”, “not_validated” or “pending”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/after_jury.py" line="97"/>
        <source>doit nommer au moins un résultat</source>
        <translation>must name at least one outcome</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/after_jury.py" line="124"/>
        <source>Les {total} CCPT sont validés.</source>
        <translation>The {total} CCPT are validated.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/after_jury.py" line="126"/>
        <source>Les {total} CCPT sont en attente de résultat.</source>
        <translation>The {total} CCPT are awaiting their result.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/after_jury.py" line="128"/>
        <source>Aucun CCPT validé sur {total} pour l’instant.</source>
        <translation>No CCPT validated of {total} so far.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/after_jury.py" line="130"/>
        <source>Résultat partiel : 1 CCPT validé sur {total}</source>
        <translation>Partial outcome: 1 CCPT validated of {total}</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/after_jury.py" line="131"/>
        <source>Résultat partiel : {validated} CCPT validés sur {total}</source>
        <translation>Partial outcome: {validated} CCPT validated of {total}</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/interchange.py" line="422"/>
        <source>reprend la compétence {competence}, qui a déjà sa production</source>
        <translation>repeats competence {competence}, which already has its production</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/interchange.py" line="427"/>
        <source>reprend deux fois la même compétence</source>
        <translation>has the same competence twice</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/interchange.py" line="432"/>
        <source>reprend l’identifiant d’un autre commentaire</source>
        <translation>repeats the identifier of another comment</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/interchange.py" line="310"/>
        <location filename="../../dossier_app/core/interchange.py" line="436"/>
        <location filename="../../dossier_app/core/interchange.py" line="447"/>
        <source>désigne la production {production}, qui n’existe pas</source>
        <translation>names production {production}, which does not exist</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/interchange.py" line="442"/>
        <source>reprend deux fois la production {production}</source>
        <translation>repeats production {production}</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/interchange.py" line="452"/>
        <source>reprend l’identifiant d’une autre question</source>
        <translation>repeats the identifier of another question</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="96"/>
        <source>le fichier</source>
        <translation>the file</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="100"/>
        <source>{what:capital} « {file} » contient trop de valeurs JSON (au plus {limit}).</source>
        <translation>{what:capital} “{file}” contains too many JSON values (at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="106"/>
        <source>{what:capital} « {file} » n’est pas du JSON valide (ligne {line}, colonne {column}).</source>
        <translation>{what:capital} “{file}” is not valid JSON (line {line}, column {column}).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="112"/>
        <source>{what:capital} « {file} » n’est pas du JSON lisible.</source>
        <translation>{what:capital} “{file}” is not readable JSON.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="120"/>
        <source>{what:capital} « {file} » imbrique trop de listes ou d’objets JSON (au plus {limit} niveaux).</source>
        <translation>{what:capital} “{file}” nests too many JSON lists or objects (at most {limit} levels).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="147"/>
        <source>contient « {value} », un nombre que l’application ne peut pas lire</source>
        <translation>contains “{value}”, a number the application cannot read</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="174"/>
        <source>doit être un objet JSON, pas null</source>
        <translation>must be a JSON object, not null</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="175"/>
        <source>doit être un objet JSON</source>
        <translation>must be a JSON object</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/interchange.py" line="396"/>
        <location filename="../../dossier_app/core/jsonread.py" line="195"/>
        <location filename="../../dossier_app/core/jsonread.py" line="287"/>
        <source>est obligatoire et manque</source>
        <translation>is required and missing</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="203"/>
        <source>est obligatoire et ne peut pas valoir null</source>
        <translation>is required and cannot be null</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="212"/>
        <source>doit être un texte, pas null</source>
        <translation>must be a text, not null</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="213"/>
        <source>doit être un texte</source>
        <translation>must be a text</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="218"/>
        <source>dépasse {limit} caractères ({length})</source>
        <translation>is longer than {limit} characters ({length})</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="222"/>
        <source>contient un caractère invalide (U+{code}, une moitié de paire de substitution)</source>
        <translation>contains an invalid character (U+{code}, half of a surrogate pair)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="239"/>
        <source>doit être un nombre entier, pas « {value} »</source>
        <translation>must be a whole number, not “{value}”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="243"/>
        <source>doit être un nombre entier</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="248"/>
        <location filename="../../dossier_app/core/jsonread.py" line="271"/>
        <source>doit être compris entre {minimum} et {maximum}</source>
        <translation>must be between {minimum} and {maximum}</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="251"/>
        <source>doit valoir au moins {minimum}</source>
        <translation>must be at least {minimum}</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="253"/>
        <source>doit valoir au plus {maximum}</source>
        <translation>must be at most {maximum}</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="254"/>
        <source>est un nombre trop grand</source>
        <translation>is too large a number</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="255"/>
        <source>est un nombre trop petit</source>
        <translation>is too small a number</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="266"/>
        <source>doit être un nombre, pas « {value} »</source>
        <translation>must be a number, not “{value}”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="269"/>
        <source>doit être un nombre</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="280"/>
        <source>doit valoir true ou false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="302"/>
        <source>vaut « {value} » au lieu de l’une des valeurs {allowed}</source>
        <translation>is “{value}” instead of one of the values {allowed}</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="322"/>
        <source>doit être une liste de textes, pas null</source>
        <translation>must be a list of texts, not null</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="323"/>
        <location filename="../../dossier_app/core/jsonread.py" line="346"/>
        <source>doit être une liste de textes</source>
        <translation>must be a list of texts</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="325"/>
        <source>doit être une liste, pas null</source>
        <translation>must be a list, not null</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="326"/>
        <source>doit être une liste</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="329"/>
        <source>contient {count} éléments, au plus {limit} sont acceptés</source>
        <translation>contains {count} items, but at most {limit} are accepted</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="358"/>
        <source>doit être un nombre entier compris entre {minimum} et {maximum}</source>
        <translation>must be a whole number between {minimum} and {maximum}</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="368"/>
        <source>doit être un texte en base64</source>
        <translation>must be base64 text</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="369"/>
        <source>contient plus de {limit} une fois décodé</source>
        <translation>holds more than {limit} once decoded</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="379"/>
        <source>n’est pas un texte en base64 valide</source>
        <translation>is not valid base64 text</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="388"/>
        <source>doit valoir « {format} » : ce n’est pas {what}</source>
        <translation>must be “{format}”: this is not {what}</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="392"/>
        <source>doit être un nombre entier positif</source>
        <translation>must be a positive whole number</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="394"/>
        <source>vaut {version} : ce fichier vient d’une version plus récente de l’application, mettez-la à jour pour le lire</source>
        <translation>is {version}: this file comes from a newer version of the application; update the application to read it</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="413"/>
        <source>doit être une date au format AAAA-MM-JJ</source>
        <translation>must be a date in the form YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="419"/>
        <source>contient « {value} », qui n’est pas une date valide (AAAA-MM-JJ)</source>
        <translation>contains “{value}”, which is not a valid date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="426"/>
        <source>doit être une date et heure (AAAA-MM-JJTHH:MM:SS)</source>
        <translation>must be a date and time (YYYY-MM-DDTHH:MM:SS)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/jsonread.py" line="432"/>
        <source>contient « {value} », qui n’est pas une date et heure valide (AAAA-MM-JJTHH:MM:SS)</source>
        <translation>contains “{value}”, which is not a valid date and time (YYYY-MM-DDTHH:MM:SS)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/names.py" line="17"/>
        <source>un chevron</source>
        <translation>an angle bracket</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/names.py" line="17"/>
        <source>un deux-points</source>
        <translation>a colon</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/names.py" line="18"/>
        <source>un guillemet droit</source>
        <translation>a straight double quote</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/names.py" line="18"/>
        <source>une barre verticale</source>
        <translation>a vertical bar</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/names.py" line="19"/>
        <source>un point d’interrogation</source>
        <translation>a question mark</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/names.py" line="19"/>
        <source>un astérisque</source>
        <translation>an asterisk</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/names.py" line="28"/>
        <source>le nom est vide</source>
        <translation>the name is empty</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/names.py" line="32"/>
        <source>il contient un caractère de contrôle</source>
        <translation>it contains a control character</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/names.py" line="33"/>
        <source>il contient {sign}, que Windows n’accepte pas dans un nom de fichier</source>
        <translation>it contains {sign}, which Windows does not accept in a file name</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/names.py" line="36"/>
        <source>il se termine par un point ou une espace, que Windows retire</source>
        <translation>it ends with a dot or a space, which Windows removes</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/names.py" line="39"/>
        <source>« {name} » est un nom réservé par Windows</source>
        <translation>“{name}” is a name reserved by Windows</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/names.py" line="41"/>
        <source>le nom est trop long (plus de {count} caractères)</source>
        <translation>the name is too long (more than {count} characters)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/path_template.py" line="59"/>
        <source>le modèle de parcours</source>
        <translation>the path template</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/path_template.py" line="68"/>
        <source>un modèle de parcours</source>
        <translation>a path template</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/path_template.py" line="71"/>
        <source>doit contenir au moins une étape</source>
        <translation>must contain at least one step</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/referential.py" line="102"/>
        <source>le référentiel</source>
        <translation>the referential</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/referential.py" line="110"/>
        <source>un référentiel</source>
        <translation>a referential</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/referential.py" line="113"/>
        <source>doit contenir au moins un CCPT</source>
        <translation>must contain at least one CCPT</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/referential.py" line="117"/>
        <source>contient deux fois l’identifiant « {id} »</source>
        <translation>contains the identifier “{id}” twice</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/referential.py" line="134"/>
        <source>doit être un identifiant en minuscules et tirets</source>
        <translation>must be an identifier in lower-case letters and hyphens</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/referential.py" line="169"/>
        <source>doit numéroter 2 ou 3 compétences à partir de 1, dans l’ordre</source>
        <translation>must number 2 or 3 competences from 1, in order</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/referential.py" line="187"/>
        <source>doit nommer au moins une compétence</source>
        <translation>must name at least one competence</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/backups.py" line="103"/>
        <source>Le dossier « {file} » est dans un ancien format : il faut un dossier de sauvegarde pour le mettre à jour sans risque.</source>
        <translation>The dossier “{file}” is in an old format: a backup folder is needed to update it safely.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/backups.py" line="193"/>
        <source>Impossible de créer le répertoire des sauvegardes « {path} » : {reason}.</source>
        <translation>Cannot create the backup folder “{path}”: {reason}.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/backups.py" line="232"/>
        <location filename="../../dossier_app/storage/dossier_file.py" line="383"/>
        <source>Impossible d’écrire la copie « {path} » : {reason}.</source>
        <translation>Cannot write the copy “{path}”: {reason}.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/backups.py" line="242"/>
        <source>erreur de lecture ou d’écriture</source>
        <translation>read or write error</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="137"/>
        <source>Impossible d’écrire « {path} » : {reason}.</source>
        <translation>Cannot write “{path}”: {reason}.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="292"/>
        <source>Le dossier « {file} » est ouvert en lecture seule : {holder} l’a ouvert.</source>
        <translation>The dossier “{file}” is open read-only: it is already open by {holder}.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="295"/>
        <source>Le dossier « {file} » est ouvert en lecture seule.</source>
        <translation>The dossier “{file}” is open read-only.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="333"/>
        <source>Les versions enregistrées dans « {file} » sont endommagées et ne peuvent pas être lues.</source>
        <translation>The versions saved in “{file}” are damaged and cannot be read.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="512"/>
        <source>Impossible de lire « {path} » : {reason}.</source>
        <translation>Cannot read “{path}”: {reason}.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="531"/>
        <source>Le dossier « {file} » a été interrompu pendant un enregistrement et ne peut pas être relu ainsi : ouvrez-le dans Dossier CCPT pour le réparer.</source>
        <translation>The dossier “{file}” was interrupted while being saved and cannot be read as it is: open it in Dossier CCPT to repair it.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="539"/>
        <source>le dossier</source>
        <translation>the dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="546"/>
        <source>Le fichier « {file} » est vide : ce n’est pas un dossier CCPT.</source>
        <translation>The file “{file}” is empty: it is not a CCPT dossier.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="549"/>
        <source>Le fichier « {file} » n’est pas un dossier CCPT.</source>
        <translation>The file “{file}” is not a CCPT dossier.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="556"/>
        <source>Le fichier « {file} » n’est pas un dossier CCPT (c’est une base de données d’un autre logiciel).</source>
        <translation>The file “{file}” is not a CCPT dossier (it is another program’s database).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="561"/>
        <source>Le dossier « {file} » a été enregistré par une version plus récente de Dossier CCPT (format {version}) : mettez l’application à jour pour l’ouvrir.</source>
        <translation>The dossier “{file}” was saved by a newer version of Dossier CCPT (format {version}): update the application to open it.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="565"/>
        <source>Le dossier « {file} » porte un numéro de format inconnu ({version}) : il n’a pas été ouvert.</source>
        <translation>The dossier “{file}” has an unknown format number ({version}): it has not been opened.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="577"/>
        <source>Le dossier « {file} » contient des éléments inconnus ({what}) : il a pu être modifié par un autre logiciel, il n’a pas été ouvert ni modifié.</source>
        <translation>The dossier “{file}” contains unknown elements ({what}): it may have been changed by another program; it has been neither opened nor changed.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="605"/>
        <source>Le dossier « {file} » dépasse ce que l’application peut ouvrir (un texte de plus de {limit} caractères ou trop d’éléments) ; il n’a pas été modifié.</source>
        <translation>The dossier “{file}” is more than the application can open (a text of more than {limit} characters, or too many elements); it has not been changed.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="611"/>
        <source>Dans le dossier « {file} », l’annexe {number} {problem} ; le dossier n’a pas été ouvert ni modifié.</source>
        <translation>In the dossier “{file}”, annex {number} {problem}; the dossier was neither opened nor changed.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="621"/>
        <source>Le dossier « {file} » est endommagé : son contenu ne peut pas être lu ; il n’a pas été modifié.</source>
        <translation>The dossier “{file}” is damaged: its content cannot be read; it has not been changed.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="638"/>
        <source>La lecture du dossier « {file} » prend trop de temps (plus de {seconds} secondes) : il est trop gros ou endommagé.</source>
        <translation>Reading the dossier “{file}” takes too long (more than {seconds} seconds): it is too large or damaged.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="647"/>
        <source>Le dossier « {file} » est endommagé : l’indication de qui l’a ouvert est illisible ; il n’a pas été modifié.</source>
        <translation>The dossier “{file}” is damaged: the record of who has it open cannot be read; it has not been changed.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="666"/>
        <source>Le dossier « {file} » est occupé par un autre programme ; réessayez dans un instant.</source>
        <translation>The dossier “{file}” is busy in another program; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="669"/>
        <location filename="../../dossier_app/storage/dossier_file.py" line="680"/>
        <source>Impossible d’ouvrir « {path} » : {reason}.</source>
        <translation>Cannot open “{path}”: {reason}.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="675"/>
        <source>Le dossier « {file} » est endommagé et ne peut pas être ouvert ; il n’a pas été modifié.</source>
        <translation>The dossier “{file}” is damaged and cannot be opened; it has not been changed.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="685"/>
        <source>La version {revision} n’existe pas dans ce dossier.</source>
        <translation>Version {revision} does not exist in this dossier.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="694"/>
        <source>le fichier ou son support est en lecture seule</source>
        <translation>the file or its medium is read-only</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="696"/>
        <source>le fichier n’est pas accessible</source>
        <translation>the file cannot be accessed</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="698"/>
        <source>erreur de lecture ou d’écriture sur le disque</source>
        <translation>read or write error on the disk</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="699"/>
        <source>erreur de la base de données</source>
        <translation>database error</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="721"/>
        <source>Le dossier « {file} » est ouvert par {holder} : fermez-le avant de le remplacer.</source>
        <translation>The dossier “{file}” is open by {holder}: close it before replacing it.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="745"/>
        <source>L’enregistrement dans « {file} » a échoué ({reason}) ; votre texte est toujours à l’écran, réessayez ou enregistrez ailleurs.</source>
        <translation>Saving to “{file}” failed ({reason}); your text is still on screen: try again or save elsewhere.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/dossier_file.py" line="752"/>
        <source>La production {production} n’a pas de chapitre « {chapter} » dans ce dossier.</source>
        <translation>Production {production} has no chapter “{chapter}” in this dossier.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/exchange.py" line="28"/>
        <source>Choisissez un autre emplacement que celui du dossier lui-même.</source>
        <translation>Choose another location than the dossier’s own.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/exchange.py" line="43"/>
        <source>Ce fichier est le dossier ouvert lui-même, pas la copie relue.</source>
        <translation>This file is the open dossier itself, not the reviewed copy.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/exchange.py" line="49"/>
        <source>« {file} » n’est pas une copie envoyée depuis ce dossier : rien n’a été repris.</source>
        <translation>“{file}” is not a copy sent from this dossier: nothing was brought back.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/exchange.py" line="54"/>
        <source>La version envoyée au conseiller ne peut plus être relue : rien n’a été repris.</source>
        <translation>The version sent to the advisor can no longer be read: nothing was brought back.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/group.py" line="109"/>
        <source>La lecture du dossier « {file} » prend trop de temps.</source>
        <translation>Reading the dossier “{file}” takes too long.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/group.py" line="113"/>
        <source>Le dossier « {file} » est endommagé et ne peut pas être lu.</source>
        <translation>The dossier “{file}” is damaged and cannot be read.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/lock.py" line="57"/>
        <source>{user} sur l’ordinateur « {host} » depuis le {day} à {time}</source>
        <translation>{user} on the computer “{host}” since {day} at {time}</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/schema_check.py" line="100"/>
        <source>format {version}</source>
        <translation>format {version}</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/schema_check.py" line="105"/>
        <source>trop d’objets</source>
        <translation>too many objects</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/schema_check.py" line="109"/>
        <source>un objet sans nom</source>
        <translation>an object without a name</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/schema_check.py" line="116"/>
        <source>l’objet « {name} »</source>
        <translation>the object “{name}”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/schema_check.py" line="121"/>
        <source>la table « {name} »</source>
        <translation>the table “{name}”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/schema_check.py" line="122"/>
        <source>l’index « {name} »</source>
        <translation>the index “{name}”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/schema_check.py" line="126"/>
        <source>il manque « {name} »</source>
        <translation>“{name}” is missing</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/schema_check.py" line="132"/>
        <source>un déclencheur « {name} »</source>
        <translation>a trigger “{name}”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/schema_check.py" line="134"/>
        <source>une vue « {name} »</source>
        <translation>a view “{name}”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/storage/schema_check.py" line="135"/>
        <source>{kind} « {name} »</source>
        <translation>{kind} “{name}”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/pdf.py" line="112"/>
        <source>La conversion en PDF de « {file} » n’a pas pu démarrer LibreOffice.</source>
        <translation>LibreOffice could not be started to convert “{file}” to PDF.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/pdf.py" line="115"/>
        <source>La conversion en PDF de « {file} » par LibreOffice n’a pas abouti en {seconds} secondes : elle a été arrêtée.</source>
        <translation>LibreOffice did not finish converting “{file}” to PDF within {seconds} seconds: the conversion was stopped.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/pdf.py" line="120"/>
        <source>La conversion en PDF de « {file} » par LibreOffice a échoué.</source>
        <translation>LibreOffice failed to convert “{file}” to PDF.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/pdf.py" line="149"/>
        <location filename="../../dossier_app/export/service.py" line="57"/>
        <source>L’export a été annulé : aucun fichier n’a été écrit.</source>
        <translation>The export was cancelled: no file was written.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/pdf.py" line="195"/>
        <source>« {title} » n’est pas un PDF lisible : il ne peut pas être joint à « {file} ».</source>
        <translation>“{title}” is not a readable PDF: it cannot be attached to “{file}”.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="124"/>
        <source>le modèle Word</source>
        <translation>the Word template</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="129"/>
        <source>Impossible de lire le modèle Word « {file} ».</source>
        <translation>Cannot read the Word template “{file}”.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="131"/>
        <source>Le modèle Word « {file} » est trop gros (au plus {limit}).</source>
        <translation>The Word template “{file}” is too large (at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="134"/>
        <source>Le modèle « {file} » n’est pas un document Word (.docx).</source>
        <translation>The template “{file}” is not a Word document (.docx).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="142"/>
        <source>Le modèle « {file} » n’est pas un document Word (.docx) lisible : l’archive est abîmée.</source>
        <translation>The template “{file}” is not a readable Word document (.docx): the archive is damaged.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="151"/>
        <source>Le modèle « {file} » est refusé : il contient {count} parties (au plus {limit}).</source>
        <translation>The template “{file}” is rejected: it contains {count} parts (at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="156"/>
        <source>Le modèle « {file} » est refusé : une fois décompressé, il ferait {size} (au plus {limit}).</source>
        <translation>The template “{file}” is rejected: once unpacked, it would take {size} (at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="166"/>
        <source>Le modèle « {file} » est refusé : il contient deux fois la partie « {part} ».</source>
        <translation>The template “{file}” is rejected: it contains the part “{part}” twice.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="170"/>
        <source>Le modèle « {file} » est protégé par un mot de passe : enregistrez-le sans protection dans Word.</source>
        <translation>The template “{file}” is protected by a password: save it without protection in Word.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="173"/>
        <source>Le modèle « {file} » n’est pas un document Word (.docx) lisible : sa partie « {part} » est compressée d’une façon que Word n’emploie pas.</source>
        <translation>The template “{file}” is not a readable Word document (.docx): its part “{part}” is compressed in a way Word does not use.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="178"/>
        <source>Le modèle « {file} » n’est pas un document Word (.docx) lisible : l’archive est abîmée (partie « {part} »).</source>
        <translation>The template “{file}” is not a readable Word document (.docx): the archive is damaged (part “{part}”).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="183"/>
        <source>Le modèle « {file} » est refusé : sa partie « {part} » est comprimée {ratio} fois (au plus {limit}), comme une bombe de décompression.</source>
        <translation>The template “{file}” is rejected: its part “{part}” is compressed {ratio} times (at most {limit}), like a decompression bomb.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="191"/>
        <source>Le modèle « {file} » est refusé : ses parties XML feraient {size} (au plus {limit}).</source>
        <translation>The template “{file}” is rejected: its XML parts would take {size} (at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="218"/>
        <source>Le modèle « {file} » n’est pas un document Word (.docx) : il lui manque la partie « [Content_Types].xml ».</source>
        <translation>The template “{file}” is not a Word document (.docx): it lacks the part “[Content_Types].xml”.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="241"/>
        <source>Le modèle « {file} » est refusé : sa partie « {part} » déclare un DOCTYPE (des entités XML), ce que Word ne fait jamais.</source>
        <translation>The template “{file}” is rejected: its part “{part}” declares a DOCTYPE (XML entities), which Word never does.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="252"/>
        <source>Le modèle « {file} » n’est pas un document Word (.docx) lisible : sa partie « {part} » n’est pas du XML valide.</source>
        <translation>The template “{file}” is not a readable Word document (.docx): its part “{part}” is not valid XML.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="467"/>
        <source>Le modèle « {file} » n’est pas un document Word utilisable : il lui manque sa partie « word/document.xml » (le corps du document).</source>
        <translation>The template “{file}” is not a usable Word document: it lacks its part “word/document.xml” (the body of the document).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="477"/>
        <source>Le modèle « {file} » n’est pas un document Word utilisable : sa partie « {part} » n’est pas le corps d’un document.</source>
        <translation>The template “{file}” is not a usable Word document: its part “{part}” is not the body of a document.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="483"/>
        <source>Le modèle « {file} » n’est pas un document Word utilisable : il lui manque sa partie « word/styles.xml » (les styles).</source>
        <translation>The template “{file}” is not a usable Word document: it lacks its part “word/styles.xml” (the styles).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="514"/>
        <source>Le modèle « {file} » n’a pas les styles nommés {styles}.</source>
        <translation>The template “{file}” does not have the styles named {styles}.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="515"/>
        <source>« {style} »</source>
        <translation>“{style}”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="523"/>
        <source>Le modèle « {file} » a un style « {style} » qui n’est pas un style de tableau.</source>
        <translation>The template “{file}” has a style “{style}” that is not a table style.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="525"/>
        <source>Le modèle « {file} » a un style « {style} » qui n’est pas un style de paragraphe.</source>
        <translation>The template “{file}” has a style “{style}” that is not a paragraph style.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="531"/>
        <source>Le modèle « {file} » n’a pas de mise en page (format et marges de la page).</source>
        <translation>The template “{file}” has no page layout (page size and margins).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="545"/>
        <source>Le modèle « {file} » n’est pas un document Word (.docx) lisible : ses styles ou sa mise en page sont abîmés.</source>
        <translation>The template “{file}” is not a readable Word document (.docx): its styles or page layout are damaged.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="550"/>
        <source>Le modèle « {file} » n’a pas de numérotation (la partie « word/numbering.xml ») : les listes à puces et numérotées du dossier en ont besoin.</source>
        <translation>The template “{file}” has no numbering (the part “word/numbering.xml”): the dossier’s bulleted and numbered lists need it.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/template_check.py" line="574"/>
        <source>Le modèle « {file} » a un style « {style} » qui n’est relié à aucune numérotation de liste.</source>
        <translation>The template “{file}” has a style “{style}” that is not linked to any list numbering.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/word.py" line="122"/>
        <source>Le modèle « {file} » n’est pas un document Word (.docx) lisible.</source>
        <translation>The template “{file}” is not a readable Word document (.docx).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/word.py" line="786"/>
        <source>L’image de l’annexe {number} n’est pas lisible : elle ne peut pas figurer dans le dossier.</source>
        <translation>The image of annex {number} is not readable: it cannot go into the dossier.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="93"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="94"/>
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="95"/>
        <source>Argumentaire de transfert</source>
        <translation>Transfer argument</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="96"/>
        <source>À écrire</source>
        <translation>To write</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="97"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="98"/>
        <source>À relire</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="99"/>
        <source>À retravailler</source>
        <translation>To rework</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="100"/>
        <source>Relu</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="101"/>
        <source>Définitif</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="102"/>
        <source>Information collective</source>
        <translation>Information session</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="103"/>
        <source>Entretien de positionnement</source>
        <translation>Positioning interview</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="104"/>
        <source>Atelier d’écriture</source>
        <translation>Writing workshop</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="105"/>
        <source>Entretien individuel</source>
        <translation>Individual session</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="106"/>
        <source>Remise du dossier</source>
        <translation>Submission of the dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="107"/>
        <source>Préparation de l’oral</source>
        <translation>Oral preparation</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="108"/>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="109"/>
        <source>Suite de parcours</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="110"/>
        <source>En attente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="111"/>
        <source>Validé</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="112"/>
        <source>Non validé</source>
        <translation>Not validated</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="113"/>
        <source>Attestation</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="114"/>
        <source>Témoignage</source>
        <translation>Testimony</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="115"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="116"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="117"/>
        <source>Questions types du jury</source>
        <translation>Typical jury questions</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="118"/>
        <source>Conseiller</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="119"/>
        <source>Mes questions</source>
        <translation>My questions</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="120"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="121"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="122"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="326"/>
        <source>Pas sûr</source>
        <translation>Not sure</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="327"/>
        <source>À peu près</source>
        <translation>More or less</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/model.py" line="328"/>
        <source>À l’aise</source>
        <translation>At ease</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/service.py" line="63"/>
        <source>Mise en page du dossier…</source>
        <translation>Laying out the dossier…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/service.py" line="84"/>
        <source>Numérotation du sommaire par LibreOffice…</source>
        <translation>Numbering the contents with LibreOffice…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/service.py" line="81"/>
        <location filename="../../dossier_app/export/service.py" line="104"/>
        <source>Numérotation du sommaire…</source>
        <translation>Numbering the contents…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/service.py" line="99"/>
        <location filename="../../dossier_app/export/service.py" line="107"/>
        <source>Écriture de « {file} »…</source>
        <translation>Writing “{file}”…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/oral.py" line="99"/>
        <source>les règles de l’oral</source>
        <translation>the oral rules</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/oral.py" line="108"/>
        <source>un fichier de règles de l’oral</source>
        <translation>an oral rules file</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/oral.py" line="114"/>
        <source>doit valoir au moins le minimum</source>
        <translation>must be at least the minimum</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/oral.py" line="120"/>
        <source>reprend deux fois le même identifiant</source>
        <translation>repeats the same identifier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/oral.py" line="146"/>
        <source>doit avoir un identifiant et un texte</source>
        <translation>must have an identifier and a text</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="76"/>
        <source>la configuration de l’émetteur des badges</source>
        <translation>the badge issuer configuration</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="91"/>
        <source>doit être une adresse web (https://…) ou un DID (did:…)</source>
        <translation>must be a web address (https://…) or a DID (did:…)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="94"/>
        <source>ne peut pas être vide</source>
        <translation>cannot be empty</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="97"/>
        <source>doit être une adresse web (https://…)</source>
        <translation>must be a web address (https://…)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="100"/>
        <source>doit être une adresse électronique</source>
        <translation>must be an e-mail address</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="104"/>
        <source>est inconnu (champs possibles : {keys})</source>
        <translation>is unknown (possible fields: {keys})</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="132"/>
        <source>aucune organisation n’est configurée comme émettrice des badges</source>
        <translation>no organisation is configured as the badges’ issuer</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="135"/>
        <source>la configuration de l’émetteur ne désigne pas de clé de signature (champ « key »)</source>
        <translation>the issuer configuration names no signing key (field “key”)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="142"/>
        <source>il manque à cette installation le paquet Python « cryptography »</source>
        <translation>this installation lacks the Python package “cryptography”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="146"/>
        <source>c’est une clé publique</source>
        <translation>it is a public key</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="150"/>
        <source>elle est protégée par un mot de passe</source>
        <translation>it is protected by a password</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="152"/>
        <source>ce n’est pas une clé privée au format PEM</source>
        <translation>it is not a private key in PEM format</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="154"/>
        <source>c’est une clé privée, mais pas une clé Ed25519</source>
        <translation>it is a private key, but not an Ed25519 key</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="166"/>
        <source>le fichier est bien trop gros pour être une clé Ed25519</source>
        <translation>the file is far too big to be an Ed25519 key</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="173"/>
        <source>son nom n’est pas valide</source>
        <translation>its name is not valid</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="177"/>
        <source>la clé de signature « {file} » ne peut pas être lue ({reason})</source>
        <translation>the signing key “{file}” cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="182"/>
        <source>le fichier de clé « {file} » ne convient pas : il faut une clé privée Ed25519 au format PEM, non chiffrée ({reason})</source>
        <translation>the key file “{file}” will not do: an unencrypted Ed25519 private key in PEM format is needed ({reason})</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="217"/>
        <source>Le CCPT « {ccpt} » du dossier n’est pas dans le référentiel : pas de badge possible.</source>
        <translation>The dossier’s CCPT “{ccpt}” is not in the referential: no badge possible.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="222"/>
        <source>Pas de badge pour ce dossier : un badge atteste un CCPT obtenu, et la décision du jury enregistrée est « {outcome} ».</source>
        <translation>No badge for this dossier: a badge attests a CCPT obtained, and the jury’s recorded decision is “{outcome}”.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="228"/>
        <source>Pas de badge pour ce dossier : le nom du candidat manque.</source>
        <translation>No badge for this dossier: the candidate’s name is missing.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="238"/>
        <source>{ccpt} : CCPT obtenu (badge auto-déclaré)</source>
        <translation>{ccpt}: CCPT obtained (self-declared badge)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="239"/>
        <source>{ccpt} : CCPT obtenu</source>
        <translation>{ccpt}: CCPT obtained</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="267"/>
        <source> (liste provisoire, en attente du référentiel officiel)</source>
        <translation> (provisional list, awaiting the official referential)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="270"/>
        <source>Certificat de compétences professionnelles transférables (CCPT) « {ccpt} », acquis dans l’exercice d’un mandat de représentant du personnel ou syndical, reconnu équivalent au bloc « {block} » du titre professionnel {tp}, {level}. Compétences{provisional} : {competences}.</source>
        <translation>Certificate of transferable professional competences (CCPT) “{ccpt}”, gained in a staff or union representative’s mandate, recognised as equivalent to the block “{block}” of the professional title {tp}, {level}. Competences{provisional}: {competences}.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="276"/>
        <source>Badge auto-déclaré par le candidat : aucune organisation ne l’a émis. {description}</source>
        <translation>Badge self-declared by the candidate: no organisation issued it. {description}</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="285"/>
        <source>Délivré par un jury de deux membres, un professionnel du métier visé et un représentant syndical ayant l’expérience d’un mandat, au vu d’un dossier de productions et d’un entretien : il évalue la capacité du candidat à transférer les compétences acquises dans son mandat vers le métier visé.</source>
        <translation>Awarded by a jury of two members, a professional of the target trade and a union representative with mandate experience, on a dossier of productions and an interview: it assesses the candidate’s ability to transfer the competences gained in the mandate to the target trade.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="301"/>
        <source>Compétences du bloc : {competences}.</source>
        <translation>Competences of the block: {competences}.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="304"/>
        <source>Bloc du titre professionnel dont le CCPT est reconnu équivalent.</source>
        <translation>Block of the professional title the CCPT is recognised as equivalent to.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/badge.py" line="312"/>
        <source>Titre professionnel {title}</source>
        <translation>Professional title {title}</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/tp_block_letter.py" line="40"/>
        <source>Le CCPT du dossier n’est pas dans le référentiel : la lettre ne peut pas nommer son bloc.</source>
        <translation>The dossier’s CCPT is not in the referential: the letter cannot name its block.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/export/tp_block_letter.py" line="43"/>
        <source>La lettre de demande du bloc n’est possible qu’une fois le CCPT validé.</source>
        <translation>The letter requesting the block is possible only once the CCPT is validated.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/proof_ignores.py" line="78"/>
        <source>la liste des relectures ignorées</source>
        <translation>the list of ignored proofreading remarks</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/writing_advice.py" line="125"/>
        <source>le fichier de conseils d’écriture</source>
        <translation>the writing advice file</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/writing_advice.py" line="134"/>
        <source>un fichier de conseils d’écriture</source>
        <translation>a writing advice file</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/writing_advice.py" line="138"/>
        <source>reprend deux fois la même règle</source>
        <translation>repeats the same rule twice</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/writing_advice.py" line="141"/>
        <source>ne contient pas la règle « {rule} »</source>
        <translation>does not contain the rule “{rule}”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/writing_advice.py" line="164"/>
        <source>vaut « {value} » au lieu de l’une des règles {allowed}</source>
        <translation>is “{value}” instead of one of the rules {allowed}</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/writing_advice.py" line="169"/>
        <source>doit donner le conseil en français</source>
        <translation>must give the advice in French</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/writing_advice.py" line="186"/>
        <source>reprend deux fois le même sigle</source>
        <translation>repeats the same acronym twice</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/writing_advice.py" line="194"/>
        <source>doit être un sigle en capitales, comme « CSE »</source>
        <translation>must be an acronym in capitals, like “CSE”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/writing_advice.py" line="196"/>
        <source>doit donner le sigle en toutes lettres</source>
        <translation>must spell the acronym out</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="64"/>
        <source>le brouillon</source>
        <translation>the draft</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="67"/>
        <source>Le fichier « {file} » est {kind} : ouvrez-le dans Word ou LibreOffice et enregistrez-le au format .docx (Fichier › Enregistrer sous › Document Word), puis importez ce .docx.</source>
        <translation>The file “{file}” is {kind}: open it in Word or LibreOffice and save it as .docx (File › Save As › Word Document), then import that .docx.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="70"/>
        <source>un PDF</source>
        <translation>a PDF</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="71"/>
        <source>un document Word ancien (.doc)</source>
        <translation>an old Word document (.doc)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="249"/>
        <source>polices et tailles</source>
        <translation>fonts and sizes</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="249"/>
        <source>couleurs et surlignages</source>
        <translation>colours and highlights</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="250"/>
        <source>soulignements</source>
        <translation>underlines</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="250"/>
        <source>textes barrés</source>
        <translation>strikethrough text</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="251"/>
        <source>alignements, retraits et espacements</source>
        <translation>alignment, indents and spacing</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="252"/>
        <source>styles de paragraphe</source>
        <translation>paragraph styles</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="252"/>
        <source>zones de texte</source>
        <translation>text boxes</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="253"/>
        <source>objets incorporés (jamais ouverts)</source>
        <translation>embedded objects (never opened)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="253"/>
        <source>macros (jamais exécutées)</source>
        <translation>macros (never run)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="254"/>
        <source>en-têtes et pieds de page</source>
        <translation>headers and footers</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="254"/>
        <source>sauts de page</source>
        <translation>page breaks</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="255"/>
        <source>équations</source>
        <translation>equations</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="255"/>
        <source>autres éléments</source>
        <translation>other elements</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="256"/>
        <source>images trop lourdes ou illisibles pour une annexe (gardées « à trier »)</source>
        <translation>images too heavy or unreadable for an annex (kept “to sort”)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="266"/>
        <source>Document reconnu : un dossier exporté par l’application (la page de garde, le sommaire, les tableaux et la déclaration ne sont pas repris comme texte).</source>
        <translation>Document recognised: a dossier exported by the app (the cover page, contents, tables and declaration are not taken in as text).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="270"/>
        <source>Page de titre : {count} ligne(s) lue(s) pour le nom, le CCPT et les mandats, non reprises comme texte.</source>
        <translation>Title page: {count} line(s) read for the name, the CCPT and the mandates, not taken in as text.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="272"/>
        <source>Candidat : {name}</source>
        <translation>Candidate: {name}</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="272"/>
        <source>Candidat : non trouvé</source>
        <translation>Candidate: not found</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="274"/>
        <source>CCPT : non trouvé</source>
        <translation>CCPT: not found</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="274"/>
        <source>CCPT : « {ccpt} »</source>
        <translation>CCPT: “{ccpt}”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="276"/>
        <source>Mandats : {mandates}</source>
        <translation>Mandates: {mandates}</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="278"/>
        <source>Production {number} : {title}</source>
        <translation>Production {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="279"/>
        <source>sans titre</source>
        <translation>untitled</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="284"/>
        <source>Projet professionnel : {words} mots</source>
        <translation>Professional project: {words} words</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="288"/>
        <source>Annexes : {count} reprises de la liste du dossier, dont {images} avec son image</source>
        <translation>Annexes: {count} taken from the dossier’s list, {images} of them with their image</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="290"/>
        <source>Annexes : {count} reprises de la liste du dossier</source>
        <translation>Annexes: {count} taken from the dossier’s list</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="292"/>
        <source>Annexes : {count} image(s) reprise(s) comme annexes</source>
        <translation>Annexes: {count} image(s) taken in as annexes</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="293"/>
        <source>Commentaires : {comments} ; modifications suivies : {changes}</source>
        <translation>Comments: {comments}; tracked changes: {changes}</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="295"/>
        <source>{what} ({count})</source>
        <translation>{what} ({count})</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="298"/>
        <source>Laissé de côté : {dropped}</source>
        <translation>Left out: {dropped}</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="305"/>
        <source>  {chapter} : vide</source>
        <translation>  {chapter}: empty</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="306"/>
        <source>  {chapter} : {words} mots — « {first} »</source>
        <translation>  {chapter}: {words} words — “{first}”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="316"/>
        <source>À trier (gardé à la fin du projet professionnel) : {count} élément(s), {words} mots</source>
        <translation>To sort (kept at the end of the professional project): {count} item(s), {words} words</translation>
    </message>
    <message>
        <location filename="../../dossier_app/app/draft_import.py" line="318"/>
        <source>  « {first} »</source>
        <translation>  “{first}”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/core/limits.py" line="51"/>
        <source>Les documents joints aux annexes pèsent {size} ensemble, au plus {limit} : le dossier ne pourrait plus être envoyé par courriel. Retirez un document ou joignez-en une version plus légère.</source>
        <translation>The documents attached to the annexes total {size}, at most {limit}: the dossier could no longer be sent by email. Remove a document or attach a lighter version.</translation>
    </message>
</context>
<context>
    <name>AfterJuryPage</name>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="163"/>
        <source>Autre CCPT passé</source>
        <translation>Other CCPT sat</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="166"/>
        <source>Un &amp;autre CCPT passé :</source>
        <translation>&amp;Another CCPT sat:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="168"/>
        <source>Ajouter ce CCPT</source>
        <translation>Add this CCPT</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="174"/>
        <source>&amp;Lettre de demande du bloc…</source>
        <translation>&amp;Letter requesting the block…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="175"/>
        <source>Lettre de demande du bloc du titre professionnel</source>
        <translation>Letter requesting the professional title’s block</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="182"/>
        <source>&amp;Badge de compétences (Open Badges)…</source>
        <translation>Competences &amp;badge (Open Badges)…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="183"/>
        <source>Badge de compétences, au format Open Badges 3.0</source>
        <translation>Competences badge, in the Open Badges 3.0 format</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="188"/>
        <source>Suite de parcours</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="240"/>
        <source>non choisi</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="289"/>
        <source>Votre CCPT est validé : vous pouvez demander à la DREETS de votre région le bloc correspondant du titre professionnel (arrêté du 12 juin 2025).</source>
        <translation>Your CCPT is validated: you can ask your region’s DREETS for the corresponding block of the professional title (arrêté of 12 June 2025).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="291"/>
        <source>La lettre de demande du bloc du titre professionnel sera proposée ici une fois le CCPT validé.</source>
        <translation>The letter requesting the professional title’s block will be offered here once the CCPT is validated.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="304"/>
        <source>Ce qui peut suivre un résultat « %1 » : ajoutez à votre parcours ce qui vous convient, ses actions seront à cocher sur la page « Parcours et ateliers ».</source>
        <translation>What may follow a “%1” result: add to your path what suits you; its actions will be ticked on the “Path and workshops” page.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="326"/>
        <source>Lettre de demande du bloc</source>
        <translation>Letter requesting the block</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="328"/>
        <source>Document Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="338"/>
        <source>Lettre enregistrée : %1</source>
        <translation>Letter saved: %1</translation>
    </message>
</context>
<context>
    <name>AnnexChooser</name>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="317"/>
        <source>Insérer un renvoi à une annexe</source>
        <translation>Insert a reference to an annex</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="319"/>
        <source>Annexes du dossier</source>
        <translation>Dossier annexes</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="321"/>
        <source>Annexe %1 — %2</source>
        <translation>Annex %1 — %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="322"/>
        <source>Annexe %1 (sans titre)</source>
        <translation>Annex %1 (untitled)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="329"/>
        <source>Insérer</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="334"/>
        <source>Le texte dira « (voir annexe N) » à l’endroit du curseur ; le numéro suivra si l’annexe change de place.</source>
        <translation>The text will say “(see annex N)” at the cursor; the number follows if the annex moves.</translation>
    </message>
</context>
<context>
    <name>AnnexListEditor</name>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="274"/>
        <source>Joindre un fichier à l’annexe</source>
        <translation>Attach a file to the annex</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="275"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.docx *.doc *.odt *.rtf);;Tous les fichiers (*)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg *.docx *.doc *.odt *.rtf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="303"/>
        <source>Le document n’a pas pu être copié pour l’ouvrir : %1.</source>
        <translation>The document could not be copied to open it: %1.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="307"/>
        <source>Aucune application de cet ordinateur n’a pu ouvrir le document.</source>
        <translation>No application on this computer could open the document.</translation>
    </message>
</context>
<context>
    <name>AnnexRow</name>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="47"/>
        <source>%1, annexe %2</source>
        <translation>%1, annex %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="47"/>
        <source>Supprimer l’annexe « %1 »</source>
        <translation>Remove the annex “%1”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="48"/>
        <source>Supprimer l’annexe %1</source>
        <translation>Remove annex %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="61"/>
        <source>Titre de l’annexe</source>
        <translation>Annex title</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="63"/>
        <source>Nature de l’annexe</source>
        <translation>Kind of annex</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="67"/>
        <source>Description de l’annexe</source>
        <translation>Annex description</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="68"/>
        <source>Titre :</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="69"/>
        <source>Nature :</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="70"/>
        <source>Description :</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="71"/>
        <source>Document :</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="72"/>
        <source>Production %1</source>
        <translation>Production %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="75"/>
        <source>Appuie :</source>
        <translation>Supports:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="91"/>
        <source>Joindre un fichier</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="92"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="93"/>
        <source>Ouvrir le fichier joint</source>
        <translation>Open the attached file</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="94"/>
        <source>Retirer le fichier</source>
        <translation>Remove the file</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="95"/>
        <source>Retirer le fichier joint</source>
        <translation>Remove the attached file</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="120"/>
        <source>Appuie la production %1</source>
        <translation>Supports production %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="128"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="129"/>
        <source>Monter l’annexe d’une place</source>
        <translation>Move the annex up one place</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="130"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="131"/>
        <source>Descendre l’annexe d’une place</source>
        <translation>Move the annex down one place</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="143"/>
        <source>Annexe %1</source>
        <translation>Annex %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="156"/>
        <source>Remplacer le fichier…</source>
        <translation>Replace the file…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="157"/>
        <source>Joindre un fichier…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="162"/>
        <source>Aucun fichier joint.</source>
        <translation>No file attached.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="167"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="167"/>
        <source>PDF, 1 page</source>
        <translation>PDF, 1 page</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="168"/>
        <source>PDF, %1 pages</source>
        <translation>PDF, %1 pages</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="170"/>
        <source>Image PNG</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="170"/>
        <source>Image JPEG</source>
        <translation>JPEG image</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="171"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AskedRow</name>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="43"/>
        <source>Question posée : %1</source>
        <translation>Question asked: %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="44"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="46"/>
        <source>Retour sur la réponse à la question %1</source>
        <translation>Feedback on the answer to question %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="47"/>
        <source>Ce qui a convaincu, ce qui manquait</source>
        <translation>What convinced, what was missing</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="49"/>
        <source>Retour :</source>
        <translation>Feedback:</translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="45"/>
        <source>Badge de compétences (Open Badges 3.0)</source>
        <translation>Competences badge (Open Badges 3.0)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="70"/>
        <source>Contenu du badge</source>
        <translation>Badge contents</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="71"/>
        <source>Émetteur du badge</source>
        <translation>Badge issuer</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="72"/>
        <source>Signature du badge</source>
        <translation>Badge signature</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="62"/>
        <source>&amp;Signer le badge avec la clé de l’organisation</source>
        <translation>&amp;Sign the badge with the organisation’s key</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="63"/>
        <source>Signer le badge</source>
        <translation>Sign the badge</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="73"/>
        <source>Pourquoi le badge ne peut pas être fait</source>
        <translation>Why the badge cannot be made</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="82"/>
        <source>Aperçu du badge (JSON)</source>
        <translation>Badge preview (JSON)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="86"/>
        <source>&amp;Aperçu du contenu du badge (JSON, lisible par les portefeuilles de badges) :</source>
        <translation>&amp;Preview of the badge’s contents (JSON, readable by badge wallets):</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="91"/>
        <source>Résultat de l’enregistrement</source>
        <translation>Saving result</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="94"/>
        <source>&amp;Enregistrer le badge…</source>
        <translation>&amp;Save the badge…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="96"/>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="199"/>
        <source>Enregistrer le badge</source>
        <translation>Save the badge</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="99"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="101"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="115"/>
        <source>Ce que dit le badge</source>
        <translation>What the badge says</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="144"/>
        <source>obtenu le %1</source>
        <translation>obtained on %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="145"/>
        <source>obtenu</source>
        <translation>obtained</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="147"/>
        <source>Ce badge dit que vous avez obtenu le CCPT « %1 » (%2), reconnu équivalent au bloc « %3 » du titre professionnel %4, et donne ses compétences et celles du bloc. Il vous nomme par vos prénom et nom ; il ne contient ni votre adresse, ni votre courriel, ni votre téléphone, ni votre syndicat.</source>
        <translation>This badge says you obtained the CCPT “%1” (%2), recognised as equivalent to the block “%3” of the professional title %4, and gives its competences and the block’s. It names you by your first and last name; it holds neither your address, nor your e-mail, nor your phone, nor your union.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="156"/>
        <source>Émetteur : vous-même. Ce badge est auto-déclaré : aucune organisation ne l’atteste, et il le dit. Pour un badge émis par votre organisme d’accompagnement, il doit se déclarer émetteur sur cet ordinateur.</source>
        <translation>Issuer: yourself. This badge is self-declared: no organisation attests it, and it says so. For a badge issued by your accompanying organisation, it must declare itself the issuer on this computer.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="159"/>
        <source>Émetteur : %1, l’organisation configurée sur cet ordinateur.</source>
        <translation>Issuer: %1, the organisation configured on this computer.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="172"/>
        <source>Non signé : tout le monde peut le lire, et personne ne peut vérifier qu’il vient bien de son émetteur ni qu’il n’a pas été modifié.</source>
        <translation>Unsigned: anyone can read it, and no one can check that it really comes from its issuer or that it was not changed.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="178"/>
        <source>Pour le signer, l’organisation émettrice doit désigner sa clé de signature dans sa configuration.</source>
        <translation>To sign it, the issuing organisation must name its signing key in its configuration.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="181"/>
        <source>Le badge ne peut pas être signé : %1. Il s’enregistrera non signé. %2</source>
        <translation>The badge cannot be signed: %1. It will be saved unsigned. %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="185"/>
        <source>Cochez « Signer le badge » pour qu’il puisse être vérifié.</source>
        <translation>Tick “Sign the badge” so that it can be verified.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="187"/>
        <source>Signé : le fichier est signé avec la clé privée de %1. Quiconque a la clé publique de cette organisation peut vérifier que le badge vient bien d’elle et qu’il n’a pas été modifié depuis. Le fichier (.jwt) est un texte codé que lisent les portefeuilles de badges ; il dit ce que montre l’aperçu.</source>
        <translation>Signed: the file is signed with %1’s private key. Anyone with this organisation’s public key can check that the badge really comes from it and has not been changed since. The file (.jwt) is encoded text that badge wallets read; it says what the preview shows.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="201"/>
        <source>Badge Open Badges signé (*.jwt)</source>
        <translation>Signed Open Badges badge (*.jwt)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="202"/>
        <source>Badge Open Badges (*.json)</source>
        <translation>Open Badges badge (*.json)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="219"/>
        <source>Le badge n’a pas été enregistré : %1</source>
        <translation>The badge was not saved: %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="223"/>
        <source>Badge signé enregistré : %1</source>
        <translation>Signed badge saved: %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/badge_dialog.py" line="224"/>
        <source>Badge enregistré : %1</source>
        <translation>Badge saved: %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../dossier_app/gui/banner.py" line="22"/>
        <source>Enregistrer une &amp;copie…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/banner.py" line="36"/>
        <source>Lecture seule : ce dossier est déjà ouvert par %1. Vous pouvez le lire ; fermez-le là-bas pour le modifier ici.</source>
        <translation>Read-only: this dossier is already open by %1. You can read it; close it there to edit it here.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/banner.py" line="40"/>
        <source>Ce dossier est en lecture seule : le fichier ou son support ne peut pas être modifié. Enregistrez une copie pour continuer à écrire.</source>
        <translation>This dossier is read-only: the file or its medium cannot be changed. Save a copy to go on writing.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/banner.py" line="44"/>
        <source>Lecture seule.</source>
        <translation>Read-only.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/banner.py" line="51"/>
        <source>Votre texte est toujours à l’écran ; l’enregistrement sera retenté automatiquement.</source>
        <translation>Your text is still on screen; saving will be tried again automatically.</translation>
    </message>
</context>
<context>
    <name>CandidateForm</name>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="425"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="426"/>
        <source>Nom d’usage</source>
        <translation>Usual last name</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="427"/>
        <source>Nom de naissance</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="428"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="429"/>
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="430"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="431"/>
        <source>Employeur</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="432"/>
        <source>Emploi occupé</source>
        <translation>Current job</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="433"/>
        <source>Organisation syndicale</source>
        <translation>Union</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="444"/>
        <source>Afficher mon adresse sur la couverture du dossier</source>
        <translation>Show my address on the dossier’s cover</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="455"/>
        <source>%1 :</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="460"/>
        <source>Faire figurer l’organisation syndicale sur la page de garde (donnée sensible : non par défaut)</source>
        <translation>Show the union on the cover page (sensitive data: off by default)</translation>
    </message>
</context>
<context>
    <name>CcptPage</name>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="144"/>
        <source>Le certificat visé (CCPT)</source>
        <translation>The target certificate (CCPT)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="145"/>
        <source>Chaque CCPT correspond à un bloc d’un titre professionnel. Lisez les questions sous chacun : là où vous répondez souvent « oui », votre expérience de mandat a de quoi nourrir le dossier. Votre conseiller peut vous aider à choisir.</source>
        <translation>Each CCPT matches one block of a professional title. Read the questions under each one: where you often answer “yes”, your mandate experience has enough to feed the dossier. Your advisor can help you choose.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="164"/>
        <source>CCPT %1</source>
        <translation>CCPT %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="173"/>
        <source>intitulé provisoire</source>
        <translation>provisional wording</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="179"/>
        <source>Équivalent : bloc « %1 » du titre professionnel %2, %3.</source>
        <translation>Equivalent: block “%1” of the professional title %2, %3.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="181"/>
        <source>Compétences (une production chacune) :</source>
        <translation>Competences (one production each):</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="182"/>
        <source>Pour vous aider à choisir :</source>
        <translation>To help you choose:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="200"/>
        <source>Ce que le métier visé attend :</source>
        <translation>What the target trade expects:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="202"/>
        <source>Le référentiel utilisé ne donne pas les compétences du métier visé.</source>
        <translation>The referential in use does not give the target trade’s competences.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="219"/>
        <source>Choisissez un CCPT pour continuer.</source>
        <translation>Choose a CCPT to continue.</translation>
    </message>
</context>
<context>
    <name>ChapterEditor</name>
    <message>
        <location filename="../../dossier_app/gui/editor.py" line="50"/>
        <source>Dans une liste, Tab augmente le retrait et Maj+Tab le diminue. Pour quitter le texte au clavier : Ctrl+Tab (champ suivant) ou Ctrl+Maj+Tab (champ précédent). Menu contextuel et suggestions d’orthographe : Maj+F10 ou la touche Menu.</source>
        <translation>In a list, Tab increases the indent and Shift+Tab decreases it. To leave the text with the keyboard: Ctrl+Tab (next field) or Ctrl+Shift+Tab (previous field). Context menu and spelling suggestions: Shift+F10 or the Menu key.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/editor.py" line="92"/>
        <source>%1 Le texte est collé sans sa mise en forme.</source>
        <translation>%1 The text is pasted without its formatting.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/editor.py" line="255"/>
        <source>Coller sans mise en forme</source>
        <translation>Paste without formatting</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/editor.py" line="310"/>
        <source>Aucune suggestion</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/editor.py" line="313"/>
        <source>Ajouter « %1 » à mon dictionnaire</source>
        <translation>Add “%1” to my dictionary</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/grammar_menu.py" line="34"/>
        <source>Grammaire</source>
        <translation>Grammar (message in French)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/grammar_menu.py" line="35"/>
        <source>Style</source>
        <translation>Style (message in French)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/grammar_menu.py" line="41"/>
        <source>Ignorer ici</source>
        <translation>Ignore here</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/grammar_menu.py" line="43"/>
        <source>Ignorer cette règle</source>
        <translation>Ignore this rule</translation>
    </message>
</context>
<context>
    <name>ChapterPage</name>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="59"/>
        <source>Titre de la production (facultatif)</source>
        <translation>Title of the production (optional)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="60"/>
        <source>Titre de la production</source>
        <translation>Title of the production</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="62"/>
        <source>Statut du chapitre</source>
        <translation>Chapter status</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="65"/>
        <location filename="../../dossier_app/gui/chapter_page.py" line="277"/>
        <source>Masquer les conseils</source>
        <translation>Hide the guidance</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="73"/>
        <source>Titre :</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="76"/>
        <source>Statut :</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="81"/>
        <source>Texte du chapitre</source>
        <translation>Chapter text</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="88"/>
        <source>Conseils et commentaires</source>
        <translation>Guidance and comments</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="89"/>
        <source>Conseils</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="90"/>
        <location filename="../../dossier_app/gui/chapter_page.py" line="267"/>
        <source>Commentaires</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="112"/>
        <source>Comparer les deux versions…</source>
        <translation>Compare both versions…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="113"/>
        <source>Garder ma version</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="114"/>
        <source>Prendre la version du conseiller</source>
        <translation>Take the advisor’s version</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="145"/>
        <source>Production %1 — %2</source>
        <translation>Production %1 — %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="201"/>
        <source>%1 a aussi modifié ce chapitre dans la copie relue, pendant que vous l’écriviez. Votre texte est à l’écran ; sa version est gardée. Comparez, puis choisissez.</source>
        <translation>%1 also changed this chapter in the reviewed copy while you were writing it. Your text is on screen; their version is kept. Compare, then choose.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="203"/>
        <source>Votre conseiller</source>
        <translation>Your advisor</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="266"/>
        <source>Commentaires (%1)</source>
        <translation>Comments (%1)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="278"/>
        <source>Afficher les conseils</source>
        <translation>Show the guidance</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="350"/>
        <source>Dossier CCPT</source>
        <translation>Dossier CCPT</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="351"/>
        <source>Le dossier n’a pas encore d’annexe : ajoutez-la dans la page « Annexes », puis revenez ici.</source>
        <translation>The dossier has no annex yet: add it on the “Annexes” page, then come back here.</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <location filename="../../dossier_app/gui/checklist.py" line="203"/>
        <location filename="../../dossier_app/gui/checklist.py" line="205"/>
        <source>%1, ligne %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/checklist.py" line="207"/>
        <source>Supprimer la ligne « %1 »</source>
        <translation>Remove the line “%1”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/checklist.py" line="208"/>
        <source>Supprimer la ligne %1</source>
        <translation>Remove line %1</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="43"/>
        <source>Commentaires du chapitre</source>
        <translation>Comments on the chapter</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="47"/>
        <source>Commenter la sélection…</source>
        <translation>Comment on the selection…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="48"/>
        <source>Répondre…</source>
        <translation>Reply…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="49"/>
        <source>Résoudre</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="50"/>
        <source>En faire une question pour l’oral</source>
        <translation>Make it a question for the oral</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="52"/>
        <source>Le commentaire choisi devient une question à préparer, dans « Préparer l’oral » de cette production</source>
        <translation>The chosen comment becomes a question to prepare, in “Prepare the oral” of this production</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="97"/>
        <source>résolu</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="98"/>
        <source>passage supprimé ou modifié</source>
        <translation>passage deleted or changed</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="114"/>
        <source>Aucun commentaire sur ce chapitre.</source>
        <translation>No comments on this chapter.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="148"/>
        <source>Sélectionnez d’abord le passage à commenter.</source>
        <translation>First select the passage to comment on.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="153"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="154"/>
        <source>Votre commentaire sur « %1 » :</source>
        <translation>Your comment on “%1”:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="176"/>
        <source>Réponse</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="177"/>
        <source>Votre réponse à « %1 » :</source>
        <translation>Your reply to “%1”:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="215"/>
        <source>« Préparer l’oral » de la production %1, onglet « Questions du jury »</source>
        <translation>“Prepare the oral” of production %1, “Jury questions” tab</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="217"/>
        <source>Ce commentaire est déjà une question de l’oral : %1.</source>
        <translation>This comment is already a question for the oral: %1.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="218"/>
        <source>Question ajoutée pour l’oral : %1.</source>
        <translation>Question added for the oral: %1.</translation>
    </message>
</context>
<context>
    <name>CompetenceGrid</name>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="35"/>
        <source>Compétence %1 — %2</source>
        <translation>Competence %1 — %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="38"/>
        <source>Ce que le jury attend : %1</source>
        <translation>What the jury expects: %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="47"/>
        <source>Au début du parcours</source>
        <translation>At the start of the path</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="48"/>
        <source>À la fin du parcours</source>
        <translation>At the end of the path</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="46"/>
        <source>Le candidat :</source>
        <translation>Candidate:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="46"/>
        <source>Le conseiller :</source>
        <translation>Advisor:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="47"/>
        <source>au début</source>
        <translation>at the start</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="48"/>
        <source>à la fin</source>
        <translation>at the end</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="61"/>
        <source>%1 %2, compétence %3</source>
        <translation>%1 %2, competence %3</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="66"/>
        <source>Éléments de preuve : faits, documents, témoins</source>
        <translation>Evidence: facts, documents, witnesses</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="67"/>
        <source>Éléments de preuve %1, compétence %2</source>
        <translation>Evidence %1, competence %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="72"/>
        <source>Preuves :</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="77"/>
        <source>&lt;b&gt;Écarts à combler&lt;/b&gt; (ce que le CCPT attend et que le mandat montre peu) et ce qui est prévu :</source>
        <translation>&lt;b&gt;Gaps to close&lt;/b&gt; (what the CCPT expects and the mandate shows little of) and what is planned:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="81"/>
        <source>Écart, compétence %1</source>
        <translation>Gap, competence %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="83"/>
        <source>Écart comblé, compétence %1</source>
        <translation>Gap closed, competence %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="81"/>
        <source>Ce qui manque</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="82"/>
        <source>Comment le combler</source>
        <translation>How to close it</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="82"/>
        <source>Ce qui est prévu, compétence %1</source>
        <translation>What is planned, competence %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="83"/>
        <source>Ajouter un écart</source>
        <translation>Add a gap</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="84"/>
        <source>Écart :</source>
        <translation>Gap:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="84"/>
        <source>Ce qui est prévu :</source>
        <translation>What is planned:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="84"/>
        <source>Comblé</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="155"/>
        <source>candidat</source>
        <translation>candidate</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="155"/>
        <source>conseiller</source>
        <translation>advisor</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="160"/>
        <source>%1 : %2 %3 %4</source>
        <translation>%1: %2 %3 %4</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="161"/>
        <source>Progression : %1</source>
        <translation>Progress: %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="161"/>
        <source> ; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>CountdownDisplay</name>
    <message>
        <location filename="../../dossier_app/gui/countdown.py" line="160"/>
        <source>Temps dépassé : %1</source>
        <translation>Time exceeded: %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/countdown.py" line="161"/>
        <source>Temps restant : %1</source>
        <translation>Time left: %1</translation>
    </message>
</context>
<context>
    <name>CreationAssistant</name>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="278"/>
        <source>Créer mon dossier</source>
        <translation>Create my dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="281"/>
        <source>Suivant &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="282"/>
        <source>&lt; Précédent</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="283"/>
        <source>Créer le dossier</source>
        <translation>Create the dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="284"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="89"/>
        <source>Groupe : %1</source>
        <translation>Group: %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="92"/>
        <source>Dossiers du groupe</source>
        <translation>Dossiers of the group</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="94"/>
        <source>Candidat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="94"/>
        <source>CCPT</source>
        <translation>CCPT</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="94"/>
        <source>Chapitres</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="94"/>
        <source>Mots</source>
        <translation>Words</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="95"/>
        <source>Commentaires ouverts</source>
        <translation>Open comments</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="95"/>
        <source>Dernière modification</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="96"/>
        <source>Prochaine étape</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="96"/>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="96"/>
        <source>Prêt pour l’oral</source>
        <translation>Ready for the oral</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="98"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="97"/>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="96"/>
        <source>Rythme</source>
        <translation>Pace</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="97"/>
        <source>Suite de parcours</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="97"/>
        <source>Conseils d’écriture</source>
        <translation>Writing advice</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="109"/>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="111"/>
        <source>Ouvrir pour relecture</source>
        <translation>Open for review</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="113"/>
        <source>Fiche de suivi…</source>
        <translation>Progress sheet…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="115"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="151"/>
        <source>%1 dossiers dans « %2 ».</source>
        <translation>%1 dossiers in “%2”.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="189"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="192"/>
        <source>%1 productions sur %2 prêtes pour l’oral</source>
        <translation>%1 of %2 productions ready for the oral</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="208"/>
        <source>%1 le %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="222"/>
        <source>%1 à écrire</source>
        <translation>%1 to write</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="224"/>
        <source>prêt vers le %1</source>
        <translation>ready around %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="240"/>
        <location filename="../../dossier_app/gui/dashboard.py" line="247"/>
        <source>Fiche de suivi</source>
        <translation>Progress sheet</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="241"/>
        <source>Document Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="249"/>
        <source>Fiche de suivi enregistrée : %1</source>
        <translation>Progress sheet saved: %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="150"/>
        <source>Tapez la date (jj/mm/aaaa) ou ouvrez le calendrier avec Alt+Bas ou F4 ; effacez-la pour la laisser non renseignée.</source>
        <translation>Type the date (dd/mm/yyyy) or open the calendar with Alt+Down or F4; clear it to leave the date blank.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="158"/>
        <source>Ouvrir le calendrier (Alt+Bas ou F4)</source>
        <translation>Open the calendar (Alt+Down or F4)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="181"/>
        <location filename="../../dossier_app/gui/forms.py" line="182"/>
        <source>Calendrier : %1</source>
        <translation>Calendar: %1</translation>
    </message>
</context>
<context>
    <name>DeclarationForm</name>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="704"/>
        <source>Je soussigné(e) déclare sur l’honneur que les informations contenues dans ce dossier sont exactes et que les productions présentées sont mon œuvre personnelle. La déclaration sera signée à la main sur le document imprimé.</source>
        <translation>I, the undersigned, declare on my honour that the information in this dossier is accurate and that the productions presented are my own work. The declaration is signed by hand on the printed document.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="709"/>
        <source>Lieu de la déclaration</source>
        <translation>Place of the declaration</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="711"/>
        <source>Date fixée</source>
        <translation>Date set</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="712"/>
        <source>Date de la déclaration</source>
        <translation>Date of the declaration</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="719"/>
        <source>Fait à :</source>
        <translation>Made at:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="724"/>
        <source>Le :</source>
        <translation>On:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="59"/>
        <source>Exporter le dossier pour le jury</source>
        <translation>Export the dossier for the jury</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="75"/>
        <source>Document Word (.docx), modifiable</source>
        <translation>Word document (.docx), editable</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="76"/>
        <source>PDF, prêt à imprimer ou à envoyer</source>
        <translation>PDF, ready to print or send</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="78"/>
        <source>Joindre les commentaires non résolus du conseiller</source>
        <translation>Include the advisor’s unresolved comments</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="80"/>
        <source>Remplacer les vrais noms par leurs pseudonymes</source>
        <translation>Replace real names by their pseudonyms</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="85"/>
        <source>Revoir</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="86"/>
        <source>Revoir les noms sans pseudonyme</source>
        <translation>Review the names without a pseudonym</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="92"/>
        <source>Modèle fourni avec l’application</source>
        <translation>Template shipped with the application</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="93"/>
        <source>Modèle Word de l’organisme</source>
        <translation>Organisation’s Word template</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="94"/>
        <location filename="../../dossier_app/gui/export_dialog.py" line="100"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="95"/>
        <source>Choisir un modèle Word</source>
        <translation>Choose a Word template</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="99"/>
        <source>Fichier à créer</source>
        <translation>File to create</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="101"/>
        <source>Choisir le fichier à créer</source>
        <translation>Choose the file to create</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="106"/>
        <source>Export en cours</source>
        <translation>Export in progress</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="115"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="117"/>
        <source>Ouvrir le document</source>
        <translation>Open the document</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="119"/>
        <source>Ouvrir le répertoire</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="121"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="123"/>
        <source>Annuler l’export</source>
        <translation>Cancel the export</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="138"/>
        <source>Format :</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="143"/>
        <source>Options :</source>
        <translation>Options:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="144"/>
        <source>Modèle :</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="145"/>
        <source>Enregistrer sous :</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="166"/>
        <source>1 nom sans pseudonyme : %1</source>
        <translation>1 name without a pseudonym: %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="168"/>
        <source>%1 noms sans pseudonyme : %2</source>
        <translation>%1 names without a pseudonym: %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="188"/>
        <source>Modèle Word</source>
        <translation>Word template</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="189"/>
        <source>Document Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="195"/>
        <source>Enregistrer sous</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="226"/>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="248"/>
        <source>Arrêt de l’export…</source>
        <translation>Stopping the export…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="275"/>
        <source>Dossier exporté : %1</source>
        <translation>Dossier exported: %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="277"/>
        <source>Le sommaire n’a pas pu être numéroté : dans Word, mettez la table à jour (F9).</source>
        <translation>The contents could not be numbered: in Word, update the table (F9).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="280"/>
        <source>Les documents PDF des annexes ne sont pas dans le fichier Word : ils sont joints à l’export PDF, à envoyer au jury.</source>
        <translation>The annexes’ PDF documents are not in the Word file: they are joined to the PDF export, the one to send to the jury.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="283"/>
        <source>Commentaires placés sur le titre de leur chapitre, faute d’y retrouver leur passage : %1.</source>
        <translation>Comments placed on their chapter’s heading, their passage no longer being found: %1.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../dossier_app/gui/file_actions.py" line="44"/>
        <source>Ouvrir un dossier</source>
        <translation>Open a dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/file_actions.py" line="46"/>
        <source>Dossier CCPT (*.ccpt);;Tous les fichiers (*)</source>
        <translation>CCPT dossier (*.ccpt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/file_actions.py" line="155"/>
        <source>Enregistrer une copie</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/file_actions.py" line="129"/>
        <location filename="../../dossier_app/gui/file_actions.py" line="157"/>
        <source>Dossier CCPT (*.ccpt)</source>
        <translation>CCPT dossier (*.ccpt)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/file_actions.py" line="82"/>
        <source>Importer un brouillon Word</source>
        <translation>Import a Word draft</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/file_actions.py" line="84"/>
        <source>Brouillon (*.docx *.odt *.doc *.pdf);;Tous les fichiers (*)</source>
        <translation>Draft (*.docx *.odt *.doc *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/file_actions.py" line="127"/>
        <source>Enregistrer le nouveau dossier</source>
        <translation>Save the new dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/file_actions.py" line="136"/>
        <location filename="../../dossier_app/gui/file_actions.py" line="163"/>
        <source>Choisissez un autre emplacement que celui du dossier ouvert.</source>
        <translation>Choose another location than the open dossier’s.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/file_actions.py" line="203"/>
        <source>Installer un référentiel</source>
        <translation>Install a referential</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/file_actions.py" line="205"/>
        <source>Référentiel (*.json)</source>
        <translation>Referential (*.json)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/file_actions.py" line="220"/>
        <source>Référentiel installé</source>
        <translation>Referential installed</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/file_actions.py" line="222"/>
        <source>Le référentiel « %1 », édition %2, est maintenant utilisé.</source>
        <translation>The referential “%1”, edition %2, is now in use.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/file_actions.py" line="231"/>
        <source>À propos de Dossier CCPT</source>
        <translation>About Dossier CCPT</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/file_actions.py" line="234"/>
        <source>&lt;b&gt;Dossier CCPT&lt;/b&gt; %1&lt;br&gt;&lt;br&gt;Pour écrire le dossier de productions de la certification des compétences acquises dans un mandat (CCPT).&lt;br&gt;&lt;br&gt;Tout reste sur cet ordinateur : aucune connexion à Internet.&lt;br&gt;Référentiel : %2, édition %3.</source>
        <translation>&lt;b&gt;Dossier CCPT&lt;/b&gt; %1&lt;br&gt;&lt;br&gt;To write the dossier of productions of the certification of skills gained in a mandate (CCPT).&lt;br&gt;&lt;br&gt;Everything stays on this computer: no Internet connection.&lt;br&gt;Referential: %2, edition %3.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="227"/>
        <source>Où garder votre dossier</source>
        <translation>Where to keep your dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="228"/>
        <source>Un seul fichier contient tout le dossier. Il est enregistré automatiquement pendant que vous écrivez ; vous pourrez le copier sur une clé USB pour votre conseiller.</source>
        <translation>One file holds the whole dossier. It is saved automatically while you write; you can copy it to a USB stick for your advisor.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="233"/>
        <source>Emplacement du fichier du dossier</source>
        <translation>Location of the dossier file</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="234"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="253"/>
        <source>Enregistrer le dossier</source>
        <translation>Save the dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="255"/>
        <source>Dossier CCPT (*.ccpt)</source>
        <translation>CCPT dossier (*.ccpt)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="262"/>
        <source>Indiquez où enregistrer le dossier.</source>
        <translation>Say where to save the dossier.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="265"/>
        <source>Un fichier porte déjà ce nom : choisissez-en un autre.</source>
        <translation>A file already has this name: choose another one.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="267"/>
        <source>Ce dossier n’existe pas : choisissez-en un autre.</source>
        <translation>This folder does not exist: choose another one.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../dossier_app/gui/editor.py" line="392"/>
        <source>Rechercher dans le chapitre</source>
        <translation>Find in the chapter</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/editor.py" line="393"/>
        <source>Texte à rechercher</source>
        <translation>Text to find</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/editor.py" line="395"/>
        <source>Précédent</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/editor.py" line="396"/>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/editor.py" line="397"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/editor.py" line="398"/>
        <source>Fermer la recherche</source>
        <translation>Close the search</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="35"/>
        <source>Conseils pour ce chapitre</source>
        <translation>Guidance for this chapter</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="52"/>
        <source>intitulé provisoire</source>
        <translation>provisional wording</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="54"/>
        <source>Compétence</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="58"/>
        <source>Ce que le jury regarde</source>
        <translation>What the jury looks for</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="63"/>
        <source>Questions pour avancer</source>
        <translation>Questions to move on</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="66"/>
        <source>Cliquez pour insérer dans le texte :</source>
        <translation>Click to insert into the text:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="67"/>
        <source>Pour commencer une phrase</source>
        <translation>To start a sentence</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="69"/>
        <source>Un exemple (CCPT « %1 »)</source>
        <translation>An example (CCPT “%1”)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="71"/>
        <source>Un exemple</source>
        <translation>An example</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="76"/>
        <source>À savoir</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="77"/>
        <source>Les compétences de ce CCPT sont une proposition provisoire : le référentiel officiel (la liste officielle des compétences de chaque CCPT) n’a pas pu être obtenu. Vérifiez-les avec votre conseiller.</source>
        <translation>The competences of this CCPT are a provisional proposal: the official referential (the official list of the competences of each CCPT) could not be obtained. Check them with your advisor.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="87"/>
        <source>Ce que le métier visé attend</source>
        <translation>What the target trade expects</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="90"/>
        <source>Le référentiel utilisé ne donne pas les compétences du métier visé.</source>
        <translation>The referential in use does not give the target trade’s competences.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="91"/>
        <source>Le bloc « %1 » du titre professionnel %2. Cochez ce que votre argumentaire rejoint :</source>
        <translation>The block “%1” of the professional title %2. Tick what your argument reaches:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="97"/>
        <source>rejointe</source>
        <translation>reached</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="98"/>
        <source>pas cochée ; votre texte semble la nommer</source>
        <translation>not ticked; your text seems to name it</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="99"/>
        <source>pas encore</source>
        <translation>not yet</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="94"/>
        <source>Vous</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="95"/>
        <source>Ces informations figurent sur la page de garde du dossier (* : obligatoire).</source>
        <translation>This information goes on the cover page of the dossier (*: required).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="100"/>
        <source>%1 * :</source>
        <translation>%1 *:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="102"/>
        <source>Obligatoire</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="112"/>
        <source>Indiquez votre nom d’usage pour continuer.</source>
        <translation>Enter your usual last name to continue.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="114"/>
        <source>Indiquez votre prénom pour continuer.</source>
        <translation>Enter your first name to continue.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="115"/>
        <source>Indiquez votre prénom et votre nom d’usage pour continuer.</source>
        <translation>Enter your first name and your usual last name to continue.</translation>
    </message>
</context>
<context>
    <name>ImportDraftDialog</name>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="61"/>
        <source>Importer un brouillon Word</source>
        <translation>Import a Word draft</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="69"/>
        <source>Voici où irait chaque paragraphe de « %1 ». Déplacez ce qui est mal placé, puis créez le dossier (votre brouillon reste tel quel).</source>
        <translation>Here is where each paragraph of “%1” would go. Move anything misplaced, then create the dossier (your draft stays as it is).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="84"/>
        <source>Lecture du brouillon en cours</source>
        <translation>Reading the draft</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="88"/>
        <source>&amp;Créer le dossier…</source>
        <translation>&amp;Create the dossier…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="90"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="95"/>
        <source>CCPT &amp;visé :</source>
        <translation>Tar&amp;get CCPT:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="104"/>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="309"/>
        <source>Lecture du brouillon…</source>
        <translation>Reading the draft…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="115"/>
        <source>CCPT visé</source>
        <translation>Target CCPT</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="116"/>
        <source>Choisissez le CCPT visé</source>
        <translation>Choose the target CCPT</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="125"/>
        <source>Plan proposé</source>
        <translation>Proposed outline</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="127"/>
        <source>Choisissez un ou plusieurs paragraphes, puis Ctrl+M pour les déplacer, Alt+Haut ou Alt+Bas pour les passer au chapitre d’avant ou d’après.</source>
        <translation>Select one or more paragraphs, then press Ctrl+M to move them, Alt+Up or Alt+Down to send them to the previous or next chapter.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="150"/>
        <source>Déplacer vers</source>
        <translation>Move to</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="152"/>
        <source>Déplacer vers…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="153"/>
        <source>Vers le chapitre d’avant</source>
        <translation>To the previous chapter</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="155"/>
        <source>Vers le chapitre d’après</source>
        <translation>To the next chapter</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="157"/>
        <source>Nouvelle production à partir d’ici</source>
        <translation>New production from here</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="165"/>
        <source>&amp;Déplacer vers…</source>
        <translation>&amp;Move to…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="166"/>
        <source>Déplacer les paragraphes choisis vers</source>
        <translation>Move the selected paragraphs to</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="167"/>
        <source>Ctrl+M ; Alt+Haut ou Alt+Bas : chapitre d’avant ou d’après</source>
        <translation>Ctrl+M; Alt+Up or Alt+Down: previous or next chapter</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="170"/>
        <source>&amp;Scinder ici</source>
        <translation>&amp;Split here</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="172"/>
        <source>Ce paragraphe et ceux qui le suivent dans la production forment une nouvelle production.</source>
        <translation>This paragraph and those after it in the production form a new production.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="175"/>
        <source>&amp;Ajouter une production</source>
        <translation>&amp;Add a production</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="182"/>
        <source>&amp;Plan proposé :</source>
        <translation>&amp;Proposed outline:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="193"/>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="510"/>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="196"/>
        <source>Titre de la production</source>
        <translation>Title of the production</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="199"/>
        <source>Compétence de la production</source>
        <translation>Competence of the production</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="203"/>
        <source>&amp;Fusionner avec la précédente</source>
        <translation>M&amp;erge with the previous one</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="205"/>
        <source>Supprimer la production</source>
        <translation>Delete the production</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="206"/>
        <source>Ses paragraphes vont dans « À trier ».</source>
        <translation>Its paragraphs go to “To sort”.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="210"/>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="211"/>
        <source>C&amp;ompétence :</source>
        <translation>C&amp;ompetence:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="216"/>
        <source>Texte du passage choisi</source>
        <translation>Text of the selected passage</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="217"/>
        <source>Choisissez un paragraphe pour lire son texte.</source>
        <translation>Select a paragraph to read its text.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="218"/>
        <source>Texte choisi</source>
        <translation>Selected text</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="238"/>
        <source>Le brouillon</source>
        <translation>The draft</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="252"/>
        <source>Accepter toutes les modifications suivies</source>
        <translation>Accept all tracked changes</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="253"/>
        <source>Les refuser</source>
        <translation>Reject them</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="259"/>
        <source>Compte rendu de la lecture du brouillon</source>
        <translation>Report on reading the draft</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="264"/>
        <source>Compte rendu de la &amp;lecture :</source>
        <translation>&amp;Report on reading the draft:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="352"/>
        <source>Le brouillon contient une modification suivie.</source>
        <translation>The draft contains one tracked change.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="353"/>
        <source>Le brouillon contient %1 modifications suivies.</source>
        <translation>The draft contains %1 tracked changes.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="356"/>
        <source>Changer ce choix relit le brouillon : les déplacements faits ici sont alors perdus.</source>
        <translation>Changing this choice rereads the draft: any moves made here are then lost.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="367"/>
        <source>Aucun commentaire.</source>
        <translation>No comments.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="368"/>
        <source>Un commentaire, repris sur son passage.</source>
        <translation>One comment, kept on its passage.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="369"/>
        <source>%1 commentaires, repris sur leur passage.</source>
        <translation>%1 comments, kept on their passages.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="371"/>
        <source>Une image devient une annexe.</source>
        <translation>One image becomes an annex.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="372"/>
        <source>%1 images deviennent des annexes.</source>
        <translation>%1 images become annexes.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="374"/>
        <source>Un tableau ou une image reste dans « À trier », en note.</source>
        <translation>One table or image stays in “To sort”, as a note.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="376"/>
        <source>%1 tableaux ou images restent dans « À trier », en note.</source>
        <translation>%1 tables or images stay in “To sort”, as notes.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="445"/>
        <source>sans titre</source>
        <translation>untitled</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="446"/>
        <source>Production %1 : %2</source>
        <translation>Production %1: %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="454"/>
        <source>Projet professionnel</source>
        <translation>Professional project</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="454"/>
        <source>À trier</source>
        <translation>To sort</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="455"/>
        <source>Non repris (page de titre, sommaire, déclaration…)</source>
        <translation>Not taken in (title page, contents, declaration…)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="461"/>
        <source>%1 — vide</source>
        <translation>%1 — empty</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="462"/>
        <source>%1 — %2 mots</source>
        <translation>%1 — %2 words</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="465"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="466"/>
        <source>Tableau</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="466"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="515"/>
        <source>Production %1</source>
        <translation>Production %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="524"/>
        <source>Pas encore choisie</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="601"/>
        <source>Production %1 › %2</source>
        <translation>Production %1 › %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/import_draft_dialog.py" line="656"/>
        <source>Choisissez d’abord le CCPT visé.</source>
        <translation>First choose the target CCPT.</translation>
    </message>
</context>
<context>
    <name>Look</name>
    <message>
        <location filename="../../dossier_app/gui/look.py" line="58"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/look.py" line="59"/>
        <source>La nouvelle langue sera utilisée au prochain démarrage de l’application.</source>
        <translation>The new language will be used the next time the application starts.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dossier_app/gui/form_pages.py" line="158"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/form_pages.py" line="164"/>
        <source>Confidentialité</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/form_pages.py" line="165"/>
        <source>Les vrais noms que cite le dossier (collègues, responsables, adhérents, entreprises) et les pseudonymes qui les remplacent quand vous exportez en cochant « Remplacer les vrais noms par leurs pseudonymes ».</source>
        <translation>The real names the dossier mentions (colleagues, managers, members, companies) and the pseudonyms that replace them when you export with “Replace real names with their pseudonyms” ticked.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/form_pages.py" line="175"/>
        <source>Mandats</source>
        <translation>Mandates</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/form_pages.py" line="176"/>
        <source>Les mandats exercés ces cinq dernières années : intitulé, organisation, dates et part du temps de travail.</source>
        <translation>The mandates held in the last five years: title, organisation, dates and share of working time.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/form_pages.py" line="185"/>
        <source>Projet professionnel</source>
        <translation>Professional project</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/form_pages.py" line="186"/>
        <source>Le métier visé et pourquoi : c’est ce projet qui rend le transfert crédible.</source>
        <translation>The target job and why: this project makes the transfer credible.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/form_pages.py" line="195"/>
        <source>Parcours et ateliers</source>
        <translation>Path and workshops</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/form_pages.py" line="203"/>
        <source>Après le jury</source>
        <translation>After the jury</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/form_pages.py" line="204"/>
        <source>Le résultat du jury pour chaque CCPT passé, puis ce qui peut suivre : ajoutez-le à votre parcours.</source>
        <translation>The jury’s result for each CCPT sat, then what may follow: add it to your path.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/form_pages.py" line="213"/>
        <source>Grille de positionnement</source>
        <translation>Positioning grid</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/form_pages.py" line="214"/>
        <source>Pour chaque compétence du CCPT : où vous en êtes selon vous et selon votre conseiller, au début puis à la fin du parcours, et les écarts à combler.</source>
        <translation>For each competence of the CCPT: where you stand in your view and your advisor’s, at the start and at the end of the path, and the gaps to close.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/form_pages.py" line="223"/>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/form_pages.py" line="224"/>
        <source>Les pièces jointes au dossier, numérotées dans cet ordre : un renvoi « (voir annexe 2) » du texte suit son annexe quand elle change de place.</source>
        <translation>The documents attached to the dossier, numbered in this order: a “(see annex 2)” reference in the text follows its annex when it moves.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/form_pages.py" line="234"/>
        <source>Déclaration sur l’honneur</source>
        <translation>Declaration on honour</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="51"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="55"/>
        <source>&amp;Nouveau dossier…</source>
        <translation>&amp;New dossier…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="62"/>
        <source>&amp;Importer un brouillon Word…</source>
        <translation>&amp;Import a Word draft…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="68"/>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="75"/>
        <source>Ouvrir le dossier d’&amp;exemple</source>
        <translation>Open the &amp;example dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="78"/>
        <source>Dossiers &amp;récents</source>
        <translation>&amp;Recent dossiers</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="82"/>
        <source>Ouvrir un &amp;groupe (tableau de bord)…</source>
        <translation>Open a &amp;group (dashboard)…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="89"/>
        <source>E&amp;xporter pour le jury…</source>
        <translation>E&amp;xport for the jury…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="96"/>
        <source>&amp;Enregistrer maintenant</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="103"/>
        <source>&amp;Fermer le dossier</source>
        <translation>&amp;Close the dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="111"/>
        <source>Installer un &amp;référentiel officiel…</source>
        <translation>Install an official &amp;referential…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="113"/>
        <source>Le référentiel est la liste officielle des CCPT et de leurs compétences ; votre conseiller peut vous en donner le fichier.</source>
        <translation>The referential is the official list of the CCPTs and their competences; your advisor can give you the file.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="120"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="125"/>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="129"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="136"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="144"/>
        <source>Re&amp;chercher…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="151"/>
        <source>&amp;Versions du chapitre…</source>
        <translation>Chapter &amp;versions…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="158"/>
        <source>In&amp;sérer un renvoi à une annexe…</source>
        <translation>In&amp;sert a reference to an annex…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="167"/>
        <source>&amp;Gras</source>
        <translation>&amp;Bold</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="174"/>
        <source>&amp;Italique</source>
        <translation>&amp;Italic</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="181"/>
        <source>Liste à &amp;puces</source>
        <translation>&amp;Bulleted list</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="188"/>
        <source>Liste &amp;numérotée</source>
        <translation>&amp;Numbered list</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="195"/>
        <source>Augmenter le retrait de la liste</source>
        <translation>Indent the list item</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="202"/>
        <source>Diminuer le retrait de la liste</source>
        <translation>Outdent the list item</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="208"/>
        <source>&amp;Relecture</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="212"/>
        <source>&amp;Commenter la sélection…</source>
        <translation>&amp;Comment on the selection…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="219"/>
        <source>Mon &amp;nom de relecteur…</source>
        <translation>My reviewer &amp;name…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="226"/>
        <source>&amp;Envoyer à mon conseiller…</source>
        <translation>&amp;Send to my advisor…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="232"/>
        <source>&amp;Reprendre la relecture du conseiller…</source>
        <translation>&amp;Bring back the advisor’s review…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="238"/>
        <source>&amp;Fiche de suivi (Word)…</source>
        <translation>Progress &amp;sheet (Word)…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="243"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="244"/>
        <source>&amp;Taille du texte</source>
        <translation>&amp;Text size</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="252"/>
        <source>T&amp;hème</source>
        <translation>T&amp;heme</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="255"/>
        <source>Comme le système</source>
        <translation>Like the system</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="256"/>
        <source>Clair</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="257"/>
        <source>Sombre</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="262"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="274"/>
        <source>Zoom &amp;avant</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="281"/>
        <source>Zoom a&amp;rrière</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="289"/>
        <source>&amp;Conseils d’écriture</source>
        <translation>Writing &amp;guidance</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="300"/>
        <source>&amp;Points à régler avant le jury</source>
        <translation>&amp;Points to settle before the jury</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="309"/>
        <source>Relecture : &amp;grammaire, orthographe, conseils</source>
        <translation>Proofreading: &amp;grammar, spelling, advice</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="317"/>
        <source>&amp;Mode concentration</source>
        <translation>&amp;Focus mode</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="324"/>
        <source>A&amp;ller</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="328"/>
        <source>Chapitre &amp;suivant</source>
        <translation>&amp;Next chapter</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="335"/>
        <source>Chapitre &amp;précédent</source>
        <translation>&amp;Previous chapter</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="339"/>
        <source>Passer du &amp;plan au texte</source>
        <translation>Switch between &amp;outline and text</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="343"/>
        <source>Aid&amp;e</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="347"/>
        <source>&amp;Écrire une production</source>
        <translation>&amp;Writing a production</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="354"/>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/menus.py" line="360"/>
        <source>À &amp;propos de Dossier CCPT</source>
        <translation>&amp;About Dossier CCPT</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="162"/>
        <source>Impossible d’ouvrir le dossier « %1 » : son nom contient des caractères illisibles ; renommez le fichier puis rouvrez-le.</source>
        <translation>Cannot open the dossier “%1”: its name contains unreadable characters; rename the file and open it again.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="190"/>
        <source> (lecture seule)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="209"/>
        <source>Le dossier n’a pas pu être enregistré.</source>
        <translation>The dossier could not be saved.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="213"/>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="214"/>
        <source>Le dossier n’a pas pu être enregistré. Votre texte est toujours là : enregistrez une copie ailleurs (sur une clé USB, par exemple), ou réessayez.</source>
        <translation>The dossier could not be saved. Your text is still here: save a copy elsewhere (on a USB stick, for example), or try again.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/review_actions.py" line="181"/>
        <location filename="../../dossier_app/gui/review_actions.py" line="204"/>
        <source>Dossier CCPT (*.ccpt)</source>
        <translation>CCPT dossier (*.ccpt)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/review_actions.py" line="44"/>
        <source>Une version de chaque chapitre a été gardée.</source>
        <translation>A version of every chapter has been kept.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/review_actions.py" line="56"/>
        <source>Relecture</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/review_actions.py" line="57"/>
        <source>Votre nom, pour signer vos commentaires :</source>
        <translation>Your name, to sign your comments:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/review_actions.py" line="67"/>
        <source>Répertoire du groupe</source>
        <translation>Folder of the group</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/review_actions.py" line="84"/>
        <source>Ouvrir un autre dossier</source>
        <translation>Open another dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/review_actions.py" line="85"/>
        <source>Ouvrir le dossier de %1 ? Le dossier ouvert sera enregistré et fermé.</source>
        <translation>Open the dossier of %1? The dossier open now will be saved and closed.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/review_actions.py" line="128"/>
        <source>Enregistrer le modèle de parcours</source>
        <translation>Save the path template</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/review_actions.py" line="130"/>
        <location filename="../../dossier_app/gui/review_actions.py" line="157"/>
        <source>Modèle de parcours (*.json)</source>
        <translation>Path template (*.json)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/review_actions.py" line="144"/>
        <source>Modèle enregistré : les prochains parcours seront prévus d’après lui.</source>
        <translation>Template saved: the next paths will be planned from it.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/review_actions.py" line="155"/>
        <source>Installer un modèle de parcours</source>
        <translation>Install a path template</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/review_actions.py" line="167"/>
        <source>Modèle « %1 » installé : %2 étapes.</source>
        <translation>Template “%1” installed: %2 steps.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/review_actions.py" line="179"/>
        <source>Envoyer à mon conseiller</source>
        <translation>Send to my advisor</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/review_actions.py" line="186"/>
        <source>Copie prête</source>
        <translation>Copy ready</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/review_actions.py" line="187"/>
        <source>La copie « %1 » est prête : donnez-la à votre conseiller (clé USB, courriel). Continuez à écrire ici ; quand la copie relue reviendra, utilisez « Reprendre la relecture du conseiller » : rien de ce que vous aurez écrit entre-temps ne sera perdu.</source>
        <translation>The copy “%1” is ready: give it to your advisor (USB stick, e-mail). Keep writing here; when the reviewed copy comes back, use “Bring back the advisor’s review”: nothing you write in the meantime will be lost.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/review_actions.py" line="202"/>
        <source>Reprendre la relecture du conseiller</source>
        <translation>Bring back the advisor’s review</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/review_actions.py" line="214"/>
        <source>Relecture reprise : %1 nouveaux commentaires, %2 réponses, %3 statuts et %4 chapitres mis à jour.</source>
        <translation>Review brought back: %1 new comments, %2 replies, %3 statuses and %4 chapters updated.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/review_actions.py" line="221"/>
        <source>%1 chapitres ont été modifiés des deux côtés : votre texte est gardé et la version du conseiller vous attend dans chacun d’eux pour que vous choisissiez.</source>
        <translation>%1 chapters were changed on both sides: your text is kept and the advisor’s version waits in each of them for you to choose.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/review_actions.py" line="228"/>
        <source>Relecture reprise</source>
        <translation>Review brought back</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/review_actions.py" line="239"/>
        <source>Fiche de suivi</source>
        <translation>Progress sheet</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/review_actions.py" line="241"/>
        <source>Document Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/review_actions.py" line="252"/>
        <source>Fiche de suivi enregistrée : %1</source>
        <translation>Progress sheet saved: %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="285"/>
        <source>Dossier CCPT</source>
        <translation>Dossier CCPT</translation>
    </message>
</context>
<context>
    <name>MandateRow</name>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="634"/>
        <source>Par exemple : secrétaire du CSE</source>
        <translation>For example: secretary of the CSE</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="635"/>
        <source>Intitulé du mandat</source>
        <translation>Mandate title</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="638"/>
        <source>Entreprise ou organisation</source>
        <translation>Company or organisation</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="639"/>
        <source>Début du mandat</source>
        <translation>Start of the mandate</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="643"/>
        <source>En cours</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="641"/>
        <source>Fin du mandat</source>
        <translation>End of the mandate</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="631"/>
        <source>%1, mandat %2</source>
        <translation>%1, mandate %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="631"/>
        <source>Supprimer le mandat « %1 »</source>
        <translation>Remove the mandate “%1”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="632"/>
        <source>Supprimer le mandat %1</source>
        <translation>Remove mandate %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="644"/>
        <source>Mandat en cours</source>
        <translation>Ongoing mandate</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="649"/>
        <source>Part du temps de travail consacrée au mandat</source>
        <translation>Share of working time spent on the mandate</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="651"/>
        <source>Ce que recouvre ce mandat</source>
        <translation>What this mandate covers</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="656"/>
        <source>Mandat :</source>
        <translation>Mandate:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="657"/>
        <source>Organisation :</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="658"/>
        <source>Début :</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="659"/>
        <source>Fin :</source>
        <translation>End:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="660"/>
        <source>Temps consacré :</source>
        <translation>Time spent:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="661"/>
        <source>Description :</source>
        <translation>Description:</translation>
    </message>
</context>
<context>
    <name>MandatesPage</name>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="120"/>
        <source>Vos mandats</source>
        <translation>Your mandates</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="121"/>
        <source>Les mandats exercés ces cinq dernières années, avec leurs dates et la part de votre temps qu’ils occupent. Vous pourrez compléter plus tard.</source>
        <translation>The mandates held in the last five years, with their dates and the share of your time they take. You can complete this later.</translation>
    </message>
</context>
<context>
    <name>MockJuryDialog</name>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="76"/>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="236"/>
        <source>Jury blanc</source>
        <translation>Mock jury</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="95"/>
        <source>Conduit par %1</source>
        <translation>Run by %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="119"/>
        <source>Passer aux &amp;questions</source>
        <translation>Go to the &amp;questions</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="120"/>
        <source>Passer aux questions du jury</source>
        <translation>Go to the jury’s questions</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="122"/>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="164"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="123"/>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="165"/>
        <source>Annuler le jury blanc</source>
        <translation>Cancel the mock jury</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="128"/>
        <source>Étape 1 sur 2 : la présentation</source>
        <translation>Step 1 of 2: the presentation</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="130"/>
        <source>%1 de présentation par le candidat. Démarrez quand il commence ; passez aux questions quand il a fini.</source>
        <translation>%1 of presentation by the candidate. Start when they begin; go to the questions when they have finished.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="146"/>
        <source>Pas de question préparée pour cette production : notez les questions posées dans les notes.</source>
        <translation>No question prepared for this production: write the questions asked in the notes.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="151"/>
        <source>Questions posées :</source>
        <translation>Questions asked:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="155"/>
        <source>Notes générales</source>
        <translation>General notes</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="156"/>
        <source>Posture, clarté, exemples, transfert vers le métier…</source>
        <translation>Bearing, clarity, examples, transfer to the trade…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="158"/>
        <source>&amp;Notes générales :</source>
        <translation>General &amp;notes:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="162"/>
        <source>&amp;Enregistrer le jury blanc</source>
        <translation>&amp;Save the mock jury</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="184"/>
        <source>Étape 2 sur 2 : les questions du jury</source>
        <translation>Step 2 of 2: the jury’s questions</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="186"/>
        <source>De %1 à %2 de questions. Cochez chaque question posée et notez votre retour sur la réponse.</source>
        <translation>%1 to %2 of questions. Tick each question asked and note your feedback on the answer.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="237"/>
        <source>Abandonner ce jury blanc ? Les temps mesurés, les questions cochées et les notes seront perdus.</source>
        <translation>Abandon this mock jury? The times measured, the questions ticked and the notes will be lost.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="239"/>
        <source>&amp;Abandonner</source>
        <translation>&amp;Abandon</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="240"/>
        <source>&amp;Continuer le jury blanc</source>
        <translation>&amp;Continue the mock jury</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="256"/>
        <source>Pas encore démarrée</source>
        <translation>Not started yet</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="258"/>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="275"/>
        <source>En pause</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="262"/>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="267"/>
        <source>&amp;Reprendre</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="262"/>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="267"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="263"/>
        <source>&amp;Démarrer</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="269"/>
        <source>Reprendre le temps des questions</source>
        <translation>Resume the question time</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="270"/>
        <source>Mettre en pause le temps des questions</source>
        <translation>Pause the question time</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="278"/>
        <source>Temps des questions dépassé : %1</source>
        <translation>Question time exceeded: %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="280"/>
        <source>Minimum de %1 atteint : le jury peut conclure</source>
        <translation>Minimum of %1 reached: the jury may conclude</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/mock_jury_dialog.py" line="281"/>
        <source>Minimum de %1 dans %2</source>
        <translation>Minimum of %1 in %2</translation>
    </message>
</context>
<context>
    <name>MockJuryTab</name>
    <message>
        <location filename="../../dossier_app/gui/oral_page.py" line="53"/>
        <source>Lancer un &amp;jury blanc…</source>
        <translation>Run a mock &amp;jury…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_page.py" line="54"/>
        <source>Lancer un jury blanc</source>
        <translation>Run a mock jury</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_page.py" line="55"/>
        <source>Le conseiller chronomètre l’exposé puis les questions, et note un retour sur chaque réponse</source>
        <translation>The advisor times the talk then the questions, and notes feedback on each answer</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_page.py" line="60"/>
        <source>Jurys blancs</source>
        <translation>Mock juries</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_page.py" line="62"/>
        <source>Jurys blancs &amp;tenus :</source>
        <translation>Mock juries &amp;held:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_page.py" line="66"/>
        <source>Notes et retours du jury blanc choisi</source>
        <translation>Notes and feedback of the chosen mock jury</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_page.py" line="68"/>
        <source>Notes et retours par questi&amp;on :</source>
        <translation>Notes and feedback per questi&amp;on:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_page.py" line="97"/>
        <source>Aucun jury blanc pour l’instant. En atelier, le conseiller joue le jury : %1 d’exposé, puis les questions.</source>
        <translation>No mock jury yet. In a workshop, the advisor plays the jury: %1 of talk, then the questions.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_page.py" line="108"/>
        <source>date inconnue</source>
        <translation>unknown date</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_page.py" line="109"/>
        <source>auteur inconnu</source>
        <translation>unknown author</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_page.py" line="110"/>
        <source>dans le temps</source>
        <translation>in time</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_page.py" line="111"/>
        <source>hors du temps</source>
        <translation>out of time</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_page.py" line="112"/>
        <source>1 question posée</source>
        <translation>1 question asked</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_page.py" line="113"/>
        <source>%1 questions posées</source>
        <translation>%1 questions asked</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_page.py" line="114"/>
        <source>%1 — %2 : exposé %3 pour %4 (%5), questions %6 ; %7</source>
        <translation>%1 — %2: talk %3 for %4 (%5), questions %6; %7</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_page.py" line="133"/>
        <source>(question supprimée depuis)</source>
        <translation>(question deleted since)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_page.py" line="134"/>
        <source>pas de retour noté</source>
        <translation>no feedback noted</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="50"/>
        <source>Plan du dossier</source>
        <translation>Dossier outline</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="113"/>
        <source>Mon dossier</source>
        <translation>My dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="119"/>
        <source>Production %1 : %2</source>
        <translation>Production %1: %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="120"/>
        <source>Production %1</source>
        <translation>Production %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="128"/>
        <source>%1, production %2</source>
        <translation>%1, production %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="154"/>
        <source>Statut : %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="155"/>
        <source>la version du conseiller attend votre choix</source>
        <translation>the advisor’s version awaits your choice</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="156"/>
        <source>%1 ; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="179"/>
        <source>%1 ; conseillé : %2</source>
        <translation>%1; advised: %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="182"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="229"/>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="230"/>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="241"/>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="253"/>
        <source>%1 · %2 min de lecture</source>
        <translation>%1 · %2 min read</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="256"/>
        <source>%1 (export du %2) · %3 min de lecture</source>
        <translation>%1 (exported on %2) · %3 min read</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="264"/>
        <source>Statuts : %1</source>
        <translation>Statuses: %1</translation>
    </message>
</context>
<context>
    <name>NextStepCard</name>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="114"/>
        <source>Quoi :</source>
        <translation>What:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="114"/>
        <source>Avec qui :</source>
        <translation>With whom:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="115"/>
        <source>Comment :</source>
        <translation>How:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="120"/>
        <source>Ajouter à mon parcours</source>
        <translation>Add to my path</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="121"/>
        <source>Ajouter à mon parcours : %1</source>
        <translation>Add to my path: %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="136"/>
        <source>✓ Déjà dans votre parcours (page « Parcours et ateliers »)</source>
        <translation>✓ Already in your path (“Path and workshops” page)</translation>
    </message>
</context>
<context>
    <name>OralPage</name>
    <message>
        <location filename="../../dossier_app/gui/oral_page.py" line="159"/>
        <source>Préparer l’oral</source>
        <translation>Prepare the oral</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_page.py" line="160"/>
        <source>&amp;Plan de l’exposé</source>
        <translation>Talk &amp;plan</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_page.py" line="161"/>
        <source>&amp;Questions du jury</source>
        <translation>Jury &amp;questions</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_page.py" line="162"/>
        <source>Jury &amp;blanc</source>
        <translation>Mock &amp;jury</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_page.py" line="185"/>
        <source>Production %1 : %2 — oral</source>
        <translation>Production %1: %2 — oral</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_page.py" line="186"/>
        <source>Production %1 — oral</source>
        <translation>Production %1 — oral</translation>
    </message>
</context>
<context>
    <name>PaceBox</name>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="726"/>
        <source>En avance</source>
        <translation>Ahead</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="727"/>
        <source>À l’heure</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="728"/>
        <source>En retard</source>
        <translation>Behind</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="729"/>
        <source>Objectifs atteints</source>
        <translation>Targets reached</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="730"/>
        <source>Date de remise passée</source>
        <translation>Submission date passed</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="731"/>
        <source>Date de remise à fixer</source>
        <translation>Submission date to set</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="744"/>
        <source>Rythme jusqu’à la remise du dossier</source>
        <translation>Pace until the dossier is submitted</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="752"/>
        <source>Où vous en êtes</source>
        <translation>Where you stand</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="762"/>
        <source>Reste à écrire :</source>
        <translation>Left to write:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="763"/>
        <source>Remise du dossier :</source>
        <translation>Dossier submission:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="764"/>
        <source>Par jour d’écriture :</source>
        <translation>Per writing day:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="765"/>
        <source>Prêt à ce rythme :</source>
        <translation>Ready at this pace:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="774"/>
        <source> mots</source>
        <translation> words</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="775"/>
        <source>Objectif du chapitre « %1 », en mots</source>
        <translation>Target for the “%1” chapter, in words</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="779"/>
        <source>%1 :</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="780"/>
        <source>Revenir aux repères des conseils</source>
        <translation>Go back to the advised guidelines</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="787"/>
        <source>Reste à écrire par chapitre</source>
        <translation>Left to write per chapter</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="788"/>
        <source>Partager mon journal d’écriture avec mon conseiller</source>
        <translation>Share my writing log with my advisor</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="790"/>
        <source>Sinon, votre journal reste privé : la copie envoyée au conseiller ne le contient pas.</source>
        <translation>Otherwise your log stays private: the copy sent to the advisor does not include it.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="794"/>
        <source>Derniers jours d’écriture</source>
        <translation>Latest writing days</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="798"/>
        <source>Objectifs par chapitre (pour chaque production)</source>
        <translation>Targets per chapter (for each production)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="801"/>
        <source>Journal d’écriture</source>
        <translation>Writing log</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="854"/>
        <source>rien : chaque chapitre a atteint son objectif</source>
        <translation>nothing: every chapter has reached its target</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="857"/>
        <source>%1, en comptant %2 jours d’écriture par semaine</source>
        <translation>%1, counting %2 writing days a week</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="859"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="866"/>
        <source>à dater dans le parcours (étape « Remise du dossier »)</source>
        <translation>to date in the path (“Dossier submission” step)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="869"/>
        <source>le %1, dans %2 jours</source>
        <translation>%1, in %2 days</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="871"/>
        <source>le %1, demain</source>
        <translation>%1, tomorrow</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="873"/>
        <source>le %1, aujourd’hui</source>
        <translation>%1, today</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="874"/>
        <source>le %1, passée</source>
        <translation>%1, passed</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="878"/>
        <source>dès maintenant</source>
        <translation>right now</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="880"/>
        <source>votre journal d’écriture est encore trop court pour le dire</source>
        <translation>your writing log is still too short to tell</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="881"/>
        <source>vers le %1</source>
        <translation>around %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="886"/>
        <source>%1 : %2 à écrire</source>
        <translation>%1: %2 to write</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="889"/>
        <source>Production %1 — %2</source>
        <translation>Production %1 — %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="890"/>
        <source>Production %1 — objectifs atteints</source>
        <translation>Production %1 — targets reached</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="896"/>
        <source>Pas encore de jour d’écriture noté : chaque enregistrement de vos chapitres y ajoute les mots écrits du jour.</source>
        <translation>No writing day logged yet: each time you save your chapters, the words written that day are added here.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="898"/>
        <source>%1 : +%2</source>
        <translation>%1: +%2</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../dossier_app/gui/panels.py" line="32"/>
        <source>Points à régler</source>
        <translation>Points to settle</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/panels.py" line="36"/>
        <source>Relecture</source>
        <translation>Proofreading</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/panels.py" line="66"/>
        <source>Panneaux : points à régler et relecture</source>
        <translation>Panels: points to settle and proofreading</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/panels.py" line="123"/>
        <source>✓ Prêt pour le jury</source>
        <translation>✓ Ready for the jury</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/panels.py" line="124"/>
        <source>⚠ 1 point à régler</source>
        <translation>⚠ 1 point to settle</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/panels.py" line="125"/>
        <source>⚠ %1 points à régler</source>
        <translation>⚠ %1 points to settle</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/panels.py" line="126"/>
        <source>Afficher ou masquer les points à régler (F10)</source>
        <translation>Show or hide the points to settle (F10)</translation>
    </message>
</context>
<context>
    <name>PathPage</name>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="397"/>
        <source>Chapitres relus ou définitifs</source>
        <translation>Chapters reviewed or final</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="399"/>
        <source>Les chapitres au statut « %1 » ou « %2 », sur tous ceux du dossier.</source>
        <translation>The chapters whose status is “%1” or “%2”, out of all the chapters of the dossier.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="401"/>
        <source>Actions faites</source>
        <translation>Actions done</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="408"/>
        <source>Chapitres relus ou définitifs :</source>
        <translation>Chapters reviewed or final:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="409"/>
        <source>Actions faites :</source>
        <translation>Actions done:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="413"/>
        <source>Étapes du parcours</source>
        <translation>Steps of the path</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="422"/>
        <source>Ajouter une étape</source>
        <translation>Add a step</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="424"/>
        <source>Supprimer l’étape</source>
        <translation>Remove the step</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="426"/>
        <source>Modèle de parcours</source>
        <translation>Path template</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="428"/>
        <source>Enregistrer ce parcours comme modèle…</source>
        <translation>Save this path as the template…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="430"/>
        <source>Installer un modèle de parcours…</source>
        <translation>Install a path template…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="439"/>
        <source>Date de début du parcours</source>
        <translation>Start date of the path</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="440"/>
        <source>Prévoir le parcours</source>
        <translation>Plan the path</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="445"/>
        <source>Le parcours n’est pas encore prévu. Il sera créé d’après le modèle : information collective, positionnement, ateliers, entretiens individuels, remise du dossier et jury. Indiquez la date de la première étape si vous la connaissez ; chaque date pourra ensuite être changée.</source>
        <translation>The path is not planned yet. It will be created from the template: information session, positioning, workshops, individual sessions, submission of the dossier and jury. Give the date of the first step if you know it; every date can be changed afterwards.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="451"/>
        <source>Début :</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="593"/>
        <source>date à fixer</source>
        <translation>date to be set</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="595"/>
        <source>  ·  actions : %1/%2</source>
        <translation>  ·  actions: %1/%2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="600"/>
        <source>Date du jury à fixer : datez l’étape « Jury » du parcours.</source>
        <translation>Jury date to be set: date the “Jury” step of the path.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="602"/>
        <source>Jury le %1 : dans %2 jours.</source>
        <translation>Jury on %1: in %2 days.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="604"/>
        <source>Jury le %1 : demain.</source>
        <translation>Jury on %1: tomorrow.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="606"/>
        <source>Jury le %1 : aujourd’hui.</source>
        <translation>Jury on %1: today.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="608"/>
        <source>Jury passé, le %1.</source>
        <translation>Jury held on %1.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="613"/>
        <source>Prochain rendez-vous : %1, le %2.</source>
        <translation>Next appointment: %1, on %2.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="620"/>
        <source>%1 %2 : %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="626"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="634"/>
        <source>Rythme : %1</source>
        <translation>Pace: %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="636"/>
        <source>%1 à écrire</source>
        <translation>%1 to write</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="638"/>
        <source>%1 par jour d’écriture</source>
        <translation>%1 per writing day</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="687"/>
        <source>Nouvelle étape</source>
        <translation>New step</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="229"/>
        <source>Les points clés, pas un texte à lire : quelques mots chacun, et le temps que vous leur donnez.</source>
        <translation>Key points, not a text to read: a few words each, and the time you give them.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="235"/>
        <source>Aj&amp;outer un point</source>
        <translation>Add a p&amp;oint</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="236"/>
        <source>&amp;Supprimer le point</source>
        <translation>&amp;Delete the point</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="237"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="238"/>
        <source>Alt+Haut dans le plan</source>
        <translation>Alt+Up in the plan</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="239"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="240"/>
        <source>Alt+Bas dans le plan</source>
        <translation>Alt+Down in the plan</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="241"/>
        <source>Proposer un pla&amp;n</source>
        <translation>Propose a pla&amp;n</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="242"/>
        <source>Un point par chapitre, à partir de leur première phrase, à réécrire à votre façon</source>
        <translation>One point per chapter, from its first sentence, to rewrite your own way</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="244"/>
        <source>Répéter en plein écran (F5)</source>
        <translation>Rehearse full screen (F5)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="322"/>
        <source>À ajouter au-delà de l’écrit</source>
        <translation>To add beyond the written text</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="339"/>
        <source>Aucun point pour l’instant : « Proposer un plan » en fait un par chapitre, ou ajoutez les vôtres.</source>
        <translation>No point yet: “Propose a plan” makes one per chapter, or add your own.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="342"/>
        <source>Total : %1 sur %2</source>
        <translation>Total: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="346"/>
        <source>trop long de %1</source>
        <translation>%1 too long</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="347"/>
        <source>trop court de %1</source>
        <translation>%1 too short</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="348"/>
        <source>⚠ %1 : %2, visez entre %3 et %4.</source>
        <translation>⚠ %1: %2, aim between %3 and %4.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="351"/>
        <source>%1 : dans la marge (%2 à %3).</source>
        <translation>%1: within the margin (%2 to %3).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="366"/>
        <source>Ajoutez d’abord les points du plan.</source>
        <translation>First add the points of the plan.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="432"/>
        <source>Remplacer le point du plan actuel par un point par chapitre, tiré de vos chapitres ?</source>
        <translation>Replace the current plan’s point with one point per chapter, taken from your chapters?</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="434"/>
        <source>Remplacer les %1 points du plan actuel par un point par chapitre, tiré de vos chapitres ?</source>
        <translation>Replace the current plan’s %1 points with one point per chapter, taken from your chapters?</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="437"/>
        <source>Proposer un plan</source>
        <translation>Propose a plan</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="446"/>
        <source>Supprimer la répétition</source>
        <translation>Delete the rehearsal</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="447"/>
        <source>Supprimer la répétition « %1 » ?</source>
        <translation>Delete the rehearsal “%1”?</translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="106"/>
        <source>Point clé</source>
        <translation>Key point</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="106"/>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="117"/>
        <source>Plan de l’exposé</source>
        <translation>Talk plan</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="119"/>
        <source>Entrée ou F2 modifie la case, Inser ajoute un point, Suppr le retire, Alt+Haut et Alt+Bas le déplacent, + et − changent sa durée d’une demi-minute.</source>
        <translation>Enter or F2 edits the cell, Insert adds a point, Delete removes it, Alt+Up and Alt+Down move it, + and − change its duration by half a minute.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="123"/>
        <source>Point %1</source>
        <translation>Point %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="124"/>
        <source>Durée du point %1, en minutes</source>
        <translation>Duration of point %1, in minutes</translation>
    </message>
</context>
<context>
    <name>PositioningPage</name>
    <message>
        <location filename="../../dossier_app/gui/positioning_page.py" line="182"/>
        <source>Choisissez d’abord le CCPT du dossier.</source>
        <translation>Choose the dossier’s CCPT first.</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="42"/>
        <source>S’entraîner aux questions du jury</source>
        <translation>Practise the jury’s questions</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="71"/>
        <source>Temps de réflexion</source>
        <translation>Thinking time</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="74"/>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="216"/>
        <source>&amp;Voir mes notes</source>
        <translation>&amp;View my notes</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="75"/>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="218"/>
        <source>Voir mes notes</source>
        <translation>View my notes</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="77"/>
        <source>Mes notes pour répondre :</source>
        <translation>My notes for the answer:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="80"/>
        <source>Mes notes pour répondre</source>
        <translation>My notes for the answer</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="81"/>
        <source>Pas encore de notes pour cette question : vous pouvez en ajouter dans « Questions du jury ».</source>
        <translation>No notes yet for this question: you can add some in “Jury questions”.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="84"/>
        <source>Comment s’est passée votre réponse ?</source>
        <translation>How did your answer go?</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="87"/>
        <source>&amp;Passer</source>
        <translation>&amp;Skip</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="88"/>
        <source>Passer cette question sans noter</source>
        <translation>Skip this question without rating it</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="90"/>
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="91"/>
        <source>Terminer l’entraînement</source>
        <translation>Finish the practice</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="93"/>
        <source>Pas de question à travailler pour cette production. Ajoutez-en dans « Questions du jury », ou faites proposer celles du jury.</source>
        <translation>No question to practise for this production. Add some in “Jury questions”, or have the jury’s proposed.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="101"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="103"/>
        <source>Touche %1</source>
        <translation>Key %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="169"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="176"/>
        <source>%1, le %2</source>
        <translation>%1, on %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="177"/>
        <source>%1 · Jusqu’ici : %2</source>
        <translation>%1 · So far: %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="178"/>
        <source>Aucune réponse encore</source>
        <translation>No answer yet</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="179"/>
        <source>1 réponse pendant cette séance</source>
        <translation>1 answer in this session</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="180"/>
        <source>%1 réponses pendant cette séance</source>
        <translation>%1 answers in this session</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="196"/>
        <source>Temps de réflexion : %1 / %2</source>
        <translation>Thinking time: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="199"/>
        <source>%1 (temps conseillé passé)</source>
        <translation>%1 (suggested time passed)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="201"/>
        <source>Temps de réflexion : %1</source>
        <translation>Thinking time: %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="216"/>
        <source>&amp;Cacher mes notes</source>
        <translation>&amp;Hide my notes</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/practice_dialog.py" line="217"/>
        <source>Cacher mes notes</source>
        <translation>Hide my notes</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="243"/>
        <source>Ajouter un nom</source>
        <translation>Add a name</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="245"/>
        <source>Retirer le nom sélectionné</source>
        <translation>Remove the selected name</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="251"/>
        <source>Noms sans pseudonyme</source>
        <translation>Names without a pseudonym</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="258"/>
        <source>Documents joints aux annexes</source>
        <translation>Documents attached to the annexes</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="423"/>
        <source>Ces noms trouvés dans le texte n’ont pas de pseudonyme : un export qui remplace les vrais noms les laisserait lisibles. Tous ne sont pas forcément des noms de personnes : ajoutez ceux qui en sont.</source>
        <translation>These names found in the text have no pseudonym: an export that replaces real names would leave them readable. Not all of them are necessarily people’s names: add those that are.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="426"/>
        <source>Aucun nom sans pseudonyme n’a été trouvé dans le texte.</source>
        <translation>No name without a pseudonym was found in the text.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="442"/>
        <source>« %1 », annexe %2 « %3 »</source>
        <translation>“%1”, annex %2 “%3”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="443"/>
        <source>« %1 », annexe %2</source>
        <translation>“%1”, annex %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="446"/>
        <source>Ces documents sont exportés tels qu’ils ont été joints : les pseudonymes ne s’appliquent pas à leur contenu ni à leur nom. Vérifiez qu’ils ne montrent aucun nom à cacher, ou joignez-en une version où ces noms sont masqués.</source>
        <translation>These documents are exported just as they were attached: pseudonyms do not apply to their content or their name. Check that they show no name to hide, or attach a version where those names are masked.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="456"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="457"/>
        <source>Ajouter « %1 » aux pseudonymes</source>
        <translation>Add “%1” to the pseudonyms</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="474"/>
        <source>une fois, dans %1</source>
        <translation>once, in %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="476"/>
        <source>%1 fois, d’abord dans %2</source>
        <translation>%1 times, first in %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="479"/>
        <source>« %1 » : votre syndicat est nommé dans le texte, alors que la page de garde ne le montre pas ; %2</source>
        <translation>“%1”: your union is named in the text, although the cover does not show it; %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="482"/>
        <source>« %1 », %2 : %3</source>
        <translation>“%1”, %2: %3</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="490"/>
        <source>le titre de la production %1</source>
        <translation>the title of production %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="493"/>
        <source>la production %1, « %2 »</source>
        <translation>production %1, “%2”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="495"/>
        <source>les mandats</source>
        <translation>the mandates</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="496"/>
        <source>le projet professionnel</source>
        <translation>the professional project</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="497"/>
        <source>le parcours</source>
        <translation>the path</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="498"/>
        <source>la grille de positionnement</source>
        <translation>the positioning grid</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="500"/>
        <source>les annexes</source>
        <translation>the annexes</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="501"/>
        <source>les commentaires</source>
        <translation>the comments</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="131"/>
        <source>Votre projet professionnel</source>
        <translation>Your professional project</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="132"/>
        <source>Quel métier visez-vous, et pourquoi ? Quelques phrases suffisent pour commencer : c’est ce projet qui rend le transfert crédible aux yeux du jury.</source>
        <translation>Which job are you aiming for, and why? A few sentences are enough to start: this project is what makes the transfer credible to the jury.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="136"/>
        <source>Projet professionnel</source>
        <translation>Professional project</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="137"/>
        <source>Par exemple : je souhaite devenir gestionnaire de paie, parce que…</source>
        <translation>For example: I want to become a payroll manager, because…</translation>
    </message>
</context>
<context>
    <name>ProofreadPanel</name>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="136"/>
        <source>Ce chapitre</source>
        <translation>This chapter</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="136"/>
        <source>Tout le dossier</source>
        <translation>The whole dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="137"/>
        <source>Relire ce chapitre ou tout le dossier</source>
        <translation>Proofread this chapter or the whole dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="142"/>
        <source>Un repère sur la forme du texte, pas une note : des phrases courtes et des mots simples se lisent plus facilement.</source>
        <translation>A pointer to the shape of the text, not a mark: short sentences and simple words are easier to read.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="149"/>
        <source>Remarques de relecture</source>
        <translation>Proofreading remarks</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="157"/>
        <source>Remplacer</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="159"/>
        <source>Ignorer ici</source>
        <translation>Ignore here</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="160"/>
        <source>Ne plus signaler cette remarque à cet endroit (Suppr)</source>
        <translation>Stop pointing out this remark at this place (Delete)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="162"/>
        <source>Ignorer cette règle</source>
        <translation>Ignore this rule</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="163"/>
        <source>Ne plus signaler ce genre de remarque, nulle part</source>
        <translation>Stop pointing out this kind of remark, anywhere</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="165"/>
        <source>Ajouter au dictionnaire</source>
        <translation>Add to the dictionary</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="353"/>
        <source>%1 · « %2 »</source>
        <translation>%1 · “%2”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="356"/>
        <source>Production %1 · %2 · paragraphe %3</source>
        <translation>Production %1 · %2 · paragraph %3</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="359"/>
        <source>Proposition : « %1 »</source>
        <translation>Suggestion: “%1”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="371"/>
        <source>Grammaire</source>
        <translation>Grammar</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="371"/>
        <source>Orthographe</source>
        <translation>Spelling</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="372"/>
        <source>Typographie</source>
        <translation>Typography</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="372"/>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="373"/>
        <source>Conseil</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="377"/>
        <source>1 remarque de grammaire</source>
        <translation>1 grammar remark</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="377"/>
        <source>%1 remarques de grammaire</source>
        <translation>%1 grammar remarks</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="378"/>
        <source>1 mot à vérifier</source>
        <translation>1 word to check</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="378"/>
        <source>%1 mots à vérifier</source>
        <translation>%1 words to check</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="379"/>
        <source>1 remarque de typographie</source>
        <translation>1 typography remark</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="380"/>
        <source>%1 remarques de typographie</source>
        <translation>%1 typography remarks</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="381"/>
        <source>1 remarque de style</source>
        <translation>1 style remark</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="381"/>
        <source>%1 remarques de style</source>
        <translation>%1 style remarks</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="382"/>
        <source>1 conseil</source>
        <translation>1 piece of advice</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="382"/>
        <source>%1 conseils</source>
        <translation>%1 pieces of advice</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="394"/>
        <source>Ouvrez un chapitre pour voir sa relecture, ou choisissez « Tout le dossier ».</source>
        <translation>Open a chapter to see its proofreading, or choose “The whole dossier”.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="401"/>
        <source>%1.</source>
        <comment>the counts of a proofreading</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="403"/>
        <source>Rien à signaler dans ce chapitre.</source>
        <translation>Nothing to point out in this chapter.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="404"/>
        <source>Rien à signaler dans le dossier.</source>
        <translation>Nothing to point out in the dossier.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="411"/>
        <source>Pas encore de phrase à mesurer.</source>
        <translation>No sentence to measure yet.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="413"/>
        <source>Phrases de %1 mots en moyenne · %2 de mots longs (%3 lettres ou plus)</source>
        <translation>Sentences of %1 words on average · %2 long words (%3 letters or more)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="421"/>
        <source>La grammaire et l’orthographe ne sont pas vérifiées dans cette session : seuls les conseils d’écriture sont listés.</source>
        <translation>Grammar and spelling are not checked in this session: only the writing advice is listed.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="424"/>
        <source>La grammaire n’est pas vérifiée : Grammalecte n’est pas installé (paquet python3-grammalecte). L’orthographe et les conseils le sont.</source>
        <translation>Grammar is not checked: Grammalecte is not installed (package python3-grammalecte). Spelling and advice are.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="429"/>
        <source>Relecture en cours : %1 paragraphes sur %2</source>
        <translation>Proofreading: %1 paragraphs of %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="431"/>
        <source>Relecture en cours…</source>
        <translation>Proofreading…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="433"/>
        <source>Les conseils de votre organisme n’ont pas pu être lus, ceux de l’application sont utilisés : %1</source>
        <translation>Your organisation’s advice could not be read, the app’s own is used: %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="438"/>
        <source>Les messages de grammaire sont en français, comme le texte.</source>
        <translation>Grammar messages are in French, like the text.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="455"/>
        <source>Remplacer « %1 » par « %2 »</source>
        <translation>Replace “%1” with “%2”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/proofread_panel.py" line="539"/>
        <source>Aller au texte</source>
        <translation>Go to the text</translation>
    </message>
</context>
<context>
    <name>PseudonymTable</name>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="125"/>
        <source>Vrai nom</source>
        <translation>Real name</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="125"/>
        <source>Pseudonyme</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="125"/>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="126"/>
        <source>Formes courtes</source>
        <translation>Short forms</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="136"/>
        <source>Les autres noms de l’organisation, séparés par des virgules : « LA » pour « Logistique Atlantique »</source>
        <translation>The organisation’s other names, separated by commas: “LA” for “Logistique Atlantique”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="139"/>
        <source>Pseudonymes</source>
        <translation>Pseudonyms</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="141"/>
        <source>Entrée ou F2 modifie la case, Suppr retire le nom de la ligne, Ctrl+Z annule.</source>
        <translation>Enter or F2 edits the cell, Delete removes the line’s name, Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/privacy_page.py" line="144"/>
        <source>%1, ligne %2</source>
        <translation>%1, line %2</translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="62"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="65"/>
        <source>Origine des questions montrées</source>
        <translation>Origin of the questions shown</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="67"/>
        <source>Ori&amp;gine :</source>
        <translation>Ori&amp;gin:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="73"/>
        <source>Questions du jury</source>
        <translation>Jury questions</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="75"/>
        <source>Aj&amp;outer une question</source>
        <translation>Add a q&amp;uestion</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="76"/>
        <source>&amp;Supprimer la question</source>
        <translation>&amp;Delete the question</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="77"/>
        <source>Proposer les questio&amp;ns du jury</source>
        <translation>Propose the jury’s questio&amp;ns</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="80"/>
        <source>Les questions types : sur chaque chapitre, celles du professionnel du métier et du représentant syndical, et ce que le jury regarde dans la compétence</source>
        <translation>The typical questions: on each chapter, those of the trade professional and of the union representative, and what the jury looks for in the competence</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="82"/>
        <source>S’en&amp;traîner…</source>
        <translation>P&amp;ractise…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="84"/>
        <source>Une question à la fois, les moins sûres et les moins travaillées d’abord</source>
        <translation>One question at a time, the least sure and least practised first</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="91"/>
        <source>Texte de la question</source>
        <translation>Text of the question</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="93"/>
        <source>Te&amp;xte de la question :</source>
        <translation>Te&amp;xt of the question:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="96"/>
        <source>Ma réponse, en points clés</source>
        <translation>My answer, in key points</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="97"/>
        <source>Les points clés de votre réponse, un par ligne : un fait, un chiffre, ce que cela montre</source>
        <translation>The key points of your answer, one per line: a fact, a figure, what it shows</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="100"/>
        <source>&amp;Ma réponse, en points clés :</source>
        <translation>&amp;My answer, in key points:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="109"/>
        <source>Aisance : %1</source>
        <translation>Ease: %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="113"/>
        <source>&amp;Votre aisance sur cette question :</source>
        <translation>&amp;Your ease with this question:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="209"/>
        <location filename="../../dossier_app/gui/oral_questions.py" line="316"/>
        <source>(question sans texte)</source>
        <translation>(question without text)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="236"/>
        <source>travaillée pour la dernière fois le %1</source>
        <translation>last practised on %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="238"/>
        <source>jamais travaillée</source>
        <translation>never practised</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="239"/>
        <source>Origine : %1 ; %2.</source>
        <translation>Origin: %1; %2.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="242"/>
        <source>Aucune question pour l’instant : « Proposer les questions du jury » ajoute les questions types, ou ajoutez les vôtres.</source>
        <translation>No question yet: “Propose the jury’s questions” adds the typical questions, or add your own.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="244"/>
        <source>Choisissez une question dans la liste.</source>
        <translation>Choose a question in the list.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="317"/>
        <source>Supprimer la question</source>
        <translation>Delete the question</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="318"/>
        <source>Supprimer la question « %1 » et vos notes de réponse ?</source>
        <translation>Delete the question “%1” and your answer notes?</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="350"/>
        <source>Les questions du jury sont déjà toutes là.</source>
        <translation>The jury’s questions are all there already.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="351"/>
        <source>1 question du jury ajoutée.</source>
        <translation>1 jury question added.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/oral_questions.py" line="352"/>
        <source>%1 questions du jury ajoutées.</source>
        <translation>%1 jury questions added.</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="78"/>
        <source>Points à régler avant le jury</source>
        <translation>Points to settle before the jury</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="91"/>
        <source>Prêt pour le jury. Il reste des conseils ci-dessous.</source>
        <translation>Ready for the jury. Some advice remains below.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="92"/>
        <source>Prêt pour le jury.</source>
        <translation>Ready for the jury.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="95"/>
        <source>Pas encore prêt : 1 point à régler.</source>
        <translation>Not ready yet: 1 point to settle.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="96"/>
        <source>Pas encore prêt : %1 points à régler.</source>
        <translation>Not ready yet: %1 points to settle.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="98"/>
        <source>À régler (%1)</source>
        <translation>To settle (%1)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="106"/>
        <source>À régler</source>
        <translation>To settle</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="99"/>
        <source>Suggestions (%1)</source>
        <translation>Suggestions (%1)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="107"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="108"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="117"/>
        <source>french</source>
        <comment>typography: &apos;french&apos; puts no-break spaces before : ; ! ? and inside « »; any other word leaves spaces as written</comment>
        <translation>english</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="125"/>
        <source>Ce dossier a été écrit avec le référentiel « %1 » (édition %2) ; celui utilisé maintenant est « %3 » (édition %4) : vérifiez que les compétences correspondent.</source>
        <translation>This dossier was written with the referential “%1” (edition %2); the one in use now is “%3” (edition %4): check that the competences match.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="131"/>
        <source>Le nom et le prénom du candidat ne sont pas renseignés.</source>
        <translation>The candidate’s first and last names are not filled in.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="133"/>
        <source>Aucun mandat n’est décrit : le jury ne saura pas d’où vient votre expérience.</source>
        <translation>No mandate is described: the jury will not know where your experience comes from.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="136"/>
        <source>Le projet professionnel n’est pas rédigé : c’est lui qui rend le transfert crédible.</source>
        <translation>The professional project is not written: it is what makes the transfer credible.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="139"/>
        <source>Aucun CCPT n’est choisi.</source>
        <translation>No CCPT is chosen.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="141"/>
        <source>Le CCPT « %1 » n’existe pas dans le référentiel « %2 ».</source>
        <translation>The CCPT “%1” does not exist in the referential “%2”.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="144"/>
        <source>Les compétences du CCPT « %1 » sont une proposition provisoire, le référentiel officiel n’étant pas disponible : vérifiez leurs intitulés avec votre conseiller.</source>
        <translation>The competences of the CCPT “%1” are a provisional proposal, as the official referential is not available: check their wording with your advisor.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="148"/>
        <source>La compétence %1 « %2 » n’a pas encore de production.</source>
        <translation>Competence %1 “%2” has no production yet.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="151"/>
        <source>Production %1 : la compétence %2 n’existe pas dans ce CCPT.</source>
        <translation>Production %1: competence %2 does not exist in this CCPT.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="154"/>
        <source>Production %1 : elle n’a pas de titre.</source>
        <translation>Production %1: it has no title.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="156"/>
        <source>Production %1, chapitre « %2 » : il est vide.</source>
        <translation>Production %1, chapter “%2”: it is empty.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="158"/>
        <source>Production %1, chapitre « %2 » : %3 mots seulement, c’est court (repère : au moins %4).</source>
        <translation>Production %1, chapter “%2”: only %3 words, that is short (guide: at least %4).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="162"/>
        <source> ; </source>
        <comment>between the chapters not final yet</comment>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="163"/>
        <source>%1 : %2</source>
        <comment>a chapter and its status</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="166"/>
        <source>Production %1 : pas encore « %2 » (%3).</source>
        <translation>Production %1: not “%2” yet (%3).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="172"/>
        <source>Production %1, chapitre « %2 » : le commentaire de %3 sur « %4 » n’est pas résolu.</source>
        <translation>Production %1, chapter “%2”: the comment by %3 on “%4” is not resolved.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="175"/>
        <source>Production %1, chapitre « %2 » : le commentaire sur « %3 » n’est pas résolu.</source>
        <translation>Production %1, chapter “%2”: the comment on “%3” is not resolved.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="180"/>
        <source>La déclaration sur l’honneur n’a pas encore de lieu ni de date.</source>
        <translation>The declaration on honour has no place or date yet.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="182"/>
        <source>La déclaration sur l’honneur n’a pas encore de lieu.</source>
        <translation>The declaration on honour has no place yet.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="183"/>
        <source>La déclaration sur l’honneur n’a pas encore de date.</source>
        <translation>The declaration on honour has no date yet.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="188"/>
        <source>%1 conseillée</source>
        <comment>pages advised</comment>
        <translation>%1 advised</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="189"/>
        <source>%1 conseillées</source>
        <comment>pages advised</comment>
        <translation>%1 advised</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="191"/>
        <source>La production %1 demande plus du double du temps de lecture du jury : environ %2 pages pour %3. Choisissez le moment qui montre le mieux la compétence et resserrez le récit autour de lui, le jury pourra alors tout lire.</source>
        <translation>Production %1 needs more than twice the jury’s reading time: about %2 pages for %3. Choose the moment that best shows the competence and tighten the story around it, so the jury can read it all.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="196"/>
        <source>La production %1 dépasse le temps de lecture du jury : environ %2 pages pour %3. Resserrez la situation sur le moment qui montre la compétence, et gardez dans l’analyse ce que vous avez fait, comment et pourquoi.</source>
        <translation>Production %1 goes beyond the jury’s reading time: about %2 pages for %3. Focus the situation on the moment that shows the competence, and keep in the analysis what you did, how and why.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="205"/>
        <source>Production %1, chapitre « %2 » : il ne nomme aucune des compétences attendues du métier visé (%3) ; cochez celles qu’il rejoint, ou dites en quoi il les rejoint.</source>
        <translation>Production %1, chapter “%2”: it names none of the competences the target trade expects (%3); tick those it reaches, or say how it reaches them.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="210"/>
        <source>Production %1, oral : pas encore de plan pour les dix minutes de présentation.</source>
        <translation>Production %1, oral: no plan yet for the ten-minute presentation.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="213"/>
        <source>Production %1, oral : le plan dure %2, pour une présentation de %3.</source>
        <translation>Production %1, oral: the plan lasts %2, for a presentation of %3.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="217"/>
        <source>Production %1, oral : %2 répétition dans le temps, %3 conseillées.</source>
        <translation>Production %1, oral: %2 rehearsal in time, %3 advised.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="219"/>
        <source>Production %1, oral : %2 répétitions dans le temps, %3 conseillées.</source>
        <translation>Production %1, oral: %2 rehearsals in time, %3 advised.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="222"/>
        <source>Production %1, oral : aucune question du jury n’est encore préparée.</source>
        <translation>Production %1, oral: no jury question is prepared yet.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="225"/>
        <source>Production %1, oral : %2 question sur %3 jamais travaillée.</source>
        <translation>Production %1, oral: %2 question of %3 never practised.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="227"/>
        <source>Production %1, oral : %2 questions sur %3 jamais travaillées.</source>
        <translation>Production %1, oral: %2 questions of %3 never practised.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="230"/>
        <source>Production %1, oral : %2 question où vous n’étiez « pas sûr » la dernière fois : à retravailler.</source>
        <translation>Production %1, oral: %2 question where you were “not sure” last time: work on it again.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="232"/>
        <source>Production %1, oral : %2 questions où vous n’étiez « pas sûr » la dernière fois : à retravailler.</source>
        <translation>Production %1, oral: %2 questions where you were “not sure” last time: work on them again.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="239"/>
        <source>Le projet professionnel renvoie à l’annexe %1, qui n’existe pas : ajoutez-la, ou corrigez le numéro pour que le jury trouve le document.</source>
        <translation>The professional project refers to annex %1, which does not exist: add it, or fix the number so the jury finds the document.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="242"/>
        <source>Production %1, chapitre « %2 » : il renvoie à l’annexe %3, qui n’existe pas : ajoutez-la, ou corrigez le numéro pour que le jury trouve le document.</source>
        <translation>Production %1, chapter “%2”: it refers to annex %3, which does not exist: add it, or fix the number so the jury finds the document.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="247"/>
        <source>L’annexe %1 n’est citée nulle part : renvoyez-y là où elle appuie votre récit, par exemple « (voir annexe %1) ».</source>
        <translation>Annex %1 is not cited anywhere: refer to it where it supports your story, for example “(see annex %1)”.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="253"/>
        <source>1 conseil d’écriture</source>
        <translation>1 piece of writing advice</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="254"/>
        <source>%1 conseils d’écriture</source>
        <translation>%1 pieces of writing advice</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="255"/>
        <source>1 remarque de grammaire</source>
        <translation>1 grammar remark</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="256"/>
        <source>%1 remarques de grammaire</source>
        <translation>%1 grammar remarks</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="258"/>
        <source>Production %1 : %2 et %3 à voir dans la relecture.</source>
        <translation>Production %1: %2 and %3 to look at in proofreading (F7).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="260"/>
        <source>Production %1 : %2 à voir dans la relecture.</source>
        <translation>Production %1: %2 to look at in proofreading (F7).</translation>
    </message>
</context>
<context>
    <name>RehearsalChart</name>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_chart.py" line="39"/>
        <source>Durée des répétitions comparée au temps visé</source>
        <translation>Length of the rehearsals against the target time</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_chart.py" line="130"/>
        <source>cible %1 ± %2</source>
        <translation>target %1 ± %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_chart.py" line="133"/>
        <source>Aucune répétition ; %1</source>
        <translation>No rehearsal; %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_chart.py" line="134"/>
        <source>1 répétition</source>
        <translation>1 rehearsal</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_chart.py" line="135"/>
        <source>%1 répétitions</source>
        <translation>%1 rehearsals</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_chart.py" line="137"/>
        <source>%1 : %2 ; %3</source>
        <translation>%1: %2; %3</translation>
    </message>
</context>
<context>
    <name>RehearsalWindow</name>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="47"/>
        <source>Répétition de l’exposé : %1</source>
        <translation>Rehearsing the talk: %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="116"/>
        <source>Exposé de %1 en %2 points.</source>
        <translation>A %1 talk in %2 points.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="117"/>
        <source>Exposé de %1 en un point.</source>
        <translation>A %1 talk in one point.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="119"/>
        <source>Votre plan prévoit %1.</source>
        <translation>Your plan adds up to %1.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="121"/>
        <source>Entrée ou Espace : commencer</source>
        <translation>Enter or Space: start</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="122"/>
        <source>Espace, → ou Page suivante (télécommande) : point suivant</source>
        <translation>Space, → or Page Down (remote): next point</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="123"/>
        <source>P : pause, puis reprise</source>
        <translation>P: pause, then resume</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="124"/>
        <source>Échap ou S : arrêter et voir le bilan</source>
        <translation>Esc or S: stop and see the summary</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="125"/>
        <source>&amp;Commencer</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="125"/>
        <source>Commencer la répétition</source>
        <translation>Start the rehearsal</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="128"/>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="135"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="128"/>
        <source>Fermer sans répéter</source>
        <translation>Close without rehearsing</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="132"/>
        <source>Les touches :</source>
        <translation>The keys:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="135"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="139"/>
        <source>Pas encore de plan pour cet exposé</source>
        <translation>No plan yet for this talk</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="140"/>
        <source>Écrivez d’abord les points de votre exposé dans « Plan de l’exposé », ou faites-les proposer à partir de vos chapitres.</source>
        <translation>First write the points of your talk in “Talk plan”, or have them proposed from your chapters.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="153"/>
        <source>Point suivant</source>
        <translation>Next point</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="154"/>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="306"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="155"/>
        <source>Arrêter (Échap)</source>
        <translation>Stop (Esc)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="155"/>
        <source>Arrêter</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="180"/>
        <source>Temps passé sur chaque point</source>
        <translation>Time spent on each point</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="181"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="181"/>
        <source>Prévu</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="181"/>
        <source>Passé</source>
        <translation>Spent</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="182"/>
        <source>Écart</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="192"/>
        <source>&amp;Garder cette répétition</source>
        <translation>&amp;Keep this rehearsal</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="193"/>
        <source>Garder cette répétition</source>
        <translation>Keep this rehearsal</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="196"/>
        <source>&amp;Ne pas garder</source>
        <translation>&amp;Don’t keep</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="196"/>
        <source>Ne pas garder</source>
        <translation>Don’t keep</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="198"/>
        <source>Répétition terminée</source>
        <translation>Rehearsal finished</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="290"/>
        <source>Point %1 sur %2</source>
        <translation>Point %1 of %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="292"/>
        <source>%1 (le dernier)</source>
        <translation>%1 (the last)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="293"/>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="328"/>
        <source>(point sans texte)</source>
        <translation>(point without text)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="299"/>
        <source>Prévu : %1 · reste %2</source>
        <translation>Planned: %1 · %2 left</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="300"/>
        <source>Prévu : %1 · dépassé de %2</source>
        <translation>Planned: %1 · %2 over</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="301"/>
        <source>En pause : P pour reprendre</source>
        <translation>Paused: P to resume</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="324"/>
        <source>Une répétition est dans le temps à %1 près.</source>
        <translation>A rehearsal is in time within %1.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="153"/>
        <source>Point suivant (Espace)</source>
        <translation>Next point (Space)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="305"/>
        <source>Reprendre (P)</source>
        <translation>Resume (P)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="305"/>
        <source>Pause (P)</source>
        <translation>Pause (P)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="306"/>
        <source>Reprendre</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="309"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="315"/>
        <source>Dans le temps : %1 pour %2 prévues.</source>
        <translation>In time: %1 for %2 planned.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="317"/>
        <source>Trop long : %1 pour %2 prévues, %3 de trop.</source>
        <translation>Too long: %1 for %2 planned, %3 too much.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="320"/>
        <source>Trop court : %1 pour %2 prévues, %3 de moins.</source>
        <translation>Too short: %1 for %2 planned, %3 less.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="332"/>
        <source>%1 de plus</source>
        <translation>%1 more</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="333"/>
        <source>%1 de moins</source>
        <translation>%1 less</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="334"/>
        <source>juste à l’heure</source>
        <translation>right on time</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_window.py" line="336"/>
        <source>non abordé</source>
        <translation>not reached</translation>
    </message>
</context>
<context>
    <name>RehearsalsView</name>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_chart.py" line="168"/>
        <source>Répétitions</source>
        <translation>Rehearsals</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_chart.py" line="172"/>
        <source>Sur le graphique : ● dans le temps, □ hors du temps ; la bande hachurée est la marge autour du temps visé.</source>
        <translation>On the chart: ● in time, □ out of time; the hatched band is the margin around the target time.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_chart.py" line="176"/>
        <source>Répétitions gardées</source>
        <translation>Rehearsals kept</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_chart.py" line="177"/>
        <source>Suppr supprime la répétition.</source>
        <translation>Delete removes the rehearsal.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_chart.py" line="180"/>
        <source>Répétitions &amp;gardées (date, durée, temps par point) :</source>
        <translation>Rehearsals &amp;kept (date, length, time per point):</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_chart.py" line="183"/>
        <source>Supprimer la répé&amp;tition</source>
        <translation>Delete the rehe&amp;arsal</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_chart.py" line="184"/>
        <source>Supprimer la répétition</source>
        <translation>Delete the rehearsal</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_chart.py" line="205"/>
        <source>Aucune répétition gardée. Chaque répétition en plein écran vient ici.</source>
        <translation>No rehearsal kept. Each full-screen rehearsal comes here.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_chart.py" line="207"/>
        <source>Dans le temps (%1 à %2) : %3 sur %4 ; %5 conseillées.</source>
        <translation>In time (%1 to %2): %3 of %4; %5 advised.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_chart.py" line="242"/>
        <source>dans le temps</source>
        <translation>in time</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_chart.py" line="243"/>
        <source>trop long</source>
        <translation>too long</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_chart.py" line="245"/>
        <source>trop court</source>
        <translation>too short</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_chart.py" line="246"/>
        <source>%1. %2 — %3, %4</source>
        <translation>%1. %2 — %3, %4</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/rehearsal_chart.py" line="249"/>
        <source>%1 ; par point : %2</source>
        <translation>%1; per point: %2</translation>
    </message>
</context>
<context>
    <name>ResultBox</name>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="46"/>
        <source>CCPT « %1 »</source>
        <translation>CCPT “%1”</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="48"/>
        <source>Date de la décision du jury, %1</source>
        <translation>Date of the jury’s decision, %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="53"/>
        <source>En &amp;attente</source>
        <translation>&amp;Pending</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="53"/>
        <source>&amp;Validé</source>
        <translation>&amp;Validated</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="54"/>
        <source>&amp;Non validé</source>
        <translation>&amp;Not validated</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="57"/>
        <source>Résultat %1 : %2</source>
        <translation>Result %1: %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="64"/>
        <source>Remarques du jury, %1</source>
        <translation>Jury’s remarks, %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="69"/>
        <source>&amp;Date du jury :</source>
        <translation>Jury &amp;date:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="75"/>
        <source>Résultat :</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="78"/>
        <source>Re&amp;marques du jury :</source>
        <translation>Jury’s re&amp;marks:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="83"/>
        <source>Retirer ce CCPT</source>
        <translation>Remove this CCPT</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/after_jury_page.py" line="84"/>
        <source>Retirer le CCPT « %1 »</source>
        <translation>Remove the CCPT “%1”</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="30"/>
        <source>enregistrement automatique</source>
        <translation>automatic save</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="31"/>
        <source>atelier</source>
        <translation>workshop</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="32"/>
        <source>gardée à la main</source>
        <translation>kept by hand</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="33"/>
        <source>avant une restauration</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="34"/>
        <source>envoyée au conseiller</source>
        <translation>sent to the advisor</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="35"/>
        <source>version du conseiller</source>
        <translation>advisor’s version</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="47"/>
        <source>Versions du chapitre — Production %1, %2</source>
        <translation>Chapter versions — Production %1, %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="50"/>
        <source>Versions enregistrées</source>
        <translation>Saved versions</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="52"/>
        <source>Comparer avec</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="53"/>
        <source>Comparer avec le texte actuel</source>
        <translation>Compare with the current text</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="54"/>
        <source>Comparer avec la version précédente</source>
        <translation>Compare with the previous version</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="56"/>
        <source>Différences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="58"/>
        <source>Garder une version maintenant</source>
        <translation>Keep a version now</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="59"/>
        <source>Depuis le dernier atelier</source>
        <translation>Since the last workshop</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="60"/>
        <source>Remettre cette version</source>
        <translation>Put this version back</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="61"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="109"/>
        <source>Aucune version n’a encore été gardée pour ce chapitre.</source>
        <translation>No version of this chapter has been kept yet.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="123"/>
        <source>Aucune version n’a été gardée lors d’un atelier.</source>
        <translation>No version was kept at a workshop.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="146"/>
        <source>%1 mots ajoutés, %2 mots retirés</source>
        <translation>%1 words added, %2 words removed</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="565"/>
        <source>Supprimer</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../dossier_app/gui/help.py" line="20"/>
        <source>Dans une liste à puces : décaler l’élément d’un niveau, ou le remettre</source>
        <translation>In a bulleted list: indent the item one level, or move it back</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/help.py" line="22"/>
        <source>Tab, Maj+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/help.py" line="23"/>
        <source>Quitter le texte pour le champ suivant (la touche Tab y met un retrait)</source>
        <translation>Leave the text for the next field (in the text, the Tab key indents)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/help.py" line="25"/>
        <source>Ctrl+Tab, Ctrl+Maj+Tab</source>
        <translation>Ctrl+Tab, Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/help.py" line="26"/>
        <source>Ouvrir le menu du texte (suggestions d’orthographe et de grammaire)</source>
        <translation>Open the text menu (spelling and grammar suggestions)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/help.py" line="28"/>
        <source>Maj+F10, touche Menu</source>
        <translation>Shift+F10, Menu key</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/help.py" line="29"/>
        <source>Coller sans mise en forme (le texte seul, sans gras, italique ni listes)</source>
        <translation>Paste without formatting (plain text, no bold, italics or lists)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/help.py" line="31"/>
        <source>Ctrl+Maj+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/help.py" line="32"/>
        <source>Ouvrir le calendrier d’un champ de date</source>
        <translation>Open the calendar of a date field</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/help.py" line="33"/>
        <source>Alt+Bas</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/help.py" line="34"/>
        <source>Quitter le mode concentration</source>
        <translation>Leave focus mode</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/help.py" line="35"/>
        <source>Échap</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/help.py" line="42"/>
        <location filename="../../dossier_app/gui/help.py" line="48"/>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/help.py" line="49"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/help.py" line="49"/>
        <source>Touches</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../dossier_app/gui/status_line.py" line="24"/>
        <source>Nombre de mots</source>
        <translation>Word count</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/status_line.py" line="26"/>
        <source>État de l’enregistrement</source>
        <translation>Save state</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/status_line.py" line="40"/>
        <source>Chapitre : %1   ·   Production %2 : %3   ·   Dossier : %4</source>
        <translation>Chapter: %1   ·   Production %2: %3   ·   Dossier: %4</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/status_line.py" line="42"/>
        <source>Chapitre : %1   ·   Dossier : %2</source>
        <translation>Chapter: %1   ·   Dossier: %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/status_line.py" line="43"/>
        <source>Chapitre : %1</source>
        <translation>Chapter: %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/status_line.py" line="45"/>
        <source>Chapitre : %1   ·   Production %2 : %3, %4   ·   Dossier : %5</source>
        <translation>Chapter: %1   ·   Production %2: %3, %4   ·   Dossier: %5</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/status_line.py" line="48"/>
        <source>Chapitre : %1   ·   Production %2 : %3</source>
        <translation>Chapter: %1   ·   Production %2: %3</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/status_line.py" line="50"/>
        <source>Chapitre : %1   ·   %2</source>
        <translation>Chapter: %1   ·   %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/status_line.py" line="53"/>
        <source>Dossier : %1</source>
        <translation>Dossier: %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/status_line.py" line="56"/>
        <source>✓ Enregistré</source>
        <translation>✓ Saved</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/status_line.py" line="57"/>
        <source>Modifications en cours…</source>
        <translation>Changes in progress…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/status_line.py" line="58"/>
        <source>⚠ Échec de l’enregistrement</source>
        <translation>⚠ Save failed</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/status_line.py" line="59"/>
        <source>Lecture seule</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/status_line.py" line="68"/>
        <source>La grammaire n’est pas vérifiée : Grammalecte n’est pas installé (paquet python3-grammalecte). L’orthographe l’est.</source>
        <translation>Grammar is not checked: Grammalecte is not installed (package python3-grammalecte). Spelling is.</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="225"/>
        <source>Intitulé de l’étape</source>
        <translation>Title of the step</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="227"/>
        <source>Nature de l’étape</source>
        <translation>Kind of step</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="230"/>
        <source>Date de l’étape</source>
        <translation>Date of the step</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="234"/>
        <source>non précisée</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="235"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="236"/>
        <source>Durée en minutes</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="239"/>
        <source>Objectif de l’étape</source>
        <translation>Aim of the step</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="240"/>
        <source>Étape faite</source>
        <translation>Step done</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="241"/>
        <source>Une fois l’étape cochée, une version de chaque chapitre est gardée : vous verrez ensuite ce qui a changé depuis.</source>
        <translation>Once the step is ticked, a version of every chapter is kept: you will then see what changed since.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="246"/>
        <source>Compte rendu de l’étape</source>
        <translation>Summary of the step</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="247"/>
        <source>Ce qui a été fait et dit, en quelques lignes.</source>
        <translation>What was done and said, in a few lines.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="249"/>
        <source>Action à faire</source>
        <translation>Action to do</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="249"/>
        <source>Par exemple : réécrire l’analyse de la production 2</source>
        <translation>For example: rewrite the analysis of production 2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="250"/>
        <source>Ajouter une action</source>
        <translation>Add an action</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="250"/>
        <source>Action faite</source>
        <translation>Action done</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="256"/>
        <source>Durée :</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="259"/>
        <source>Étape :</source>
        <translation>Step:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="260"/>
        <source>Nature :</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="261"/>
        <source>Date :</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="262"/>
        <source>Objectif :</source>
        <translation>Aim:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="265"/>
        <source>Compte rendu :</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="266"/>
        <source>À faire avant l’étape suivante :</source>
        <translation>To do before the next step:</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="87"/>
        <source>Frise du parcours</source>
        <translation>Timeline of the path</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="118"/>
        <source>%1 étapes, dont %2 datées et %3 faites.</source>
        <translation>%1 steps, %2 of them dated and %3 done.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="151"/>
        <source>Datez les étapes pour les voir sur la frise.</source>
        <translation>Date the steps to see them on the timeline.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/path_page.py" line="181"/>
        <source>Aujourd’hui</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../dossier_app/gui/welcome.py" line="40"/>
        <source>Dossier CCPT</source>
        <translation>Dossier CCPT</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/welcome.py" line="46"/>
        <source>Votre mandat vous a fait acquérir de vraies compétences. Un CCPT (certificat de compétences professionnelles transférables) les fait reconnaître. Pour l’obtenir, vous écrivez un &lt;b&gt;dossier de productions&lt;/b&gt; : une production par compétence du certificat choisi. Chaque production a trois chapitres : la &lt;b&gt;situation&lt;/b&gt; vécue, son &lt;b&gt;analyse&lt;/b&gt;, et l’&lt;b&gt;argumentaire de transfert&lt;/b&gt; vers le métier visé. Le jury lit le dossier avant de vous rencontrer.&lt;br&gt;&lt;br&gt;Ce logiciel vous guide chapitre par chapitre. Il enregistre tout, tout seul, sur votre ordinateur : rien n’est envoyé sur Internet.</source>
        <translation>Your mandate gave you real skills. A CCPT (transferable professional skills certificate) gets them recognised. To obtain it, you write a &lt;b&gt;dossier of productions&lt;/b&gt;: one production per competence of the chosen certificate. Each production has three chapters: the &lt;b&gt;situation&lt;/b&gt; you lived, its &lt;b&gt;analysis&lt;/b&gt;, and the &lt;b&gt;transfer argument&lt;/b&gt; towards the target job. The jury reads the dossier before meeting you.&lt;br&gt;&lt;br&gt;This software guides you chapter by chapter. It saves everything by itself, on your computer: nothing is sent over the Internet.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/welcome.py" line="57"/>
        <source>&lt;b&gt;Comment ça se passe&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Créez votre dossier : vous, vos mandats, votre projet, puis le CCPT visé.&lt;/li&gt;&lt;li&gt;Écrivez chaque chapitre, avec à côté les questions du jury et des débuts de phrase pour vous lancer.&lt;/li&gt;&lt;li&gt;Faites relire votre conseiller, réglez les points signalés, puis remettez le dossier au jury.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;How it works&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Create your dossier: you, your mandates, your project, then the target CCPT.&lt;/li&gt;&lt;li&gt;Write each chapter, with the jury’s questions and sentence starters beside it to get going.&lt;/li&gt;&lt;li&gt;Have your advisor read it, settle the points raised, then hand the dossier to the jury.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/welcome.py" line="66"/>
        <source>Créer mon dossier…</source>
        <translation>Create my dossier…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/welcome.py" line="68"/>
        <source>Importer un brouillon Word…</source>
        <translation>Import a Word draft…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/welcome.py" line="69"/>
        <source>Votre brouillon devient un dossier : vous vérifiez le rangement avant que rien ne soit écrit.</source>
        <translation>Your draft becomes a dossier: you check the layout before anything is written.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/welcome.py" line="71"/>
        <source>Ouvrir un dossier…</source>
        <translation>Open a dossier…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/welcome.py" line="72"/>
        <source>Voir le dossier d’exemple</source>
        <translation>See the example dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/welcome.py" line="83"/>
        <source>Dossiers récents</source>
        <translation>Recent dossiers</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../dossier_app/gui/workspace.py" line="65"/>
        <source>Projet professionnel</source>
        <translation>Professional project</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/workspace.py" line="277"/>
        <source>Un renvoi à une annexe s’insère dans le texte d’un chapitre ou du projet : ouvrez-le d’abord.</source>
        <translation>A reference to an annex goes into the text of a chapter or of the project: open one first.</translation>
    </message>
</context>
<context>
    <name>WritingHelpDialog</name>
    <message>
        <location filename="../../dossier_app/gui/help.py" line="66"/>
        <location filename="../../dossier_app/gui/help.py" line="68"/>
        <source>Écrire une production</source>
        <translation>Writing a production</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/help.py" line="71"/>
        <source>&lt;h2&gt;Écrire une production&lt;/h2&gt;&lt;p&gt;Le dossier compte deux ou trois productions : une par compétence du CCPT (certificat de compétences professionnelles transférables) que vous visez. Chaque production a trois chapitres.&lt;/p&gt;&lt;h3&gt;1. La situation&lt;/h3&gt;&lt;p&gt;Racontez une situation vraie de votre mandat : quand, où, avec qui, ce qui se passait. Choisissez-la parce qu’elle montre la compétence. Une seule situation, précise, vaut mieux que trois survolées.&lt;/p&gt;&lt;h3&gt;2. L’analyse&lt;/h3&gt;&lt;p&gt;Dites ce que vous avez fait, étape par étape, et pourquoi. Avec qui, avec quels outils ou quels textes. Ce qui a été difficile. Le résultat. Allez plus loin qu’une liste de tâches : le jury veut voir vos choix.&lt;/p&gt;&lt;h3&gt;3. L’argumentaire de transfert&lt;/h3&gt;&lt;p&gt;Montrez comment ce que vous avez appris servira dans le métier visé : dans quelles situations de ce métier, et comment. Appuyez-vous sur votre projet professionnel.&lt;/p&gt;&lt;h3&gt;Des conseils&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Écrivez « je », pas « on » : c’est votre expérience qui compte.&lt;/li&gt;&lt;li&gt;Des phrases courtes. Un paragraphe par idée.&lt;/li&gt;&lt;li&gt;Les conseils à droite du texte posent des questions pour avancer ; F9 les affiche ou les masque.&lt;/li&gt;&lt;li&gt;Les points à régler (F10) disent ce qui manque avant le jury.&lt;/li&gt;&lt;li&gt;La relecture (F7) signale la grammaire, l’orthographe et ce qu’un lecteur du jury aimerait trouver autrement dit ; chaque remarque se corrige ou s’ignore.&lt;/li&gt;&lt;li&gt;Votre texte est enregistré tout seul, au fil de l’écriture.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Writing a production&lt;/h2&gt;&lt;p&gt;The dossier has two or three productions: one per competence of the CCPT (transferable professional skills certificate) you are aiming for. Each production has three chapters.&lt;/p&gt;&lt;h3&gt;1. The situation&lt;/h3&gt;&lt;p&gt;Tell a true situation from your mandate: when, where, with whom, what was going on. Choose it because it shows the competence. One precise situation is worth more than three skimmed over.&lt;/p&gt;&lt;h3&gt;2. The analysis&lt;/h3&gt;&lt;p&gt;Say what you did, step by step, and why. With whom, with which tools or which texts. What was difficult. The result. Go further than a list of tasks: the jury wants to see your choices.&lt;/p&gt;&lt;h3&gt;3. The transfer argument&lt;/h3&gt;&lt;p&gt;Show how what you learnt will be useful in the target job: in which situations of that job, and how. Build on your professional project.&lt;/p&gt;&lt;h3&gt;Some advice&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Write “I”, not “we”: it is your own experience that counts.&lt;/li&gt;&lt;li&gt;Short sentences. One paragraph per idea.&lt;/li&gt;&lt;li&gt;The guidance to the right of the text asks questions to help you move on; F9 shows or hides it.&lt;/li&gt;&lt;li&gt;The points to settle (F10) say what is missing before the jury.&lt;/li&gt;&lt;li&gt;Proofreading (F7) points out grammar, spelling and what a jury reader would rather find said otherwise; each remark can be corrected or ignored.&lt;/li&gt;&lt;li&gt;Your text is saved by itself, as you write.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="62"/>
        <source>Étape %1 sur %2 : %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
</context>
<context>
    <name>countdown</name>
    <message>
        <location filename="../../dossier_app/gui/countdown.py" line="36"/>
        <source>%1 minute</source>
        <translation>%1 minute</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/countdown.py" line="37"/>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/countdown.py" line="40"/>
        <source>%1 seconde</source>
        <translation>%1 second</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/countdown.py" line="41"/>
        <source>%1 secondes</source>
        <translation>%1 seconds</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/countdown.py" line="43"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/countdown.py" line="56"/>
        <source>Temps dépassé : %1</source>
        <translation>Time exceeded: %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/countdown.py" line="58"/>
        <location filename="../../dossier_app/gui/countdown.py" line="60"/>
        <source>Plus que %1</source>
        <translation>Only %1 left</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/countdown.py" line="61"/>
        <source>Temps restant</source>
        <translation>Time left</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="147"/>
        <source>non renseignée</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="695"/>
        <source>Ajouter un mandat</source>
        <translation>Add a mandate</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/annex_row.py" line="222"/>
        <source>Ajouter une annexe</source>
        <translation>Add an annex</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="25"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="26"/>
        <source>Confidentialité</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="27"/>
        <source>Mandats</source>
        <translation>Mandates</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="28"/>
        <source>Projet professionnel</source>
        <translation>Professional project</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="29"/>
        <source>Chapitre</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="30"/>
        <source>Préparer l’oral</source>
        <translation>Prepare the oral</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="31"/>
        <source>Parcours et ateliers</source>
        <translation>Path and workshops</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="32"/>
        <source>Après le jury</source>
        <translation>After the jury</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="33"/>
        <source>Positionnement</source>
        <translation>Positioning</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="34"/>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="35"/>
        <source>Déclaration sur l’honneur</source>
        <translation>Declaration on honour</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="53"/>
        <source>Pas encore travaillée</source>
        <translation>Not practised yet</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="59"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="72"/>
        <source>— non évalué</source>
        <translation>— not assessed</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="73"/>
        <source>1. Je découvre</source>
        <translation>1. I am discovering it</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="74"/>
        <source>2. Je pratique avec de l’aide</source>
        <translation>2. I practise it with help</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="75"/>
        <source>3. Je pratique en autonomie</source>
        <translation>3. I practise it on my own</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="76"/>
        <source>4. Je maîtrise et je peux l’expliquer</source>
        <translation>4. I master it and can explain it</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="81"/>
        <source>janv.</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="81"/>
        <source>févr.</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="82"/>
        <source>mars</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="82"/>
        <source>avr.</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="83"/>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="83"/>
        <source>juin</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="84"/>
        <source>juil.</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="84"/>
        <source>août</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="85"/>
        <source>sept.</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="85"/>
        <source>oct.</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="86"/>
        <source>nov.</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="87"/>
        <source>déc.</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="104"/>
        <source>%1 mot</source>
        <translation>%1 word</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="106"/>
        <source>%1 mots</source>
        <translation>%1 words</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="125"/>
        <source>%1 à %2</source>
        <translation>%1 at %2</translation>
    </message>
</context>
<context>
    <name>self.table</name>
    <message>
        <location filename="../../dossier_app/gui/oral_plan.py" line="72"/>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
</TS>
