<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="37"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="38"/>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="39"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="40"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="41"/>
        <source>URL</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="42"/>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="43"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="44"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>التاريخ (سنة-شهر-يوم)</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="45"/>
        <source>Lead</source>
        <translation>المقدمة</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="46"/>
        <source>Body</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="59"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="96"/>
        <source>Date: %1 is not a date like 2015-07-21</source>
        <translation>التاريخ: %1 ليس تاريخًا مثل 2015-07-21</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="61"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="61"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="61"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="61"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="35"/>
        <source>Arshif</source>
        <translation>أرشيف</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="39"/>
        <source>Search: words, &quot;a phrase&quot;, -word, word*, tag:, source:, date:2015-07</source>
        <translation>بحث: كلمات، &quot;عبارة&quot;، ‎-كلمة، بادئة*، tag:، source:، date:2015-07</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="52"/>
        <source>Read</source>
        <translation>قراءة</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="53"/>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="80"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="98"/>
        <source>%n article(s) found</source>
        <translation>
            <numerusform>لم يُعثر على مقالات</numerusform>
            <numerusform>عُثر على مقال واحد</numerusform>
            <numerusform>عُثر على مقالين</numerusform>
            <numerusform>عُثر على %n مقالات</numerusform>
            <numerusform>عُثر على %n مقالًا</numerusform>
            <numerusform>عُثر على %n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="100"/>
        <source>%n article(s) in the archive</source>
        <translation>
            <numerusform>لا مقالات في الأرشيف</numerusform>
            <numerusform>مقال واحد في الأرشيف</numerusform>
            <numerusform>مقالان في الأرشيف</numerusform>
            <numerusform>%n مقالات في الأرشيف</numerusform>
            <numerusform>%n مقالًا في الأرشيف</numerusform>
            <numerusform>%n مقال في الأرشيف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="156"/>
        <source>Saved</source>
        <translation>حُفظ</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="159"/>
        <source>The article was not saved</source>
        <translation>لم يُحفظ المقال</translation>
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
    <name>app</name>
    <message>
        <location filename="../../ui/window/app.py" line="54"/>
        <source>Arshif</source>
        <translation>أرشيف</translation>
    </message>
</context>
</TS>
