<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="16"/>
        <source>Arshif</source>
        <translation>أرشيف</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="20"/>
        <source>Arshif — an archive of Arabic press articles</source>
        <translation>أرشيف — أرشيف مقالات الصحافة العربية</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="40"/>
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
