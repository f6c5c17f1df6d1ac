<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionItemsTab</name>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n action item</numerusform>
            <numerusform>%n action items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message numerus="yes">
        <source>⚠ %n block(s) start before the previous block ends.</source>
        <translation>
            <numerusform>⚠ %n block starts before the previous block ends.</numerusform>
            <numerusform>⚠ %n blocks start before the previous block ends.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BallotForm</name>
    <message numerus="yes">
        <source>%1 of %n dot(s) left</source>
        <translation>
            <numerusform>%1 of %n dot left</numerusform>
            <numerusform>%1 of %n dots left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n point(s) left</source>
        <translation>
            <numerusform>%1 of %n point left</numerusform>
            <numerusform>%1 of %n points left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the top %n ranked</source>
        <translation>
            <numerusform>%1 of the top %n ranked</numerusform>
            <numerusform>%1 of the top %n ranked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) given</source>
        <translation>
            <numerusform>%n rating given</numerusform>
            <numerusform>%n ratings given</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s)</source>
        <translation>
            <numerusform>%n approval</numerusform>
            <numerusform>%n approvals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BallotScreen</name>
    <message numerus="yes">
        <source>At most %n dot(s) on one item.</source>
        <translation>
            <numerusform>At most %n dot on one item.</numerusform>
            <numerusform>At most %n dots on one item.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Press − on an item to give it a negative dot (%n allowed).</source>
        <translation>
            <numerusform>Press − on an item to give it a negative dot (%n allowed).</numerusform>
            <numerusform>Press − on an item to give it a negative dot (%n allowed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n point(s) on one item.</source>
        <translation>
            <numerusform>At most %n point on one item.</numerusform>
            <numerusform>At most %n points on one item.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tap the items in order of preference: first choice first. Tap a ranked item again to take it out. Rank up to %n item(s).</source>
        <translation>
            <numerusform>Tap the items in order of preference: first choice first. Tap a ranked item again to take it out. Rank up to %n item.</numerusform>
            <numerusform>Tap the items in order of preference: first choice first. Tap a ranked item again to take it out. Rank up to %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dot(s) left</source>
        <translation>
            <numerusform>%1 of %n dot left</numerusform>
            <numerusform>%1 of %n dots left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n negative dot(s) left</source>
        <translation>
            <numerusform>%1 of %n negative dot left</numerusform>
            <numerusform>%1 of %n negative dots left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n point(s) left</source>
        <translation>
            <numerusform>%1 of %n point left</numerusform>
            <numerusform>%1 of %n points left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ranked</source>
        <translation>
            <numerusform>%1 of %n ranked</numerusform>
            <numerusform>%1 of %n ranked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) rated</source>
        <translation>
            <numerusform>%1 of %n item rated</numerusform>
            <numerusform>%1 of %n items rated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) supported</source>
        <translation>
            <numerusform>%n item supported</numerusform>
            <numerusform>%n items supported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n more</numerusform>
            <numerusform>+ %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureWindow</name>
    <message numerus="yes">
        <source>%n ideas</source>
        <translation>
            <numerusform>%n ideas</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ideas deleted.</source>
        <translation>
            <numerusform>%n ideas deleted.</numerusform>
            <numerusform>%n ideas deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInDesk</name>
    <message numerus="yes">
        <source>%n people match — pick one with the arrow keys or a click.</source>
        <translation>
            <numerusform>%n people match — pick one with the arrow keys or a click.</numerusform>
            <numerusform>%n people match — pick one with the arrow keys or a click.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message numerus="yes">
        <source>For %n selected participant(s). It is recorded with today&apos;s date; people who already gave this answer keep the date they gave it.</source>
        <translation>
            <numerusform>For %n selected participant. It is recorded with today&apos;s date; people who already gave this answer keep the date they gave it.</numerusform>
            <numerusform>For %n selected participants. It is recorded with today&apos;s date; people who already gave this answer keep the date they gave it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdeasController</name>
    <message numerus="yes">
        <source>Delete %n ideas</source>
        <translation>
            <numerusform>Delete %n ideas</numerusform>
            <numerusform>Delete %n ideas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdeasPage</name>
    <message numerus="yes">
        <source>Moved %n idea(s) to %1</source>
        <translation>
            <numerusform>Moved %n idea to %1</numerusform>
            <numerusform>Moved %n ideas to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n idea(s) out of their theme</source>
        <translation>
            <numerusform>Took %n idea out of their theme</numerusform>
            <numerusform>Took %n ideas out of their theme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n duplicate(s)</source>
        <translation>
            <numerusform>Merged %n duplicate</numerusform>
            <numerusform>Merged %n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n idea(s); Edit → Undo brings them back</source>
        <translation>
            <numerusform>Deleted %n idea; Edit → Undo brings them back</numerusform>
            <numerusform>Deleted %n ideas; Edit → Undo brings them back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <source>%n new participant(s)</source>
        <translation>
            <numerusform>%n new participant</numerusform>
            <numerusform>%n new participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n already up to date</numerusform>
            <numerusform>%n already up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate row(s) merged</source>
        <translation>
            <numerusform>%n duplicate row merged</numerusform>
            <numerusform>%n duplicate rows merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n row rejected</numerusform>
            <numerusform>%n rows rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%1 — %2, headings in row %3, %n row(s) of people</source>
        <translation>
            <numerusform>%1 — %2, headings in row %3, %n row of people</numerusform>
            <numerusform>%1 — %2, headings in row %3, %n rows of people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Impossible</name>
    <message numerus="yes">
        <source>There are %1 group leaders for %2 groups: %n group(s) will have none.</source>
        <translation>
            <numerusform>There are %1 group leaders for %2 groups: %n group will have none.</numerusform>
            <numerusform>There are %1 group leaders for %2 groups: %n groups will have none.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeCounts</name>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n new organisation</numerusform>
            <numerusform>%n new organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new participant(s)</source>
        <translation>
            <numerusform>%n new participant</numerusform>
            <numerusform>%n new participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new question(s)</source>
        <translation>
            <numerusform>%n new question</numerusform>
            <numerusform>%n new questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new theme(s)</source>
        <translation>
            <numerusform>%n new theme</numerusform>
            <numerusform>%n new themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new idea(s)</source>
        <translation>
            <numerusform>%n new idea</numerusform>
            <numerusform>%n new ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new photo(s)</source>
        <translation>
            <numerusform>%n new photo</numerusform>
            <numerusform>%n new photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation name(s) from the copy already used by another organisation here: this workshop&apos;s name kept</source>
        <translation>
            <numerusform>%n organisation name from the copy already used by another organisation here: this workshop&apos;s name kept</numerusform>
            <numerusform>%n organisation names from the copy already used by another organisation here: this workshop&apos;s name kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) from a group that is not in this workshop</source>
        <translation>
            <numerusform>%n idea from a group that is not in this workshop</numerusform>
            <numerusform>%n ideas from a group that is not in this workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) for a question that is not in this workshop</source>
        <translation>
            <numerusform>%n idea for a question that is not in this workshop</numerusform>
            <numerusform>%n ideas for a question that is not in this workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) sorted into a theme that is not in this workshop</source>
        <translation>
            <numerusform>%n idea sorted into a theme that is not in this workshop</numerusform>
            <numerusform>%n ideas sorted into a theme that is not in this workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) by an author who is not in this workshop</source>
        <translation>
            <numerusform>%n idea by an author who is not in this workshop</numerusform>
            <numerusform>%n ideas by an author who is not in this workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) merged into an idea that is not in this workshop</source>
        <translation>
            <numerusform>%n idea merged into an idea that is not in this workshop</numerusform>
            <numerusform>%n ideas merged into an idea that is not in this workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s) for a question that is not in this workshop</source>
        <translation>
            <numerusform>%n theme for a question that is not in this workshop</numerusform>
            <numerusform>%n themes for a question that is not in this workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) for a group round that is not in this workshop</source>
        <translation>
            <numerusform>%n question for a group round that is not in this workshop</numerusform>
            <numerusform>%n questions for a group round that is not in this workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) for a question that is not in this workshop</source>
        <translation>
            <numerusform>%n photo for a question that is not in this workshop</numerusform>
            <numerusform>%n photos for a question that is not in this workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved with the copy&apos;s version</source>
        <translation>
            <numerusform>%n conflict resolved with the copy&apos;s version</numerusform>
            <numerusform>%n conflicts resolved with the copy&apos;s version</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) from the copy applied here</source>
        <translation>
            <numerusform>%n deletion from the copy applied here</numerusform>
            <numerusform>%n deletions from the copy applied here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) made on the other laptop, remembered here too</source>
        <translation>
            <numerusform>%n deletion made on the other laptop, remembered here too</numerusform>
            <numerusform>%n deletions made on the other laptop, remembered here too</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted here, left out</source>
        <translation>
            <numerusform>%n item deleted here, left out</numerusform>
            <numerusform>%n items deleted here, left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>%n conflict(s): changed differently in the two files, or deleted on the other laptop. This workshop&apos;s version is kept unless you tick “Take theirs”.</source>
        <translation>
            <numerusform>%n conflict: changed differently in the two files, or deleted on the other laptop. This workshop&apos;s version is kept unless you tick “Take theirs”.</numerusform>
            <numerusform>%n conflicts: changed differently in the two files, or deleted on the other laptop. This workshop&apos;s version is kept unless you tick “Take theirs”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s); ticked ones were taken from the copy.</source>
        <translation>
            <numerusform>%n conflict; ticked ones were taken from the copy.</numerusform>
            <numerusform>%n conflicts; ticked ones were taken from the copy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MinutesPage</name>
    <message numerus="yes">
        <source>Exported %n row(s) to %1, naming nobody.</source>
        <translation>
            <numerusform>Exported %n row to %1, naming nobody.</numerusform>
            <numerusform>Exported %n rows to %1, naming nobody.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MinutesPreview</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message numerus="yes">
        <source>All %n sent</source>
        <translation>
            <numerusform>All %n sent</numerusform>
            <numerusform>All %n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown: may have been sent</source>
        <translation>
            <numerusform>%n unknown: may have been sent</numerusform>
            <numerusform>%n unknown: may have been sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sending… %n left</source>
        <translation>
            <numerusform>sending… %n left</numerusform>
            <numerusform>sending… %n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %n min</source>
        <translation>
            <numerusform>next try in %n min</numerusform>
            <numerusform>next try in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %n s</source>
        <translation>
            <numerusform>next try in %n s</numerusform>
            <numerusform>next try in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection ended while %n message(s) were being handed over: the server may have taken them, so these may already have been sent. Sending them again can give those people the minutes twice.

Queue them again?</source>
        <translation>
            <numerusform>The connection ended while %n message were being handed over: the server may have taken them, so these may already have been sent. Sending them again can give those people the minutes twice.

Queue them again?</numerusform>
            <numerusform>The connection ended while %n messages were being handed over: the server may have taken them, so these may already have been sent. Sending them again can give those people the minutes twice.

Queue them again?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantList</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consent recorded for %n participant(s).</source>
        <translation>
            <numerusform>Consent recorded for %n participant.</numerusform>
            <numerusform>Consent recorded for %n participants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n participant(s) to %1.</source>
        <translation>
            <numerusform>Exported %n participant to %1.</numerusform>
            <numerusform>Exported %n participants to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set consent for %n participant(s)…</source>
        <translation>
            <numerusform>Set consent for %n participant…</numerusform>
            <numerusform>Set consent for %n participants…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsController</name>
    <message numerus="yes">
        <source>Give consent for %n participant(s)</source>
        <translation>
            <numerusform>Give consent for %n participant</numerusform>
            <numerusform>Give consent for %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw consent for %n participant(s)</source>
        <translation>
            <numerusform>Withdraw consent for %n participant</numerusform>
            <numerusform>Withdraw consent for %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message numerus="yes">
        <source>Preparing %n photo(s)…</source>
        <translation>
            <numerusform>Preparing %n photo…</numerusform>
            <numerusform>Preparing %n photos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuadrantChart</name>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n more</numerusform>
            <numerusform>+ %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message numerus="yes">
        <source>Delete this question with its %n idea(s), its themes and photos? Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Delete this question with its %n idea, its themes and photos? Edit → Undo brings them back.</numerusform>
            <numerusform>Delete this question with its %n ideas, its themes and photos? Edit → Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultTexts</name>
    <message numerus="yes">
        <source>%n voter(s)</source>
        <translation>
            <numerusform>%n voter</numerusform>
            <numerusform>%n voters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n ballot</numerusform>
            <numerusform>%n ballots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) gave this item something.</source>
        <translation>
            <numerusform>%n voter gave this item something.</numerusform>
            <numerusform>%n voters gave this item something.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First place for %n voter(s).</source>
        <translation>
            <numerusform>First place for %n voter.</numerusform>
            <numerusform>First place for %n voters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %n individual ballot(s).</source>
        <translation>
            <numerusform>From %n individual ballot.</numerusform>
            <numerusform>From %n individual ballots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) cast so far.</source>
        <translation>
            <numerusform>%n ballot cast so far.</numerusform>
            <numerusform>%n ballots cast so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) flagged: the room disagrees on them.</source>
        <translation>
            <numerusform>%n item flagged: the room disagrees on them.</numerusform>
            <numerusform>%n items flagged: the room disagrees on them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked-in participant(s) have not voted yet.</source>
        <translation>
            <numerusform>%n checked-in participant have not voted yet.</numerusform>
            <numerusform>%n checked-in participants have not voted yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsProjector</name>
    <message numerus="yes">
        <source>%n ballot(s) cast</source>
        <translation>
            <numerusform>%n ballot cast</numerusform>
            <numerusform>%n ballots cast</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundBoard</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundSolver</name>
    <message numerus="yes">
        <source>Re-balanced: %n person(s) moved or removed.</source>
        <translation>
            <numerusform>Re-balanced: %n person moved or removed.</numerusform>
            <numerusform>Re-balanced: %n people moved or removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundSummary</name>
    <message numerus="yes">
        <source>%n eligible person(s) not in a group yet.</source>
        <translation>
            <numerusform>%n eligible person not in a group yet.</numerusform>
            <numerusform>%n eligible people not in a group yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placed person(s) not checked in.</source>
        <translation>
            <numerusform>%n placed person not checked in.</numerusform>
            <numerusform>%n placed people not checked in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message numerus="yes">
        <source>%n recipient(s) chosen</source>
        <translation>
            <numerusform>%n recipient chosen</numerusform>
            <numerusform>%n recipients chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TallyGrid</name>
    <message numerus="yes">
        <source>%1 of %n dot(s) used</source>
        <translation>
            <numerusform>%1 of %n dot used</numerusform>
            <numerusform>%1 of %n dots used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n point(s) used</source>
        <translation>
            <numerusform>%1 of %n point used</numerusform>
            <numerusform>%1 of %n points used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s)</source>
        <translation>
            <numerusform>%n approval</numerusform>
            <numerusform>%n approvals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %n voter(s).</source>
        <translation>
            <numerusform>From %n voter.</numerusform>
            <numerusform>From %n voters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) × %1</source>
        <translation>
            <numerusform>%n voter × %1</numerusform>
            <numerusform>%n voters × %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n per item (one per voter).</source>
        <translation>
            <numerusform>At most %n per item (one per voter).</numerusform>
            <numerusform>At most %n per item (one per voter).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n per item</source>
        <translation>
            <numerusform>At most %n per item</numerusform>
            <numerusform>At most %n per item</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n negative dot(s) used.</source>
        <translation>
            <numerusform>%1 of %n negative dot used.</numerusform>
            <numerusform>%1 of %n negative dots used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more voter(s) on other ballots.</source>
        <translation>
            <numerusform>%n more voter on other ballots.</numerusform>
            <numerusform>%n more voters on other ballots.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message numerus="yes">
        <source>%n item(s): every idea of the question, duplicates merged.</source>
        <translation>
            <numerusform>%n item: every idea of the question, duplicates merged.</numerusform>
            <numerusform>%n items: every idea of the question, duplicates merged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): the question&apos;s themes.</source>
        <translation>
            <numerusform>%n item: the question&apos;s themes.</numerusform>
            <numerusform>%n items: the question&apos;s themes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on the shortlist.</source>
        <translation>
            <numerusform>%n item on the shortlist.</numerusform>
            <numerusform>%n items on the shortlist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoteWords</name>
    <message numerus="yes">
        <source>%n dot(s) per voter</source>
        <translation>
            <numerusform>%n dot per voter</numerusform>
            <numerusform>%n dots per voter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n per item</source>
        <translation>
            <numerusform>at most %n per item</numerusform>
            <numerusform>at most %n per item</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negative dot(s)</source>
        <translation>
            <numerusform>%n negative dot</numerusform>
            <numerusform>%n negative dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) per voter</source>
        <translation>
            <numerusform>%n point per voter</numerusform>
            <numerusform>%n points per voter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>each voter ranks their top %n</source>
        <translation>
            <numerusform>each voter ranks their top %n</numerusform>
            <numerusform>each voter ranks their top %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
</TS>
