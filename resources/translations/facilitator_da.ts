<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AgendaTableModel</name>
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
    <name>CheckInDesk</name>
    <message>
        <source>Type a name, then Enter to check in</source>
        <translation>Skriv et navn, og tryk på Enter for at tjekke ind</translation>
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
        <source>%1 of %2 arrived</source>
        <translation>%1 af %2 er kommet</translation>
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
        <source>Delete group round</source>
        <translation>Slet grupperunde</translation>
    </message>
    <message>
        <source>Delete “%1” and its groups? You can undo this.</source>
        <translation>Vil du slette »%1« og dens grupper? Du kan fortryde det.</translation>
    </message>
    <message>
        <source>No group rounds yet. Create one (for example “Group work 1: drivers of change”), then let Facilitator assign people so that everyone meets people from other companies.</source>
        <translation>Ingen grupperunder endnu. Opret en (f.eks. »Gruppearbejde 1: drivkræfter bag forandring«), og lad så Facilitator fordele deltagerne, så alle møder folk fra andre virksomheder.</translation>
    </message>
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
    <message>
        <source>Move to another group</source>
        <translation>flytning til en anden gruppe</translation>
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
    <message>
        <source>Question for %1</source>
        <translation>Spørgsmål til %1</translation>
    </message>
    <message>
        <source>The question this group works on (leave empty for none):</source>
        <translation>Spørgsmålet, denne gruppe arbejder med (lad feltet være tomt for intet):</translation>
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
        <source>Assign groups</source>
        <translation>gruppefordeling</translation>
    </message>
    <message>
        <source>Groups assigned: %1 repeated pairings (at least %2 unavoidable).</source>
        <translation>Grupperne er fordelt: %1 par mødes igen (mindst %2 kan ikke undgås).</translation>
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
            <numerusform>%n opdaterede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n var allerede ajour</numerusform>
            <numerusform>%n var allerede ajour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate row(s) merged</source>
        <translation>
            <numerusform>%n dobbeltrække slået sammen</numerusform>
            <numerusform>%n dobbeltrækker slået sammen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n række afvist</numerusform>
            <numerusform>%n rækker afvist</numerusform>
        </translation>
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
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation>&amp;Om Facilitator</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <comment>Edit menu; %1 names the step</comment>
        <translation>&amp;Fortryd: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <comment>Edit menu; %1 names the step</comment>
        <translation>&amp;Gentag: %1</translation>
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
        <source>About Facilitator</source>
        <translation>Om Facilitator</translation>
    </message>
    <message>
        <source>%1 %2
Run in-person workshops offline.</source>
        <translation>%1 %2
Afhold fysiske workshops uden internet.</translation>
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
        <source>Double-click a cell to edit. Organisations are created when you register or import people; sector and municipality can balance breakout groups.</source>
        <translation>Dobbeltklik på en celle for at redigere. Organisationer oprettes, når du registrerer eller importerer deltagere; branche og kommune kan bruges til at balancere grupperne.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>New block</source>
        <translation>Nyt programpunkt</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n block(s) start before the previous block ends.</source>
        <translation>
            <numerusform>⚠ %n programpunkt starter, før det forrige punkt slutter.</numerusform>
            <numerusform>⚠ %n programpunkter starter, før det forrige punkt slutter.</numerusform>
        </translation>
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
        <source>Edit participant</source>
        <translation>Rediger deltager</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Ny deltager</translation>
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
        <source>With contact details…</source>
        <translation>Med kontaktoplysninger…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>R&amp;ediger…</translation>
    </message>
    <message>
        <source>Only name, organisation and role (no personal details)…</source>
        <translation>Kun navn, organisation og rolle (ingen personoplysninger)…</translation>
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
        <source>Attendance sheet for signatures…</source>
        <translation>Fremmødeliste til underskrift…</translation>
    </message>
    <message>
        <source>Participant list…</source>
        <translation>Deltagerliste…</translation>
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
        <source>No participants yet. Add them one by one, or import the sign-up list (CSV or Excel) from your registration form.</source>
        <translation>Ingen deltagere endnu. Tilføj dem én ad gangen, eller importér tilmeldingslisten (CSV eller Excel) fra din tilmeldingsformular.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltager</numerusform>
            <numerusform>%n deltagere</numerusform>
        </translation>
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
        <source>Mark as: %1</source>
        <translation>Markér som: %1</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slet…</translation>
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
    <name>Printing</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
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
        <source>The PDF could not be made</source>
        <translation>PDF&apos;en kunne ikke oprettes</translation>
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
    <name>RoundDialog</name>
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
    <name>RoundsModel</name>
    <message>
        <source>%1
%2 groups, %3 placed</source>
        <translation>%1
%2 grupper, %3 placeret</translation>
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
    <name>Violation</name>
    <message>
        <source>%1: more than one from %3 (%2)</source>
        <translation>%1: mere end én fra %3 (%2)</translation>
    </message>
    <message>
        <source>%1: no group leader, or more than one (%2)</source>
        <translation>%1: ingen gruppeleder eller mere end én (%2)</translation>
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
    <name>WorkshopController</name>
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
    <message>
        <source>Edit organisation %1</source>
        <translation>ændring af organisationen %1</translation>
    </message>
    <message>
        <source>New group round</source>
        <translation>ny grupperunde</translation>
    </message>
    <message>
        <source>Edit group round</source>
        <translation>ændring af grupperunde</translation>
    </message>
    <message>
        <source>Delete group round</source>
        <translation>sletning af grupperunde</translation>
    </message>
    <message>
        <source>Set a group&apos;s question</source>
        <translation>spørgsmål til en gruppe</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Ændringen kunne ikke gemmes: %1</translation>
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
    <name>WorkshopView</name>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>This page is not built yet in this version of Facilitator.</source>
        <translation>Denne side findes endnu ikke i denne version af Facilitator.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>This workshop has %1 with %2.</source>
        <translation>Denne workshop har %1 med %2.</translation>
    </message>
    <message>
        <source>This workshop has %1 in %2 on %3.</source>
        <translation>Denne workshop har %1 i %2 fordelt på %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idé</numerusform>
            <numerusform>%n idéer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n temaer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n spørgsmål</numerusform>
            <numerusform>%n spørgsmål</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n afstemning</numerusform>
            <numerusform>%n afstemninger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) cast</source>
        <translation>
            <numerusform>%n afgiven stemme</numerusform>
            <numerusform>%n afgivne stemmer</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes</source>
        <comment>the written report of the workshop</comment>
        <translation>Referat</translation>
    </message>
    <message>
        <source>This workshop has %1.</source>
        <translation>Denne workshop har %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n opfølgningspunkt</numerusform>
            <numerusform>%n opfølgningspunkter</numerusform>
        </translation>
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
        <source>Collect the groups&apos; ideas, sort them into themes and show them on the projector.</source>
        <translation>Saml gruppernes idéer, sortér dem i temaer, og vis dem på projektoren.</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Afstemning</translation>
    </message>
    <message>
        <source>Let the room prioritise: dots, points, ranking, rating or approval.</source>
        <translation>Lad salen prioritere: prikker, point, rangering, karakterer eller godkendelse.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <source>Ranked results, agreement and charts for the projector.</source>
        <translation>Rangerede resultater, grad af enighed og diagrammer til projektoren.</translation>
    </message>
    <message>
        <source>Write the minutes as a PDF and send them when back online.</source>
        <translation>Skriv referatet som PDF, og send det, når du er online igen.</translation>
    </message>
</context>
</TS>
