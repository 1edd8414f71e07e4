<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="47"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="47"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="47"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="47"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="30"/>
        <source>Arshif</source>
        <translation>Arshif</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="34"/>
        <source>Search: words, &quot;a phrase&quot;, -word, word*, tag:, source:, date:2015-07</source>
        <translation>Search: words, &quot;a phrase&quot;, -word, word*, tag:, source:, date:2015-07</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="81"/>
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n article found</numerusform>
            <numerusform>%n articles found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="83"/>
        <source>%n article(s) in the archive</source>
        <translation>
            <numerusform>%n article in the archive</numerusform>
            <numerusform>%n articles in the archive</numerusform>
        </translation>
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
