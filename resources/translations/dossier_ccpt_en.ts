<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AnnexRow</name>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="248"/>
        <source>Titre de l’annexe</source>
        <translation>Annex title</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="250"/>
        <source>Nature de l’annexe</source>
        <translation>Kind of annex</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="254"/>
        <source>Description de l’annexe</source>
        <translation>Annex description</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="255"/>
        <source>Titre :</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="256"/>
        <source>Nature :</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="257"/>
        <source>Description :</source>
        <translation>Description:</translation>
    </message>
</context>
<context>
    <name>CandidateForm</name>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="79"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="80"/>
        <source>Nom d’usage</source>
        <translation>Usual last name</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="81"/>
        <source>Nom de naissance</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="82"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="83"/>
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="84"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="85"/>
        <source>Employeur</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="86"/>
        <source>Emploi occupé</source>
        <translation>Current job</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="87"/>
        <source>Organisation syndicale</source>
        <translation>Union</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="99"/>
        <source>%1 :</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="100"/>
        <source>Faire figurer l’organisation syndicale sur la page de garde (donnée sensible : non par défaut)</source>
        <translation>Show the union on the cover page (sensitive data: off by default)</translation>
    </message>
</context>
<context>
    <name>CcptPage</name>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="88"/>
        <source>Le certificat visé (CCPT)</source>
        <translation>The target certificate (CCPT)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="89"/>
        <source>Chaque CCPT correspond à un bloc d’un titre professionnel. Lisez les questions sous chacun : là où vous répondez souvent « oui », votre expérience de mandat a de quoi nourrir le dossier. Votre conseiller peut vous aider à choisir.</source>
        <translation>Each CCPT matches one block of a professional title. Read the questions under each one: where you often answer “yes”, your mandate experience has enough to feed the dossier. Your advisor can help you choose.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="111"/>
        <source>CCPT %1</source>
        <translation>CCPT %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="114"/>
        <source>intitulé provisoire</source>
        <translation>provisional wording</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="120"/>
        <source>Équivalent : bloc « %1 » du titre professionnel %2, %3.</source>
        <translation>Equivalent: block “%1” of the professional title %2, %3.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="123"/>
        <source>Compétences (une production chacune) :</source>
        <translation>Competences (one production each):</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="124"/>
        <source>Pour vous aider à choisir :</source>
        <translation>To help you choose:</translation>
    </message>
</context>
<context>
    <name>ChapterEditor</name>
    <message>
        <location filename="../../dossier_app/gui/editor.py" line="189"/>
        <source>Aucune suggestion</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/editor.py" line="192"/>
        <source>Ajouter « %1 » à mon dictionnaire</source>
        <translation>Add “%1” to my dictionary</translation>
    </message>
</context>
<context>
    <name>ChapterPage</name>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="43"/>
        <source>Titre de la production (facultatif)</source>
        <translation>Title of the production (optional)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="44"/>
        <source>Titre de la production</source>
        <translation>Title of the production</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="46"/>
        <source>Statut du chapitre</source>
        <translation>Chapter status</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="49"/>
        <location filename="../../dossier_app/gui/chapter_page.py" line="155"/>
        <source>Masquer les conseils</source>
        <translation>Hide the guidance</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="54"/>
        <source>Titre :</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="57"/>
        <source>Statut :</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="62"/>
        <source>Texte du chapitre</source>
        <translation>Chapter text</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="68"/>
        <source>Conseils et commentaires</source>
        <translation>Guidance and comments</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="69"/>
        <source>Conseils</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="70"/>
        <location filename="../../dossier_app/gui/chapter_page.py" line="151"/>
        <source>Commentaires</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="100"/>
        <source>Production %1 — %2</source>
        <translation>Production %1 — %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="150"/>
        <source>Commentaires (%1)</source>
        <translation>Comments (%1)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/chapter_page.py" line="156"/>
        <source>Afficher les conseils</source>
        <translation>Show the guidance</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="41"/>
        <source>Commentaires du chapitre</source>
        <translation>Comments on the chapter</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="45"/>
        <source>Commenter la sélection…</source>
        <translation>Comment on the selection…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="46"/>
        <source>Résoudre</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="78"/>
        <source>résolu</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="79"/>
        <source>passage supprimé ou modifié</source>
        <translation>passage deleted or changed</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="89"/>
        <source>Aucun commentaire sur ce chapitre.</source>
        <translation>No comments on this chapter.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="113"/>
        <source>Sélectionnez d’abord le passage à commenter.</source>
        <translation>First select the passage to comment on.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="119"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/comments_panel.py" line="119"/>
        <source>Votre commentaire sur « %1 » :</source>
        <translation>Your comment on “%1”:</translation>
    </message>
</context>
<context>
    <name>CreationAssistant</name>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="204"/>
        <source>Créer mon dossier</source>
        <translation>Create my dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="207"/>
        <source>Suivant &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="208"/>
        <source>&lt; Précédent</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="209"/>
        <source>Créer le dossier</source>
        <translation>Create the dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="210"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="50"/>
        <source>Groupe : %1</source>
        <translation>Group: %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="53"/>
        <source>Dossiers du groupe</source>
        <translation>Dossiers of the group</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="55"/>
        <source>Candidat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="55"/>
        <source>CCPT</source>
        <translation>CCPT</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="55"/>
        <source>Chapitres</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="55"/>
        <source>Mots</source>
        <translation>Words</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="56"/>
        <source>Commentaires ouverts</source>
        <translation>Open comments</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="56"/>
        <source>Dernière modification</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="66"/>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="68"/>
        <source>Ouvrir pour relecture</source>
        <translation>Open for review</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="70"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/dashboard.py" line="93"/>
        <source>%1 dossiers dans « %2 ».</source>
        <translation>%1 dossiers in “%2”.</translation>
    </message>
</context>
<context>
    <name>DeclarationForm</name>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="325"/>
        <source>Je soussigné(e) déclare sur l’honneur que les informations contenues dans ce dossier sont exactes et que les productions présentées sont mon œuvre personnelle. La déclaration sera signée à la main sur le document imprimé.</source>
        <translation>I, the undersigned, declare on my honour that the information in this dossier is accurate and that the productions presented are my own work. The declaration is signed by hand on the printed document.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="330"/>
        <source>Lieu de la déclaration</source>
        <translation>Place of the declaration</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="331"/>
        <source>Date fixée</source>
        <translation>Date set</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="332"/>
        <source>Date de la déclaration</source>
        <translation>Date of the declaration</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="339"/>
        <source>Fait à :</source>
        <translation>Made at:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="344"/>
        <source>Le :</source>
        <translation>On:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="50"/>
        <source>Exporter le dossier pour le jury</source>
        <translation>Export the dossier for the jury</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="54"/>
        <source>Document Word (.docx), modifiable</source>
        <translation>Word document (.docx), editable</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="55"/>
        <source>PDF, prêt à imprimer ou à envoyer</source>
        <translation>PDF, ready to print or send</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="60"/>
        <source>PDF : installez LibreOffice pour cette option</source>
        <translation>PDF: install LibreOffice for this option</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="61"/>
        <source>Joindre les commentaires non résolus du conseiller</source>
        <translation>Include the advisor’s unresolved comments</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="62"/>
        <source>Remplacer les vrais noms par leurs pseudonymes</source>
        <translation>Replace real names by their pseudonyms</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="65"/>
        <source>Modèle fourni avec l’application</source>
        <translation>Template shipped with the application</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="66"/>
        <source>Modèle Word de l’organisme</source>
        <translation>Organisation’s Word template</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="67"/>
        <location filename="../../dossier_app/gui/export_dialog.py" line="73"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="68"/>
        <source>Choisir un modèle Word</source>
        <translation>Choose a Word template</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="72"/>
        <source>Fichier à créer</source>
        <translation>File to create</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="74"/>
        <source>Choisir le fichier à créer</source>
        <translation>Choose the file to create</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="84"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="86"/>
        <source>Ouvrir le document</source>
        <translation>Open the document</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="88"/>
        <source>Ouvrir le dossier</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="90"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="103"/>
        <source>Format :</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="107"/>
        <source>Options :</source>
        <translation>Options:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="108"/>
        <source>Modèle :</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="109"/>
        <source>Enregistrer sous :</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="127"/>
        <source>Modèle Word</source>
        <translation>Word template</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="128"/>
        <source>Document Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="134"/>
        <source>Enregistrer sous</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="144"/>
        <source>Le modèle « %1 » n’existe pas.</source>
        <translation>The template “%1” does not exist.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="154"/>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="166"/>
        <source>Dossier exporté : %1</source>
        <translation>Dossier exported: %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/export_dialog.py" line="168"/>
        <source>Sans LibreOffice, le sommaire n’a pas encore ses numéros de page : dans Word, mettez la table à jour (F9).</source>
        <translation>Without LibreOffice, the table of contents has no page numbers yet: in Word, update the table (F9).</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="147"/>
        <source>Où garder votre dossier</source>
        <translation>Where to keep your dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="148"/>
        <source>Un seul fichier contient tout le dossier. Il est enregistré automatiquement pendant que vous écrivez ; vous pourrez le copier sur une clé USB pour votre conseiller.</source>
        <translation>One file holds the whole dossier. It is saved automatically while you write; you can copy it to a USB stick for your advisor.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="153"/>
        <source>Emplacement du fichier du dossier</source>
        <translation>Location of the dossier file</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="154"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="175"/>
        <source>Enregistrer le dossier</source>
        <translation>Save the dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="177"/>
        <source>Dossier CCPT (*.ccpt)</source>
        <translation>CCPT dossier (*.ccpt)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="184"/>
        <source>Indiquez où enregistrer le dossier.</source>
        <translation>Say where to save the dossier.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="188"/>
        <source>Un fichier porte déjà ce nom : choisissez-en un autre.</source>
        <translation>A file already has this name: choose another one.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="191"/>
        <source>Ce dossier n’existe pas : choisissez-en un autre.</source>
        <translation>This folder does not exist: choose another one.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../dossier_app/gui/editor.py" line="221"/>
        <source>Rechercher dans le chapitre</source>
        <translation>Find in the chapter</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/editor.py" line="222"/>
        <source>Texte à rechercher</source>
        <translation>Text to find</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/editor.py" line="224"/>
        <source>Précédent</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/editor.py" line="225"/>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/editor.py" line="226"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/editor.py" line="227"/>
        <source>Fermer la recherche</source>
        <translation>Close the search</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="26"/>
        <source>Conseils pour ce chapitre</source>
        <translation>Guidance for this chapter</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="36"/>
        <source>intitulé provisoire</source>
        <translation>provisional wording</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="38"/>
        <source>Compétence</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="42"/>
        <source>Ce que le jury regarde</source>
        <translation>What the jury looks for</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="45"/>
        <source>Questions pour avancer</source>
        <translation>Questions to move on</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="48"/>
        <source>Cliquez pour insérer dans le texte :</source>
        <translation>Click to insert into the text:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="49"/>
        <source>Pour commencer une phrase</source>
        <translation>To start a sentence</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="51"/>
        <source>Un exemple</source>
        <translation>An example</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="53"/>
        <source>À savoir</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/guidance_panel.py" line="54"/>
        <source>Les compétences de ce CCPT sont une proposition provisoire : le référentiel officiel n’a pas pu être obtenu. Vérifiez-les avec votre conseiller.</source>
        <translation>The competences of this CCPT are a provisional proposal: the official referential could not be obtained. Check them with your advisor.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="43"/>
        <source>Vous</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="44"/>
        <source>Ces informations figurent sur la page de garde du dossier. Seuls le prénom et le nom sont indispensables.</source>
        <translation>This information appears on the cover page of the dossier. Only the first and last names are required.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="97"/>
        <location filename="../../dossier_app/gui/main_window.py" line="306"/>
        <source>Projet professionnel</source>
        <translation>Professional project</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="131"/>
        <source>Points à régler</source>
        <translation>Points to settle</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="139"/>
        <source>Nombre de mots</source>
        <translation>Word count</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="141"/>
        <source>État de l’enregistrement</source>
        <translation>Save state</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="156"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="157"/>
        <source>&amp;Nouveau dossier…</source>
        <translation>&amp;New dossier…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="158"/>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="159"/>
        <source>Ouvrir le dossier d’&amp;exemple</source>
        <translation>Open the &amp;example dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="160"/>
        <source>Dossiers &amp;récents</source>
        <translation>&amp;Recent dossiers</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="161"/>
        <source>Ouvrir un &amp;groupe (tableau de bord)…</source>
        <translation>Open a &amp;group (dashboard)…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="163"/>
        <source>E&amp;xporter pour le jury…</source>
        <translation>E&amp;xport for the jury…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="165"/>
        <source>&amp;Enregistrer maintenant</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="167"/>
        <source>&amp;Fermer le dossier</source>
        <translation>&amp;Close the dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="170"/>
        <source>Installer un &amp;référentiel officiel…</source>
        <translation>Install an official &amp;referential…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="172"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="174"/>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="175"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="176"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="178"/>
        <source>Re&amp;chercher…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="179"/>
        <source>&amp;Versions du chapitre…</source>
        <translation>Chapter &amp;versions…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="183"/>
        <source>&amp;Gras</source>
        <translation>&amp;Bold</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="185"/>
        <source>&amp;Italique</source>
        <translation>&amp;Italic</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="187"/>
        <source>Liste à &amp;puces</source>
        <translation>&amp;Bulleted list</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="189"/>
        <source>Liste &amp;numérotée</source>
        <translation>&amp;Numbered list</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="191"/>
        <source>Augmenter le retrait de la liste</source>
        <translation>Indent the list item</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="193"/>
        <source>Diminuer le retrait de la liste</source>
        <translation>Outdent the list item</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="197"/>
        <source>&amp;Relecture</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="198"/>
        <source>&amp;Commenter la sélection…</source>
        <translation>&amp;Comment on the selection…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="201"/>
        <source>Mon &amp;nom de relecteur…</source>
        <translation>My reviewer &amp;name…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="204"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="205"/>
        <source>&amp;Taille du texte</source>
        <translation>&amp;Text size</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="212"/>
        <source>T&amp;hème</source>
        <translation>T&amp;heme</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="214"/>
        <source>Comme le système</source>
        <translation>Like the system</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="214"/>
        <source>Clair</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="215"/>
        <source>Sombre</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="220"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="228"/>
        <source>Zoom &amp;avant</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="229"/>
        <source>Zoom a&amp;rrière</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="231"/>
        <source>&amp;Conseils d’écriture</source>
        <translation>Writing &amp;guidance</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="237"/>
        <source>&amp;Points à régler avant le jury</source>
        <translation>&amp;Points to settle before the jury</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="241"/>
        <source>A&amp;ller</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="242"/>
        <source>Chapitre &amp;suivant</source>
        <translation>&amp;Next chapter</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="243"/>
        <source>Chapitre &amp;précédent</source>
        <translation>&amp;Previous chapter</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="244"/>
        <source>Passer du &amp;plan au texte</source>
        <translation>Switch between &amp;outline and text</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="246"/>
        <source>Ai&amp;de</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="247"/>
        <source>À &amp;propos de Dossier CCPT</source>
        <translation>&amp;About Dossier CCPT</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="280"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="284"/>
        <source>Mandats</source>
        <translation>Mandates</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="285"/>
        <source>Les mandats exercés ces cinq dernières années : intitulé, organisation, dates et part du temps de travail.</source>
        <translation>The mandates held in the last five years: title, organisation, dates and share of working time.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="290"/>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="291"/>
        <source>Les pièces jointes au dossier : attestations, témoignages, documents. Elles sont listées dans le dossier exporté.</source>
        <translation>The documents attached to the dossier: attestations, testimonies, documents. They are listed in the exported dossier.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="297"/>
        <source>Ateliers</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="298"/>
        <source>Les étapes de l’accompagnement : date, présence et notes. Quand un atelier est marqué comme tenu, une version de chaque chapitre est gardée : vous verrez ensuite ce qui a changé depuis (menu Édition, Versions du chapitre).</source>
        <translation>The steps of the accompaniment: date, attendance and notes. When a workshop is marked as held, a version of every chapter is kept: you will then see what changed since (Edit menu, Chapter versions).</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="304"/>
        <source>Déclaration sur l’honneur</source>
        <translation>Declaration on honour</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="307"/>
        <source>Le métier visé et pourquoi : c’est ce projet qui rend le transfert crédible.</source>
        <translation>The target job and why: this project makes the transfer credible.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="399"/>
        <source>Ouvrir un dossier</source>
        <translation>Open a dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="400"/>
        <source>Dossier CCPT (*.ccpt);;Tous les fichiers (*)</source>
        <translation>CCPT dossier (*.ccpt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="464"/>
        <source>Lecture seule : ce dossier est déjà ouvert par %1. Vous pouvez le lire ; fermez-le là-bas pour le modifier ici.</source>
        <translation>Read-only: this dossier is already open by %1. You can read it; close it there to edit it here.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="466"/>
        <source>Lecture seule.</source>
        <translation>Read-only.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="471"/>
        <source> (lecture seule)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="514"/>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="515"/>
        <source>Le dossier n’a pas pu être enregistré. Votre texte est toujours là : enregistrez une copie ailleurs (sur une clé USB, par exemple), ou réessayez.</source>
        <translation>The dossier could not be saved. Your text is still here: save a copy elsewhere (on a USB stick, for example), or try again.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="532"/>
        <source>Enregistrer une copie</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="534"/>
        <source>Dossier CCPT (*.ccpt)</source>
        <translation>CCPT dossier (*.ccpt)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="597"/>
        <source>Chapitre : %1   ·   Production %2 : %3   ·   Dossier : %4</source>
        <translation>Chapter: %1   ·   Production %2: %3   ·   Dossier: %4</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="602"/>
        <source>Dossier : %1</source>
        <translation>Dossier: %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="611"/>
        <source>✓ Enregistré</source>
        <translation>✓ Saved</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="612"/>
        <source>Modifications en cours…</source>
        <translation>Changes in progress…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="613"/>
        <source>⚠ Échec de l’enregistrement</source>
        <translation>⚠ Save failed</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="614"/>
        <source>Lecture seule</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="620"/>
        <source>Votre texte est toujours à l’écran ; l’enregistrement sera retenté automatiquement.</source>
        <translation>Your text is still on screen; saving will be tried again automatically.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="656"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="657"/>
        <source>La nouvelle langue sera utilisée au prochain démarrage de l’application.</source>
        <translation>The new language will be used the next time the application starts.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="664"/>
        <source>Une version de chaque chapitre a été gardée.</source>
        <translation>A version of every chapter has been kept.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="674"/>
        <source>Relecture</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="674"/>
        <source>Votre nom, pour signer vos commentaires :</source>
        <translation>Your name, to sign your comments:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="682"/>
        <source>Dossier du groupe</source>
        <translation>Folder of the group</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="722"/>
        <source>Installer un référentiel</source>
        <translation>Install a referential</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="723"/>
        <source>Référentiel (*.json)</source>
        <translation>Referential (*.json)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="735"/>
        <source>Référentiel installé</source>
        <translation>Referential installed</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="736"/>
        <source>Le référentiel « %1 », édition %2, est maintenant utilisé.</source>
        <translation>The referential “%1”, edition %2, is now in use.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="740"/>
        <source>À propos de Dossier CCPT</source>
        <translation>About Dossier CCPT</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="741"/>
        <source>&lt;b&gt;Dossier CCPT&lt;/b&gt; %1&lt;br&gt;&lt;br&gt;Pour écrire le dossier de productions de la certification des compétences acquises dans un mandat (CCPT).&lt;br&gt;&lt;br&gt;Tout reste sur cet ordinateur : aucune connexion à Internet.&lt;br&gt;Référentiel : %2, édition %3.</source>
        <translation>&lt;b&gt;Dossier CCPT&lt;/b&gt; %1&lt;br&gt;&lt;br&gt;To write the dossier of productions of the certification of skills gained in a mandate (CCPT).&lt;br&gt;&lt;br&gt;Everything stays on this computer: no Internet connection.&lt;br&gt;Referential: %2, edition %3.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/main_window.py" line="748"/>
        <source>Dossier CCPT</source>
        <translation>Dossier CCPT</translation>
    </message>
</context>
<context>
    <name>MandateRow</name>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="189"/>
        <source>Par exemple : secrétaire du CSE</source>
        <translation>For example: secretary of the CSE</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="190"/>
        <source>Intitulé du mandat</source>
        <translation>Mandate title</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="192"/>
        <source>Entreprise ou organisation</source>
        <translation>Company or organisation</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="193"/>
        <source>Début du mandat</source>
        <translation>Start of the mandate</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="194"/>
        <source>En cours</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="195"/>
        <source>Fin du mandat</source>
        <translation>End of the mandate</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="200"/>
        <source>Part du temps de travail consacrée au mandat</source>
        <translation>Share of working time spent on the mandate</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="202"/>
        <source>Ce que recouvre ce mandat</source>
        <translation>What this mandate covers</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="207"/>
        <source>Mandat :</source>
        <translation>Mandate:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="208"/>
        <source>Organisation :</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="209"/>
        <source>Début :</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="210"/>
        <source>Fin :</source>
        <translation>End:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="211"/>
        <source>Temps consacré :</source>
        <translation>Time spent:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="212"/>
        <source>Description :</source>
        <translation>Description:</translation>
    </message>
</context>
<context>
    <name>MandatesPage</name>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="59"/>
        <source>Vos mandats</source>
        <translation>Your mandates</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="60"/>
        <source>Les mandats exercés ces cinq dernières années, avec leurs dates et la part de votre temps qu’ils occupent. Vous pourrez compléter plus tard.</source>
        <translation>The mandates held in the last five years, with their dates and the share of your time they take. You can complete this later.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="32"/>
        <source>Plan du dossier</source>
        <translation>Dossier outline</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="47"/>
        <source>Mon dossier</source>
        <translation>My dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="48"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="49"/>
        <source>Mandats</source>
        <translation>Mandates</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="50"/>
        <source>Projet professionnel</source>
        <translation>Professional project</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="54"/>
        <source>Production %1</source>
        <translation>Production %1</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="59"/>
        <source>Ateliers</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="60"/>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="61"/>
        <source>Déclaration sur l’honneur</source>
        <translation>Declaration on honour</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/navigator.py" line="76"/>
        <source>Statut : %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="72"/>
        <source>Votre projet professionnel</source>
        <translation>Your professional project</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="73"/>
        <source>Quel métier visez-vous, et pourquoi ? Quelques phrases suffisent pour commencer : c’est ce projet qui rend le transfert crédible aux yeux du jury.</source>
        <translation>Which job are you aiming for, and why? A few sentences are enough to start: this project is what makes the transfer credible to the jury.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="77"/>
        <source>Projet professionnel</source>
        <translation>Professional project</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/assistant.py" line="79"/>
        <source>Par exemple : je souhaite devenir gestionnaire de paie, parce que…</source>
        <translation>For example: I want to become a payroll manager, because…</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="22"/>
        <source>Points à régler avant le jury</source>
        <translation>Points to settle before the jury</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="33"/>
        <source>Prêt pour le jury. Il reste des conseils ci-dessous.</source>
        <translation>Ready for the jury. Some advice remains below.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="34"/>
        <source>Prêt pour le jury.</source>
        <translation>Ready for the jury.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="37"/>
        <source>Pas encore prêt : 1 point à régler.</source>
        <translation>Not ready yet: 1 point to settle.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="38"/>
        <source>Pas encore prêt : %1 points à régler.</source>
        <translation>Not ready yet: %1 points to settle.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="43"/>
        <source>À régler</source>
        <translation>To settle</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/readiness_panel.py" line="44"/>
        <source>Conseil</source>
        <translation>Advice</translation>
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
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="45"/>
        <source>Versions du chapitre — Production %1, %2</source>
        <translation>Chapter versions — Production %1, %2</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="48"/>
        <source>Versions enregistrées</source>
        <translation>Saved versions</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="50"/>
        <source>Comparer avec</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="51"/>
        <source>Comparer avec le texte actuel</source>
        <translation>Compare with the current text</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="52"/>
        <source>Comparer avec la version précédente</source>
        <translation>Compare with the previous version</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="54"/>
        <source>Différences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="56"/>
        <source>Garder une version maintenant</source>
        <translation>Keep a version now</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="57"/>
        <source>Depuis le dernier atelier</source>
        <translation>Since the last workshop</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="58"/>
        <source>Remettre cette version</source>
        <translation>Put this version back</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="59"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="106"/>
        <source>Aucune version n’a encore été gardée pour ce chapitre.</source>
        <translation>No version of this chapter has been kept yet.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="113"/>
        <source>Aucune version n’a été gardée lors d’un atelier.</source>
        <translation>No version was kept at a workshop.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/revisions_dialog.py" line="136"/>
        <source>%1 mots ajoutés, %2 mots retirés</source>
        <translation>%1 words added, %2 words removed</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="146"/>
        <source>Supprimer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="147"/>
        <source>Supprimer cette ligne</source>
        <translation>Remove this entry</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../dossier_app/gui/welcome.py" line="35"/>
        <source>Dossier CCPT</source>
        <translation>Dossier CCPT</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/welcome.py" line="41"/>
        <source>Votre mandat vous a fait acquérir de vraies compétences. La certification CCPT les fait reconnaître : vous écrivez un &lt;b&gt;dossier de productions&lt;/b&gt;, une production par compétence du certificat choisi, chacune en trois chapitres — la &lt;b&gt;situation&lt;/b&gt; vécue, son &lt;b&gt;analyse&lt;/b&gt;, et l’&lt;b&gt;argumentaire de transfert&lt;/b&gt; vers le métier visé. Le jury le lit avant de vous rencontrer.&lt;br&gt;&lt;br&gt;Ce logiciel vous guide chapitre par chapitre et enregistre tout, tout seul, sur votre ordinateur : rien n’est envoyé sur Internet.</source>
        <translation>Your mandate gave you real skills. The CCPT certification gets them recognised: you write a &lt;b&gt;dossier of productions&lt;/b&gt;, one production per competence of the chosen certificate, each in three chapters — the &lt;b&gt;situation&lt;/b&gt; you lived, its &lt;b&gt;analysis&lt;/b&gt;, and the &lt;b&gt;transfer argument&lt;/b&gt; towards the target job. The jury reads it before meeting you.&lt;br&gt;&lt;br&gt;This software guides you chapter by chapter and saves everything by itself, on your computer: nothing is sent over the Internet.</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/welcome.py" line="51"/>
        <source>&lt;b&gt;Comment ça se passe&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Créez votre dossier : vous, vos mandats, votre projet, puis le CCPT visé.&lt;/li&gt;&lt;li&gt;Écrivez chaque chapitre, avec à côté les questions du jury et des débuts de phrase pour vous lancer.&lt;/li&gt;&lt;li&gt;Faites relire votre conseiller, réglez les points signalés, puis remettez le dossier au jury.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;How it works&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Create your dossier: you, your mandates, your project, then the target CCPT.&lt;/li&gt;&lt;li&gt;Write each chapter, with the jury’s questions and sentence starters beside it to get going.&lt;/li&gt;&lt;li&gt;Have your advisor read it, settle the points raised, then hand the dossier to the jury.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/welcome.py" line="60"/>
        <source>Créer mon dossier…</source>
        <translation>Create my dossier…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/welcome.py" line="62"/>
        <source>Ouvrir un dossier…</source>
        <translation>Open a dossier…</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/welcome.py" line="63"/>
        <source>Voir le dossier d’exemple</source>
        <translation>See the example dossier</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/welcome.py" line="72"/>
        <source>Dossiers récents</source>
        <translation>Recent dossiers</translation>
    </message>
</context>
<context>
    <name>WorkshopRow</name>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="281"/>
        <source>Par exemple : atelier 2, analyser son action</source>
        <translation>For example: workshop 2, analysing one’s action</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="282"/>
        <source>Intitulé de l’atelier</source>
        <translation>Workshop title</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="283"/>
        <source>Date de l’atelier</source>
        <translation>Workshop date</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="284"/>
        <source>Atelier tenu (une version de chaque chapitre est gardée)</source>
        <translation>Workshop held (a version of every chapter is kept)</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="286"/>
        <source>Notes de l’atelier</source>
        <translation>Workshop notes</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="287"/>
        <source>Atelier :</source>
        <translation>Workshop:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="288"/>
        <source>Date :</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="290"/>
        <source>Notes :</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="37"/>
        <source>non renseignée</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="308"/>
        <source>Ajouter un atelier</source>
        <translation>Add a workshop</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="312"/>
        <source>Ajouter un mandat</source>
        <translation>Add a mandate</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/forms.py" line="316"/>
        <source>Ajouter une annexe</source>
        <translation>Add an annex</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="11"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="12"/>
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="13"/>
        <source>Argumentaire de transfert</source>
        <translation>Transfer argument</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="17"/>
        <source>À écrire</source>
        <translation>To write</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="18"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="19"/>
        <source>À relire</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="20"/>
        <source>À retravailler</source>
        <translation>To rework</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="21"/>
        <source>Relu</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="22"/>
        <source>Définitif</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="26"/>
        <source>Attestation</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="27"/>
        <source>Témoignage</source>
        <translation>Testimony</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="28"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="29"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="46"/>
        <source>%1 mot</source>
        <translation>%1 word</translation>
    </message>
    <message>
        <location filename="../../dossier_app/gui/labels.py" line="48"/>
        <source>%1 mots</source>
        <translation>%1 words</translation>
    </message>
</context>
</TS>
