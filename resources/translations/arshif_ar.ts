<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ArchiveCommands</name>
    <message>
        <location filename="../../ui/window/archive_commands.py" line="126"/>
        <source>Open an archive folder</source>
        <translation>فتح مجلد أرشيف</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/archive_commands.py" line="141"/>
        <source>%n page(s) written to %1</source>
        <translation>
            <numerusform>لم تُكتب أي صفحة في %1</numerusform>
            <numerusform>كُتبت صفحة واحدة في %1</numerusform>
            <numerusform>كُتبت صفحتان في %1</numerusform>
            <numerusform>كُتبت %Ln صفحات في %1</numerusform>
            <numerusform>كُتبت %Ln صفحة في %1</numerusform>
            <numerusform>كُتبت %Ln صفحة في %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/archive_commands.py" line="146"/>
        <source>Backup written: %1</source>
        <translation>كُتبت النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/archive_commands.py" line="151"/>
        <source>The automatic backup failed: %1</source>
        <translation>فشل النسخ الاحتياطي التلقائي: %1</translation>
    </message>
</context>
<context>
    <name>ArticleDetails</name>
    <message>
        <location filename="../../ui/window/panes/article_details.py" line="33"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_details.py" line="34"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_details.py" line="35"/>
        <source>Attached files</source>
        <translation>المرفقات</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="128"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="129"/>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="130"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="131"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="132"/>
        <source>URL</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="133"/>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="134"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="233"/>
        <source>More fields</source>
        <translation>حقول أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="235"/>
        <source>More fields: %1</source>
        <translation>حقول أخرى: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="433"/>
        <source>Not a date: type 2015-08-11, or 1436-10-26 هـ</source>
        <translation>ليس تاريخاً: اكتب 2015-08-11 أو 1436-10-26 هـ</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="442"/>
        <source>read from the text: «%1»</source>
        <translation>من نص المقال: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="136"/>
        <source>Lead</source>
        <translation>المقدمة</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="135"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="137"/>
        <source>Body</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="327"/>
        <source>Date: %1 is not a date like 2015-07-21 or 1436-10-26 هـ</source>
        <translation>التاريخ: %1 ليس تاريخاً مثل 2015-07-21 أو 1436-10-26 هـ</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="386"/>
        <source>The archive already holds this article: «%1».</source>
        <translation>هذا المقال موجود في الأرشيف من قبل: «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="117"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <location filename="../../ui/window/panes/article_pane.py" line="129"/>
        <source>Similar articles</source>
        <translation>مقالات مشابهة</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="233"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="234"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="235"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="236"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="237"/>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="238"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="239"/>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="240"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="241"/>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="242"/>
        <source>Changed</source>
        <translation>عُدِّل</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="243"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="244"/>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="245"/>
        <source>Put in the trash</source>
        <translation>نُقل إلى السلة</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/window/panes/attachments_panel.py" line="70"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/attachments_panel.py" line="70"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/attachments_panel.py" line="77"/>
        <source>Attach…</source>
        <translation>إرفاق…</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/attachments_panel.py" line="78"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/attachments_panel.py" line="79"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/attachments_panel.py" line="81"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/attachments_panel.py" line="185"/>
        <location filename="../../ui/window/panes/attachments_panel.py" line="190"/>
        <source>Not every file was attached</source>
        <translation>لم تُرفق كل الملفات</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/attachments_panel.py" line="208"/>
        <location filename="../../ui/window/panes/attachments_panel.py" line="216"/>
        <source>The file cannot be opened</source>
        <translation>تعذّر فتح الملف</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/attachments_panel.py" line="217"/>
        <source>No program on this computer opens %1</source>
        <translation>لا يوجد على هذا الحاسوب برنامج يفتح %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/attachments_panel.py" line="228"/>
        <source>Remove the attached file %1 from the article?</source>
        <translation>أتزيل المرفق %1 من المقال؟</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/attachments_panel.py" line="241"/>
        <source>The file was not removed</source>
        <translation>لم يُزَل المرفق</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/attachments_panel.py" line="255"/>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="37"/>
        <source>Articles: %1</source>
        <translation>المقالات: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="38"/>
        <source>Notes: %1</source>
        <translation>الملاحظات: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="39"/>
        <source>Attached files: %1</source>
        <translation>المرفقات: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="40"/>
        <source>Tags: %1</source>
        <translation>الوسوم: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="41"/>
        <source>Dossiers: %1</source>
        <translation>الأضابير: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="42"/>
        <source>Saved searches: %1</source>
        <translation>عمليات البحث المحفوظة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="99"/>
        <source>Back up the archive</source>
        <translation>نسخ الأرشيف احتياطيًا</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="101"/>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="200"/>
        <source>Arshif backups (*.zip)</source>
        <translation>النسخ الاحتياطية لأرشيف (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="123"/>
        <source>Writing the backup…</source>
        <translation>جارٍ كتابة النسخة الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="135"/>
        <source>The backup was written to %1</source>
        <translation>كُتبت النسخة الاحتياطية في %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="147"/>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="165"/>
        <source>Backup</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="157"/>
        <source>The backup stopped because of a bug in Arshif.</source>
        <translation>توقف النسخ الاحتياطي بسبب خلل في برنامج أرشيف.</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="198"/>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="208"/>
        <source>A new, empty folder for the restored archive</source>
        <translation>مجلد جديد فارغ للأرشيف المستعاد</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="235"/>
        <source>Restoring the backup…</source>
        <translation>جارٍ استعادة النسخة الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="246"/>
        <source>The backup was restored into a new archive in %1. Articles: %2</source>
        <translation>استُعيدت النسخة الاحتياطية في أرشيف جديد في %1. المقالات: %2</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="254"/>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="283"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="265"/>
        <source>The restore stopped because of a bug in Arshif.</source>
        <translation>توقفت الاستعادة بسبب خلل في برنامج أرشيف.</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="275"/>
        <source>The backup %1 was not restored.</source>
        <translation>لم تُستعد النسخة الاحتياطية %1.</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="297"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ملف وليس مجلدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/backup_dialogs.py" line="305"/>
        <source>%1 is not empty: a backup is restored only into a new, empty folder.</source>
        <translation>%1 ليس فارغًا: لا تُستعاد النسخة الاحتياطية إلا في مجلد جديد فارغ.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../ui/window/backups.py" line="91"/>
        <source>A backup is already being written.</source>
        <translation>هناك نسخة احتياطية قيد الكتابة الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/window/backups.py" line="95"/>
        <source>No backup folder is set (see Settings).</source>
        <translation>لم يُحدَّد مجلد للنسخ الاحتياطية (انظر الإعدادات).</translation>
    </message>
    <message>
        <location filename="../../ui/window/backups.py" line="127"/>
        <source>The backup stopped because of a bug in Arshif.</source>
        <translation>توقف النسخ الاحتياطي بسبب خلل في برنامج أرشيف.</translation>
    </message>
</context>
<context>
    <name>Browsing</name>
    <message>
        <location filename="../../ui/window/browsing.py" line="65"/>
        <source>Trash</source>
        <translation>سلة المهملات</translation>
    </message>
    <message>
        <location filename="../../ui/window/browsing.py" line="79"/>
        <source>Dossier: {name}</source>
        <translation>الإضبارة: {name}</translation>
    </message>
</context>
<context>
    <name>BulkCommands</name>
    <message>
        <location filename="../../ui/window/bulk_commands.py" line="46"/>
        <source>&amp;Tag the selected articles…</source>
        <translation>&amp;وسم المقالات المحددة…</translation>
    </message>
    <message>
        <location filename="../../ui/window/bulk_commands.py" line="48"/>
        <source>Re&amp;move a tag from the selected articles…</source>
        <translation>إ&amp;زالة وسم من المقالات المحددة…</translation>
    </message>
    <message>
        <location filename="../../ui/window/bulk_commands.py" line="51"/>
        <source>Set the &amp;source…</source>
        <translation>تعيين الم&amp;صدر…</translation>
    </message>
    <message>
        <location filename="../../ui/window/bulk_commands.py" line="54"/>
        <source>Set the d&amp;ate…</source>
        <translation>تعيين الت&amp;اريخ…</translation>
    </message>
    <message>
        <location filename="../../ui/window/bulk_commands.py" line="57"/>
        <source>Set the &amp;place…</source>
        <translation>تعيين الم&amp;كان…</translation>
    </message>
    <message>
        <location filename="../../ui/window/bulk_commands.py" line="59"/>
        <source>Se&amp;lected articles</source>
        <translation>المقالات المح&amp;ددة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/bulk_commands.py" line="80"/>
        <source>%n article(s) selected</source>
        <translation>
            <numerusform>لا مقالات محددة</numerusform>
            <numerusform>مقال واحد محدد</numerusform>
            <numerusform>مقالان محددان</numerusform>
            <numerusform>%Ln مقالات محددة</numerusform>
            <numerusform>%Ln مقالًا محددًا</numerusform>
            <numerusform>%Ln مقال محدد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/bulk_commands.py" line="100"/>
        <source>A tag for %n article(s):</source>
        <translation>
            <numerusform>وسم:</numerusform>
            <numerusform>وسم لـمقال واحد:</numerusform>
            <numerusform>وسم لـمقالين:</numerusform>
            <numerusform>وسم لـ%Ln مقالات:</numerusform>
            <numerusform>وسم لـ%Ln مقالًا:</numerusform>
            <numerusform>وسم لـ%Ln مقال:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/bulk_commands.py" line="101"/>
        <source>Tag articles</source>
        <translation>وسم المقالات</translation>
    </message>
    <message>
        <location filename="../../ui/window/bulk_commands.py" line="114"/>
        <source>The selected articles have no tags</source>
        <translation>المقالات المحددة بلا وسوم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/bulk_commands.py" line="116"/>
        <source>The tag to remove from %n article(s):</source>
        <translation>
            <numerusform>الوسم المراد إزالته:</numerusform>
            <numerusform>الوسم المراد إزالته من مقال واحد:</numerusform>
            <numerusform>الوسم المراد إزالته من مقالين:</numerusform>
            <numerusform>الوسم المراد إزالته من %Ln مقالات:</numerusform>
            <numerusform>الوسم المراد إزالته من %Ln مقالًا:</numerusform>
            <numerusform>الوسم المراد إزالته من %Ln مقال:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/bulk_commands.py" line="117"/>
        <source>Remove a tag</source>
        <translation>إزالة وسم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/bulk_commands.py" line="135"/>
        <source>The source of %n article(s):</source>
        <translation>
            <numerusform>المصدر:</numerusform>
            <numerusform>مصدر مقال واحد:</numerusform>
            <numerusform>مصدر مقالين:</numerusform>
            <numerusform>مصدر %Ln مقالات:</numerusform>
            <numerusform>مصدر %Ln مقالًا:</numerusform>
            <numerusform>مصدر %Ln مقال:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/bulk_commands.py" line="137"/>
        <source>The date of %n article(s) (2015-08-11 or 1436-10-26 هـ):</source>
        <translation>
            <numerusform>التاريخ (2015-08-11 أو 1436-10-26 هـ):</numerusform>
            <numerusform>تاريخ مقال واحد (2015-08-11 أو 1436-10-26 هـ):</numerusform>
            <numerusform>تاريخ مقالين (2015-08-11 أو 1436-10-26 هـ):</numerusform>
            <numerusform>تاريخ %Ln مقالات (2015-08-11 أو 1436-10-26 هـ):</numerusform>
            <numerusform>تاريخ %Ln مقالًا (2015-08-11 أو 1436-10-26 هـ):</numerusform>
            <numerusform>تاريخ %Ln مقال (2015-08-11 أو 1436-10-26 هـ):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/bulk_commands.py" line="139"/>
        <source>The place of %n article(s):</source>
        <translation>
            <numerusform>المكان:</numerusform>
            <numerusform>مكان مقال واحد:</numerusform>
            <numerusform>مكان مقالين:</numerusform>
            <numerusform>مكان %Ln مقالات:</numerusform>
            <numerusform>مكان %Ln مقالًا:</numerusform>
            <numerusform>مكان %Ln مقال:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/bulk_commands.py" line="142"/>
        <source>Selected articles</source>
        <translation>المقالات المحددة</translation>
    </message>
    <message>
        <location filename="../../ui/window/bulk_commands.py" line="153"/>
        <source>Date: %1 is not a date like 2015-07-21 or 1436-10-26 هـ</source>
        <translation>التاريخ: %1 ليس تاريخًا مثل 2015-07-21 أو 1436-10-26 هـ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/bulk_commands.py" line="159"/>
        <source>%n article(s) changed</source>
        <translation>
            <numerusform>لم يتغير أي مقال</numerusform>
            <numerusform>تغيّر مقال واحد</numerusform>
            <numerusform>تغيّر مقالان</numerusform>
            <numerusform>تغيّرت %Ln مقالات</numerusform>
            <numerusform>تغيّر %Ln مقالًا</numerusform>
            <numerusform>تغيّر %Ln مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/bulk_commands.py" line="180"/>
        <source>%n article(s) tagged «%1»</source>
        <translation>
            <numerusform>لم يوسم أي مقال «%1»</numerusform>
            <numerusform>وُسم مقال واحد «%1»</numerusform>
            <numerusform>وُسم مقالان «%1»</numerusform>
            <numerusform>وُسمت %Ln مقالات «%1»</numerusform>
            <numerusform>وُسم %Ln مقالًا «%1»</numerusform>
            <numerusform>وُسم %Ln مقال «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/bulk_commands.py" line="185"/>
        <source>«%1» removed from %n article(s)</source>
        <translation>
            <numerusform>أزيل «%1»</numerusform>
            <numerusform>أزيل «%1» من مقال واحد</numerusform>
            <numerusform>أزيل «%1» من مقالين</numerusform>
            <numerusform>أزيل «%1» من %Ln مقالات</numerusform>
            <numerusform>أزيل «%1» من %Ln مقالًا</numerusform>
            <numerusform>أزيل «%1» من %Ln مقال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChooseDossierDialog</name>
    <message>
        <location filename="../../ui/window/dialogs/choose_dossier.py" line="21"/>
        <source>Add to a dossier</source>
        <translation>إضافة إلى إضبارة</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/choose_dossier.py" line="22"/>
        <source>Dossier (choose one, or type a new name):</source>
        <translation>الإضبارة (اختر إضبارة أو اكتب اسمًا جديدًا):</translation>
    </message>
</context>
<context>
    <name>CitationCommands</name>
    <message numerus="yes">
        <location filename="../../ui/window/citation_commands.py" line="69"/>
        <source>%n citation(s) copied</source>
        <translation>
            <numerusform>لم تُنسخ أي إحالة</numerusform>
            <numerusform>نُسخت إحالة واحدة</numerusform>
            <numerusform>نُسخت إحالتان</numerusform>
            <numerusform>نُسخت %Ln إحالات</numerusform>
            <numerusform>نُسخت %Ln إحالة</numerusform>
            <numerusform>نُسخت %Ln إحالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/citation_commands.py" line="87"/>
        <source>%n citation(s) written to %1</source>
        <translation>
            <numerusform>لم تُكتب أي إحالة في %1</numerusform>
            <numerusform>كُتبت إحالة واحدة في %1</numerusform>
            <numerusform>كُتبت إحالتان في %1</numerusform>
            <numerusform>كُتبت %Ln إحالات في %1</numerusform>
            <numerusform>كُتبت %Ln إحالة في %1</numerusform>
            <numerusform>كُتبت %Ln إحالة في %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/citation_commands.py" line="112"/>
        <source>CSL JSON (Zotero, Pandoc) (*.json)</source>
        <translation>CSL JSON ‏(Zotero وPandoc) (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/window/citation_commands.py" line="115"/>
        <source>RIS (Zotero, EndNote) (*.ris)</source>
        <translation>RIS ‏(Zotero وEndNote) (*.ris)</translation>
    </message>
    <message>
        <location filename="../../ui/window/citation_commands.py" line="116"/>
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
    <message>
        <location filename="../../ui/window/citation_commands.py" line="120"/>
        <source>Export citations</source>
        <translation>تصدير الإحالات</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/window/dialogs/crash_dialog.py" line="57"/>
        <source>Arshif: an error</source>
        <translation>أرشيف: خطأ</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/crash_dialog.py" line="59"/>
        <source>Sorry: something went wrong inside Arshif. This is a bug, not your doing.</source>
        <translation>عذرًا: حدث خطأ داخل برنامج أرشيف. هذا خلل في البرنامج، لا ذنب لك فيه.</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/crash_dialog.py" line="65"/>
        <source>Your archive is safe: every change is written whole or not at all. You can keep working; if something looks wrong, restart Arshif.</source>
        <translation>أرشيفك في أمان: كل تعديل يُكتب كاملًا أو لا يُكتب أبدًا. يمكنك مواصلة العمل؛ وإن بدا لك شيء غير سليم، فأعد تشغيل البرنامج.</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/crash_dialog.py" line="77"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/crash_dialog.py" line="78"/>
        <source>Copy the report, to send it to the developers</source>
        <translation>نسخ التقرير لإرساله إلى المطورين</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/crash_dialog.py" line="86"/>
        <source>The report was also saved in %1</source>
        <translation>حُفظ التقرير أيضًا في %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/crash_dialog.py" line="109"/>
        <source>Arshif</source>
        <translation>أرشيف</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../ui/window/panes/duplicates_view.py" line="54"/>
        <source>Duplicates and similar articles</source>
        <translation>المقالات المكررة والمشابهة</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/duplicates_view.py" line="70"/>
        <source>Keep this one, merge the other into it</source>
        <translation>الإبقاء على هذا ودمج الآخر فيه</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/panes/duplicates_view.py" line="122"/>
        <source>%n pair(s) of similar articles</source>
        <translation>
            <numerusform>لا أزواج من المقالات المشابهة</numerusform>
            <numerusform>زوج واحد من المقالات المشابهة</numerusform>
            <numerusform>زوجان من المقالات المشابهة</numerusform>
            <numerusform>%Ln أزواج من المقالات المشابهة</numerusform>
            <numerusform>%Ln زوجًا من المقالات المشابهة</numerusform>
            <numerusform>%Ln زوج من المقالات المشابهة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/duplicates_view.py" line="153"/>
        <source>Article %1 · tags: %2 · notes: %3 · files: %4</source>
        <translation>المقال %1 · الوسوم: %2 · الملاحظات: %3 · المرفقات: %4</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../ui/window/error_text.py" line="19"/>
        <source>{where}: the archive is busy (another program is writing to it); try again in a moment</source>
        <translation>{where}: الأرشيف مشغول (برنامج آخر يكتب فيه)؛ أعد المحاولة بعد قليل</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="24"/>
        <source>{where}: the disk is full; free some space and try again</source>
        <translation>{where}: القرص ممتلئ؛ أفرغ بعض المساحة وأعد المحاولة</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="27"/>
        <source>{where}: the archive&apos;s database is damaged ({detail}); “arshif recover” saves what can be read into a new archive</source>
        <translation>{where}: قاعدة بيانات الأرشيف تالفة ({detail})؛ الأمر «arshif recover» ينقذ ما يمكن قراءته إلى أرشيف جديد</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="32"/>
        <source>{where}: the archive is read-only; it can be read, not changed</source>
        <translation>{where}: الأرشيف للقراءة فقط؛ يمكن قراءته لا تعديله</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="35"/>
        <source>{where}: the database file cannot be opened (check that the folder exists and that you may read and write it)</source>
        <translation>{where}: تعذّر فتح ملف قاعدة البيانات (تحقق من أن المجلد موجود وأن لك أن تقرأ فيه وتكتب)</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="40"/>
        <source>{where}: the disk could not be read or written ({detail})</source>
        <translation>{where}: تعذّرت القراءة من القرص أو الكتابة فيه ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="43"/>
        <source>{where}: out of memory</source>
        <translation>{where}: نفدت الذاكرة</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="44"/>
        <source>{where}: the change would break a rule of the database ({detail})</source>
        <translation>{where}: هذا التعديل يخالف قاعدة من قواعد قاعدة البيانات ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="47"/>
        <source>{where}: the database server cannot be reached ({detail})</source>
        <translation>{where}: تعذّر الوصول إلى خادم قاعدة البيانات ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="50"/>
        <source>{where}: the server&apos;s disk is full; free some space and try again</source>
        <translation>{where}: قرص الخادم ممتلئ؛ أفرغ بعض المساحة وأعد المحاولة</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="53"/>
        <source>{where}: the server is out of resources ({detail})</source>
        <translation>{where}: نفدت موارد الخادم ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="56"/>
        <source>{where}: the archive is read-only for you ({detail})</source>
        <translation>{where}: الأرشيف للقراءة فقط بالنسبة إليك ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="59"/>
        <source>{where}: the server refused the connection ({detail})</source>
        <translation>{where}: رفض الخادم الاتصال ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="62"/>
        <source>{kind} {id} is not in the archive</source>
        <translation>لا يوجد في الأرشيف {kind} رقم {id}</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="65"/>
        <source>a tag named “{name}” exists already (tag {other}); merge the two instead</source>
        <translation>يوجد وسم اسمه «{name}» من قبل (الوسم رقم {other})؛ ادمج الوسمين بدلًا من ذلك</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="68"/>
        <source>a dossier named “{name}” exists already (dossier {other})</source>
        <translation>توجد إضبارة اسمها «{name}» من قبل (الإضبارة رقم {other})</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="71"/>
        <source>the reference “{ref}” is already the reference of article {other}</source>
        <translation>المرجع «{ref}» هو مرجع المقال رقم {other} من قبل</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="74"/>
        <source>the article was changed by someone else while it was being saved; open it again to see the other version</source>
        <translation>عدّل شخص آخر المقال في أثناء حفظه؛ افتحه من جديد لترى النسخة الأخرى</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="79"/>
        <source>article {id} was changed by {who} since it was opened (now version {version}, opened as version {expected}); compare the two versions before saving again</source>
        <translation>عدّل {who} المقال رقم {id} منذ فتحه (نسخته الآن {version}، وفُتح في النسخة {expected})؛ قارن بين النسختين قبل الحفظ من جديد</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="84"/>
        <source>the note is empty</source>
        <translation>الملاحظة فارغة</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="85"/>
        <source>article {id} is not in the trash; only articles in the trash are deleted for good (put it in the trash first)</source>
        <translation>المقال رقم {id} ليس في سلة المحذوفات؛ لا يُحذف نهائيًا إلا ما في السلة (انقله إلى السلة أولًا)</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="96"/>
        <source>article</source>
        <translation>مقال</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="97"/>
        <source>tag</source>
        <translation>وسم</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="98"/>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="99"/>
        <source>dossier</source>
        <translation>إضبارة</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="100"/>
        <source>attachment</source>
        <translation>مرفق</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="101"/>
        <source>saved search</source>
        <translation>بحث محفوظ</translation>
    </message>
    <message>
        <location filename="../../ui/window/error_text.py" line="121"/>
        <source>someone else</source>
        <translation>شخص آخر</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="76"/>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="299"/>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="342"/>
        <source>Export as PDF</source>
        <translation>تصدير بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="113"/>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>مشرقية (٠١٢٣)</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="114"/>
        <source>Western (0123)</source>
        <translation>غربية (0123)</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="115"/>
        <source>Include the notes</source>
        <translation>تضمين الملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="117"/>
        <source>Include the tags</source>
        <translation>تضمين الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="121"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="126"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="127"/>
        <source>Compiled by</source>
        <translation>من إعداد</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="128"/>
        <source>Font</source>
        <translation>الخط</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="129"/>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="130"/>
        <source>Page size</source>
        <translation>حجم الصفحة</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="131"/>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="134"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/dialogs/export_dialog.py" line="135"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%Ln مقالات</numerusform>
            <numerusform>%Ln مقالًا</numerusform>
            <numerusform>%Ln مقال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="138"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="140"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="194"/>
        <source>Preparing the pages…</source>
        <translation>جارٍ تجهيز الصفحات…</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="205"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="256"/>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/dialogs/export_dialog.py" line="258"/>
        <source>%n page(s) written</source>
        <translation>
            <numerusform>لم تُكتب أي صفحة</numerusform>
            <numerusform>كُتبت صفحة واحدة</numerusform>
            <numerusform>كُتبت صفحتان</numerusform>
            <numerusform>كُتبت %Ln صفحات</numerusform>
            <numerusform>كُتبت %Ln صفحة</numerusform>
            <numerusform>كُتبت %Ln صفحة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="273"/>
        <source>The export failed.</source>
        <translation>فشل التصدير.</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="301"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="311"/>
        <source>The dossier is ready. Pages: %1</source>
        <translation>الإضبارة جاهزة. عدد الصفحات: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="317"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="320"/>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="324"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="353"/>
        <source>The dossier was not exported.</source>
        <translation>لم تُصدَّر الإضبارة.</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/export_dialog.py" line="343"/>
        <source>The dossier was written, but no program on this computer opens %1</source>
        <translation>كُتبت الإضبارة، لكن لا يوجد على هذا الحاسوب برنامج يفتح %1</translation>
    </message>
</context>
<context>
    <name>FacetsPane</name>
    <message>
        <location filename="../../ui/window/panes/facets_pane.py" line="45"/>
        <source>Facets: counts of the results</source>
        <translation>التصنيفات: أعداد النتائج</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/facets_pane.py" line="89"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/facets_pane.py" line="92"/>
        <location filename="../../ui/window/panes/facets_pane.py" line="107"/>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/facets_pane.py" line="93"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/facets_pane.py" line="95"/>
        <source>Authors</source>
        <translation>الكتّاب</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="53"/>
        <source>Look in:</source>
        <translation>البحث في:</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="54"/>
        <source>File name:</source>
        <translation>اسم الملف:</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="56"/>
        <source>Files of type:</source>
        <translation>الملفات من نوع:</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="61"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="63"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="65"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="103"/>
        <source>Choose</source>
        <translation>اختيار</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../ui/window/panes/filter_chips.py" line="31"/>
        <source>Tag: {value}</source>
        <translation>الوسم: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/filter_chips.py" line="32"/>
        <source>Source: {value}</source>
        <translation>المصدر: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/filter_chips.py" line="33"/>
        <source>Author: {value}</source>
        <translation>الكاتب: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/filter_chips.py" line="34"/>
        <location filename="../../ui/window/panes/filter_chips.py" line="35"/>
        <source>Date: {value}</source>
        <translation>التاريخ: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/filter_chips.py" line="36"/>
        <source>Dossier: {value}</source>
        <translation>الإضبارة: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/filter_chips.py" line="37"/>
        <source>With: {value}</source>
        <translation>مع: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/filter_chips.py" line="98"/>
        <source>Remove this filter</source>
        <translation>إزالة هذا المرشّح</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/filter_chips.py" line="99"/>
        <source>Remove: {label}</source>
        <translation>إزالة: {label}</translation>
    </message>
</context>
<context>
    <name>ImportChooser</name>
    <message>
        <location filename="../../ui/window/archive_commands.py" line="39"/>
        <source>Import files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <location filename="../../ui/window/archive_commands.py" line="47"/>
        <source>Import a folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <location filename="../../ui/window/archive_commands.py" line="33"/>
        <source>Articles (%1)</source>
        <translation>المقالات (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/window/archive_commands.py" line="36"/>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="139"/>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="312"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="159"/>
        <source>Looking for files…</source>
        <translation>جارٍ البحث عن الملفات…</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="170"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="170"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="170"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="184"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="185"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="211"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="246"/>
        <source>The import stopped: %1</source>
        <translation>توقف الاستيراد: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="270"/>
        <source>not a type Arshif reads</source>
        <translation>نوع لا يقرؤه برنامج أرشيف</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="277"/>
        <source>imported</source>
        <translation>استُورد</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="278"/>
        <source>duplicate</source>
        <translation>مكرر</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="279"/>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="280"/>
        <source>skipped</source>
        <translation>تُخطّي</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="286"/>
        <source>article %1</source>
        <translation>المقال %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="289"/>
        <source>, dated %1 by its text: «%2»</source>
        <translation>، مؤرَّخ %1 من نصه: «%2»</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="293"/>
        <source>the same as article %1</source>
        <translation>مطابق للمقال %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/dialogs/import_dialog.py" line="298"/>
        <source>%n imported</source>
        <translation>
            <numerusform>لم يُستورد أي مقال</numerusform>
            <numerusform>استُورد مقال واحد</numerusform>
            <numerusform>استُورد مقالان</numerusform>
            <numerusform>استُوردت %Ln مقالات</numerusform>
            <numerusform>استُورد %Ln مقالًا</numerusform>
            <numerusform>استُورد %Ln مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/dialogs/import_dialog.py" line="299"/>
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>لا تكرار</numerusform>
            <numerusform>مقال واحد مكرر</numerusform>
            <numerusform>مقالان مكرران</numerusform>
            <numerusform>%Ln مقالات مكررة</numerusform>
            <numerusform>%Ln مقالًا مكررًا</numerusform>
            <numerusform>%Ln مقال مكرر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/dialogs/import_dialog.py" line="300"/>
        <source>%n failed</source>
        <translation>
            <numerusform>لا إخفاق</numerusform>
            <numerusform>إخفاق واحد</numerusform>
            <numerusform>إخفاقان</numerusform>
            <numerusform>%Ln إخفاقات</numerusform>
            <numerusform>%Ln إخفاقًا</numerusform>
            <numerusform>%Ln إخفاق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/dialogs/import_dialog.py" line="301"/>
        <source>%n file(s) of other types skipped</source>
        <translation>
            <numerusform>لم يُتخطَّ أي ملف من أنواع أخرى</numerusform>
            <numerusform>تُخطّي ملف واحد من نوع آخر</numerusform>
            <numerusform>تُخطّي ملفان من أنواع أخرى</numerusform>
            <numerusform>تُخطّيت %Ln ملفات من أنواع أخرى</numerusform>
            <numerusform>تُخطّي %Ln ملفًا من أنواع أخرى</numerusform>
            <numerusform>تُخطّي %Ln ملف من أنواع أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/dialogs/import_dialog.py" line="304"/>
        <source>cancelled: %n file(s) left unread</source>
        <translation>
            <numerusform>أُلغي: لم يبقَ أي ملف دون قراءة</numerusform>
            <numerusform>أُلغي: بقي ملف واحد دون قراءة</numerusform>
            <numerusform>أُلغي: بقي ملفان دون قراءة</numerusform>
            <numerusform>أُلغي: بقيت %Ln ملفات دون قراءة</numerusform>
            <numerusform>أُلغي: بقي %Ln ملفًا دون قراءة</numerusform>
            <numerusform>أُلغي: بقي %Ln ملف دون قراءة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="305"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/import_dialog.py" line="313"/>
        <source>The import stopped.</source>
        <translation>توقف الاستيراد.</translation>
    </message>
</context>
<context>
    <name>ListColumns</name>
    <message>
        <location filename="../../ui/window/panes/list_columns.py" line="135"/>
        <source>Default columns</source>
        <translation>الأعمدة الافتراضية</translation>
    </message>
</context>
<context>
    <name>ListCommands</name>
    <message numerus="yes">
        <location filename="../../ui/window/list_commands.py" line="95"/>
        <source>%n article(s) moved to the trash</source>
        <translation>
            <numerusform>لم يُنقل أي مقال إلى سلة المهملات</numerusform>
            <numerusform>نُقل مقال واحد إلى سلة المهملات</numerusform>
            <numerusform>نُقل مقالان إلى سلة المهملات</numerusform>
            <numerusform>نُقلت %Ln مقالات إلى سلة المهملات</numerusform>
            <numerusform>نُقل %Ln مقالًا إلى سلة المهملات</numerusform>
            <numerusform>نُقل %Ln مقال إلى سلة المهملات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/list_commands.py" line="106"/>
        <source>Delete %n article(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>أتحذف المقالات نهائيًا؟ لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>أتحذف المقال نهائيًا؟ لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>أتحذف المقالين نهائيًا؟ لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>أتحذف %Ln مقالات نهائيًا؟ لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>أتحذف %Ln مقالًا نهائيًا؟ لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>أتحذف %Ln مقال نهائيًا؟ لا يمكن التراجع عن هذا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/list_commands.py" line="131"/>
        <source>Add %n article(s) to a dossier</source>
        <translation>
            <numerusform>إضافة إلى ملف</numerusform>
            <numerusform>إضافة مقال واحد إلى ملف</numerusform>
            <numerusform>إضافة مقالين إلى ملف</numerusform>
            <numerusform>إضافة %Ln مقالات إلى ملف</numerusform>
            <numerusform>إضافة %Ln مقالًا إلى ملف</numerusform>
            <numerusform>إضافة %Ln مقال إلى ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/list_commands.py" line="123"/>
        <source>%n article(s) added to the dossier</source>
        <translation>
            <numerusform>لم يُضف أي مقال إلى الملف</numerusform>
            <numerusform>أضيف مقال واحد إلى الملف</numerusform>
            <numerusform>أضيف مقالان إلى الملف</numerusform>
            <numerusform>أضيفت %Ln مقالات إلى الملف</numerusform>
            <numerusform>أضيف %Ln مقالًا إلى الملف</numerusform>
            <numerusform>أضيف %Ln مقال إلى الملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/list_commands.py" line="140"/>
        <source>Remove %n article(s) from the dossier</source>
        <translation>
            <numerusform>إخراج من الملف</numerusform>
            <numerusform>إخراج مقال واحد من الملف</numerusform>
            <numerusform>إخراج مقالين من الملف</numerusform>
            <numerusform>إخراج %Ln مقالات من الملف</numerusform>
            <numerusform>إخراج %Ln مقالًا من الملف</numerusform>
            <numerusform>إخراج %Ln مقال من الملف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/list_commands.py" line="159"/>
        <source>Move an article in the dossier</source>
        <translation>نقل مقال داخل الملف</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="80"/>
        <location filename="../../ui/window/main_window.py" line="366"/>
        <source>Arshif</source>
        <translation>أرشيف</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="94"/>
        <source>Read</source>
        <translation>قراءة</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="98"/>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="266"/>
        <source>%n article(s) in the trash</source>
        <translation>
            <numerusform>لا مقالات في سلة المهملات</numerusform>
            <numerusform>مقال واحد في سلة المهملات</numerusform>
            <numerusform>مقالان في سلة المهملات</numerusform>
            <numerusform>%Ln مقالات في سلة المهملات</numerusform>
            <numerusform>%Ln مقالًا في سلة المهملات</numerusform>
            <numerusform>%Ln مقال في سلة المهملات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="268"/>
        <source>%n article(s) in this dossier</source>
        <translation>
            <numerusform>لا مقالات في هذه الإضبارة</numerusform>
            <numerusform>مقال واحد في هذه الإضبارة</numerusform>
            <numerusform>مقالان في هذه الإضبارة</numerusform>
            <numerusform>%Ln مقالات في هذه الإضبارة</numerusform>
            <numerusform>%Ln مقالًا في هذه الإضبارة</numerusform>
            <numerusform>%Ln مقال في هذه الإضبارة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="270"/>
        <source>More than %n article(s) found</source>
        <translation>
            <numerusform>عُثر على أكثر من %Ln مقال</numerusform>
            <numerusform>عُثر على أكثر من مقال واحد</numerusform>
            <numerusform>عُثر على أكثر من مقالين</numerusform>
            <numerusform>عُثر على أكثر من %Ln مقالات</numerusform>
            <numerusform>عُثر على أكثر من %Ln مقالًا</numerusform>
            <numerusform>عُثر على أكثر من %Ln مقال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="379"/>
        <source>Press dossier</source>
        <translation>إضبارة صحفية</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="272"/>
        <source>%n article(s) found</source>
        <translation>
            <numerusform>لم يُعثر على مقالات</numerusform>
            <numerusform>عُثر على مقال واحد</numerusform>
            <numerusform>عُثر على مقالين</numerusform>
            <numerusform>عُثر على %Ln مقالات</numerusform>
            <numerusform>عُثر على %Ln مقالًا</numerusform>
            <numerusform>عُثر على %Ln مقال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="100"/>
        <source>Tags, notes, attachments</source>
        <translation>الوسوم والملاحظات والمرفقات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="274"/>
        <source>%n article(s) in the archive</source>
        <translation>
            <numerusform>لا مقالات في الأرشيف</numerusform>
            <numerusform>مقال واحد في الأرشيف</numerusform>
            <numerusform>مقالان في الأرشيف</numerusform>
            <numerusform>%Ln مقالات في الأرشيف</numerusform>
            <numerusform>%Ln مقالًا في الأرشيف</numerusform>
            <numerusform>%Ln مقال في الأرشيف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="286"/>
        <source>The archive is empty. Import files or a folder (Ctrl+I), drop them on this window, or write a new article (Ctrl+N).</source>
        <translation>الأرشيف فارغ. استورد ملفات أو مجلدًا (Ctrl+I)، أو أفلتها على هذه النافذة، أو اكتب مقالًا جديدًا (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="359"/>
        <source>Saved</source>
        <translation>حُفظ</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="153"/>
        <source>Duplicates and s&amp;imilar articles…</source>
        <translation>المقالات المك&amp;ررة والمشابهة…</translation>
    </message>
</context>
<context>
    <name>MenuKeys</name>
    <message>
        <location filename="../../ui/window/keyboard.py" line="56"/>
        <source>Open the menus</source>
        <translation>فتح القوائم</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/window/dialogs/note_dialog.py" line="17"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/note_dialog.py" line="17"/>
        <source>Edit note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/note_dialog.py" line="20"/>
        <source>What to remember about this article</source>
        <translation>ما يجدر تذكّره عن هذا المقال</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../ui/window/panes/notes_panel.py" line="54"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/notes_panel.py" line="55"/>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/notes_panel.py" line="56"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/notes_panel.py" line="124"/>
        <source>Delete this note?</source>
        <translation>أتحذف هذه الملاحظة؟</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/notes_panel.py" line="129"/>
        <source>The note was not saved</source>
        <translation>لم تُحفظ الملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/notes_panel.py" line="133"/>
        <source>%1, %2; changed %3 by %4</source>
        <translation>%1، %2؛ عدّلها %4 في %3</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/notes_panel.py" line="141"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>PageViewer</name>
    <message>
        <location filename="../../ui/window/panes/page_viewer.py" line="56"/>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/page_viewer.py" line="57"/>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/page_viewer.py" line="97"/>
        <source>The text was recognised by OCR (mean confidence %1%); correct it against the page.</source>
        <translation>قُرئ النص آليًا من الصورة (متوسط الثقة %1%)؛ صحّحه بمقابلته بالصفحة.</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/page_viewer.py" line="100"/>
        <source>The text was read from the PDF; the page as printed:</source>
        <translation>قُرئ النص من ملف PDF؛ الصفحة كما طُبعت:</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/page_viewer.py" line="101"/>
        <source>The attached original:</source>
        <translation>الأصل المرفق:</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/page_viewer.py" line="160"/>
        <source>page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/page_viewer.py" line="152"/>
        <source>The page cannot be shown.</source>
        <translation>لا يمكن عرض الصفحة.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="22"/>
        <source>Drive</source>
        <translation>قرص</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="23"/>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="24"/>
        <source>%1 File</source>
        <translation>ملف %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="25"/>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="26"/>
        <source>Shortcut</source>
        <translation>اختصار</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/file_chooser.py" line="27"/>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>RecoverEditsDialog</name>
    <message>
        <location filename="../../ui/window/dialogs/recover_edits.py" line="20"/>
        <source>Arshif was closed with unsaved edits of «%1».</source>
        <translation>أُغلق برنامج أرشيف وفي المقال «%1» تعديلات لم تُحفظ.</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/recover_edits.py" line="26"/>
        <source>Put back the edits kept at %1? You can then save them.</source>
        <translation>أتستعيد التعديلات المحتفَظ بها في %1؟ يمكنك حفظها بعد ذلك.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../ui/window/panes/search_bar.py" line="33"/>
        <source>Search: words, &quot;a phrase&quot;, -word, word*, =exact, NEAR(a b, 5), tag:, date:, hijri:1436-10</source>
        <translation>بحث: كلمات، &quot;عبارة&quot;، ‎-كلمة، بادئة*، =مطابقة، NEAR(أ ب, 5)، tag:، date:، hijri:1436-10</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/search_bar.py" line="38"/>
        <source>Exact spelling</source>
        <translation>مطابقة الإملاء</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/search_bar.py" line="40"/>
        <source>Hamza, ة/ه, ى/ي and any marks typed count; no clitics or other forms</source>
        <translation>تُراعى الهمزة والتاء المربوطة والألف المقصورة وما كُتب من حركات؛ بلا سوابق ولا صيغ أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/search_bar.py" line="42"/>
        <source>Words near each other</source>
        <translation>كلمات متقاربة</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/search_bar.py" line="43"/>
        <source>Every word within this many words of the others</source>
        <translation>كل كلمة على بعد هذا العدد من الكلمات أو أقل من غيرها</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/search_bar.py" line="47"/>
        <source> words</source>
        <translation> كلمات</translation>
    </message>
</context>
<context>
    <name>SearchKeys</name>
    <message>
        <location filename="../../ui/window/keyboard.py" line="39"/>
        <source>Clear the search (in the search field)</source>
        <translation>مسح البحث (في حقل البحث)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="64"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="89"/>
        <source>Interface</source>
        <translation>الواجهة</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="94"/>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="95"/>
        <source>The window opens again in the new language.</source>
        <translation>ستُفتح النافذة من جديد باللغة الجديدة.</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="101"/>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="105"/>
        <source>Font:</source>
        <translation>الخط:</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="108"/>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="109"/>
        <source>Size:</source>
        <translation>الحجم:</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="111"/>
        <source>Gregorian first, Hijri beside it</source>
        <translation>الميلادي أولاً، والهجري بجانبه</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="112"/>
        <source>Hijri first, Gregorian beside it</source>
        <translation>الهجري أولاً، والميلادي بجانبه</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="113"/>
        <source>Dates:</source>
        <translation>التواريخ:</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="117"/>
        <source>Archive</source>
        <translation>الأرشيف</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="120"/>
        <source>The default folder</source>
        <translation>المجلد الافتراضي</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="121"/>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="135"/>
        <source>Choose folder…</source>
        <translation>اختيار مجلد…</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="122"/>
        <source>Location:</source>
        <translation>الموقع:</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="124"/>
        <source>A folder, or a server address like postgresql://user@host/archive</source>
        <translation>مجلد، أو عنوان خادم مثل postgresql://user@host/archive</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="131"/>
        <source>Automatic backups</source>
        <translation>النسخ الاحتياطية التلقائية</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="134"/>
        <source>No automatic backups</source>
        <translation>لا نسخ احتياطية تلقائية</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="137"/>
        <source>Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="141"/>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="142"/>
        <source>Every (days):</source>
        <translation>التكرار (بالأيام):</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="145"/>
        <source>Copies to keep:</source>
        <translation>عدد النسخ المحتفَظ بها:</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="148"/>
        <source>No automatic backup yet</source>
        <translation>لا نسخة احتياطية تلقائية بعد</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="150"/>
        <source>Last automatic backup: %1</source>
        <translation>آخر نسخة احتياطية تلقائية: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="176"/>
        <source>Archive folder</source>
        <translation>مجلد الأرشيف</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="181"/>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="203"/>
        <source>Archive location: %1</source>
        <translation>موقع الأرشيف: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="212"/>
        <source>Backup folder: give the whole path, from the drive or /</source>
        <translation>مجلد النسخ الاحتياطية: اكتب المسار كاملًا، بدءًا من القرص أو /</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/settings_dialog.py" line="217"/>
        <source>Backup folder %1 cannot be created: %2</source>
        <translation>تعذّر إنشاء مجلد النسخ الاحتياطية %1: %2</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/window/dialogs/shortcuts_dialog.py" line="42"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/shortcuts_dialog.py" line="45"/>
        <source>Previous or next article</source>
        <translation>المقال السابق أو التالي</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/shortcuts_dialog.py" line="46"/>
        <source>First or last article</source>
        <translation>المقال الأول أو الأخير</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/shortcuts_dialog.py" line="47"/>
        <source>Next part of the window</source>
        <translation>الجزء التالي من النافذة</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/shortcuts_dialog.py" line="50"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/shortcuts_dialog.py" line="50"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>ShownArticle</name>
    <message>
        <location filename="../../ui/window/shown_article.py" line="180"/>
        <source>The article was not saved</source>
        <translation>لم يُحفظ المقال</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="103"/>
        <source>Archive sections</source>
        <translation>أقسام الأرشيف</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="205"/>
        <location filename="../../ui/window/panes/side_panel.py" line="217"/>
        <source>The search was not saved</source>
        <translation>لم يُحفظ البحث</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="205"/>
        <source>Type a search to save first.</source>
        <translation>اكتب أولًا بحثًا لحفظه.</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="208"/>
        <source>Save search</source>
        <translation>حفظ البحث</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="208"/>
        <source>Name of the saved search:</source>
        <translation>اسم البحث المحفوظ:</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="213"/>
        <source>Replace the saved search “{name}”?</source>
        <translation>أتستبدل البحث المحفوظ «{name}»؟</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="214"/>
        <source>It searches for: {query}</source>
        <translation>يبحث عن: {query}</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="244"/>
        <source>New dossier…</source>
        <translation>إضبارة جديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="247"/>
        <location filename="../../ui/window/panes/side_panel.py" line="256"/>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="248"/>
        <location filename="../../ui/window/panes/side_panel.py" line="257"/>
        <location filename="../../ui/window/panes/side_panel.py" line="262"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="259"/>
        <source>Export to PDF…</source>
        <translation>تصدير إلى PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="266"/>
        <source>Empty trash…</source>
        <translation>إفراغ سلة المهملات…</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="374"/>
        <source>New name of the tag “{name}”:</source>
        <translation>الاسم الجديد للوسم «{name}»:</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="375"/>
        <source>Rename tag</source>
        <translation>إعادة تسمية الوسم</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="380"/>
        <source>Delete the tag “{name}”?</source>
        <translation>أتحذف الوسم «{name}»؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/panes/side_panel.py" line="381"/>
        <source>It is taken off %n article(s); they stay in the archive.</source>
        <translation>
            <numerusform>لا يحمله أي مقال.</numerusform>
            <numerusform>سيُنزع عن مقال واحد، ويبقى المقال في الأرشيف.</numerusform>
            <numerusform>سيُنزع عن مقالين، ويبقيان في الأرشيف.</numerusform>
            <numerusform>سيُنزع عن %Ln مقالات، وتبقى في الأرشيف.</numerusform>
            <numerusform>سيُنزع عن %Ln مقالًا، وتبقى في الأرشيف.</numerusform>
            <numerusform>سيُنزع عن %Ln مقال، وتبقى في الأرشيف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="386"/>
        <source>New dossier</source>
        <translation>إضبارة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="386"/>
        <source>Name of the new dossier:</source>
        <translation>اسم الإضبارة الجديدة:</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="388"/>
        <source>The dossier was not created</source>
        <translation>لم تُنشأ الإضبارة</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="392"/>
        <source>New name of the dossier “{name}”:</source>
        <translation>الاسم الجديد للإضبارة «{name}»:</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="393"/>
        <source>Rename dossier</source>
        <translation>إعادة تسمية الإضبارة</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="395"/>
        <source>The dossier was not renamed</source>
        <translation>لم يُغيَّر اسم الإضبارة</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="401"/>
        <source>Delete the dossier “{name}”?</source>
        <translation>أتحذف الإضبارة «{name}»؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/panes/side_panel.py" line="402"/>
        <source>Its %n article(s) stay in the archive.</source>
        <translation>
            <numerusform>ليس فيه أي مقال.</numerusform>
            <numerusform>يبقى مقاله الوحيد في الأرشيف.</numerusform>
            <numerusform>يبقى مقالاه في الأرشيف.</numerusform>
            <numerusform>تبقى مقالاته الـ%Ln في الأرشيف.</numerusform>
            <numerusform>تبقى مقالاته الـ%Ln في الأرشيف.</numerusform>
            <numerusform>تبقى مقالاته الـ%Ln في الأرشيف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="404"/>
        <source>The dossier was not deleted</source>
        <translation>لم تُحذف الإضبارة</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="413"/>
        <source>The saved search was not deleted</source>
        <translation>لم يُحذف البحث المحفوظ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/panes/side_panel.py" line="419"/>
        <source>Delete the %n article(s) in the trash for good?</source>
        <translation>
            <numerusform>أتفرغ سلة المهملات نهائيًا؟</numerusform>
            <numerusform>أتحذف المقال الموجود في سلة المهملات نهائيًا؟</numerusform>
            <numerusform>أتحذف المقالين الموجودين في سلة المهملات نهائيًا؟</numerusform>
            <numerusform>أتحذف %Ln مقالات من سلة المهملات نهائيًا؟</numerusform>
            <numerusform>أتحذف %Ln مقالًا من سلة المهملات نهائيًا؟</numerusform>
            <numerusform>أتحذف %Ln مقال من سلة المهملات نهائيًا؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="420"/>
        <source>Their notes and attached files go with them. This cannot be undone.</source>
        <translation>ستُحذف معها ملاحظاتها ومرفقاتها. لا يمكن التراجع عن هذا.</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="422"/>
        <source>The trash was not emptied</source>
        <translation>لم تُفرَغ سلة المهملات</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/side_panel.py" line="90"/>
        <source>The tag was not changed</source>
        <translation>لم يُغيَّر الوسم</translation>
    </message>
</context>
<context>
    <name>SidePanelModel</name>
    <message>
        <location filename="../../ui/window/models/side_panel_model.py" line="269"/>
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/side_panel_model.py" line="270"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/side_panel_model.py" line="271"/>
        <source>Dossiers</source>
        <translation>الأضابير</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/side_panel_model.py" line="272"/>
        <source>Saved searches</source>
        <translation>عمليات البحث المحفوظة</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/side_panel_model.py" line="273"/>
        <source>Trash</source>
        <translation>سلة المهملات</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../ui/window/panes/tag_editor.py" line="77"/>
        <location filename="../../ui/window/panes/tag_editor.py" line="129"/>
        <source>Add a tag, then Enter</source>
        <translation>أضف وسمًا ثم اضغط Enter</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/tag_editor.py" line="83"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/tag_editor.py" line="84"/>
        <source>Remove the selected tags from the article</source>
        <translation>إزالة الوسوم المحددة من المقال</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/tag_editor.py" line="172"/>
        <source>The tag was not added</source>
        <translation>لم يُضَف الوسم</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/tag_editor.py" line="183"/>
        <source>The tag was not removed</source>
        <translation>لم يُزَل الوسم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/panes/tag_editor.py" line="127"/>
        <source>Add a tag to the %n selected articles, then Enter</source>
        <translation>
            <numerusform>أضف وسمًا ثم اضغط Enter</numerusform>
            <numerusform>أضف وسمًا إلى المقال المحدد ثم اضغط Enter</numerusform>
            <numerusform>أضف وسمًا إلى المقالين المحددين ثم اضغط Enter</numerusform>
            <numerusform>أضف وسمًا إلى المقالات المحددة (%Ln) ثم اضغط Enter</numerusform>
            <numerusform>أضف وسمًا إلى المقالات المحددة (%Ln) ثم اضغط Enter</numerusform>
            <numerusform>أضف وسمًا إلى المقالات المحددة (%Ln) ثم اضغط Enter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/window/panes/timeline.py" line="74"/>
        <source>Timeline of the results</source>
        <translation>الخط الزمني للنتائج</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/timeline.py" line="75"/>
        <source>Drag across the bars to search a date range</source>
        <translation>اسحب عبر الأعمدة للبحث في مدة زمنية</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/timeline.py" line="128"/>
        <source>No dated articles</source>
        <translation>لا مقالات مؤرخة</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/timeline.py" line="151"/>
        <source>highest: {count}</source>
        <translation>الأعلى: {count}</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../ui/window/undo.py" line="151"/>
        <source>E&amp;dit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="153"/>
        <location filename="../../ui/window/undo.py" line="172"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="156"/>
        <location filename="../../ui/window/undo.py" line="175"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="172"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع عن %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="175"/>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/undo.py" line="200"/>
        <source>Tag %n article(s) «%1»</source>
        <translation>
            <numerusform>وسم «%1»</numerusform>
            <numerusform>وسم مقال واحد «%1»</numerusform>
            <numerusform>وسم مقالين «%1»</numerusform>
            <numerusform>وسم %Ln مقالات «%1»</numerusform>
            <numerusform>وسم %Ln مقالًا «%1»</numerusform>
            <numerusform>وسم %Ln مقال «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/undo.py" line="219"/>
        <source>Remove «%1» from %n article(s)</source>
        <translation>
            <numerusform>إزالة «%1»</numerusform>
            <numerusform>إزالة «%1» من مقال واحد</numerusform>
            <numerusform>إزالة «%1» من مقالين</numerusform>
            <numerusform>إزالة «%1» من %Ln مقالات</numerusform>
            <numerusform>إزالة «%1» من %Ln مقالًا</numerusform>
            <numerusform>إزالة «%1» من %Ln مقال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="234"/>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="235"/>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="236"/>
        <source>place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="237"/>
        <source>author</source>
        <translation>الكاتب</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/undo.py" line="240"/>
        <source>Set the %1 of %n article(s)</source>
        <translation>
            <numerusform>تعيين %1</numerusform>
            <numerusform>تعيين %1 لـمقال واحد</numerusform>
            <numerusform>تعيين %1 لـمقالين</numerusform>
            <numerusform>تعيين %1 لـ%Ln مقالات</numerusform>
            <numerusform>تعيين %1 لـ%Ln مقالًا</numerusform>
            <numerusform>تعيين %1 لـ%Ln مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/undo.py" line="251"/>
        <source>Move %n article(s) to the trash</source>
        <translation>
            <numerusform>نقل إلى سلة المهملات</numerusform>
            <numerusform>نقل مقال واحد إلى سلة المهملات</numerusform>
            <numerusform>نقل مقالين إلى سلة المهملات</numerusform>
            <numerusform>نقل %Ln مقالات إلى سلة المهملات</numerusform>
            <numerusform>نقل %Ln مقالًا إلى سلة المهملات</numerusform>
            <numerusform>نقل %Ln مقال إلى سلة المهملات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/undo.py" line="262"/>
        <source>Restore %n article(s) from the trash</source>
        <translation>
            <numerusform>استعادة من سلة المهملات</numerusform>
            <numerusform>استعادة مقال واحد من سلة المهملات</numerusform>
            <numerusform>استعادة مقالين من سلة المهملات</numerusform>
            <numerusform>استعادة %Ln مقالات من سلة المهملات</numerusform>
            <numerusform>استعادة %Ln مقالًا من سلة المهملات</numerusform>
            <numerusform>استعادة %Ln مقال من سلة المهملات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/undo.py" line="304"/>
        <source>Add %n article(s) to the new dossier «%1»</source>
        <translation>
            <numerusform>إضافة إلى الملف الجديد «%1»</numerusform>
            <numerusform>إضافة مقال واحد إلى الملف الجديد «%1»</numerusform>
            <numerusform>إضافة مقالين إلى الملف الجديد «%1»</numerusform>
            <numerusform>إضافة %Ln مقالات إلى الملف الجديد «%1»</numerusform>
            <numerusform>إضافة %Ln مقالًا إلى الملف الجديد «%1»</numerusform>
            <numerusform>إضافة %Ln مقال إلى الملف الجديد «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="326"/>
        <source>Merge «%1» into «%2»</source>
        <translation>دمج «%1» في «%2»</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="501"/>
        <source>Edit «%1»</source>
        <translation>تحرير «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="362"/>
        <source>Add a note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="369"/>
        <source>Edit a note</source>
        <translation>تحرير ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="388"/>
        <source>Delete a note</source>
        <translation>حذف ملاحظة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/undo.py" line="403"/>
        <source>Attach %n file(s)</source>
        <translation>
            <numerusform>إرفاق مرفق</numerusform>
            <numerusform>إرفاق مرفق واحد</numerusform>
            <numerusform>إرفاق مرفقين</numerusform>
            <numerusform>إرفاق %Ln مرفقات</numerusform>
            <numerusform>إرفاق %Ln مرفقًا</numerusform>
            <numerusform>إرفاق %Ln مرفق</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="416"/>
        <source>Remove the attached file «%1»</source>
        <translation>إزالة المرفق «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="446"/>
        <source>Rename the tag «%1» to «%2»</source>
        <translation>إعادة تسمية الوسم «%1» إلى «%2»</translation>
    </message>
    <message>
        <location filename="../../ui/window/undo.py" line="484"/>
        <source>Delete the tag «%1»</source>
        <translation>حذف الوسم «%1»</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <location filename="../../ui/window/dialogs/unsaved_changes.py" line="20"/>
        <source>The article has unsaved changes.</source>
        <translation>في المقال تعديلات لم تُحفظ.</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/unsaved_changes.py" line="23"/>
        <source>Save them before leaving it?</source>
        <translation>أتحفظها قبل مغادرته؟</translation>
    </message>
</context>
<context>
    <name>VersionConflictDialog</name>
    <message>
        <location filename="../../ui/window/dialogs/version_conflict.py" line="33"/>
        <source>The article was saved by someone else</source>
        <translation>حفظ شخص آخر هذا المقال</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/version_conflict.py" line="35"/>
        <source>%1 saved this article after you opened it (it is now version %2), so your edits were not saved. They are still in the editor: copy what you need, or discard them to see the saved version, then edit again.</source>
        <translation>حفظ %1 هذا المقال بعد أن فتحته (صار الآن في نسخته %2)، فلم تُحفظ تعديلاتك. ما زالت في المحرر: انسخ ما تحتاج إليه، أو تخلَّ عنها لترى النسخة المحفوظة، ثم حرّر من جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/version_conflict.py" line="40"/>
        <source>Someone</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/version_conflict.py" line="46"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/version_conflict.py" line="46"/>
        <source>Your version</source>
        <translation>نسختك</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs/version_conflict.py" line="46"/>
        <source>Saved version</source>
        <translation>النسخة المحفوظة</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../ui/window/window_actions.py" line="14"/>
        <source>&amp;New article</source>
        <translation>&amp;مقال جديد</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="15"/>
        <source>&amp;Import files…</source>
        <translation>استيراد مل&amp;فات…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="16"/>
        <source>Import a &amp;folder…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="17"/>
        <source>&amp;Export to PDF…</source>
        <translation>&amp;تصدير إلى PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="18"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;نسخ احتياطي الآن…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="19"/>
        <source>&amp;Restore from a backup…</source>
        <translation>ا&amp;ستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="20"/>
        <source>&amp;Open another archive…</source>
        <translation>فتح أرشيف آ&amp;خر…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="21"/>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="22"/>
        <source>&amp;Quit</source>
        <translation>خ&amp;روج</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="23"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="24"/>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="25"/>
        <source>Save this &amp;search…</source>
        <translation>&amp;حفظ هذا البحث…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="26"/>
        <source>Move to &amp;trash</source>
        <translation>نقل إلى س&amp;لة المهملات</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="27"/>
        <source>&amp;Restore from the trash</source>
        <translation>ا&amp;ستعادة من سلة المهملات</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="28"/>
        <source>Delete for &amp;good…</source>
        <translation>ح&amp;ذف نهائي…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="30"/>
        <source>Re&amp;move from this dossier</source>
        <translation>إ&amp;زالة من هذه الإضبارة</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="53"/>
        <source>&amp;Search</source>
        <translation>ال&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="55"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="29"/>
        <source>Add to &amp;dossier…</source>
        <translation>إ&amp;ضافة إلى إضبارة…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="31"/>
        <source>Move &amp;up in the dossier</source>
        <translation>نقل إلى الأ&amp;على في الإضبارة</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="32"/>
        <source>Move do&amp;wn in the dossier</source>
        <translation>نقل إلى الأس&amp;فل في الإضبارة</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="33"/>
        <source>&amp;Edit or read the article</source>
        <translation>&amp;تحرير المقال أو قراءته</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="34"/>
        <source>&amp;Copy citation</source>
        <translation>&amp;نسخ الإحالة</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="35"/>
        <source>Export &amp;citations…</source>
        <translation>تصدير الإ&amp;حالات…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="36"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="39"/>
        <source>&amp;Archive</source>
        <translation>الأ&amp;رشيف</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="46"/>
        <source>A&amp;rticle</source>
        <translation>ال&amp;مقال</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/window/app.py" line="67"/>
        <location filename="../../ui/window/app.py" line="101"/>
        <location filename="../../ui/window/app.py" line="249"/>
        <source>Arshif</source>
        <translation>أرشيف</translation>
    </message>
    <message>
        <location filename="../../ui/window/app.py" line="111"/>
        <source>The archive opened last cannot be opened: %1
The default archive is opened instead.</source>
        <translation>تعذّر فتح الأرشيف الذي فُتح آخر مرة: %1
سيُفتح الأرشيف الافتراضي بدلًا منه.</translation>
    </message>
    <message>
        <location filename="../../ui/window/app.py" line="145"/>
        <source>Opening the archive…</source>
        <translation>يُفتح الأرشيف…</translation>
    </message>
</context>
</TS>
