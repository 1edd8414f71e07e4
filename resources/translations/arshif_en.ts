<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArchiveCommands</name>
    <message>
        <location filename="../../ui/window/archive_commands.py" line="126"/>
        <source>Open an archive folder</source>
        <translation>Open an archive folder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/archive_commands.py" line="141"/>
        <source>%n page(s) written to %1</source>
        <translation>
            <numerusform>%Ln page written to %1</numerusform>
            <numerusform>%Ln pages written to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/archive_commands.py" line="146"/>
        <source>Backup written: %1</source>
        <translation>Backup written: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/archive_commands.py" line="151"/>
        <source>The automatic backup failed: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
</context>
<context>
    <name>ArticleDetails</name>
    <message>
        <location filename="../../ui/window/panes/article_details.py" line="33"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_details.py" line="34"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_details.py" line="35"/>
        <source>Attached files</source>
        <translation>Attached files</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="128"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="129"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="130"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="131"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="132"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="133"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="134"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="233"/>
        <source>More fields</source>
        <translation>More fields</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="235"/>
        <source>More fields: %1</source>
        <translation>More fields: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="433"/>
        <source>Not a date: type 2015-08-11, or 1436-10-26 هـ</source>
        <translation>Not a date: type 2015-08-11, or 1436-10-26 هـ</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="442"/>
        <source>read from the text: «%1»</source>
        <translation>read from the text: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="136"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="135"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="137"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="327"/>
        <source>Date: %1 is not a date like 2015-07-21 or 1436-10-26 هـ</source>
        <translation>Date: %1 is not a date like 2015-07-21 or 1436-10-26 هـ</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="386"/>
        <source>The archive already holds this article: «%1».</source>
        <translation>The archive already holds this article: «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="117"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <location filename="../../ui/window/panes/article_pane.py" line="129"/>
        <source>Similar articles</source>
        <translation>Similar articles</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="233"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="234"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="235"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="236"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="237"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="238"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="239"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="240"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="241"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="242"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="243"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="244"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="245"/>
        <source>Put in the trash</source>
        <translation>Put in the trash</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/window/panes/attachments_panel.py" line="70"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/attachments_panel.py" line="70"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/attachments_panel.py" line="77"/>
        <source>Attach…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/attachments_panel.py" line="78"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/attachments_panel.py" line="79"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/attachments_panel.py" line="81"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/attachments_panel.py" line="185"/>
        <location filename="../../ui/window/panes/attachments_panel.py" line="190"/>
        <source>Not every file was attached</source>
        <translation>Not every file was attached</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/attachments_panel.py" line="208"/>
        <location filename="../../ui/window/panes/attachments_panel.py" line="216"/>
        <source>The file cannot be opened</source>
        <translation>The file cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/attachments_panel.py" line="217"/>
        <source>No program on this computer opens %1</source>
        <translation>No program on this computer opens %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/attachments_panel.py" line="228"/>
        <source>Remove the attached file %1 from the article?</source>
        <translation>Remove the attached file %1 from the article?</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/attachments_panel.py" line="241"/>
        <source>The file was not removed</source>
        <translation>The file was not removed</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/attachments_panel.py" line="255"/>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="37"/>
        <source>Articles: %1</source>
        <translation>Articles: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="38"/>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="39"/>
        <source>Attached files: %1</source>
        <translation>Attached files: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="40"/>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="41"/>
        <source>Dossiers: %1</source>
        <translation>Dossiers: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="42"/>
        <source>Saved searches: %1</source>
        <translation>Saved searches: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="99"/>
        <source>Back up the archive</source>
        <translation>Back up the archive</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="101"/>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="200"/>
        <source>Arshif backups (*.zip)</source>
        <translation>Arshif backups (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="123"/>
        <source>Writing the backup…</source>
        <translation>Writing the backup…</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="135"/>
        <source>The backup was written to %1</source>
        <translation>The backup was written to %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="147"/>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="165"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="157"/>
        <source>The backup stopped because of a bug in Arshif.</source>
        <translation>The backup stopped because of a bug in Arshif.</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="198"/>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="208"/>
        <source>A new, empty folder for the restored archive</source>
        <translation>A new, empty folder for the restored archive</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="235"/>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="246"/>
        <source>The backup was restored into a new archive in %1. Articles: %2</source>
        <translation>The backup was restored into a new archive in %1. Articles: %2</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="254"/>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="283"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="265"/>
        <source>The restore stopped because of a bug in Arshif.</source>
        <translation>The restore stopped because of a bug in Arshif.</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="275"/>
        <source>The backup %1 was not restored.</source>
        <translation>The backup %1 was not restored.</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="297"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is a file, not a folder.</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="305"/>
        <source>%1 is not empty: a backup is restored only into a new, empty folder.</source>
        <translation>%1 is not empty: a backup is restored only into a new, empty folder.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../ui/window/backups.py" line="91"/>
        <source>A backup is already being written.</source>
        <translation>A backup is already being written.</translation>
    </message>
    <message>
        <location filename="../../ui/window/backups.py" line="95"/>
        <source>No backup folder is set (see Settings).</source>
        <translation>No backup folder is set (see Settings).</translation>
    </message>
    <message>
        <location filename="../../ui/window/backups.py" line="127"/>
        <source>The backup stopped because of a bug in Arshif.</source>
        <translation>The backup stopped because of a bug in Arshif.</translation>
    </message>
</context>
<context>
    <name>Browsing</name>
    <message>
        <location filename="../../ui/window/browsing.py" line="65"/>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../ui/window/browsing.py" line="79"/>
        <source>Dossier: {name}</source>
        <translation>Dossier: {name}</translation>
    </message>
</context>
<context>
    <name>BulkCommands</name>
    <message>
        <location filename="../../ui/window/bulk_commands.py" line="46"/>
        <source>&amp;Tag the selected articles…</source>
        <translation>&amp;Tag the selected articles…</translation>
    </message>
    <message>
        <location filename="../../ui/window/bulk_commands.py" line="48"/>
        <source>Re&amp;move a tag from the selected articles…</source>
        <translation>Re&amp;move a tag from the selected articles…</translation>
    </message>
    <message>
        <location filename="../../ui/window/bulk_commands.py" line="51"/>
        <source>Set the &amp;source…</source>
        <translation>Set the &amp;source…</translation>
    </message>
    <message>
        <location filename="../../ui/window/bulk_commands.py" line="54"/>
        <source>Set the d&amp;ate…</source>
        <translation>Set the d&amp;ate…</translation>
    </message>
    <message>
        <location filename="../../ui/window/bulk_commands.py" line="57"/>
        <source>Set the &amp;place…</source>
        <translation>Set the &amp;place…</translation>
    </message>
    <message>
        <location filename="../../ui/window/bulk_commands.py" line="59"/>
        <source>Se&amp;lected articles</source>
        <translation>Se&amp;lected articles</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/bulk_commands.py" line="80"/>
        <source>%n article(s) selected</source>
        <translation>
            <numerusform>%Ln article selected</numerusform>
            <numerusform>%Ln articles selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/bulk_commands.py" line="100"/>
        <source>A tag for %n article(s):</source>
        <translation>
            <numerusform>A tag for %Ln article:</numerusform>
            <numerusform>A tag for %Ln articles:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/bulk_commands.py" line="101"/>
        <source>Tag articles</source>
        <translation>Tag articles</translation>
    </message>
    <message>
        <location filename="../../ui/window/bulk_commands.py" line="114"/>
        <source>The selected articles have no tags</source>
        <translation>The selected articles have no tags</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/bulk_commands.py" line="116"/>
        <source>The tag to remove from %n article(s):</source>
        <translation>
            <numerusform>The tag to remove from %Ln article:</numerusform>
            <numerusform>The tag to remove from %Ln articles:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/bulk_commands.py" line="117"/>
        <source>Remove a tag</source>
        <translation>Remove a tag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/bulk_commands.py" line="135"/>
        <source>The source of %n article(s):</source>
        <translation>
            <numerusform>The source of %Ln article:</numerusform>
            <numerusform>The source of %Ln articles:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/bulk_commands.py" line="137"/>
        <source>The date of %n article(s) (2015-08-11 or 1436-10-26 هـ):</source>
        <translation>
            <numerusform>The date of %Ln article (2015-08-11 or 1436-10-26 هـ):</numerusform>
            <numerusform>The date of %Ln articles (2015-08-11 or 1436-10-26 هـ):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/bulk_commands.py" line="139"/>
        <source>The place of %n article(s):</source>
        <translation>
            <numerusform>The place of %Ln article:</numerusform>
            <numerusform>The place of %Ln articles:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/bulk_commands.py" line="142"/>
        <source>Selected articles</source>
        <translation>Selected articles</translation>
    </message>
    <message>
        <location filename="../../ui/window/bulk_commands.py" line="153"/>
        <source>Date: %1 is not a date like 2015-07-21 or 1436-10-26 هـ</source>
        <translation>Date: %1 is not a date like 2015-07-21 or 1436-10-26 هـ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/bulk_commands.py" line="159"/>
        <source>%n article(s) changed</source>
        <translation>
            <numerusform>%Ln article changed</numerusform>
            <numerusform>%Ln articles changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/bulk_commands.py" line="180"/>
        <source>%n article(s) tagged «%1»</source>
        <translation>
            <numerusform>%Ln article tagged «%1»</numerusform>
            <numerusform>%Ln articles tagged «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/bulk_commands.py" line="185"/>
        <source>«%1» removed from %n article(s)</source>
        <translation>
            <numerusform>«%1» removed from %Ln article</numerusform>
            <numerusform>«%1» removed from %Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChooseDossierDialog</name>
    <message>
        <location filename="../../ui/window/dialogs/choose_dossier.py" line="21"/>
        <source>Add to a dossier</source>
        <translation>Add to a dossier</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/choose_dossier.py" line="22"/>
        <source>Dossier (choose one, or type a new name):</source>
        <translation>Dossier (choose one, or type a new name):</translation>
    </message>
</context>
<context>
    <name>CitationCommands</name>
    <message numerus="yes">
        <location filename="../../ui/window/citation_commands.py" line="69"/>
        <source>%n citation(s) copied</source>
        <translation>
            <numerusform>%Ln citation copied</numerusform>
            <numerusform>%Ln citations copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/citation_commands.py" line="87"/>
        <source>%n citation(s) written to %1</source>
        <translation>
            <numerusform>%Ln citation written to %1</numerusform>
            <numerusform>%Ln citations written to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/citation_commands.py" line="112"/>
        <source>CSL JSON (Zotero, Pandoc) (*.json)</source>
        <translation>CSL JSON (Zotero, Pandoc) (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/window/citation_commands.py" line="115"/>
        <source>RIS (Zotero, EndNote) (*.ris)</source>
        <translation>RIS (Zotero, EndNote) (*.ris)</translation>
    </message>
    <message>
        <location filename="../../ui/window/citation_commands.py" line="116"/>
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
    <message>
        <location filename="../../ui/window/citation_commands.py" line="120"/>
        <source>Export citations</source>
        <translation>Export citations</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/window/dialogs/crash_dialog.py" line="57"/>
        <source>Arshif: an error</source>
        <translation>Arshif: an error</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/crash_dialog.py" line="59"/>
        <source>Sorry: something went wrong inside Arshif. This is a bug, not your doing.</source>
        <translation>Sorry: something went wrong inside Arshif. This is a bug, not your doing.</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/crash_dialog.py" line="65"/>
        <source>Your archive is safe: every change is written whole or not at all. You can keep working; if something looks wrong, restart Arshif.</source>
        <translation>Your archive is safe: every change is written whole or not at all. You can keep working; if something looks wrong, restart Arshif.</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/crash_dialog.py" line="77"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/crash_dialog.py" line="78"/>
        <source>Copy the report, to send it to the developers</source>
        <translation>Copy the report, to send it to the developers</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/crash_dialog.py" line="86"/>
        <source>The report was also saved in %1</source>
        <translation>The report was also saved in %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/crash_dialog.py" line="109"/>
        <source>Arshif</source>
        <translation>Arshif</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../ui/window/panes/duplicates_view.py" line="54"/>
        <source>Duplicates and similar articles</source>
        <translation>Duplicates and similar articles</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/duplicates_view.py" line="70"/>
        <source>Keep this one, merge the other into it</source>
        <translation>Keep this one, merge the other into it</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/panes/duplicates_view.py" line="122"/>
        <source>%n pair(s) of similar articles</source>
        <translation>
            <numerusform>%Ln pair of similar articles</numerusform>
            <numerusform>%Ln pairs of similar articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/duplicates_view.py" line="153"/>
        <source>Article %1 · tags: %2 · notes: %3 · files: %4</source>
        <translation>Article %1 · tags: %2 · notes: %3 · files: %4</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../ui/window/error_text.py" line="19"/>
        <source>{where}: the archive is busy (another program is writing to it); try again in a moment</source>
        <translation>{where}: the archive is busy (another program is writing to it); try again in a moment</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="24"/>
        <source>{where}: the disk is full; free some space and try again</source>
        <translation>{where}: the disk is full; free some space and try again</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="27"/>
        <source>{where}: the archive&apos;s database is damaged ({detail}); “arshif recover” saves what can be read into a new archive</source>
        <translation>{where}: the archive&apos;s database is damaged ({detail}); “arshif recover” saves what can be read into a new archive</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="32"/>
        <source>{where}: the archive is read-only; it can be read, not changed</source>
        <translation>{where}: the archive is read-only; it can be read, not changed</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="35"/>
        <source>{where}: the database file cannot be opened (check that the folder exists and that you may read and write it)</source>
        <translation>{where}: the database file cannot be opened (check that the folder exists and that you may read and write it)</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="40"/>
        <source>{where}: the disk could not be read or written ({detail})</source>
        <translation>{where}: the disk could not be read or written ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="43"/>
        <source>{where}: out of memory</source>
        <translation>{where}: out of memory</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="44"/>
        <source>{where}: the change would break a rule of the database ({detail})</source>
        <translation>{where}: the change would break a rule of the database ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="47"/>
        <source>{where}: the database server cannot be reached ({detail})</source>
        <translation>{where}: the database server cannot be reached ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="50"/>
        <source>{where}: the server&apos;s disk is full; free some space and try again</source>
        <translation>{where}: the server&apos;s disk is full; free some space and try again</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="53"/>
        <source>{where}: the server is out of resources ({detail})</source>
        <translation>{where}: the server is out of resources ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="56"/>
        <source>{where}: the archive is read-only for you ({detail})</source>
        <translation>{where}: the archive is read-only for you ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="59"/>
        <source>{where}: the server refused the connection ({detail})</source>
        <translation>{where}: the server refused the connection ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="62"/>
        <source>{kind} {id} is not in the archive</source>
        <translation>{kind} {id} is not in the archive</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="65"/>
        <source>a tag named “{name}” exists already (tag {other}); merge the two instead</source>
        <translation>a tag named “{name}” exists already (tag {other}); merge the two instead</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="68"/>
        <source>a dossier named “{name}” exists already (dossier {other})</source>
        <translation>a dossier named “{name}” exists already (dossier {other})</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="71"/>
        <source>the reference “{ref}” is already the reference of article {other}</source>
        <translation>the reference “{ref}” is already the reference of article {other}</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="74"/>
        <source>the article was changed by someone else while it was being saved; open it again to see the other version</source>
        <translation>the article was changed by someone else while it was being saved; open it again to see the other version</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="79"/>
        <source>article {id} was changed by {who} since it was opened (now version {version}, opened as version {expected}); compare the two versions before saving again</source>
        <translation>article {id} was changed by {who} since it was opened (now version {version}, opened as version {expected}); compare the two versions before saving again</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="84"/>
        <source>the note is empty</source>
        <translation>the note is empty</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="85"/>
        <source>article {id} is not in the trash; only articles in the trash are deleted for good (put it in the trash first)</source>
        <translation>article {id} is not in the trash; only articles in the trash are deleted for good (put it in the trash first)</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="96"/>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="97"/>
        <source>tag</source>
        <translation>tag</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="98"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="99"/>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="100"/>
        <source>attachment</source>
        <translation>attachment</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="101"/>
        <source>saved search</source>
        <translation>saved search</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="121"/>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="76"/>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="299"/>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="342"/>
        <source>Export as PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="113"/>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>Arabic-Indic (٠١٢٣)</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="114"/>
        <source>Western (0123)</source>
        <translation>Western (0123)</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="115"/>
        <source>Include the notes</source>
        <translation>Include the notes</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="117"/>
        <source>Include the tags</source>
        <translation>Include the tags</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="121"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="126"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="127"/>
        <source>Compiled by</source>
        <translation>Compiled by</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="128"/>
        <source>Font</source>
        <translation>Font</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="129"/>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="130"/>
        <source>Page size</source>
        <translation>Page size</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="131"/>
        <source>Digits</source>
        <translation>Digits</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="134"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/dialogs/export_dialog.py" line="135"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="138"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="140"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="194"/>
        <source>Preparing the pages…</source>
        <translation>Preparing the pages…</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="205"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="256"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/dialogs/export_dialog.py" line="258"/>
        <source>%n page(s) written</source>
        <translation>
            <numerusform>%Ln page written</numerusform>
            <numerusform>%Ln pages written</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="273"/>
        <source>The export failed.</source>
        <translation>The export failed.</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="301"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="311"/>
        <source>The dossier is ready. Pages: %1</source>
        <translation>The dossier is ready. Pages: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="317"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="320"/>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="324"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="353"/>
        <source>The dossier was not exported.</source>
        <translation>The dossier was not exported.</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="343"/>
        <source>The dossier was written, but no program on this computer opens %1</source>
        <translation>The dossier was written, but no program on this computer opens %1</translation>
    </message>
</context>
<context>
    <name>FacetsPane</name>
    <message>
        <location filename="../../ui/window/panes/facets_pane.py" line="45"/>
        <source>Facets: counts of the results</source>
        <translation>Facets: counts of the results</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/facets_pane.py" line="89"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/facets_pane.py" line="92"/>
        <location filename="../../ui/window/panes/facets_pane.py" line="107"/>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/facets_pane.py" line="93"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/facets_pane.py" line="95"/>
        <source>Authors</source>
        <translation>Authors</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="53"/>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="54"/>
        <source>File name:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="56"/>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="61"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="63"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="65"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="103"/>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../ui/window/panes/filter_chips.py" line="31"/>
        <source>Tag: {value}</source>
        <translation>Tag: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/filter_chips.py" line="32"/>
        <source>Source: {value}</source>
        <translation>Source: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/filter_chips.py" line="33"/>
        <source>Author: {value}</source>
        <translation>Author: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/filter_chips.py" line="34"/>
        <location filename="../../ui/window/panes/filter_chips.py" line="35"/>
        <source>Date: {value}</source>
        <translation>Date: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/filter_chips.py" line="36"/>
        <source>Dossier: {value}</source>
        <translation>Dossier: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/filter_chips.py" line="37"/>
        <source>With: {value}</source>
        <translation>With: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/filter_chips.py" line="98"/>
        <source>Remove this filter</source>
        <translation>Remove this filter</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/filter_chips.py" line="99"/>
        <source>Remove: {label}</source>
        <translation>Remove: {label}</translation>
    </message>
</context>
<context>
    <name>ImportChooser</name>
    <message>
        <location filename="../../ui/window/archive_commands.py" line="39"/>
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <location filename="../../ui/window/archive_commands.py" line="47"/>
        <source>Import a folder</source>
        <translation>Import a folder</translation>
    </message>
    <message>
        <location filename="../../ui/window/archive_commands.py" line="33"/>
        <source>Articles (%1)</source>
        <translation>Articles (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/window/archive_commands.py" line="36"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="139"/>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="312"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="159"/>
        <source>Looking for files…</source>
        <translation>Looking for files…</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="170"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="170"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="170"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="184"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="185"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="211"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="246"/>
        <source>The import stopped: %1</source>
        <translation>The import stopped: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="270"/>
        <source>not a type Arshif reads</source>
        <translation>not a type Arshif reads</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="277"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="278"/>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="279"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="280"/>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="286"/>
        <source>article %1</source>
        <translation>article %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="289"/>
        <source>, dated %1 by its text: «%2»</source>
        <translation>, dated %1 by its text: «%2»</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="293"/>
        <source>the same as article %1</source>
        <translation>the same as article %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/dialogs/import_dialog.py" line="298"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%Ln imported</numerusform>
            <numerusform>%Ln imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/dialogs/import_dialog.py" line="299"/>
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%Ln duplicate</numerusform>
            <numerusform>%Ln duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/dialogs/import_dialog.py" line="300"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/dialogs/import_dialog.py" line="301"/>
        <source>%n file(s) of other types skipped</source>
        <translation>
            <numerusform>%Ln file of other types skipped</numerusform>
            <numerusform>%Ln files of other types skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/dialogs/import_dialog.py" line="304"/>
        <source>cancelled: %n file(s) left unread</source>
        <translation>
            <numerusform>cancelled: %Ln file left unread</numerusform>
            <numerusform>cancelled: %Ln files left unread</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="305"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="313"/>
        <source>The import stopped.</source>
        <translation>The import stopped.</translation>
    </message>
</context>
<context>
    <name>ListColumns</name>
    <message>
        <location filename="../../ui/window/panes/list_columns.py" line="135"/>
        <source>Default columns</source>
        <translation>Default columns</translation>
    </message>
</context>
<context>
    <name>ListCommands</name>
    <message numerus="yes">
        <location filename="../../ui/window/list_commands.py" line="95"/>
        <source>%n article(s) moved to the trash</source>
        <translation>
            <numerusform>%Ln article moved to the trash</numerusform>
            <numerusform>%Ln articles moved to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/list_commands.py" line="106"/>
        <source>Delete %n article(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %Ln article for good? This cannot be undone.</numerusform>
            <numerusform>Delete %Ln articles for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/list_commands.py" line="131"/>
        <source>Add %n article(s) to a dossier</source>
        <translation>
            <numerusform>Add %Ln article to a dossier</numerusform>
            <numerusform>Add %Ln articles to a dossier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/list_commands.py" line="123"/>
        <source>%n article(s) added to the dossier</source>
        <translation>
            <numerusform>%Ln article added to the dossier</numerusform>
            <numerusform>%Ln articles added to the dossier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/list_commands.py" line="140"/>
        <source>Remove %n article(s) from the dossier</source>
        <translation>
            <numerusform>Remove %Ln article from the dossier</numerusform>
            <numerusform>Remove %Ln articles from the dossier</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/list_commands.py" line="159"/>
        <source>Move an article in the dossier</source>
        <translation>Move an article in the dossier</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="80"/>
        <location filename="../../ui/window/main_window.py" line="366"/>
        <source>Arshif</source>
        <translation>Arshif</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="94"/>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="98"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="266"/>
        <source>%n article(s) in the trash</source>
        <translation>
            <numerusform>%Ln article in the trash</numerusform>
            <numerusform>%Ln articles in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="268"/>
        <source>%n article(s) in this dossier</source>
        <translation>
            <numerusform>%Ln article in this dossier</numerusform>
            <numerusform>%Ln articles in this dossier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="270"/>
        <source>More than %n article(s) found</source>
        <translation>
            <numerusform>More than %Ln article found</numerusform>
            <numerusform>More than %Ln articles found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="379"/>
        <source>Press dossier</source>
        <translation>Press dossier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="272"/>
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%Ln article found</numerusform>
            <numerusform>%Ln articles found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="100"/>
        <source>Tags, notes, attachments</source>
        <translation>Tags, notes, attachments</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="274"/>
        <source>%n article(s) in the archive</source>
        <translation>
            <numerusform>%Ln article in the archive</numerusform>
            <numerusform>%Ln articles in the archive</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="286"/>
        <source>The archive is empty. Import files or a folder (Ctrl+I), drop them on this window, or write a new article (Ctrl+N).</source>
        <translation>The archive is empty. Import files or a folder (Ctrl+I), drop them on this window, or write a new article (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="359"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="153"/>
        <source>Duplicates and s&amp;imilar articles…</source>
        <translation>Duplicates and s&amp;imilar articles…</translation>
    </message>
</context>
<context>
    <name>MenuKeys</name>
    <message>
        <location filename="../../ui/window/keyboard.py" line="56"/>
        <source>Open the menus</source>
        <translation>Open the menus</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/window/dialogs/note_dialog.py" line="17"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/note_dialog.py" line="17"/>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/note_dialog.py" line="20"/>
        <source>What to remember about this article</source>
        <translation>What to remember about this article</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../ui/window/panes/notes_panel.py" line="54"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/notes_panel.py" line="55"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/notes_panel.py" line="56"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/notes_panel.py" line="124"/>
        <source>Delete this note?</source>
        <translation>Delete this note?</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/notes_panel.py" line="129"/>
        <source>The note was not saved</source>
        <translation>The note was not saved</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/notes_panel.py" line="133"/>
        <source>%1, %2; changed %3 by %4</source>
        <translation>%1, %2; changed %3 by %4</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/notes_panel.py" line="141"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>PageViewer</name>
    <message>
        <location filename="../../ui/window/panes/page_viewer.py" line="56"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/page_viewer.py" line="57"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/page_viewer.py" line="97"/>
        <source>The text was recognised by OCR (mean confidence %1%); correct it against the page.</source>
        <translation>The text was recognised by OCR (mean confidence %1%); correct it against the page.</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/page_viewer.py" line="100"/>
        <source>The text was read from the PDF; the page as printed:</source>
        <translation>The text was read from the PDF; the page as printed:</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/page_viewer.py" line="101"/>
        <source>The attached original:</source>
        <translation>The attached original:</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/page_viewer.py" line="160"/>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/page_viewer.py" line="152"/>
        <source>The page cannot be shown.</source>
        <translation>The page cannot be shown.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="22"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="23"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="24"/>
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="25"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="26"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="27"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>RecoverEditsDialog</name>
    <message>
        <location filename="../../ui/window/dialogs/recover_edits.py" line="20"/>
        <source>Arshif was closed with unsaved edits of «%1».</source>
        <translation>Arshif was closed with unsaved edits of «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/recover_edits.py" line="26"/>
        <source>Put back the edits kept at %1? You can then save them.</source>
        <translation>Put back the edits kept at %1? You can then save them.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../ui/window/panes/search_bar.py" line="33"/>
        <source>Search: words, &quot;a phrase&quot;, -word, word*, =exact, NEAR(a b, 5), tag:, date:, hijri:1436-10</source>
        <translation>Search: words, &quot;a phrase&quot;, -word, word*, =exact, NEAR(a b, 5), tag:, date:, hijri:1436-10</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/search_bar.py" line="38"/>
        <source>Exact spelling</source>
        <translation>Exact spelling</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/search_bar.py" line="40"/>
        <source>Hamza, ة/ه, ى/ي and any marks typed count; no clitics or other forms</source>
        <translation>Hamza, ة/ه, ى/ي and any marks typed count; no clitics or other forms</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/search_bar.py" line="42"/>
        <source>Words near each other</source>
        <translation>Words near each other</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/search_bar.py" line="43"/>
        <source>Every word within this many words of the others</source>
        <translation>Every word within this many words of the others</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/search_bar.py" line="47"/>
        <source> words</source>
        <translation> words</translation>
    </message>
</context>
<context>
    <name>SearchKeys</name>
    <message>
        <location filename="../../ui/window/keyboard.py" line="39"/>
        <source>Clear the search (in the search field)</source>
        <translation>Clear the search (in the search field)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="64"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="89"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="94"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="95"/>
        <source>The window opens again in the new language.</source>
        <translation>The window opens again in the new language.</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="101"/>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="105"/>
        <source>Font:</source>
        <translation>Font:</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="108"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="109"/>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="111"/>
        <source>Gregorian first, Hijri beside it</source>
        <translation>Gregorian first, Hijri beside it</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="112"/>
        <source>Hijri first, Gregorian beside it</source>
        <translation>Hijri first, Gregorian beside it</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="113"/>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="117"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="120"/>
        <source>The default folder</source>
        <translation>The default folder</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="121"/>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="135"/>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="122"/>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="124"/>
        <source>A folder, or a server address like postgresql://user@host/archive</source>
        <translation>A folder, or a server address like postgresql://user@host/archive</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="131"/>
        <source>Automatic backups</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="134"/>
        <source>No automatic backups</source>
        <translation>No automatic backups</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="137"/>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="141"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="142"/>
        <source>Every (days):</source>
        <translation>Every (days):</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="145"/>
        <source>Copies to keep:</source>
        <translation>Copies to keep:</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="148"/>
        <source>No automatic backup yet</source>
        <translation>No automatic backup yet</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="150"/>
        <source>Last automatic backup: %1</source>
        <translation>Last automatic backup: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="176"/>
        <source>Archive folder</source>
        <translation>Archive folder</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="181"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="203"/>
        <source>Archive location: %1</source>
        <translation>Archive location: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="212"/>
        <source>Backup folder: give the whole path, from the drive or /</source>
        <translation>Backup folder: give the whole path, from the drive or /</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="217"/>
        <source>Backup folder %1 cannot be created: %2</source>
        <translation>Backup folder %1 cannot be created: %2</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/window/dialogs/shortcuts_dialog.py" line="42"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/shortcuts_dialog.py" line="45"/>
        <source>Previous or next article</source>
        <translation>Previous or next article</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/shortcuts_dialog.py" line="46"/>
        <source>First or last article</source>
        <translation>First or last article</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/shortcuts_dialog.py" line="47"/>
        <source>Next part of the window</source>
        <translation>Next part of the window</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/shortcuts_dialog.py" line="50"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/shortcuts_dialog.py" line="50"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>ShownArticle</name>
    <message>
        <location filename="../../ui/window/shown_article.py" line="180"/>
        <source>The article was not saved</source>
        <translation>The article was not saved</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="103"/>
        <source>Archive sections</source>
        <translation>Archive sections</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="205"/>
        <location filename="../../ui/window/panes/side_panel.py" line="217"/>
        <source>The search was not saved</source>
        <translation>The search was not saved</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="205"/>
        <source>Type a search to save first.</source>
        <translation>Type a search to save first.</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="208"/>
        <source>Save search</source>
        <translation>Save search</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="208"/>
        <source>Name of the saved search:</source>
        <translation>Name of the saved search:</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="213"/>
        <source>Replace the saved search “{name}”?</source>
        <translation>Replace the saved search “{name}”?</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="214"/>
        <source>It searches for: {query}</source>
        <translation>It searches for: {query}</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="244"/>
        <source>New dossier…</source>
        <translation>New dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="247"/>
        <location filename="../../ui/window/panes/side_panel.py" line="256"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="248"/>
        <location filename="../../ui/window/panes/side_panel.py" line="257"/>
        <location filename="../../ui/window/panes/side_panel.py" line="262"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="259"/>
        <source>Export to PDF…</source>
        <translation>Export to PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="266"/>
        <source>Empty trash…</source>
        <translation>Empty trash…</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="374"/>
        <source>New name of the tag “{name}”:</source>
        <translation>New name of the tag “{name}”:</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="375"/>
        <source>Rename tag</source>
        <translation>Rename tag</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="380"/>
        <source>Delete the tag “{name}”?</source>
        <translation>Delete the tag “{name}”?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/panes/side_panel.py" line="381"/>
        <source>It is taken off %n article(s); they stay in the archive.</source>
        <translation>
            <numerusform>It is taken off %Ln article; they stay in the archive.</numerusform>
            <numerusform>It is taken off %Ln articles; they stay in the archive.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="386"/>
        <source>New dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="386"/>
        <source>Name of the new dossier:</source>
        <translation>Name of the new dossier:</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="388"/>
        <source>The dossier was not created</source>
        <translation>The dossier was not created</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="392"/>
        <source>New name of the dossier “{name}”:</source>
        <translation>New name of the dossier “{name}”:</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="393"/>
        <source>Rename dossier</source>
        <translation>Rename dossier</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="395"/>
        <source>The dossier was not renamed</source>
        <translation>The dossier was not renamed</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="401"/>
        <source>Delete the dossier “{name}”?</source>
        <translation>Delete the dossier “{name}”?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/panes/side_panel.py" line="402"/>
        <source>Its %n article(s) stay in the archive.</source>
        <translation>
            <numerusform>Its %Ln article stay in the archive.</numerusform>
            <numerusform>Its %Ln articles stay in the archive.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="404"/>
        <source>The dossier was not deleted</source>
        <translation>The dossier was not deleted</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="413"/>
        <source>The saved search was not deleted</source>
        <translation>The saved search was not deleted</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/panes/side_panel.py" line="419"/>
        <source>Delete the %n article(s) in the trash for good?</source>
        <translation>
            <numerusform>Delete the %Ln article in the trash for good?</numerusform>
            <numerusform>Delete the %Ln articles in the trash for good?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="420"/>
        <source>Their notes and attached files go with them. This cannot be undone.</source>
        <translation>Their notes and attached files go with them. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="422"/>
        <source>The trash was not emptied</source>
        <translation>The trash was not emptied</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="90"/>
        <source>The tag was not changed</source>
        <translation>The tag was not changed</translation>
    </message>
</context>
<context>
    <name>SidePanelModel</name>
    <message>
        <location filename="../../ui/window/models/side_panel_model.py" line="269"/>
        <source>All articles</source>
        <translation>All articles</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/side_panel_model.py" line="270"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/side_panel_model.py" line="271"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/side_panel_model.py" line="272"/>
        <source>Saved searches</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/side_panel_model.py" line="273"/>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../ui/window/panes/tag_editor.py" line="77"/>
        <location filename="../../ui/window/panes/tag_editor.py" line="129"/>
        <source>Add a tag, then Enter</source>
        <translation>Add a tag, then Enter</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/tag_editor.py" line="83"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/tag_editor.py" line="84"/>
        <source>Remove the selected tags from the article</source>
        <translation>Remove the selected tags from the article</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/tag_editor.py" line="172"/>
        <source>The tag was not added</source>
        <translation>The tag was not added</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/tag_editor.py" line="183"/>
        <source>The tag was not removed</source>
        <translation>The tag was not removed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/panes/tag_editor.py" line="127"/>
        <source>Add a tag to the %n selected articles, then Enter</source>
        <translation>
            <numerusform>Add a tag to the %Ln selected articles, then Enter</numerusform>
            <numerusform>Add a tag to the %Ln selected articles, then Enter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/window/panes/timeline.py" line="74"/>
        <source>Timeline of the results</source>
        <translation>Timeline of the results</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/timeline.py" line="75"/>
        <source>Drag across the bars to search a date range</source>
        <translation>Drag across the bars to search a date range</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/timeline.py" line="128"/>
        <source>No dated articles</source>
        <translation>No dated articles</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/timeline.py" line="151"/>
        <source>highest: {count}</source>
        <translation>highest: {count}</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../ui/window/undo.py" line="151"/>
        <source>E&amp;dit</source>
        <translation>E&amp;dit</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="153"/>
        <location filename="../../ui/window/undo.py" line="172"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="156"/>
        <location filename="../../ui/window/undo.py" line="175"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="172"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="175"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/undo.py" line="200"/>
        <source>Tag %n article(s) «%1»</source>
        <translation>
            <numerusform>Tag %Ln article «%1»</numerusform>
            <numerusform>Tag %Ln articles «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/undo.py" line="219"/>
        <source>Remove «%1» from %n article(s)</source>
        <translation>
            <numerusform>Remove «%1» from %Ln article</numerusform>
            <numerusform>Remove «%1» from %Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="234"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="235"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="236"/>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="237"/>
        <source>author</source>
        <translation>author</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/undo.py" line="240"/>
        <source>Set the %1 of %n article(s)</source>
        <translation>
            <numerusform>Set the %1 of %Ln article</numerusform>
            <numerusform>Set the %1 of %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/undo.py" line="251"/>
        <source>Move %n article(s) to the trash</source>
        <translation>
            <numerusform>Move %Ln article to the trash</numerusform>
            <numerusform>Move %Ln articles to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/undo.py" line="262"/>
        <source>Restore %n article(s) from the trash</source>
        <translation>
            <numerusform>Restore %Ln article from the trash</numerusform>
            <numerusform>Restore %Ln articles from the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/undo.py" line="304"/>
        <source>Add %n article(s) to the new dossier «%1»</source>
        <translation>
            <numerusform>Add %Ln article to the new dossier «%1»</numerusform>
            <numerusform>Add %Ln articles to the new dossier «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="326"/>
        <source>Merge «%1» into «%2»</source>
        <translation>Merge «%1» into «%2»</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="501"/>
        <source>Edit «%1»</source>
        <translation>Edit «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="362"/>
        <source>Add a note</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="369"/>
        <source>Edit a note</source>
        <translation>Edit a note</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="388"/>
        <source>Delete a note</source>
        <translation>Delete a note</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/undo.py" line="403"/>
        <source>Attach %n file(s)</source>
        <translation>
            <numerusform>Attach %Ln file</numerusform>
            <numerusform>Attach %Ln files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="416"/>
        <source>Remove the attached file «%1»</source>
        <translation>Remove the attached file «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="446"/>
        <source>Rename the tag «%1» to «%2»</source>
        <translation>Rename the tag «%1» to «%2»</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="484"/>
        <source>Delete the tag «%1»</source>
        <translation>Delete the tag «%1»</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <location filename="../../ui/window/dialogs/unsaved_changes.py" line="20"/>
        <source>The article has unsaved changes.</source>
        <translation>The article has unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/unsaved_changes.py" line="23"/>
        <source>Save them before leaving it?</source>
        <translation>Save them before leaving it?</translation>
    </message>
</context>
<context>
    <name>VersionConflictDialog</name>
    <message>
        <location filename="../../ui/window/dialogs/version_conflict.py" line="33"/>
        <source>The article was saved by someone else</source>
        <translation>The article was saved by someone else</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/version_conflict.py" line="35"/>
        <source>%1 saved this article after you opened it (it is now version %2), so your edits were not saved. They are still in the editor: copy what you need, or discard them to see the saved version, then edit again.</source>
        <translation>%1 saved this article after you opened it (it is now version %2), so your edits were not saved. They are still in the editor: copy what you need, or discard them to see the saved version, then edit again.</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/version_conflict.py" line="40"/>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/version_conflict.py" line="46"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/version_conflict.py" line="46"/>
        <source>Your version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/version_conflict.py" line="46"/>
        <source>Saved version</source>
        <translation>Saved version</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../ui/window/window_actions.py" line="14"/>
        <source>&amp;New article</source>
        <translation>&amp;New article</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="15"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="16"/>
        <source>Import a &amp;folder…</source>
        <translation>Import a &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="17"/>
        <source>&amp;Export to PDF…</source>
        <translation>&amp;Export to PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="18"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="19"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="20"/>
        <source>&amp;Open another archive…</source>
        <translation>&amp;Open another archive…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="21"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="22"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="23"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="24"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="25"/>
        <source>Save this &amp;search…</source>
        <translation>Save this &amp;search…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="26"/>
        <source>Move to &amp;trash</source>
        <translation>Move to &amp;trash</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="27"/>
        <source>&amp;Restore from the trash</source>
        <translation>&amp;Restore from the trash</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="28"/>
        <source>Delete for &amp;good…</source>
        <translation>Delete for &amp;good…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="30"/>
        <source>Re&amp;move from this dossier</source>
        <translation>Re&amp;move from this dossier</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="53"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="55"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="29"/>
        <source>Add to &amp;dossier…</source>
        <translation>Add to &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="31"/>
        <source>Move &amp;up in the dossier</source>
        <translation>Move &amp;up in the dossier</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="32"/>
        <source>Move do&amp;wn in the dossier</source>
        <translation>Move do&amp;wn in the dossier</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="33"/>
        <source>&amp;Edit or read the article</source>
        <translation>&amp;Edit or read the article</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="34"/>
        <source>&amp;Copy citation</source>
        <translation>&amp;Copy citation</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="35"/>
        <source>Export &amp;citations…</source>
        <translation>Export &amp;citations…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="36"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="39"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="46"/>
        <source>A&amp;rticle</source>
        <translation>A&amp;rticle</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/window/app.py" line="67"/>
        <location filename="../../ui/window/app.py" line="101"/>
        <location filename="../../ui/window/app.py" line="249"/>
        <source>Arshif</source>
        <translation>Arshif</translation>
    </message>
    <message>
        <location filename="../../ui/window/app.py" line="111"/>
        <source>The archive opened last cannot be opened: %1
The default archive is opened instead.</source>
        <translation>The archive opened last cannot be opened: %1
The default archive is opened instead.</translation>
    </message>
    <message>
        <location filename="../../ui/window/app.py" line="145"/>
        <source>Opening the archive…</source>
        <translation>Opening the archive…</translation>
    </message>
</context>
</TS>
