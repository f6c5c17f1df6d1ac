<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Facilitator</source>
        <translation>Om Facilitator</translation>
    </message>
    <message>
        <source>Run in-person workshops offline.</source>
        <translation>Afhold fysiske workshops uden internet.</translation>
    </message>
    <message>
        <source>The log (for support): %1</source>
        <translation>Loggen (til support): %1</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Åbn logmappen</translation>
    </message>
    <message>
        <source>Built with these components:</source>
        <translation>Bygget med disse komponenter:</translation>
    </message>
    <message>
        <source>Licences…</source>
        <translation>Licenser…</translation>
    </message>
    <message>
        <source>windows, printing, PDF preview</source>
        <translation>vinduer, udskrivning, PDF-eksempel</translation>
    </message>
    <message>
        <source>the workshop file</source>
        <translation>workshopfilen</translation>
    </message>
    <message>
        <source>upgrading older workshop files</source>
        <translation>opgradering af ældre workshopfiler</translation>
    </message>
    <message>
        <source>PDF minutes, badges and lists</source>
        <translation>PDF-referat, navneskilte og lister</translation>
    </message>
    <message>
        <source>icons</source>
        <translation>ikoner</translation>
    </message>
    <message>
        <source>Excel sign-up lists</source>
        <translation>Excel-tilmeldingslister</translation>
    </message>
    <message>
        <source>Excel exports</source>
        <translation>Eksport til Excel</translation>
    </message>
    <message>
        <source>folders for backups and logs</source>
        <translation>mapper til sikkerhedskopier og logge</translation>
    </message>
    <message>
        <source>the group solver</source>
        <translation>gruppeinddelingen</translation>
    </message>
    <message>
        <source>flipchart photos</source>
        <translation>fotos af flipover</translation>
    </message>
    <message>
        <source>the SMTP password in the system keychain</source>
        <translation>SMTP-adgangskoden i systemets nøglering</translation>
    </message>
    <message>
        <source>the venue network&apos;s server for phones</source>
        <translation>serveren til telefonerne på lokalnetværket</translation>
    </message>
    <message>
        <source>QR codes</source>
        <translation>QR-koder</translation>
    </message>
    <message>
        <source>the font in every PDF</source>
        <translation>skrifttypen i alle PDF&apos;er</translation>
    </message>
</context>
<context>
    <name>ActionItemsTab</name>
    <message>
        <source>What is to be done, who does it and by when. Double-click a cell to change it; every change is saved at once and can be undone.</source>
        <translation>Hvad der skal gøres, hvem der gør det, og hvornår. Dobbeltklik på en celle for at ændre den; hver ændring gemmes med det samme og kan fortrydes.</translation>
    </message>
    <message>
        <source>A new action item: what is to be done?</source>
        <translation>Et nyt opfølgningspunkt: hvad skal gøres?</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Nyt opfølgningspunkt</translation>
    </message>
    <message>
        <source>Who (optional)</source>
        <translation>Hvem (valgfrit)</translation>
    </message>
    <message>
        <source>Who does the new action item</source>
        <translation>Hvem følger op på det nye punkt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Opfølgningspunkter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Delete the selected action items</source>
        <translation>Slet de valgte opfølgningspunkter</translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n opfølgningspunkt</numerusform>
            <numerusform>%n opfølgningspunkter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tick when it is done</source>
        <translation>Sæt flueben, når det er gjort</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message numerus="yes">
        <source>⚠ %n block(s) start before the previous block ends.</source>
        <translation>
            <numerusform>⚠ %n programpunkt starter, før det forrige punkt slutter.</numerusform>
            <numerusform>⚠ %n programpunkter starter, før det forrige punkt slutter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Minutes</source>
        <comment>agenda column: duration in minutes</comment>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Ledes af</translation>
    </message>
    <message>
        <source>Pinned at %1, before the previous block ends.</source>
        <translation>Fastlåst kl. %1, før det forrige punkt slutter.</translation>
    </message>
    <message>
        <source>Pinned start. Clear the cell to let it follow the block before.</source>
        <translation>Fastlåst start. Ryd cellen for at lade punktet følge punktet før.</translation>
    </message>
    <message>
        <source>Follows the block before. Type a time to pin it.</source>
        <translation>Følger punktet før. Skriv et klokkeslæt for at fastlåse det.</translation>
    </message>
    <message>
        <source>An agenda block needs a title.</source>
        <translation>Et programpunkt skal have en titel.</translation>
    </message>
    <message>
        <source>“%1” is not a time. Type it as 12:30.</source>
        <translation>»%1« er ikke et klokkeslæt. Skriv det som 12:30.</translation>
    </message>
    <message>
        <source>No agenda blocks yet.</source>
        <translation>Ingen programpunkter endnu.</translation>
    </message>
    <message>
        <source>Planned end: %1</source>
        <translation>Planlagt slut: %1</translation>
    </message>
    <message>
        <source>day %1 at %2</source>
        <translation>dag %1 kl. %2</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Registered</source>
        <translation>Tilmeldt</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Mødt</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Udeblevet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Afmeldt</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>On closing</source>
        <translation>Ved lukning</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Før gendannelse</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Før opgradering</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Før import</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Før fletning</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
</context>
<context>
    <name>Ballot</name>
    <message>
        <source>%1 used, but the budget is %2: take some away.</source>
        <translation>%1 brugt, men der er kun %2 at fordele: fjern nogle.</translation>
    </message>
    <message>
        <source>%1 on one item, but at most %2 are allowed.</source>
        <translation>%1 på ét forslag, men højst %2 er tilladt.</translation>
    </message>
    <message>
        <source>%1 negative dots used, but only %2 are allowed.</source>
        <translation>%1 negative prikker brugt, men kun %2 er tilladt.</translation>
    </message>
    <message>
        <source>Negative values are not allowed in this vote.</source>
        <translation>Negative værdier er ikke tilladt i denne afstemning.</translation>
    </message>
    <message>
        <source>Rank %1 is given twice: each rank once.</source>
        <translation>Plads %1 er givet to gange: hver plads kan kun gives én gang.</translation>
    </message>
    <message>
        <source>Rank %1 is not possible: ranks run 1 to %2.</source>
        <translation>Plads %1 er ikke mulig: pladserne går fra 1 til %2.</translation>
    </message>
    <message>
        <source>%1 items ranked, but only the top %2 count.</source>
        <translation>%1 forslag er rangeret, men kun de %2 øverste tæller.</translation>
    </message>
    <message>
        <source>%1 is outside the scale %2 to %3.</source>
        <translation>%1 er uden for skalaen %2 til %3.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 er ikke et helt tal.</translation>
    </message>
    <message>
        <source>That is not a number.</source>
        <translation>Det er ikke et tal.</translation>
    </message>
    <message>
        <source>%1 voters is not possible.</source>
        <translation>%1 vælgere er ikke muligt.</translation>
    </message>
    <message>
        <source>The vote is not open: open it before the kiosk takes ballots.</source>
        <translation>Afstemningen er ikke åben: åbn den, før kiosken kan modtage stemmesedler.</translation>
    </message>
    <message>
        <source>This person has already voted.</source>
        <translation>Denne person har allerede stemt.</translation>
    </message>
    <message>
        <source>Choose who is voting.</source>
        <translation>Vælg, hvem der stemmer.</translation>
    </message>
    <message>
        <source>Choose the group this allocation is for.</source>
        <translation>Vælg den gruppe, som fordelingen gælder.</translation>
    </message>
    <message>
        <source>A paper tally works for dots, points and approval, not for this method.</source>
        <translation>En papiroptælling fungerer til prikker, point og godkendelse, ikke til denne metode.</translation>
    </message>
    <message>
        <source>The ballot names something that is not in this vote.</source>
        <translation>Stemmesedlen nævner noget, der ikke er med i denne afstemning.</translation>
    </message>
</context>
<context>
    <name>BallotForm</name>
    <message>
        <source>Correct a ballot</source>
        <translation>Ret en stemmeseddel</translation>
    </message>
    <message>
        <source>A group&apos;s allocation</source>
        <translation>En gruppes fordeling</translation>
    </message>
    <message>
        <source>A paper ballot</source>
        <translation>En stemmeseddel på papir</translation>
    </message>
    <message>
        <source> voters</source>
        <translation> vælgere</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <source>The allocation stands for</source>
        <translation>Fordelingen gælder for</translation>
    </message>
    <message>
        <source>Type a few letters of a name</source>
        <translation>Skriv nogle bogstaver af et navn</translation>
    </message>
    <message>
        <source>&amp;Voter</source>
        <translation>&amp;Vælger</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>spring over</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkend</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>ikke rangeret</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dot(s) left</source>
        <translation>
            <numerusform>%1 af %n prik tilbage</numerusform>
            <numerusform>%1 af %n prikker tilbage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n point(s) left</source>
        <translation>
            <numerusform>%1 af %n point tilbage</numerusform>
            <numerusform>%1 af %n point tilbage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the top %n ranked</source>
        <translation>
            <numerusform>%1 af top %n rangeret</numerusform>
            <numerusform>%1 af top %n rangeret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) given</source>
        <translation>
            <numerusform>%n bedømmelse givet</numerusform>
            <numerusform>%n bedømmelser givet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s)</source>
        <translation>
            <numerusform>%n godkendelse</numerusform>
            <numerusform>%n godkendelser</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Ikke gemt:</translation>
    </message>
</context>
<context>
    <name>BallotScreen</name>
    <message>
        <source>Voting: %1</source>
        <translation>Vælger: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Throw this ballot away and go back</source>
        <translation>Kassér denne stemmeseddel, og gå tilbage</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start forfra</translation>
    </message>
    <message>
        <source>Submit my vote</source>
        <translation>Afgiv min stemme</translation>
    </message>
    <message>
        <source>Give your dots to the items you want the network to work on.</source>
        <translation>Giv dine prikker til de forslag, du vil have netværket til at arbejde med.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n dot(s) on one item.</source>
        <translation>
            <numerusform>Højst %n prik på ét forslag.</numerusform>
            <numerusform>Højst %n prikker på ét forslag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Press − on an item to give it a negative dot (%n allowed).</source>
        <translation>
            <numerusform>Tryk på − ved et forslag for at give det en negativ prik (%n tilladt).</numerusform>
            <numerusform>Tryk på − ved et forslag for at give det en negativ prik (%n tilladt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Share your points among the items.</source>
        <translation>Fordel dine point på forslagene.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n point(s) on one item.</source>
        <translation>
            <numerusform>Højst %n point på ét forslag.</numerusform>
            <numerusform>Højst %n point på ét forslag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tap the items in order of preference: first choice first. Tap a ranked item again to take it out. Rank up to %n item(s).</source>
        <translation>
            <numerusform>Tryk på forslagene i den rækkefølge, du foretrækker dem: førstevalget først. Tryk på et rangeret forslag igen for at tage det ud. Rangér op til %n forslag.</numerusform>
            <numerusform>Tryk på forslagene i den rækkefølge, du foretrækker dem: førstevalget først. Tryk på et rangeret forslag igen for at tage det ud. Rangér op til %n forslag.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate each item on each criterion. Skip what you cannot judge.</source>
        <translation>Bedøm hvert forslag ud fra hvert kriterium. Spring over det, du ikke kan vurdere.</translation>
    </message>
    <message>
        <source>Tap every item you support. Tap again to take it back.</source>
        <translation>Tryk på hvert forslag, du støtter. Tryk igen for at fortryde.</translation>
    </message>
    <message>
        <source>Take a dot from %1</source>
        <translation>Tag en prik fra %1</translation>
    </message>
    <message>
        <source>Give a dot to %1</source>
        <translation>Giv en prik til %1</translation>
    </message>
    <message>
        <source>Points for %1</source>
        <translation>Point til %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Spring over</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>Valg %1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rangér</translation>
    </message>
    <message>
        <source>Supported ✓</source>
        <translation>Støtter ✓</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Støt</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dot(s) left</source>
        <translation>
            <numerusform>%1 af %n prik tilbage</numerusform>
            <numerusform>%1 af %n prikker tilbage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n negative dot(s) left</source>
        <translation>
            <numerusform>%1 af %n negativ prik tilbage</numerusform>
            <numerusform>%1 af %n negative prikker tilbage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n point(s) left</source>
        <translation>
            <numerusform>%1 af %n point tilbage</numerusform>
            <numerusform>%1 af %n point tilbage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ranked</source>
        <translation>
            <numerusform>%1 af %n rangeret</numerusform>
            <numerusform>%1 af %n rangeret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) rated</source>
        <translation>
            <numerusform>%1 af %n forslag bedømt</numerusform>
            <numerusform>%1 af %n forslag bedømt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) supported</source>
        <translation>
            <numerusform>%n forslag støttet</numerusform>
            <numerusform>%n forslag støttet</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not chosen anything. Press “Submit my vote” again to hand in an empty ballot.</source>
        <translation>Du har ikke valgt noget. Tryk på »Afgiv min stemme« igen for at aflevere en tom stemmeseddel.</translation>
    </message>
</context>
<context>
    <name>BallotsModel</name>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>Voter or group</source>
        <translation>Vælger eller gruppe</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Vælgere</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>(a deleted group)</source>
        <translation>(en slettet gruppe)</translation>
    </message>
    <message>
        <source>(an erased participant)</source>
        <translation>(en slettet deltager)</translation>
    </message>
    <message>
        <source>The room&apos;s paper sheet</source>
        <translation>Salens fælles papirark</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>An anonymous vote keeps no ballot times: they could tell whose a ballot is.</source>
        <translation>En anonym afstemning gemmer ikke, hvornår sedlerne kom ind: det kunne afsløre, hvem der afgav dem.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Item</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalje</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markering</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n mere</numerusform>
            <numerusform>+ %n mere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlockKind</name>
    <message>
        <source>Plenary</source>
        <translation>Plenum</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>Gruppearbejde</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Måltid</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Afstemning</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>Item</source>
        <translation>Forslag</translation>
    </message>
</context>
<context>
    <name>CaptureTarget</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Capture ideas</source>
        <translation>Indtast idéer</translation>
    </message>
    <message>
        <source>Capture ideas — %1</source>
        <translation>Indtast idéer — %1</translation>
    </message>
    <message>
        <source>This group no longer exists.</source>
        <translation>Denne gruppe findes ikke længere.</translation>
    </message>
    <message>
        <source>There are no breakout groups yet. Make a group round first.</source>
        <translation>Der er endnu ingen grupper. Opret en grupperunde først.</translation>
    </message>
    <message>
        <source>This question no longer exists.</source>
        <translation>Dette spørgsmål findes ikke længere.</translation>
    </message>
    <message>
        <source>This group has no question yet.</source>
        <translation>Denne gruppe har endnu ikke fået et spørgsmål.</translation>
    </message>
    <message>
        <source>Ideas from %1</source>
        <translation>Idéer fra %1</translation>
    </message>
</context>
<context>
    <name>CaptureWindow</name>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Spørgsmål</translation>
    </message>
    <message>
        <source>&amp;Lock to this group</source>
        <translation>&amp;Lås til denne gruppe</translation>
    </message>
    <message>
        <source>Show this group only, for a group leader. Unlocking asks first.</source>
        <translation>Vis kun denne gruppe, til brug for en gruppeleder. Du bliver spurgt, før vinduet låses op.</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>F&amp;uld skærm</translation>
    </message>
    <message>
        <source>Full screen on and off (F11)</source>
        <translation>Fuld skærm til og fra (F11)</translation>
    </message>
    <message>
        <source>Type an idea and press Enter</source>
        <translation>Skriv en idé, og tryk på Enter</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Ny idé</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>Enter adds the idea · Shift+Enter starts a new line · double-click or F2 edits · Delete removes · Ctrl+Z undoes</source>
        <translation>Enter tilføjer idéen · Shift+Enter giver en ny linje · dobbeltklik eller F2 redigerer · Delete fjerner · Ctrl+Z fortryder</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Sl&amp;et</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Fortryd (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Gentag (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Fuld skærm</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message numerus="yes">
        <source>%n ideas</source>
        <translation>
            <numerusform>%n idé</numerusform>
            <numerusform>%n idéer</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a group and a question first. Your text is still here.</source>
        <translation>Vælg først en gruppe og et spørgsmål. Din tekst står der stadig.</translation>
    </message>
    <message>
        <source>The idea could not be saved.</source>
        <translation>Idéen kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>%1 Your text is still here; try again.</source>
        <translation>%1 Din tekst står der stadig; prøv igen.</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Tilføjet.</translation>
    </message>
    <message>
        <source>The facilitator has merged other ideas into this one, so it cannot be deleted here.</source>
        <translation>Facilitatoren har slået andre idéer sammen med denne, så den kan ikke slettes her.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Slettet.</translation>
    </message>
    <message numerus="yes">
        <source>%n ideas deleted.</source>
        <translation>
            <numerusform>%n idé slettet.</numerusform>
            <numerusform>%n idéer slettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked, the window can only be unlocked or closed with a PIN.</source>
        <translation>Låst: vinduet kan kun låses op eller lukkes med en pinkode.</translation>
    </message>
    <message>
        <source>This window is locked to the group. Type the PIN to leave it.</source>
        <translation>Dette vindue er låst til gruppen. Skriv pinkoden for at forlade det.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>Lås &amp;op…</translation>
    </message>
    <message>
        <source>Unlock the capture window?</source>
        <translation>Vil du låse indtastningsvinduet op?</translation>
    </message>
    <message>
        <source>Unlocked, the window shows every group and question of the workshop.</source>
        <translation>Når vinduet er låst op, viser det alle workshoppens grupper og spørgsmål.</translation>
    </message>
    <message>
        <source>Close the capture window?</source>
        <translation>Vil du lukke indtastningsvinduet?</translation>
    </message>
    <message>
        <source>The text in the field has not been added. Close and discard it?</source>
        <translation>Teksten i feltet er ikke tilføjet. Vil du lukke og kassere den?</translation>
    </message>
</context>
<context>
    <name>CheckInDesk</name>
    <message>
        <source>Type a name to check in</source>
        <translation>Skriv et navn for at tjekke ind</translation>
    </message>
    <message>
        <source>Name to check in</source>
        <translation>Navn, der skal tjekkes ind</translation>
    </message>
    <message>
        <source>Participants matching the name</source>
        <translation>Deltagere, der passer til navnet</translation>
    </message>
    <message>
        <source>&amp;Undo check-in</source>
        <translation>Fortryd &amp;indtjekning</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Uanmeldt deltager…</translation>
    </message>
    <message>
        <source>Show only who has &amp;not come yet</source>
        <translation>Vis kun dem, der ikke er &amp;kommet endnu</translation>
    </message>
    <message>
        <source>Arrivals per organisation</source>
        <translation>Ankomne pr. organisation</translation>
    </message>
    <message>
        <source>Recent check-ins</source>
        <translation>Seneste indtjekninger</translation>
    </message>
    <message numerus="yes">
        <source>%n people match — pick one with the arrow keys or a click.</source>
        <translation>
            <numerusform>%n person passer – vælg én med piletasterne eller et klik.</numerusform>
            <numerusform>%n personer passer – vælg én med piletasterne eller et klik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Register a walk-in?</source>
        <translation>Ingen resultater for »%1«. Vil du registrere en uanmeldt deltager?</translation>
    </message>
    <message>
        <source>%1 is already checked in (%2).</source>
        <translation>%1 er allerede tjekket ind (%2).</translation>
    </message>
    <message>
        <source>%1 is already checked in.</source>
        <translation>%1 er allerede tjekket ind.</translation>
    </message>
    <message>
        <source>✓ %1 is checked in.</source>
        <translation>✓ %1 er tjekket ind.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Uanmeldt deltager</translation>
    </message>
    <message>
        <source>✓ %1 is registered and checked in.</source>
        <translation>✓ %1 er registreret og tjekket ind.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Fortrudt.</translation>
    </message>
    <message>
        <source>Check-in of %1 undone.</source>
        <translation>Indtjekningen af %1 er fortrudt.</translation>
    </message>
    <message>
        <source>%1 of %2 arrived</source>
        <translation>%1 af %2 er kommet</translation>
    </message>
</context>
<context>
    <name>ChoosePinDialog</name>
    <message>
        <source>Choose a PIN</source>
        <translation>Vælg en pinkode</translation>
    </message>
    <message>
        <source>Choose a PIN of at least %1 digits; only you should know it.</source>
        <translation>Vælg en pinkode på mindst %1 cifre; kun du bør kende den.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;Pinkode:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Igen:</translation>
    </message>
    <message>
        <source>&amp;Show the digits</source>
        <translation>&amp;Vis cifrene</translation>
    </message>
    <message>
        <source>The PIN needs at least %1 digits.</source>
        <translation>Pinkoden skal have mindst %1 cifre.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type it again.</source>
        <translation>De to pinkoder er forskellige. Skriv den igen.</translation>
    </message>
</context>
<context>
    <name>ClosedVoteGuard</name>
    <message>
        <source>The vote is closed</source>
        <translation>Afstemningen er lukket</translation>
    </message>
    <message>
        <source>Storing this tally changes them.</source>
        <translation>At gemme denne optælling ændrer dem.</translation>
    </message>
    <message>
        <source>Typing in a ballot changes them.</source>
        <translation>At indtaste en stemmeseddel ændrer dem.</translation>
    </message>
    <message>
        <source>Correcting this ballot changes them.</source>
        <translation>At rette denne stemmeseddel ændrer dem.</translation>
    </message>
    <message>
        <source>Deleting this ballot changes them.</source>
        <translation>At slette denne stemmeseddel ændrer dem.</translation>
    </message>
    <message>
        <source>“%1” is closed, and its results may already have been shown. %2 Change the results?</source>
        <translation>»%1« er lukket, og resultaterne kan allerede være vist. %2 Ændre resultaterne?</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Taken</source>
        <translation>Brugt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Hvad der er forskelligt</translation>
    </message>
    <message>
        <source>Here before the merge</source>
        <translation>Her før fletningen</translation>
    </message>
    <message>
        <source>Their copy</source>
        <translation>Deres kopi</translation>
    </message>
    <message>
        <source>Changed later</source>
        <translation>Ændret senest</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Brug deres</translation>
    </message>
    <message>
        <source>This workshop</source>
        <translation>Denne workshop</translation>
    </message>
    <message>
        <source>Deleted on the other laptop</source>
        <translation>Slettet på den anden computer</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Findes her</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Receives the minutes</source>
        <translation>Modtager referatet</translation>
    </message>
    <message>
        <source>Contact details shared with the other participants</source>
        <translation>Kontaktoplysninger deles med de andre deltagere</translation>
    </message>
    <message>
        <source>May appear in photos</source>
        <translation>Må være med på billeder</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Shares contact</source>
        <translation>Deler kontakt</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Billeder</translation>
    </message>
    <message>
        <source>not asked (default)</source>
        <translation>ikke spurgt (standard)</translation>
    </message>
    <message>
        <source>given %1 on a form</source>
        <translation>givet %1 på en formular</translation>
    </message>
    <message>
        <source>given %1 at import</source>
        <translation>givet %1 ved import</translation>
    </message>
    <message>
        <source>given %1 at the desk</source>
        <translation>givet %1 ved indtjekningen</translation>
    </message>
    <message>
        <source>declined %1 on a form</source>
        <translation>afslået %1 på en formular</translation>
    </message>
    <message>
        <source>declined %1 at import</source>
        <translation>afslået %1 ved import</translation>
    </message>
    <message>
        <source>declined %1 at the desk</source>
        <translation>afslået %1 ved indtjekningen</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Set consent</source>
        <translation>Registrér samtykke</translation>
    </message>
    <message>
        <source>&amp;Given</source>
        <translation>&amp;Givet</translation>
    </message>
    <message>
        <source>&amp;Not given</source>
        <translation>&amp;Ikke givet</translation>
    </message>
    <message>
        <source>On a form (paper or e-mail)</source>
        <translation>På en formular (papir eller e-mail)</translation>
    </message>
    <message>
        <source>At the check-in desk</source>
        <translation>Ved indtjekningen</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Samtykke</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Hvor</translation>
    </message>
    <message numerus="yes">
        <source>For %n selected participant(s). It is recorded with today&apos;s date; people who already gave this answer keep the date they gave it.</source>
        <translation>
            <numerusform>For %n valgt deltager. Det registreres med dagens dato; den, der allerede har givet dette svar, beholder sin dato.</numerusform>
            <numerusform>For %n valgte deltagere. Det registreres med dagens dato; de, der allerede har givet dette svar, beholder deres dato.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>Vælg datoen i en kalender</translation>
    </message>
    <message>
        <source>A date is needed; kept %1.</source>
        <translation>Der skal være en dato; beholdt %1.</translation>
    </message>
    <message>
        <source>“%1” is before %2; kept %3.</source>
        <translation>»%1« er før %2; beholdt %3.</translation>
    </message>
    <message>
        <source>“%1” is not a date; kept %2.</source>
        <translation>»%1« er ikke en dato; beholdt %2.</translation>
    </message>
</context>
<context>
    <name>DueDateDelegate</name>
    <message>
        <source>No date</source>
        <translation>Ingen dato</translation>
    </message>
</context>
<context>
    <name>DuplicatesBox</name>
    <message>
        <source>Merged from:</source>
        <translation>Slået sammen fra:</translation>
    </message>
    <message>
        <source>Split off</source>
        <translation>Udskil</translation>
    </message>
    <message>
        <source>Make the chosen duplicates (or all) separate ideas again</source>
        <translation>Gør de valgte dubletter (eller dem alle) til selvstændige idéer igen</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>Drop one kind of file at a time.</source>
        <translation>Slip én slags fil ad gangen.</translation>
    </message>
    <message>
        <source>Drop one workshop at a time.</source>
        <translation>Slip én workshop ad gangen.</translation>
    </message>
    <message>
        <source>Open a workshop first: the sign-up list is imported into it.</source>
        <translation>Åbn først en workshop: tilmeldingslisten importeres i den.</translation>
    </message>
    <message>
        <source>Drop one sign-up list at a time.</source>
        <translation>Slip én tilmeldingsliste ad gangen.</translation>
    </message>
    <message>
        <source>Facilitator cannot use “%1”. Drop a workshop, a sign-up list (CSV or Excel), or photos onto the Photos tab of the Ideas page.</source>
        <translation>Facilitator kan ikke bruge »%1«. Slip en workshop, en tilmeldingsliste (CSV eller Excel) eller billeder på fanen Billeder på siden Idéer.</translation>
    </message>
    <message>
        <source>Drop photos onto the Photos tab of the Ideas page.</source>
        <translation>Slip billeder på fanen Billeder på siden Idéer.</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>There is no file at this path. It may have been moved, renamed or deleted.</source>
        <translation>Der er ingen fil på denne placering. Den kan være flyttet, omdøbt eller slettet.</translation>
    </message>
    <message>
        <source>This is a folder, not a workshop file.</source>
        <translation>Dette er en mappe, ikke en workshopfil.</translation>
    </message>
    <message>
        <source>You do not have permission to read this file.</source>
        <translation>Du har ikke tilladelse til at læse denne fil.</translation>
    </message>
    <message>
        <source>The file is read-only. Facilitator saves every change at once, so it needs to write to the file: copy it somewhere writable or remove the read-only mark.</source>
        <translation>Filen er skrivebeskyttet. Facilitator gemmer hver ændring med det samme og skal derfor kunne skrive til filen: kopiér den til et sted, hvor du kan skrive, eller fjern skrivebeskyttelsen.</translation>
    </message>
    <message>
        <source>The folder holding the file is read-only (a CD, a protected share or a mail attachment folder). Copy the file to a writable folder such as Documents.</source>
        <translation>Mappen, som filen ligger i, er skrivebeskyttet (en cd, et beskyttet netværksdrev eller en mappe til vedhæftede filer fra e-mail). Kopiér filen til en mappe, hvor du kan skrive, f.eks. Dokumenter.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes). It is not a workshop file.</source>
        <translation>Filen er tom (0 byte). Den er ikke en workshopfil.</translation>
    </message>
    <message>
        <source>This is a PDF document, not a workshop file.</source>
        <translation>Dette er et PDF-dokument, ikke en workshopfil.</translation>
    </message>
    <message>
        <source>This is not a workshop file: its contents are not a Facilitator workshop, whatever its name.</source>
        <translation>Dette er ikke en workshopfil: indholdet er ikke en Facilitator-workshop, uanset hvad filen hedder.</translation>
    </message>
    <message>
        <source>This is a database of another program, not a Facilitator workshop.</source>
        <translation>Dette er en database fra et andet program, ikke en Facilitator-workshop.</translation>
    </message>
    <message>
        <source>The workshop file is damaged (truncated or corrupt). It was not changed. If it was open here before, File → Restore from backup… has earlier copies.</source>
        <translation>Workshopfilen er beskadiget (afkortet eller ødelagt). Den er ikke blevet ændret. Hvis den har været åbnet her før, finder du tidligere kopier under Filer → Gendan fra sikkerhedskopi…</translation>
    </message>
    <message>
        <source>This workshop was saved by a newer version of Facilitator. Update Facilitator to open it. The file was not changed.</source>
        <translation>Denne workshop er gemt med en nyere version af Facilitator. Opdatér Facilitator for at åbne den. Filen er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>This workshop is already open in another Facilitator window or program. Close it there first.</source>
        <translation>Denne workshop er allerede åben i et andet Facilitator-vindue eller et andet program. Luk den der først.</translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation>Der findes allerede en fil med dette navn.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was written. Free some space and try again.</source>
        <translation>Disken er fuld, så intet blev skrevet. Frigør noget plads, og prøv igen.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Filen kunne ikke skrives.</translation>
    </message>
    <message>
        <source>The workshop file is damaged: its header names a file format Facilitator never writes. It was not changed. If it was open here before, File → Restore from backup… has earlier copies.</source>
        <translation>Workshopfilen er beskadiget: dens header angiver et filformat, Facilitator aldrig skriver. Den er ikke blevet ændret. Hvis den har været åbnet her før, finder du tidligere kopier under Filer → Gendan fra sikkerhedskopi…</translation>
    </message>
    <message>
        <source>The workshop file is damaged: its tables do not match the version it records (a table or column is missing, or the version record was changed or removed). It was not changed. If it was open here before, File → Restore from backup… has earlier copies.</source>
        <translation>Workshopfilen er beskadiget: dens tabeller passer ikke til den version, den angiver (en tabel eller kolonne mangler, eller versionsoplysningen er ændret eller fjernet). Den er ikke blevet ændret. Hvis den har været åbnet her før, finder du tidligere kopier under Filer → Gendan fra sikkerhedskopi…</translation>
    </message>
    <message>
        <source>The workshop file is damaged: some saved values cannot be read (text that is not UTF-8, broken keys, unknown states, dates that do not parse). It was not changed. If it was open here before, File → Restore from backup… has earlier copies.</source>
        <translation>Workshopfilen er beskadiget: nogle gemte værdier kan ikke læses (tekst, der ikke er UTF-8, ødelagte nøgler, ukendte tilstande, datoer, der ikke kan tolkes). Den er ikke blevet ændret. Hvis den har været åbnet her før, finder du tidligere kopier under Filer → Gendan fra sikkerhedskopi…</translation>
    </message>
    <message>
        <source>A log file beside it does not belong to this workshop, so opening it could mix in data from elsewhere. Nothing was changed. Open the newest backup (File → Restore from backup…), or move the log out of the folder to open the file as it was last saved (edits only in the log are then lost).</source>
        <translation>En logfil ved siden af hører ikke til denne workshop, så at åbne den kunne blande data fra et andet sted ind. Intet er ændret. Åbn den nyeste sikkerhedskopi (Filer → Gendan fra sikkerhedskopi…), eller flyt loggen ud af mappen for at åbne filen, som den sidst blev gemt (ændringer, der kun findes i loggen, går da tabt).</translation>
    </message>
    <message>
        <source>A log file beside it is damaged, so opening it could lose saved data. Nothing was changed. Open the newest backup (File → Restore from backup…), or move the log out of the folder to open the file as it was last saved (edits only in the log are then lost).</source>
        <translation>En logfil ved siden af er beskadiget, så at åbne den kunne miste gemte data. Intet er ændret. Åbn den nyeste sikkerhedskopi (Filer → Gendan fra sikkerhedskopi…), eller flyt loggen ud af mappen for at åbne filen, som den sidst blev gemt (ændringer, der kun findes i loggen, går da tabt).</translation>
    </message>
    <message>
        <source>A log file beside it is older than the workshop file, so opening it would take back saved changes. Nothing was changed. Open the newest backup (File → Restore from backup…), or move the log out of the folder to open the file as it was last saved (edits only in the log are then lost).</source>
        <translation>En logfil ved siden af er ældre end workshopfilen, så at åbne den ville tage gemte ændringer tilbage. Intet er ændret. Åbn den nyeste sikkerhedskopi (Filer → Gendan fra sikkerhedskopi…), eller flyt loggen ud af mappen for at åbne filen, som den sidst blev gemt (ændringer, der kun findes i loggen, går da tabt).</translation>
    </message>
</context>
<context>
    <name>FlashLine</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
</context>
<context>
    <name>GroupColumn</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>GroupMembersModel</name>
    <message>
        <source>group leader</source>
        <translation>gruppeleder</translation>
    </message>
    <message>
        <source>locked: stays when assigning again</source>
        <translation>låst: bliver i gruppen ved ny fordeling</translation>
    </message>
    <message>
        <source>has already met the selected person</source>
        <translation>har allerede mødt den valgte person</translation>
    </message>
</context>
<context>
    <name>GroupsController</name>
    <message>
        <source>New group round</source>
        <translation>Ny grupperunde</translation>
    </message>
    <message>
        <source>Edit group round</source>
        <translation>Rediger grupperunde</translation>
    </message>
    <message>
        <source>Delete group round</source>
        <translation>Slet grupperunde</translation>
    </message>
    <message>
        <source>Move to another group</source>
        <translation>flytning til en anden gruppe</translation>
    </message>
    <message>
        <source>Change group leader</source>
        <translation>ændring af gruppeleder</translation>
    </message>
    <message>
        <source>Lock or unlock</source>
        <translation>låsning eller oplåsning</translation>
    </message>
    <message>
        <source>Set a group&apos;s question</source>
        <translation>spørgsmål til en gruppe</translation>
    </message>
    <message>
        <source>That group no longer exists.</source>
        <translation>Den gruppe findes ikke længere.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Ny runde…</translation>
    </message>
    <message>
        <source>Ed&amp;it round…</source>
        <translation>R&amp;ediger runde…</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>Slet runde</translation>
    </message>
    <message>
        <source>Group rounds</source>
        <translation>Grupperunder</translation>
    </message>
    <message>
        <source>&amp;Assign automatically</source>
        <translation>Fordel &amp;automatisk</translation>
    </message>
    <message>
        <source>Re-&amp;balance</source>
        <translation>&amp;Balancér igen</translation>
    </message>
    <message>
        <source>After late arrivals and no-shows: fix the groups with the fewest moves</source>
        <translation>Efter sene ankomster og udeblivelser: ret grupperne til med så få flytninger som muligt</translation>
    </message>
    <message>
        <source>&amp;Projector view</source>
        <translation>&amp;Projektorvisning</translation>
    </message>
    <message>
        <source>P&amp;rint</source>
        <translation>&amp;Udskriv</translation>
    </message>
    <message>
        <source>Group lists…</source>
        <translation>Gruppelister…</translation>
    </message>
    <message>
        <source>Group lists, one group per page…</source>
        <translation>Gruppelister, én gruppe pr. side…</translation>
    </message>
    <message>
        <source>Door signs…</source>
        <translation>Dørskilte…</translation>
    </message>
    <message>
        <source>Leader&apos;s QR code on the door signs</source>
        <translation>Gruppelederens QR-kode på dørskiltene</translation>
    </message>
    <message>
        <source>Each door sign of the latest round carries the code its group leader scans to type the group&apos;s ideas from a phone (venue network)</source>
        <translation>Hvert dørskilt i seneste runde får koden, som gruppelederen scanner for at skrive gruppens idéer fra telefonen (lokalnetværket)</translation>
    </message>
    <message>
        <source>&amp;Leader links…</source>
        <translation>&amp;Lederlinks…</translation>
    </message>
    <message>
        <source>A link and QR code per group for its leader to type ideas from a phone</source>
        <translation>Et link og en QR-kode pr. gruppe, så lederen kan skrive idéer fra telefonen</translation>
    </message>
    <message>
        <source>Delete group round</source>
        <translation>Slet grupperunde</translation>
    </message>
    <message>
        <source>Delete “%1” and its groups? You can undo this.</source>
        <translation>Vil du slette »%1« og dens grupper? Du kan fortryde det.</translation>
    </message>
    <message>
        <source>Group lists</source>
        <translation>Gruppelister</translation>
    </message>
    <message>
        <source>Door signs</source>
        <translation>Dørskilte</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Gemt: %1.</translation>
    </message>
</context>
<context>
    <name>GroupsProjector</name>
    <message>
        <source>Find your group</source>
        <translation>Find din gruppe</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <source>Facilitator user guide</source>
        <translation>Brugervejledning til Facilitator</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>This guide has not been translated into your language yet: it is in English.</source>
        <translation>Denne vejledning er endnu ikke oversat til dit sprog: den er på engelsk.</translation>
    </message>
</context>
<context>
    <name>IdeaDelegate</name>
    <message>
        <source>merged</source>
        <translation>slået sammen</translation>
    </message>
</context>
<context>
    <name>IdeaListModel</name>
    <message>
        <source>The facilitator merged this idea into a similar one.</source>
        <translation>Facilitatoren har slået denne idé sammen med en lignende idé.</translation>
    </message>
    <message>
        <source>The facilitator merged similar ideas into this one.</source>
        <translation>Facilitatoren har slået lignende idéer sammen med denne.</translation>
    </message>
    <message>
        <source>An idea needs some text. To remove it, select it and press Delete.</source>
        <translation>En idé skal have noget tekst. Hvis du vil fjerne den, skal du markere den og trykke på Delete.</translation>
    </message>
</context>
<context>
    <name>IdeaListView</name>
    <message>
        <source>No ideas yet. Type the first one above and press Enter.</source>
        <translation>Ingen idéer endnu. Skriv den første ovenfor, og tryk på Enter.</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
</context>
<context>
    <name>Ideas</name>
    <message>
        <source>An idea needs some text.</source>
        <translation>En idé skal have noget tekst.</translation>
    </message>
    <message>
        <source>That idea is too long (at most 2,000 characters).</source>
        <translation>Idéen er for lang (højst 2.000 tegn).</translation>
    </message>
    <message>
        <source>A question needs some text.</source>
        <translation>Et spørgsmål skal have noget tekst.</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>Et tema skal have et navn.</translation>
    </message>
    <message>
        <source>Only ideas for the same question can be merged.</source>
        <translation>Kun idéer til samme spørgsmål kan slås sammen.</translation>
    </message>
    <message>
        <source>That idea is itself merged into another one; merge into that one instead.</source>
        <translation>Den idé er selv slået sammen med en anden; slå sammen med den i stedet.</translation>
    </message>
    <message>
        <source>Select at least two ideas to merge.</source>
        <translation>Markér mindst to idéer for at slå dem sammen.</translation>
    </message>
    <message>
        <source>That idea has no merged duplicates to split off.</source>
        <translation>Den idé har ingen sammenslåede dubletter at udskille.</translation>
    </message>
    <message>
        <source>That theme belongs to another question.</source>
        <translation>Det tema hører til et andet spørgsmål.</translation>
    </message>
    <message>
        <source>That idea, theme or question no longer exists (it may have been deleted).</source>
        <translation>Idéen, temaet eller spørgsmålet findes ikke længere (det kan være slettet).</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>From group</source>
        <translation>Fra gruppe</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tilføjet</translation>
    </message>
    <message>
        <source>Merged from:</source>
        <translation>Slået sammen fra:</translation>
    </message>
    <message>
        <source>Not sorted</source>
        <translation>Ikke sorteret</translation>
    </message>
    <message>
        <source>Drop ideas here to sort them; double-click to rename.</source>
        <translation>Slip idéer her for at sortere dem; dobbeltklik for at omdøbe.</translation>
    </message>
</context>
<context>
    <name>IdeasController</name>
    <message>
        <source>Add question</source>
        <translation>nyt spørgsmål</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>ændring af spørgsmål</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Slet spørgsmål</translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation>ny idé</translation>
    </message>
    <message>
        <source>Edit idea</source>
        <translation>ændring af idé</translation>
    </message>
    <message>
        <source>Delete idea</source>
        <translation>sletning af idé</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n ideas</source>
        <translation>
            <numerusform>sletning af %n idé</numerusform>
            <numerusform>sletning af %n idéer</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to theme</source>
        <translation>Flyt til tema</translation>
    </message>
    <message>
        <source>Take out of theme</source>
        <translation>fjernelse fra tema</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Slå dubletter sammen</translation>
    </message>
    <message>
        <source>Split merged idea</source>
        <translation>Opdel sammenslået idé</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nyt tema</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>omdøbning af tema</translation>
    </message>
    <message>
        <source>Change theme colour</source>
        <translation>ændring af temafarve</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Slet tema</translation>
    </message>
    <message>
        <source>Attach photo</source>
        <translation>vedhæftning af billede</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>ændring af billedtekst</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>fjernelse af billede</translation>
    </message>
</context>
<context>
    <name>IdeasPage</name>
    <message>
        <source>Search ideas (accents do not matter)</source>
        <translation>Søg i idéer (accenter er ligegyldige)</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nyt tema</translation>
    </message>
    <message>
        <source>Type an idea for the chosen question and press Enter</source>
        <translation>Skriv en idé til det valgte spørgsmål, og tryk på Enter</translation>
    </message>
    <message>
        <source>Search ideas</source>
        <translation>Søg i idéer</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Ny idé</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Billeder</translation>
    </message>
    <message>
        <source>Phones…</source>
        <translation>Telefoner…</translation>
    </message>
    <message>
        <source>Venue network: group leaders and participants join from their phones</source>
        <translation>Lokalnetværk: gruppeledere og deltagere deltager fra telefonen</translation>
    </message>
    <message>
        <source>%1 of %2 ideas</source>
        <translation>%1 af %2 idéer</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Slå dubletter sammen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Rediger tekst</translation>
    </message>
    <message>
        <source>Move to theme</source>
        <translation>Flyt til tema</translation>
    </message>
    <message>
        <source>Not sorted</source>
        <translation>Ikke sorteret</translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation>Nyt tema…</translation>
    </message>
    <message>
        <source>Split merged idea</source>
        <translation>Opdel sammenslået idé</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n idea(s) to %1</source>
        <translation>
            <numerusform>Flyttede %n idé til %1</numerusform>
            <numerusform>Flyttede %n idéer til %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n idea(s) out of their theme</source>
        <translation>
            <numerusform>Tog %n idé ud af sit tema</numerusform>
            <numerusform>Tog %n idéer ud af deres tema</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the theme:</source>
        <translation>Temaets navn:</translation>
    </message>
    <message>
        <source>Select two or more ideas to merge.</source>
        <translation>Markér to eller flere idéer for at slå dem sammen.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n duplicate(s)</source>
        <translation>
            <numerusform>Slog %n dublet sammen</numerusform>
            <numerusform>Slog %n dubletter sammen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n idea(s); Edit → Undo brings them back</source>
        <translation>
            <numerusform>Slettede %n idé; Rediger → Fortryd henter den tilbage</numerusform>
            <numerusform>Slettede %n idéer; Rediger → Fortryd henter dem tilbage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdeasProjector</name>
    <message>
        <source>Ideas wall</source>
        <translation>Idévæg</translation>
    </message>
    <message>
        <source>Ideas appear here as the groups send them in.</source>
        <translation>Idéerne vises her, efterhånden som grupperne sender dem ind.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (fortsat)</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 mere</translation>
    </message>
    <message>
        <source>No question yet</source>
        <translation>Intet spørgsmål endnu</translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <translation>Ikke sorteret endnu</translation>
    </message>
    <message>
        <source>Ideas: %1  ·  Themes: %2</source>
        <translation>Idéer: %1  ·  Temaer: %2</translation>
    </message>
</context>
<context>
    <name>IdeasToolbar</name>
    <message>
        <source>Questions…</source>
        <translation>Spørgsmål…</translation>
    </message>
    <message>
        <source>Capture window</source>
        <translation>Indtastningsvindue</translation>
    </message>
    <message>
        <source>A window for group leaders to type their group&apos;s ideas</source>
        <translation>Et vindue, hvor gruppeledere indtaster gruppens idéer</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <source>Show the question, the ideas by theme and the timer on a second screen</source>
        <translation>Vis spørgsmålet, idéerne efter tema og nedtællingen på en ekstra skærm</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Spørgsmål:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alle spørgsmål</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <source>%n new participant(s)</source>
        <translation>
            <numerusform>%n ny deltager</numerusform>
            <numerusform>%n nye deltagere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n opdateret</numerusform>
            <numerusform>%n opdateret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n allerede opdateret</numerusform>
            <numerusform>%n allerede opdateret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate row(s) merged</source>
        <translation>
            <numerusform>%n dubletrække slået sammen</numerusform>
            <numerusform>%n dubletrækker slået sammen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n række afvist</numerusform>
            <numerusform>%n rækker afvist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>arket »%1«</translation>
    </message>
    <message>
        <source>%1, separated by “%2”</source>
        <translation>%1, adskilt med »%2«</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, headings in row %3, %n row(s) of people</source>
        <translation>
            <numerusform>%1 — %2, overskrifter i række %3, %n række med deltagere</numerusform>
            <numerusform>%1 — %2, overskrifter i række %3, %n rækker med deltagere</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column (or the first and last name columns) with the names.</source>
        <translation>Vælg kolonnen med navnene (eller kolonnerne med fornavn og efternavn).</translation>
    </message>
    <message>
        <source>Checking the list…</source>
        <translation>Kontrollerer listen…</translation>
    </message>
    <message>
        <source>Checking the list… %1 of %2 rows</source>
        <translation>Tjekker listen … %1 af %2 rækker</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importér deltagere</translation>
    </message>
    <message>
        <source>Check which column holds what. Double-click “Imports as” to change it; choose “Ignore” for columns you do not want.</source>
        <translation>Kontrollér, hvad hver kolonne indeholder. Dobbeltklik på »Importeres som« for at ændre det; vælg »Ignorér« for kolonner, du ikke vil have med.</translation>
    </message>
    <message>
        <source>Names are written “Last name, First name”</source>
        <translation>Navnene er skrevet »Efternavn, Fornavn«</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Det vil importen gøre</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Ignore</source>
        <translation>Ignorér</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fulde navn</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>Rolle eller stilling</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Kost</translation>
    </message>
    <message>
        <source>Overnight stay</source>
        <translation>Overnatning</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mærker</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Consent: share contact details</source>
        <translation>Samtykke: deling af kontaktoplysninger</translation>
    </message>
    <message>
        <source>Consent: photos</source>
        <translation>Samtykke: billeder</translation>
    </message>
    <message>
        <source>Consent: receive the minutes</source>
        <translation>Samtykke: modtage referatet</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>There is no file at this path.</source>
        <translation>Der er ingen fil på denne placering.</translation>
    </message>
    <message>
        <source>This is a folder, not a participant list.</source>
        <translation>Dette er en mappe, ikke en deltagerliste.</translation>
    </message>
    <message>
        <source>You do not have permission to read this file.</source>
        <translation>Du har ikke tilladelse til at læse denne fil.</translation>
    </message>
    <message>
        <source>The file is empty: there is no one to import.</source>
        <translation>Filen er tom: der er ingen at importere.</translation>
    </message>
    <message>
        <source>The list has column headings but no rows of people below them: there is no one to import.</source>
        <translation>Listen har kolonneoverskrifter, men ingen rækker med deltagere under dem: der er ingen at importere.</translation>
    </message>
    <message>
        <source>This is not a participant list: import a spreadsheet saved as .xlsx or .csv.</source>
        <translation>Dette er ikke en deltagerliste: importér et regneark, der er gemt som .xlsx eller .csv.</translation>
    </message>
    <message>
        <source>The file is named .xlsx but is not a readable Excel workbook (damaged, truncated, or another kind of file renamed). Open it in Excel and save it again, or save it as .csv.</source>
        <translation>Filen ender på .xlsx, men er ikke en læsbar Excel-projektmappe (beskadiget, afkortet eller en anden slags fil, der er omdøbt). Åbn den i Excel, og gem den igen, eller gem den som .csv.</translation>
    </message>
    <message>
        <source>This kind of spreadsheet cannot be read. Save it as .xlsx (without a password) or .csv and import that file.</source>
        <translation>Denne type regneark kan ikke læses. Gem det som .xlsx (uden adgangskode) eller .csv, og importér den fil.</translation>
    </message>
    <message>
        <source>No column of this list looks like it holds people&apos;s names (such as Name, Navn, Namn, Naam, or first and last name). Check that the file is a participant list with a heading row.</source>
        <translation>Ingen kolonne i denne liste ser ud til at indeholde personers navne (f.eks. Navn, Name, Namn, Naam eller fornavn og efternavn). Kontrollér, at filen er en deltagerliste med en række med overskrifter.</translation>
    </message>
    <message>
        <source>The list is too large to import: a participant list can have at most 100,000 rows, 1,000 columns, 10,000 characters in a cell and 1,000,000 in a line, in a file of at most 50 MB. Check that this is the right file, or split it.</source>
        <translation>Listen er for stor til at blive importeret: en deltagerliste kan højst have 100.000 rækker, 1.000 kolonner, 10.000 tegn i en celle og 1.000.000 på en linje, i en fil på højst 50 MB. Kontrollér, at det er den rigtige fil, eller del den op.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>no name</source>
        <translation>mangler navn</translation>
    </message>
    <message>
        <source>invalid e-mail address</source>
        <translation>ugyldig e-mailadresse</translation>
    </message>
    <message>
        <source>not a yes or no, left empty</source>
        <translation>hverken ja eller nej, feltet er ladt tomt</translation>
    </message>
    <message>
        <source>row %1 is the same person as row %2</source>
        <translation>række %1 er den samme person som række %2</translation>
    </message>
    <message>
        <source>row %1: %2 (%3)</source>
        <translation>række %1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Impossible</name>
    <message>
        <source>There are %1 groups but only %2 people: some groups stay empty.</source>
        <translation>Der er %1 grupper, men kun %2 personer: nogle grupper bliver tomme.</translation>
    </message>
    <message>
        <source>%1 has %2 people and there are %3 groups, so some groups have %4 of them.</source>
        <translation>%1 har %2 personer, og der er %3 grupper, så nogle grupper får %4 af dem.</translation>
    </message>
    <message numerus="yes">
        <source>There are %1 group leaders for %2 groups: %n group(s) will have none.</source>
        <translation>
            <numerusform>Der er %1 gruppeledere til %2 grupper: %n gruppe får ingen.</numerusform>
            <numerusform>Der er %1 gruppeledere til %2 grupper: %n grupper får ingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>One group leader per group is asked, but nobody is tagged “group leader”: tag them on the Participants page, or untick the rule for this round.</source>
        <translation>Én gruppeleder per gruppe er valgt, men ingen er mærket »gruppeleder«: mærk dem på siden Deltagere, eller fjern reglen for denne runde.</translation>
    </message>
    <message>
        <source>%1 must stay together, but groups have at most %2 people.</source>
        <translation>%1 skal være sammen, men grupperne har højst %2 personer.</translation>
    </message>
    <message>
        <source>%1 and %2 must be kept apart, but keep-together pairs link them.</source>
        <translation>%1 og %2 skal holdes adskilt, men par, der skal være sammen, forbinder dem.</translation>
    </message>
    <message>
        <source>%1 must stay together but are locked in different groups.</source>
        <translation>%1 skal være sammen, men er låst i forskellige grupper.</translation>
    </message>
    <message>
        <source>%1 must stay together, which puts %2 people from %3 in one group.</source>
        <translation>%1 skal være sammen, hvilket sætter %2 personer fra %3 i samme gruppe.</translation>
    </message>
    <message>
        <source>%1 is locked in a group that cannot be used now.</source>
        <translation>%1 er låst i en gruppe, der ikke kan bruges nu.</translation>
    </message>
    <message>
        <source>More people are locked in some groups than the group sizes allow.</source>
        <translation>Flere personer er låst i nogle grupper, end gruppestørrelserne tillader.</translation>
    </message>
    <message>
        <source>%1 and %2 must be kept apart but are both locked in %3.</source>
        <translation>%1 og %2 skal holdes adskilt, men er begge låst i %3.</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <source>Join from your phone</source>
        <translation>Deltag fra din telefon</translation>
    </message>
    <message>
        <source>The venue network is off.</source>
        <translation>Lokalnetværket er slået fra.</translation>
    </message>
    <message>
        <source>Scan the code, or open</source>
        <translation>Scan koden, eller åbn</translation>
    </message>
    <message>
        <source>and type</source>
        <translation>og skriv</translation>
    </message>
    <message>
        <source>First join this Wi-Fi:</source>
        <translation>Forbind først til dette Wi-Fi:</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Voting kiosk – %1</source>
        <translation>Afstemningskiosk – %1</translation>
    </message>
    <message>
        <source>Thank you — pass the laptop on</source>
        <translation>Tak — giv computeren videre</translation>
    </message>
    <message>
        <source>Your vote is stored. This screen clears itself.</source>
        <translation>Din stemme er gemt. Skærmen rydder sig selv.</translation>
    </message>
    <message>
        <source>Next voter</source>
        <translation>Næste vælger</translation>
    </message>
    <message>
        <source>This vote no longer exists</source>
        <translation>Denne afstemning findes ikke længere</translation>
    </message>
    <message>
        <source>This vote is closed</source>
        <translation>Denne afstemning er lukket</translation>
    </message>
    <message>
        <source>Please hand the laptop back to the facilitator.</source>
        <translation>Giv computeren tilbage til facilitatoren.</translation>
    </message>
    <message>
        <source>Your vote could not be stored. Please call the facilitator.</source>
        <translation>Din stemme kunne ikke gemmes. Tilkald facilitatoren.</translation>
    </message>
    <message>
        <source>Voters cannot leave the kiosk: leaving it needs a PIN.</source>
        <translation>Vælgerne kan ikke forlade kiosken: det kræver en pinkode.</translation>
    </message>
    <message>
        <source>Only the facilitator leaves the kiosk. Type the PIN to leave it (a ballot being filled in is thrown away).</source>
        <translation>Kun facilitatoren forlader kiosken. Skriv pinkoden for at forlade den (en stemmeseddel under udfyldning kasseres).</translation>
    </message>
</context>
<context>
    <name>LeaderLinkRow</name>
    <message>
        <source>Link for the leader of %1</source>
        <translation>Link til lederen af %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <source>Copy the link, e.g. to send it to the leader</source>
        <translation>Kopiér linket, f.eks. for at sende det til lederen</translation>
    </message>
    <message>
        <source>New link…</source>
        <translation>Nyt link…</translation>
    </message>
    <message>
        <source>Replace the link: the old one stops working at once (if it was lost)</source>
        <translation>Erstat linket: det gamle holder op med at virke med det samme (hvis det er blevet væk)</translation>
    </message>
</context>
<context>
    <name>LeaderLinksDialog</name>
    <message>
        <source>Leader links</source>
        <translation>Lederlinks</translation>
    </message>
    <message>
        <source>The links work while the venue network is on, for phones on the same network as this computer.</source>
        <translation>Linkene virker, mens lokalnetværket er slået til, for telefoner på samme netværk som denne computer.</translation>
    </message>
    <message>
        <source>Print leader cards…</source>
        <translation>Udskriv lederkort…</translation>
    </message>
    <message>
        <source>A card for each leader with the group&apos;s questions and QR code, two to a page</source>
        <translation>Et kort til hver leder med gruppens spørgsmål og QR-kode, to pr. side</translation>
    </message>
    <message>
        <source>No groups yet: make a group round first, then each group&apos;s leader gets a link.</source>
        <translation>Ingen grupper endnu: lav først en grupperunde, så får hver gruppeleder et link.</translation>
    </message>
    <message>
        <source>Each group leader scans their group&apos;s code with a phone (or opens the link) to type the group&apos;s ideas. Groups of “%1”, the latest round.</source>
        <translation>Hver gruppeleder scanner gruppens kode med telefonen (eller åbner linket) for at skrive gruppens idéer. Grupperne i »%1«, seneste runde.</translation>
    </message>
    <message>
        <source>New leader link</source>
        <translation>Nyt lederlink</translation>
    </message>
    <message>
        <source>Make a new link for “%1”? The old link stops working at once: whoever has it open can no longer add ideas, and a printed card or door sign with it must be printed again. This cannot be undone.</source>
        <translation>Lav et nyt link til »%1«? Det gamle link holder op med at virke med det samme: den, der har det åbent, kan ikke længere tilføje idéer, og et udskrevet kort eller dørskilt med det skal udskrives igen. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Leader cards</source>
        <translation>Lederkort</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <source>Facilitator (MIT licence)</source>
        <translation>Facilitator (MIT-licens)</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Tredjepartsmeddelelser</translation>
    </message>
    <message>
        <source>GNU Lesser General Public License 3.0 (Qt)</source>
        <translation>GNU Lesser General Public License 3.0 (Qt)</translation>
    </message>
    <message>
        <source>GNU General Public License 3.0</source>
        <translation>GNU General Public License 3.0</translation>
    </message>
    <message>
        <source>SIL Open Font License 1.1 (icon fonts)</source>
        <translation>SIL Open Font License 1.1 (ikonskrifttyper)</translation>
    </message>
    <message>
        <source>The file %1 is missing from this installation.</source>
        <translation>Filen %1 mangler i denne installation.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Ny workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Å&amp;bn…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Åbn &amp;demoworkshoppen</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Gendan fra sikkerheds&amp;kopi…</translation>
    </message>
    <message>
        <source>&amp;Venue network (phones)…</source>
        <translation>&amp;Lokalnetværk (telefoner)…</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>&amp;Luk workshop</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <source>&amp;Merge a group leader&apos;s file…</source>
        <translation>&amp;Flet en gruppeleders fil ind…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Brugervejledning</translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation>&amp;Om Facilitator</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Åbn workshop</translation>
    </message>
    <message>
        <source>Workshops (*%1);;All files (*)</source>
        <translation>Workshops (*%1);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Cannot open the workshop</source>
        <translation>Workshoppen kan ikke åbnes</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Åbner %1 …</translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation>Gem den nye workshop som</translation>
    </message>
    <message>
        <source>Workshops (*%1)</source>
        <translation>Workshops (*%1)</translation>
    </message>
    <message>
        <source>Cannot create the workshop</source>
        <translation>Workshoppen kan ikke oprettes</translation>
    </message>
    <message>
        <source>Cannot open the demo workshop</source>
        <translation>Demoworkshoppen kan ikke åbnes</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Ændringen blev ikke gemt</translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation>Alle ændringer gemmes løbende</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Gemt kl. %1</translation>
    </message>
    <message>
        <source>Text not added yet</source>
        <translation>Tekst, der ikke er tilføjet</translation>
    </message>
    <message>
        <source>A capture window has text that was typed but not added:

%1

Close the workshop anyway and discard it?</source>
        <translation>Et indtastningsvindue har tekst, der er skrevet, men ikke tilføjet:

%1

Luk workshoppen alligevel og kassér den?</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Den automatiske sikkerhedskopiering mislykkedes: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <source>Replace the workshop with this backup? The current state is backed up first, so you can go back to it.</source>
        <translation>Vil du erstatte workshoppen med denne sikkerhedskopi? Der tages først en sikkerhedskopi af workshoppen, som den er nu, så du kan vende tilbage til den.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Sikkerhedskopien kan ikke gendannes</translation>
    </message>
    <message>
        <source>Restored the backup.</source>
        <translation>Sikkerhedskopien er gendannet.</translation>
    </message>
    <message>
        <source>Merge a group leader&apos;s file</source>
        <translation>Flet en gruppeleders fil ind</translation>
    </message>
    <message>
        <source>Merged %1.</source>
        <translation>Flettede %1 ind.</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation>Kolonne i filen</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importeres som</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Eksempler</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(ingen overskrift)</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <source>Across:</source>
        <translation>Vandret:</translation>
    </message>
    <message>
        <source>Up:</source>
        <translation>Lodret:</translation>
    </message>
    <message>
        <source>2×2 chart</source>
        <translation>2×2-diagram</translation>
    </message>
    <message>
        <source>Mean ratings of the 2×2 chart</source>
        <translation>Gennemsnitlige vurderinger i 2×2-diagrammet</translation>
    </message>
    <message>
        <source>Plan for it</source>
        <translation>Planlæg det</translation>
    </message>
    <message>
        <source>Do first</source>
        <translation>Gør først</translation>
    </message>
    <message>
        <source>Leave for now</source>
        <translation>Vent med det</translation>
    </message>
    <message>
        <source>Nice to have</source>
        <translation>Rart at have</translation>
    </message>
    <message>
        <source>No item has been rated on both criteria yet.</source>
        <translation>Intet forslag er bedømt på begge kriterier endnu.</translation>
    </message>
</context>
<context>
    <name>MergeCounts</name>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n ny organisation</numerusform>
            <numerusform>%n nye organisationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new participant(s)</source>
        <translation>
            <numerusform>%n ny deltager</numerusform>
            <numerusform>%n nye deltagere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new question(s)</source>
        <translation>
            <numerusform>%n nyt spørgsmål</numerusform>
            <numerusform>%n nye spørgsmål</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new theme(s)</source>
        <translation>
            <numerusform>%n nyt tema</numerusform>
            <numerusform>%n nye temaer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new idea(s)</source>
        <translation>
            <numerusform>%n ny idé</numerusform>
            <numerusform>%n nye idéer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new photo(s)</source>
        <translation>
            <numerusform>%n nyt foto</numerusform>
            <numerusform>%n nye fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation name(s) from the copy already used by another organisation here: this workshop&apos;s name kept</source>
        <translation>
            <numerusform>%n organisationsnavn fra kopien bruges allerede af en anden organisation her: navnet i denne workshop er bevaret</numerusform>
            <numerusform>%n organisationsnavne fra kopien bruges allerede af andre organisationer her: navnene i denne workshop er bevaret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) from a group that is not in this workshop</source>
        <translation>
            <numerusform>%n idé fra en gruppe, der ikke findes i denne workshop</numerusform>
            <numerusform>%n idéer fra en gruppe, der ikke findes i denne workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) for a question that is not in this workshop</source>
        <translation>
            <numerusform>%n idé til et spørgsmål, der ikke findes i denne workshop</numerusform>
            <numerusform>%n idéer til et spørgsmål, der ikke findes i denne workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) sorted into a theme that is not in this workshop</source>
        <translation>
            <numerusform>%n idé sorteret i et tema, der ikke findes i denne workshop</numerusform>
            <numerusform>%n idéer sorteret i et tema, der ikke findes i denne workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) by an author who is not in this workshop</source>
        <translation>
            <numerusform>%n idé af en forfatter, der ikke findes i denne workshop</numerusform>
            <numerusform>%n idéer af en forfatter, der ikke findes i denne workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) merged into an idea that is not in this workshop</source>
        <translation>
            <numerusform>%n idé slået sammen med en idé, der ikke findes i denne workshop</numerusform>
            <numerusform>%n idéer slået sammen med en idé, der ikke findes i denne workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s) for a question that is not in this workshop</source>
        <translation>
            <numerusform>%n tema til et spørgsmål, der ikke findes i denne workshop</numerusform>
            <numerusform>%n temaer til et spørgsmål, der ikke findes i denne workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) for a group round that is not in this workshop</source>
        <translation>
            <numerusform>%n spørgsmål til en grupperunde, der ikke findes i denne workshop</numerusform>
            <numerusform>%n spørgsmål til en grupperunde, der ikke findes i denne workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) for a question that is not in this workshop</source>
        <translation>
            <numerusform>%n foto til et spørgsmål, der ikke findes i denne workshop</numerusform>
            <numerusform>%n fotos til et spørgsmål, der ikke findes i denne workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved with the copy&apos;s version</source>
        <translation>
            <numerusform>%n konflikt løst med kopiens version</numerusform>
            <numerusform>%n konflikter løst med kopiens version</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) from the copy applied here</source>
        <translation>
            <numerusform>%n sletning fra kopien udført her</numerusform>
            <numerusform>%n sletninger fra kopien udført her</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) made on the other laptop, remembered here too</source>
        <translation>
            <numerusform>%n sletning foretaget på den anden computer, husket her også</numerusform>
            <numerusform>%n sletninger foretaget på den anden computer, husket her også</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted here, left out</source>
        <translation>
            <numerusform>%n element slettet her, udeladt</numerusform>
            <numerusform>%n elementer slettet her, udeladt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… og %n mere</numerusform>
            <numerusform>… og %n mere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>This is the open workshop&apos;s own file. Choose the copy the group leader handed over.</source>
        <translation>Dette er den åbne workshops egen fil. Vælg den kopi, som gruppelederen har givet dig.</translation>
    </message>
    <message>
        <source>This is a copy of another workshop (“%1”). Only copies of this workshop can be merged.</source>
        <translation>Dette er en kopi af en anden workshop (»%1«). Kun kopier af denne workshop kan flettes ind.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Billede</translation>
    </message>
    <message>
        <source>On a form</source>
        <translation>På en formular</translation>
    </message>
    <message>
        <source>At import</source>
        <translation>Ved import</translation>
    </message>
    <message>
        <source>At the check-in desk</source>
        <translation>Ved indtjekningen</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(ikke registreret)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Nothing new: this workshop already has everything in the copy.</source>
        <translation>Intet nyt: denne workshop har allerede alt, hvad der er i kopien.</translation>
    </message>
    <message>
        <source>“%1” is an organisation already here: not added again</source>
        <translation>»%1« er en organisation, der allerede findes her: ikke tilføjet igen</translation>
    </message>
    <message>
        <source>%1 is %2, already here (the same e-mail): not added again</source>
        <translation>%1 er %2, der allerede findes her (samme e-mailadresse): ikke tilføjet igen</translation>
    </message>
    <message>
        <source>%1 is %2, already here (the same name and organisation): not added again</source>
        <translation>%1 er %2, der allerede findes her (samme navn og organisation): ikke tilføjet igen</translation>
    </message>
    <message>
        <source>Left empty, because it is not in this workshop:</source>
        <translation>Efterladt tomt, fordi det ikke findes i denne workshop:</translation>
    </message>
    <message>
        <source>New ideas:</source>
        <translation>Nye idéer:</translation>
    </message>
    <message>
        <source>Merge a group leader&apos;s file</source>
        <translation>Flet en gruppeleders fil ind</translation>
    </message>
    <message>
        <source>What comes in</source>
        <translation>Det her kommer ind</translation>
    </message>
    <message>
        <source>Take theirs where their copy is newer</source>
        <translation>Brug deres, hvor deres kopi er nyere</translation>
    </message>
    <message>
        <source>Keep all of this workshop&apos;s</source>
        <translation>Behold alt fra denne workshop</translation>
    </message>
    <message>
        <source>A backup is taken before merging: File → Restore from backup… undoes the merge (Undo cannot). The group leader&apos;s file is only read, never changed.</source>
        <translation>Der tages en sikkerhedskopi før fletningen: Filer → Gendan fra sikkerhedskopi… fortryder fletningen (det kan Fortryd ikke). Gruppelederens fil bliver kun læst, aldrig ændret.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Flet ind</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Læser »%1«…</translation>
    </message>
    <message>
        <source>Comparing the copy with this workshop…</source>
        <translation>Sammenligner kopien med denne workshop…</translation>
    </message>
    <message>
        <source>Merging “%1” (“%2”) into this workshop. Nothing changes until you press Merge.</source>
        <translation>Fletter »%1« (»%2«) ind i denne workshop. Intet ændres, før du trykker på Flet ind.</translation>
    </message>
    <message>
        <source>“%1” cannot be merged.</source>
        <translation>»%1« kan ikke flettes ind.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): changed differently in the two files, or deleted on the other laptop. This workshop&apos;s version is kept unless you tick “Take theirs”.</source>
        <translation>
            <numerusform>%n konflikt: ændret forskelligt i de to filer eller slettet på den anden computer. Denne workshops version bevares, medmindre du sætter flueben ved »Brug deres«.</numerusform>
            <numerusform>%n konflikter: ændret forskelligt i de to filer eller slettet på den anden computer. Denne workshops version bevares, medmindre du sætter flueben ved »Brug deres«.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s); ticked ones were taken from the copy.</source>
        <translation>
            <numerusform>%n konflikt; dem med flueben blev hentet fra kopien.</numerusform>
            <numerusform>%n konflikter; dem med flueben blev hentet fra kopien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taking a backup and merging…</source>
        <translation>Tager sikkerhedskopi og fletter ind…</translation>
    </message>
    <message>
        <source>Merged “%1” into this workshop.</source>
        <translation>Flettede »%1« ind i denne workshop.</translation>
    </message>
    <message>
        <source>Nothing was merged: this workshop already has everything in “%1”.</source>
        <translation>Intet blev flettet ind: denne workshop har allerede alt, hvad der er i »%1«.</translation>
    </message>
    <message>
        <source>What came in</source>
        <translation>Det her kom ind</translation>
    </message>
    <message>
        <source>A backup was taken first: File → Restore from backup… undoes this merge.</source>
        <translation>Der blev taget en sikkerhedskopi først: Filer → Gendan fra sikkerhedskopi… fortryder fletningen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>The merge failed; this workshop was not changed.</source>
        <translation>Fletningen mislykkedes; denne workshop er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Årsag</translation>
    </message>
</context>
<context>
    <name>MergeField</name>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Slået sammen med</translation>
    </message>
    <message>
        <source>Group round</source>
        <translation>Grupperunde</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>Rolle eller stilling</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mærker</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Kost</translation>
    </message>
    <message>
        <source>Overnight stay</source>
        <translation>Overnatning</translation>
    </message>
    <message>
        <source>Minutes consent: date</source>
        <translation>Samtykke til referat: dato</translation>
    </message>
    <message>
        <source>Minutes consent: where answered</source>
        <translation>Samtykke til referat: hvor det blev givet</translation>
    </message>
    <message>
        <source>Contact consent: date</source>
        <translation>Samtykke til kontaktoplysninger: dato</translation>
    </message>
    <message>
        <source>Contact consent: where answered</source>
        <translation>Samtykke til kontaktoplysninger: hvor det blev givet</translation>
    </message>
    <message>
        <source>Photo consent: date</source>
        <translation>Samtykke til billeder: dato</translation>
    </message>
    <message>
        <source>Photo consent: where answered</source>
        <translation>Samtykke til billeder: hvor det blev givet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Filnavn</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Filtype</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Billedtekst</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Billede</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>Cover</source>
        <translation>Forside</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumé</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>Voting results</source>
        <translation>Afstemningsresultater</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Opfølgningspunkter</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes</source>
        <translation>Facilitatorens noter</translation>
    </message>
    <message>
        <source>Full minutes</source>
        <translation>Fuldt referat</translation>
    </message>
    <message>
        <source>Short summary for the board</source>
        <translation>Kort resumé til bestyrelsen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Choose at least one section besides the notes.</source>
        <translation>Vælg mindst ét afsnit ud over noterne.</translation>
    </message>
    <message>
        <source>That section is not part of the minutes.</source>
        <translation>Det afsnit er ikke en del af referatet.</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>En forudindstilling skal have et navn.</translation>
    </message>
    <message>
        <source>That name belongs to a built-in preset: choose another one.</source>
        <translation>Det navn tilhører en indbygget forudindstilling: vælg et andet.</translation>
    </message>
    <message>
        <source>That preset no longer exists (it may have been deleted).</source>
        <translation>Den forudindstilling findes ikke længere (den er måske blevet slettet).</translation>
    </message>
    <message>
        <source>An action item needs a text (what is to be done).</source>
        <translation>Et opfølgningspunkt skal have en tekst (hvad der skal gøres).</translation>
    </message>
    <message>
        <source>That action item no longer exists (it may have been deleted).</source>
        <translation>Det opfølgningspunkt findes ikke længere (det er måske blevet slettet).</translation>
    </message>
    <message>
        <source>The minutes could not be changed.</source>
        <translation>Referatet kunne ikke ændres.</translation>
    </message>
    <message>
        <source>This is a file, not a folder: choose a folder for the CSV files.</source>
        <translation>Dette er en fil, ikke en mappe: vælg en mappe til CSV-filerne.</translation>
    </message>
    <message>
        <source>This is a folder: choose a file name for the workbook.</source>
        <translation>Dette er en mappe: vælg et filnavn til projektmappen.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Mappen findes ikke.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was written; an earlier export is unchanged.</source>
        <translation>Disken er fuld. Intet blev skrevet; en tidligere eksport er uændret.</translation>
    </message>
    <message>
        <source>The export cannot be written here: the folder is read-only or the file is open in another program (close it and try again). An earlier export is unchanged.</source>
        <translation>Eksporten kan ikke skrives her: mappen er skrivebeskyttet, eller filen er åben i et andet program (luk den, og prøv igen). En tidligere eksport er uændret.</translation>
    </message>
    <message>
        <source>The export could not be written. An earlier export is unchanged.</source>
        <translation>Eksporten kunne ikke skrives. En tidligere eksport er uændret.</translation>
    </message>
</context>
<context>
    <name>MinutesChoices</name>
    <message>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Forudindstilling:</translation>
    </message>
    <message>
        <source>A saved choice of sections and privacy</source>
        <translation>Et gemt valg af afsnit og privatliv</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Gem som forudindstilling…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Slet forudindstilling</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Lay out the minutes again now</source>
        <translation>Opsæt referatet igen nu</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Gem PDF…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Eksportér Excel…</translation>
    </message>
    <message>
        <source>The whole workshop as one workbook</source>
        <translation>Hele workshoppen som én projektmappe</translation>
    </message>
    <message>
        <source>Export CSV folder…</source>
        <translation>Eksportér CSV-mappe…</translation>
    </message>
    <message>
        <source>The whole workshop as one CSV file per table</source>
        <translation>Hele workshoppen som én CSV-fil pr. tabel</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Leave out names and contacts (privacy)</source>
        <translation>Udelad navne og kontaktoplysninger (privatliv)</translation>
    </message>
    <message>
        <source>Nobody is named: participants are counted by organisation, and organisations stand in for people as owners and leads. Also applies to the exports. Without it, e-mail and phone are shown only for participants who agreed to share their contact details.</source>
        <translation>Ingen nævnes ved navn: deltagerne tælles per virksomhed, og virksomhederne står som ejere og ansvarlige i stedet for personer. Gælder også eksporterne. Uden dette vises e-mail og telefon kun for deltagere, der har givet samtykke til at dele deres kontaktoplysninger.</translation>
    </message>
    <message>
        <source>Hours per organisation</source>
        <translation>Timer pr. organisation</translation>
    </message>
    <message>
        <source>The hours attended per organisation, for funding reports</source>
        <translation>Deltagertimer pr. organisation, til rapporter til bevillingsgivere</translation>
    </message>
    <message>
        <source>Logo…</source>
        <translation>Logo…</translation>
    </message>
    <message>
        <source>An image for the cover (for this session)</source>
        <translation>Et billede til forsiden (for denne session)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
    <message>
        <source>Use the workshop&apos;s own logo, if it has one</source>
        <translation>Brug workshoppens eget logo, hvis den har et</translation>
    </message>
    <message>
        <source>Custom selection</source>
        <translation>Eget valg</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Gem som forudindstilling</translation>
    </message>
    <message>
        <source>A name for these sections and this privacy choice:</source>
        <translation>Et navn til disse afsnit og dette valg af privatliv:</translation>
    </message>
    <message>
        <source>Preset “%1” saved.</source>
        <translation>Forudindstillingen »%1« er gemt.</translation>
    </message>
    <message>
        <source>Preset “%1” deleted.</source>
        <translation>Forudindstillingen »%1« er slettet.</translation>
    </message>
    <message>
        <source>Logo for the cover</source>
        <translation>Logo til forsiden</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Billeder (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <source>The logo could not be read</source>
        <translation>Logoet kunne ikke læses</translation>
    </message>
    <message>
        <source>%1 is not an image this app can read (try PNG or JPEG).</source>
        <translation>%1 er ikke et billede, som dette program kan læse (prøv PNG eller JPEG).</translation>
    </message>
    <message>
        <source>Logo: the workshop&apos;s own, if it has one</source>
        <translation>Logo: workshoppens eget, hvis den har et</translation>
    </message>
    <message>
        <source>Logo: %1</source>
        <translation>Logo: %1</translation>
    </message>
</context>
<context>
    <name>MinutesController</name>
    <message>
        <source>Add action item</source>
        <translation>nyt opfølgningspunkt</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>ændring af opfølgningspunkt</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>sletning af opfølgningspunkt</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>ændring af note</translation>
    </message>
    <message>
        <source>Save preset %1</source>
        <translation>lagring af forudindstillingen %1</translation>
    </message>
    <message>
        <source>Delete preset %1</source>
        <translation>sletning af forudindstillingen %1</translation>
    </message>
</context>
<context>
    <name>MinutesPage</name>
    <message>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Opfølgningspunkter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Minutes saved to %1.</source>
        <translation>Referatet er gemt i %1.</translation>
    </message>
    <message>
        <source>Export Excel workbook</source>
        <translation>Eksportér Excel-projektmappe</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Export CSV files into a folder</source>
        <translation>Eksportér CSV-filer til en mappe</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Skriver …</translation>
    </message>
    <message>
        <source>Writing %1 of %2 rows…</source>
        <translation>Skriver %1 af %2 rækker …</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>Eksporten blev afbrudt. Ingen fil blev skrevet.</translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>Eksporterer til %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1, naming nobody.</source>
        <translation>
            <numerusform>Eksporterede %n række til %1 uden navne.</numerusform>
            <numerusform>Eksporterede %n rækker til %1 uden navne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Eksporterede %n række til %1.</numerusform>
            <numerusform>Eksporterede %n rækker til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Eksporten mislykkedes.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>Eksporten mislykkedes</translation>
    </message>
</context>
<context>
    <name>MinutesPreview</name>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Stop laying out the minutes for the preview</source>
        <translation>Stop opsætningen af referatet til forhåndsvisningen</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Gengiver…</translation>
    </message>
    <message>
        <source>Preview cancelled. Press Preview to lay out the minutes again.</source>
        <translation>Forhåndsvisningen blev afbrudt. Tryk på Forhåndsvisning for at sætte referatet op igen.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <source>in the workshop&apos;s language, as it will be saved</source>
        <translation>på workshoppens sprog, sådan som det bliver gemt</translation>
    </message>
    <message>
        <source>The preview could not be shown.</source>
        <translation>Forhåndsvisningen kunne ikke vises.</translation>
    </message>
    <message>
        <source>The minutes could not be laid out: %1</source>
        <translation>Referatet kunne ikke opsættes: %1</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Ingen forhåndsvisning</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>Create…</source>
        <translation>Opret…</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <source>Describe the workshop. You choose where to save it next; after that every change is saved as you make it.</source>
        <translation>Beskriv workshoppen. Derefter vælger du, hvor den skal gemmes; fra da af gemmes alle ændringer løbende.</translation>
    </message>
</context>
<context>
    <name>NotVotedTab</name>
    <message>
        <source>Not voted</source>
        <translation>Ikke stemt</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Your notes on each section, printed in a box in that section when “Facilitator&apos;s notes” is ticked. Saved as you type; can be undone.</source>
        <translation>Dine noter til hvert afsnit, udskrevet i en boks i det afsnit, når »Facilitatorens noter« er markeret. Gemmes, mens du skriver; kan fortrydes.</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>Afsnit:</translation>
    </message>
    <message>
        <source>No note for this section yet.</source>
        <translation>Ingen note til dette afsnit endnu.</translation>
    </message>
    <message>
        <source>Note for the chosen section</source>
        <translation>Note til det valgte afsnit</translation>
    </message>
</context>
<context>
    <name>OrganisationCountsModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Mødt</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(uden organisation)</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Double-click a cell to edit. Organisations are created when you register or import people; sector and municipality can balance breakout groups.</source>
        <translation>Dobbeltklik på en celle for at redigere. Organisationer oprettes, når du registrerer eller importerer deltagere; branche og kommune kan bruges til at balancere grupperne.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Forsøg</translation>
    </message>
    <message>
        <source>Queued (last try: %1)</source>
        <translation>I kø (sidste forsøg: %1)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>I kø</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sender…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Sendt %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mislykkedes: %1</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>afvist</translation>
    </message>
    <message>
        <source>Unknown: may have been sent</source>
        <translation>Ukendt: er måske sendt</translation>
    </message>
    <message>
        <source>The connection ended while this message was being handed over; the server may have it. Use “Resend unknown…” only if the person did not get it.</source>
        <translation>Forbindelsen blev afbrudt, mens denne meddelelse blev overleveret; serveren har den måske. Brug kun »Send ukendte igen…«, hvis personen ikke har fået den.</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Referat:</translation>
    </message>
    <message>
        <source>Messages in the outbox</source>
        <translation>Beskeder i udbakken</translation>
    </message>
    <message>
        <source>Nothing queued yet. “Send minutes…” queues the minutes for e-mail.</source>
        <translation>Intet i kø endnu. »Send referat…« sætter referatet i kø til e-mail.</translation>
    </message>
    <message>
        <source>Send &amp;minutes…</source>
        <translation>Send &amp;referat…</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Send &amp;nu</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Prøv mislykkede igen</translation>
    </message>
    <message>
        <source>Resend &amp;unknown…</source>
        <translation>Send &amp;ukendte igen…</translation>
    </message>
    <message>
        <source>SMTP &amp;settings…</source>
        <translation>SMTP-&amp;indstillinger…</translation>
    </message>
    <message>
        <source>%1 — queued %2</source>
        <translation>%1 — sat i kø %2</translation>
    </message>
    <message>
        <source>Not configured: set up the SMTP server (SMTP settings…).</source>
        <translation>Ikke konfigureret: konfigurér SMTP-serveren (SMTP-indstillinger…).</translation>
    </message>
    <message numerus="yes">
        <source>All %n sent</source>
        <translation>
            <numerusform>Alle %n sendt</numerusform>
            <numerusform>Alle %n sendt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sendt</numerusform>
            <numerusform>%n sendt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n mislykkedes</numerusform>
            <numerusform>%n mislykkedes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown: may have been sent</source>
        <translation>
            <numerusform>%n ukendt: er måske sendt</numerusform>
            <numerusform>%n ukendte: er måske sendt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sending… %n left</source>
        <translation>
            <numerusform>sender… %n tilbage</numerusform>
            <numerusform>sender… %n tilbage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n i kø</numerusform>
            <numerusform>%n i kø</numerusform>
        </translation>
    </message>
    <message>
        <source>sending is not available here</source>
        <translation>afsendelse er ikke tilgængelig her</translation>
    </message>
    <message>
        <source>not configured: set up the SMTP server (SMTP settings…)</source>
        <translation>ikke konfigureret: konfigurér SMTP-serveren (SMTP-indstillinger…)</translation>
    </message>
    <message>
        <source>the password is needed: click “Send now”</source>
        <translation>adgangskoden skal bruges: klik på »Send nu«</translation>
    </message>
    <message>
        <source>the server could not be reached (%1)</source>
        <translation>serveren kunne ikke nås (%1)</translation>
    </message>
    <message>
        <source>the connection was lost (%1)</source>
        <translation>forbindelsen blev afbrudt (%1)</translation>
    </message>
    <message>
        <source>the server asked to try again later</source>
        <translation>serveren bad om et nyt forsøg senere</translation>
    </message>
    <message numerus="yes">
        <source>next try in %n min</source>
        <translation>
            <numerusform>næste forsøg om %n min</numerusform>
            <numerusform>næste forsøg om %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %n s</source>
        <translation>
            <numerusform>næste forsøg om %n s</numerusform>
            <numerusform>næste forsøg om %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>sending automatically is off: click “Send now”</source>
        <translation>automatisk afsendelse er slået fra: klik på »Send nu«</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>venter på at blive sendt</translation>
    </message>
    <message>
        <source>Resend unknown</source>
        <translation>Send ukendte igen</translation>
    </message>
    <message numerus="yes">
        <source>The connection ended while %n message(s) were being handed over: the server may have taken them, so these may already have been sent. Sending them again can give those people the minutes twice.

Queue them again?</source>
        <translation>
            <numerusform>Forbindelsen blev afbrudt, mens %n meddelelse blev overleveret: serveren har måske modtaget den, så den er måske allerede sendt. Hvis den sendes igen, kan modtageren få referatet to gange.

Vil du sætte den i kø igen?</numerusform>
            <numerusform>Forbindelsen blev afbrudt, mens %n meddelelser blev overleveret: serveren har måske modtaget dem, så de er måske allerede sendt. Hvis de sendes igen, kan disse personer få referatet to gange.

Vil du sætte dem i kø igen?</numerusform>
        </translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP-adgangskode</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>Adgangskode til %1 på %2:</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring, so it is not asked again on this laptop?</source>
        <translation>Vil du gemme adgangskoden i systemets nøglering, så du ikke bliver spurgt om den igen på denne computer?</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>The SMTP settings are not complete: %1</source>
        <translation>SMTP-indstillingerne er ikke fuldstændige: %1</translation>
    </message>
    <message>
        <source>Sending failed: %1</source>
        <translation>Afsendelsen mislykkedes: %1</translation>
    </message>
    <message>
        <source>The server refused the login (%1). Check the user name and password in the SMTP settings; nothing is sent until then.</source>
        <translation>Serveren afviste login (%1). Kontrollér brugernavnet og adgangskoden i SMTP-indstillingerne; intet bliver sendt, før det er gjort.</translation>
    </message>
    <message>
        <source>No secure connection to the server (%1). Check the security setting and the port in the SMTP settings; nothing is sent until then.</source>
        <translation>Ingen sikker forbindelse til serveren (%1). Kontrollér sikkerhedsindstillingen og porten i SMTP-indstillingerne; intet bliver sendt, før det er gjort.</translation>
    </message>
    <message>
        <source>The server refused the sender address (%1). Check the sender in the SMTP settings; nothing is sent until then.</source>
        <translation>Serveren afviste afsenderadressen (%1). Kontrollér afsenderen i SMTP-indstillingerne; intet bliver sendt, før det er gjort.</translation>
    </message>
</context>
<context>
    <name>OverviewController</name>
    <message>
        <source>Edit workshop details</source>
        <translation>ændring af workshopoplysninger</translation>
    </message>
    <message>
        <source>Add agenda block</source>
        <translation>nyt programpunkt</translation>
    </message>
    <message>
        <source>Remove agenda block</source>
        <translation>fjernelse af programpunkt</translation>
    </message>
    <message>
        <source>Edit agenda block</source>
        <translation>ændring af programpunkt</translation>
    </message>
    <message>
        <source>Move agenda block</source>
        <translation>flytning af programpunkt</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>New block</source>
        <translation>Nyt programpunkt</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation>Ti&amp;lføj punkt</translation>
    </message>
    <message>
        <source>Add a block after the selected one (Ctrl+Shift+N)</source>
        <translation>Tilføj et programpunkt efter det valgte (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Fj&amp;ern</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flyt ne&amp;d</translation>
    </message>
    <message>
        <source>Double-click a cell to edit. Start times follow from the durations; type a start time to pin a block there (lunch at 12:00), clear it to let it float again.</source>
        <translation>Dobbeltklik på en celle for at redigere den. Starttiderne følger af varighederne; skriv et starttidspunkt for at fastlåse et punkt dér (frokost kl. 12:00), og ryd feltet for at lade punktet flyde igen.</translation>
    </message>
</context>
<context>
    <name>OwnUndo</name>
    <message>
        <source>The last change was not made here; undo it there.</source>
        <translation>Den seneste ændring blev ikke foretaget her; fortryd den dér, hvor den blev foretaget.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Fortrudt: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Gentaget: %1</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>%1 and %2: together</source>
        <translation>%1 og %2: sammen</translation>
    </message>
    <message>
        <source>%1 and %2: apart</source>
        <translation>%1 og %2: hver for sig</translation>
    </message>
</context>
<context>
    <name>Participant</name>
    <message>
        <source>A participant needs a name.</source>
        <translation>En deltager skal have et navn.</translation>
    </message>
    <message>
        <source>That e-mail address is not valid.</source>
        <translation>E-mailadressen er ikke gyldig.</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation>En organisation skal have et navn.</translation>
    </message>
    <message>
        <source>Another organisation already has that name.</source>
        <translation>En anden organisation har allerede det navn.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Other tags</source>
        <translation>Andre mærker</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Rediger deltager</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Ny deltager</translation>
    </message>
    <message>
        <source>recorded now when you press OK</source>
        <translation>registreres nu, når du trykker OK</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>En deltager skal have et navn.</translation>
    </message>
    <message>
        <source>That e-mail address is not valid.</source>
        <translation>E-mailadressen er ikke gyldig.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Role or title</source>
        <translation>&amp;Rolle eller stilling</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mærker</translation>
    </message>
    <message>
        <source>Other tags, separated by commas</source>
        <translation>Andre mærker, adskilt med komma</translation>
    </message>
    <message>
        <source>&amp;Dietary needs</source>
        <translation>&amp;Kost</translation>
    </message>
    <message>
        <source>Stays o&amp;vernight</source>
        <translation>O&amp;vernatter</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Receives the &amp;minutes</source>
        <translation>Modtager &amp;referatet</translation>
    </message>
    <message>
        <source>The workshop&apos;s own follow-up: on unless the person opts out</source>
        <translation>Workshoppens egen opfølgning: til, medmindre personen fravælger det</translation>
    </message>
    <message>
        <source>Contact details may be &amp;shared with the other participants</source>
        <translation>Kontaktoplysningerne må &amp;deles med de andre deltagere</translation>
    </message>
    <message>
        <source>May appear in p&amp;hotos</source>
        <translation>Må gerne være med på &amp;billeder</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;ter</translation>
    </message>
</context>
<context>
    <name>ParticipantList</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tilføj…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;ksportér</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>R&amp;ediger…</translation>
    </message>
    <message>
        <source>Set c&amp;onsent…</source>
        <translation>Registrér s&amp;amtykke…</translation>
    </message>
    <message>
        <source>Record a consent for the selected participants (select several at once)</source>
        <translation>Registrér et samtykke for de valgte deltagere (vælg flere på én gang)</translation>
    </message>
    <message>
        <source>With shared contact details…</source>
        <translation>Med delte kontaktoplysninger…</translation>
    </message>
    <message>
        <source>E-mail and phone only for participants who agreed to share them</source>
        <translation>E-mail og telefon kun for deltagere, der har givet samtykke til at dele dem</translation>
    </message>
    <message>
        <source>Only name, organisation and role (no personal details)…</source>
        <translation>Kun navn, organisation og rolle (ingen personoplysninger)…</translation>
    </message>
    <message>
        <source>For your own use, with every contact detail…</source>
        <translation>Til eget brug, med alle kontaktoplysninger…</translation>
    </message>
    <message>
        <source>Everyone&apos;s e-mail and phone, under headings that say the file is not to be shared</source>
        <translation>Alles e-mail og telefon, under overskrifter, der siger, at filen ikke må deles</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <source>Import a sign-up list (CSV, text or Excel) from your registration form</source>
        <translation>Importér en tilmeldingsliste (CSV, tekst eller Excel) fra din tilmeldingsformular</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Udskriv</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Navneskilte</translation>
    </message>
    <message>
        <source>QR code for voting from a phone</source>
        <translation>QR-kode til at stemme fra telefonen</translation>
    </message>
    <message>
        <source>Each badge carries its holder&apos;s own code: scanned with a phone on the venue network, it lets named votes know who voted, without any accounts</source>
        <translation>Hvert navneskilt får indehaverens egen kode: scannet med telefonen på lokalnetværket fortæller den navngivne afstemninger, hvem der stemte, uden nogen konti</translation>
    </message>
    <message>
        <source>Attendance sheet for signatures…</source>
        <translation>Fremmødeliste til underskrift…</translation>
    </message>
    <message>
        <source>Participant list with shared contact details…</source>
        <translation>Deltagerliste med delte kontaktoplysninger…</translation>
    </message>
    <message>
        <source>Participant list without contact details…</source>
        <translation>Deltagerliste uden kontaktoplysninger…</translation>
    </message>
    <message>
        <source>Search names, organisations, e-mail</source>
        <translation>Søg i navne, organisationer, e-mail</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Søg i deltagere</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>No participants yet. Add them one by one, or import the sign-up list (CSV or Excel) from your registration form.</source>
        <translation>Ingen deltagere endnu. Tilføj dem én ad gangen, eller importér tilmeldingslisten (CSV eller Excel) fra din tilmeldingsformular.</translation>
    </message>
    <message>
        <source>Loading participants…</source>
        <translation>Henter deltagere …</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltager</numerusform>
            <numerusform>%n deltagere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consent recorded for %n participant(s).</source>
        <translation>
            <numerusform>Samtykke registreret for %n deltager.</numerusform>
            <numerusform>Samtykke registreret for %n deltagere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: everyone selected had already answered so.</source>
        <translation>Intet at ændre: alle valgte havde allerede svaret sådan.</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Slet deltager</translation>
    </message>
    <message>
        <source>Delete %1 and erase their personal data from this workshop file? You can undo this until you close the workshop.</source>
        <translation>Vil du slette %1 og fjerne personens personoplysninger fra denne workshopfil? Du kan fortryde, indtil du lukker workshoppen.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importér deltagere</translation>
    </message>
    <message>
        <source>Sign-up lists (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Tilmeldingslister (*.xlsx *.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Filen kan ikke importeres</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated.</source>
        <translation>Importerede %1: %2 nye, %3 opdaterede.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importen er færdig</translation>
    </message>
    <message>
        <source>A backup was taken first: File → Restore from backup… undoes it.</source>
        <translation>Der blev taget en sikkerhedskopi først: Filer → Gendan fra sikkerhedskopi… fortryder importen.</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Importen mislykkedes</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Fremmødeliste</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>Deltagerliste</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Gemt: %1.</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Eksportér deltagere</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-projektmappe (*.xlsx);;CSV til Excel (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n participant(s) to %1.</source>
        <translation>
            <numerusform>Eksporterede %n deltager til %1.</numerusform>
            <numerusform>Eksporterede %n deltagere til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>Eksporten mislykkedes</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Set consent…</source>
        <translation>Registrér samtykke…</translation>
    </message>
    <message>
        <source>Mark as: %1</source>
        <translation>Markér som: %1</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message numerus="yes">
        <source>Set consent for %n participant(s)…</source>
        <translation>
            <numerusform>Registrér samtykke for %n deltager…</numerusform>
            <numerusform>Registrér samtykke for %n deltagere…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mærker</translation>
    </message>
</context>
<context>
    <name>ParticipantsController</name>
    <message>
        <source>Register %1</source>
        <translation>registrering af %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>ændring af %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>sletning af %1</translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation>indtjekning af %1</translation>
    </message>
    <message>
        <source>Change attendance of %1</source>
        <translation>ændring af fremmøde for %1</translation>
    </message>
    <message numerus="yes">
        <source>Give consent for %n participant(s)</source>
        <translation>
            <numerusform>Giv samtykke for %n deltager</numerusform>
            <numerusform>Giv samtykke for %n deltagere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw consent for %n participant(s)</source>
        <translation>
            <numerusform>Træk samtykke tilbage for %n deltager</numerusform>
            <numerusform>Træk samtykke tilbage for %n deltagere</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit organisation %1</source>
        <translation>ændring af organisationen %1</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Indtjekning</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
</context>
<context>
    <name>ParticipantsWork</name>
    <message>
        <source>Saving…</source>
        <translation>Gemmer …</translation>
    </message>
    <message>
        <source>Reading the list… %1 of %2 rows</source>
        <translation>Læser listen … %1 af %2 rækker</translation>
    </message>
    <message>
        <source>The import was cancelled. The workshop is as it was before.</source>
        <translation>Importen blev afbrudt. Workshoppen er som før.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import afbrudt</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importerer %1</translation>
    </message>
    <message>
        <source>Taking a backup first…</source>
        <translation>Tager først en sikkerhedskopi …</translation>
    </message>
    <message>
        <source>Writing %1 of %2 participants…</source>
        <translation>Skriver %1 af %2 deltagere …</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>Eksporten blev afbrudt. Ingen fil blev skrevet.</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Eksport afbrudt</translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>Eksporterer til %1</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>“%1” no longer exists.</source>
        <translation>»%1« findes ikke længere.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a photo.</source>
        <translation>»%1« er en mappe, ikke et billede.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (no permission).</source>
        <translation>»%1« kan ikke læses (ingen tilladelse).</translation>
    </message>
    <message>
        <source>“%1” is too large (more than 60 MB or 180 megapixels).</source>
        <translation>Billedet »%1« er for stort (mere end 60 MB eller 180 megapixel).</translation>
    </message>
    <message>
        <source>“%1” is a HEIC photo, which Facilitator cannot read. On the phone, choose “Most compatible” (JPEG) for photos, or export it as JPEG first.</source>
        <translation>»%1« er et HEIC-billede, som Facilitator ikke kan læse. Vælg »Mest kompatibel« (JPEG) til fotos på telefonen, eller eksportér billedet som JPEG først.</translation>
    </message>
    <message>
        <source>“%1” is not a photo Facilitator can read (JPEG, PNG, WebP, GIF or TIFF).</source>
        <translation>»%1« er ikke et billede, Facilitator kan læse (JPEG, PNG, WebP, GIF eller TIFF).</translation>
    </message>
    <message>
        <source>Attach photos…</source>
        <translation>Vedhæft billeder…</translation>
    </message>
    <message>
        <source>Caption…</source>
        <translation>Billedtekst…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Billeder</translation>
    </message>
    <message>
        <source>Choose a question above to attach photos to it.</source>
        <translation>Vælg et spørgsmål ovenfor for at vedhæfte billeder til det.</translation>
    </message>
    <message>
        <source>Photos of flipcharts or sticky-note walls go into the minutes.</source>
        <translation>Billeder af flipovere eller vægge med post-its kommer med i referatet.</translation>
    </message>
    <message>
        <source>Double-click a photo to see it large.</source>
        <translation>Dobbeltklik på et billede for at se det i stort format.</translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>Vedhæft billeder</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.heic)</source>
        <translation>Billeder (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.heic)</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n photo(s)…</source>
        <translation>
            <numerusform>Klargør %n billede…</numerusform>
            <numerusform>Klargør %n billeder…</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached %1</source>
        <translation>Vedhæftede %1</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Billedtekst</translation>
    </message>
    <message>
        <source>Caption for the minutes:</source>
        <translation>Billedtekst til referatet:</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>PIN</source>
        <translation>Pinkode</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>For mange forkerte pinkoder. Prøv igen om %n sekund.</numerusform>
            <numerusform>For mange forkerte pinkoder. Prøv igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. The window stays open.</source>
        <translation>Forkert pinkode. Vinduet bliver stående.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Systemets sprog</translation>
    </message>
    <message>
        <source>Language of the welcome screen</source>
        <translation>Sproget på velkomstskærmen</translation>
    </message>
    <message>
        <source>An open workshop is shown in its own language.</source>
        <translation>En åben workshop vises på sit eget sprog.</translation>
    </message>
    <message>
        <source>Welcome screen</source>
        <translation>Velkomstskærm</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprog:</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes between backups</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between automatic backups</source>
        <translation>Minutter mellem automatiske sikkerhedskopier</translation>
    </message>
    <message>
        <source>Backups kept per workshop</source>
        <translation>Sikkerhedskopier, der gemmes pr. workshop</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mappe til sikkerhedskopier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg …</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Vælg mappen til sikkerhedskopier</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Back up into the app&apos;s own data folder</source>
        <translation>Tag sikkerhedskopi i appens egen datamappe</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatiske sikkerhedskopier</translation>
    </message>
    <message>
        <source>Back up every:</source>
        <translation>Sikkerhedskopi hvert:</translation>
    </message>
    <message>
        <source>Backups kept per workshop:</source>
        <translation>Gemmes pr. workshop:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>Port of the venue network</source>
        <translation>Porten til lokalnetværket</translation>
    </message>
    <message>
        <source>Used the next time the venue network is started (File → Venue network).</source>
        <translation>Bruges næste gang lokalnetværket startes (Filer → Lokalnetværk).</translation>
    </message>
    <message>
        <source>Venue network (phones)</source>
        <translation>Lokalnetværk (telefoner)</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>SMTP settings…</source>
        <translation>SMTP-indstillinger …</translation>
    </message>
    <message>
        <source>Default name badge sheet</source>
        <translation>Standardark til navneskilte</translation>
    </message>
    <message>
        <source>Mail and printing</source>
        <translation>E-mail og udskrivning</translation>
    </message>
    <message>
        <source>Sending the minutes:</source>
        <translation>Afsendelse af referatet:</translation>
    </message>
    <message>
        <source>Name badge sheet:</source>
        <translation>Ark til navneskilte:</translation>
    </message>
    <message>
        <source>Folder for the automatic backups</source>
        <translation>Mappe til de automatiske sikkerhedskopier</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>Ikke sat op endnu</translation>
    </message>
    <message>
        <source>Backups cannot be written to %1 (%2). Choose another folder; nothing was changed.</source>
        <translation>Sikkerhedskopier kan ikke skrives til %1 (%2). Vælg en anden mappe; intet blev ændret.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Skriver …</translation>
    </message>
    <message>
        <source>Laying out page %1…</source>
        <translation>Sætter side %1 op …</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF&apos;en er gemt</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Gemt: %1.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not saved.</source>
        <translation>Afbrudt: %1 blev ikke gemt.</translation>
    </message>
    <message>
        <source>The PDF could not be made</source>
        <translation>PDF&apos;en kunne ikke oprettes</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Gemmer %1</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Sætter siderne op …</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel the work</source>
        <translation>Afbryd arbejdet</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopper …</translation>
    </message>
</context>
<context>
    <name>QuadrantChart</name>
    <message>
        <source>Item</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Kvadrant</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n mere</numerusform>
            <numerusform>+ %n mere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <source>Whole workshop</source>
        <translation>Hele workshoppen</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Slet spørgsmål</translation>
    </message>
    <message numerus="yes">
        <source>Delete this question with its %n idea(s), its themes and photos? Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Vil du slette dette spørgsmål med dets %n idé, temaer og billeder? Rediger → Fortryd henter dem tilbage.</numerusform>
            <numerusform>Vil du slette dette spørgsmål med dets %n idéer, temaer og billeder? Rediger → Fortryd henter dem tilbage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>The questions the groups work on. A question can be for the whole workshop or for one group round; a group&apos;s own question is set on the Groups page.</source>
        <translation>De spørgsmål, grupperne arbejder med. Et spørgsmål kan gælde hele workshoppen eller én grupperunde; en gruppes eget spørgsmål angiver du på siden Grupper.</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Spørgsmål</translation>
    </message>
    <message>
        <source>e.g. Which drivers will change industry in our region?</source>
        <translation>f.eks. Hvilke drivkræfter vil forandre industrien i vores region?</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Gælder</translation>
    </message>
    <message>
        <source>&amp;Add as new question</source>
        <translation>&amp;Tilføj som nyt spørgsmål</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>G&amp;em ændringer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>S&amp;let…</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Whole workshop</source>
        <translation>Hele workshoppen</translation>
    </message>
</context>
<context>
    <name>RankingTab</name>
    <message>
        <source>Ranking</source>
        <translation>Rangering</translation>
    </message>
    <message>
        <source>Bar chart of the ranking</source>
        <translation>Søjlediagram over rangeringen</translation>
    </message>
    <message>
        <source>Items whose disagreement is above this are flagged: the room is split on them. 0 = flag any spread, 1 = flag nothing.</source>
        <translation>Forslag med uenighed over denne værdi markeres: salen er delt i synet på dem. 0 = markér al spredning, 1 = markér intet.</translation>
    </message>
    <message>
        <source>Disagreement threshold:</source>
        <translation>Tærskel for uenighed:</translation>
    </message>
    <message>
        <source>No ballots yet.</source>
        <translation>Ingen stemmesedler endnu.</translation>
    </message>
</context>
<context>
    <name>RecentCheckInsModel</name>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
</context>
<context>
    <name>RecentCheckInsView</name>
    <message>
        <source>Undo the check-in of %1</source>
        <translation>Fortryd indtjekningen af %1</translation>
    </message>
</context>
<context>
    <name>RecentFilesModel</name>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (ikke fundet)</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <source>Facilitator keeps automatic backups of this workshop. Choose one to replace the workshop&apos;s current contents. The current state is backed up first, so you can return to it.</source>
        <translation>Facilitator tager automatisk sikkerhedskopier af denne workshop. Vælg en af dem for at erstatte workshoppens nuværende indhold. Der tages først en sikkerhedskopi af den nuværende tilstand, så du kan vende tilbage til den.</translation>
    </message>
    <message>
        <source>There are no backups of this workshop yet. The first is taken a few minutes after opening it, and whenever it is closed.</source>
        <translation>Der er endnu ingen sikkerhedskopier af denne workshop. Den første tages et par minutter efter, at den er åbnet, og derefter hver gang den lukkes.</translation>
    </message>
</context>
<context>
    <name>ResultTexts</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prikker</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Mean points</source>
        <translation>Gennemsnitlige point</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Godkendelser</translation>
    </message>
    <message>
        <source>Dots given (negative dots subtract).</source>
        <translation>Givne prikker (negative prikker trækkes fra).</translation>
    </message>
    <message>
        <source>Points given.</source>
        <translation>Givne point.</translation>
    </message>
    <message>
        <source>Mean Borda points over everyone who ranked: first place gets k points, second k − 1, and so on; not ranked gets 0.</source>
        <translation>Gennemsnitlige Borda-point blandt alle, der rangerede: førstepladsen giver k point, andenpladsen k − 1 og så videre; ikke rangeret giver 0.</translation>
    </message>
    <message>
        <source>Mean rating on each criterion as a share of its scale, weighted by the criteria&apos;s weights (100% = everyone gave the top score).</source>
        <translation>Gennemsnitlig bedømmelse på hvert kriterium som andel af skalaen, vægtet efter kriteriernes vægt (100&#xa0;% = alle gav den højeste værdi).</translation>
    </message>
    <message>
        <source>Voters who support the item, and their share.</source>
        <translation>Vælgere, der støtter forslaget, og deres andel.</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s)</source>
        <translation>
            <numerusform>%n vælger</numerusform>
            <numerusform>%n vælgere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n stemmeseddel</numerusform>
            <numerusform>%n stemmesedler</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known: a paper tally or group sheet for several people gives its dots or points in all, not how many people gave them to this item.</source>
        <translation>Ukendt: en papiroptælling eller gruppeseddel for flere personer giver prikkerne eller pointene samlet, ikke hvor mange der gav dem til dette forslag.</translation>
    </message>
    <message>
        <source>Shares rank %1 with %2: the same score, %3.</source>
        <translation>Deler plads %1 med %2: samme score, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) gave this item something.</source>
        <translation>
            <numerusform>%n vælger gav dette forslag noget.</numerusform>
            <numerusform>%n vælgere gav dette forslag noget.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First place for %n voter(s).</source>
        <translation>
            <numerusform>Førsteplads hos %n vælger.</numerusform>
            <numerusform>Førsteplads hos %n vælgere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Voters per rank (rank: voters): %1</source>
        <translation>Vælgere pr. plads (plads: vælgere): %1</translation>
    </message>
    <message>
        <source>No measure: it needs at least two individual ballots (tallies and group sheets are totals and do not count).</source>
        <translation>Ikke målt: det kræver mindst to individuelle stemmesedler (optællinger og gruppers fordelinger er summer og tæller ikke med).</translation>
    </message>
    <message>
        <source>Disagreement %1: 0 = everyone agrees, 1 = an even split between the extremes.</source>
        <translation>Uenighed %1: 0 = alle er enige, 1 = ligeligt delt mellem yderpunkterne.</translation>
    </message>
    <message numerus="yes">
        <source>From %n individual ballot(s).</source>
        <translation>
            <numerusform>Fra %n individuel stemmeseddel.</numerusform>
            <numerusform>Fra %n individuelle stemmesedler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Above the threshold %1: the room disagrees, worth a discussion.</source>
        <translation>Over tærsklen %1: salen er uenig, værd at drøfte.</translation>
    </message>
    <message>
        <source>The room disagrees on this item</source>
        <translation>Salen er uenig om dette forslag</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>kladde</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åben</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Open, results live</source>
        <translation>Åben, resultater løbende</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>%1 · %2 from %3</source>
        <translation>%1 · %2 fra %3</translation>
    </message>
    <message>
        <source>Results are hidden until the vote closes.</source>
        <translation>Resultaterne er skjult, indtil afstemningen lukkes.</translation>
    </message>
    <message>
        <source>Results are hidden: the vote has not been opened yet.</source>
        <translation>Resultaterne er skjult: afstemningen er endnu ikke åbnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) cast so far.</source>
        <translation>
            <numerusform>%n stemmeseddel afgivet indtil nu.</numerusform>
            <numerusform>%n stemmesedler afgivet indtil nu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) flagged: the room disagrees on them.</source>
        <translation>
            <numerusform>%n forslag markeret: salen er uenig om det.</numerusform>
            <numerusform>%n forslag markeret: salen er uenig om dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>No item is above the threshold.</source>
        <translation>Intet forslag er over tærsklen.</translation>
    </message>
    <message>
        <source>No breakdown by group: no group ballots, and no named ballots from people placed in groups.</source>
        <translation>Ingen opdeling efter gruppe: ingen stemmesedler fra grupper og ingen stemmesedler med navn fra personer, der er placeret i grupper.</translation>
    </message>
    <message>
        <source>Scores among the ballots of each group of “%1”.</source>
        <translation>Resultater blandt stemmesedlerne fra hver gruppe i »%1«.</translation>
    </message>
    <message>
        <source>Scores among the ballots of each group.</source>
        <translation>Resultater blandt stemmesedlerne fra hver gruppe.</translation>
    </message>
    <message>
        <source>Scores among the ballots of each organisation&apos;s people.</source>
        <translation>Resultater blandt stemmesedlerne fra hver organisations folk.</translation>
    </message>
    <message>
        <source>The vote is anonymous: there is no breakdown by organisation.</source>
        <translation>Afstemningen er anonym: der er ingen opdeling efter organisation.</translation>
    </message>
    <message>
        <source>No named ballots yet.</source>
        <translation>Ingen stemmesedler med navn endnu.</translation>
    </message>
    <message>
        <source>The 2×2 chart needs a vote with criteria.</source>
        <translation>2×2-diagrammet kræver en afstemning med kriterier.</translation>
    </message>
    <message>
        <source>Pick two different criteria.</source>
        <translation>Vælg to forskellige kriterier.</translation>
    </message>
    <message>
        <source>Each item at its mean rating on both criteria.</source>
        <translation>Hvert forslag placeret efter gennemsnitlig bedømmelse på begge kriterier.</translation>
    </message>
    <message numerus="yes">
        <source>%n checked-in participant(s) have not voted yet.</source>
        <translation>
            <numerusform>%n deltager, der er tjekket ind, har endnu ikke stemt.</numerusform>
            <numerusform>%n deltagere, der er tjekket ind, har endnu ikke stemt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone checked in has voted.</source>
        <translation>Alle, der er tjekket ind, har stemt.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Rank</source>
        <translation>Plads</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Vælgere</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Uenighed</translation>
    </message>
    <message>
        <source>How far individual ballots spread: 0 = everyone agrees, 1 = an even split between the extremes.</source>
        <translation>Hvor meget de individuelle stemmesedler spreder sig: 0 = alle er enige, 1 = ligeligt delt mellem yderpunkterne.</translation>
    </message>
    <message>
        <source>Mean rating on the scale %1 to %2</source>
        <translation>Gennemsnitlig bedømmelse på skalaen %1 til %2</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Vote:</source>
        <translation>Afstemning:</translation>
    </message>
    <message>
        <source>Show on projector</source>
        <translation>Vis på projektor</translation>
    </message>
    <message>
        <source>Show this vote&apos;s results on the second screen (hidden while it is open).</source>
        <translation>Vis afstemningens resultater på den ekstra skærm (skjult, mens den er åben).</translation>
    </message>
    <message>
        <source>No votes yet. Prepare one on the Voting stage; its results appear here.</source>
        <translation>Ingen afstemninger endnu. Forbered en på siden Afstemning; resultaterne vises her.</translation>
    </message>
    <message>
        <source>Reveal to me</source>
        <translation>Vis kun for mig</translation>
    </message>
    <message>
        <source>Show the results on this screen only. Turn it away from the room: seeing the scores while voting sways the vote.</source>
        <translation>Vis kun resultaterne på denne skærm. Vend den væk fra salen: at se resultaterne, mens der stemmes, påvirker afstemningen.</translation>
    </message>
    <message>
        <source>Revealed on this screen only: the vote is still open and the projector keeps the results hidden.</source>
        <translation>Vises kun på denne skærm: afstemningen er stadig åben, og projektoren holder resultaterne skjult.</translation>
    </message>
    <message>
        <source>Results by group</source>
        <translation>Resultater pr. gruppe</translation>
    </message>
    <message>
        <source>Results by organisation</source>
        <translation>Resultater pr. organisation</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangering</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>Efter gruppe</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>Efter organisation</translation>
    </message>
    <message>
        <source>2×2</source>
        <translation>2×2</translation>
    </message>
    <message>
        <source>Not voted</source>
        <translation>Ikke stemt</translation>
    </message>
</context>
<context>
    <name>ResultsProjector</name>
    <message>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <source>This vote no longer exists.</source>
        <translation>Denne afstemning findes ikke længere.</translation>
    </message>
    <message>
        <source>Results – %1</source>
        <translation>Resultater – %1</translation>
    </message>
    <message>
        <source>Voting is open — results when it closes</source>
        <translation>Afstemningen er åben — resultaterne kommer, når den lukkes</translation>
    </message>
    <message>
        <source>Voting has not started yet</source>
        <translation>Afstemningen er ikke startet endnu</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) cast</source>
        <translation>
            <numerusform>%n stemmeseddel afgivet</numerusform>
            <numerusform>%n stemmesedler afgivet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 fra %2</translation>
    </message>
    <message>
        <source>%1 · voting is still open</source>
        <translation>%1 · afstemningen er stadig åben</translation>
    </message>
    <message>
        <source>No ballots yet.</source>
        <translation>Ingen stemmesedler endnu.</translation>
    </message>
</context>
<context>
    <name>RoundBoard</name>
    <message>
        <source>No group rounds yet. Create one (for example “Group work 1: drivers of change”), then let Facilitator assign people so that everyone meets people from other companies.</source>
        <translation>Ingen grupperunder endnu. Opret en (f.eks. »Gruppearbejde 1: drivkræfter bag forandring«), og lad så Facilitator fordele deltagerne, så alle møder folk fra andre virksomheder.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… og %n mere.</numerusform>
            <numerusform>… og %n mere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question for %1</source>
        <translation>Spørgsmål til %1</translation>
    </message>
    <message>
        <source>The question this group works on (leave empty for none):</source>
        <translation>Spørgsmålet, denne gruppe arbejder med (lad feltet være tomt for intet):</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <source>Lock in this group</source>
        <translation>Lås til denne gruppe</translation>
    </message>
    <message>
        <source>Not the group leader</source>
        <translation>Fjern som gruppeleder</translation>
    </message>
    <message>
        <source>Make group leader</source>
        <translation>Gør til gruppeleder</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Flyt til</translation>
    </message>
    <message>
        <source>Set the group&apos;s question…</source>
        <translation>Angiv gruppens spørgsmål…</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>First person of the pair</source>
        <translation>Første person i parret</translation>
    </message>
    <message>
        <source>Second person of the pair</source>
        <translation>Anden person i parret</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Intet</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Mærke: %1</translation>
    </message>
    <message>
        <source>Edit group round</source>
        <translation>Rediger grupperunde</translation>
    </message>
    <message>
        <source>New group round</source>
        <translation>Ny grupperunde</translation>
    </message>
    <message>
        <source>%1 people in %2 groups: %3 per group.</source>
        <translation>%1 deltagere i %2 grupper: %3 pr. gruppe.</translation>
    </message>
    <message>
        <source>%1 people in %2 groups.</source>
        <translation>%1 deltagere i %2 grupper.</translation>
    </message>
    <message>
        <source>Nobody here is tagged “group leader”, so no group gets a leader. Tag the group leaders on the Participants page, or untick this rule.</source>
        <translation>Ingen her er mærket »gruppeleder«, så ingen gruppe får en leder. Mærk gruppelederne på siden Deltagere, eller fjern denne regel.</translation>
    </message>
    <message>
        <source>Give the round a title.</source>
        <translation>Giv runden en titel.</translation>
    </message>
    <message>
        <source>A pair cannot be kept both apart and together.</source>
        <translation>Et par kan ikke både holdes adskilt og sammen.</translation>
    </message>
    <message>
        <source>Group round</source>
        <translation>Grupperunde</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>e.g. Group work 1: drivers of change</source>
        <translation>f.eks. Gruppearbejde 1: drivkræfter bag forandring</translation>
    </message>
    <message>
        <source>Number of &amp;groups</source>
        <translation>&amp;Antal grupper</translation>
    </message>
    <message>
        <source>People per gro&amp;up</source>
        <translation>Deltagere &amp;pr. gruppe</translation>
    </message>
    <message>
        <source>Group &amp;names</source>
        <translation>Gruppe&amp;navne</translation>
    </message>
    <message>
        <source>One name per line (mountains, rooms, colours); empty lines become numbers</source>
        <translation>Ét navn pr. linje (bjerge, lokaler, farver); tomme linjer bliver til numre</translation>
    </message>
    <message>
        <source>Rules for assigning automatically</source>
        <translation>Regler for automatisk fordeling</translation>
    </message>
    <message>
        <source>&amp;Spread organisations: no two people from one organisation in a group</source>
        <translation>&amp;Spred organisationerne: aldrig to fra samme organisation i en gruppe</translation>
    </message>
    <message>
        <source>One group &amp;leader per group (people tagged “group leader”)</source>
        <translation>Én gruppe&amp;leder pr. gruppe (deltagere med mærket »gruppeleder«)</translation>
    </message>
    <message>
        <source>Keep toge&amp;ther</source>
        <translation>Hold sa&amp;mmen</translation>
    </message>
    <message>
        <source>&amp;Rotate: meet as many new people as possible compared with earlier rounds</source>
        <translation>&amp;Rotation: mød så mange nye mennesker som muligt i forhold til tidligere runder</translation>
    </message>
    <message>
        <source>Only people who have &amp;checked in (otherwise everyone registered)</source>
        <translation>Kun deltagere, der er tjekket &amp;ind (ellers alle tilmeldte)</translation>
    </message>
    <message>
        <source>&amp;Balance groups by</source>
        <translation>&amp;Balancér grupperne efter</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Keep &amp;apart</source>
        <translation>Hold a&amp;dskilt</translation>
    </message>
    <message>
        <source>Remove the selected pair</source>
        <translation>Fjern det valgte par</translation>
    </message>
</context>
<context>
    <name>RoundSolver</name>
    <message>
        <source>Assign groups</source>
        <translation>gruppefordeling</translation>
    </message>
    <message>
        <source>Groups assigned: %1 repeated pairings (at least %2 unavoidable).</source>
        <translation>Grupperne er fordelt: %1 par mødes igen (mindst %2 kan ikke undgås).</translation>
    </message>
    <message>
        <source>Assign automatically</source>
        <translation>Fordel automatisk</translation>
    </message>
    <message>
        <source>Replace the current groups? Locked people stay where they are. You can undo this.</source>
        <translation>Vil du erstatte de nuværende grupper? Låste deltagere bliver, hvor de er. Du kan fortryde det.</translation>
    </message>
    <message>
        <source>Finding groups where people meet new people…</source>
        <translation>Finder grupper, hvor deltagerne møder nye mennesker…</translation>
    </message>
    <message>
        <source>Stop and keep the best so far</source>
        <translation>Stop, og behold det bedste indtil nu</translation>
    </message>
    <message>
        <source>Re-balance</source>
        <translation>Balancér igen</translation>
    </message>
    <message>
        <source>Re-balance groups</source>
        <translation>ny balancering af grupperne</translation>
    </message>
    <message numerus="yes">
        <source>Re-balanced: %n person(s) moved or removed.</source>
        <translation>
            <numerusform>Balanceret igen: %n deltager flyttet eller fjernet.</numerusform>
            <numerusform>Balanceret igen: %n deltagere flyttet eller fjernet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundSummary</name>
    <message>
        <source>%1 placed in %2 groups.</source>
        <translation>%1 placeret i %2 grupper.</translation>
    </message>
    <message numerus="yes">
        <source>%n eligible person(s) not in a group yet.</source>
        <translation>
            <numerusform>%n deltager, der skal fordeles, er endnu ikke i en gruppe.</numerusform>
            <numerusform>%n deltagere, der skal fordeles, er endnu ikke i en gruppe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placed person(s) not checked in.</source>
        <translation>
            <numerusform>%n placeret deltager er ikke tjekket ind.</numerusform>
            <numerusform>%n placerede deltagere er ikke tjekket ind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeated pairings: %1 (at least %2 unavoidable).</source>
        <translation>Par, der mødes igen: %1 (mindst %2 kan ikke undgås).</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <source>%1
%2 groups, %3 placed</source>
        <translation>%1
%2 grupper, %3 placeret</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>no e-mail address</source>
        <translation>ingen e-mailadresse</translation>
    </message>
    <message>
        <source>the e-mail address is not valid</source>
        <translation>e-mailadressen er ikke gyldig</translation>
    </message>
    <message>
        <source>same e-mail address as someone above</source>
        <translation>samme e-mailadresse som en ovenfor</translation>
    </message>
    <message>
        <source>Send minutes</source>
        <translation>Send referat</translation>
    </message>
    <message>
        <source>Each recipient gets a message of their own with the minutes attached, so no one sees another&apos;s address. The messages are kept in the workshop file and sent when the laptop is online.</source>
        <translation>Hver modtager får sin egen meddelelse med referatet vedhæftet, så ingen ser andres adresser. Meddelelserne gemmes i workshopfilen og sendes, når computeren er online.</translation>
    </message>
    <message>
        <source>does not want to receive the minutes</source>
        <translation>ønsker ikke at modtage referatet</translation>
    </message>
    <message>
        <source>Checked-in participants who receive the minutes</source>
        <translation>Indtjekkede deltagere, der modtager referatet</translation>
    </message>
    <message>
        <source>Everyone registered who receives the minutes (also those who did not come)</source>
        <translation>Alle tilmeldte, der modtager referatet (også dem, der ikke kom)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Modtagere</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Emne:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Vedhæftet fil:</translation>
    </message>
    <message>
        <source>&amp;Queue for sending</source>
        <translation>&amp;Sæt i kø til afsendelse</translation>
    </message>
    <message>
        <source>Copy the PDF to a &amp;folder…</source>
        <translation>Kopiér PDF&apos;en til en &amp;mappe…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recipients&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modtagere&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Sprunget over: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) chosen</source>
        <translation>
            <numerusform>%n modtager valgt</numerusform>
            <numerusform>%n modtagere valgt</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation>Vælg mindst én modtager.</translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation>Emnet er tomt.</translation>
    </message>
    <message>
        <source>Making the minutes and queuing them…</source>
        <translation>Opretter referatet og sætter det i kø…</translation>
    </message>
    <message>
        <source>Not queued again.</source>
        <translation>Ikke sat i kø igen.</translation>
    </message>
    <message>
        <source>Already queued</source>
        <translation>Allerede i kø</translation>
    </message>
    <message>
        <source>These minutes (%1) were already queued on %2 for %3 recipient(s). Queue them again? Those recipients would get them twice.</source>
        <translation>Dette referat (%1) blev allerede sat i kø %2 til %3 modtager(e). Vil du sætte det i kø igen? Disse modtagere vil så få det to gange.</translation>
    </message>
    <message>
        <source>Could not queue the minutes: %1</source>
        <translation>Referatet kunne ikke sættes i kø: %1</translation>
    </message>
    <message>
        <source>Copy the minutes to a folder</source>
        <translation>Kopiér referatet til en mappe</translation>
    </message>
    <message>
        <source>Making the minutes and copying them…</source>
        <translation>Opretter referatet og kopierer det…</translation>
    </message>
    <message>
        <source>Copied to %1</source>
        <translation>Kopieret til %1</translation>
    </message>
    <message>
        <source>Could not copy the minutes: %1</source>
        <translation>Referatet kunne ikke kopieres: %1</translation>
    </message>
</context>
<context>
    <name>SmtpDialog</name>
    <message>
        <source>SMTP settings</source>
        <translation>SMTP-indstillinger</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>f.eks. smtp.example.org</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalt port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (normalt port 465)</translation>
    </message>
    <message>
        <source>None (unencrypted, port 25)</source>
        <translation>Ingen (ukrypteret, port 25)</translation>
    </message>
    <message>
        <source>Usual port</source>
        <translation>Normal port</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>tomt: intet login</translation>
    </message>
    <message>
        <source>empty: the stored one, or ask</source>
        <translation>tomt: den gemte, eller spørg</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Gem adgangskoden i systemets nøglering</translation>
    </message>
    <message>
        <source>empty: the user name</source>
        <translation>tomt: brugernavnet</translation>
    </message>
    <message>
        <source>Send automatically whenever the server can be reached</source>
        <translation>Send automatisk, når serveren kan nås</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;ikkerhed:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Adgangs&amp;kode:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>Afsender&amp;adresse:</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>Afsender&amp;navn:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test forbindelsen</translation>
    </message>
    <message>
        <source>Enter the server first.</source>
        <translation>Angiv serveren først.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Forbinder til %1…</translation>
    </message>
    <message>
        <source>Enter the password to test the login.</source>
        <translation>Angiv adgangskoden for at teste login.</translation>
    </message>
    <message>
        <source>The server answered and took the login.</source>
        <translation>Serveren svarede og godkendte login.</translation>
    </message>
    <message>
        <source>The server answered.</source>
        <translation>Serveren svarede.</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>Serveren afviste login: %1</translation>
    </message>
    <message>
        <source>No secure connection: %1</source>
        <translation>Ingen sikker forbindelse: %1</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Serveren kunne ikke nås: %1</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Kan ikke gemme: %1</translation>
    </message>
    <message>
        <source>Storing the password in the system keyring…</source>
        <translation>Gemmer adgangskoden i systemets nøglering…</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Your turn</source>
        <translation>Din tur</translation>
    </message>
    <message>
        <source>Find your name and tap it, then press Start.</source>
        <translation>Find dit navn, tryk på det, og tryk derefter på Start.</translation>
    </message>
    <message>
        <source>Your vote is anonymous. Press Start when you are ready.</source>
        <translation>Din stemme er anonym. Tryk på Start, når du er klar.</translation>
    </message>
    <message>
        <source>Type your name…</source>
        <translation>Skriv dit navn…</translation>
    </message>
    <message>
        <source>Everyone checked in has voted. Ask the facilitator if your name is missing.</source>
        <translation>Alle, der er tjekket ind, har stemt. Spørg facilitatoren, hvis dit navn mangler.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>Tag</name>
    <message>
        <source>Group leader</source>
        <translation>Gruppeleder</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Oplægsholder</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studerende</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Arrangør</translation>
    </message>
</context>
<context>
    <name>TallyGrid</name>
    <message>
        <source>Tally</source>
        <translation>Optælling</translation>
    </message>
    <message>
        <source>The sheet stands for</source>
        <translation>Arket gælder for</translation>
    </message>
    <message>
        <source> voters</source>
        <translation> vælgere</translation>
    </message>
    <message>
        <source>How many people put their dots on this paper sheet: budgets and caps scale</source>
        <translation>Hvor mange der satte deres prikker på dette ark: antallet, der kan fordeles, og grænserne skaleres efter det</translation>
    </message>
    <message>
        <source>Type the count of each item and press Enter for the next one. Up goes back, Backspace or 0 clears. Every count is saved at once and can be undone.</source>
        <translation>Skriv antallet for hvert forslag, og tryk på Enter for at gå til det næste. Pil op går tilbage, Backspace eller 0 rydder. Hvert antal gemmes med det samme og kan fortrydes.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Godkendelser</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prikker</translation>
    </message>
    <message>
        <source>Choose a vote on the left.</source>
        <translation>Vælg en afstemning til venstre.</translation>
    </message>
    <message>
        <source>A paper tally counts dots, points or approvals. A ranking or a rating cannot be added up on one sheet: type each paper ballot, or each group&apos;s sheet, on the Ballots tab.</source>
        <translation>En papiroptælling tæller prikker, point eller godkendelser. En rangering eller bedømmelse kan ikke lægges sammen på ét ark: indtast hver stemmeseddel på papir eller hver gruppes ark under fanen Stemmesedler.</translation>
    </message>
    <message>
        <source>Open the vote to type in a tally.</source>
        <translation>Åbn afstemningen for at indtaste en optælling.</translation>
    </message>
    <message>
        <source>This vote is closed. A count typed here changes its results, which may already have been shown.</source>
        <translation>Denne afstemning er lukket. Et tal skrevet her ændrer dens resultater, som måske allerede er vist.</translation>
    </message>
    <message>
        <source>%1 for “%2” was not saved:</source>
        <translation>%1 for »%2« blev ikke gemt:</translation>
    </message>
    <message>
        <source>Tally saved</source>
        <translation>Optællingen er gemt</translation>
    </message>
    <message>
        <source>The counts do not fit %1 voters:</source>
        <translation>Antallene passer ikke med %1 vælgere:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dot(s) used</source>
        <translation>
            <numerusform>%1 af %n prik brugt</numerusform>
            <numerusform>%1 af %n prikker brugt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n point(s) used</source>
        <translation>
            <numerusform>%1 af %n point brugt</numerusform>
            <numerusform>%1 af %n point brugt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s)</source>
        <translation>
            <numerusform>%n godkendelse</numerusform>
            <numerusform>%n godkendelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %n voter(s).</source>
        <translation>
            <numerusform>Fra %n vælger.</numerusform>
            <numerusform>Fra %n vælgere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) × %1</source>
        <translation>
            <numerusform>%n vælger × %1</numerusform>
            <numerusform>%n vælgere × %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n tilbage</numerusform>
            <numerusform>%n tilbage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n per item (one per voter).</source>
        <translation>
            <numerusform>Højst %n pr. forslag (én pr. vælger).</numerusform>
            <numerusform>Højst %n pr. forslag (én pr. vælger).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n per item</source>
        <translation>
            <numerusform>Højst %n pr. forslag</numerusform>
            <numerusform>Højst %n pr. forslag</numerusform>
        </translation>
    </message>
    <message>
        <source>No cap per item.</source>
        <translation>Ingen grænse pr. forslag.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n negative dot(s) used.</source>
        <translation>
            <numerusform>%1 af %n negativ prik brugt.</numerusform>
            <numerusform>%1 af %n negative prikker brugt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more voter(s) on other ballots.</source>
        <translation>
            <numerusform>Yderligere %n vælger på andre stemmesedler.</numerusform>
            <numerusform>Yderligere %n vælgere på andre stemmesedler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>Item</source>
        <translation>Forslag</translation>
    </message>
</context>
<context>
    <name>ThemesPanel</name>
    <message>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nyt tema</translation>
    </message>
    <message>
        <source>Change the theme&apos;s colour</source>
        <translation>Skift temaets farve</translation>
    </message>
    <message>
        <source>Delete the theme (its ideas stay)</source>
        <translation>Slet temaet (idéerne bliver)</translation>
    </message>
    <message>
        <source>Drag ideas onto a theme to sort them.</source>
        <translation>Træk idéer over på et tema for at sortere dem.</translation>
    </message>
    <message>
        <source>Themes belong to one question. Which question is this theme for?</source>
        <translation>Temaer hører til ét spørgsmål. Hvilket spørgsmål er dette tema til?</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>Temafarve</translation>
    </message>
    <message>
        <source>Deleted theme %1; its ideas are not sorted now</source>
        <translation>Slettede temaet %1; idéerne er nu ikke sorteret</translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation>Nyt tema…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Omdøb</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farve…</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Slet tema</translation>
    </message>
    <message>
        <source>Show all themes</source>
        <translation>Vis alle temaer</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Time left on the countdown</source>
        <translation>Tid tilbage af nedtællingen</translation>
    </message>
    <message>
        <source>Take the time from a block of today&apos;s agenda</source>
        <translation>Hent tiden fra et punkt i dagens program</translation>
    </message>
    <message>
        <source>Agenda block</source>
        <translation>Programpunkt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes to count down</source>
        <translation>Antal minutter, der skal tælles ned</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start the countdown (again from the top)</source>
        <translation>Start nedtællingen (forfra igen)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <source>Stop the countdown and clear it</source>
        <translation>Stop nedtællingen, og nulstil den</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <source>One more minute</source>
        <translation>Et minut mere</translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <source>Day %1, %2</source>
        <translation>Dag %1, %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Kører</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Sat på pause</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tiden er gået</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsæt</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <comment>Edit menu; %1 names the step</comment>
        <translation>&amp;Fortryd: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <comment>Edit menu; %1 names the step</comment>
        <translation>&amp;Gentag: %1</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <source>Something went wrong inside Facilitator (%1). Your work is saved up to the last change shown as saved.

The details are in the log: %2</source>
        <translation>Der gik noget galt i Facilitator (%1). Dit arbejde er gemt til og med den sidste ændring, der blev vist som gemt.

Detaljerne står i loggen: %2</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Uventet fejl</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiér detaljer</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <source>Venue network</source>
        <translation>Lokalnetværk</translation>
    </message>
    <message>
        <source>Phones at the venue</source>
        <translation>Telefoner på stedet</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>The laptop&apos;s address on the network the phones are on (you can type one)</source>
        <translation>Computerens adresse på det netværk, telefonerne er på (du kan skrive en)</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Join link for everyone in the room</source>
        <translation>Link til alle i lokalet</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <source>Copy the join link</source>
        <translation>Kopiér linket</translation>
    </message>
    <message>
        <source>Join code:</source>
        <translation>Kode:</translation>
    </message>
    <message>
        <source>Regenerate join link…</source>
        <translation>Lav nyt link…</translation>
    </message>
    <message>
        <source>A new link and code; the old ones stop working at once</source>
        <translation>Nyt link og ny kode; de gamle holder op med at virke med det samme</translation>
    </message>
    <message>
        <source>Show join screen on the projector</source>
        <translation>Vis tilmeldingsskærmen på projektoren</translation>
    </message>
    <message>
        <source>The venue&apos;s Wi-Fi (optional, a second QR code)</source>
        <translation>Stedets Wi-Fi (valgfrit, en QR-kode mere)</translation>
    </message>
    <message>
        <source>Network name:</source>
        <translation>Netværksnavn:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Adgangskode:</translation>
    </message>
    <message>
        <source>The password is shown on the join screen only; it is never saved.</source>
        <translation>Adgangskoden vises kun på tilmeldingsskærmen; den gemmes aldrig.</translation>
    </message>
    <message>
        <source>If phones cannot connect</source>
        <translation>Hvis telefonerne ikke kan forbinde</translation>
    </message>
    <message>
        <source>• Phones must be on the same network as this laptop.
• Many venue Wi-Fi networks keep devices apart (client isolation), so phones cannot reach the laptop: bring a travel router, or turn on this laptop&apos;s hotspot and let the phones join it.
• Android may ask whether to stay connected to a network without internet: answer yes.
• The first time, the firewall may ask whether to allow Facilitator: allow it on private networks.</source>
        <translation>• Telefonerne skal være på samme netværk som denne computer.
• Mange Wi-Fi-netværk på hoteller og konferencesteder holder enhederne adskilt (klientisolering), så telefonerne ikke kan nå computeren: tag en rejserouter med, eller slå computerens hotspot til og lad telefonerne forbinde til det.
• Android kan spørge, om den skal forblive forbundet til et netværk uden internet: svar ja.
• Første gang kan firewallen spørge, om Facilitator må få adgang: tillad det på private netværk.</translation>
    </message>
    <message>
        <source>Scan to join</source>
        <translation>Scan for at deltage</translation>
    </message>
    <message>
        <source>%1 (this laptop only)</source>
        <translation>%1 (kun denne computer)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>On: phones can join at %1</source>
        <translation>Til: telefoner kan deltage på %1</translation>
    </message>
    <message>
        <source>The venue network is off</source>
        <translation>Lokalnetværket er slået fra</translation>
    </message>
    <message>
        <source>Regenerate the join link</source>
        <translation>Lav nyt link</translation>
    </message>
    <message>
        <source>Everyone holding the old link or code is locked out and must scan the new one. Make a new join link?</source>
        <translation>Alle med det gamle link eller den gamle kode bliver lukket ude og skal scanne det nye. Lav et nyt link?</translation>
    </message>
</context>
<context>
    <name>VenueIndicator</name>
    <message>
        <source>Venue network</source>
        <translation>Lokalnetværk</translation>
    </message>
    <message>
        <source>Venue network on · %1</source>
        <translation>Lokalnetværk til · %1</translation>
    </message>
    <message>
        <source>Phones can join the workshop; click for the join link</source>
        <translation>Telefoner kan deltage i workshoppen; klik for linket</translation>
    </message>
</context>
<context>
    <name>VenueTexts</name>
    <message>
        <source>Port %1 is in use — pick another port</source>
        <translation>Port %1 er i brug – vælg en anden port</translation>
    </message>
    <message>
        <source>This laptop has no address %1 (any more) — pick another address</source>
        <translation>Denne computer har ikke (længere) adressen %1 – vælg en anden adresse</translation>
    </message>
    <message>
        <source>The system does not allow port %1 — pick a port above 1024</source>
        <translation>Systemet tillader ikke port %1 – vælg en port over 1024</translation>
    </message>
    <message>
        <source>The venue network could not start: %1</source>
        <translation>Lokalnetværket kunne ikke starte: %1</translation>
    </message>
</context>
<context>
    <name>Violation</name>
    <message>
        <source>%1: more than one from %3 (%2)</source>
        <translation>%1: mere end én fra %3 (%2)</translation>
    </message>
    <message>
        <source>%1: more than one group leader (%2)</source>
        <translation>%1: mere end én gruppeleder (%2)</translation>
    </message>
    <message>
        <source>%1: no group leader</source>
        <translation>%1: ingen gruppeleder</translation>
    </message>
    <message>
        <source>%1: %2 should be kept apart</source>
        <translation>%1: %2 skal holdes adskilt</translation>
    </message>
    <message>
        <source>%2 should be in the same group</source>
        <translation>%2 skal være i samme gruppe</translation>
    </message>
    <message>
        <source>Group sizes differ by more than one</source>
        <translation>Gruppestørrelserne varierer med mere end én</translation>
    </message>
    <message>
        <source>%1: a locked placement was not kept (%2)</source>
        <translation>%1: en låst placering blev ikke overholdt (%2)</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <source>The ideas of a question</source>
        <translation>Idéerne til et spørgsmål</translation>
    </message>
    <message>
        <source>The themes of a question</source>
        <translation>Temaerne til et spørgsmål</translation>
    </message>
    <message>
        <source>A shortlist</source>
        <translation>En kortliste</translation>
    </message>
    <message>
        <source>New vote</source>
        <translation>Ny afstemning</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Gennemførlighed</translation>
    </message>
    <message>
        <source>Edit vote</source>
        <translation>Rediger afstemning</translation>
    </message>
    <message>
        <source>The method of a vote cannot change; make a new vote for another.</source>
        <translation>Metoden for en afstemning kan ikke ændres; opret en ny afstemning for at bruge en anden.</translation>
    </message>
    <message>
        <source>Ballots have been cast, so what is voted on, the criteria and anonymity are fixed: make a new vote, or delete the ballots first.</source>
        <translation>Der er afgivet stemmesedler, så det, der stemmes om, kriterierne og anonymiteten ligger fast: opret en ny afstemning, eller slet stemmesedlerne først.</translation>
    </message>
    <message>
        <source>Each voter places a few dots on the items they favour; the most dots win. Dots on paper are typed in as a tally.</source>
        <translation>Hver vælger sætter nogle prikker på de forslag, vedkommende foretrækker; flest prikker vinder. Prikker på papir indtastes som en optælling.</translation>
    </message>
    <message>
        <source>Each voter shares a budget of points among the items, e.g. 100.</source>
        <translation>Hver vælger fordeler et fast antal point, f.eks. 100, på forslagene.</translation>
    </message>
    <message>
        <source>Each voter ranks their top items; first place earns the most points (Borda).</source>
        <translation>Hver vælger rangerer sine øverste forslag; førstepladsen giver flest point (Borda).</translation>
    </message>
    <message>
        <source>Each voter rates each item on criteria such as impact and feasibility; the weights say how much each counts. A voter may skip what they cannot judge.</source>
        <translation>Hver vælger bedømmer hvert forslag ud fra kriterier som effekt og gennemførlighed; vægtene angiver, hvor meget hvert kriterium tæller. En vælger kan springe over det, vedkommende ikke kan vurdere.</translation>
    </message>
    <message>
        <source>Each voter ticks every item they can support.</source>
        <translation>Hver vælger sætter kryds ved alle de forslag, vedkommende kan støtte.</translation>
    </message>
    <message>
        <source>There are no questions yet: make a shortlist of free text instead.</source>
        <translation>Der er endnu ingen spørgsmål: lav i stedet en kortliste med fri tekst.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): every idea of the question, duplicates merged.</source>
        <translation>
            <numerusform>%n forslag: alle idéerne til spørgsmålet, med dubletter slået sammen.</numerusform>
            <numerusform>%n forslag: alle idéerne til spørgsmålet, med dubletter slået sammen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): the question&apos;s themes.</source>
        <translation>
            <numerusform>%n forslag: spørgsmålets temaer.</numerusform>
            <numerusform>%n forslag: spørgsmålets temaer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on the shortlist.</source>
        <translation>
            <numerusform>%n forslag på kortlisten.</numerusform>
            <numerusform>%n forslag på kortlisten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Afstemning</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>e.g. What should the network do first?</source>
        <translation>f.eks. Hvad skal netværket gøre først?</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Metode</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regler</translation>
    </message>
    <message>
        <source>&amp;Dots per voter</source>
        <translation>&amp;Prikker pr. vælger</translation>
    </message>
    <message>
        <source>At most &amp;on one item</source>
        <translation>&amp;Højst pr. forslag</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>ingen grænse</translation>
    </message>
    <message>
        <source>&amp;Negative dots per voter</source>
        <translation>&amp;Negative prikker pr. vælger</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>&amp;Points per voter</source>
        <translation>&amp;Point pr. vælger</translation>
    </message>
    <message>
        <source>At most o&amp;n one item</source>
        <translation>Hø&amp;jst pr. forslag</translation>
    </message>
    <message>
        <source>Each voter ranks their &amp;top</source>
        <translation>Hver vælger &amp;rangerer top</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vægt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>&amp;Add criterion</source>
        <translation>Tilføj &amp;kriterium</translation>
    </message>
    <message>
        <source>&amp;Remove criterion</source>
        <translation>&amp;Fjern kriterium</translation>
    </message>
    <message>
        <source>Each voter approves as many items as they support; an item&apos;s score is its number of approvals.</source>
        <translation>Hver vælger godkender så mange forslag, som vedkommende støtter; et forslags resultat er antallet af godkendelser.</translation>
    </message>
    <message>
        <source>What is voted on</source>
        <translation>Hvad der stemmes om</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Spørgsmål</translation>
    </message>
    <message>
        <source>More items, one per line (e.g. ideas from a flipchart that were never typed in)</source>
        <translation>Flere forslag, ét pr. linje (f.eks. idéer fra en flipover, der aldrig blev indtastet)</translation>
    </message>
    <message>
        <source>Voters and results</source>
        <translation>Vælgere og resultater</translation>
    </message>
    <message>
        <source>A&amp;nonymous: ballots do not say who voted (named votes show who has not voted yet)</source>
        <translation>&amp;Anonym: stemmesedlerne viser ikke, hvem der stemte (afstemninger med navn viser, hvem der endnu ikke har stemt)</translation>
    </message>
    <message>
        <source>Show results &amp;live while the vote is open (otherwise hidden until it closes)</source>
        <translation>&amp;Vis resultaterne løbende, mens afstemningen er åben (ellers skjult, indtil den lukkes)</translation>
    </message>
    <message>
        <source>Flag disagreement a&amp;bove</source>
        <translation>Markér uenighed &amp;over</translation>
    </message>
    <message>
        <source>0 = everyone agrees, 1 = the room is split between the extremes</source>
        <translation>0 = alle er enige, 1 = salen er delt mellem yderpunkterne</translation>
    </message>
</context>
<context>
    <name>VoteWords</name>
    <message numerus="yes">
        <source>%n dot(s) per voter</source>
        <translation>
            <numerusform>%n prik pr. vælger</numerusform>
            <numerusform>%n prikker pr. vælger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n per item</source>
        <translation>
            <numerusform>højst %n pr. forslag</numerusform>
            <numerusform>højst %n pr. forslag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negative dot(s)</source>
        <translation>
            <numerusform>%n negativ prik</numerusform>
            <numerusform>%n negative prikker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) per voter</source>
        <translation>
            <numerusform>%n point pr. vælger</numerusform>
            <numerusform>%n point pr. vælger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>each voter ranks their top %n</source>
        <translation>
            <numerusform>hver vælger rangerer top %n</numerusform>
            <numerusform>hver vælger rangerer top %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n forslag</numerusform>
            <numerusform>%n forslag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Votes</name>
    <message>
        <source>A vote needs a title.</source>
        <translation>En afstemning skal have en titel.</translation>
    </message>
    <message>
        <source>A vote needs at least one item to vote on.</source>
        <translation>En afstemning skal have mindst ét forslag at stemme om.</translation>
    </message>
    <message>
        <source>An item to vote on needs a text.</source>
        <translation>Et forslag, der skal stemmes om, skal have en tekst.</translation>
    </message>
    <message>
        <source>A rating vote needs at least one criterion (e.g. impact 1–5).</source>
        <translation>En bedømmelsesafstemning skal have mindst ét kriterium (f.eks. effekt 1–5).</translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Et kriterium skal have et navn.</translation>
    </message>
    <message>
        <source>A criterion&apos;s scale must run from a lower to a higher number.</source>
        <translation>Et kriteriums skala skal gå fra et lavere til et højere tal.</translation>
    </message>
    <message>
        <source>A criterion&apos;s weight must be above 0.</source>
        <translation>Et kriteriums vægt skal være over 0.</translation>
    </message>
    <message>
        <source>Those settings cannot work: dots, points, the cap and the top k must be at least 1, and the disagreement threshold between 0 and 1.</source>
        <translation>Disse indstillinger kan ikke fungere: prikker, point, grænsen og top k skal være mindst 1, og tærsklen for uenighed mellem 0 og 1.</translation>
    </message>
    <message>
        <source>Only a rating vote has criteria.</source>
        <translation>Kun en bedømmelsesafstemning har kriterier.</translation>
    </message>
    <message>
        <source>Ballots have been cast: the items, criteria and anonymity can no longer change. Make a new vote, or delete the ballots first.</source>
        <translation>Der er afgivet stemmesedler: forslagene, kriterierne og anonymiteten kan ikke længere ændres. Opret en ny afstemning, eller slet stemmesedlerne først.</translation>
    </message>
    <message>
        <source>Ballots are in, so the vote cannot switch between named and anonymous: a named vote&apos;s ballots say who cast them, an anonymous vote&apos;s say no one. Make a new vote, or delete the ballots first.</source>
        <translation>Der er kommet stemmesedler ind, så afstemningen kan ikke skifte mellem navngiven og anonym: i en navngiven afstemning står der, hvem der afgav sedlerne, i en anonym står der ingen. Opret en ny afstemning, eller slet sedlerne først.</translation>
    </message>
    <message>
        <source>The vote is not open.</source>
        <translation>Afstemningen er ikke åben.</translation>
    </message>
    <message>
        <source>The vote is not closed.</source>
        <translation>Afstemningen er ikke lukket.</translation>
    </message>
    <message>
        <source>That vote no longer exists (it may have been deleted).</source>
        <translation>Afstemningen findes ikke længere (den kan være slettet).</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prikker</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangering</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bedømmelse</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Godkendelse</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Paper tally</source>
        <translation>Papiroptælling</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Paper ballot</source>
        <translation>Stemmeseddel på papir</translation>
    </message>
    <message>
        <source>Group allocation</source>
        <translation>Gruppens fordeling</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>%1 (%2–%3, weight %4)</source>
        <translation>%1 (%2–%3, vægt %4)</translation>
    </message>
    <message>
        <source>rated on criteria (none yet)</source>
        <translation>bedømt ud fra kriterier (ingen endnu)</translation>
    </message>
    <message>
        <source>rated on %1; a voter may skip</source>
        <translation>bedømt ud fra %1; en vælger kan springe over</translation>
    </message>
    <message>
        <source>each voter approves any number of items</source>
        <translation>hver vælger godkender et vilkårligt antal forslag</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>named</source>
        <translation>med navn</translation>
    </message>
    <message>
        <source>results shown live</source>
        <translation>resultaterne vises løbende</translation>
    </message>
</context>
<context>
    <name>VotesModel</name>
    <message>
        <source>Vote</source>
        <translation>Afstemning</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Stemmesedler</translation>
    </message>
</context>
<context>
    <name>VotingController</name>
    <message>
        <source>New vote</source>
        <translation>Ny afstemning</translation>
    </message>
    <message>
        <source>Edit vote</source>
        <translation>Rediger afstemning</translation>
    </message>
    <message>
        <source>Delete vote</source>
        <translation>sletning af afstemning</translation>
    </message>
    <message>
        <source>Open vote</source>
        <translation>åbning af afstemning</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>lukning af afstemning</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>tilbage til kladde</translation>
    </message>
    <message>
        <source>Record ballot</source>
        <translation>registrering af stemmeseddel</translation>
    </message>
    <message>
        <source>Correct ballot</source>
        <translation>rettelse af stemmeseddel</translation>
    </message>
    <message>
        <source>Delete ballot</source>
        <translation>Slet stemmeseddel</translation>
    </message>
    <message>
        <source>Edit tally</source>
        <translation>ændring af optælling</translation>
    </message>
</context>
<context>
    <name>VotingPage</name>
    <message>
        <source>Votes</source>
        <translation>Afstemninger</translation>
    </message>
    <message>
        <source>New vote…</source>
        <translation>Ny afstemning…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikér</translation>
    </message>
    <message>
        <source>A new draft vote with the same items and rules</source>
        <translation>En ny afstemning som kladde med de samme forslag og regler</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Delete the vote and its ballots (can be undone)</source>
        <translation>Slet afstemningen og dens stemmesedler (kan fortrydes)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Start taking ballots</source>
        <translation>Begynd at modtage stemmesedler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Stop taking ballots and show the results</source>
        <translation>Stop med at modtage stemmesedler, og vis resultaterne</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Genåbn</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>A full-screen ballot where voters take turns on this laptop</source>
        <translation>En stemmeseddel i fuld skærm, hvor vælgerne skiftes til at stemme på denne computer</translation>
    </message>
    <message>
        <source>Show results live</source>
        <translation>Vis resultaterne løbende</translation>
    </message>
    <message>
        <source>Results are hidden until the vote closes, so that nobody follows the crowd</source>
        <translation>Resultaterne er skjult, indtil afstemningen lukkes, så ingen bare følger flokken</translation>
    </message>
    <message>
        <source>Phones…</source>
        <translation>Telefoner…</translation>
    </message>
    <message>
        <source>Venue network: participants vote from their phones</source>
        <translation>Lokalnetværk: deltagerne stemmer fra telefonen</translation>
    </message>
    <message>
        <source>Tally</source>
        <translation>Optælling</translation>
    </message>
    <message>
        <source>Paper ballot…</source>
        <translation>Stemmeseddel på papir…</translation>
    </message>
    <message>
        <source>Type in one person&apos;s paper ballot</source>
        <translation>Indtast én persons stemmeseddel på papir</translation>
    </message>
    <message>
        <source>Group allocation…</source>
        <translation>Gruppens fordeling…</translation>
    </message>
    <message>
        <source>Type in what a group leader wrote for the group</source>
        <translation>Indtast det, en gruppeleder skrev ned for gruppen</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Ret…</translation>
    </message>
    <message>
        <source>Delete ballot</source>
        <translation>Slet stemmeseddel</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Stemmesedler</translation>
    </message>
    <message>
        <source>No vote yet</source>
        <translation>Ingen afstemning endnu</translation>
    </message>
    <message>
        <source>Make a vote with “New vote…”: dots, points, ranking, rating or approval.</source>
        <translation>Opret en afstemning med »Ny afstemning…«: prikker, point, rangering, bedømmelse eller godkendelse.</translation>
    </message>
    <message>
        <source>Correct the tally on the Tally tab</source>
        <translation>Ret optællingen under fanen Optælling</translation>
    </message>
    <message>
        <source>Open the vote to type in ballots.</source>
        <translation>Åbn afstemningen for at indtaste stemmesedler.</translation>
    </message>
    <message>
        <source>Vote “%1” made: open it to take ballots.</source>
        <translation>Afstemningen »%1« er oprettet: åbn den for at modtage stemmesedler.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <source>Vote “%1” deleted (Edit → Undo brings it back).</source>
        <translation>Afstemningen »%1« er slettet (Rediger → Fortryd henter den tilbage).</translation>
    </message>
    <message>
        <source>Ballot recorded.</source>
        <translation>Stemmesedlen er registreret.</translation>
    </message>
    <message>
        <source>Ballot corrected.</source>
        <translation>Stemmesedlen er rettet.</translation>
    </message>
    <message>
        <source>Ballot deleted (Edit → Undo brings it back).</source>
        <translation>Stemmesedlen er slettet (Rediger → Fortryd henter den tilbage).</translation>
    </message>
</context>
<context>
    <name>WallCountdown</name>
    <message>
        <source>Time is up</source>
        <translation>Tiden er gået</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (sat på pause)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Sat på pause</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Run your workshop from this laptop: participants, groups, ideas, votes and minutes. No internet needed.</source>
        <translation>Afhold din workshop fra denne computer: deltagere, grupper, idéer, afstemninger og referat. Ingen internetforbindelse nødvendig.</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Ny workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Å&amp;bn…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Åbn &amp;demoworkshoppen</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Seneste workshops</translation>
    </message>
    <message>
        <source>No recent workshops yet. Create one, or open the demo workshop to look around.</source>
        <translation>Ingen seneste workshops endnu. Opret en ny, eller åbn demoworkshoppen for at se dig omkring.</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsForm</name>
    <message>
        <source>Give the workshop a title.</source>
        <translation>Giv workshoppen en titel.</translation>
    </message>
    <message>
        <source>The workshop cannot end before it starts.</source>
        <translation>Workshoppen kan ikke slutte, før den begynder.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>e.g. Industry of the future in our region</source>
        <translation>f.eks. Fremtidens industri i vores region</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>&amp;Arrangør</translation>
    </message>
    <message>
        <source>The network or cluster</source>
        <translation>Netværket eller klyngen</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>Unt&amp;il</source>
        <translation>T&amp;il</translation>
    </message>
    <message>
        <source>Fa&amp;cilitators</source>
        <translation>Fa&amp;cilitatorer</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prog</translation>
    </message>
    <message>
        <source>The language of the screens and the minutes for this workshop</source>
        <translation>Sproget på skærmene og i referatet for denne workshop</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Ét navn pr. linje</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Noter</translation>
    </message>
</context>
<context>
    <name>WorkshopSession</name>
    <message>
        <source>The change could not be saved: %1. Nothing was written; the details are in the log.</source>
        <translation>Ændringen kunne ikke gemmes: %1. Intet blev skrevet; detaljerne står i loggen.</translation>
    </message>
    <message>
        <source>The participants could not be read: %1</source>
        <translation>Deltagerne kunne ikke læses: %1</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Minutes</source>
        <comment>the written report of the workshop</comment>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Stages of the workshop</source>
        <translation>Workshoppens dele</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Afstemning</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
</context>
</TS>
