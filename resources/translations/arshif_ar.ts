<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="47"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="47"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="47"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/window/models/article_table.py" line="47"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="30"/>
        <source>Arshif</source>
        <translation>أرشيف</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="34"/>
        <source>Search: words, &quot;a phrase&quot;, -word, word*, tag:, source:, date:2015-07</source>
        <translation>بحث: كلمات، &quot;عبارة&quot;، ‎-كلمة، بادئة*، tag:، source:، date:2015-07</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="81"/>
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
        <location filename="../../ui/window/main_window.py" line="83"/>
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
