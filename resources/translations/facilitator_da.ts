<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned at %1, before the previous block ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned start. Clear the cell to let it follow the block before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the block before. Type a time to pin it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda block needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time. Type it as 12:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda blocks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockKind</name>
    <message>
        <source>Plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>There is no file at this path. It may have been moved, renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to read this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only. Facilitator saves every change at once, so it needs to write to the file: copy it somewhere writable or remove the read-only mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holding the file is read-only (a CD, a protected share or a mail attachment folder). Copy the file to a writable folder such as Documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty (0 bytes). It is not a workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a PDF document, not a workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a workshop file. Workshop files end in .workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a database of another program, not a Facilitator workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop file is damaged (truncated or corrupt). It was not changed. If it was open here before, File → Restore from backup… has earlier copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop was saved by a newer version of Facilitator. Update Facilitator to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop is already open in another Facilitator window or program. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so nothing was written. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops (*%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the demo workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the workshop with this backup? The current state is backed up first, so you can go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
Run in-person workshops offline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the workshop. You choose where to save it next; after that every change is saved as you make it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>New block</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n block(s) start before the one before them ends.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a block after the selected one (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell to edit. Start times follow from the durations; type a start time to pin a block there (lunch at 12:00), clear it to let it float again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator keeps automatic backups of this workshop. Choose one to replace the workshop&apos;s current contents. The current state is backed up first, so you can return to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this workshop yet. The first is taken a few minutes after opening it, and whenever it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run your workshop from this laptop: participants, groups, ideas, votes and minutes. No internet needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workshops yet. Create one, or open the demo workshop to look around.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopController</name>
    <message>
        <source>Edit workshop details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agenda block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove agenda block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agenda block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move agenda block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsForm</name>
    <message>
        <source>Give the workshop a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Industry of the future in our region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network or cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the screens and the minutes for this workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;acilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is not built yet in this version of Facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register and check in participants, import sign-up lists, print badges and attendance sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop has %1 participants from %2 organisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form breakout groups so that people meet people from other companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop has %1 group rounds with %2 groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect the groups&apos; ideas, sort them into themes and show them on the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop has %1 ideas in %2 themes on %3 questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the room prioritise: dots, points, ranking, rating or approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop has %1 votes with %2 ballots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked results, agreement and charts for the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the minutes as a PDF and send them when back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop has %1 action items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
