<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Controller</name>
    <message numerus="yes">
        <location filename="../../explainer/ui/controller.py" line="281"/>
        <source>Found %n thing(s) to look at.</source>
        <translation>
            <numerusform>Found %n thing to look at.</numerusform>
            <numerusform>Found %n things to look at.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../explainer/ui/controller.py" line="494"/>
        <source>%n letter(s) in your log are past their reply deadline: see the Log tab.</source>
        <translation>
            <numerusform>%n letter in your log is past its reply deadline: see the Log tab.</numerusform>
            <numerusform>%n letters in your log are past their reply deadline: see the Log tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogWidget</name>
    <message numerus="yes">
        <location filename="../../explainer/ui/log/widget.py" line="200"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../explainer/ui/log/widget.py" line="221"/>
        <source>%n letter(s) past the one-month reply deadline: </source>
        <translation>
            <numerusform>%n letter past the one-month reply deadline: </numerusform>
            <numerusform>%n letters past the one-month reply deadline: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperFormDialog</name>
    <message numerus="yes">
        <location filename="../../explainer/ui/paper_form.py" line="403"/>
        <source>%n word(s) we are not sure of are %1.</source>
        <translation>
            <numerusform>%n word we are not sure of is %1.</numerusform>
            <numerusform>%n words we are not sure of are %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message numerus="yes">
        <location filename="../../explainer/ui/summary_card.py" line="132"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../explainer/ui/summary_card.py" line="161"/>
        <source>%n sentence(s) about sharing</source>
        <translation>
            <numerusform>%n sentence about sharing</numerusform>
            <numerusform>%n sentences about sharing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../explainer/ui/summary_card.py" line="162"/>
        <source>%n vague sentence(s)</source>
        <translation>
            <numerusform>%n vague sentence</numerusform>
            <numerusform>%n vague sentences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../explainer/ui/summary_card.py" line="163"/>
        <source>%n way(s) to say no</source>
        <translation>
            <numerusform>%n way to say no</numerusform>
            <numerusform>%n ways to say no</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../explainer/ui/summary_card.py" line="164"/>
        <source>%n promise(s) not to share</source>
        <translation>
            <numerusform>%n promise not to share</numerusform>
            <numerusform>%n promises not to share</numerusform>
        </translation>
    </message>
</context>
</TS>
