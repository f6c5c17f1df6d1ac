<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Facilitator</source>
        <translation>Om Facilitator</translation>
    </message>
    <message>
        <source>Run in-person workshops offline.</source>
        <translation>Kjør fysiske workshoper uten nett.</translation>
    </message>
    <message>
        <source>The log (for support): %1</source>
        <translation>Loggen (for brukerstøtte): %1</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Åpne loggmappen</translation>
    </message>
    <message>
        <source>Built with these components:</source>
        <translation>Bygget med disse komponentene:</translation>
    </message>
    <message>
        <source>Licences…</source>
        <translation>Lisenser…</translation>
    </message>
    <message>
        <source>windows, printing, PDF preview</source>
        <translation>vinduer, utskrift, PDF-forhåndsvisning</translation>
    </message>
    <message>
        <source>the workshop file</source>
        <translation>workshopfilen</translation>
    </message>
    <message>
        <source>upgrading older workshop files</source>
        <translation>oppgradering av eldre workshopfiler</translation>
    </message>
    <message>
        <source>PDF minutes, badges and lists</source>
        <translation>PDF-referat, navneskilt og lister</translation>
    </message>
    <message>
        <source>icons</source>
        <translation>ikoner</translation>
    </message>
    <message>
        <source>Excel sign-up lists</source>
        <translation>Excel-påmeldingslister</translation>
    </message>
    <message>
        <source>Excel exports</source>
        <translation>Eksport til Excel</translation>
    </message>
    <message>
        <source>folders for backups and logs</source>
        <translation>mapper for sikkerhetskopier og logger</translation>
    </message>
    <message>
        <source>the group solver</source>
        <translation>gruppeinndelingen</translation>
    </message>
    <message>
        <source>flipchart photos</source>
        <translation>bilder av flippover</translation>
    </message>
    <message>
        <source>the SMTP password in the system keychain</source>
        <translation>SMTP-passordet i systemets nøkkelring</translation>
    </message>
    <message>
        <source>the venue network&apos;s server for phones</source>
        <translation>serveren for mobilene på lokalnettet</translation>
    </message>
    <message>
        <source>QR codes</source>
        <translation>QR-koder</translation>
    </message>
    <message>
        <source>the font in every PDF</source>
        <translation>skriften i alle PDF-er</translation>
    </message>
</context>
<context>
    <name>ActionItemsTab</name>
    <message>
        <source>What is to be done, who does it and by when. Double-click a cell to change it; every change is saved at once and can be undone.</source>
        <translation>Hva som skal gjøres, hvem som gjør det, og innen når. Dobbeltklikk på en celle for å endre den; hver endring lagres med en gang og kan angres.</translation>
    </message>
    <message>
        <source>A new action item: what is to be done?</source>
        <translation>Et nytt oppfølgingspunkt: hva skal gjøres?</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Nytt oppfølgingspunkt</translation>
    </message>
    <message>
        <source>Who (optional)</source>
        <translation>Hvem (valgfritt)</translation>
    </message>
    <message>
        <source>Who does the new action item</source>
        <translation>Hvem følger opp det nye punktet</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Delete the selected action items</source>
        <translation>Slett de valgte oppfølgingspunktene</translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n oppfølgingspunkt</numerusform>
            <numerusform>%n oppfølgingspunkter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>What</source>
        <translation>Hva</translation>
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
        <translation>Kryss av når det er gjort</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message numerus="yes">
        <source>⚠ %n block(s) start before the previous block ends.</source>
        <translation>
            <numerusform>⚠ %n punkt starter før forrige punkt er ferdig.</numerusform>
            <numerusform>⚠ %n punkter starter før forrige punkt er ferdig.</numerusform>
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
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Minutes</source>
        <comment>agenda column: duration in minutes</comment>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Ledes av</translation>
    </message>
    <message>
        <source>Pinned at %1, before the previous block ends.</source>
        <translation>Låst til kl. %1, før forrige punkt er ferdig.</translation>
    </message>
    <message>
        <source>Pinned start. Clear the cell to let it follow the block before.</source>
        <translation>Låst starttid. Tøm cellen for å la punktet følge punktet før.</translation>
    </message>
    <message>
        <source>Follows the block before. Type a time to pin it.</source>
        <translation>Følger punktet før. Skriv inn et klokkeslett for å låse det.</translation>
    </message>
    <message>
        <source>An agenda block needs a title.</source>
        <translation>Et agendapunkt må ha en tittel.</translation>
    </message>
    <message>
        <source>“%1” is not a time. Type it as 12:30.</source>
        <translation>«%1» er ikke et klokkeslett. Skriv det som 12:30.</translation>
    </message>
    <message>
        <source>No agenda blocks yet.</source>
        <translation>Ingen agendapunkter ennå.</translation>
    </message>
    <message>
        <source>Planned end: %1</source>
        <translation>Planlagt slutt: %1</translation>
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
        <translation>Påmeldt</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Møtt</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Ikke møtt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avmeldt</translation>
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
        <translation>Ved lukking</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Før gjenoppretting</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Før oppgradering</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Før import</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Før fletting</translation>
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
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
</context>
<context>
    <name>Ballot</name>
    <message>
        <source>%1 used, but the budget is %2: take some away.</source>
        <translation>%1 brukt, men bare %2 kan fordeles: ta bort noen.</translation>
    </message>
    <message>
        <source>%1 on one item, but at most %2 are allowed.</source>
        <translation>%1 på ett forslag, men høyst %2 er tillatt.</translation>
    </message>
    <message>
        <source>%1 negative dots used, but only %2 are allowed.</source>
        <translation>%1 negative prikker brukt, men bare %2 er tillatt.</translation>
    </message>
    <message>
        <source>Negative values are not allowed in this vote.</source>
        <translation>Negative verdier er ikke tillatt i denne avstemningen.</translation>
    </message>
    <message>
        <source>Rank %1 is given twice: each rank once.</source>
        <translation>Plass %1 er gitt to ganger: hver plass kan bare gis én gang.</translation>
    </message>
    <message>
        <source>Rank %1 is not possible: ranks run 1 to %2.</source>
        <translation>Plass %1 er ikke mulig: plassene går fra 1 til %2.</translation>
    </message>
    <message>
        <source>%1 items ranked, but only the top %2 count.</source>
        <translation>%1 forslag er rangert, men bare de %2 øverste teller.</translation>
    </message>
    <message>
        <source>%1 is outside the scale %2 to %3.</source>
        <translation>%1 er utenfor skalaen %2 til %3.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 er ikke et heltall.</translation>
    </message>
    <message>
        <source>That is not a number.</source>
        <translation>Det er ikke et tall.</translation>
    </message>
    <message>
        <source>%1 voters is not possible.</source>
        <translation>%1 velgere er ikke mulig.</translation>
    </message>
    <message>
        <source>The vote is not open: open it before the kiosk takes ballots.</source>
        <translation>Avstemningen er ikke åpen: åpne den før kiosken kan ta imot stemmesedler.</translation>
    </message>
    <message>
        <source>This person has already voted.</source>
        <translation>Denne personen har allerede stemt.</translation>
    </message>
    <message>
        <source>Choose who is voting.</source>
        <translation>Velg hvem som stemmer.</translation>
    </message>
    <message>
        <source>Choose the group this allocation is for.</source>
        <translation>Velg gruppen som denne fordelingen gjelder.</translation>
    </message>
    <message>
        <source>A paper tally works for dots, points and approval, not for this method.</source>
        <translation>En papiropptelling fungerer for prikker, poeng og godkjenning, ikke for denne metoden.</translation>
    </message>
    <message>
        <source>The ballot names something that is not in this vote.</source>
        <translation>Stemmeseddelen nevner noe som ikke er med i denne avstemningen.</translation>
    </message>
</context>
<context>
    <name>BallotForm</name>
    <message>
        <source>Correct a ballot</source>
        <translation>Rett en stemmeseddel</translation>
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
        <translation> velgere</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <source>The allocation stands for</source>
        <translation>Fordelingen gjelder for</translation>
    </message>
    <message>
        <source>Type a few letters of a name</source>
        <translation>Skriv noen bokstaver av et navn</translation>
    </message>
    <message>
        <source>&amp;Voter</source>
        <translation>&amp;Velger</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>hopp over</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkjenn</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>ikke rangert</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dot(s) left</source>
        <translation>
            <numerusform>%1 av %n prikk igjen</numerusform>
            <numerusform>%1 av %n prikker igjen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n point(s) left</source>
        <translation>
            <numerusform>%1 av %n poeng igjen</numerusform>
            <numerusform>%1 av %n poeng igjen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the top %n ranked</source>
        <translation>
            <numerusform>%1 av topp %n rangert</numerusform>
            <numerusform>%1 av topp %n rangert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) given</source>
        <translation>
            <numerusform>%n vurdering gitt</numerusform>
            <numerusform>%n vurderinger gitt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s)</source>
        <translation>
            <numerusform>%n godkjenning</numerusform>
            <numerusform>%n godkjenninger</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Ikke lagret:</translation>
    </message>
</context>
<context>
    <name>BallotScreen</name>
    <message>
        <source>Voting: %1</source>
        <translation>Velger: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Throw this ballot away and go back</source>
        <translation>Kast denne stemmeseddelen og gå tilbake</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Begynn på nytt</translation>
    </message>
    <message>
        <source>Submit my vote</source>
        <translation>Send inn stemmen min</translation>
    </message>
    <message>
        <source>Give your dots to the items you want the network to work on.</source>
        <translation>Gi prikkene dine til forslagene du vil at nettverket skal arbeide med.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n dot(s) on one item.</source>
        <translation>
            <numerusform>Høyst %n prikk på ett forslag.</numerusform>
            <numerusform>Høyst %n prikker på ett forslag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Press − on an item to give it a negative dot (%n allowed).</source>
        <translation>
            <numerusform>Trykk på − ved et forslag for å gi det en negativ prikk (%n tillatt).</numerusform>
            <numerusform>Trykk på − ved et forslag for å gi det en negativ prikk (%n tillatt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Share your points among the items.</source>
        <translation>Fordel poengene dine på forslagene.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n point(s) on one item.</source>
        <translation>
            <numerusform>Høyst %n poeng på ett forslag.</numerusform>
            <numerusform>Høyst %n poeng på ett forslag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tap the items in order of preference: first choice first. Tap a ranked item again to take it out. Rank up to %n item(s).</source>
        <translation>
            <numerusform>Trykk på forslagene i den rekkefølgen du foretrekker dem: førstevalget først. Trykk på et rangert forslag igjen for å ta det ut. Ranger opptil %n forslag.</numerusform>
            <numerusform>Trykk på forslagene i den rekkefølgen du foretrekker dem: førstevalget først. Trykk på et rangert forslag igjen for å ta det ut. Ranger opptil %n forslag.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate each item on each criterion. Skip what you cannot judge.</source>
        <translation>Vurder hvert forslag etter hvert kriterium. Hopp over det du ikke kan bedømme.</translation>
    </message>
    <message>
        <source>Tap every item you support. Tap again to take it back.</source>
        <translation>Trykk på hvert forslag du støtter. Trykk igjen for å angre.</translation>
    </message>
    <message>
        <source>Take a dot from %1</source>
        <translation>Ta en prikk fra %1</translation>
    </message>
    <message>
        <source>Give a dot to %1</source>
        <translation>Gi en prikk til %1</translation>
    </message>
    <message>
        <source>Points for %1</source>
        <translation>Poeng til %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hopp over</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>Valg %1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Ranger</translation>
    </message>
    <message>
        <source>Supported ✓</source>
        <translation>Støtter ✓</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Støtt</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dot(s) left</source>
        <translation>
            <numerusform>%1 av %n prikk igjen</numerusform>
            <numerusform>%1 av %n prikker igjen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n negative dot(s) left</source>
        <translation>
            <numerusform>%1 av %n negativ prikk igjen</numerusform>
            <numerusform>%1 av %n negative prikker igjen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n point(s) left</source>
        <translation>
            <numerusform>%1 av %n poeng igjen</numerusform>
            <numerusform>%1 av %n poeng igjen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ranked</source>
        <translation>
            <numerusform>%1 av %n rangert</numerusform>
            <numerusform>%1 av %n rangert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) rated</source>
        <translation>
            <numerusform>%1 av %n forslag vurdert</numerusform>
            <numerusform>%1 av %n forslag vurdert</numerusform>
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
        <translation>Du har ikke valgt noe. Trykk på «Send inn stemmen min» en gang til for å levere en tom stemmeseddel.</translation>
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
        <translation>Velger eller gruppe</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Velgere</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>(a deleted group)</source>
        <translation>(en slettet gruppe)</translation>
    </message>
    <message>
        <source>(an erased participant)</source>
        <translation>(en slettet deltaker)</translation>
    </message>
    <message>
        <source>The room&apos;s paper sheet</source>
        <translation>Salens felles papirark</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>An anonymous vote keeps no ballot times: they could tell whose a ballot is.</source>
        <translation>En anonym avstemning lagrer ikke når sedlene kom inn: det kunne avsløre hvem som avga dem.</translation>
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
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Merke</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n til</numerusform>
            <numerusform>+ %n til</numerusform>
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
        <translation>Gruppearbeid</translation>
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
        <translation>Avstemning</translation>
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
        <translation>Skriv inn ideer</translation>
    </message>
    <message>
        <source>Capture ideas — %1</source>
        <translation>Skriv inn ideer — %1</translation>
    </message>
    <message>
        <source>This group no longer exists.</source>
        <translation>Denne gruppen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>There are no breakout groups yet. Make a group round first.</source>
        <translation>Det finnes ingen grupper ennå. Opprett en grupperunde først.</translation>
    </message>
    <message>
        <source>This question no longer exists.</source>
        <translation>Dette spørsmålet finnes ikke lenger.</translation>
    </message>
    <message>
        <source>This group has no question yet.</source>
        <translation>Denne gruppen har ikke fått noe spørsmål ennå.</translation>
    </message>
    <message>
        <source>Ideas from %1</source>
        <translation>Ideer fra %1</translation>
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
        <translation>&amp;Spørsmål</translation>
    </message>
    <message>
        <source>&amp;Lock to this group</source>
        <translation>&amp;Lås til denne gruppen</translation>
    </message>
    <message>
        <source>Show this group only, for a group leader. Unlocking asks first.</source>
        <translation>Vis bare denne gruppen, til bruk for en gruppeleder. Du blir spurt før vinduet låses opp.</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Fullskjerm</translation>
    </message>
    <message>
        <source>Full screen on and off (F11)</source>
        <translation>Fullskjerm av og på (F11)</translation>
    </message>
    <message>
        <source>Type an idea and press Enter</source>
        <translation>Skriv en idé og trykk Enter</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Ny idé</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Legg &amp;til</translation>
    </message>
    <message>
        <source>Enter adds the idea · Shift+Enter starts a new line · double-click or F2 edits · Delete removes · Ctrl+Z undoes</source>
        <translation>Enter legger til ideen · Shift+Enter gir ny linje · dobbeltklikk eller F2 redigerer · Delete fjerner · Ctrl+Z angrer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Sl&amp;ett</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Angre (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Gjør om (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Fullskjerm</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message numerus="yes">
        <source>%n ideas</source>
        <translation>
            <numerusform>%n idé</numerusform>
            <numerusform>%n ideer</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a group and a question first. Your text is still here.</source>
        <translation>Velg en gruppe og et spørsmål først. Teksten din står der fortsatt.</translation>
    </message>
    <message>
        <source>The idea could not be saved.</source>
        <translation>Ideen kunne ikke lagres.</translation>
    </message>
    <message>
        <source>%1 Your text is still here; try again.</source>
        <translation>%1 Teksten din står der fortsatt; prøv igjen.</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Lagt til.</translation>
    </message>
    <message>
        <source>The facilitator has merged other ideas into this one, so it cannot be deleted here.</source>
        <translation>Fasilitatoren har slått sammen andre ideer med denne, så den kan ikke slettes her.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Slettet.</translation>
    </message>
    <message numerus="yes">
        <source>%n ideas deleted.</source>
        <translation>
            <numerusform>%n idé slettet.</numerusform>
            <numerusform>%n ideer slettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked, the window can only be unlocked or closed with a PIN.</source>
        <translation>Låst: vinduet kan bare låses opp eller lukkes med PIN-kode.</translation>
    </message>
    <message>
        <source>This window is locked to the group. Type the PIN to leave it.</source>
        <translation>Dette vinduet er låst til gruppen. Skriv PIN-koden for å gå ut.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>Lås &amp;opp…</translation>
    </message>
    <message>
        <source>Unlock the capture window?</source>
        <translation>Vil du låse opp innskrivingsvinduet?</translation>
    </message>
    <message>
        <source>Unlocked, the window shows every group and question of the workshop.</source>
        <translation>Når vinduet er låst opp, viser det alle gruppene og spørsmålene i workshopen.</translation>
    </message>
    <message>
        <source>Close the capture window?</source>
        <translation>Vil du lukke innskrivingsvinduet?</translation>
    </message>
    <message>
        <source>The text in the field has not been added. Close and discard it?</source>
        <translation>Teksten i feltet er ikke lagt til. Vil du lukke og forkaste den?</translation>
    </message>
</context>
<context>
    <name>CheckInDesk</name>
    <message>
        <source>Type a name to check in</source>
        <translation>Skriv et navn for å sjekke inn</translation>
    </message>
    <message>
        <source>Name to check in</source>
        <translation>Navn som skal sjekkes inn</translation>
    </message>
    <message>
        <source>Participants matching the name</source>
        <translation>Deltakere som passer til navnet</translation>
    </message>
    <message>
        <source>&amp;Undo check-in</source>
        <translation>&amp;Angre innsjekking</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Uanmeldt deltaker…</translation>
    </message>
    <message>
        <source>Show only who has &amp;not come yet</source>
        <translation>Vis bare dem som ikke har &amp;kommet ennå</translation>
    </message>
    <message>
        <source>Arrivals per organisation</source>
        <translation>Ankomne per organisasjon</translation>
    </message>
    <message>
        <source>Recent check-ins</source>
        <translation>Siste innsjekkinger</translation>
    </message>
    <message numerus="yes">
        <source>%n people match — pick one with the arrow keys or a click.</source>
        <translation>
            <numerusform>%n person passer – velg én med piltastene eller et klikk.</numerusform>
            <numerusform>%n personer passer – velg én med piltastene eller et klikk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Register a walk-in?</source>
        <translation>Ingen treff på «%1». Vil du registrere en uanmeldt deltaker?</translation>
    </message>
    <message>
        <source>%1 is already checked in (%2).</source>
        <translation>%1 er allerede sjekket inn (%2).</translation>
    </message>
    <message>
        <source>%1 is already checked in.</source>
        <translation>%1 er allerede sjekket inn.</translation>
    </message>
    <message>
        <source>✓ %1 is checked in.</source>
        <translation>✓ %1 er sjekket inn.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Uanmeldt deltaker</translation>
    </message>
    <message>
        <source>✓ %1 is registered and checked in.</source>
        <translation>✓ %1 er registrert og sjekket inn.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Angret.</translation>
    </message>
    <message>
        <source>Check-in of %1 undone.</source>
        <translation>Innsjekkingen av %1 er angret.</translation>
    </message>
    <message>
        <source>%1 of %2 arrived</source>
        <translation>%1 av %2 har kommet</translation>
    </message>
</context>
<context>
    <name>ChoosePinDialog</name>
    <message>
        <source>Choose a PIN</source>
        <translation>Velg en PIN-kode</translation>
    </message>
    <message>
        <source>Choose a PIN of at least %1 digits; only you should know it.</source>
        <translation>Velg en PIN-kode på minst %1 sifre; bare du bør kjenne den.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-kode:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Igjen:</translation>
    </message>
    <message>
        <source>&amp;Show the digits</source>
        <translation>&amp;Vis sifrene</translation>
    </message>
    <message>
        <source>The PIN needs at least %1 digits.</source>
        <translation>PIN-koden må ha minst %1 sifre.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type it again.</source>
        <translation>De to PIN-kodene er ulike. Skriv den på nytt.</translation>
    </message>
</context>
<context>
    <name>ClosedVoteGuard</name>
    <message>
        <source>The vote is closed</source>
        <translation>Avstemningen er lukket</translation>
    </message>
    <message>
        <source>Storing this tally changes them.</source>
        <translation>Å lagre denne opptellingen endrer dem.</translation>
    </message>
    <message>
        <source>Typing in a ballot changes them.</source>
        <translation>Å skrive inn en stemmeseddel endrer dem.</translation>
    </message>
    <message>
        <source>Correcting this ballot changes them.</source>
        <translation>Å rette denne stemmeseddelen endrer dem.</translation>
    </message>
    <message>
        <source>Deleting this ballot changes them.</source>
        <translation>Å slette denne stemmeseddelen endrer dem.</translation>
    </message>
    <message>
        <source>“%1” is closed, and its results may already have been shown. %2 Change the results?</source>
        <translation>«%1» er lukket, og resultatene kan allerede være vist. %2 Endre resultatene?</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Taken</source>
        <translation>Brukt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Hva som er ulikt</translation>
    </message>
    <message>
        <source>Here before the merge</source>
        <translation>Her før flettingen</translation>
    </message>
    <message>
        <source>Their copy</source>
        <translation>Deres kopi</translation>
    </message>
    <message>
        <source>Changed later</source>
        <translation>Endret sist</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Bruk deres</translation>
    </message>
    <message>
        <source>This workshop</source>
        <translation>Denne workshopen</translation>
    </message>
    <message>
        <source>Deleted on the other laptop</source>
        <translation>Slettet på den andre PC-en</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Finnes her</translation>
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
        <translation>Mottar referatet</translation>
    </message>
    <message>
        <source>Contact details shared with the other participants</source>
        <translation>Kontaktinfo deles med de andre deltakerne</translation>
    </message>
    <message>
        <source>May appear in photos</source>
        <translation>Kan være med på bilder</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Shares contact</source>
        <translation>Deler kontaktinfo</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>not asked (default)</source>
        <translation>ikke spurt (standard)</translation>
    </message>
    <message>
        <source>given %1 on a form</source>
        <translation>gitt %1 på skjema</translation>
    </message>
    <message>
        <source>given %1 at import</source>
        <translation>gitt %1 ved import</translation>
    </message>
    <message>
        <source>given %1 at the desk</source>
        <translation>gitt %1 i registreringen</translation>
    </message>
    <message>
        <source>declined %1 on a form</source>
        <translation>avslått %1 på skjema</translation>
    </message>
    <message>
        <source>declined %1 at import</source>
        <translation>avslått %1 ved import</translation>
    </message>
    <message>
        <source>declined %1 at the desk</source>
        <translation>avslått %1 i registreringen</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Set consent</source>
        <translation>Registrer samtykke</translation>
    </message>
    <message>
        <source>&amp;Given</source>
        <translation>&amp;Gitt</translation>
    </message>
    <message>
        <source>&amp;Not given</source>
        <translation>&amp;Ikke gitt</translation>
    </message>
    <message>
        <source>On a form (paper or e-mail)</source>
        <translation>På skjema (papir eller e-post)</translation>
    </message>
    <message>
        <source>At the check-in desk</source>
        <translation>I registreringen ved døra</translation>
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
            <numerusform>For %n valgt deltaker. Det registreres med dagens dato; den som allerede har gitt dette svaret, beholder datoen sin.</numerusform>
            <numerusform>For %n valgte deltakere. Det registreres med dagens dato; de som allerede har gitt dette svaret, beholder datoen sin.</numerusform>
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
        <translation>Velg datoen i en kalender</translation>
    </message>
    <message>
        <source>A date is needed; kept %1.</source>
        <translation>Det trengs en dato; beholdt %1.</translation>
    </message>
    <message>
        <source>“%1” is before %2; kept %3.</source>
        <translation>«%1» er før %2; beholdt %3.</translation>
    </message>
    <message>
        <source>“%1” is not a date; kept %2.</source>
        <translation>«%1» er ikke en dato; beholdt %2.</translation>
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
        <translation>Slått sammen fra:</translation>
    </message>
    <message>
        <source>Split off</source>
        <translation>Skill ut</translation>
    </message>
    <message>
        <source>Make the chosen duplicates (or all) separate ideas again</source>
        <translation>Gjør de valgte duplikatene (eller alle) til egne ideer igjen</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>Drop one kind of file at a time.</source>
        <translation>Slipp én type fil om gangen.</translation>
    </message>
    <message>
        <source>Drop one workshop at a time.</source>
        <translation>Slipp én workshop om gangen.</translation>
    </message>
    <message>
        <source>Open a workshop first: the sign-up list is imported into it.</source>
        <translation>Åpne en workshop først: påmeldingslisten importeres inn i den.</translation>
    </message>
    <message>
        <source>Drop one sign-up list at a time.</source>
        <translation>Slipp én påmeldingsliste om gangen.</translation>
    </message>
    <message>
        <source>Facilitator cannot use “%1”. Drop a workshop, a sign-up list (CSV or Excel), or photos onto the Photos tab of the Ideas page.</source>
        <translation>Facilitator kan ikke bruke «%1». Slipp en workshop, en påmeldingsliste (CSV eller Excel) eller bilder på Bilder-fanen på Ideer-siden.</translation>
    </message>
    <message>
        <source>Drop photos onto the Photos tab of the Ideas page.</source>
        <translation>Slipp bilder på Bilder-fanen på Ideer-siden.</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>There is no file at this path. It may have been moved, renamed or deleted.</source>
        <translation>Det finnes ingen fil på denne plasseringen. Den kan ha blitt flyttet, fått nytt navn eller blitt slettet.</translation>
    </message>
    <message>
        <source>This is a folder, not a workshop file.</source>
        <translation>Dette er en mappe, ikke en workshopfil.</translation>
    </message>
    <message>
        <source>You do not have permission to read this file.</source>
        <translation>Du har ikke tilgang til å lese denne filen.</translation>
    </message>
    <message>
        <source>The file is read-only. Facilitator saves every change at once, so it needs to write to the file: copy it somewhere writable or remove the read-only mark.</source>
        <translation>Filen er skrivebeskyttet. Facilitator lagrer hver endring med en gang og må derfor kunne skrive til filen: kopier den til et sted der du kan skrive, eller fjern skrivebeskyttelsen.</translation>
    </message>
    <message>
        <source>The folder holding the file is read-only (a CD, a protected share or a mail attachment folder). Copy the file to a writable folder such as Documents.</source>
        <translation>Mappen som filen ligger i, er skrivebeskyttet (en CD, en beskyttet nettverksmappe eller en mappe for e-postvedlegg). Kopier filen til en mappe der du kan skrive, for eksempel Dokumenter.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes). It is not a workshop file.</source>
        <translation>Filen er tom (0 byte). Det er ikke en workshopfil.</translation>
    </message>
    <message>
        <source>This is a PDF document, not a workshop file.</source>
        <translation>Dette er et PDF-dokument, ikke en workshopfil.</translation>
    </message>
    <message>
        <source>This is not a workshop file: its contents are not a Facilitator workshop, whatever its name.</source>
        <translation>Dette er ikke en workshopfil: innholdet er ikke en Facilitator-workshop, uansett hva filen heter.</translation>
    </message>
    <message>
        <source>This is a database of another program, not a Facilitator workshop.</source>
        <translation>Dette er en database fra et annet program, ikke en Facilitator-workshop.</translation>
    </message>
    <message>
        <source>The workshop file is damaged (truncated or corrupt). It was not changed. If it was open here before, File → Restore from backup… has earlier copies.</source>
        <translation>Workshopfilen er skadet (avkortet eller ødelagt). Den er ikke endret. Hvis den har vært åpnet her før, finner du tidligere kopier under Fil → Gjenopprett fra sikkerhetskopi…</translation>
    </message>
    <message>
        <source>This workshop was saved by a newer version of Facilitator. Update Facilitator to open it. The file was not changed.</source>
        <translation>Denne workshopen er lagret med en nyere versjon av Facilitator. Oppdater Facilitator for å åpne den. Filen er ikke endret.</translation>
    </message>
    <message>
        <source>This workshop is already open in another Facilitator window or program. Close it there first.</source>
        <translation>Denne workshopen er allerede åpen i et annet Facilitator-vindu eller et annet program. Lukk den der først.</translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation>Det finnes allerede en fil med dette navnet.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was written. Free some space and try again.</source>
        <translation>Disken er full, så ingenting ble skrevet. Frigjør litt plass og prøv igjen.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Kunne ikke skrive til filen.</translation>
    </message>
    <message>
        <source>The workshop file is damaged: its header names a file format Facilitator never writes. It was not changed. If it was open here before, File → Restore from backup… has earlier copies.</source>
        <translation>Workshopfilen er skadet: hodet oppgir et filformat Facilitator aldri skriver. Den er ikke endret. Hvis den har vært åpnet her før, finner du tidligere kopier under Fil → Gjenopprett fra sikkerhetskopi…</translation>
    </message>
    <message>
        <source>The workshop file is damaged: its tables do not match the version it records (a table or column is missing, or the version record was changed or removed). It was not changed. If it was open here before, File → Restore from backup… has earlier copies.</source>
        <translation>Workshopfilen er skadet: tabellene stemmer ikke med versjonen den oppgir (en tabell eller kolonne mangler, eller versjonsopplysningen er endret eller fjernet). Den er ikke endret. Hvis den har vært åpnet her før, finner du tidligere kopier under Fil → Gjenopprett fra sikkerhetskopi…</translation>
    </message>
    <message>
        <source>The workshop file is damaged: some saved values cannot be read (text that is not UTF-8, broken keys, unknown states, dates that do not parse). It was not changed. If it was open here before, File → Restore from backup… has earlier copies.</source>
        <translation>Workshopfilen er skadet: noen lagrede verdier kan ikke leses (tekst som ikke er UTF-8, ødelagte nøkler, ukjente tilstander, datoer som ikke kan tolkes). Den er ikke endret. Hvis den har vært åpnet her før, finner du tidligere kopier under Fil → Gjenopprett fra sikkerhetskopi…</translation>
    </message>
    <message>
        <source>A log file beside it does not belong to this workshop, so opening it could mix in data from elsewhere. Nothing was changed. Open the newest backup (File → Restore from backup…), or move the log out of the folder to open the file as it was last saved (edits only in the log are then lost).</source>
        <translation>En loggfil ved siden av hører ikke til denne workshopen, så å åpne den kunne blande inn data fra et annet sted. Ingenting er endret. Åpne den nyeste sikkerhetskopien (Fil → Gjenopprett fra sikkerhetskopi…), eller flytt loggen ut av mappen for å åpne filen slik den sist ble lagret (endringer som bare finnes i loggen, går da tapt).</translation>
    </message>
    <message>
        <source>A log file beside it is damaged, so opening it could lose saved data. Nothing was changed. Open the newest backup (File → Restore from backup…), or move the log out of the folder to open the file as it was last saved (edits only in the log are then lost).</source>
        <translation>En loggfil ved siden av er skadet, så å åpne den kunne miste lagrede data. Ingenting er endret. Åpne den nyeste sikkerhetskopien (Fil → Gjenopprett fra sikkerhetskopi…), eller flytt loggen ut av mappen for å åpne filen slik den sist ble lagret (endringer som bare finnes i loggen, går da tapt).</translation>
    </message>
    <message>
        <source>A log file beside it is older than the workshop file, so opening it would take back saved changes. Nothing was changed. Open the newest backup (File → Restore from backup…), or move the log out of the folder to open the file as it was last saved (edits only in the log are then lost).</source>
        <translation>En loggfil ved siden av er eldre enn workshopfilen, så å åpne den ville ta tilbake lagrede endringer. Ingenting er endret. Åpne den nyeste sikkerhetskopien (Fil → Gjenopprett fra sikkerhetskopi…), eller flytt loggen ut av mappen for å åpne filen slik den sist ble lagret (endringer som bare finnes i loggen, går da tapt).</translation>
    </message>
</context>
<context>
    <name>FlashLine</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
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
        <translation>låst: blir i gruppen ved ny fordeling</translation>
    </message>
    <message>
        <source>has already met the selected person</source>
        <translation>har allerede møtt den valgte personen</translation>
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
        <translation>Slett grupperunde</translation>
    </message>
    <message>
        <source>Move to another group</source>
        <translation>flytting til en annen gruppe</translation>
    </message>
    <message>
        <source>Change group leader</source>
        <translation>endring av gruppeleder</translation>
    </message>
    <message>
        <source>Lock or unlock</source>
        <translation>låsing eller opplåsing</translation>
    </message>
    <message>
        <source>Set a group&apos;s question</source>
        <translation>spørsmål til en gruppe</translation>
    </message>
    <message>
        <source>That group no longer exists.</source>
        <translation>Den gruppen finnes ikke lenger.</translation>
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
        <translation>Slett runde</translation>
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
        <translation>&amp;Balanser på nytt</translation>
    </message>
    <message>
        <source>After late arrivals and no-shows: fix the groups with the fewest moves</source>
        <translation>Når noen kommer sent eller ikke møter: juster gruppene med færrest mulig flyttinger</translation>
    </message>
    <message>
        <source>&amp;Projector view</source>
        <translation>&amp;Prosjektorvisning</translation>
    </message>
    <message>
        <source>P&amp;rint</source>
        <translation>Skriv &amp;ut</translation>
    </message>
    <message>
        <source>Group lists…</source>
        <translation>Gruppelister…</translation>
    </message>
    <message>
        <source>Group lists, one group per page…</source>
        <translation>Gruppelister, én gruppe per side…</translation>
    </message>
    <message>
        <source>Door signs…</source>
        <translation>Dørskilt…</translation>
    </message>
    <message>
        <source>Leader&apos;s QR code on the door signs</source>
        <translation>Gruppelederens QR-kode på dørskiltene</translation>
    </message>
    <message>
        <source>Each door sign of the latest round carries the code its group leader scans to type the group&apos;s ideas from a phone (venue network)</source>
        <translation>Hvert dørskilt i siste runde får koden gruppelederen skanner for å skrive inn gruppens ideer fra mobilen (lokalnettet)</translation>
    </message>
    <message>
        <source>&amp;Leader links…</source>
        <translation>&amp;Lederlenker…</translation>
    </message>
    <message>
        <source>A link and QR code per group for its leader to type ideas from a phone</source>
        <translation>En lenke og QR-kode per gruppe, så lederen kan skrive inn ideer fra mobilen</translation>
    </message>
    <message>
        <source>Delete group round</source>
        <translation>Slett grupperunde</translation>
    </message>
    <message>
        <source>Delete “%1” and its groups? You can undo this.</source>
        <translation>Vil du slette «%1» og gruppene i den? Du kan angre dette.</translation>
    </message>
    <message>
        <source>Group lists</source>
        <translation>Gruppelister</translation>
    </message>
    <message>
        <source>Door signs</source>
        <translation>Dørskilt</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Lagret %1.</translation>
    </message>
</context>
<context>
    <name>GroupsProjector</name>
    <message>
        <source>Find your group</source>
        <translation>Finn gruppen din</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <source>Facilitator user guide</source>
        <translation>Brukerveiledning for Facilitator</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <source>This guide has not been translated into your language yet: it is in English.</source>
        <translation>Denne veiledningen er ikke oversatt til ditt språk ennå: den er på engelsk.</translation>
    </message>
</context>
<context>
    <name>IdeaDelegate</name>
    <message>
        <source>merged</source>
        <translation>slått sammen</translation>
    </message>
</context>
<context>
    <name>IdeaListModel</name>
    <message>
        <source>The facilitator merged this idea into a similar one.</source>
        <translation>Fasilitatoren har slått sammen denne ideen med en lignende idé.</translation>
    </message>
    <message>
        <source>The facilitator merged similar ideas into this one.</source>
        <translation>Fasilitatoren har slått sammen lignende ideer med denne.</translation>
    </message>
    <message>
        <source>An idea needs some text. To remove it, select it and press Delete.</source>
        <translation>En idé må ha tekst. Vil du fjerne den, merker du den og trykker Delete.</translation>
    </message>
</context>
<context>
    <name>IdeaListView</name>
    <message>
        <source>No ideas yet. Type the first one above and press Enter.</source>
        <translation>Ingen ideer ennå. Skriv den første ovenfor og trykk Enter.</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideer</translation>
    </message>
</context>
<context>
    <name>Ideas</name>
    <message>
        <source>An idea needs some text.</source>
        <translation>En idé må ha tekst.</translation>
    </message>
    <message>
        <source>That idea is too long (at most 2,000 characters).</source>
        <translation>Ideen er for lang (høyst 2 000 tegn).</translation>
    </message>
    <message>
        <source>A question needs some text.</source>
        <translation>Et spørsmål må ha tekst.</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>Et tema må ha et navn.</translation>
    </message>
    <message>
        <source>Only ideas for the same question can be merged.</source>
        <translation>Bare ideer til samme spørsmål kan slås sammen.</translation>
    </message>
    <message>
        <source>That idea is itself merged into another one; merge into that one instead.</source>
        <translation>Den ideen er selv slått sammen med en annen; slå sammen med den i stedet.</translation>
    </message>
    <message>
        <source>Select at least two ideas to merge.</source>
        <translation>Merk minst to ideer for å slå dem sammen.</translation>
    </message>
    <message>
        <source>That idea has no merged duplicates to split off.</source>
        <translation>Den ideen har ingen sammenslåtte duplikater å skille ut.</translation>
    </message>
    <message>
        <source>That theme belongs to another question.</source>
        <translation>Det temaet hører til et annet spørsmål.</translation>
    </message>
    <message>
        <source>That idea, theme or question no longer exists (it may have been deleted).</source>
        <translation>Ideen, temaet eller spørsmålet finnes ikke lenger (det kan ha blitt slettet).</translation>
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
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lagt til</translation>
    </message>
    <message>
        <source>Merged from:</source>
        <translation>Slått sammen fra:</translation>
    </message>
    <message>
        <source>Not sorted</source>
        <translation>Ikke sortert</translation>
    </message>
    <message>
        <source>Drop ideas here to sort them; double-click to rename.</source>
        <translation>Slipp ideer her for å sortere dem; dobbeltklikk for å gi nytt navn.</translation>
    </message>
</context>
<context>
    <name>IdeasController</name>
    <message>
        <source>Add question</source>
        <translation>nytt spørsmål</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>endring av spørsmål</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Slett spørsmål</translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation>ny idé</translation>
    </message>
    <message>
        <source>Edit idea</source>
        <translation>endring av idé</translation>
    </message>
    <message>
        <source>Delete idea</source>
        <translation>sletting av idé</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n ideas</source>
        <translation>
            <numerusform>sletting av %n idé</numerusform>
            <numerusform>sletting av %n ideer</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to theme</source>
        <translation>Flytt til tema</translation>
    </message>
    <message>
        <source>Take out of theme</source>
        <translation>fjerning fra tema</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Slå sammen duplikater</translation>
    </message>
    <message>
        <source>Split merged idea</source>
        <translation>Del opp sammenslått idé</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nytt tema</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>nytt navn på tema</translation>
    </message>
    <message>
        <source>Change theme colour</source>
        <translation>endring av temafarge</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Slett tema</translation>
    </message>
    <message>
        <source>Attach photo</source>
        <translation>vedlegging av bilde</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>endring av bildetekst</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>fjerning av bilde</translation>
    </message>
</context>
<context>
    <name>IdeasPage</name>
    <message>
        <source>Search ideas (accents do not matter)</source>
        <translation>Søk i ideer (aksenter spiller ingen rolle)</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nytt tema</translation>
    </message>
    <message>
        <source>Type an idea for the chosen question and press Enter</source>
        <translation>Skriv en idé til det valgte spørsmålet og trykk Enter</translation>
    </message>
    <message>
        <source>Search ideas</source>
        <translation>Søk i ideer</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideer</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Ny idé</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Phones…</source>
        <translation>Mobiler…</translation>
    </message>
    <message>
        <source>Venue network: group leaders and participants join from their phones</source>
        <translation>Lokalnett: gruppeledere og deltakere blir med fra mobilen</translation>
    </message>
    <message>
        <source>%1 of %2 ideas</source>
        <translation>%1 av %2 ideer</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Slå sammen duplikater</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Rediger tekst</translation>
    </message>
    <message>
        <source>Move to theme</source>
        <translation>Flytt til tema</translation>
    </message>
    <message>
        <source>Not sorted</source>
        <translation>Ikke sortert</translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation>Nytt tema…</translation>
    </message>
    <message>
        <source>Split merged idea</source>
        <translation>Del opp sammenslått idé</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n idea(s) to %1</source>
        <translation>
            <numerusform>Flyttet %n idé til %1</numerusform>
            <numerusform>Flyttet %n ideer til %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n idea(s) out of their theme</source>
        <translation>
            <numerusform>Tok %n idé ut av temaet</numerusform>
            <numerusform>Tok %n ideer ut av temaene</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the theme:</source>
        <translation>Navn på temaet:</translation>
    </message>
    <message>
        <source>Select two or more ideas to merge.</source>
        <translation>Merk to eller flere ideer for å slå dem sammen.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n duplicate(s)</source>
        <translation>
            <numerusform>Slo sammen %n duplikat</numerusform>
            <numerusform>Slo sammen %n duplikater</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n idea(s); Edit → Undo brings them back</source>
        <translation>
            <numerusform>Slettet %n idé; Rediger → Angre henter den tilbake</numerusform>
            <numerusform>Slettet %n ideer; Rediger → Angre henter dem tilbake</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdeasProjector</name>
    <message>
        <source>Ideas wall</source>
        <translation>Idévegg</translation>
    </message>
    <message>
        <source>Ideas appear here as the groups send them in.</source>
        <translation>Ideene vises her etter hvert som gruppene sender dem inn.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (fortsatt)</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 til</translation>
    </message>
    <message>
        <source>No question yet</source>
        <translation>Ingen spørsmål ennå</translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <translation>Ikke sortert ennå</translation>
    </message>
    <message>
        <source>Ideas: %1  ·  Themes: %2</source>
        <translation>Ideer: %1  ·  Temaer: %2</translation>
    </message>
</context>
<context>
    <name>IdeasToolbar</name>
    <message>
        <source>Questions…</source>
        <translation>Spørsmål…</translation>
    </message>
    <message>
        <source>Capture window</source>
        <translation>Innskrivingsvindu</translation>
    </message>
    <message>
        <source>A window for group leaders to type their group&apos;s ideas</source>
        <translation>Et vindu der gruppeledere skriver inn gruppens ideer</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Prosjektor</translation>
    </message>
    <message>
        <source>Show the question, the ideas by theme and the timer on a second screen</source>
        <translation>Vis spørsmålet, ideene etter tema og nedtellingen på en ekstra skjerm</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Spørsmål:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alle spørsmål</translation>
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
            <numerusform>%n ny deltaker</numerusform>
            <numerusform>%n nye deltakere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n oppdatert</numerusform>
            <numerusform>%n oppdatert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n allerede oppdatert</numerusform>
            <numerusform>%n allerede oppdatert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate row(s) merged</source>
        <translation>
            <numerusform>%n duplikatrad slått sammen</numerusform>
            <numerusform>%n duplikatrader slått sammen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n rad avvist</numerusform>
            <numerusform>%n rader avvist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>arket «%1»</translation>
    </message>
    <message>
        <source>%1, separated by “%2”</source>
        <translation>%1, skilt med «%2»</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, headings in row %3, %n row(s) of people</source>
        <translation>
            <numerusform>%1 — %2, overskrifter på rad %3, %n rad med deltakere</numerusform>
            <numerusform>%1 — %2, overskrifter på rad %3, %n rader med deltakere</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column (or the first and last name columns) with the names.</source>
        <translation>Velg kolonnen med navnene (eller kolonnene med fornavn og etternavn).</translation>
    </message>
    <message>
        <source>Checking the list…</source>
        <translation>Kontrollerer listen…</translation>
    </message>
    <message>
        <source>Checking the list… %1 of %2 rows</source>
        <translation>Sjekker listen … %1 av %2 rader</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer deltakere</translation>
    </message>
    <message>
        <source>Check which column holds what. Double-click “Imports as” to change it; choose “Ignore” for columns you do not want.</source>
        <translation>Kontroller hva hver kolonne inneholder. Dobbeltklikk på «Importeres som» for å endre det; velg «Ignorer» for kolonner du ikke vil ha med.</translation>
    </message>
    <message>
        <source>Names are written “Last name, First name”</source>
        <translation>Navnene er skrevet «Etternavn, Fornavn»</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Dette vil importen gjøre</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullt navn</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Virksomhet</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>Rolle eller stilling</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Kosthold</translation>
    </message>
    <message>
        <source>Overnight stay</source>
        <translation>Overnatting</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Merkelapper</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Bransje</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Consent: share contact details</source>
        <translation>Samtykke: deling av kontaktinfo</translation>
    </message>
    <message>
        <source>Consent: photos</source>
        <translation>Samtykke: bilder</translation>
    </message>
    <message>
        <source>Consent: receive the minutes</source>
        <translation>Samtykke: motta referatet</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>There is no file at this path.</source>
        <translation>Det finnes ingen fil på denne plasseringen.</translation>
    </message>
    <message>
        <source>This is a folder, not a participant list.</source>
        <translation>Dette er en mappe, ikke en deltakerliste.</translation>
    </message>
    <message>
        <source>You do not have permission to read this file.</source>
        <translation>Du har ikke tilgang til å lese denne filen.</translation>
    </message>
    <message>
        <source>The file is empty: there is no one to import.</source>
        <translation>Filen er tom: det er ingen å importere.</translation>
    </message>
    <message>
        <source>The list has column headings but no rows of people below them: there is no one to import.</source>
        <translation>Listen har kolonneoverskrifter, men ingen rader med deltakere under dem: det er ingen å importere.</translation>
    </message>
    <message>
        <source>This is not a participant list: import a spreadsheet saved as .xlsx or .csv.</source>
        <translation>Dette er ikke en deltakerliste: importer et regneark som er lagret som .xlsx eller .csv.</translation>
    </message>
    <message>
        <source>The file is named .xlsx but is not a readable Excel workbook (damaged, truncated, or another kind of file renamed). Open it in Excel and save it again, or save it as .csv.</source>
        <translation>Filen slutter på .xlsx, men er ikke en lesbar Excel-arbeidsbok (skadet, avkortet eller en annen type fil som har fått nytt navn). Åpne den i Excel og lagre den på nytt, eller lagre den som .csv.</translation>
    </message>
    <message>
        <source>This kind of spreadsheet cannot be read. Save it as .xlsx (without a password) or .csv and import that file.</source>
        <translation>Denne typen regneark kan ikke leses. Lagre det som .xlsx (uten passord) eller .csv, og importer den filen.</translation>
    </message>
    <message>
        <source>No column of this list looks like it holds people&apos;s names (such as Name, Navn, Namn, Naam, or first and last name). Check that the file is a participant list with a heading row.</source>
        <translation>Ingen kolonne i denne listen ser ut til å inneholde navn på personer (for eksempel Navn, Name, Namn, Naam eller fornavn og etternavn). Kontroller at filen er en deltakerliste med en rad med overskrifter.</translation>
    </message>
    <message>
        <source>The list is too large to import: a participant list can have at most 100,000 rows, 1,000 columns, 10,000 characters in a cell and 1,000,000 in a line, in a file of at most 50 MB. Check that this is the right file, or split it.</source>
        <translation>Listen er for stor til å importeres: en deltakerliste kan ha høyst 100 000 rader, 1 000 kolonner, 10 000 tegn i en celle og 1 000 000 på en linje, i en fil på høyst 50 MB. Sjekk at det er riktig fil, eller del den opp.</translation>
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
        <translation>ugyldig e-postadresse</translation>
    </message>
    <message>
        <source>not a yes or no, left empty</source>
        <translation>verken ja eller nei, står tomt</translation>
    </message>
    <message>
        <source>row %1 is the same person as row %2</source>
        <translation>rad %1 er samme person som rad %2</translation>
    </message>
    <message>
        <source>row %1: %2 (%3)</source>
        <translation>rad %1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Impossible</name>
    <message>
        <source>There are %1 groups but only %2 people: some groups stay empty.</source>
        <translation>Det er %1 grupper, men bare %2 personer: noen grupper blir tomme.</translation>
    </message>
    <message>
        <source>%1 has %2 people and there are %3 groups, so some groups have %4 of them.</source>
        <translation>%1 har %2 personer og det er %3 grupper, så noen grupper får %4 av dem.</translation>
    </message>
    <message numerus="yes">
        <source>There are %1 group leaders for %2 groups: %n group(s) will have none.</source>
        <translation>
            <numerusform>Det er %1 gruppeledere til %2 grupper: %n gruppe får ingen.</numerusform>
            <numerusform>Det er %1 gruppeledere til %2 grupper: %n grupper får ingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>One group leader per group is asked, but nobody is tagged “group leader”: tag them on the Participants page, or untick the rule for this round.</source>
        <translation>Én gruppeleder per gruppe er valgt, men ingen er merket «gruppeleder»: merk dem på Deltakere-siden, eller fjern regelen for denne runden.</translation>
    </message>
    <message>
        <source>%1 must stay together, but groups have at most %2 people.</source>
        <translation>%1 skal være sammen, men gruppene har høyst %2 personer.</translation>
    </message>
    <message>
        <source>%1 and %2 must be kept apart, but keep-together pairs link them.</source>
        <translation>%1 og %2 skal holdes adskilt, men par som skal være sammen, binder dem.</translation>
    </message>
    <message>
        <source>%1 must stay together but are locked in different groups.</source>
        <translation>%1 skal være sammen, men er låst til forskjellige grupper.</translation>
    </message>
    <message>
        <source>%1 must stay together, which puts %2 people from %3 in one group.</source>
        <translation>%1 skal være sammen, og det setter %2 personer fra %3 i samme gruppe.</translation>
    </message>
    <message>
        <source>%1 is locked in a group that cannot be used now.</source>
        <translation>%1 er låst til en gruppe som ikke kan brukes nå.</translation>
    </message>
    <message>
        <source>More people are locked in some groups than the group sizes allow.</source>
        <translation>Flere personer er låst i noen grupper enn gruppestørrelsene tillater.</translation>
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
        <translation>Bli med fra mobilen</translation>
    </message>
    <message>
        <source>The venue network is off.</source>
        <translation>Lokalnettet er slått av.</translation>
    </message>
    <message>
        <source>Scan the code, or open</source>
        <translation>Skann koden, eller åpne</translation>
    </message>
    <message>
        <source>and type</source>
        <translation>og skriv</translation>
    </message>
    <message>
        <source>First join this Wi-Fi:</source>
        <translation>Koble først til dette Wi-Fi-nettet:</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Voting kiosk – %1</source>
        <translation>Stemmekiosk – %1</translation>
    </message>
    <message>
        <source>Thank you — pass the laptop on</source>
        <translation>Takk — gi PC-en videre</translation>
    </message>
    <message>
        <source>Your vote is stored. This screen clears itself.</source>
        <translation>Stemmen din er lagret. Skjermen tømmes av seg selv.</translation>
    </message>
    <message>
        <source>Next voter</source>
        <translation>Neste velger</translation>
    </message>
    <message>
        <source>This vote no longer exists</source>
        <translation>Denne avstemningen finnes ikke lenger</translation>
    </message>
    <message>
        <source>This vote is closed</source>
        <translation>Denne avstemningen er lukket</translation>
    </message>
    <message>
        <source>Please hand the laptop back to the facilitator.</source>
        <translation>Gi PC-en tilbake til fasilitatoren.</translation>
    </message>
    <message>
        <source>Your vote could not be stored. Please call the facilitator.</source>
        <translation>Stemmen din kunne ikke lagres. Si fra til fasilitatoren.</translation>
    </message>
    <message>
        <source>Voters cannot leave the kiosk: leaving it needs a PIN.</source>
        <translation>Velgerne kan ikke forlate kiosken: det krever PIN-kode.</translation>
    </message>
    <message>
        <source>Only the facilitator leaves the kiosk. Type the PIN to leave it (a ballot being filled in is thrown away).</source>
        <translation>Bare fasilitatoren forlater kiosken. Skriv PIN-koden for å gå ut (en stemmeseddel under utfylling forkastes).</translation>
    </message>
</context>
<context>
    <name>LeaderLinkRow</name>
    <message>
        <source>Link for the leader of %1</source>
        <translation>Lenke for lederen av %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Copy the link, e.g. to send it to the leader</source>
        <translation>Kopier lenken, for eksempel for å sende den til lederen</translation>
    </message>
    <message>
        <source>New link…</source>
        <translation>Ny lenke…</translation>
    </message>
    <message>
        <source>Replace the link: the old one stops working at once (if it was lost)</source>
        <translation>Erstatt lenken: den gamle slutter å virke med en gang (hvis den er kommet på avveie)</translation>
    </message>
</context>
<context>
    <name>LeaderLinksDialog</name>
    <message>
        <source>Leader links</source>
        <translation>Lederlenker</translation>
    </message>
    <message>
        <source>The links work while the venue network is on, for phones on the same network as this computer.</source>
        <translation>Lenkene virker mens lokalnettet er på, for mobiler på samme nett som denne maskinen.</translation>
    </message>
    <message>
        <source>Print leader cards…</source>
        <translation>Skriv ut lederkort…</translation>
    </message>
    <message>
        <source>A card for each leader with the group&apos;s questions and QR code, two to a page</source>
        <translation>Et kort til hver leder med gruppens spørsmål og QR-kode, to per side</translation>
    </message>
    <message>
        <source>No groups yet: make a group round first, then each group&apos;s leader gets a link.</source>
        <translation>Ingen grupper ennå: lag en grupperunde først, så får hver gruppeleder en lenke.</translation>
    </message>
    <message>
        <source>Each group leader scans their group&apos;s code with a phone (or opens the link) to type the group&apos;s ideas. Groups of “%1”, the latest round.</source>
        <translation>Hver gruppeleder skanner gruppens kode med mobilen (eller åpner lenken) for å skrive inn gruppens ideer. Gruppene i «%1», siste runde.</translation>
    </message>
    <message>
        <source>New leader link</source>
        <translation>Ny lederlenke</translation>
    </message>
    <message>
        <source>Make a new link for “%1”? The old link stops working at once: whoever has it open can no longer add ideas, and a printed card or door sign with it must be printed again. This cannot be undone.</source>
        <translation>Lage en ny lenke for «%1»? Den gamle lenken slutter å virke med en gang: den som har den åpen, kan ikke lenger legge til ideer, og et utskrevet kort eller dørskilt med den må skrives ut på nytt. Dette kan ikke angres.</translation>
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
        <translation>Lisenser</translation>
    </message>
    <message>
        <source>Facilitator (MIT licence)</source>
        <translation>Facilitator (MIT-lisens)</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Tredjepartsmerknader</translation>
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
        <translation>SIL Open Font License 1.1 (ikonskrifter)</translation>
    </message>
    <message>
        <source>The file %1 is missing from this installation.</source>
        <translation>Filen %1 mangler i denne installasjonen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Ny workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Å&amp;pne…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Åpne nylig &amp;brukte</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Åpne &amp;demoworkshopen</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Gjenopprett fra &amp;sikkerhetskopi…</translation>
    </message>
    <message>
        <source>&amp;Venue network (phones)…</source>
        <translation>&amp;Lokalnett (mobiler)…</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>&amp;Lukk workshop</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <source>&amp;Merge a group leader&apos;s file…</source>
        <translation>&amp;Flett inn en gruppeleders fil…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Brukerveiledning</translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation>&amp;Om Facilitator</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Åpne workshop</translation>
    </message>
    <message>
        <source>Workshops (*%1);;All files (*)</source>
        <translation>Workshoper (*%1);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Cannot open the workshop</source>
        <translation>Kan ikke åpne workshopen</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Åpner %1 …</translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation>Lagre den nye workshopen som</translation>
    </message>
    <message>
        <source>Workshops (*%1)</source>
        <translation>Workshoper (*%1)</translation>
    </message>
    <message>
        <source>Cannot create the workshop</source>
        <translation>Kan ikke opprette workshopen</translation>
    </message>
    <message>
        <source>Cannot open the demo workshop</source>
        <translation>Kan ikke åpne demoworkshopen</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Endringen ble ikke lagret</translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation>Alle endringer lagres fortløpende</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Lagret kl. %1</translation>
    </message>
    <message>
        <source>Text not added yet</source>
        <translation>Tekst som ikke er lagt til</translation>
    </message>
    <message>
        <source>A capture window has text that was typed but not added:

%1

Close the workshop anyway and discard it?</source>
        <translation>Et innskrivingsvindu har tekst som er skrevet, men ikke lagt til:

%1

Lukke workshopen likevel og forkaste den?</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Den automatiske sikkerhetskopieringen mislyktes: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>Replace the workshop with this backup? The current state is backed up first, so you can go back to it.</source>
        <translation>Vil du erstatte workshopen med denne sikkerhetskopien? Workshopen slik den er nå, sikkerhetskopieres først, så du kan gå tilbake til den.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Kan ikke gjenopprette sikkerhetskopien</translation>
    </message>
    <message>
        <source>Restored the backup.</source>
        <translation>Sikkerhetskopien er gjenopprettet.</translation>
    </message>
    <message>
        <source>Merge a group leader&apos;s file</source>
        <translation>Flett inn en gruppeleders fil</translation>
    </message>
    <message>
        <source>Merged %1.</source>
        <translation>Flettet inn %1.</translation>
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
        <translation>Vannrett:</translation>
    </message>
    <message>
        <source>Up:</source>
        <translation>Loddrett:</translation>
    </message>
    <message>
        <source>2×2 chart</source>
        <translation>2×2-diagram</translation>
    </message>
    <message>
        <source>Mean ratings of the 2×2 chart</source>
        <translation>Gjennomsnittlige vurderinger i 2×2-diagrammet</translation>
    </message>
    <message>
        <source>Plan for it</source>
        <translation>Planlegg det</translation>
    </message>
    <message>
        <source>Do first</source>
        <translation>Gjør først</translation>
    </message>
    <message>
        <source>Leave for now</source>
        <translation>Vent med det</translation>
    </message>
    <message>
        <source>Nice to have</source>
        <translation>Fint å ha</translation>
    </message>
    <message>
        <source>No item has been rated on both criteria yet.</source>
        <translation>Ingen forslag er vurdert på begge kriteriene ennå.</translation>
    </message>
</context>
<context>
    <name>MergeCounts</name>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n ny organisasjon</numerusform>
            <numerusform>%n nye organisasjoner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new participant(s)</source>
        <translation>
            <numerusform>%n ny deltaker</numerusform>
            <numerusform>%n nye deltakere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new question(s)</source>
        <translation>
            <numerusform>%n nytt spørsmål</numerusform>
            <numerusform>%n nye spørsmål</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new theme(s)</source>
        <translation>
            <numerusform>%n nytt tema</numerusform>
            <numerusform>%n nye temaer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new idea(s)</source>
        <translation>
            <numerusform>%n ny idé</numerusform>
            <numerusform>%n nye ideer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new photo(s)</source>
        <translation>
            <numerusform>%n nytt bilde</numerusform>
            <numerusform>%n nye bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation name(s) from the copy already used by another organisation here: this workshop&apos;s name kept</source>
        <translation>
            <numerusform>%n organisasjonsnavn fra kopien brukes allerede av en annen organisasjon her: navnet i denne workshopen er beholdt</numerusform>
            <numerusform>%n organisasjonsnavn fra kopien brukes allerede av andre organisasjoner her: navnene i denne workshopen er beholdt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) from a group that is not in this workshop</source>
        <translation>
            <numerusform>%n idé fra en gruppe som ikke finnes i denne workshopen</numerusform>
            <numerusform>%n ideer fra en gruppe som ikke finnes i denne workshopen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) for a question that is not in this workshop</source>
        <translation>
            <numerusform>%n idé til et spørsmål som ikke finnes i denne workshopen</numerusform>
            <numerusform>%n ideer til et spørsmål som ikke finnes i denne workshopen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) sorted into a theme that is not in this workshop</source>
        <translation>
            <numerusform>%n idé sortert i et tema som ikke finnes i denne workshopen</numerusform>
            <numerusform>%n ideer sortert i et tema som ikke finnes i denne workshopen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) by an author who is not in this workshop</source>
        <translation>
            <numerusform>%n idé av en forfatter som ikke finnes i denne workshopen</numerusform>
            <numerusform>%n ideer av en forfatter som ikke finnes i denne workshopen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) merged into an idea that is not in this workshop</source>
        <translation>
            <numerusform>%n idé slått sammen med en idé som ikke finnes i denne workshopen</numerusform>
            <numerusform>%n ideer slått sammen med en idé som ikke finnes i denne workshopen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s) for a question that is not in this workshop</source>
        <translation>
            <numerusform>%n tema til et spørsmål som ikke finnes i denne workshopen</numerusform>
            <numerusform>%n temaer til et spørsmål som ikke finnes i denne workshopen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) for a group round that is not in this workshop</source>
        <translation>
            <numerusform>%n spørsmål til en grupperunde som ikke finnes i denne workshopen</numerusform>
            <numerusform>%n spørsmål til en grupperunde som ikke finnes i denne workshopen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) for a question that is not in this workshop</source>
        <translation>
            <numerusform>%n bilde til et spørsmål som ikke finnes i denne workshopen</numerusform>
            <numerusform>%n bilder til et spørsmål som ikke finnes i denne workshopen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved with the copy&apos;s version</source>
        <translation>
            <numerusform>%n konflikt løst med kopiens versjon</numerusform>
            <numerusform>%n konflikter løst med kopiens versjon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) from the copy applied here</source>
        <translation>
            <numerusform>%n sletting fra kopien utført her</numerusform>
            <numerusform>%n slettinger fra kopien utført her</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) made on the other laptop, remembered here too</source>
        <translation>
            <numerusform>%n sletting gjort på den andre PC-en, husket her også</numerusform>
            <numerusform>%n slettinger gjort på den andre PC-en, husket her også</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted here, left out</source>
        <translation>
            <numerusform>%n element slettet her, utelatt</numerusform>
            <numerusform>%n elementer slettet her, utelatt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… og %n til</numerusform>
            <numerusform>… og %n til</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>This is the open workshop&apos;s own file. Choose the copy the group leader handed over.</source>
        <translation>Dette er filen til workshopen som er åpen. Velg kopien som gruppelederen ga deg.</translation>
    </message>
    <message>
        <source>This is a copy of another workshop (“%1”). Only copies of this workshop can be merged.</source>
        <translation>Dette er en kopi av en annen workshop («%1»). Bare kopier av denne workshopen kan flettes inn.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Virksomhet</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørsmål</translation>
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
        <translation>Bilde</translation>
    </message>
    <message>
        <source>On a form</source>
        <translation>På skjema</translation>
    </message>
    <message>
        <source>At import</source>
        <translation>Ved import</translation>
    </message>
    <message>
        <source>At the check-in desk</source>
        <translation>I registreringen ved døra</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(ikke registrert)</translation>
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
        <translation>nei</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Nothing new: this workshop already has everything in the copy.</source>
        <translation>Ingenting nytt: denne workshopen har allerede alt som er i kopien.</translation>
    </message>
    <message>
        <source>“%1” is an organisation already here: not added again</source>
        <translation>«%1» er en virksomhet som allerede finnes her: ikke lagt til på nytt</translation>
    </message>
    <message>
        <source>%1 is %2, already here (the same e-mail): not added again</source>
        <translation>%1 er %2, som allerede finnes her (samme e-postadresse): ikke lagt til på nytt</translation>
    </message>
    <message>
        <source>%1 is %2, already here (the same name and organisation): not added again</source>
        <translation>%1 er %2, som allerede finnes her (samme navn og virksomhet): ikke lagt til på nytt</translation>
    </message>
    <message>
        <source>Left empty, because it is not in this workshop:</source>
        <translation>Latt stå tomt fordi det ikke finnes i denne workshopen:</translation>
    </message>
    <message>
        <source>New ideas:</source>
        <translation>Nye ideer:</translation>
    </message>
    <message>
        <source>Merge a group leader&apos;s file</source>
        <translation>Flett inn en gruppeleders fil</translation>
    </message>
    <message>
        <source>What comes in</source>
        <translation>Dette kommer inn</translation>
    </message>
    <message>
        <source>Take theirs where their copy is newer</source>
        <translation>Bruk deres der kopien deres er nyere</translation>
    </message>
    <message>
        <source>Keep all of this workshop&apos;s</source>
        <translation>Behold alt fra denne workshopen</translation>
    </message>
    <message>
        <source>A backup is taken before merging: File → Restore from backup… undoes the merge (Undo cannot). The group leader&apos;s file is only read, never changed.</source>
        <translation>Det tas en sikkerhetskopi før flettingen: Fil → Gjenopprett fra sikkerhetskopi… angrer flettingen (det kan ikke Angre). Gruppelederens fil blir bare lest, aldri endret.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Flett inn</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Leser «%1»…</translation>
    </message>
    <message>
        <source>Comparing the copy with this workshop…</source>
        <translation>Sammenligner kopien med denne workshopen…</translation>
    </message>
    <message>
        <source>Merging “%1” (“%2”) into this workshop. Nothing changes until you press Merge.</source>
        <translation>Fletter «%1» («%2») inn i denne workshopen. Ingenting endres før du trykker på Flett inn.</translation>
    </message>
    <message>
        <source>“%1” cannot be merged.</source>
        <translation>«%1» kan ikke flettes inn.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): changed differently in the two files, or deleted on the other laptop. This workshop&apos;s version is kept unless you tick “Take theirs”.</source>
        <translation>
            <numerusform>%n konflikt: endret forskjellig i de to filene, eller slettet på den andre PC-en. Versjonen i denne workshopen beholdes med mindre du krysser av for «Bruk deres».</numerusform>
            <numerusform>%n konflikter: endret forskjellig i de to filene, eller slettet på den andre PC-en. Versjonen i denne workshopen beholdes med mindre du krysser av for «Bruk deres».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s); ticked ones were taken from the copy.</source>
        <translation>
            <numerusform>%n konflikt; de avkryssede ble hentet fra kopien.</numerusform>
            <numerusform>%n konflikter; de avkryssede ble hentet fra kopien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taking a backup and merging…</source>
        <translation>Tar sikkerhetskopi og fletter inn…</translation>
    </message>
    <message>
        <source>Merged “%1” into this workshop.</source>
        <translation>Flettet «%1» inn i denne workshopen.</translation>
    </message>
    <message>
        <source>Nothing was merged: this workshop already has everything in “%1”.</source>
        <translation>Ingenting ble flettet inn: denne workshopen har allerede alt som er i «%1».</translation>
    </message>
    <message>
        <source>What came in</source>
        <translation>Dette kom inn</translation>
    </message>
    <message>
        <source>A backup was taken first: File → Restore from backup… undoes this merge.</source>
        <translation>Det ble tatt en sikkerhetskopi først: Fil → Gjenopprett fra sikkerhetskopi… angrer flettingen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>The merge failed; this workshop was not changed.</source>
        <translation>Flettingen mislyktes; denne workshopen er ikke endret.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Årsak</translation>
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
        <translation>Farge</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Plassering</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørsmål</translation>
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
        <translation>Slått sammen med</translation>
    </message>
    <message>
        <source>Group round</source>
        <translation>Grupperunde</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Virksomhet</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>Rolle eller stilling</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Merkelapper</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Kosthold</translation>
    </message>
    <message>
        <source>Overnight stay</source>
        <translation>Overnatting</translation>
    </message>
    <message>
        <source>Minutes consent: date</source>
        <translation>Samtykke til referat: dato</translation>
    </message>
    <message>
        <source>Minutes consent: where answered</source>
        <translation>Samtykke til referat: hvor det ble gitt</translation>
    </message>
    <message>
        <source>Contact consent: date</source>
        <translation>Samtykke til kontaktinfo: dato</translation>
    </message>
    <message>
        <source>Contact consent: where answered</source>
        <translation>Samtykke til kontaktinfo: hvor det ble gitt</translation>
    </message>
    <message>
        <source>Photo consent: date</source>
        <translation>Samtykke til bilder: dato</translation>
    </message>
    <message>
        <source>Photo consent: where answered</source>
        <translation>Samtykke til bilder: hvor det ble gitt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
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
        <translation>Bildetekst</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bilde</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Bransje</translation>
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
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideer</translation>
    </message>
    <message>
        <source>Voting results</source>
        <translation>Avstemningsresultater</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes</source>
        <translation>Fasilitatorens notater</translation>
    </message>
    <message>
        <source>Full minutes</source>
        <translation>Fullstendig referat</translation>
    </message>
    <message>
        <source>Short summary for the board</source>
        <translation>Kort sammendrag for styret</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Choose at least one section besides the notes.</source>
        <translation>Velg minst ett avsnitt i tillegg til notatene.</translation>
    </message>
    <message>
        <source>That section is not part of the minutes.</source>
        <translation>Det avsnittet er ikke en del av referatet.</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>En forhåndsinnstilling må ha et navn.</translation>
    </message>
    <message>
        <source>That name belongs to a built-in preset: choose another one.</source>
        <translation>Det navnet tilhører en innebygd forhåndsinnstilling: velg et annet.</translation>
    </message>
    <message>
        <source>That preset no longer exists (it may have been deleted).</source>
        <translation>Den forhåndsinnstillingen finnes ikke lenger (den kan ha blitt slettet).</translation>
    </message>
    <message>
        <source>An action item needs a text (what is to be done).</source>
        <translation>Et oppfølgingspunkt må ha en tekst (hva som skal gjøres).</translation>
    </message>
    <message>
        <source>That action item no longer exists (it may have been deleted).</source>
        <translation>Det oppfølgingspunktet finnes ikke lenger (det kan ha blitt slettet).</translation>
    </message>
    <message>
        <source>The minutes could not be changed.</source>
        <translation>Referatet kunne ikke endres.</translation>
    </message>
    <message>
        <source>This is a file, not a folder: choose a folder for the CSV files.</source>
        <translation>Dette er en fil, ikke en mappe: velg en mappe for CSV-filene.</translation>
    </message>
    <message>
        <source>This is a folder: choose a file name for the workbook.</source>
        <translation>Dette er en mappe: velg et filnavn for arbeidsboken.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Mappen finnes ikke.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was written; an earlier export is unchanged.</source>
        <translation>Disken er full. Ingenting ble skrevet; en tidligere eksport er uendret.</translation>
    </message>
    <message>
        <source>The export cannot be written here: the folder is read-only or the file is open in another program (close it and try again). An earlier export is unchanged.</source>
        <translation>Eksporten kan ikke skrives her: mappen er skrivebeskyttet, eller filen er åpen i et annet program (lukk den og prøv igjen). En tidligere eksport er uendret.</translation>
    </message>
    <message>
        <source>The export could not be written. An earlier export is unchanged.</source>
        <translation>Eksporten kunne ikke skrives. En tidligere eksport er uendret.</translation>
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
        <translation>Forhåndsinnstilling:</translation>
    </message>
    <message>
        <source>A saved choice of sections and privacy</source>
        <translation>Et lagret valg av avsnitt og personvern</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Lagre som forhåndsinnstilling…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Slett forhåndsinnstilling</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Lay out the minutes again now</source>
        <translation>Sett opp referatet på nytt nå</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Lagre PDF…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Eksporter Excel…</translation>
    </message>
    <message>
        <source>The whole workshop as one workbook</source>
        <translation>Hele workshopen som én arbeidsbok</translation>
    </message>
    <message>
        <source>Export CSV folder…</source>
        <translation>Eksporter CSV-mappe…</translation>
    </message>
    <message>
        <source>The whole workshop as one CSV file per table</source>
        <translation>Hele workshopen som én CSV-fil per tabell</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativer</translation>
    </message>
    <message>
        <source>Leave out names and contacts (privacy)</source>
        <translation>Utelat navn og kontaktinformasjon (personvern)</translation>
    </message>
    <message>
        <source>Nobody is named: participants are counted by organisation, and organisations stand in for people as owners and leads. Also applies to the exports. Without it, e-mail and phone are shown only for participants who agreed to share their contact details.</source>
        <translation>Ingen navngis: deltakerne telles per virksomhet, og virksomhetene står som eiere og ansvarlige i stedet for personer. Gjelder også eksportene. Uten dette vises e-post og telefon bare for deltakere som har samtykket til å dele kontaktinfo.</translation>
    </message>
    <message>
        <source>Hours per organisation</source>
        <translation>Timer per virksomhet</translation>
    </message>
    <message>
        <source>The hours attended per organisation, for funding reports</source>
        <translation>Oppmøtte timer per virksomhet, til rapportering til finansiører</translation>
    </message>
    <message>
        <source>Logo…</source>
        <translation>Logo…</translation>
    </message>
    <message>
        <source>An image for the cover (for this session)</source>
        <translation>Et bilde til forsiden (for denne økten)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <source>Use the workshop&apos;s own logo, if it has one</source>
        <translation>Bruk workshopens egen logo, hvis den har en</translation>
    </message>
    <message>
        <source>Custom selection</source>
        <translation>Eget utvalg</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Lagre som forhåndsinnstilling</translation>
    </message>
    <message>
        <source>A name for these sections and this privacy choice:</source>
        <translation>Et navn på disse avsnittene og dette personvernvalget:</translation>
    </message>
    <message>
        <source>Preset “%1” saved.</source>
        <translation>Forhåndsinnstillingen «%1» er lagret.</translation>
    </message>
    <message>
        <source>Preset “%1” deleted.</source>
        <translation>Forhåndsinnstillingen «%1» er slettet.</translation>
    </message>
    <message>
        <source>Logo for the cover</source>
        <translation>Logo til forsiden</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <source>The logo could not be read</source>
        <translation>Logoen kunne ikke leses</translation>
    </message>
    <message>
        <source>%1 is not an image this app can read (try PNG or JPEG).</source>
        <translation>%1 er ikke et bilde dette programmet kan lese (prøv PNG eller JPEG).</translation>
    </message>
    <message>
        <source>Logo: the workshop&apos;s own, if it has one</source>
        <translation>Logo: workshopens egen, hvis den har en</translation>
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
        <translation>nytt oppfølgingspunkt</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>endring av oppfølgingspunkt</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>sletting av oppfølgingspunkt</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>endring av notat</translation>
    </message>
    <message>
        <source>Save preset %1</source>
        <translation>lagring av forhåndsinnstillingen %1</translation>
    </message>
    <message>
        <source>Delete preset %1</source>
        <translation>sletting av forhåndsinnstillingen %1</translation>
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
        <translation>Oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
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
        <translation>Referatet er lagret i %1.</translation>
    </message>
    <message>
        <source>Export Excel workbook</source>
        <translation>Eksporter Excel-arbeidsbok</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Export CSV files into a folder</source>
        <translation>Eksporter CSV-filer til en mappe</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Skriver …</translation>
    </message>
    <message>
        <source>Writing %1 of %2 rows…</source>
        <translation>Skriver %1 av %2 rader …</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>Eksporten ble avbrutt. Ingen fil ble skrevet.</translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>Eksporterer til %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1, naming nobody.</source>
        <translation>
            <numerusform>Eksporterte %n rad til %1, uten navn.</numerusform>
            <numerusform>Eksporterte %n rader til %1, uten navn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Eksporterte %n rad til %1.</numerusform>
            <numerusform>Eksporterte %n rader til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Eksporten mislyktes.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
</context>
<context>
    <name>MinutesPreview</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop laying out the minutes for the preview</source>
        <translation>Stopp oppsettet av referatet for forhåndsvisningen</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Gjengir…</translation>
    </message>
    <message>
        <source>Preview cancelled. Press Preview to lay out the minutes again.</source>
        <translation>Forhåndsvisningen ble avbrutt. Trykk Forhåndsvisning for å sette opp referatet igjen.</translation>
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
        <translation>på workshopens språk, slik det blir lagret</translation>
    </message>
    <message>
        <source>The preview could not be shown.</source>
        <translation>Forhåndsvisningen kunne ikke vises.</translation>
    </message>
    <message>
        <source>The minutes could not be laid out: %1</source>
        <translation>Referatet kunne ikke settes opp: %1</translation>
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
        <translation>Opprett…</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <source>Describe the workshop. You choose where to save it next; after that every change is saved as you make it.</source>
        <translation>Beskriv workshopen. Deretter velger du hvor den skal lagres; fra da av lagres alle endringer fortløpende.</translation>
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
        <translation>Notatene dine til hvert avsnitt, skrevet ut i en ramme i det avsnittet når «Fasilitatorens notater» er krysset av. Lagres mens du skriver; kan angres.</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>Avsnitt:</translation>
    </message>
    <message>
        <source>No note for this section yet.</source>
        <translation>Ikke noe notat til dette avsnittet ennå.</translation>
    </message>
    <message>
        <source>Note for the chosen section</source>
        <translation>Notat for den valgte delen</translation>
    </message>
</context>
<context>
    <name>OrganisationCountsModel</name>
    <message>
        <source>Organisation</source>
        <translation>Virksomhet</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Møtt</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(uten virksomhet)</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <source>Organisation</source>
        <translation>Virksomhet</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Bransje</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <source>Organisations</source>
        <translation>Virksomheter</translation>
    </message>
    <message>
        <source>Double-click a cell to edit. Organisations are created when you register or import people; sector and municipality can balance breakout groups.</source>
        <translation>Dobbeltklikk på en celle for å redigere. Virksomheter opprettes når du registrerer eller importerer deltakere; bransje og kommune kan brukes til å balansere gruppene.</translation>
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
        <translation>E-post</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Forsøk</translation>
    </message>
    <message>
        <source>Queued (last try: %1)</source>
        <translation>I kø (siste forsøk: %1)</translation>
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
        <translation>Mislyktes: %1</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>avvist</translation>
    </message>
    <message>
        <source>Unknown: may have been sent</source>
        <translation>Ukjent: kan være sendt</translation>
    </message>
    <message>
        <source>The connection ended while this message was being handed over; the server may have it. Use “Resend unknown…” only if the person did not get it.</source>
        <translation>Forbindelsen ble brutt mens denne meldingen ble overlevert; serveren kan ha fått den. Bruk «Send ukjente på nytt…» bare hvis personen ikke fikk den.</translation>
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
        <translation>Meldinger i utboksen</translation>
    </message>
    <message>
        <source>Nothing queued yet. “Send minutes…” queues the minutes for e-mail.</source>
        <translation>Ingenting i kø ennå. «Send referat…» legger referatet i kø for e-post.</translation>
    </message>
    <message>
        <source>Send &amp;minutes…</source>
        <translation>Send &amp;referat…</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Send &amp;nå</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Prøv mislykkede på nytt</translation>
    </message>
    <message>
        <source>Resend &amp;unknown…</source>
        <translation>Send &amp;ukjente på nytt…</translation>
    </message>
    <message>
        <source>SMTP &amp;settings…</source>
        <translation>SMTP-&amp;innstillinger…</translation>
    </message>
    <message>
        <source>%1 — queued %2</source>
        <translation>%1 — lagt i kø %2</translation>
    </message>
    <message>
        <source>Not configured: set up the SMTP server (SMTP settings…).</source>
        <translation>Ikke konfigurert: sett opp SMTP-serveren (SMTP-innstillinger…).</translation>
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
            <numerusform>%n mislyktes</numerusform>
            <numerusform>%n mislyktes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown: may have been sent</source>
        <translation>
            <numerusform>%n ukjent: kan være sendt</numerusform>
            <numerusform>%n ukjente: kan være sendt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sending… %n left</source>
        <translation>
            <numerusform>sender… %n igjen</numerusform>
            <numerusform>sender… %n igjen</numerusform>
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
        <translation>sending er ikke tilgjengelig her</translation>
    </message>
    <message>
        <source>not configured: set up the SMTP server (SMTP settings…)</source>
        <translation>ikke konfigurert: sett opp SMTP-serveren (SMTP-innstillinger…)</translation>
    </message>
    <message>
        <source>the password is needed: click “Send now”</source>
        <translation>passordet trengs: klikk på «Send nå»</translation>
    </message>
    <message>
        <source>the server could not be reached (%1)</source>
        <translation>serveren kunne ikke nås (%1)</translation>
    </message>
    <message>
        <source>the connection was lost (%1)</source>
        <translation>forbindelsen ble brutt (%1)</translation>
    </message>
    <message>
        <source>the server asked to try again later</source>
        <translation>serveren ba om et nytt forsøk senere</translation>
    </message>
    <message numerus="yes">
        <source>next try in %n min</source>
        <translation>
            <numerusform>neste forsøk om %n min</numerusform>
            <numerusform>neste forsøk om %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %n s</source>
        <translation>
            <numerusform>neste forsøk om %n s</numerusform>
            <numerusform>neste forsøk om %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>sending automatically is off: click “Send now”</source>
        <translation>automatisk sending er slått av: klikk på «Send nå»</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>venter på å bli sendt</translation>
    </message>
    <message>
        <source>Resend unknown</source>
        <translation>Send ukjente på nytt</translation>
    </message>
    <message numerus="yes">
        <source>The connection ended while %n message(s) were being handed over: the server may have taken them, so these may already have been sent. Sending them again can give those people the minutes twice.

Queue them again?</source>
        <translation>
            <numerusform>Forbindelsen ble brutt mens %n melding ble overlevert: serveren kan ha tatt imot den, så den kan allerede være sendt. Hvis den sendes på nytt, kan mottakeren få referatet to ganger.

Vil du legge den i kø igjen?</numerusform>
            <numerusform>Forbindelsen ble brutt mens %n meldinger ble overlevert: serveren kan ha tatt imot dem, så de kan allerede være sendt. Hvis de sendes på nytt, kan disse personene få referatet to ganger.

Vil du legge dem i kø igjen?</numerusform>
        </translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP-passord</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>Passord for %1 på %2:</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring, so it is not asked again on this laptop?</source>
        <translation>Vil du huske passordet i systemets nøkkelring, så du ikke blir spurt om det igjen på denne PC-en?</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>The SMTP settings are not complete: %1</source>
        <translation>SMTP-innstillingene er ikke fullstendige: %1</translation>
    </message>
    <message>
        <source>Sending failed: %1</source>
        <translation>Sendingen mislyktes: %1</translation>
    </message>
    <message>
        <source>The server refused the login (%1). Check the user name and password in the SMTP settings; nothing is sent until then.</source>
        <translation>Serveren avviste påloggingen (%1). Kontroller brukernavnet og passordet i SMTP-innstillingene; ingenting blir sendt før det er gjort.</translation>
    </message>
    <message>
        <source>No secure connection to the server (%1). Check the security setting and the port in the SMTP settings; nothing is sent until then.</source>
        <translation>Ingen sikker forbindelse til serveren (%1). Kontroller sikkerhetsinnstillingen og porten i SMTP-innstillingene; ingenting blir sendt før det er gjort.</translation>
    </message>
    <message>
        <source>The server refused the sender address (%1). Check the sender in the SMTP settings; nothing is sent until then.</source>
        <translation>Serveren avviste avsenderadressen (%1). Kontroller avsenderen i SMTP-innstillingene; ingenting blir sendt før det er gjort.</translation>
    </message>
</context>
<context>
    <name>OverviewController</name>
    <message>
        <source>Edit workshop details</source>
        <translation>endring av workshopdetaljer</translation>
    </message>
    <message>
        <source>Add agenda block</source>
        <translation>nytt agendapunkt</translation>
    </message>
    <message>
        <source>Remove agenda block</source>
        <translation>fjerning av agendapunkt</translation>
    </message>
    <message>
        <source>Edit agenda block</source>
        <translation>endring av agendapunkt</translation>
    </message>
    <message>
        <source>Move agenda block</source>
        <translation>flytting av agendapunkt</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>New block</source>
        <translation>Nytt punkt</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation>Legg til &amp;punkt</translation>
    </message>
    <message>
        <source>Add a block after the selected one (Ctrl+Shift+N)</source>
        <translation>Legg til et punkt etter det valgte (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Fj&amp;ern</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytt ne&amp;d</translation>
    </message>
    <message>
        <source>Double-click a cell to edit. Start times follow from the durations; type a start time to pin a block there (lunch at 12:00), clear it to let it float again.</source>
        <translation>Dobbeltklikk på en celle for å redigere. Starttidene følger av varighetene; skriv inn en starttid for å låse et punkt der (lunsj kl. 12:00), og tøm feltet for å la punktet flyte igjen.</translation>
    </message>
</context>
<context>
    <name>OwnUndo</name>
    <message>
        <source>The last change was not made here; undo it there.</source>
        <translation>Den siste endringen ble ikke gjort her; angre den der den ble gjort.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Angret: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Gjort om: %1</translation>
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
        <translation>%1 og %2: hver for seg</translation>
    </message>
</context>
<context>
    <name>Participant</name>
    <message>
        <source>A participant needs a name.</source>
        <translation>En deltaker må ha et navn.</translation>
    </message>
    <message>
        <source>That e-mail address is not valid.</source>
        <translation>E-postadressen er ikke gyldig.</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation>En virksomhet må ha et navn.</translation>
    </message>
    <message>
        <source>Another organisation already has that name.</source>
        <translation>En annen virksomhet har allerede det navnet.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Other tags</source>
        <translation>Andre merkelapper</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Rediger deltaker</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Ny deltaker</translation>
    </message>
    <message>
        <source>recorded now when you press OK</source>
        <translation>registreres nå når du trykker OK</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>En deltaker må ha et navn.</translation>
    </message>
    <message>
        <source>That e-mail address is not valid.</source>
        <translation>E-postadressen er ikke gyldig.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Virksomhet</translation>
    </message>
    <message>
        <source>&amp;Role or title</source>
        <translation>&amp;Rolle eller stilling</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Merkelapper</translation>
    </message>
    <message>
        <source>Other tags, separated by commas</source>
        <translation>Andre merkelapper, skilt med komma</translation>
    </message>
    <message>
        <source>&amp;Dietary needs</source>
        <translation>&amp;Kosthold</translation>
    </message>
    <message>
        <source>Stays o&amp;vernight</source>
        <translation>&amp;Overnatter</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Receives the &amp;minutes</source>
        <translation>Mottar &amp;referatet</translation>
    </message>
    <message>
        <source>The workshop&apos;s own follow-up: on unless the person opts out</source>
        <translation>Workshopens egen oppfølging: på med mindre personen reserverer seg</translation>
    </message>
    <message>
        <source>Contact details may be &amp;shared with the other participants</source>
        <translation>Kontaktinformasjonen kan &amp;deles med de andre deltakerne</translation>
    </message>
    <message>
        <source>May appear in p&amp;hotos</source>
        <translation>Kan være med på &amp;bilder</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Not&amp;ater</translation>
    </message>
</context>
<context>
    <name>ParticipantList</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;ksporter</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>R&amp;ediger…</translation>
    </message>
    <message>
        <source>Set c&amp;onsent…</source>
        <translation>Registrer s&amp;amtykke…</translation>
    </message>
    <message>
        <source>Record a consent for the selected participants (select several at once)</source>
        <translation>Registrer et samtykke for de valgte deltakerne (velg flere samtidig)</translation>
    </message>
    <message>
        <source>With shared contact details…</source>
        <translation>Med delt kontaktinfo…</translation>
    </message>
    <message>
        <source>E-mail and phone only for participants who agreed to share them</source>
        <translation>E-post og telefon bare for deltakere som har samtykket til å dele dem</translation>
    </message>
    <message>
        <source>Only name, organisation and role (no personal details)…</source>
        <translation>Bare navn, virksomhet og rolle (ingen personopplysninger)…</translation>
    </message>
    <message>
        <source>For your own use, with every contact detail…</source>
        <translation>Til eget bruk, med all kontaktinfo…</translation>
    </message>
    <message>
        <source>Everyone&apos;s e-mail and phone, under headings that say the file is not to be shared</source>
        <translation>Alles e-post og telefon, under overskrifter som sier at filen ikke skal deles</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import a sign-up list (CSV, text or Excel) from your registration form</source>
        <translation>Importer en påmeldingsliste (CSV, tekst eller Excel) fra påmeldingsskjemaet ditt</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Skriv &amp;ut</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Navnelapper</translation>
    </message>
    <message>
        <source>QR code for voting from a phone</source>
        <translation>QR-kode for å stemme fra mobilen</translation>
    </message>
    <message>
        <source>Each badge carries its holder&apos;s own code: scanned with a phone on the venue network, it lets named votes know who voted, without any accounts</source>
        <translation>Hvert navneskilt får innehaverens egen kode: skannet med mobilen på lokalnettet forteller den navngitte avstemninger hvem som stemte, uten noen brukerkontoer</translation>
    </message>
    <message>
        <source>Attendance sheet for signatures…</source>
        <translation>Oppmøteliste for signering…</translation>
    </message>
    <message>
        <source>Participant list with shared contact details…</source>
        <translation>Deltakerliste med delt kontaktinfo…</translation>
    </message>
    <message>
        <source>Participant list without contact details…</source>
        <translation>Deltakerliste uten kontaktinformasjon…</translation>
    </message>
    <message>
        <source>Search names, organisations, e-mail</source>
        <translation>Søk etter navn, virksomhet, e-post</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Søk i deltakere</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>No participants yet. Add them one by one, or import the sign-up list (CSV or Excel) from your registration form.</source>
        <translation>Ingen deltakere ennå. Legg dem til én og én, eller importer påmeldingslisten (CSV eller Excel) fra påmeldingsskjemaet ditt.</translation>
    </message>
    <message>
        <source>Loading participants…</source>
        <translation>Henter deltakere …</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltaker</numerusform>
            <numerusform>%n deltakere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consent recorded for %n participant(s).</source>
        <translation>
            <numerusform>Samtykke registrert for %n deltaker.</numerusform>
            <numerusform>Samtykke registrert for %n deltakere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: everyone selected had already answered so.</source>
        <translation>Ingenting å endre: alle valgte hadde allerede svart slik.</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Slett deltaker</translation>
    </message>
    <message>
        <source>Delete %1 and erase their personal data from this workshop file? You can undo this until you close the workshop.</source>
        <translation>Vil du slette %1 og fjerne personopplysningene om vedkommende fra denne workshopfilen? Du kan angre dette fram til du lukker workshopen.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer deltakere</translation>
    </message>
    <message>
        <source>Sign-up lists (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Påmeldingslister (*.xlsx *.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Kan ikke importere denne filen</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated.</source>
        <translation>Importerte %1: %2 nye, %3 oppdaterte.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importen er fullført</translation>
    </message>
    <message>
        <source>A backup was taken first: File → Restore from backup… undoes it.</source>
        <translation>Det ble tatt en sikkerhetskopi først: Fil → Gjenopprett fra sikkerhetskopi… angrer importen.</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Importen mislyktes</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Oppmøteliste</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>Deltakerliste</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Lagret %1.</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Eksporter deltakere</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-arbeidsbok (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n participant(s) to %1.</source>
        <translation>
            <numerusform>Eksporterte %n deltaker til %1.</numerusform>
            <numerusform>Eksporterte %n deltakere til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Set consent…</source>
        <translation>Registrer samtykke…</translation>
    </message>
    <message>
        <source>Mark as: %1</source>
        <translation>Merk som: %1</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slett…</translation>
    </message>
    <message numerus="yes">
        <source>Set consent for %n participant(s)…</source>
        <translation>
            <numerusform>Registrer samtykke for %n deltaker…</numerusform>
            <numerusform>Registrer samtykke for %n deltakere…</numerusform>
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
        <translation>Virksomhet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Merkelapper</translation>
    </message>
</context>
<context>
    <name>ParticipantsController</name>
    <message>
        <source>Register %1</source>
        <translation>registrering av %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>endring av %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>sletting av %1</translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation>innsjekking av %1</translation>
    </message>
    <message>
        <source>Change attendance of %1</source>
        <translation>endring av oppmøte for %1</translation>
    </message>
    <message numerus="yes">
        <source>Give consent for %n participant(s)</source>
        <translation>
            <numerusform>Gi samtykke for %n deltaker</numerusform>
            <numerusform>Gi samtykke for %n deltakere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw consent for %n participant(s)</source>
        <translation>
            <numerusform>Trekk samtykke for %n deltaker</numerusform>
            <numerusform>Trekk samtykke for %n deltakere</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit organisation %1</source>
        <translation>endring av virksomheten %1</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Innsjekking</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Virksomheter</translation>
    </message>
</context>
<context>
    <name>ParticipantsWork</name>
    <message>
        <source>Saving…</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <source>Reading the list… %1 of %2 rows</source>
        <translation>Leser listen … %1 av %2 rader</translation>
    </message>
    <message>
        <source>The import was cancelled. The workshop is as it was before.</source>
        <translation>Importen ble avbrutt. Workshopen er som før.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import avbrutt</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importerer %1</translation>
    </message>
    <message>
        <source>Taking a backup first…</source>
        <translation>Tar sikkerhetskopi først …</translation>
    </message>
    <message>
        <source>Writing %1 of %2 participants…</source>
        <translation>Skriver %1 av %2 deltakere …</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>Eksporten ble avbrutt. Ingen fil ble skrevet.</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Eksport avbrutt</translation>
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
        <translation>«%1» finnes ikke lenger.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a photo.</source>
        <translation>«%1» er en mappe, ikke et bilde.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (no permission).</source>
        <translation>«%1» kan ikke leses (mangler tilgang).</translation>
    </message>
    <message>
        <source>“%1” is too large (more than 60 MB or 180 megapixels).</source>
        <translation>Bildet «%1» er for stort (mer enn 60 MB eller 180 megapiksler).</translation>
    </message>
    <message>
        <source>“%1” is a HEIC photo, which Facilitator cannot read. On the phone, choose “Most compatible” (JPEG) for photos, or export it as JPEG first.</source>
        <translation>«%1» er et HEIC-bilde, som Facilitator ikke kan lese. Velg «Mest kompatibel» (JPEG) for bilder på telefonen, eller eksporter bildet som JPEG først.</translation>
    </message>
    <message>
        <source>“%1” is not a photo Facilitator can read (JPEG, PNG, WebP, GIF or TIFF).</source>
        <translation>«%1» er ikke et bilde Facilitator kan lese (JPEG, PNG, WebP, GIF eller TIFF).</translation>
    </message>
    <message>
        <source>Attach photos…</source>
        <translation>Legg ved bilder…</translation>
    </message>
    <message>
        <source>Caption…</source>
        <translation>Bildetekst…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Choose a question above to attach photos to it.</source>
        <translation>Velg et spørsmål ovenfor for å legge ved bilder til det.</translation>
    </message>
    <message>
        <source>Photos of flipcharts or sticky-note walls go into the minutes.</source>
        <translation>Bilder av flippovere eller vegger med gule lapper kommer med i referatet.</translation>
    </message>
    <message>
        <source>Double-click a photo to see it large.</source>
        <translation>Dobbeltklikk på et bilde for å se det i stort format.</translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>Legg ved bilder</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.heic)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.heic)</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n photo(s)…</source>
        <translation>
            <numerusform>Klargjør %n bilde…</numerusform>
            <numerusform>Klargjør %n bilder…</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached %1</source>
        <translation>La ved %1</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildetekst</translation>
    </message>
    <message>
        <source>Caption for the minutes:</source>
        <translation>Bildetekst til referatet:</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>PIN</source>
        <translation>PIN-kode</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>For mange feil PIN-koder. Prøv igjen om %n sekund.</numerusform>
            <numerusform>For mange feil PIN-koder. Prøv igjen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. The window stays open.</source>
        <translation>Feil PIN-kode. Vinduet blir stående.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>Language of the welcome screen</source>
        <translation>Språket på velkomstskjermen</translation>
    </message>
    <message>
        <source>An open workshop is shown in its own language.</source>
        <translation>En åpen workshop vises på sitt eget språk.</translation>
    </message>
    <message>
        <source>Welcome screen</source>
        <translation>Velkomstskjerm</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes between backups</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between automatic backups</source>
        <translation>Minutter mellom automatiske sikkerhetskopier</translation>
    </message>
    <message>
        <source>Backups kept per workshop</source>
        <translation>Sikkerhetskopier som beholdes per workshop</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mappe for sikkerhetskopier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Velg mappen for sikkerhetskopier</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Back up into the app&apos;s own data folder</source>
        <translation>Ta sikkerhetskopi i appens egen datamappe</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatiske sikkerhetskopier</translation>
    </message>
    <message>
        <source>Back up every:</source>
        <translation>Sikkerhetskopi hvert:</translation>
    </message>
    <message>
        <source>Backups kept per workshop:</source>
        <translation>Beholdes per workshop:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>Port of the venue network</source>
        <translation>Porten til lokalnettet</translation>
    </message>
    <message>
        <source>Used the next time the venue network is started (File → Venue network).</source>
        <translation>Brukes neste gang lokalnettet startes (Fil → Lokalnett).</translation>
    </message>
    <message>
        <source>Venue network (phones)</source>
        <translation>Lokalnett (mobiler)</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>SMTP settings…</source>
        <translation>SMTP-innstillinger …</translation>
    </message>
    <message>
        <source>Default name badge sheet</source>
        <translation>Standard ark for navneskilt</translation>
    </message>
    <message>
        <source>Mail and printing</source>
        <translation>E-post og utskrift</translation>
    </message>
    <message>
        <source>Sending the minutes:</source>
        <translation>Sending av referatet:</translation>
    </message>
    <message>
        <source>Name badge sheet:</source>
        <translation>Ark for navneskilt:</translation>
    </message>
    <message>
        <source>Folder for the automatic backups</source>
        <translation>Mappe for de automatiske sikkerhetskopiene</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>Ikke satt opp ennå</translation>
    </message>
    <message>
        <source>Backups cannot be written to %1 (%2). Choose another folder; nothing was changed.</source>
        <translation>Sikkerhetskopier kan ikke skrives til %1 (%2). Velg en annen mappe; ingenting ble endret.</translation>
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
        <translation>Setter opp side %1 …</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF-en er lagret</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Lagret %1.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not saved.</source>
        <translation>Avbrutt: %1 ble ikke lagret.</translation>
    </message>
    <message>
        <source>The PDF could not be made</source>
        <translation>Kunne ikke lage PDF-en</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Lagrer %1</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Setter opp sidene …</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel the work</source>
        <translation>Avbryt arbeidet</translation>
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
            <numerusform>+ %n til</numerusform>
            <numerusform>+ %n til</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <source>Whole workshop</source>
        <translation>Hele workshopen</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Slett spørsmål</translation>
    </message>
    <message numerus="yes">
        <source>Delete this question with its %n idea(s), its themes and photos? Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Vil du slette dette spørsmålet med tilhørende %n idé, temaer og bilder? Rediger → Angre henter dem tilbake.</numerusform>
            <numerusform>Vil du slette dette spørsmålet med tilhørende %n ideer, temaer og bilder? Rediger → Angre henter dem tilbake.</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>The questions the groups work on. A question can be for the whole workshop or for one group round; a group&apos;s own question is set on the Groups page.</source>
        <translation>Spørsmålene gruppene arbeider med. Et spørsmål kan gjelde hele workshopen eller én grupperunde; en gruppes eget spørsmål angir du på siden Grupper.</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Spørsmål</translation>
    </message>
    <message>
        <source>e.g. Which drivers will change industry in our region?</source>
        <translation>f.eks. Hvilke drivkrefter vil endre industrien i vår region?</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Gjelder</translation>
    </message>
    <message>
        <source>&amp;Add as new question</source>
        <translation>&amp;Legg til som nytt spørsmål</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Lagre &amp;endringer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Sle&amp;tt…</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Whole workshop</source>
        <translation>Hele workshopen</translation>
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
        <translation>Søylediagram over rangeringen</translation>
    </message>
    <message>
        <source>Items whose disagreement is above this are flagged: the room is split on them. 0 = flag any spread, 1 = flag nothing.</source>
        <translation>Forslag med uenighet over denne verdien blir markert: salen er delt i synet på dem. 0 = marker all spredning, 1 = marker ingenting.</translation>
    </message>
    <message>
        <source>Disagreement threshold:</source>
        <translation>Terskel for uenighet:</translation>
    </message>
    <message>
        <source>No ballots yet.</source>
        <translation>Ingen stemmesedler ennå.</translation>
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
        <translation>Virksomhet</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
</context>
<context>
    <name>RecentCheckInsView</name>
    <message>
        <source>Undo the check-in of %1</source>
        <translation>Angre innsjekkingen av %1</translation>
    </message>
</context>
<context>
    <name>RecentFilesModel</name>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (ikke funnet)</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>Facilitator keeps automatic backups of this workshop. Choose one to replace the workshop&apos;s current contents. The current state is backed up first, so you can return to it.</source>
        <translation>Facilitator tar automatiske sikkerhetskopier av denne workshopen. Velg en sikkerhetskopi for å erstatte det nåværende innholdet i workshopen. Workshopen slik den er nå, sikkerhetskopieres først, så du kan gå tilbake til den.</translation>
    </message>
    <message>
        <source>There are no backups of this workshop yet. The first is taken a few minutes after opening it, and whenever it is closed.</source>
        <translation>Det finnes ingen sikkerhetskopier av denne workshopen ennå. Den første tas noen minutter etter at den er åpnet, og deretter hver gang den lukkes.</translation>
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
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Mean points</source>
        <translation>Snittpoeng</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Godkjenninger</translation>
    </message>
    <message>
        <source>Dots given (negative dots subtract).</source>
        <translation>Prikker gitt (negative prikker trekkes fra).</translation>
    </message>
    <message>
        <source>Points given.</source>
        <translation>Poeng gitt.</translation>
    </message>
    <message>
        <source>Mean Borda points over everyone who ranked: first place gets k points, second k − 1, and so on; not ranked gets 0.</source>
        <translation>Gjennomsnittlige Borda-poeng blant alle som rangerte: førsteplass gir k poeng, andreplass k − 1 og så videre; ikke rangert gir 0.</translation>
    </message>
    <message>
        <source>Mean rating on each criterion as a share of its scale, weighted by the criteria&apos;s weights (100% = everyone gave the top score).</source>
        <translation>Gjennomsnittlig vurdering på hvert kriterium som andel av skalaen, vektet etter kriterienes vekt (100&#xa0;% = alle ga høyeste verdi).</translation>
    </message>
    <message>
        <source>Voters who support the item, and their share.</source>
        <translation>Velgere som støtter forslaget, og andelen deres.</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s)</source>
        <translation>
            <numerusform>%n velger</numerusform>
            <numerusform>%n velgere</numerusform>
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
        <translation>Ukjent: en papiropptelling eller gruppeseddel for flere personer gir prikkene eller poengene samlet, ikke hvor mange som ga dem til dette forslaget.</translation>
    </message>
    <message>
        <source>Shares rank %1 with %2: the same score, %3.</source>
        <translation>Deler plass %1 med %2: samme score, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) gave this item something.</source>
        <translation>
            <numerusform>%n velger ga dette forslaget noe.</numerusform>
            <numerusform>%n velgere ga dette forslaget noe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First place for %n voter(s).</source>
        <translation>
            <numerusform>Førsteplass hos %n velger.</numerusform>
            <numerusform>Førsteplass hos %n velgere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Voters per rank (rank: voters): %1</source>
        <translation>Velgere per plass (plass: velgere): %1</translation>
    </message>
    <message>
        <source>No measure: it needs at least two individual ballots (tallies and group sheets are totals and do not count).</source>
        <translation>Ikke målt: det krever minst to individuelle stemmesedler (opptellinger og gruppers fordelinger er summer og teller ikke).</translation>
    </message>
    <message>
        <source>Disagreement %1: 0 = everyone agrees, 1 = an even split between the extremes.</source>
        <translation>Uenighet %1: 0 = alle er enige, 1 = jevnt delt mellom ytterpunktene.</translation>
    </message>
    <message numerus="yes">
        <source>From %n individual ballot(s).</source>
        <translation>
            <numerusform>Fra %n individuell stemmeseddel.</numerusform>
            <numerusform>Fra %n individuelle stemmesedler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Above the threshold %1: the room disagrees, worth a discussion.</source>
        <translation>Over terskelen %1: salen er uenig, verdt en diskusjon.</translation>
    </message>
    <message>
        <source>The room disagrees on this item</source>
        <translation>Salen er uenig om dette forslaget</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åpen</translation>
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
        <translation>Åpen, resultater fortløpende</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>%1 · %2 from %3</source>
        <translation>%1 · %2 fra %3</translation>
    </message>
    <message>
        <source>Results are hidden until the vote closes.</source>
        <translation>Resultatene er skjult til avstemningen lukkes.</translation>
    </message>
    <message>
        <source>Results are hidden: the vote has not been opened yet.</source>
        <translation>Resultatene er skjult: avstemningen er ikke åpnet ennå.</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) cast so far.</source>
        <translation>
            <numerusform>%n stemmeseddel avgitt så langt.</numerusform>
            <numerusform>%n stemmesedler avgitt så langt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) flagged: the room disagrees on them.</source>
        <translation>
            <numerusform>%n forslag markert: salen er uenig om det.</numerusform>
            <numerusform>%n forslag markert: salen er uenig om dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>No item is above the threshold.</source>
        <translation>Ingen forslag er over terskelen.</translation>
    </message>
    <message>
        <source>No breakdown by group: no group ballots, and no named ballots from people placed in groups.</source>
        <translation>Ingen oppdeling etter gruppe: ingen stemmesedler fra grupper og ingen stemmesedler med navn fra personer som er plassert i grupper.</translation>
    </message>
    <message>
        <source>Scores among the ballots of each group of “%1”.</source>
        <translation>Resultater blant stemmesedlene fra hver gruppe i «%1».</translation>
    </message>
    <message>
        <source>Scores among the ballots of each group.</source>
        <translation>Resultater blant stemmesedlene fra hver gruppe.</translation>
    </message>
    <message>
        <source>Scores among the ballots of each organisation&apos;s people.</source>
        <translation>Resultater blant stemmesedlene fra folk i hver virksomhet.</translation>
    </message>
    <message>
        <source>The vote is anonymous: there is no breakdown by organisation.</source>
        <translation>Avstemningen er anonym: det finnes ingen oppdeling etter virksomhet.</translation>
    </message>
    <message>
        <source>No named ballots yet.</source>
        <translation>Ingen stemmesedler med navn ennå.</translation>
    </message>
    <message>
        <source>The 2×2 chart needs a vote with criteria.</source>
        <translation>2×2-diagrammet krever en avstemning med kriterier.</translation>
    </message>
    <message>
        <source>Pick two different criteria.</source>
        <translation>Velg to forskjellige kriterier.</translation>
    </message>
    <message>
        <source>Each item at its mean rating on both criteria.</source>
        <translation>Hvert forslag plassert etter gjennomsnittlig vurdering på begge kriteriene.</translation>
    </message>
    <message numerus="yes">
        <source>%n checked-in participant(s) have not voted yet.</source>
        <translation>
            <numerusform>%n deltaker som har sjekket inn, har ikke stemt ennå.</numerusform>
            <numerusform>%n deltakere som har sjekket inn, har ikke stemt ennå.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone checked in has voted.</source>
        <translation>Alle som har sjekket inn, har stemt.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Rank</source>
        <translation>Plass</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Velgere</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Uenighet</translation>
    </message>
    <message>
        <source>How far individual ballots spread: 0 = everyone agrees, 1 = an even split between the extremes.</source>
        <translation>Hvor mye de individuelle stemmesedlene spriker: 0 = alle er enige, 1 = jevnt delt mellom ytterpunktene.</translation>
    </message>
    <message>
        <source>Mean rating on the scale %1 to %2</source>
        <translation>Gjennomsnittlig vurdering på skalaen %1 til %2</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Vote:</source>
        <translation>Avstemning:</translation>
    </message>
    <message>
        <source>Show on projector</source>
        <translation>Vis på prosjektor</translation>
    </message>
    <message>
        <source>Show this vote&apos;s results on the second screen (hidden while it is open).</source>
        <translation>Vis resultatene av denne avstemningen på den ekstra skjermen (skjult mens den er åpen).</translation>
    </message>
    <message>
        <source>No votes yet. Prepare one on the Voting stage; its results appear here.</source>
        <translation>Ingen avstemninger ennå. Forbered en på siden Avstemning; resultatene vises her.</translation>
    </message>
    <message>
        <source>Reveal to me</source>
        <translation>Vis bare for meg</translation>
    </message>
    <message>
        <source>Show the results on this screen only. Turn it away from the room: seeing the scores while voting sways the vote.</source>
        <translation>Vis resultatene bare på denne skjermen. Snu den bort fra salen: å se resultatene mens det stemmes, påvirker avstemningen.</translation>
    </message>
    <message>
        <source>Revealed on this screen only: the vote is still open and the projector keeps the results hidden.</source>
        <translation>Vises bare på denne skjermen: avstemningen er fortsatt åpen, og prosjektoren holder resultatene skjult.</translation>
    </message>
    <message>
        <source>Results by group</source>
        <translation>Resultater per gruppe</translation>
    </message>
    <message>
        <source>Results by organisation</source>
        <translation>Resultater per organisasjon</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangering</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>Etter gruppe</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>Etter virksomhet</translation>
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
        <translation>Denne avstemningen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Results – %1</source>
        <translation>Resultater – %1</translation>
    </message>
    <message>
        <source>Voting is open — results when it closes</source>
        <translation>Avstemningen er åpen — resultatene kommer når den lukkes</translation>
    </message>
    <message>
        <source>Voting has not started yet</source>
        <translation>Avstemningen har ikke startet ennå</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) cast</source>
        <translation>
            <numerusform>%n stemmeseddel avgitt</numerusform>
            <numerusform>%n stemmesedler avgitt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 fra %2</translation>
    </message>
    <message>
        <source>%1 · voting is still open</source>
        <translation>%1 · avstemningen er fortsatt åpen</translation>
    </message>
    <message>
        <source>No ballots yet.</source>
        <translation>Ingen stemmesedler ennå.</translation>
    </message>
</context>
<context>
    <name>RoundBoard</name>
    <message>
        <source>No group rounds yet. Create one (for example “Group work 1: drivers of change”), then let Facilitator assign people so that everyone meets people from other companies.</source>
        <translation>Ingen grupperunder ennå. Opprett en (for eksempel «Gruppearbeid 1: drivkrefter for endring»), og la så Facilitator fordele deltakerne slik at alle møter folk fra andre bedrifter.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… og %n til.</numerusform>
            <numerusform>… og %n til.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question for %1</source>
        <translation>Spørsmål for %1</translation>
    </message>
    <message>
        <source>The question this group works on (leave empty for none):</source>
        <translation>Spørsmålet denne gruppen arbeider med (la feltet stå tomt for ingen):</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <source>Lock in this group</source>
        <translation>Lås til denne gruppen</translation>
    </message>
    <message>
        <source>Not the group leader</source>
        <translation>Fjern som gruppeleder</translation>
    </message>
    <message>
        <source>Make group leader</source>
        <translation>Gjør til gruppeleder</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Flytt til</translation>
    </message>
    <message>
        <source>Set the group&apos;s question…</source>
        <translation>Angi gruppens spørsmål…</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>First person of the pair</source>
        <translation>Første person i paret</translation>
    </message>
    <message>
        <source>Second person of the pair</source>
        <translation>Andre person i paret</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Ingenting</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Bransje</translation>
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
        <translation>Merkelapp: %1</translation>
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
        <translation>%1 deltakere i %2 grupper: %3 per gruppe.</translation>
    </message>
    <message>
        <source>%1 people in %2 groups.</source>
        <translation>%1 deltakere i %2 grupper.</translation>
    </message>
    <message>
        <source>Nobody here is tagged “group leader”, so no group gets a leader. Tag the group leaders on the Participants page, or untick this rule.</source>
        <translation>Ingen her er merket «gruppeleder», så ingen gruppe får en leder. Merk gruppelederne på Deltakere-siden, eller fjern denne regelen.</translation>
    </message>
    <message>
        <source>Give the round a title.</source>
        <translation>Gi runden en tittel.</translation>
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
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <source>e.g. Group work 1: drivers of change</source>
        <translation>f.eks. Gruppearbeid 1: drivkrefter for endring</translation>
    </message>
    <message>
        <source>Number of &amp;groups</source>
        <translation>&amp;Antall grupper</translation>
    </message>
    <message>
        <source>People per gro&amp;up</source>
        <translation>Deltakere &amp;per gruppe</translation>
    </message>
    <message>
        <source>Group &amp;names</source>
        <translation>Gruppe&amp;navn</translation>
    </message>
    <message>
        <source>One name per line (mountains, rooms, colours); empty lines become numbers</source>
        <translation>Ett navn per linje (fjell, rom, farger); tomme linjer blir til numre</translation>
    </message>
    <message>
        <source>Rules for assigning automatically</source>
        <translation>Regler for automatisk fordeling</translation>
    </message>
    <message>
        <source>&amp;Spread organisations: no two people from one organisation in a group</source>
        <translation>&amp;Spre virksomhetene: aldri to fra samme virksomhet i én gruppe</translation>
    </message>
    <message>
        <source>One group &amp;leader per group (people tagged “group leader”)</source>
        <translation>Én gruppe&amp;leder per gruppe (deltakere med merkelappen «gruppeleder»)</translation>
    </message>
    <message>
        <source>Keep toge&amp;ther</source>
        <translation>Hold sa&amp;mmen</translation>
    </message>
    <message>
        <source>&amp;Rotate: meet as many new people as possible compared with earlier rounds</source>
        <translation>&amp;Rotasjon: møt flest mulig nye folk sammenlignet med tidligere runder</translation>
    </message>
    <message>
        <source>Only people who have &amp;checked in (otherwise everyone registered)</source>
        <translation>Bare deltakere som har sjekket &amp;inn (ellers alle påmeldte)</translation>
    </message>
    <message>
        <source>&amp;Balance groups by</source>
        <translation>&amp;Balanser gruppene etter</translation>
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
        <translation>Fjern det valgte paret</translation>
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
        <translation>Gruppene er fordelt: %1 par møtes igjen (minst %2 kan ikke unngås).</translation>
    </message>
    <message>
        <source>Assign automatically</source>
        <translation>Fordel automatisk</translation>
    </message>
    <message>
        <source>Replace the current groups? Locked people stay where they are. You can undo this.</source>
        <translation>Vil du erstatte de nåværende gruppene? Låste deltakere blir der de er. Du kan angre dette.</translation>
    </message>
    <message>
        <source>Finding groups where people meet new people…</source>
        <translation>Leter etter grupper der deltakerne møter nye folk…</translation>
    </message>
    <message>
        <source>Stop and keep the best so far</source>
        <translation>Stopp og behold det beste så langt</translation>
    </message>
    <message>
        <source>Re-balance</source>
        <translation>Balanser på nytt</translation>
    </message>
    <message>
        <source>Re-balance groups</source>
        <translation>ny balansering av gruppene</translation>
    </message>
    <message numerus="yes">
        <source>Re-balanced: %n person(s) moved or removed.</source>
        <translation>
            <numerusform>Balansert på nytt: %n deltaker flyttet eller fjernet.</numerusform>
            <numerusform>Balansert på nytt: %n deltakere flyttet eller fjernet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundSummary</name>
    <message>
        <source>%1 placed in %2 groups.</source>
        <translation>%1 plassert i %2 grupper.</translation>
    </message>
    <message numerus="yes">
        <source>%n eligible person(s) not in a group yet.</source>
        <translation>
            <numerusform>%n deltaker som skal fordeles, er ikke i noen gruppe ennå.</numerusform>
            <numerusform>%n deltakere som skal fordeles, er ikke i noen gruppe ennå.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placed person(s) not checked in.</source>
        <translation>
            <numerusform>%n plassert deltaker har ikke sjekket inn.</numerusform>
            <numerusform>%n plasserte deltakere har ikke sjekket inn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeated pairings: %1 (at least %2 unavoidable).</source>
        <translation>Par som møtes igjen: %1 (minst %2 kan ikke unngås).</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <source>%1
%2 groups, %3 placed</source>
        <translation>%1
%2 grupper, %3 plassert</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>no e-mail address</source>
        <translation>ingen e-postadresse</translation>
    </message>
    <message>
        <source>the e-mail address is not valid</source>
        <translation>e-postadressen er ikke gyldig</translation>
    </message>
    <message>
        <source>same e-mail address as someone above</source>
        <translation>samme e-postadresse som en lenger opp</translation>
    </message>
    <message>
        <source>Send minutes</source>
        <translation>Send referat</translation>
    </message>
    <message>
        <source>Each recipient gets a message of their own with the minutes attached, so no one sees another&apos;s address. The messages are kept in the workshop file and sent when the laptop is online.</source>
        <translation>Hver mottaker får sin egen melding med referatet som vedlegg, så ingen ser andres adresser. Meldingene lagres i workshopfilen og sendes når PC-en er på nett.</translation>
    </message>
    <message>
        <source>does not want to receive the minutes</source>
        <translation>vil ikke motta referatet</translation>
    </message>
    <message>
        <source>Checked-in participants who receive the minutes</source>
        <translation>Innsjekkede deltakere som mottar referatet</translation>
    </message>
    <message>
        <source>Everyone registered who receives the minutes (also those who did not come)</source>
        <translation>Alle påmeldte som mottar referatet (også de som ikke kom)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottakere</translation>
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
        <translation>Vedlegg:</translation>
    </message>
    <message>
        <source>&amp;Queue for sending</source>
        <translation>&amp;Legg i kø for sending</translation>
    </message>
    <message>
        <source>Copy the PDF to a &amp;folder…</source>
        <translation>Kopier PDF-en til en &amp;mappe…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recipients&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mottakere&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Hoppet over: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) chosen</source>
        <translation>
            <numerusform>%n mottaker valgt</numerusform>
            <numerusform>%n mottakere valgt</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation>Velg minst én mottaker.</translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation>Emnet er tomt.</translation>
    </message>
    <message>
        <source>Making the minutes and queuing them…</source>
        <translation>Lager referatet og legger det i kø…</translation>
    </message>
    <message>
        <source>Not queued again.</source>
        <translation>Ikke lagt i kø på nytt.</translation>
    </message>
    <message>
        <source>Already queued</source>
        <translation>Allerede i kø</translation>
    </message>
    <message>
        <source>These minutes (%1) were already queued on %2 for %3 recipient(s). Queue them again? Those recipients would get them twice.</source>
        <translation>Dette referatet (%1) ble allerede lagt i kø %2 for %3 mottaker(e). Vil du legge det i kø igjen? Disse mottakerne vil da få det to ganger.</translation>
    </message>
    <message>
        <source>Could not queue the minutes: %1</source>
        <translation>Kunne ikke legge referatet i kø: %1</translation>
    </message>
    <message>
        <source>Copy the minutes to a folder</source>
        <translation>Kopier referatet til en mappe</translation>
    </message>
    <message>
        <source>Making the minutes and copying them…</source>
        <translation>Lager referatet og kopierer det…</translation>
    </message>
    <message>
        <source>Copied to %1</source>
        <translation>Kopiert til %1</translation>
    </message>
    <message>
        <source>Could not copy the minutes: %1</source>
        <translation>Kunne ikke kopiere referatet: %1</translation>
    </message>
</context>
<context>
    <name>SmtpDialog</name>
    <message>
        <source>SMTP settings</source>
        <translation>SMTP-innstillinger</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>f.eks. smtp.example.org</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (vanligvis port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (vanligvis port 465)</translation>
    </message>
    <message>
        <source>None (unencrypted, port 25)</source>
        <translation>Ingen (ukryptert, port 25)</translation>
    </message>
    <message>
        <source>Usual port</source>
        <translation>Vanlig port</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>tomt: ingen pålogging</translation>
    </message>
    <message>
        <source>empty: the stored one, or ask</source>
        <translation>tomt: det lagrede, eller spør</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Husk passordet i systemets nøkkelring</translation>
    </message>
    <message>
        <source>empty: the user name</source>
        <translation>tomt: brukernavnet</translation>
    </message>
    <message>
        <source>Send automatically whenever the server can be reached</source>
        <translation>Send automatisk når serveren kan nås</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;ikkerhet:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;ord:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>Avsender&amp;adresse:</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>Avsender&amp;navn:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test tilkoblingen</translation>
    </message>
    <message>
        <source>Enter the server first.</source>
        <translation>Skriv inn serveren først.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Kobler til %1…</translation>
    </message>
    <message>
        <source>Enter the password to test the login.</source>
        <translation>Skriv inn passordet for å teste påloggingen.</translation>
    </message>
    <message>
        <source>The server answered and took the login.</source>
        <translation>Serveren svarte og godtok påloggingen.</translation>
    </message>
    <message>
        <source>The server answered.</source>
        <translation>Serveren svarte.</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>Serveren avviste påloggingen: %1</translation>
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
        <translation>Kan ikke lagre: %1</translation>
    </message>
    <message>
        <source>Storing the password in the system keyring…</source>
        <translation>Lagrer passordet i systemets nøkkelring…</translation>
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
        <translation>Finn navnet ditt, trykk på det og deretter på Start.</translation>
    </message>
    <message>
        <source>Your vote is anonymous. Press Start when you are ready.</source>
        <translation>Stemmen din er anonym. Trykk på Start når du er klar.</translation>
    </message>
    <message>
        <source>Type your name…</source>
        <translation>Skriv navnet ditt…</translation>
    </message>
    <message>
        <source>Everyone checked in has voted. Ask the facilitator if your name is missing.</source>
        <translation>Alle som har sjekket inn, har stemt. Spør fasilitatoren hvis navnet ditt mangler.</translation>
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
        <translation>Foredragsholder</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
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
        <translation>Opptelling</translation>
    </message>
    <message>
        <source>The sheet stands for</source>
        <translation>Arket gjelder for</translation>
    </message>
    <message>
        <source> voters</source>
        <translation> velgere</translation>
    </message>
    <message>
        <source>How many people put their dots on this paper sheet: budgets and caps scale</source>
        <translation>Hvor mange som satte prikkene sine på dette arket: antallet som kan fordeles, og grensene skaleres etter det</translation>
    </message>
    <message>
        <source>Type the count of each item and press Enter for the next one. Up goes back, Backspace or 0 clears. Every count is saved at once and can be undone.</source>
        <translation>Skriv inn antallet for hvert forslag og trykk Enter for å gå til neste. Pil opp går tilbake, Backspace eller 0 tømmer. Hvert antall lagres med en gang og kan angres.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Godkjenninger</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prikker</translation>
    </message>
    <message>
        <source>Choose a vote on the left.</source>
        <translation>Velg en avstemning til venstre.</translation>
    </message>
    <message>
        <source>A paper tally counts dots, points or approvals. A ranking or a rating cannot be added up on one sheet: type each paper ballot, or each group&apos;s sheet, on the Ballots tab.</source>
        <translation>En papiropptelling teller prikker, poeng eller godkjenninger. En rangering eller vurdering kan ikke summeres på ett ark: skriv inn hver stemmeseddel på papir, eller hver gruppes ark, i fanen Stemmesedler.</translation>
    </message>
    <message>
        <source>Open the vote to type in a tally.</source>
        <translation>Åpne avstemningen for å skrive inn en opptelling.</translation>
    </message>
    <message>
        <source>This vote is closed. A count typed here changes its results, which may already have been shown.</source>
        <translation>Denne avstemningen er lukket. Et tall skrevet her endrer resultatene, som kanskje allerede er vist.</translation>
    </message>
    <message>
        <source>%1 for “%2” was not saved:</source>
        <translation>%1 for «%2» ble ikke lagret:</translation>
    </message>
    <message>
        <source>Tally saved</source>
        <translation>Opptellingen er lagret</translation>
    </message>
    <message>
        <source>The counts do not fit %1 voters:</source>
        <translation>Antallene passer ikke med %1 velgere:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dot(s) used</source>
        <translation>
            <numerusform>%1 av %n prikk brukt</numerusform>
            <numerusform>%1 av %n prikker brukt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n point(s) used</source>
        <translation>
            <numerusform>%1 av %n poeng brukt</numerusform>
            <numerusform>%1 av %n poeng brukt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s)</source>
        <translation>
            <numerusform>%n godkjenning</numerusform>
            <numerusform>%n godkjenninger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %n voter(s).</source>
        <translation>
            <numerusform>Fra %n velger.</numerusform>
            <numerusform>Fra %n velgere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) × %1</source>
        <translation>
            <numerusform>%n velger × %1</numerusform>
            <numerusform>%n velgere × %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n igjen</numerusform>
            <numerusform>%n igjen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n per item (one per voter).</source>
        <translation>
            <numerusform>Høyst %n per forslag (én per velger).</numerusform>
            <numerusform>Høyst %n per forslag (én per velger).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n per item</source>
        <translation>
            <numerusform>Høyst %n per forslag</numerusform>
            <numerusform>Høyst %n per forslag</numerusform>
        </translation>
    </message>
    <message>
        <source>No cap per item.</source>
        <translation>Ingen grense per forslag.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n negative dot(s) used.</source>
        <translation>
            <numerusform>%1 av %n negativ prikk brukt.</numerusform>
            <numerusform>%1 av %n negative prikker brukt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more voter(s) on other ballots.</source>
        <translation>
            <numerusform>Ytterligere %n velger på andre stemmesedler.</numerusform>
            <numerusform>Ytterligere %n velgere på andre stemmesedler.</numerusform>
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
        <translation>Nytt tema</translation>
    </message>
    <message>
        <source>Change the theme&apos;s colour</source>
        <translation>Endre fargen på temaet</translation>
    </message>
    <message>
        <source>Delete the theme (its ideas stay)</source>
        <translation>Slett temaet (ideene blir værende)</translation>
    </message>
    <message>
        <source>Drag ideas onto a theme to sort them.</source>
        <translation>Dra ideer til et tema for å sortere dem.</translation>
    </message>
    <message>
        <source>Themes belong to one question. Which question is this theme for?</source>
        <translation>Temaer hører til ett spørsmål. Hvilket spørsmål er dette temaet for?</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>Temafarge</translation>
    </message>
    <message>
        <source>Deleted theme %1; its ideas are not sorted now</source>
        <translation>Slettet temaet %1; ideene er nå ikke sortert</translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation>Nytt tema…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Gi nytt navn</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farge…</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Slett tema</translation>
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
        <translation>Tid igjen av nedtellingen</translation>
    </message>
    <message>
        <source>Take the time from a block of today&apos;s agenda</source>
        <translation>Hent tiden fra et punkt på dagens agenda</translation>
    </message>
    <message>
        <source>Agenda block</source>
        <translation>Agendapunkt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes to count down</source>
        <translation>Antall minutter å telle ned</translation>
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
        <translation>Start nedtellingen (på nytt fra begynnelsen)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Nullstill</translation>
    </message>
    <message>
        <source>Stop the countdown and clear it</source>
        <translation>Stopp nedtellingen og nullstill den</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <source>One more minute</source>
        <translation>Ett minutt til</translation>
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
        <translation>Går</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pauset</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tiden er ute</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <comment>Edit menu; %1 names the step</comment>
        <translation>&amp;Angre: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <comment>Edit menu; %1 names the step</comment>
        <translation>&amp;Gjør om: %1</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <source>Something went wrong inside Facilitator (%1). Your work is saved up to the last change shown as saved.

The details are in the log: %2</source>
        <translation>Noe gikk galt i Facilitator (%1). Arbeidet ditt er lagret til og med den siste endringen som ble vist som lagret.

Detaljene står i loggen: %2</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Uventet feil</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopier detaljer</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <source>Venue network</source>
        <translation>Lokalnett</translation>
    </message>
    <message>
        <source>Phones at the venue</source>
        <translation>Mobiler i lokalet</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>The laptop&apos;s address on the network the phones are on (you can type one)</source>
        <translation>Maskinens adresse på nettet mobilene er på (du kan skrive inn en)</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Join link for everyone in the room</source>
        <translation>Lenke for alle i rommet</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Copy the join link</source>
        <translation>Kopier lenken</translation>
    </message>
    <message>
        <source>Join code:</source>
        <translation>Kode:</translation>
    </message>
    <message>
        <source>Regenerate join link…</source>
        <translation>Lag ny lenke…</translation>
    </message>
    <message>
        <source>A new link and code; the old ones stop working at once</source>
        <translation>Ny lenke og kode; de gamle slutter å virke med en gang</translation>
    </message>
    <message>
        <source>Show join screen on the projector</source>
        <translation>Vis påmeldingsskjermen på prosjektoren</translation>
    </message>
    <message>
        <source>The venue&apos;s Wi-Fi (optional, a second QR code)</source>
        <translation>Lokalets Wi-Fi (valgfritt, en QR-kode til)</translation>
    </message>
    <message>
        <source>Network name:</source>
        <translation>Nettverksnavn:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passord:</translation>
    </message>
    <message>
        <source>The password is shown on the join screen only; it is never saved.</source>
        <translation>Passordet vises bare på påmeldingsskjermen; det lagres aldri.</translation>
    </message>
    <message>
        <source>If phones cannot connect</source>
        <translation>Hvis mobilene ikke kommer inn</translation>
    </message>
    <message>
        <source>• Phones must be on the same network as this laptop.
• Many venue Wi-Fi networks keep devices apart (client isolation), so phones cannot reach the laptop: bring a travel router, or turn on this laptop&apos;s hotspot and let the phones join it.
• Android may ask whether to stay connected to a network without internet: answer yes.
• The first time, the firewall may ask whether to allow Facilitator: allow it on private networks.</source>
        <translation>• Mobilene må være på samme nett som denne maskinen.
• Mange Wi-Fi-nett på hoteller og konferansesteder holder enhetene fra hverandre (klientisolering), så mobilene ikke når maskinen: ta med en reiseruter, eller slå på maskinens Wi-Fi-sone og la mobilene koble seg til den.
• Android kan spørre om den skal holde seg tilkoblet et nett uten internett: svar ja.
• Første gang kan brannmuren spørre om Facilitator skal slippes til: tillat det på private nett.</translation>
    </message>
    <message>
        <source>Scan to join</source>
        <translation>Skann for å bli med</translation>
    </message>
    <message>
        <source>%1 (this laptop only)</source>
        <translation>%1 (bare denne maskinen)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>On: phones can join at %1</source>
        <translation>På: mobiler kan bli med på %1</translation>
    </message>
    <message>
        <source>The venue network is off</source>
        <translation>Lokalnettet er av</translation>
    </message>
    <message>
        <source>Regenerate the join link</source>
        <translation>Lag ny lenke</translation>
    </message>
    <message>
        <source>Everyone holding the old link or code is locked out and must scan the new one. Make a new join link?</source>
        <translation>Alle som har den gamle lenken eller koden, blir stengt ute og må skanne den nye. Lage en ny lenke?</translation>
    </message>
</context>
<context>
    <name>VenueIndicator</name>
    <message>
        <source>Venue network</source>
        <translation>Lokalnett</translation>
    </message>
    <message>
        <source>Venue network on · %1</source>
        <translation>Lokalnett på · %1</translation>
    </message>
    <message>
        <source>Phones can join the workshop; click for the join link</source>
        <translation>Mobiler kan bli med i workshopen; klikk for lenken</translation>
    </message>
</context>
<context>
    <name>VenueTexts</name>
    <message>
        <source>Port %1 is in use — pick another port</source>
        <translation>Port %1 er i bruk – velg en annen port</translation>
    </message>
    <message>
        <source>This laptop has no address %1 (any more) — pick another address</source>
        <translation>Denne maskinen har ikke (lenger) adressen %1 – velg en annen adresse</translation>
    </message>
    <message>
        <source>The system does not allow port %1 — pick a port above 1024</source>
        <translation>Systemet tillater ikke port %1 – velg en port over 1024</translation>
    </message>
    <message>
        <source>The venue network could not start: %1</source>
        <translation>Lokalnettet kunne ikke starte: %1</translation>
    </message>
</context>
<context>
    <name>Violation</name>
    <message>
        <source>%1: more than one from %3 (%2)</source>
        <translation>%1: mer enn én fra %3 (%2)</translation>
    </message>
    <message>
        <source>%1: more than one group leader (%2)</source>
        <translation>%1: mer enn én gruppeleder (%2)</translation>
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
        <translation>Gruppestørrelsene varierer med mer enn én</translation>
    </message>
    <message>
        <source>%1: a locked placement was not kept (%2)</source>
        <translation>%1: en låst plassering ble ikke beholdt (%2)</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <source>The ideas of a question</source>
        <translation>Ideene til et spørsmål</translation>
    </message>
    <message>
        <source>The themes of a question</source>
        <translation>Temaene til et spørsmål</translation>
    </message>
    <message>
        <source>A shortlist</source>
        <translation>En kortliste</translation>
    </message>
    <message>
        <source>New vote</source>
        <translation>Ny avstemning</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Gjennomførbarhet</translation>
    </message>
    <message>
        <source>Edit vote</source>
        <translation>Rediger avstemning</translation>
    </message>
    <message>
        <source>The method of a vote cannot change; make a new vote for another.</source>
        <translation>Metoden for en avstemning kan ikke endres; opprett en ny avstemning for å bruke en annen.</translation>
    </message>
    <message>
        <source>Ballots have been cast, so what is voted on, the criteria and anonymity are fixed: make a new vote, or delete the ballots first.</source>
        <translation>Det er avgitt stemmesedler, så det som stemmes over, kriteriene og anonymiteten ligger fast: opprett en ny avstemning, eller slett stemmesedlene først.</translation>
    </message>
    <message>
        <source>Each voter places a few dots on the items they favour; the most dots win. Dots on paper are typed in as a tally.</source>
        <translation>Hver velger setter noen prikker på forslagene de liker best; flest prikker vinner. Prikker på papir skrives inn som en opptelling.</translation>
    </message>
    <message>
        <source>Each voter shares a budget of points among the items, e.g. 100.</source>
        <translation>Hver velger fordeler et fast antall poeng, f.eks. 100, på forslagene.</translation>
    </message>
    <message>
        <source>Each voter ranks their top items; first place earns the most points (Borda).</source>
        <translation>Hver velger rangerer sine øverste forslag; førsteplass gir flest poeng (Borda).</translation>
    </message>
    <message>
        <source>Each voter rates each item on criteria such as impact and feasibility; the weights say how much each counts. A voter may skip what they cannot judge.</source>
        <translation>Hver velger vurderer hvert forslag etter kriterier som effekt og gjennomførbarhet; vektene sier hvor mye hvert kriterium teller. En velger kan hoppe over det vedkommende ikke kan bedømme.</translation>
    </message>
    <message>
        <source>Each voter ticks every item they can support.</source>
        <translation>Hver velger krysser av for alle forslag vedkommende kan støtte.</translation>
    </message>
    <message>
        <source>There are no questions yet: make a shortlist of free text instead.</source>
        <translation>Det finnes ingen spørsmål ennå: lag en kortliste med fritekst i stedet.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): every idea of the question, duplicates merged.</source>
        <translation>
            <numerusform>%n forslag: alle ideene til spørsmålet, med duplikater slått sammen.</numerusform>
            <numerusform>%n forslag: alle ideene til spørsmålet, med duplikater slått sammen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): the question&apos;s themes.</source>
        <translation>
            <numerusform>%n forslag: temaene til spørsmålet.</numerusform>
            <numerusform>%n forslag: temaene til spørsmålet.</numerusform>
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
        <translation>Avstemning</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <source>e.g. What should the network do first?</source>
        <translation>f.eks. Hva bør nettverket gjøre først?</translation>
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
        <translation>&amp;Prikker per velger</translation>
    </message>
    <message>
        <source>At most &amp;on one item</source>
        <translation>&amp;Høyst per forslag</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>ingen grense</translation>
    </message>
    <message>
        <source>&amp;Negative dots per voter</source>
        <translation>&amp;Negative prikker per velger</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>&amp;Points per voter</source>
        <translation>&amp;Poeng per velger</translation>
    </message>
    <message>
        <source>At most o&amp;n one item</source>
        <translation>Hø&amp;yst per forslag</translation>
    </message>
    <message>
        <source>Each voter ranks their &amp;top</source>
        <translation>Hver velger &amp;rangerer topp</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vekt</translation>
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
        <translation>&amp;Legg til kriterium</translation>
    </message>
    <message>
        <source>&amp;Remove criterion</source>
        <translation>&amp;Fjern kriterium</translation>
    </message>
    <message>
        <source>Each voter approves as many items as they support; an item&apos;s score is its number of approvals.</source>
        <translation>Hver velger godkjenner så mange forslag vedkommende støtter; resultatet for et forslag er antall godkjenninger.</translation>
    </message>
    <message>
        <source>What is voted on</source>
        <translation>Hva det stemmes over</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Spørsmål</translation>
    </message>
    <message>
        <source>More items, one per line (e.g. ideas from a flipchart that were never typed in)</source>
        <translation>Flere forslag, ett per linje (f.eks. ideer fra en flippover som aldri ble skrevet inn)</translation>
    </message>
    <message>
        <source>Voters and results</source>
        <translation>Velgere og resultater</translation>
    </message>
    <message>
        <source>A&amp;nonymous: ballots do not say who voted (named votes show who has not voted yet)</source>
        <translation>&amp;Anonym: stemmesedlene viser ikke hvem som stemte (avstemninger med navn viser hvem som ikke har stemt ennå)</translation>
    </message>
    <message>
        <source>Show results &amp;live while the vote is open (otherwise hidden until it closes)</source>
        <translation>&amp;Vis resultatene fortløpende mens avstemningen er åpen (ellers skjult til den lukkes)</translation>
    </message>
    <message>
        <source>Flag disagreement a&amp;bove</source>
        <translation>Marker uenighet &amp;over</translation>
    </message>
    <message>
        <source>0 = everyone agrees, 1 = the room is split between the extremes</source>
        <translation>0 = alle er enige, 1 = salen er delt mellom ytterpunktene</translation>
    </message>
</context>
<context>
    <name>VoteWords</name>
    <message numerus="yes">
        <source>%n dot(s) per voter</source>
        <translation>
            <numerusform>%n prikk per velger</numerusform>
            <numerusform>%n prikker per velger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n per item</source>
        <translation>
            <numerusform>høyst %n per forslag</numerusform>
            <numerusform>høyst %n per forslag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negative dot(s)</source>
        <translation>
            <numerusform>%n negativ prikk</numerusform>
            <numerusform>%n negative prikker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) per voter</source>
        <translation>
            <numerusform>%n poeng per velger</numerusform>
            <numerusform>%n poeng per velger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>each voter ranks their top %n</source>
        <translation>
            <numerusform>hver velger rangerer topp %n</numerusform>
            <numerusform>hver velger rangerer topp %n</numerusform>
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
        <translation>En avstemning må ha en tittel.</translation>
    </message>
    <message>
        <source>A vote needs at least one item to vote on.</source>
        <translation>En avstemning må ha minst ett forslag å stemme over.</translation>
    </message>
    <message>
        <source>An item to vote on needs a text.</source>
        <translation>Et forslag det skal stemmes over, må ha tekst.</translation>
    </message>
    <message>
        <source>A rating vote needs at least one criterion (e.g. impact 1–5).</source>
        <translation>En vurderingsavstemning må ha minst ett kriterium (f.eks. effekt 1–5).</translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Et kriterium må ha et navn.</translation>
    </message>
    <message>
        <source>A criterion&apos;s scale must run from a lower to a higher number.</source>
        <translation>Skalaen til et kriterium må gå fra et lavere til et høyere tall.</translation>
    </message>
    <message>
        <source>A criterion&apos;s weight must be above 0.</source>
        <translation>Vekten til et kriterium må være over 0.</translation>
    </message>
    <message>
        <source>Those settings cannot work: dots, points, the cap and the top k must be at least 1, and the disagreement threshold between 0 and 1.</source>
        <translation>Disse innstillingene går ikke: prikker, poeng, grensen og topp k må være minst 1, og terskelen for uenighet mellom 0 og 1.</translation>
    </message>
    <message>
        <source>Only a rating vote has criteria.</source>
        <translation>Bare en vurderingsavstemning har kriterier.</translation>
    </message>
    <message>
        <source>Ballots have been cast: the items, criteria and anonymity can no longer change. Make a new vote, or delete the ballots first.</source>
        <translation>Det er avgitt stemmesedler: forslagene, kriteriene og anonymiteten kan ikke lenger endres. Opprett en ny avstemning, eller slett stemmesedlene først.</translation>
    </message>
    <message>
        <source>Ballots are in, so the vote cannot switch between named and anonymous: a named vote&apos;s ballots say who cast them, an anonymous vote&apos;s say no one. Make a new vote, or delete the ballots first.</source>
        <translation>Det er kommet inn stemmesedler, så avstemningen kan ikke bytte mellom navngitt og anonym: i en navngitt avstemning står det hvem som avga sedlene, i en anonym står det ingen. Lag en ny avstemning, eller slett sedlene først.</translation>
    </message>
    <message>
        <source>The vote is not open.</source>
        <translation>Avstemningen er ikke åpen.</translation>
    </message>
    <message>
        <source>The vote is not closed.</source>
        <translation>Avstemningen er ikke lukket.</translation>
    </message>
    <message>
        <source>That vote no longer exists (it may have been deleted).</source>
        <translation>Avstemningen finnes ikke lenger (den kan ha blitt slettet).</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prikker</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangering</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Godkjenning</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Paper tally</source>
        <translation>Papiropptelling</translation>
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
        <translation>%1 (%2–%3, vekt %4)</translation>
    </message>
    <message>
        <source>rated on criteria (none yet)</source>
        <translation>vurdert etter kriterier (ingen ennå)</translation>
    </message>
    <message>
        <source>rated on %1; a voter may skip</source>
        <translation>vurdert etter %1; en velger kan hoppe over</translation>
    </message>
    <message>
        <source>each voter approves any number of items</source>
        <translation>hver velger godkjenner så mange forslag vedkommende vil</translation>
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
        <translation>resultatene vises fortløpende</translation>
    </message>
</context>
<context>
    <name>VotesModel</name>
    <message>
        <source>Vote</source>
        <translation>Avstemning</translation>
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
        <translation>Ny avstemning</translation>
    </message>
    <message>
        <source>Edit vote</source>
        <translation>Rediger avstemning</translation>
    </message>
    <message>
        <source>Delete vote</source>
        <translation>sletting av avstemning</translation>
    </message>
    <message>
        <source>Open vote</source>
        <translation>åpning av avstemning</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>lukking av avstemning</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>tilbake til utkast</translation>
    </message>
    <message>
        <source>Record ballot</source>
        <translation>registrering av stemmeseddel</translation>
    </message>
    <message>
        <source>Correct ballot</source>
        <translation>retting av stemmeseddel</translation>
    </message>
    <message>
        <source>Delete ballot</source>
        <translation>Slett stemmeseddel</translation>
    </message>
    <message>
        <source>Edit tally</source>
        <translation>endring av opptelling</translation>
    </message>
</context>
<context>
    <name>VotingPage</name>
    <message>
        <source>Votes</source>
        <translation>Avstemninger</translation>
    </message>
    <message>
        <source>New vote…</source>
        <translation>Ny avstemning…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <source>A new draft vote with the same items and rules</source>
        <translation>En ny avstemning som utkast, med de samme forslagene og reglene</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Delete the vote and its ballots (can be undone)</source>
        <translation>Slett avstemningen og stemmesedlene (kan angres)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Start taking ballots</source>
        <translation>Begynn å ta imot stemmesedler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Stop taking ballots and show the results</source>
        <translation>Slutt å ta imot stemmesedler, og vis resultatene</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Åpne igjen</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>A full-screen ballot where voters take turns on this laptop</source>
        <translation>En stemmeseddel i fullskjerm der velgerne stemmer etter tur på denne PC-en</translation>
    </message>
    <message>
        <source>Show results live</source>
        <translation>Vis resultatene fortløpende</translation>
    </message>
    <message>
        <source>Results are hidden until the vote closes, so that nobody follows the crowd</source>
        <translation>Resultatene er skjult til avstemningen lukkes, slik at ingen bare følger flertallet</translation>
    </message>
    <message>
        <source>Phones…</source>
        <translation>Mobiler…</translation>
    </message>
    <message>
        <source>Venue network: participants vote from their phones</source>
        <translation>Lokalnett: deltakerne stemmer fra mobilen</translation>
    </message>
    <message>
        <source>Tally</source>
        <translation>Opptelling</translation>
    </message>
    <message>
        <source>Paper ballot…</source>
        <translation>Stemmeseddel på papir…</translation>
    </message>
    <message>
        <source>Type in one person&apos;s paper ballot</source>
        <translation>Skriv inn stemmeseddelen på papir fra én person</translation>
    </message>
    <message>
        <source>Group allocation…</source>
        <translation>Gruppens fordeling…</translation>
    </message>
    <message>
        <source>Type in what a group leader wrote for the group</source>
        <translation>Skriv inn det en gruppeleder skrev ned for gruppen</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Rett…</translation>
    </message>
    <message>
        <source>Delete ballot</source>
        <translation>Slett stemmeseddel</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Stemmesedler</translation>
    </message>
    <message>
        <source>No vote yet</source>
        <translation>Ingen avstemning ennå</translation>
    </message>
    <message>
        <source>Make a vote with “New vote…”: dots, points, ranking, rating or approval.</source>
        <translation>Opprett en avstemning med «Ny avstemning…»: prikker, poeng, rangering, vurdering eller godkjenning.</translation>
    </message>
    <message>
        <source>Correct the tally on the Tally tab</source>
        <translation>Rett opptellingen i fanen Opptelling</translation>
    </message>
    <message>
        <source>Open the vote to type in ballots.</source>
        <translation>Åpne avstemningen for å skrive inn stemmesedler.</translation>
    </message>
    <message>
        <source>Vote “%1” made: open it to take ballots.</source>
        <translation>Avstemningen «%1» er opprettet: åpne den for å ta imot stemmesedler.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <source>Vote “%1” deleted (Edit → Undo brings it back).</source>
        <translation>Avstemningen «%1» er slettet (Rediger → Angre henter den tilbake).</translation>
    </message>
    <message>
        <source>Ballot recorded.</source>
        <translation>Stemmeseddelen er registrert.</translation>
    </message>
    <message>
        <source>Ballot corrected.</source>
        <translation>Stemmeseddelen er rettet.</translation>
    </message>
    <message>
        <source>Ballot deleted (Edit → Undo brings it back).</source>
        <translation>Stemmeseddelen er slettet (Rediger → Angre henter den tilbake).</translation>
    </message>
</context>
<context>
    <name>WallCountdown</name>
    <message>
        <source>Time is up</source>
        <translation>Tiden er ute</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (pauset)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pauset</translation>
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
        <translation>Gjennomfør workshopen fra denne PC-en: deltakere, grupper, ideer, avstemninger og referat. Du trenger ikke internett.</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Ny workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Å&amp;pne…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Åpne &amp;demoworkshopen</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Nylig brukte workshoper</translation>
    </message>
    <message>
        <source>No recent workshops yet. Create one, or open the demo workshop to look around.</source>
        <translation>Ingen nylig brukte workshoper ennå. Opprett en ny, eller åpne demoworkshopen for å se deg rundt.</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsForm</name>
    <message>
        <source>Give the workshop a title.</source>
        <translation>Gi workshopen en tittel.</translation>
    </message>
    <message>
        <source>The workshop cannot end before it starts.</source>
        <translation>Workshopen kan ikke slutte før den begynner.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <source>e.g. Industry of the future in our region</source>
        <translation>f.eks. Fremtidens industri i vår region</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>&amp;Arrangør</translation>
    </message>
    <message>
        <source>The network or cluster</source>
        <translation>Nettverket eller klyngen</translation>
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
        <translation>Fasi&amp;litatorer</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Språ&amp;k</translation>
    </message>
    <message>
        <source>The language of the screens and the minutes for this workshop</source>
        <translation>Språket i skjermbildene og referatet for denne workshopen</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Ett navn per linje</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notater</translation>
    </message>
</context>
<context>
    <name>WorkshopSession</name>
    <message>
        <source>The change could not be saved: %1. Nothing was written; the details are in the log.</source>
        <translation>Endringen kunne ikke lagres: %1. Ingenting ble skrevet; detaljene står i loggen.</translation>
    </message>
    <message>
        <source>The participants could not be read: %1</source>
        <translation>Deltakerne kunne ikke leses: %1</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
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
        <translation>Delene av workshopen</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideer</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Avstemning</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
</context>
</TS>
