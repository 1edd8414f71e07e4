<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="37"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="38"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="39"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="40"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="41"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="42"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="43"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="44"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="45"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="46"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="59"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/window/panes/article_editor.py" line="96"/>
        <source>Date: %1 is not a date like 2015-07-21</source>
        <translation>Date: %1 is not a date like 2015-07-21</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="61"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="61"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="61"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="61"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="35"/>
        <source>Arshif</source>
        <translation>Arshif</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="39"/>
        <source>Search: words, &quot;a phrase&quot;, -word, word*, tag:, source:, date:2015-07</source>
        <translation>Search: words, &quot;a phrase&quot;, -word, word*, tag:, source:, date:2015-07</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="52"/>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="53"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="80"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="98"/>
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n article found</numerusform>
            <numerusform>%n articles found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="100"/>
        <source>%n article(s) in the archive</source>
        <translation>
            <numerusform>%n article in the archive</numerusform>
            <numerusform>%n articles in the archive</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="156"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="159"/>
        <source>The article was not saved</source>
        <translation>The article was not saved</translation>
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
    <name>app</name>
    <message>
        <location filename="../../ui/window/app.py" line="54"/>
        <source>Arshif</source>
        <translation>Arshif</translation>
    </message>
</context>
</TS>
