<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="16"/>
        <source>Arshif</source>
        <translation>Arshif</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="20"/>
        <source>Arshif — an archive of Arabic press articles</source>
        <translation>Arshif — an archive of Arabic press articles</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="40"/>
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
