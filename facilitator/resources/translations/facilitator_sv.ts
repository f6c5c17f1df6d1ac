<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Facilitator</source>
        <translation>Om Facilitator</translation>
    </message>
    <message>
        <source>Run in-person workshops offline.</source>
        <translation>Håll fysiska workshoppar utan internet.</translation>
    </message>
    <message>
        <source>The log (for support): %1</source>
        <translation>Loggen (för support): %1</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Öppna loggmappen</translation>
    </message>
    <message>
        <source>Built with these components:</source>
        <translation>Byggt med dessa komponenter:</translation>
    </message>
    <message>
        <source>Licences…</source>
        <translation>Licenser…</translation>
    </message>
    <message>
        <source>windows, printing, PDF preview</source>
        <translation>fönster, utskrift, PDF-förhandsvisning</translation>
    </message>
    <message>
        <source>the workshop file</source>
        <translation>workshopfilen</translation>
    </message>
    <message>
        <source>upgrading older workshop files</source>
        <translation>uppgradering av äldre workshopfiler</translation>
    </message>
    <message>
        <source>PDF minutes, badges and lists</source>
        <translation>PDF-protokoll, namnbrickor och listor</translation>
    </message>
    <message>
        <source>icons</source>
        <translation>ikoner</translation>
    </message>
    <message>
        <source>Excel sign-up lists</source>
        <translation>Excel-anmälningslistor</translation>
    </message>
    <message>
        <source>Excel exports</source>
        <translation>Export till Excel</translation>
    </message>
    <message>
        <source>folders for backups and logs</source>
        <translation>mappar för säkerhetskopior och loggar</translation>
    </message>
    <message>
        <source>the group solver</source>
        <translation>gruppindelningen</translation>
    </message>
    <message>
        <source>flipchart photos</source>
        <translation>foton av blädderblock</translation>
    </message>
    <message>
        <source>the SMTP password in the system keychain</source>
        <translation>SMTP-lösenordet i systemets nyckelring</translation>
    </message>
    <message>
        <source>the venue network&apos;s server for phones</source>
        <translation>servern för mobilerna på det lokala nätverket</translation>
    </message>
    <message>
        <source>QR codes</source>
        <translation>QR-koder</translation>
    </message>
    <message>
        <source>the font in every PDF</source>
        <translation>typsnittet i alla PDF:er</translation>
    </message>
</context>
<context>
    <name>ActionItemsTab</name>
    <message>
        <source>What is to be done, who does it and by when. Double-click a cell to change it; every change is saved at once and can be undone.</source>
        <translation>Vad som ska göras, vem som gör det och när. Dubbelklicka på en cell för att ändra den; varje ändring sparas direkt och kan ångras.</translation>
    </message>
    <message>
        <source>A new action item: what is to be done?</source>
        <translation>En ny åtgärdspunkt: vad ska göras?</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Ny åtgärdspunkt</translation>
    </message>
    <message>
        <source>Who (optional)</source>
        <translation>Vem (valfritt)</translation>
    </message>
    <message>
        <source>Who does the new action item</source>
        <translation>Vem ansvarar för den nya åtgärdspunkten</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Åtgärdspunkter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected action items</source>
        <translation>Ta bort de markerade åtgärdspunkterna</translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n åtgärdspunkt</numerusform>
            <numerusform>%n åtgärdspunkter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tick when it is done</source>
        <translation>Kryssa i när det är gjort</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message numerus="yes">
        <source>⚠ %n block(s) start before the previous block ends.</source>
        <translation>
            <numerusform>⚠ %n programpunkt börjar innan föregående punkt har slutat.</numerusform>
            <numerusform>⚠ %n programpunkter börjar innan föregående punkt har slutat.</numerusform>
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
        <translation>Minuter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Leds av</translation>
    </message>
    <message>
        <source>Pinned at %1, before the previous block ends.</source>
        <translation>Låst till kl. %1, innan föregående punkt slutar.</translation>
    </message>
    <message>
        <source>Pinned start. Clear the cell to let it follow the block before.</source>
        <translation>Låst starttid. Töm cellen så följer punkten föregående punkt.</translation>
    </message>
    <message>
        <source>Follows the block before. Type a time to pin it.</source>
        <translation>Följer föregående punkt. Skriv en tid för att låsa den.</translation>
    </message>
    <message>
        <source>An agenda block needs a title.</source>
        <translation>En programpunkt måste ha en titel.</translation>
    </message>
    <message>
        <source>“%1” is not a time. Type it as 12:30.</source>
        <translation>”%1” är inte en tid. Skriv den som 12:30.</translation>
    </message>
    <message>
        <source>No agenda blocks yet.</source>
        <translation>Inga programpunkter än.</translation>
    </message>
    <message>
        <source>Planned end: %1</source>
        <translation>Planerat slut: %1</translation>
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
        <translation>Anmäld</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avanmäld</translation>
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
        <translation>Vid stängning</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Före återställning</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Före uppgradering</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Före import</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Före sammanfogning</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
</context>
<context>
    <name>Ballot</name>
    <message>
        <source>%1 used, but the budget is %2: take some away.</source>
        <translation>%1 använda, men bara %2 kan fördelas: ta bort några.</translation>
    </message>
    <message>
        <source>%1 on one item, but at most %2 are allowed.</source>
        <translation>%1 på ett förslag, men högst %2 är tillåtna.</translation>
    </message>
    <message>
        <source>%1 negative dots used, but only %2 are allowed.</source>
        <translation>%1 negativa prickar använda, men bara %2 är tillåtna.</translation>
    </message>
    <message>
        <source>Negative values are not allowed in this vote.</source>
        <translation>Negativa värden är inte tillåtna i den här omröstningen.</translation>
    </message>
    <message>
        <source>Rank %1 is given twice: each rank once.</source>
        <translation>Plats %1 har getts två gånger: varje plats kan bara ges en gång.</translation>
    </message>
    <message>
        <source>Rank %1 is not possible: ranks run 1 to %2.</source>
        <translation>Plats %1 är inte möjlig: platserna går från 1 till %2.</translation>
    </message>
    <message>
        <source>%1 items ranked, but only the top %2 count.</source>
        <translation>%1 förslag är rangordnade, men bara de %2 översta räknas.</translation>
    </message>
    <message>
        <source>%1 is outside the scale %2 to %3.</source>
        <translation>%1 ligger utanför skalan %2 till %3.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 är inte ett heltal.</translation>
    </message>
    <message>
        <source>That is not a number.</source>
        <translation>Det är inte ett tal.</translation>
    </message>
    <message>
        <source>%1 voters is not possible.</source>
        <translation>%1 väljare är inte möjligt.</translation>
    </message>
    <message>
        <source>The vote is not open: open it before the kiosk takes ballots.</source>
        <translation>Omröstningen är inte öppen: öppna den innan kiosken kan ta emot valsedlar.</translation>
    </message>
    <message>
        <source>This person has already voted.</source>
        <translation>Den här personen har redan röstat.</translation>
    </message>
    <message>
        <source>Choose who is voting.</source>
        <translation>Välj vem som röstar.</translation>
    </message>
    <message>
        <source>Choose the group this allocation is for.</source>
        <translation>Välj gruppen som fördelningen gäller.</translation>
    </message>
    <message>
        <source>A paper tally works for dots, points and approval, not for this method.</source>
        <translation>En sammanräkning på papper fungerar för prickar, poäng och godkännande, inte för den här metoden.</translation>
    </message>
    <message>
        <source>The ballot names something that is not in this vote.</source>
        <translation>Valsedeln nämner något som inte finns med i den här omröstningen.</translation>
    </message>
</context>
<context>
    <name>BallotForm</name>
    <message>
        <source>Correct a ballot</source>
        <translation>Rätta en valsedel</translation>
    </message>
    <message>
        <source>A group&apos;s allocation</source>
        <translation>En grupps fördelning</translation>
    </message>
    <message>
        <source>A paper ballot</source>
        <translation>En valsedel på papper</translation>
    </message>
    <message>
        <source> voters</source>
        <translation> väljare</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupp</translation>
    </message>
    <message>
        <source>The allocation stands for</source>
        <translation>Fördelningen gäller för</translation>
    </message>
    <message>
        <source>Type a few letters of a name</source>
        <translation>Skriv några bokstäver av ett namn</translation>
    </message>
    <message>
        <source>&amp;Voter</source>
        <translation>&amp;Väljare</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>hoppa över</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>ej rangordnad</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dot(s) left</source>
        <translation>
            <numerusform>%1 av %n prick kvar</numerusform>
            <numerusform>%1 av %n prickar kvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n point(s) left</source>
        <translation>
            <numerusform>%1 av %n poäng kvar</numerusform>
            <numerusform>%1 av %n poäng kvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the top %n ranked</source>
        <translation>
            <numerusform>%1 av topp %n rangordnade</numerusform>
            <numerusform>%1 av topp %n rangordnade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) given</source>
        <translation>
            <numerusform>%n betyg givet</numerusform>
            <numerusform>%n betyg givna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s)</source>
        <translation>
            <numerusform>%n godkännande</numerusform>
            <numerusform>%n godkännanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Inte sparat:</translation>
    </message>
</context>
<context>
    <name>BallotScreen</name>
    <message>
        <source>Voting: %1</source>
        <translation>Väljare: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Throw this ballot away and go back</source>
        <translation>Släng den här valsedeln och gå tillbaka</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Börja om</translation>
    </message>
    <message>
        <source>Submit my vote</source>
        <translation>Skicka in min röst</translation>
    </message>
    <message>
        <source>Give your dots to the items you want the network to work on.</source>
        <translation>Ge dina prickar till de förslag som du vill att nätverket ska arbeta med.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n dot(s) on one item.</source>
        <translation>
            <numerusform>Högst %n prick på ett förslag.</numerusform>
            <numerusform>Högst %n prickar på ett förslag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Press − on an item to give it a negative dot (%n allowed).</source>
        <translation>
            <numerusform>Tryck på − vid ett förslag för att ge det en negativ prick (%n tillåten).</numerusform>
            <numerusform>Tryck på − vid ett förslag för att ge det en negativ prick (%n tillåtna).</numerusform>
        </translation>
    </message>
    <message>
        <source>Share your points among the items.</source>
        <translation>Fördela dina poäng på förslagen.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n point(s) on one item.</source>
        <translation>
            <numerusform>Högst %n poäng på ett förslag.</numerusform>
            <numerusform>Högst %n poäng på ett förslag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tap the items in order of preference: first choice first. Tap a ranked item again to take it out. Rank up to %n item(s).</source>
        <translation>
            <numerusform>Tryck på förslagen i den ordning du föredrar dem: förstahandsvalet först. Tryck på ett rangordnat förslag igen för att ta bort det. Rangordna upp till %n förslag.</numerusform>
            <numerusform>Tryck på förslagen i den ordning du föredrar dem: förstahandsvalet först. Tryck på ett rangordnat förslag igen för att ta bort det. Rangordna upp till %n förslag.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate each item on each criterion. Skip what you cannot judge.</source>
        <translation>Betygsätt varje förslag på varje kriterium. Hoppa över det du inte kan bedöma.</translation>
    </message>
    <message>
        <source>Tap every item you support. Tap again to take it back.</source>
        <translation>Tryck på varje förslag som du stöder. Tryck igen för att ångra.</translation>
    </message>
    <message>
        <source>Take a dot from %1</source>
        <translation>Ta en prick från %1</translation>
    </message>
    <message>
        <source>Give a dot to %1</source>
        <translation>Ge en prick till %1</translation>
    </message>
    <message>
        <source>Points for %1</source>
        <translation>Poäng till %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>Val %1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rangordna</translation>
    </message>
    <message>
        <source>Supported ✓</source>
        <translation>Stöder ✓</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Stöd</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dot(s) left</source>
        <translation>
            <numerusform>%1 av %n prick kvar</numerusform>
            <numerusform>%1 av %n prickar kvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n negative dot(s) left</source>
        <translation>
            <numerusform>%1 av %n negativ prick kvar</numerusform>
            <numerusform>%1 av %n negativa prickar kvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n point(s) left</source>
        <translation>
            <numerusform>%1 av %n poäng kvar</numerusform>
            <numerusform>%1 av %n poäng kvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ranked</source>
        <translation>
            <numerusform>%1 av %n rangordnad</numerusform>
            <numerusform>%1 av %n rangordnade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) rated</source>
        <translation>
            <numerusform>%1 av %n förslag betygsatt</numerusform>
            <numerusform>%1 av %n förslag betygsatta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) supported</source>
        <translation>
            <numerusform>%n förslag stött</numerusform>
            <numerusform>%n förslag stödda</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not chosen anything. Press “Submit my vote” again to hand in an empty ballot.</source>
        <translation>Du har inte valt något. Tryck på ”Skicka in min röst” igen för att lämna in en tom valsedel.</translation>
    </message>
</context>
<context>
    <name>BallotsModel</name>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>Voter or group</source>
        <translation>Väljare eller grupp</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Väljare</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>(a deleted group)</source>
        <translation>(en borttagen grupp)</translation>
    </message>
    <message>
        <source>(an erased participant)</source>
        <translation>(en raderad deltagare)</translation>
    </message>
    <message>
        <source>The room&apos;s paper sheet</source>
        <translation>Salens gemensamma pappersark</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>An anonymous vote keeps no ballot times: they could tell whose a ballot is.</source>
        <translation>En anonym omröstning sparar inte när valsedlarna kom in: det kunde avslöja vem som lämnade dem.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Item</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markering</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n till</numerusform>
            <numerusform>+ %n till</numerusform>
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
        <translation>Grupparbete</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Paus</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Måltid</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Omröstning</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>Item</source>
        <translation>Förslag</translation>
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
        <translation>Skriv in idéer</translation>
    </message>
    <message>
        <source>Capture ideas — %1</source>
        <translation>Skriv in idéer — %1</translation>
    </message>
    <message>
        <source>This group no longer exists.</source>
        <translation>Den här gruppen finns inte längre.</translation>
    </message>
    <message>
        <source>There are no breakout groups yet. Make a group round first.</source>
        <translation>Det finns inga grupper än. Skapa en grupprunda först.</translation>
    </message>
    <message>
        <source>This question no longer exists.</source>
        <translation>Den här frågan finns inte längre.</translation>
    </message>
    <message>
        <source>This group has no question yet.</source>
        <translation>Den här gruppen har ingen fråga än.</translation>
    </message>
    <message>
        <source>Ideas from %1</source>
        <translation>Idéer från %1</translation>
    </message>
</context>
<context>
    <name>CaptureWindow</name>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupp</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Fråga</translation>
    </message>
    <message>
        <source>&amp;Lock to this group</source>
        <translation>&amp;Lås till den här gruppen</translation>
    </message>
    <message>
        <source>Show this group only, for a group leader. Unlocking asks first.</source>
        <translation>Visa bara den här gruppen, för en gruppledare. Du får en fråga innan fönstret låses upp.</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Helskärm</translation>
    </message>
    <message>
        <source>Full screen on and off (F11)</source>
        <translation>Helskärm av och på (F11)</translation>
    </message>
    <message>
        <source>Type an idea and press Enter</source>
        <translation>Skriv en idé och tryck på Enter</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Ny idé</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Lägg &amp;till</translation>
    </message>
    <message>
        <source>Enter adds the idea · Shift+Enter starts a new line · double-click or F2 edits · Delete removes · Ctrl+Z undoes</source>
        <translation>Enter lägger till idén · Shift+Enter ger en ny rad · dubbelklicka eller F2 redigerar · Delete tar bort · Ctrl+Z ångrar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Ångra (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Gör om (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Helskärm</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
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
        <translation>Välj en grupp och en fråga först. Din text finns kvar.</translation>
    </message>
    <message>
        <source>The idea could not be saved.</source>
        <translation>Idén kunde inte sparas.</translation>
    </message>
    <message>
        <source>%1 Your text is still here; try again.</source>
        <translation>%1 Din text finns kvar; försök igen.</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Tillagd.</translation>
    </message>
    <message>
        <source>The facilitator has merged other ideas into this one, so it cannot be deleted here.</source>
        <translation>Facilitatorn har slagit ihop andra idéer med den här, så den kan inte tas bort här.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Borttagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n ideas deleted.</source>
        <translation>
            <numerusform>%n idé borttagen.</numerusform>
            <numerusform>%n idéer borttagna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked, the window can only be unlocked or closed with a PIN.</source>
        <translation>Låst: fönstret kan bara låsas upp eller stängas med en PIN-kod.</translation>
    </message>
    <message>
        <source>This window is locked to the group. Type the PIN to leave it.</source>
        <translation>Det här fönstret är låst till gruppen. Skriv PIN-koden för att lämna det.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>Lås &amp;upp…</translation>
    </message>
    <message>
        <source>Unlock the capture window?</source>
        <translation>Vill du låsa upp inmatningsfönstret?</translation>
    </message>
    <message>
        <source>Unlocked, the window shows every group and question of the workshop.</source>
        <translation>När fönstret är upplåst visar det alla grupper och frågor i workshopen.</translation>
    </message>
    <message>
        <source>Close the capture window?</source>
        <translation>Vill du stänga inmatningsfönstret?</translation>
    </message>
    <message>
        <source>The text in the field has not been added. Close and discard it?</source>
        <translation>Texten i fältet har inte lagts till. Vill du stänga och kasta den?</translation>
    </message>
</context>
<context>
    <name>CheckInDesk</name>
    <message>
        <source>Type a name to check in</source>
        <translation>Skriv ett namn för att checka in</translation>
    </message>
    <message>
        <source>Name to check in</source>
        <translation>Namn som ska checkas in</translation>
    </message>
    <message>
        <source>Participants matching the name</source>
        <translation>Deltagare som matchar namnet</translation>
    </message>
    <message>
        <source>&amp;Undo check-in</source>
        <translation>&amp;Ångra incheckning</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Oanmäld deltagare…</translation>
    </message>
    <message>
        <source>Show only who has &amp;not come yet</source>
        <translation>Visa bara de som &amp;inte har kommit än</translation>
    </message>
    <message>
        <source>Arrivals per organisation</source>
        <translation>Ankomna per organisation</translation>
    </message>
    <message>
        <source>Recent check-ins</source>
        <translation>Senaste incheckningar</translation>
    </message>
    <message numerus="yes">
        <source>%n people match — pick one with the arrow keys or a click.</source>
        <translation>
            <numerusform>%n person passar – välj en med piltangenterna eller ett klick.</numerusform>
            <numerusform>%n personer passar – välj en med piltangenterna eller ett klick.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Register a walk-in?</source>
        <translation>Ingen träff på ”%1”. Vill du registrera en oanmäld deltagare?</translation>
    </message>
    <message>
        <source>%1 is already checked in (%2).</source>
        <translation>%1 är redan incheckad (%2).</translation>
    </message>
    <message>
        <source>%1 is already checked in.</source>
        <translation>%1 är redan incheckad.</translation>
    </message>
    <message>
        <source>✓ %1 is checked in.</source>
        <translation>✓ %1 är incheckad.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Oanmäld deltagare</translation>
    </message>
    <message>
        <source>✓ %1 is registered and checked in.</source>
        <translation>✓ %1 är registrerad och incheckad.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Ångrat.</translation>
    </message>
    <message>
        <source>Check-in of %1 undone.</source>
        <translation>Incheckningen av %1 är ångrad.</translation>
    </message>
    <message>
        <source>%1 of %2 arrived</source>
        <translation>%1 av %2 har kommit</translation>
    </message>
</context>
<context>
    <name>ChoosePinDialog</name>
    <message>
        <source>Choose a PIN</source>
        <translation>Välj en PIN-kod</translation>
    </message>
    <message>
        <source>Choose a PIN of at least %1 digits; only you should know it.</source>
        <translation>Välj en PIN-kod med minst %1 siffror; bara du bör känna till den.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-kod:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Igen:</translation>
    </message>
    <message>
        <source>&amp;Show the digits</source>
        <translation>&amp;Visa siffrorna</translation>
    </message>
    <message>
        <source>The PIN needs at least %1 digits.</source>
        <translation>PIN-koden måste ha minst %1 siffror.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type it again.</source>
        <translation>De två PIN-koderna skiljer sig. Skriv den igen.</translation>
    </message>
</context>
<context>
    <name>ClosedVoteGuard</name>
    <message>
        <source>The vote is closed</source>
        <translation>Omröstningen är stängd</translation>
    </message>
    <message>
        <source>Storing this tally changes them.</source>
        <translation>Att spara den här räkningen ändrar det.</translation>
    </message>
    <message>
        <source>Typing in a ballot changes them.</source>
        <translation>Att skriva in en valsedel ändrar det.</translation>
    </message>
    <message>
        <source>Correcting this ballot changes them.</source>
        <translation>Att rätta den här valsedeln ändrar det.</translation>
    </message>
    <message>
        <source>Deleting this ballot changes them.</source>
        <translation>Att radera den här valsedeln ändrar det.</translation>
    </message>
    <message>
        <source>“%1” is closed, and its results may already have been shown. %2 Change the results?</source>
        <translation>”%1” är stängd, och resultatet kan redan ha visats. %2 Ändra resultatet?</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Taken</source>
        <translation>Använd</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Vad som skiljer</translation>
    </message>
    <message>
        <source>Here before the merge</source>
        <translation>Här före sammanfogningen</translation>
    </message>
    <message>
        <source>Their copy</source>
        <translation>Deras kopia</translation>
    </message>
    <message>
        <source>Changed later</source>
        <translation>Ändrad senast</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Använd deras</translation>
    </message>
    <message>
        <source>This workshop</source>
        <translation>Den här workshopen</translation>
    </message>
    <message>
        <source>Deleted on the other laptop</source>
        <translation>Borttagen på den andra datorn</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Finns här</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Receives the minutes</source>
        <translation>Får protokollet</translation>
    </message>
    <message>
        <source>Contact details shared with the other participants</source>
        <translation>Kontaktuppgifter delas med de andra deltagarna</translation>
    </message>
    <message>
        <source>May appear in photos</source>
        <translation>Får synas på foton</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Shares contact</source>
        <translation>Delar kontakt</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>not asked (default)</source>
        <translation>inte tillfrågad (standard)</translation>
    </message>
    <message>
        <source>given %1 on a form</source>
        <translation>givet %1 på ett formulär</translation>
    </message>
    <message>
        <source>given %1 at import</source>
        <translation>givet %1 vid import</translation>
    </message>
    <message>
        <source>given %1 at the desk</source>
        <translation>givet %1 vid incheckningen</translation>
    </message>
    <message>
        <source>declined %1 on a form</source>
        <translation>avböjt %1 på ett formulär</translation>
    </message>
    <message>
        <source>declined %1 at import</source>
        <translation>avböjt %1 vid import</translation>
    </message>
    <message>
        <source>declined %1 at the desk</source>
        <translation>avböjt %1 vid incheckningen</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Set consent</source>
        <translation>Registrera samtycke</translation>
    </message>
    <message>
        <source>&amp;Given</source>
        <translation>&amp;Givet</translation>
    </message>
    <message>
        <source>&amp;Not given</source>
        <translation>&amp;Inte givet</translation>
    </message>
    <message>
        <source>On a form (paper or e-mail)</source>
        <translation>På ett formulär (papper eller e-post)</translation>
    </message>
    <message>
        <source>At the check-in desk</source>
        <translation>Vid incheckningen</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Samtycke</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Var</translation>
    </message>
    <message numerus="yes">
        <source>For %n selected participant(s). It is recorded with today&apos;s date; people who already gave this answer keep the date they gave it.</source>
        <translation>
            <numerusform>För %n vald deltagare. Det registreras med dagens datum; den som redan gett detta svar behåller sitt datum.</numerusform>
            <numerusform>För %n valda deltagare. Det registreras med dagens datum; de som redan gett detta svar behåller sitt datum.</numerusform>
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
        <translation>Välj datum i en kalender</translation>
    </message>
    <message>
        <source>A date is needed; kept %1.</source>
        <translation>Ett datum behövs; behöll %1.</translation>
    </message>
    <message>
        <source>“%1” is before %2; kept %3.</source>
        <translation>”%1” är före %2; behöll %3.</translation>
    </message>
    <message>
        <source>“%1” is not a date; kept %2.</source>
        <translation>”%1” är inte ett datum; behöll %2.</translation>
    </message>
</context>
<context>
    <name>DueDateDelegate</name>
    <message>
        <source>No date</source>
        <translation>Inget datum</translation>
    </message>
</context>
<context>
    <name>DuplicatesBox</name>
    <message>
        <source>Merged from:</source>
        <translation>Ihopslagen från:</translation>
    </message>
    <message>
        <source>Split off</source>
        <translation>Bryt ut</translation>
    </message>
    <message>
        <source>Make the chosen duplicates (or all) separate ideas again</source>
        <translation>Gör de valda dubbletterna (eller alla) till egna idéer igen</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>Drop one kind of file at a time.</source>
        <translation>Släpp en sorts fil i taget.</translation>
    </message>
    <message>
        <source>Drop one workshop at a time.</source>
        <translation>Släpp en workshop i taget.</translation>
    </message>
    <message>
        <source>Open a workshop first: the sign-up list is imported into it.</source>
        <translation>Öppna en workshop först: anmälningslistan importeras till den.</translation>
    </message>
    <message>
        <source>Drop one sign-up list at a time.</source>
        <translation>Släpp en anmälningslista i taget.</translation>
    </message>
    <message>
        <source>Facilitator cannot use “%1”. Drop a workshop, a sign-up list (CSV or Excel), or photos onto the Photos tab of the Ideas page.</source>
        <translation>Facilitator kan inte använda ”%1”. Släpp en workshop, en anmälningslista (CSV eller Excel) eller bilder på fliken Bilder på sidan Idéer.</translation>
    </message>
    <message>
        <source>Drop photos onto the Photos tab of the Ideas page.</source>
        <translation>Släpp bilder på fliken Bilder på sidan Idéer.</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>There is no file at this path. It may have been moved, renamed or deleted.</source>
        <translation>Det finns ingen fil på den här platsen. Den kan ha flyttats, bytt namn eller tagits bort.</translation>
    </message>
    <message>
        <source>This is a folder, not a workshop file.</source>
        <translation>Det här är en mapp, inte en workshopfil.</translation>
    </message>
    <message>
        <source>You do not have permission to read this file.</source>
        <translation>Du har inte behörighet att läsa den här filen.</translation>
    </message>
    <message>
        <source>The file is read-only. Facilitator saves every change at once, so it needs to write to the file: copy it somewhere writable or remove the read-only mark.</source>
        <translation>Filen är skrivskyddad. Facilitator sparar varje ändring direkt och måste därför kunna skriva till filen: kopiera den till en plats där du kan skriva, eller ta bort skrivskyddet.</translation>
    </message>
    <message>
        <source>The folder holding the file is read-only (a CD, a protected share or a mail attachment folder). Copy the file to a writable folder such as Documents.</source>
        <translation>Mappen som filen ligger i är skrivskyddad (en cd, en skyddad nätverksresurs eller en mapp för e-postbilagor). Kopiera filen till en mapp där du kan skriva, till exempel Dokument.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes). It is not a workshop file.</source>
        <translation>Filen är tom (0 byte). Den är inte en workshopfil.</translation>
    </message>
    <message>
        <source>This is a PDF document, not a workshop file.</source>
        <translation>Det här är ett PDF-dokument, inte en workshopfil.</translation>
    </message>
    <message>
        <source>This is not a workshop file: its contents are not a Facilitator workshop, whatever its name.</source>
        <translation>Det här är inte en workshopfil: innehållet är inte en Facilitator-workshop, oavsett vad filen heter.</translation>
    </message>
    <message>
        <source>This is a database of another program, not a Facilitator workshop.</source>
        <translation>Det här är en databas från ett annat program, inte en Facilitator-workshop.</translation>
    </message>
    <message>
        <source>The workshop file is damaged (truncated or corrupt). It was not changed. If it was open here before, File → Restore from backup… has earlier copies.</source>
        <translation>Workshopfilen är skadad (avkortad eller trasig). Den har inte ändrats. Om den har varit öppen här tidigare finns äldre kopior under Arkiv → Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>This workshop was saved by a newer version of Facilitator. Update Facilitator to open it. The file was not changed.</source>
        <translation>Den här workshopen sparades med en nyare version av Facilitator. Uppdatera Facilitator för att öppna den. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>This workshop is already open in another Facilitator window or program. Close it there first.</source>
        <translation>Den här workshopen är redan öppen i ett annat Facilitator-fönster eller ett annat program. Stäng den där först.</translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation>Det finns redan en fil med det här namnet.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was written. Free some space and try again.</source>
        <translation>Disken är full, så ingenting skrevs. Frigör lite utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Det gick inte att skriva filen.</translation>
    </message>
    <message>
        <source>The workshop file is damaged: its header names a file format Facilitator never writes. It was not changed. If it was open here before, File → Restore from backup… has earlier copies.</source>
        <translation>Workshopfilen är skadad: dess huvud anger ett filformat som Facilitator aldrig skriver. Den har inte ändrats. Om den har varit öppen här tidigare finns äldre kopior under Arkiv → Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>The workshop file is damaged: its tables do not match the version it records (a table or column is missing, or the version record was changed or removed). It was not changed. If it was open here before, File → Restore from backup… has earlier copies.</source>
        <translation>Workshopfilen är skadad: dess tabeller stämmer inte med den version den anger (en tabell eller kolumn saknas, eller versionsuppgiften har ändrats eller tagits bort). Den har inte ändrats. Om den har varit öppen här tidigare finns äldre kopior under Arkiv → Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>The workshop file is damaged: some saved values cannot be read (text that is not UTF-8, broken keys, unknown states, dates that do not parse). It was not changed. If it was open here before, File → Restore from backup… has earlier copies.</source>
        <translation>Workshopfilen är skadad: vissa sparade värden kan inte läsas (text som inte är UTF-8, trasiga nycklar, okända tillstånd, datum som inte kan tolkas). Den har inte ändrats. Om den har varit öppen här tidigare finns äldre kopior under Arkiv → Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>A log file beside it does not belong to this workshop, so opening it could mix in data from elsewhere. Nothing was changed. Open the newest backup (File → Restore from backup…), or move the log out of the folder to open the file as it was last saved (edits only in the log are then lost).</source>
        <translation>En loggfil bredvid hör inte till den här workshopen, så att öppna den kunde blanda in data från annat håll. Inget har ändrats. Öppna den senaste säkerhetskopian (Arkiv → Återställ från säkerhetskopia…), eller flytta loggen ur mappen för att öppna filen som den senast sparades (ändringar som bara finns i loggen går då förlorade).</translation>
    </message>
    <message>
        <source>A log file beside it is damaged, so opening it could lose saved data. Nothing was changed. Open the newest backup (File → Restore from backup…), or move the log out of the folder to open the file as it was last saved (edits only in the log are then lost).</source>
        <translation>En loggfil bredvid är skadad, så att öppna den kunde förlora sparade data. Inget har ändrats. Öppna den senaste säkerhetskopian (Arkiv → Återställ från säkerhetskopia…), eller flytta loggen ur mappen för att öppna filen som den senast sparades (ändringar som bara finns i loggen går då förlorade).</translation>
    </message>
    <message>
        <source>A log file beside it is older than the workshop file, so opening it would take back saved changes. Nothing was changed. Open the newest backup (File → Restore from backup…), or move the log out of the folder to open the file as it was last saved (edits only in the log are then lost).</source>
        <translation>En loggfil bredvid är äldre än workshopfilen, så att öppna den skulle ta tillbaka sparade ändringar. Inget har ändrats. Öppna den senaste säkerhetskopian (Arkiv → Återställ från säkerhetskopia…), eller flytta loggen ur mappen för att öppna filen som den senast sparades (ändringar som bara finns i loggen går då förlorade).</translation>
    </message>
</context>
<context>
    <name>FlashLine</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
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
        <translation>gruppledare</translation>
    </message>
    <message>
        <source>locked: stays when assigning again</source>
        <translation>låst: stannar kvar vid ny fördelning</translation>
    </message>
    <message>
        <source>has already met the selected person</source>
        <translation>har redan träffat den valda personen</translation>
    </message>
</context>
<context>
    <name>GroupsController</name>
    <message>
        <source>New group round</source>
        <translation>Ny grupprunda</translation>
    </message>
    <message>
        <source>Edit group round</source>
        <translation>Redigera grupprunda</translation>
    </message>
    <message>
        <source>Delete group round</source>
        <translation>Ta bort grupprunda</translation>
    </message>
    <message>
        <source>Move to another group</source>
        <translation>flytt till en annan grupp</translation>
    </message>
    <message>
        <source>Change group leader</source>
        <translation>ändring av gruppledare</translation>
    </message>
    <message>
        <source>Lock or unlock</source>
        <translation>låsning eller upplåsning</translation>
    </message>
    <message>
        <source>Set a group&apos;s question</source>
        <translation>fråga till en grupp</translation>
    </message>
    <message>
        <source>That group no longer exists.</source>
        <translation>Den gruppen finns inte längre.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Ny runda…</translation>
    </message>
    <message>
        <source>Ed&amp;it round…</source>
        <translation>R&amp;edigera runda…</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>Ta bort runda</translation>
    </message>
    <message>
        <source>Group rounds</source>
        <translation>Grupprundor</translation>
    </message>
    <message>
        <source>&amp;Assign automatically</source>
        <translation>&amp;Fördela automatiskt</translation>
    </message>
    <message>
        <source>Re-&amp;balance</source>
        <translation>&amp;Balansera om</translation>
    </message>
    <message>
        <source>After late arrivals and no-shows: fix the groups with the fewest moves</source>
        <translation>Efter sena ankomster och uteblivna deltagare: justera grupperna med så få flyttar som möjligt</translation>
    </message>
    <message>
        <source>&amp;Projector view</source>
        <translation>&amp;Projektorvy</translation>
    </message>
    <message>
        <source>P&amp;rint</source>
        <translation>Skriv &amp;ut</translation>
    </message>
    <message>
        <source>Group lists…</source>
        <translation>Grupplistor…</translation>
    </message>
    <message>
        <source>Group lists, one group per page…</source>
        <translation>Grupplistor, en grupp per sida…</translation>
    </message>
    <message>
        <source>Door signs…</source>
        <translation>Dörrskyltar…</translation>
    </message>
    <message>
        <source>Leader&apos;s QR code on the door signs</source>
        <translation>Gruppledarens QR-kod på dörrskyltarna</translation>
    </message>
    <message>
        <source>Each door sign of the latest round carries the code its group leader scans to type the group&apos;s ideas from a phone (venue network)</source>
        <translation>Varje dörrskylt i senaste rundan får koden som gruppledaren skannar för att skriva gruppens idéer från mobilen (lokala nätverket)</translation>
    </message>
    <message>
        <source>&amp;Leader links…</source>
        <translation>&amp;Ledarlänkar…</translation>
    </message>
    <message>
        <source>A link and QR code per group for its leader to type ideas from a phone</source>
        <translation>En länk och QR-kod per grupp, så att ledaren kan skriva idéer från mobilen</translation>
    </message>
    <message>
        <source>Delete group round</source>
        <translation>Ta bort grupprunda</translation>
    </message>
    <message>
        <source>Delete “%1” and its groups? You can undo this.</source>
        <translation>Vill du ta bort ”%1” och dess grupper? Du kan ångra det.</translation>
    </message>
    <message>
        <source>Group lists</source>
        <translation>Grupplistor</translation>
    </message>
    <message>
        <source>Door signs</source>
        <translation>Dörrskyltar</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
</context>
<context>
    <name>GroupsProjector</name>
    <message>
        <source>Find your group</source>
        <translation>Hitta din grupp</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <source>Facilitator user guide</source>
        <translation>Användarhandbok för Facilitator</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>This guide has not been translated into your language yet: it is in English.</source>
        <translation>Den här handboken är ännu inte översatt till ditt språk: den är på engelska.</translation>
    </message>
</context>
<context>
    <name>IdeaDelegate</name>
    <message>
        <source>merged</source>
        <translation>ihopslagen</translation>
    </message>
</context>
<context>
    <name>IdeaListModel</name>
    <message>
        <source>The facilitator merged this idea into a similar one.</source>
        <translation>Facilitatorn har slagit ihop den här idén med en liknande idé.</translation>
    </message>
    <message>
        <source>The facilitator merged similar ideas into this one.</source>
        <translation>Facilitatorn har slagit ihop liknande idéer med den här.</translation>
    </message>
    <message>
        <source>An idea needs some text. To remove it, select it and press Delete.</source>
        <translation>En idé måste ha text. Om du vill ta bort den markerar du den och trycker på Delete.</translation>
    </message>
</context>
<context>
    <name>IdeaListView</name>
    <message>
        <source>No ideas yet. Type the first one above and press Enter.</source>
        <translation>Inga idéer än. Skriv den första ovanför och tryck på Enter.</translation>
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
        <translation>En idé måste ha text.</translation>
    </message>
    <message>
        <source>That idea is too long (at most 2,000 characters).</source>
        <translation>Idén är för lång (högst 2 000 tecken).</translation>
    </message>
    <message>
        <source>A question needs some text.</source>
        <translation>En fråga måste ha text.</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>Ett tema måste ha ett namn.</translation>
    </message>
    <message>
        <source>Only ideas for the same question can be merged.</source>
        <translation>Bara idéer till samma fråga kan slås ihop.</translation>
    </message>
    <message>
        <source>That idea is itself merged into another one; merge into that one instead.</source>
        <translation>Den idén är själv ihopslagen med en annan; slå ihop med den i stället.</translation>
    </message>
    <message>
        <source>Select at least two ideas to merge.</source>
        <translation>Markera minst två idéer för att slå ihop dem.</translation>
    </message>
    <message>
        <source>That idea has no merged duplicates to split off.</source>
        <translation>Den idén har inga ihopslagna dubbletter att bryta ut.</translation>
    </message>
    <message>
        <source>That theme belongs to another question.</source>
        <translation>Det temat hör till en annan fråga.</translation>
    </message>
    <message>
        <source>That idea, theme or question no longer exists (it may have been deleted).</source>
        <translation>Idén, temat eller frågan finns inte längre (den kan ha tagits bort).</translation>
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
        <translation>Från grupp</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <source>Merged from:</source>
        <translation>Ihopslagen från:</translation>
    </message>
    <message>
        <source>Not sorted</source>
        <translation>Inte sorterad</translation>
    </message>
    <message>
        <source>Drop ideas here to sort them; double-click to rename.</source>
        <translation>Släpp idéer här för att sortera dem; dubbelklicka för att byta namn.</translation>
    </message>
</context>
<context>
    <name>IdeasController</name>
    <message>
        <source>Add question</source>
        <translation>ny fråga</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>ändring av fråga</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Ta bort fråga</translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation>ny idé</translation>
    </message>
    <message>
        <source>Edit idea</source>
        <translation>ändring av idé</translation>
    </message>
    <message>
        <source>Delete idea</source>
        <translation>borttagning av idé</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n ideas</source>
        <translation>
            <numerusform>borttagning av %n idé</numerusform>
            <numerusform>borttagning av %n idéer</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to theme</source>
        <translation>Flytta till tema</translation>
    </message>
    <message>
        <source>Take out of theme</source>
        <translation>borttagning från tema</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Slå ihop dubbletter</translation>
    </message>
    <message>
        <source>Split merged idea</source>
        <translation>Dela upp ihopslagen idé</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nytt tema</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>namnbyte på tema</translation>
    </message>
    <message>
        <source>Change theme colour</source>
        <translation>ändring av temafärg</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Ta bort tema</translation>
    </message>
    <message>
        <source>Attach photo</source>
        <translation>bifogande av bild</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>ändring av bildtext</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>borttagning av bild</translation>
    </message>
</context>
<context>
    <name>IdeasPage</name>
    <message>
        <source>Search ideas (accents do not matter)</source>
        <translation>Sök idéer (accenter spelar ingen roll)</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nytt tema</translation>
    </message>
    <message>
        <source>Type an idea for the chosen question and press Enter</source>
        <translation>Skriv en idé till den valda frågan och tryck på Enter</translation>
    </message>
    <message>
        <source>Search ideas</source>
        <translation>Sök bland idéer</translation>
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
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Phones…</source>
        <translation>Mobiler…</translation>
    </message>
    <message>
        <source>Venue network: group leaders and participants join from their phones</source>
        <translation>Lokalt nätverk: gruppledare och deltagare ansluter från mobilen</translation>
    </message>
    <message>
        <source>%1 of %2 ideas</source>
        <translation>%1 av %2 idéer</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Slå ihop dubbletter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Redigera text</translation>
    </message>
    <message>
        <source>Move to theme</source>
        <translation>Flytta till tema</translation>
    </message>
    <message>
        <source>Not sorted</source>
        <translation>Inte sorterad</translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation>Nytt tema…</translation>
    </message>
    <message>
        <source>Split merged idea</source>
        <translation>Dela upp ihopslagen idé</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n idea(s) to %1</source>
        <translation>
            <numerusform>Flyttade %n idé till %1</numerusform>
            <numerusform>Flyttade %n idéer till %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n idea(s) out of their theme</source>
        <translation>
            <numerusform>Tog %n idé ur sitt tema</numerusform>
            <numerusform>Tog %n idéer ur sina teman</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the theme:</source>
        <translation>Temats namn:</translation>
    </message>
    <message>
        <source>Select two or more ideas to merge.</source>
        <translation>Markera två eller fler idéer för att slå ihop dem.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n duplicate(s)</source>
        <translation>
            <numerusform>Slog ihop %n dubblett</numerusform>
            <numerusform>Slog ihop %n dubbletter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n idea(s); Edit → Undo brings them back</source>
        <translation>
            <numerusform>Tog bort %n idé; Redigera → Ångra tar tillbaka den</numerusform>
            <numerusform>Tog bort %n idéer; Redigera → Ångra tar tillbaka dem</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdeasProjector</name>
    <message>
        <source>Ideas wall</source>
        <translation>Idévägg</translation>
    </message>
    <message>
        <source>Ideas appear here as the groups send them in.</source>
        <translation>Idéerna visas här allteftersom grupperna skickar in dem.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (forts.)</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 till</translation>
    </message>
    <message>
        <source>No question yet</source>
        <translation>Ingen fråga än</translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <translation>Inte sorterad än</translation>
    </message>
    <message>
        <source>Ideas: %1  ·  Themes: %2</source>
        <translation>Idéer: %1  ·  Teman: %2</translation>
    </message>
</context>
<context>
    <name>IdeasToolbar</name>
    <message>
        <source>Questions…</source>
        <translation>Frågor…</translation>
    </message>
    <message>
        <source>Capture window</source>
        <translation>Inmatningsfönster</translation>
    </message>
    <message>
        <source>A window for group leaders to type their group&apos;s ideas</source>
        <translation>Ett fönster där gruppledare skriver in gruppens idéer</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <source>Show the question, the ideas by theme and the timer on a second screen</source>
        <translation>Visa frågan, idéerna per tema och nedräkningen på en andra skärm</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Fråga:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupp:</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alla frågor</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alla grupper</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <source>%n new participant(s)</source>
        <translation>
            <numerusform>%n ny deltagare</numerusform>
            <numerusform>%n nya deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n uppdaterad</numerusform>
            <numerusform>%n uppdaterade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n redan aktuell</numerusform>
            <numerusform>%n redan aktuella</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate row(s) merged</source>
        <translation>
            <numerusform>%n dubblettrad sammanslagen</numerusform>
            <numerusform>%n dubblettrader sammanslagna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n rad avvisad</numerusform>
            <numerusform>%n rader avvisade</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>bladet ”%1”</translation>
    </message>
    <message>
        <source>%1, separated by “%2”</source>
        <translation>%1, avgränsat med ”%2”</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, headings in row %3, %n row(s) of people</source>
        <translation>
            <numerusform>%1 — %2, rubriker på rad %3, %n rad med deltagare</numerusform>
            <numerusform>%1 — %2, rubriker på rad %3, %n rader med deltagare</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column (or the first and last name columns) with the names.</source>
        <translation>Välj kolumnen med namnen (eller kolumnerna med förnamn och efternamn).</translation>
    </message>
    <message>
        <source>Checking the list…</source>
        <translation>Kontrollerar listan…</translation>
    </message>
    <message>
        <source>Checking the list… %1 of %2 rows</source>
        <translation>Kontrollerar listan … %1 av %2 rader</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importera deltagare</translation>
    </message>
    <message>
        <source>Check which column holds what. Double-click “Imports as” to change it; choose “Ignore” for columns you do not want.</source>
        <translation>Kontrollera vad varje kolumn innehåller. Dubbelklicka på ”Importeras som” för att ändra; välj ”Ignorera” för kolumner som du inte vill ha med.</translation>
    </message>
    <message>
        <source>Names are written “Last name, First name”</source>
        <translation>Namnen är skrivna ”Efternamn, Förnamn”</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Det här gör importen</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
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
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>Roll eller befattning</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Kost</translation>
    </message>
    <message>
        <source>Overnight stay</source>
        <translation>Övernattning</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketter</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Consent: share contact details</source>
        <translation>Samtycke: dela kontaktuppgifter</translation>
    </message>
    <message>
        <source>Consent: photos</source>
        <translation>Samtycke: foton</translation>
    </message>
    <message>
        <source>Consent: receive the minutes</source>
        <translation>Samtycke: få protokollet</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>There is no file at this path.</source>
        <translation>Det finns ingen fil på den här platsen.</translation>
    </message>
    <message>
        <source>This is a folder, not a participant list.</source>
        <translation>Det här är en mapp, inte en deltagarlista.</translation>
    </message>
    <message>
        <source>You do not have permission to read this file.</source>
        <translation>Du har inte behörighet att läsa den här filen.</translation>
    </message>
    <message>
        <source>The file is empty: there is no one to import.</source>
        <translation>Filen är tom: det finns ingen att importera.</translation>
    </message>
    <message>
        <source>The list has column headings but no rows of people below them: there is no one to import.</source>
        <translation>Listan har kolumnrubriker men inga rader med deltagare under dem: det finns ingen att importera.</translation>
    </message>
    <message>
        <source>This is not a participant list: import a spreadsheet saved as .xlsx or .csv.</source>
        <translation>Det här är inte en deltagarlista: importera ett kalkylblad som har sparats som .xlsx eller .csv.</translation>
    </message>
    <message>
        <source>The file is named .xlsx but is not a readable Excel workbook (damaged, truncated, or another kind of file renamed). Open it in Excel and save it again, or save it as .csv.</source>
        <translation>Filen slutar på .xlsx men är inte en läsbar Excel-arbetsbok (skadad, avkortad eller en annan sorts fil som har bytt namn). Öppna den i Excel och spara den igen, eller spara den som .csv.</translation>
    </message>
    <message>
        <source>This kind of spreadsheet cannot be read. Save it as .xlsx (without a password) or .csv and import that file.</source>
        <translation>Den här typen av kalkylblad kan inte läsas. Spara det som .xlsx (utan lösenord) eller .csv och importera den filen.</translation>
    </message>
    <message>
        <source>No column of this list looks like it holds people&apos;s names (such as Name, Navn, Namn, Naam, or first and last name). Check that the file is a participant list with a heading row.</source>
        <translation>Ingen kolumn i den här listan verkar innehålla personers namn (till exempel Namn, Name, Navn, Naam eller för- och efternamn). Kontrollera att filen är en deltagarlista med en rubrikrad.</translation>
    </message>
    <message>
        <source>The list is too large to import: a participant list can have at most 100,000 rows, 1,000 columns, 10,000 characters in a cell and 1,000,000 in a line, in a file of at most 50 MB. Check that this is the right file, or split it.</source>
        <translation>Listan är för stor för att importeras: en deltagarlista kan ha högst 100 000 rader, 1 000 kolumner, 10 000 tecken i en cell och 1 000 000 på en rad, i en fil på högst 50 MB. Kontrollera att det är rätt fil, eller dela upp den.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>no name</source>
        <translation>namn saknas</translation>
    </message>
    <message>
        <source>invalid e-mail address</source>
        <translation>ogiltig e-postadress</translation>
    </message>
    <message>
        <source>not a yes or no, left empty</source>
        <translation>varken ja eller nej, lämnades tomt</translation>
    </message>
    <message>
        <source>row %1 is the same person as row %2</source>
        <translation>rad %1 är samma person som rad %2</translation>
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
        <translation>Det finns %1 grupper men bara %2 personer: några grupper blir tomma.</translation>
    </message>
    <message>
        <source>%1 has %2 people and there are %3 groups, so some groups have %4 of them.</source>
        <translation>%1 har %2 personer och det finns %3 grupper, så några grupper får %4 av dem.</translation>
    </message>
    <message numerus="yes">
        <source>There are %1 group leaders for %2 groups: %n group(s) will have none.</source>
        <translation>
            <numerusform>Det finns %1 gruppledare till %2 grupper: %n grupp får ingen.</numerusform>
            <numerusform>Det finns %1 gruppledare till %2 grupper: %n grupper får ingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>One group leader per group is asked, but nobody is tagged “group leader”: tag them on the Participants page, or untick the rule for this round.</source>
        <translation>En gruppledare per grupp är vald, men ingen är märkt ”gruppledare”: märk dem på sidan Deltagare, eller ta bort regeln för den här omgången.</translation>
    </message>
    <message>
        <source>%1 must stay together, but groups have at most %2 people.</source>
        <translation>%1 ska vara tillsammans, men grupperna har högst %2 personer.</translation>
    </message>
    <message>
        <source>%1 and %2 must be kept apart, but keep-together pairs link them.</source>
        <translation>%1 och %2 ska hållas isär, men par som ska vara tillsammans binder ihop dem.</translation>
    </message>
    <message>
        <source>%1 must stay together but are locked in different groups.</source>
        <translation>%1 ska vara tillsammans men är låsta i olika grupper.</translation>
    </message>
    <message>
        <source>%1 must stay together, which puts %2 people from %3 in one group.</source>
        <translation>%1 ska vara tillsammans, vilket sätter %2 personer från %3 i samma grupp.</translation>
    </message>
    <message>
        <source>%1 is locked in a group that cannot be used now.</source>
        <translation>%1 är låst i en grupp som inte kan användas nu.</translation>
    </message>
    <message>
        <source>More people are locked in some groups than the group sizes allow.</source>
        <translation>Fler personer är låsta i vissa grupper än gruppstorlekarna tillåter.</translation>
    </message>
    <message>
        <source>%1 and %2 must be kept apart but are both locked in %3.</source>
        <translation>%1 och %2 ska hållas isär men är båda låsta i %3.</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <source>Join from your phone</source>
        <translation>Anslut från mobilen</translation>
    </message>
    <message>
        <source>The venue network is off.</source>
        <translation>Det lokala nätverket är avstängt.</translation>
    </message>
    <message>
        <source>Scan the code, or open</source>
        <translation>Skanna koden, eller öppna</translation>
    </message>
    <message>
        <source>and type</source>
        <translation>och skriv</translation>
    </message>
    <message>
        <source>First join this Wi-Fi:</source>
        <translation>Anslut först till detta wifi:</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Voting kiosk – %1</source>
        <translation>Röstningskiosk – %1</translation>
    </message>
    <message>
        <source>Thank you — pass the laptop on</source>
        <translation>Tack — lämna datorn vidare</translation>
    </message>
    <message>
        <source>Your vote is stored. This screen clears itself.</source>
        <translation>Din röst har sparats. Skärmen töms av sig själv.</translation>
    </message>
    <message>
        <source>Next voter</source>
        <translation>Nästa väljare</translation>
    </message>
    <message>
        <source>This vote no longer exists</source>
        <translation>Den här omröstningen finns inte längre</translation>
    </message>
    <message>
        <source>This vote is closed</source>
        <translation>Den här omröstningen är stängd</translation>
    </message>
    <message>
        <source>Please hand the laptop back to the facilitator.</source>
        <translation>Lämna tillbaka datorn till facilitatorn.</translation>
    </message>
    <message>
        <source>Your vote could not be stored. Please call the facilitator.</source>
        <translation>Din röst kunde inte sparas. Hämta facilitatorn.</translation>
    </message>
    <message>
        <source>Voters cannot leave the kiosk: leaving it needs a PIN.</source>
        <translation>Väljarna kan inte lämna kiosken: det kräver en PIN-kod.</translation>
    </message>
    <message>
        <source>Only the facilitator leaves the kiosk. Type the PIN to leave it (a ballot being filled in is thrown away).</source>
        <translation>Bara facilitatorn lämnar kiosken. Skriv PIN-koden för att lämna den (en valsedel som fylls i kastas).</translation>
    </message>
</context>
<context>
    <name>LeaderLinkRow</name>
    <message>
        <source>Link for the leader of %1</source>
        <translation>Länk för ledaren av %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy the link, e.g. to send it to the leader</source>
        <translation>Kopiera länken, t.ex. för att skicka den till ledaren</translation>
    </message>
    <message>
        <source>New link…</source>
        <translation>Ny länk…</translation>
    </message>
    <message>
        <source>Replace the link: the old one stops working at once (if it was lost)</source>
        <translation>Ersätt länken: den gamla slutar fungera direkt (om den har kommit bort)</translation>
    </message>
</context>
<context>
    <name>LeaderLinksDialog</name>
    <message>
        <source>Leader links</source>
        <translation>Ledarlänkar</translation>
    </message>
    <message>
        <source>The links work while the venue network is on, for phones on the same network as this computer.</source>
        <translation>Länkarna fungerar medan det lokala nätverket är på, för mobiler på samma nätverk som den här datorn.</translation>
    </message>
    <message>
        <source>Print leader cards…</source>
        <translation>Skriv ut ledarkort…</translation>
    </message>
    <message>
        <source>A card for each leader with the group&apos;s questions and QR code, two to a page</source>
        <translation>Ett kort till varje ledare med gruppens frågor och QR-kod, två per sida</translation>
    </message>
    <message>
        <source>No groups yet: make a group round first, then each group&apos;s leader gets a link.</source>
        <translation>Inga grupper ännu: skapa en grupprunda först, så får varje gruppledare en länk.</translation>
    </message>
    <message>
        <source>Each group leader scans their group&apos;s code with a phone (or opens the link) to type the group&apos;s ideas. Groups of “%1”, the latest round.</source>
        <translation>Varje gruppledare skannar gruppens kod med mobilen (eller öppnar länken) för att skriva gruppens idéer. Grupperna i ”%1”, senaste rundan.</translation>
    </message>
    <message>
        <source>New leader link</source>
        <translation>Ny ledarlänk</translation>
    </message>
    <message>
        <source>Make a new link for “%1”? The old link stops working at once: whoever has it open can no longer add ideas, and a printed card or door sign with it must be printed again. This cannot be undone.</source>
        <translation>Skapa en ny länk för ”%1”? Den gamla länken slutar fungera direkt: den som har den öppen kan inte längre lägga till idéer, och ett utskrivet kort eller en dörrskylt med den måste skrivas ut igen. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Leader cards</source>
        <translation>Ledarkort</translation>
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
        <translation>Meddelanden från tredje part</translation>
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
        <translation>SIL Open Font License 1.1 (ikontypsnitt)</translation>
    </message>
    <message>
        <source>The file %1 is missing from this installation.</source>
        <translation>Filen %1 saknas i den här installationen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Ny workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ppna…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna s&amp;enaste</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Öppna &amp;demoworkshopen</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Återställ från säkerhets&amp;kopia…</translation>
    </message>
    <message>
        <source>&amp;Venue network (phones)…</source>
        <translation>&amp;Lokalt nätverk (mobiler)…</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>&amp;Stäng workshop</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <source>&amp;Merge a group leader&apos;s file…</source>
        <translation>Sa&amp;mmanfoga en gruppledares fil…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation>&amp;Om Facilitator</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Öppna workshop</translation>
    </message>
    <message>
        <source>Workshops (*%1);;All files (*)</source>
        <translation>Workshoppar (*%1);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Cannot open the workshop</source>
        <translation>Det går inte att öppna workshopen</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öppnar %1 …</translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation>Spara den nya workshopen som</translation>
    </message>
    <message>
        <source>Workshops (*%1)</source>
        <translation>Workshoppar (*%1)</translation>
    </message>
    <message>
        <source>Cannot create the workshop</source>
        <translation>Det går inte att skapa workshopen</translation>
    </message>
    <message>
        <source>Cannot open the demo workshop</source>
        <translation>Det går inte att öppna demoworkshopen</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Ändringen sparades inte</translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation>Alla ändringar sparas direkt</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Sparat kl. %1</translation>
    </message>
    <message>
        <source>Text not added yet</source>
        <translation>Text som inte har lagts till</translation>
    </message>
    <message>
        <source>A capture window has text that was typed but not added:

%1

Close the workshop anyway and discard it?</source>
        <translation>Ett inmatningsfönster har text som har skrivits men inte lagts till:

%1

Stänga workshopen ändå och kasta den?</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Den automatiska säkerhetskopieringen misslyckades: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Replace the workshop with this backup? The current state is backed up first, so you can go back to it.</source>
        <translation>Vill du ersätta workshopen med den här säkerhetskopian? Det nuvarande läget säkerhetskopieras först, så att du kan gå tillbaka till det.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Det går inte att återställa säkerhetskopian</translation>
    </message>
    <message>
        <source>Restored the backup.</source>
        <translation>Säkerhetskopian har återställts.</translation>
    </message>
    <message>
        <source>Merge a group leader&apos;s file</source>
        <translation>Sammanfoga en gruppledares fil</translation>
    </message>
    <message>
        <source>Merged %1.</source>
        <translation>Sammanfogade %1.</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importeras som</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(ingen rubrik)</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <source>Across:</source>
        <translation>Vågrätt:</translation>
    </message>
    <message>
        <source>Up:</source>
        <translation>Lodrätt:</translation>
    </message>
    <message>
        <source>2×2 chart</source>
        <translation>2×2-diagram</translation>
    </message>
    <message>
        <source>Mean ratings of the 2×2 chart</source>
        <translation>Genomsnittliga betyg i 2×2-diagrammet</translation>
    </message>
    <message>
        <source>Plan for it</source>
        <translation>Planera för det</translation>
    </message>
    <message>
        <source>Do first</source>
        <translation>Gör först</translation>
    </message>
    <message>
        <source>Leave for now</source>
        <translation>Vänta med det</translation>
    </message>
    <message>
        <source>Nice to have</source>
        <translation>Bra att ha</translation>
    </message>
    <message>
        <source>No item has been rated on both criteria yet.</source>
        <translation>Inget förslag har betygsatts på båda kriterierna än.</translation>
    </message>
</context>
<context>
    <name>MergeCounts</name>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n ny organisation</numerusform>
            <numerusform>%n nya organisationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new participant(s)</source>
        <translation>
            <numerusform>%n ny deltagare</numerusform>
            <numerusform>%n nya deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new question(s)</source>
        <translation>
            <numerusform>%n ny fråga</numerusform>
            <numerusform>%n nya frågor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new theme(s)</source>
        <translation>
            <numerusform>%n nytt tema</numerusform>
            <numerusform>%n nya teman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new idea(s)</source>
        <translation>
            <numerusform>%n ny idé</numerusform>
            <numerusform>%n nya idéer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new photo(s)</source>
        <translation>
            <numerusform>%n nytt foto</numerusform>
            <numerusform>%n nya foton</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation name(s) from the copy already used by another organisation here: this workshop&apos;s name kept</source>
        <translation>
            <numerusform>%n organisationsnamn från kopian används redan av en annan organisation här: namnet i denna workshop behålls</numerusform>
            <numerusform>%n organisationsnamn från kopian används redan av andra organisationer här: namnen i denna workshop behålls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) from a group that is not in this workshop</source>
        <translation>
            <numerusform>%n idé från en grupp som inte finns i denna workshop</numerusform>
            <numerusform>%n idéer från en grupp som inte finns i denna workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) for a question that is not in this workshop</source>
        <translation>
            <numerusform>%n idé till en fråga som inte finns i denna workshop</numerusform>
            <numerusform>%n idéer till en fråga som inte finns i denna workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) sorted into a theme that is not in this workshop</source>
        <translation>
            <numerusform>%n idé sorterad i ett tema som inte finns i denna workshop</numerusform>
            <numerusform>%n idéer sorterade i ett tema som inte finns i denna workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) by an author who is not in this workshop</source>
        <translation>
            <numerusform>%n idé av en författare som inte finns i denna workshop</numerusform>
            <numerusform>%n idéer av en författare som inte finns i denna workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) merged into an idea that is not in this workshop</source>
        <translation>
            <numerusform>%n idé sammanslagen med en idé som inte finns i denna workshop</numerusform>
            <numerusform>%n idéer sammanslagna med en idé som inte finns i denna workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s) for a question that is not in this workshop</source>
        <translation>
            <numerusform>%n tema till en fråga som inte finns i denna workshop</numerusform>
            <numerusform>%n teman till en fråga som inte finns i denna workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) for a group round that is not in this workshop</source>
        <translation>
            <numerusform>%n fråga till en grupprunda som inte finns i denna workshop</numerusform>
            <numerusform>%n frågor till en grupprunda som inte finns i denna workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) for a question that is not in this workshop</source>
        <translation>
            <numerusform>%n foto till en fråga som inte finns i denna workshop</numerusform>
            <numerusform>%n foton till en fråga som inte finns i denna workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved with the copy&apos;s version</source>
        <translation>
            <numerusform>%n konflikt löst med kopians version</numerusform>
            <numerusform>%n konflikter lösta med kopians version</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) from the copy applied here</source>
        <translation>
            <numerusform>%n borttagning från kopian utförd här</numerusform>
            <numerusform>%n borttagningar från kopian utförda här</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) made on the other laptop, remembered here too</source>
        <translation>
            <numerusform>%n borttagning gjord på den andra datorn, ihågkommen här också</numerusform>
            <numerusform>%n borttagningar gjorda på den andra datorn, ihågkomna här också</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted here, left out</source>
        <translation>
            <numerusform>%n objekt borttaget här, utelämnat</numerusform>
            <numerusform>%n objekt borttagna här, utelämnade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… och %n till</numerusform>
            <numerusform>… och %n till</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>This is the open workshop&apos;s own file. Choose the copy the group leader handed over.</source>
        <translation>Det här är den öppna workshopens egen fil. Välj kopian som gruppledaren lämnade över.</translation>
    </message>
    <message>
        <source>This is a copy of another workshop (“%1”). Only copies of this workshop can be merged.</source>
        <translation>Det här är en kopia av en annan workshop (”%1”). Bara kopior av den här workshopen kan sammanfogas.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
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
        <translation>Bild</translation>
    </message>
    <message>
        <source>On a form</source>
        <translation>På ett formulär</translation>
    </message>
    <message>
        <source>At import</source>
        <translation>Vid import</translation>
    </message>
    <message>
        <source>At the check-in desk</source>
        <translation>Vid incheckningen</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(inte registrerat)</translation>
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
        <translation>Inget nytt: den här workshopen har redan allt som finns i kopian.</translation>
    </message>
    <message>
        <source>“%1” is an organisation already here: not added again</source>
        <translation>”%1” är en organisation som redan finns här: inte tillagd igen</translation>
    </message>
    <message>
        <source>%1 is %2, already here (the same e-mail): not added again</source>
        <translation>%1 är %2, som redan finns här (samma e-postadress): inte tillagd igen</translation>
    </message>
    <message>
        <source>%1 is %2, already here (the same name and organisation): not added again</source>
        <translation>%1 är %2, som redan finns här (samma namn och organisation): inte tillagd igen</translation>
    </message>
    <message>
        <source>Left empty, because it is not in this workshop:</source>
        <translation>Lämnat tomt, eftersom det inte finns i den här workshopen:</translation>
    </message>
    <message>
        <source>New ideas:</source>
        <translation>Nya idéer:</translation>
    </message>
    <message>
        <source>Merge a group leader&apos;s file</source>
        <translation>Sammanfoga en gruppledares fil</translation>
    </message>
    <message>
        <source>What comes in</source>
        <translation>Det här kommer in</translation>
    </message>
    <message>
        <source>Take theirs where their copy is newer</source>
        <translation>Använd deras där deras kopia är nyare</translation>
    </message>
    <message>
        <source>Keep all of this workshop&apos;s</source>
        <translation>Behåll allt från den här workshopen</translation>
    </message>
    <message>
        <source>A backup is taken before merging: File → Restore from backup… undoes the merge (Undo cannot). The group leader&apos;s file is only read, never changed.</source>
        <translation>En säkerhetskopia tas före sammanfogningen: Arkiv → Återställ från säkerhetskopia… ångrar sammanfogningen (det kan inte Ångra). Gruppledarens fil läses bara och ändras aldrig.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Sammanfoga</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Läser ”%1”…</translation>
    </message>
    <message>
        <source>Comparing the copy with this workshop…</source>
        <translation>Jämför kopian med den här workshopen…</translation>
    </message>
    <message>
        <source>Merging “%1” (“%2”) into this workshop. Nothing changes until you press Merge.</source>
        <translation>Sammanfogar ”%1” (”%2”) med den här workshopen. Ingenting ändras förrän du trycker på Sammanfoga.</translation>
    </message>
    <message>
        <source>“%1” cannot be merged.</source>
        <translation>”%1” kan inte sammanfogas.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): changed differently in the two files, or deleted on the other laptop. This workshop&apos;s version is kept unless you tick “Take theirs”.</source>
        <translation>
            <numerusform>%n konflikt: ändrad på olika sätt i de två filerna, eller borttagen på den andra datorn. Den här workshopens version behålls om du inte kryssar i ”Använd deras”.</numerusform>
            <numerusform>%n konflikter: ändrade på olika sätt i de två filerna, eller borttagna på den andra datorn. Den här workshopens version behålls om du inte kryssar i ”Använd deras”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s); ticked ones were taken from the copy.</source>
        <translation>
            <numerusform>%n konflikt; de ikryssade togs från kopian.</numerusform>
            <numerusform>%n konflikter; de ikryssade togs från kopian.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taking a backup and merging…</source>
        <translation>Tar säkerhetskopia och sammanfogar…</translation>
    </message>
    <message>
        <source>Merged “%1” into this workshop.</source>
        <translation>Sammanfogade ”%1” med den här workshopen.</translation>
    </message>
    <message>
        <source>Nothing was merged: this workshop already has everything in “%1”.</source>
        <translation>Ingenting sammanfogades: den här workshopen har redan allt som finns i ”%1”.</translation>
    </message>
    <message>
        <source>What came in</source>
        <translation>Det här kom in</translation>
    </message>
    <message>
        <source>A backup was taken first: File → Restore from backup… undoes this merge.</source>
        <translation>En säkerhetskopia togs först: Arkiv → Återställ från säkerhetskopia… ångrar sammanfogningen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>The merge failed; this workshop was not changed.</source>
        <translation>Sammanfogningen misslyckades; den här workshopen har inte ändrats.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Orsak</translation>
    </message>
</context>
<context>
    <name>MergeField</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Ihopslagen med</translation>
    </message>
    <message>
        <source>Group round</source>
        <translation>Grupprunda</translation>
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
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>Roll eller befattning</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketter</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Kost</translation>
    </message>
    <message>
        <source>Overnight stay</source>
        <translation>Övernattning</translation>
    </message>
    <message>
        <source>Minutes consent: date</source>
        <translation>Samtycke till protokoll: datum</translation>
    </message>
    <message>
        <source>Minutes consent: where answered</source>
        <translation>Samtycke till protokoll: var det gavs</translation>
    </message>
    <message>
        <source>Contact consent: date</source>
        <translation>Samtycke till kontaktuppgifter: datum</translation>
    </message>
    <message>
        <source>Contact consent: where answered</source>
        <translation>Samtycke till kontaktuppgifter: var det gavs</translation>
    </message>
    <message>
        <source>Photo consent: date</source>
        <translation>Samtycke till foton: datum</translation>
    </message>
    <message>
        <source>Photo consent: where answered</source>
        <translation>Samtycke till foton: var det gavs</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Filtyp</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildtext</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>Cover</source>
        <translation>Försättsblad</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
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
        <translation>Omröstningsresultat</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Åtgärdspunkter</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes</source>
        <translation>Facilitatorns anteckningar</translation>
    </message>
    <message>
        <source>Full minutes</source>
        <translation>Fullständiga minnesanteckningar</translation>
    </message>
    <message>
        <source>Short summary for the board</source>
        <translation>Kort sammanfattning för styrelsen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Choose at least one section besides the notes.</source>
        <translation>Välj minst ett avsnitt utöver anteckningarna.</translation>
    </message>
    <message>
        <source>That section is not part of the minutes.</source>
        <translation>Det avsnittet ingår inte i minnesanteckningarna.</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>En förinställning måste ha ett namn.</translation>
    </message>
    <message>
        <source>That name belongs to a built-in preset: choose another one.</source>
        <translation>Det namnet tillhör en inbyggd förinställning: välj ett annat.</translation>
    </message>
    <message>
        <source>That preset no longer exists (it may have been deleted).</source>
        <translation>Den förinställningen finns inte längre (den kan ha tagits bort).</translation>
    </message>
    <message>
        <source>An action item needs a text (what is to be done).</source>
        <translation>En åtgärdspunkt måste ha en text (vad som ska göras).</translation>
    </message>
    <message>
        <source>That action item no longer exists (it may have been deleted).</source>
        <translation>Den åtgärdspunkten finns inte längre (den kan ha tagits bort).</translation>
    </message>
    <message>
        <source>The minutes could not be changed.</source>
        <translation>Minnesanteckningarna kunde inte ändras.</translation>
    </message>
    <message>
        <source>This is a file, not a folder: choose a folder for the CSV files.</source>
        <translation>Det här är en fil, inte en mapp: välj en mapp för CSV-filerna.</translation>
    </message>
    <message>
        <source>This is a folder: choose a file name for the workbook.</source>
        <translation>Det här är en mapp: välj ett filnamn för arbetsboken.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Mappen finns inte.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was written; an earlier export is unchanged.</source>
        <translation>Disken är full. Ingenting skrevs; en tidigare export är oförändrad.</translation>
    </message>
    <message>
        <source>The export cannot be written here: the folder is read-only or the file is open in another program (close it and try again). An earlier export is unchanged.</source>
        <translation>Exporten kan inte skrivas här: mappen är skrivskyddad eller filen är öppen i ett annat program (stäng den och försök igen). En tidigare export är oförändrad.</translation>
    </message>
    <message>
        <source>The export could not be written. An earlier export is unchanged.</source>
        <translation>Exporten kunde inte skrivas. En tidigare export är oförändrad.</translation>
    </message>
</context>
<context>
    <name>MinutesChoices</name>
    <message>
        <source>Minutes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Förinställning:</translation>
    </message>
    <message>
        <source>A saved choice of sections and privacy</source>
        <translation>Ett sparat val av avsnitt och integritet</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Spara som förinställning…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Ta bort förinställning</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Lay out the minutes again now</source>
        <translation>Gör om layouten för minnesanteckningarna nu</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Spara PDF…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Exportera Excel…</translation>
    </message>
    <message>
        <source>The whole workshop as one workbook</source>
        <translation>Hela workshopen som en arbetsbok</translation>
    </message>
    <message>
        <source>Export CSV folder…</source>
        <translation>Exportera CSV-mapp…</translation>
    </message>
    <message>
        <source>The whole workshop as one CSV file per table</source>
        <translation>Hela workshopen som en CSV-fil per tabell</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Leave out names and contacts (privacy)</source>
        <translation>Utelämna namn och kontaktuppgifter (integritet)</translation>
    </message>
    <message>
        <source>Nobody is named: participants are counted by organisation, and organisations stand in for people as owners and leads. Also applies to the exports. Without it, e-mail and phone are shown only for participants who agreed to share their contact details.</source>
        <translation>Ingen namnges: deltagarna räknas per organisation, och organisationerna står som ägare och ansvariga i stället för personer. Gäller även exporterna. Utan detta visas e-post och telefon bara för deltagare som samtyckt till att dela sina kontaktuppgifter.</translation>
    </message>
    <message>
        <source>Hours per organisation</source>
        <translation>Timmar per organisation</translation>
    </message>
    <message>
        <source>The hours attended per organisation, for funding reports</source>
        <translation>Närvarotimmar per organisation, för rapporter till finansiärer</translation>
    </message>
    <message>
        <source>Logo…</source>
        <translation>Logotyp…</translation>
    </message>
    <message>
        <source>An image for the cover (for this session)</source>
        <translation>En bild för försättsbladet (för den här sessionen)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>Use the workshop&apos;s own logo, if it has one</source>
        <translation>Använd workshopens egen logotyp, om den har en</translation>
    </message>
    <message>
        <source>Custom selection</source>
        <translation>Eget urval</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Spara som förinställning</translation>
    </message>
    <message>
        <source>A name for these sections and this privacy choice:</source>
        <translation>Ett namn på de här avsnitten och det här integritetsvalet:</translation>
    </message>
    <message>
        <source>Preset “%1” saved.</source>
        <translation>Förinställningen ”%1” har sparats.</translation>
    </message>
    <message>
        <source>Preset “%1” deleted.</source>
        <translation>Förinställningen ”%1” har tagits bort.</translation>
    </message>
    <message>
        <source>Logo for the cover</source>
        <translation>Logotyp för försättsbladet</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <source>The logo could not be read</source>
        <translation>Det gick inte att läsa logotypen</translation>
    </message>
    <message>
        <source>%1 is not an image this app can read (try PNG or JPEG).</source>
        <translation>%1 är inte en bild som den här appen kan läsa (prova PNG eller JPEG).</translation>
    </message>
    <message>
        <source>Logo: the workshop&apos;s own, if it has one</source>
        <translation>Logotyp: workshopens egen, om den har en</translation>
    </message>
    <message>
        <source>Logo: %1</source>
        <translation>Logotyp: %1</translation>
    </message>
</context>
<context>
    <name>MinutesController</name>
    <message>
        <source>Add action item</source>
        <translation>ny åtgärdspunkt</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>ändring av åtgärdspunkt</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>borttagning av åtgärdspunkt</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>ändring av anteckning</translation>
    </message>
    <message>
        <source>Save preset %1</source>
        <translation>sparande av förinställningen %1</translation>
    </message>
    <message>
        <source>Delete preset %1</source>
        <translation>borttagning av förinställningen %1</translation>
    </message>
</context>
<context>
    <name>MinutesPage</name>
    <message>
        <source>Minutes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Åtgärdspunkter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Minutes saved to %1.</source>
        <translation>Minnesanteckningarna har sparats i %1.</translation>
    </message>
    <message>
        <source>Export Excel workbook</source>
        <translation>Exportera Excel-arbetsbok</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Export CSV files into a folder</source>
        <translation>Exportera CSV-filer till en mapp</translation>
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
        <translation>Exporten avbröts. Ingen fil skrevs.</translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>Exporterar till %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1, naming nobody.</source>
        <translation>
            <numerusform>Exporterade %n rad till %1, utan namn.</numerusform>
            <numerusform>Exporterade %n rader till %1, utan namn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exporterade %n rad till %1.</numerusform>
            <numerusform>Exporterade %n rader till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Exporten misslyckades.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>Exporten misslyckades</translation>
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
        <translation>Stoppa layouten av protokollet för förhandsgranskningen</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Renderar…</translation>
    </message>
    <message>
        <source>Preview cancelled. Press Preview to lay out the minutes again.</source>
        <translation>Förhandsgranskningen avbröts. Tryck på Förhandsgranskning för att göra layouten av protokollet igen.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message>
        <source>in the workshop&apos;s language, as it will be saved</source>
        <translation>på workshopens språk, så som det kommer att sparas</translation>
    </message>
    <message>
        <source>The preview could not be shown.</source>
        <translation>Förhandsgranskningen kunde inte visas.</translation>
    </message>
    <message>
        <source>The minutes could not be laid out: %1</source>
        <translation>Det gick inte att göra layouten för minnesanteckningarna: %1</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Ingen förhandsgranskning</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>Create…</source>
        <translation>Skapa…</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <source>Describe the workshop. You choose where to save it next; after that every change is saved as you make it.</source>
        <translation>Beskriv workshopen. Sedan väljer du var den ska sparas; därefter sparas alla ändringar direkt.</translation>
    </message>
</context>
<context>
    <name>NotVotedTab</name>
    <message>
        <source>Not voted</source>
        <translation>Inte röstat</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Your notes on each section, printed in a box in that section when “Facilitator&apos;s notes” is ticked. Saved as you type; can be undone.</source>
        <translation>Dina anteckningar till varje avsnitt, utskrivna i en ruta i det avsnittet när ”Facilitatorns anteckningar” är ikryssat. Sparas medan du skriver; kan ångras.</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>Avsnitt:</translation>
    </message>
    <message>
        <source>No note for this section yet.</source>
        <translation>Ingen anteckning för det här avsnittet än.</translation>
    </message>
    <message>
        <source>Note for the chosen section</source>
        <translation>Anteckning för det valda avsnittet</translation>
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
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(utan organisation)</translation>
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
        <translation>Bransch</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
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
        <translation>Dubbelklicka på en cell för att redigera. Organisationer skapas när du registrerar eller importerar deltagare; bransch och kommun kan användas för att balansera grupperna.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
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
        <translation>Försök</translation>
    </message>
    <message>
        <source>Queued (last try: %1)</source>
        <translation>I kö (senaste försök: %1)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>I kö</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Skickat %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Misslyckades: %1</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>avvisat</translation>
    </message>
    <message>
        <source>Unknown: may have been sent</source>
        <translation>Okänt: kan ha skickats</translation>
    </message>
    <message>
        <source>The connection ended while this message was being handed over; the server may have it. Use “Resend unknown…” only if the person did not get it.</source>
        <translation>Anslutningen bröts medan meddelandet lämnades över; servern kan ha tagit emot det. Använd ”Skicka okända igen…” bara om personen inte fick det.</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minnesanteckningar:</translation>
    </message>
    <message>
        <source>Messages in the outbox</source>
        <translation>Meddelanden i utkorgen</translation>
    </message>
    <message>
        <source>Nothing queued yet. “Send minutes…” queues the minutes for e-mail.</source>
        <translation>Inget i kö än. ”Skicka minnesanteckningar…” köar minnesanteckningarna för e-post.</translation>
    </message>
    <message>
        <source>Send &amp;minutes…</source>
        <translation>Skicka &amp;minnesanteckningar…</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Skicka &amp;nu</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Försök igen med misslyckade</translation>
    </message>
    <message>
        <source>Resend &amp;unknown…</source>
        <translation>Skicka &amp;okända igen…</translation>
    </message>
    <message>
        <source>SMTP &amp;settings…</source>
        <translation>SMTP-&amp;inställningar…</translation>
    </message>
    <message>
        <source>%1 — queued %2</source>
        <translation>%1 — köad %2</translation>
    </message>
    <message>
        <source>Not configured: set up the SMTP server (SMTP settings…).</source>
        <translation>Inte konfigurerat: ställ in SMTP-servern (SMTP-inställningar…).</translation>
    </message>
    <message numerus="yes">
        <source>All %n sent</source>
        <translation>
            <numerusform>Alla %n skickade</numerusform>
            <numerusform>Alla %n skickade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n skickat</numerusform>
            <numerusform>%n skickade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n misslyckades</numerusform>
            <numerusform>%n misslyckades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown: may have been sent</source>
        <translation>
            <numerusform>%n okänt: kan ha skickats</numerusform>
            <numerusform>%n okända: kan ha skickats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sending… %n left</source>
        <translation>
            <numerusform>skickar… %n kvar</numerusform>
            <numerusform>skickar… %n kvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n i kö</numerusform>
            <numerusform>%n i kö</numerusform>
        </translation>
    </message>
    <message>
        <source>sending is not available here</source>
        <translation>det går inte att skicka härifrån</translation>
    </message>
    <message>
        <source>not configured: set up the SMTP server (SMTP settings…)</source>
        <translation>inte konfigurerat: ställ in SMTP-servern (SMTP-inställningar…)</translation>
    </message>
    <message>
        <source>the password is needed: click “Send now”</source>
        <translation>lösenordet behövs: klicka på ”Skicka nu”</translation>
    </message>
    <message>
        <source>the server could not be reached (%1)</source>
        <translation>servern kunde inte nås (%1)</translation>
    </message>
    <message>
        <source>the connection was lost (%1)</source>
        <translation>anslutningen bröts (%1)</translation>
    </message>
    <message>
        <source>the server asked to try again later</source>
        <translation>servern bad om ett nytt försök senare</translation>
    </message>
    <message numerus="yes">
        <source>next try in %n min</source>
        <translation>
            <numerusform>nästa försök om %n min</numerusform>
            <numerusform>nästa försök om %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %n s</source>
        <translation>
            <numerusform>nästa försök om %n s</numerusform>
            <numerusform>nästa försök om %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>sending automatically is off: click “Send now”</source>
        <translation>automatisk sändning är avstängd: klicka på ”Skicka nu”</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>väntar på att skickas</translation>
    </message>
    <message>
        <source>Resend unknown</source>
        <translation>Skicka okända igen</translation>
    </message>
    <message numerus="yes">
        <source>The connection ended while %n message(s) were being handed over: the server may have taken them, so these may already have been sent. Sending them again can give those people the minutes twice.

Queue them again?</source>
        <translation>
            <numerusform>Anslutningen bröts medan %n meddelande lämnades över: servern kan ha tagit emot det, så det kan redan ha skickats. Om det skickas igen kan mottagaren få minnesanteckningarna två gånger.

Vill du köa det igen?</numerusform>
            <numerusform>Anslutningen bröts medan %n meddelanden lämnades över: servern kan ha tagit emot dem, så de kan redan ha skickats. Om de skickas igen kan de personerna få minnesanteckningarna två gånger.

Vill du köa dem igen?</numerusform>
        </translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP-lösenord</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>Lösenord för %1 på %2:</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring, so it is not asked again on this laptop?</source>
        <translation>Vill du spara lösenordet i systemets nyckelring, så att du inte tillfrågas om det igen på den här datorn?</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>The SMTP settings are not complete: %1</source>
        <translation>SMTP-inställningarna är inte fullständiga: %1</translation>
    </message>
    <message>
        <source>Sending failed: %1</source>
        <translation>Det gick inte att skicka: %1</translation>
    </message>
    <message>
        <source>The server refused the login (%1). Check the user name and password in the SMTP settings; nothing is sent until then.</source>
        <translation>Servern avvisade inloggningen (%1). Kontrollera användarnamnet och lösenordet i SMTP-inställningarna; ingenting skickas förrän dess.</translation>
    </message>
    <message>
        <source>No secure connection to the server (%1). Check the security setting and the port in the SMTP settings; nothing is sent until then.</source>
        <translation>Ingen säker anslutning till servern (%1). Kontrollera säkerhetsinställningen och porten i SMTP-inställningarna; ingenting skickas förrän dess.</translation>
    </message>
    <message>
        <source>The server refused the sender address (%1). Check the sender in the SMTP settings; nothing is sent until then.</source>
        <translation>Servern avvisade avsändaradressen (%1). Kontrollera avsändaren i SMTP-inställningarna; ingenting skickas förrän dess.</translation>
    </message>
</context>
<context>
    <name>OverviewController</name>
    <message>
        <source>Edit workshop details</source>
        <translation>ändring av workshopuppgifter</translation>
    </message>
    <message>
        <source>Add agenda block</source>
        <translation>ny programpunkt</translation>
    </message>
    <message>
        <source>Remove agenda block</source>
        <translation>borttagning av programpunkt</translation>
    </message>
    <message>
        <source>Edit agenda block</source>
        <translation>ändring av programpunkt</translation>
    </message>
    <message>
        <source>Move agenda block</source>
        <translation>flytt av programpunkt</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>New block</source>
        <translation>Ny programpunkt</translation>
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
        <translation>&amp;Lägg till punkt</translation>
    </message>
    <message>
        <source>Add a block after the selected one (Ctrl+Shift+N)</source>
        <translation>Lägg till en programpunkt efter den markerade (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta ne&amp;d</translation>
    </message>
    <message>
        <source>Double-click a cell to edit. Start times follow from the durations; type a start time to pin a block there (lunch at 12:00), clear it to let it float again.</source>
        <translation>Dubbelklicka på en cell för att redigera. Starttiderna följer av längden på punkterna; skriv en starttid för att låsa en punkt där (lunch kl. 12:00), och töm cellen för att låta punkten flyta igen.</translation>
    </message>
</context>
<context>
    <name>OwnUndo</name>
    <message>
        <source>The last change was not made here; undo it there.</source>
        <translation>Den senaste ändringen gjordes inte här; ångra den där den gjordes.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Ångrat: %1</translation>
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
        <translation>%1 och %2: tillsammans</translation>
    </message>
    <message>
        <source>%1 and %2: apart</source>
        <translation>%1 och %2: isär</translation>
    </message>
</context>
<context>
    <name>Participant</name>
    <message>
        <source>A participant needs a name.</source>
        <translation>En deltagare måste ha ett namn.</translation>
    </message>
    <message>
        <source>That e-mail address is not valid.</source>
        <translation>E-postadressen är inte giltig.</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation>En organisation måste ha ett namn.</translation>
    </message>
    <message>
        <source>Another organisation already has that name.</source>
        <translation>En annan organisation har redan det namnet.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Other tags</source>
        <translation>Andra taggar</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Redigera deltagare</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Ny deltagare</translation>
    </message>
    <message>
        <source>recorded now when you press OK</source>
        <translation>registreras nu när du trycker OK</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>En deltagare måste ha ett namn.</translation>
    </message>
    <message>
        <source>That e-mail address is not valid.</source>
        <translation>E-postadressen är inte giltig.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Role or title</source>
        <translation>&amp;Roll eller befattning</translation>
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
        <translation>Etiketter</translation>
    </message>
    <message>
        <source>Other tags, separated by commas</source>
        <translation>Andra etiketter, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>&amp;Dietary needs</source>
        <translation>&amp;Kost</translation>
    </message>
    <message>
        <source>Stays o&amp;vernight</source>
        <translation>&amp;Övernattar</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Receives the &amp;minutes</source>
        <translation>Får &amp;protokollet</translation>
    </message>
    <message>
        <source>The workshop&apos;s own follow-up: on unless the person opts out</source>
        <translation>Workshopens egen uppföljning: på om inte personen avstår</translation>
    </message>
    <message>
        <source>Contact details may be &amp;shared with the other participants</source>
        <translation>Kontaktuppgifterna får &amp;delas med de andra deltagarna</translation>
    </message>
    <message>
        <source>May appear in p&amp;hotos</source>
        <translation>Får synas på &amp;bilder</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
</context>
<context>
    <name>ParticipantList</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportera</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>R&amp;edigera…</translation>
    </message>
    <message>
        <source>Set c&amp;onsent…</source>
        <translation>Registrera s&amp;amtycke…</translation>
    </message>
    <message>
        <source>Record a consent for the selected participants (select several at once)</source>
        <translation>Registrera ett samtycke för de valda deltagarna (välj flera på en gång)</translation>
    </message>
    <message>
        <source>With shared contact details…</source>
        <translation>Med delade kontaktuppgifter…</translation>
    </message>
    <message>
        <source>E-mail and phone only for participants who agreed to share them</source>
        <translation>E-post och telefon bara för deltagare som samtyckt till att dela dem</translation>
    </message>
    <message>
        <source>Only name, organisation and role (no personal details)…</source>
        <translation>Bara namn, organisation och roll (inga personuppgifter)…</translation>
    </message>
    <message>
        <source>For your own use, with every contact detail…</source>
        <translation>För eget bruk, med alla kontaktuppgifter…</translation>
    </message>
    <message>
        <source>Everyone&apos;s e-mail and phone, under headings that say the file is not to be shared</source>
        <translation>Allas e-post och telefon, under rubriker som säger att filen inte får delas</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Import a sign-up list (CSV, text or Excel) from your registration form</source>
        <translation>Importera en anmälningslista (CSV, text eller Excel) från ditt anmälningsformulär</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Skriv &amp;ut</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Namnbrickor</translation>
    </message>
    <message>
        <source>QR code for voting from a phone</source>
        <translation>QR-kod för att rösta från mobilen</translation>
    </message>
    <message>
        <source>Each badge carries its holder&apos;s own code: scanned with a phone on the venue network, it lets named votes know who voted, without any accounts</source>
        <translation>Varje namnbricka får innehavarens egen kod: skannad med mobilen på det lokala nätverket talar den om för namngivna omröstningar vem som röstade, utan några konton</translation>
    </message>
    <message>
        <source>Attendance sheet for signatures…</source>
        <translation>Närvarolista för namnteckningar…</translation>
    </message>
    <message>
        <source>Participant list with shared contact details…</source>
        <translation>Deltagarlista med delade kontaktuppgifter…</translation>
    </message>
    <message>
        <source>Participant list without contact details…</source>
        <translation>Deltagarlista utan kontaktuppgifter…</translation>
    </message>
    <message>
        <source>Search names, organisations, e-mail</source>
        <translation>Sök namn, organisationer, e-post</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Sök bland deltagare</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>No participants yet. Add them one by one, or import the sign-up list (CSV or Excel) from your registration form.</source>
        <translation>Inga deltagare ännu. Lägg till dem en i taget, eller importera anmälningslistan (CSV eller Excel) från ditt anmälningsformulär.</translation>
    </message>
    <message>
        <source>Loading participants…</source>
        <translation>Hämtar deltagare …</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consent recorded for %n participant(s).</source>
        <translation>
            <numerusform>Samtycke registrerat för %n deltagare.</numerusform>
            <numerusform>Samtycke registrerat för %n deltagare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: everyone selected had already answered so.</source>
        <translation>Inget att ändra: alla valda hade redan svarat så.</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Ta bort deltagare</translation>
    </message>
    <message>
        <source>Delete %1 and erase their personal data from this workshop file? You can undo this until you close the workshop.</source>
        <translation>Vill du ta bort %1 och radera personens personuppgifter från den här workshopfilen? Du kan ångra det tills du stänger workshopen.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importera deltagare</translation>
    </message>
    <message>
        <source>Sign-up lists (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Anmälningslistor (*.xlsx *.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Det går inte att importera filen</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated.</source>
        <translation>Importerade %1: %2 nya, %3 uppdaterade.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importen är klar</translation>
    </message>
    <message>
        <source>A backup was taken first: File → Restore from backup… undoes it.</source>
        <translation>En säkerhetskopia togs först: Arkiv → Återställ från säkerhetskopia… ångrar importen.</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Importen misslyckades</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Närvarolista</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>Deltagarlista</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Exportera deltagare</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-arbetsbok (*.xlsx);;CSV för Excel (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n participant(s) to %1.</source>
        <translation>
            <numerusform>Exporterade %n deltagare till %1.</numerusform>
            <numerusform>Exporterade %n deltagare till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Set consent…</source>
        <translation>Registrera samtycke…</translation>
    </message>
    <message>
        <source>Mark as: %1</source>
        <translation>Markera som: %1</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message numerus="yes">
        <source>Set consent for %n participant(s)…</source>
        <translation>
            <numerusform>Registrera samtycke för %n deltagare…</numerusform>
            <numerusform>Registrera samtycke för %n deltagare…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
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
        <translation>Etiketter</translation>
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
        <translation>ändring av %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>borttagning av %1</translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation>incheckning av %1</translation>
    </message>
    <message>
        <source>Change attendance of %1</source>
        <translation>ändring av närvaro för %1</translation>
    </message>
    <message numerus="yes">
        <source>Give consent for %n participant(s)</source>
        <translation>
            <numerusform>Ge samtycke för %n deltagare</numerusform>
            <numerusform>Ge samtycke för %n deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw consent for %n participant(s)</source>
        <translation>
            <numerusform>Återkalla samtycke för %n deltagare</numerusform>
            <numerusform>Återkalla samtycke för %n deltagare</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit organisation %1</source>
        <translation>ändring av organisationen %1</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Incheckning</translation>
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
        <translation>Sparar …</translation>
    </message>
    <message>
        <source>Reading the list… %1 of %2 rows</source>
        <translation>Läser listan … %1 av %2 rader</translation>
    </message>
    <message>
        <source>The import was cancelled. The workshop is as it was before.</source>
        <translation>Importen avbröts. Workshoppen är som förut.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import avbruten</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importerar %1</translation>
    </message>
    <message>
        <source>Taking a backup first…</source>
        <translation>Tar en säkerhetskopia först …</translation>
    </message>
    <message>
        <source>Writing %1 of %2 participants…</source>
        <translation>Skriver %1 av %2 deltagare …</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>Exporten avbröts. Ingen fil skrevs.</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export avbruten</translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>Exporterar till %1</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>“%1” no longer exists.</source>
        <translation>”%1” finns inte längre.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a photo.</source>
        <translation>”%1” är en mapp, inte en bild.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (no permission).</source>
        <translation>”%1” kan inte läsas (behörighet saknas).</translation>
    </message>
    <message>
        <source>“%1” is too large (more than 60 MB or 180 megapixels).</source>
        <translation>Bilden ”%1” är för stor (mer än 60 MB eller 180 megapixlar).</translation>
    </message>
    <message>
        <source>“%1” is a HEIC photo, which Facilitator cannot read. On the phone, choose “Most compatible” (JPEG) for photos, or export it as JPEG first.</source>
        <translation>”%1” är en HEIC-bild, som Facilitator inte kan läsa. Välj ”Mest kompatibelt” (JPEG) för bilder i telefonen, eller exportera bilden som JPEG först.</translation>
    </message>
    <message>
        <source>“%1” is not a photo Facilitator can read (JPEG, PNG, WebP, GIF or TIFF).</source>
        <translation>”%1” är inte en bild som Facilitator kan läsa (JPEG, PNG, WebP, GIF eller TIFF).</translation>
    </message>
    <message>
        <source>Attach photos…</source>
        <translation>Bifoga bilder…</translation>
    </message>
    <message>
        <source>Caption…</source>
        <translation>Bildtext…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Choose a question above to attach photos to it.</source>
        <translation>Välj en fråga ovan för att bifoga bilder till den.</translation>
    </message>
    <message>
        <source>Photos of flipcharts or sticky-note walls go into the minutes.</source>
        <translation>Bilder av blädderblock eller väggar med post-it-lappar kommer med i minnesanteckningarna.</translation>
    </message>
    <message>
        <source>Double-click a photo to see it large.</source>
        <translation>Dubbelklicka på en bild för att se den i stort format.</translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>Bifoga bilder</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.heic)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.heic)</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n photo(s)…</source>
        <translation>
            <numerusform>Förbereder %n bild…</numerusform>
            <numerusform>Förbereder %n bilder…</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached %1</source>
        <translation>Bifogade %1</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildtext</translation>
    </message>
    <message>
        <source>Caption for the minutes:</source>
        <translation>Bildtext till minnesanteckningarna:</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>För många fel PIN-koder. Försök igen om %n sekund.</numerusform>
            <numerusform>För många fel PIN-koder. Försök igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. The window stays open.</source>
        <translation>Fel PIN-kod. Fönstret står kvar.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>Language of the welcome screen</source>
        <translation>Språket på välkomstskärmen</translation>
    </message>
    <message>
        <source>An open workshop is shown in its own language.</source>
        <translation>En öppen workshop visas på sitt eget språk.</translation>
    </message>
    <message>
        <source>Welcome screen</source>
        <translation>Välkomstskärm</translation>
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
        <translation>Minuter mellan automatiska säkerhetskopior</translation>
    </message>
    <message>
        <source>Backups kept per workshop</source>
        <translation>Säkerhetskopior som sparas per workshop</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mapp för säkerhetskopior</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj …</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Välj mappen för säkerhetskopior</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Back up into the app&apos;s own data folder</source>
        <translation>Säkerhetskopiera till appens egen datamapp</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatiska säkerhetskopior</translation>
    </message>
    <message>
        <source>Back up every:</source>
        <translation>Säkerhetskopiera var:</translation>
    </message>
    <message>
        <source>Backups kept per workshop:</source>
        <translation>Sparas per workshop:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mapp:</translation>
    </message>
    <message>
        <source>Port of the venue network</source>
        <translation>Porten för det lokala nätverket</translation>
    </message>
    <message>
        <source>Used the next time the venue network is started (File → Venue network).</source>
        <translation>Används nästa gång det lokala nätverket startas (Arkiv → Lokalt nätverk).</translation>
    </message>
    <message>
        <source>Venue network (phones)</source>
        <translation>Lokalt nätverk (mobiler)</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>SMTP settings…</source>
        <translation>SMTP-inställningar …</translation>
    </message>
    <message>
        <source>Default name badge sheet</source>
        <translation>Standardark för namnbrickor</translation>
    </message>
    <message>
        <source>Mail and printing</source>
        <translation>E-post och utskrift</translation>
    </message>
    <message>
        <source>Sending the minutes:</source>
        <translation>Skicka protokollet:</translation>
    </message>
    <message>
        <source>Name badge sheet:</source>
        <translation>Ark för namnbrickor:</translation>
    </message>
    <message>
        <source>Folder for the automatic backups</source>
        <translation>Mapp för de automatiska säkerhetskopiorna</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>Inte inställt ännu</translation>
    </message>
    <message>
        <source>Backups cannot be written to %1 (%2). Choose another folder; nothing was changed.</source>
        <translation>Säkerhetskopior kan inte skrivas till %1 (%2). Välj en annan mapp; inget ändrades.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Skriver …</translation>
    </message>
    <message>
        <source>Laying out page %1…</source>
        <translation>Gör layout för sida %1 …</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF-filen har sparats</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not saved.</source>
        <translation>Avbrutet: %1 sparades inte.</translation>
    </message>
    <message>
        <source>The PDF could not be made</source>
        <translation>Det gick inte att skapa PDF-filen</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Sparar %1</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Gör layout för sidorna …</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel the work</source>
        <translation>Avbryt arbetet</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppar …</translation>
    </message>
</context>
<context>
    <name>QuadrantChart</name>
    <message>
        <source>Item</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Kvadrant</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n till</numerusform>
            <numerusform>+ %n till</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <source>Whole workshop</source>
        <translation>Hela workshopen</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Ta bort fråga</translation>
    </message>
    <message numerus="yes">
        <source>Delete this question with its %n idea(s), its themes and photos? Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Vill du ta bort den här frågan med dess %n idé, teman och bilder? Redigera → Ångra tar tillbaka dem.</numerusform>
            <numerusform>Vill du ta bort den här frågan med dess %n idéer, teman och bilder? Redigera → Ångra tar tillbaka dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>The questions the groups work on. A question can be for the whole workshop or for one group round; a group&apos;s own question is set on the Groups page.</source>
        <translation>Frågorna som grupperna arbetar med. En fråga kan gälla hela workshopen eller en grupprunda; en grupps egen fråga anger du på sidan Grupper.</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Fråga</translation>
    </message>
    <message>
        <source>e.g. Which drivers will change industry in our region?</source>
        <translation>t.ex. Vilka drivkrafter kommer att förändra industrin i vår region?</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Gäller</translation>
    </message>
    <message>
        <source>&amp;Add as new question</source>
        <translation>&amp;Lägg till som ny fråga</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Spara ändringar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Whole workshop</source>
        <translation>Hela workshopen</translation>
    </message>
</context>
<context>
    <name>RankingTab</name>
    <message>
        <source>Ranking</source>
        <translation>Rangordning</translation>
    </message>
    <message>
        <source>Bar chart of the ranking</source>
        <translation>Stapeldiagram över rangordningen</translation>
    </message>
    <message>
        <source>Items whose disagreement is above this are flagged: the room is split on them. 0 = flag any spread, 1 = flag nothing.</source>
        <translation>Förslag med oenighet över det här värdet flaggas: salen är splittrad om dem. 0 = flagga all spridning, 1 = flagga inget.</translation>
    </message>
    <message>
        <source>Disagreement threshold:</source>
        <translation>Tröskel för oenighet:</translation>
    </message>
    <message>
        <source>No ballots yet.</source>
        <translation>Inga valsedlar än.</translation>
    </message>
</context>
<context>
    <name>RecentCheckInsModel</name>
    <message>
        <source>Time</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
</context>
<context>
    <name>RecentCheckInsView</name>
    <message>
        <source>Undo the check-in of %1</source>
        <translation>Ångra incheckningen av %1</translation>
    </message>
</context>
<context>
    <name>RecentFilesModel</name>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (hittades inte)</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Facilitator keeps automatic backups of this workshop. Choose one to replace the workshop&apos;s current contents. The current state is backed up first, so you can return to it.</source>
        <translation>Facilitator tar automatiska säkerhetskopior av den här workshopen. Välj en för att ersätta workshopens nuvarande innehåll. Det nuvarande läget säkerhetskopieras först, så att du kan gå tillbaka till det.</translation>
    </message>
    <message>
        <source>There are no backups of this workshop yet. The first is taken a few minutes after opening it, and whenever it is closed.</source>
        <translation>Det finns inga säkerhetskopior av den här workshopen än. Den första tas några minuter efter att den har öppnats, och sedan varje gång den stängs.</translation>
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
        <translation>Prickar</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Mean points</source>
        <translation>Medelpoäng</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Godkännanden</translation>
    </message>
    <message>
        <source>Dots given (negative dots subtract).</source>
        <translation>Givna prickar (negativa prickar dras av).</translation>
    </message>
    <message>
        <source>Points given.</source>
        <translation>Givna poäng.</translation>
    </message>
    <message>
        <source>Mean Borda points over everyone who ranked: first place gets k points, second k − 1, and so on; not ranked gets 0.</source>
        <translation>Genomsnittliga Borda-poäng bland alla som rangordnade: förstaplatsen ger k poäng, andraplatsen k − 1 och så vidare; ej rangordnad ger 0.</translation>
    </message>
    <message>
        <source>Mean rating on each criterion as a share of its scale, weighted by the criteria&apos;s weights (100% = everyone gave the top score).</source>
        <translation>Medelbetyg på varje kriterium som andel av skalan, viktat efter kriteriernas vikter (100&#xa0;% = alla gav högsta betyg).</translation>
    </message>
    <message>
        <source>Voters who support the item, and their share.</source>
        <translation>Väljare som stöder förslaget, och deras andel.</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s)</source>
        <translation>
            <numerusform>%n väljare</numerusform>
            <numerusform>%n väljare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n valsedel</numerusform>
            <numerusform>%n valsedlar</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known: a paper tally or group sheet for several people gives its dots or points in all, not how many people gave them to this item.</source>
        <translation>Okänt: en pappersräkning eller gruppsedel för flera personer ger prickarna eller poängen sammanlagt, inte hur många som gav dem till det här förslaget.</translation>
    </message>
    <message>
        <source>Shares rank %1 with %2: the same score, %3.</source>
        <translation>Delar plats %1 med %2: samma resultat, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) gave this item something.</source>
        <translation>
            <numerusform>%n väljare gav det här förslaget något.</numerusform>
            <numerusform>%n väljare gav det här förslaget något.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First place for %n voter(s).</source>
        <translation>
            <numerusform>Förstaplats hos %n väljare.</numerusform>
            <numerusform>Förstaplats hos %n väljare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Voters per rank (rank: voters): %1</source>
        <translation>Väljare per plats (plats: väljare): %1</translation>
    </message>
    <message>
        <source>No measure: it needs at least two individual ballots (tallies and group sheets are totals and do not count).</source>
        <translation>Inte mätt: det krävs minst två enskilda valsedlar (sammanräkningar och gruppers fördelningar är summor och räknas inte).</translation>
    </message>
    <message>
        <source>Disagreement %1: 0 = everyone agrees, 1 = an even split between the extremes.</source>
        <translation>Oenighet %1: 0 = alla är eniga, 1 = jämnt delat mellan ytterligheterna.</translation>
    </message>
    <message numerus="yes">
        <source>From %n individual ballot(s).</source>
        <translation>
            <numerusform>Från %n enskild valsedel.</numerusform>
            <numerusform>Från %n enskilda valsedlar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Above the threshold %1: the room disagrees, worth a discussion.</source>
        <translation>Över tröskeln %1: salen är oenig, värt en diskussion.</translation>
    </message>
    <message>
        <source>The room disagrees on this item</source>
        <translation>Salen är oenig om det här förslaget</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängd</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <source>Open, results live</source>
        <translation>Öppen, resultat löpande</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>%1 · %2 from %3</source>
        <translation>%1 · %2 från %3</translation>
    </message>
    <message>
        <source>Results are hidden until the vote closes.</source>
        <translation>Resultaten är dolda tills omröstningen stängs.</translation>
    </message>
    <message>
        <source>Results are hidden: the vote has not been opened yet.</source>
        <translation>Resultaten är dolda: omröstningen har inte öppnats än.</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) cast so far.</source>
        <translation>
            <numerusform>%n valsedel inlämnad hittills.</numerusform>
            <numerusform>%n valsedlar inlämnade hittills.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) flagged: the room disagrees on them.</source>
        <translation>
            <numerusform>%n förslag flaggat: salen är oenig om det.</numerusform>
            <numerusform>%n förslag flaggade: salen är oenig om dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>No item is above the threshold.</source>
        <translation>Inget förslag ligger över tröskeln.</translation>
    </message>
    <message>
        <source>No breakdown by group: no group ballots, and no named ballots from people placed in groups.</source>
        <translation>Ingen uppdelning per grupp: inga valsedlar från grupper och inga valsedlar med namn från personer som är placerade i grupper.</translation>
    </message>
    <message>
        <source>Scores among the ballots of each group of “%1”.</source>
        <translation>Resultat bland valsedlarna från varje grupp i ”%1”.</translation>
    </message>
    <message>
        <source>Scores among the ballots of each group.</source>
        <translation>Resultat bland valsedlarna från varje grupp.</translation>
    </message>
    <message>
        <source>Scores among the ballots of each organisation&apos;s people.</source>
        <translation>Resultat bland valsedlarna från varje organisations deltagare.</translation>
    </message>
    <message>
        <source>The vote is anonymous: there is no breakdown by organisation.</source>
        <translation>Omröstningen är anonym: det finns ingen uppdelning per organisation.</translation>
    </message>
    <message>
        <source>No named ballots yet.</source>
        <translation>Inga valsedlar med namn än.</translation>
    </message>
    <message>
        <source>The 2×2 chart needs a vote with criteria.</source>
        <translation>2×2-diagrammet kräver en omröstning med kriterier.</translation>
    </message>
    <message>
        <source>Pick two different criteria.</source>
        <translation>Välj två olika kriterier.</translation>
    </message>
    <message>
        <source>Each item at its mean rating on both criteria.</source>
        <translation>Varje förslag placerat efter sitt medelbetyg på båda kriterierna.</translation>
    </message>
    <message numerus="yes">
        <source>%n checked-in participant(s) have not voted yet.</source>
        <translation>
            <numerusform>%n incheckad deltagare har inte röstat än.</numerusform>
            <numerusform>%n incheckade deltagare har inte röstat än.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone checked in has voted.</source>
        <translation>Alla som har checkat in har röstat.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Rank</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Väljare</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Oenighet</translation>
    </message>
    <message>
        <source>How far individual ballots spread: 0 = everyone agrees, 1 = an even split between the extremes.</source>
        <translation>Hur mycket de enskilda valsedlarna spretar: 0 = alla är eniga, 1 = jämnt delat mellan ytterligheterna.</translation>
    </message>
    <message>
        <source>Mean rating on the scale %1 to %2</source>
        <translation>Medelbetyg på skalan %1 till %2</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Vote:</source>
        <translation>Omröstning:</translation>
    </message>
    <message>
        <source>Show on projector</source>
        <translation>Visa på projektor</translation>
    </message>
    <message>
        <source>Show this vote&apos;s results on the second screen (hidden while it is open).</source>
        <translation>Visa omröstningens resultat på den andra skärmen (dolt medan den är öppen).</translation>
    </message>
    <message>
        <source>No votes yet. Prepare one on the Voting stage; its results appear here.</source>
        <translation>Inga omröstningar än. Förbered en på sidan Omröstning; resultaten visas här.</translation>
    </message>
    <message>
        <source>Reveal to me</source>
        <translation>Visa bara för mig</translation>
    </message>
    <message>
        <source>Show the results on this screen only. Turn it away from the room: seeing the scores while voting sways the vote.</source>
        <translation>Visa resultaten bara på den här skärmen. Vänd den bort från salen: att se resultaten medan man röstar påverkar omröstningen.</translation>
    </message>
    <message>
        <source>Revealed on this screen only: the vote is still open and the projector keeps the results hidden.</source>
        <translation>Visas bara på den här skärmen: omröstningen är fortfarande öppen och projektorn håller resultaten dolda.</translation>
    </message>
    <message>
        <source>Results by group</source>
        <translation>Resultat per grupp</translation>
    </message>
    <message>
        <source>Results by organisation</source>
        <translation>Resultat per organisation</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangordning</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>Per grupp</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>Per organisation</translation>
    </message>
    <message>
        <source>2×2</source>
        <translation>2×2</translation>
    </message>
    <message>
        <source>Not voted</source>
        <translation>Inte röstat</translation>
    </message>
</context>
<context>
    <name>ResultsProjector</name>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>This vote no longer exists.</source>
        <translation>Den här omröstningen finns inte längre.</translation>
    </message>
    <message>
        <source>Results – %1</source>
        <translation>Resultat – %1</translation>
    </message>
    <message>
        <source>Voting is open — results when it closes</source>
        <translation>Omröstningen är öppen — resultaten visas när den stängs</translation>
    </message>
    <message>
        <source>Voting has not started yet</source>
        <translation>Omröstningen har inte börjat än</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) cast</source>
        <translation>
            <numerusform>%n valsedel inlämnad</numerusform>
            <numerusform>%n valsedlar inlämnade</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 från %2</translation>
    </message>
    <message>
        <source>%1 · voting is still open</source>
        <translation>%1 · omröstningen är fortfarande öppen</translation>
    </message>
    <message>
        <source>No ballots yet.</source>
        <translation>Inga valsedlar än.</translation>
    </message>
</context>
<context>
    <name>RoundBoard</name>
    <message>
        <source>No group rounds yet. Create one (for example “Group work 1: drivers of change”), then let Facilitator assign people so that everyone meets people from other companies.</source>
        <translation>Inga grupprundor än. Skapa en (till exempel ”Grupparbete 1: drivkrafter för förändring”) och låt sedan Facilitator fördela deltagarna så att alla träffar folk från andra företag.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… och %n till.</numerusform>
            <numerusform>… och %n till.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question for %1</source>
        <translation>Fråga för %1</translation>
    </message>
    <message>
        <source>The question this group works on (leave empty for none):</source>
        <translation>Frågan som gruppen arbetar med (lämna tomt för ingen):</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>Lock in this group</source>
        <translation>Lås i den här gruppen</translation>
    </message>
    <message>
        <source>Not the group leader</source>
        <translation>Ta bort som gruppledare</translation>
    </message>
    <message>
        <source>Make group leader</source>
        <translation>Gör till gruppledare</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Flytta till</translation>
    </message>
    <message>
        <source>Set the group&apos;s question…</source>
        <translation>Ange gruppens fråga…</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>First person of the pair</source>
        <translation>Första personen i paret</translation>
    </message>
    <message>
        <source>Second person of the pair</source>
        <translation>Andra personen i paret</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Ingenting</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Etikett: %1</translation>
    </message>
    <message>
        <source>Edit group round</source>
        <translation>Redigera grupprunda</translation>
    </message>
    <message>
        <source>New group round</source>
        <translation>Ny grupprunda</translation>
    </message>
    <message>
        <source>%1 people in %2 groups: %3 per group.</source>
        <translation>%1 deltagare i %2 grupper: %3 per grupp.</translation>
    </message>
    <message>
        <source>%1 people in %2 groups.</source>
        <translation>%1 deltagare i %2 grupper.</translation>
    </message>
    <message>
        <source>Nobody here is tagged “group leader”, so no group gets a leader. Tag the group leaders on the Participants page, or untick this rule.</source>
        <translation>Ingen här är märkt ”gruppledare”, så ingen grupp får en ledare. Märk gruppledarna på sidan Deltagare, eller ta bort den här regeln.</translation>
    </message>
    <message>
        <source>Give the round a title.</source>
        <translation>Ge rundan en titel.</translation>
    </message>
    <message>
        <source>A pair cannot be kept both apart and together.</source>
        <translation>Ett par kan inte både hållas isär och tillsammans.</translation>
    </message>
    <message>
        <source>Group round</source>
        <translation>Grupprunda</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>e.g. Group work 1: drivers of change</source>
        <translation>t.ex. Grupparbete 1: drivkrafter för förändring</translation>
    </message>
    <message>
        <source>Number of &amp;groups</source>
        <translation>&amp;Antal grupper</translation>
    </message>
    <message>
        <source>People per gro&amp;up</source>
        <translation>Deltagare &amp;per grupp</translation>
    </message>
    <message>
        <source>Group &amp;names</source>
        <translation>Grupp&amp;namn</translation>
    </message>
    <message>
        <source>One name per line (mountains, rooms, colours); empty lines become numbers</source>
        <translation>Ett namn per rad (berg, rum, färger); tomma rader blir nummer</translation>
    </message>
    <message>
        <source>Rules for assigning automatically</source>
        <translation>Regler för automatisk fördelning</translation>
    </message>
    <message>
        <source>&amp;Spread organisations: no two people from one organisation in a group</source>
        <translation>&amp;Sprid organisationerna: aldrig två från samma organisation i en grupp</translation>
    </message>
    <message>
        <source>One group &amp;leader per group (people tagged “group leader”)</source>
        <translation>En grupp&amp;ledare per grupp (deltagare med etiketten ”gruppledare”)</translation>
    </message>
    <message>
        <source>Keep toge&amp;ther</source>
        <translation>Håll i&amp;hop</translation>
    </message>
    <message>
        <source>&amp;Rotate: meet as many new people as possible compared with earlier rounds</source>
        <translation>&amp;Rotera: träffa så många nya människor som möjligt jämfört med tidigare rundor</translation>
    </message>
    <message>
        <source>Only people who have &amp;checked in (otherwise everyone registered)</source>
        <translation>Bara deltagare som har &amp;checkat in (annars alla anmälda)</translation>
    </message>
    <message>
        <source>&amp;Balance groups by</source>
        <translation>&amp;Balansera grupperna efter</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Keep &amp;apart</source>
        <translation>Håll &amp;isär</translation>
    </message>
    <message>
        <source>Remove the selected pair</source>
        <translation>Ta bort det valda paret</translation>
    </message>
</context>
<context>
    <name>RoundSolver</name>
    <message>
        <source>Assign groups</source>
        <translation>gruppfördelning</translation>
    </message>
    <message>
        <source>Groups assigned: %1 repeated pairings (at least %2 unavoidable).</source>
        <translation>Grupperna är fördelade: %1 par möts igen (minst %2 går inte att undvika).</translation>
    </message>
    <message>
        <source>Assign automatically</source>
        <translation>Fördela automatiskt</translation>
    </message>
    <message>
        <source>Replace the current groups? Locked people stay where they are. You can undo this.</source>
        <translation>Vill du ersätta de nuvarande grupperna? Låsta deltagare stannar där de är. Du kan ångra det.</translation>
    </message>
    <message>
        <source>Finding groups where people meet new people…</source>
        <translation>Letar efter grupper där deltagarna träffar nya människor…</translation>
    </message>
    <message>
        <source>Stop and keep the best so far</source>
        <translation>Stoppa och behåll det bästa hittills</translation>
    </message>
    <message>
        <source>Re-balance</source>
        <translation>Balansera om</translation>
    </message>
    <message>
        <source>Re-balance groups</source>
        <translation>ombalansering av grupperna</translation>
    </message>
    <message numerus="yes">
        <source>Re-balanced: %n person(s) moved or removed.</source>
        <translation>
            <numerusform>Ombalanserat: %n deltagare flyttad eller borttagen.</numerusform>
            <numerusform>Ombalanserat: %n deltagare flyttade eller borttagna.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundSummary</name>
    <message>
        <source>%1 placed in %2 groups.</source>
        <translation>%1 placerade i %2 grupper.</translation>
    </message>
    <message numerus="yes">
        <source>%n eligible person(s) not in a group yet.</source>
        <translation>
            <numerusform>%n deltagare som ska fördelas är inte i någon grupp än.</numerusform>
            <numerusform>%n deltagare som ska fördelas är inte i någon grupp än.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placed person(s) not checked in.</source>
        <translation>
            <numerusform>%n placerad deltagare är inte incheckad.</numerusform>
            <numerusform>%n placerade deltagare är inte incheckade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeated pairings: %1 (at least %2 unavoidable).</source>
        <translation>Par som möts igen: %1 (minst %2 går inte att undvika).</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <source>%1
%2 groups, %3 placed</source>
        <translation>%1
%2 grupper, %3 placerade</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>no e-mail address</source>
        <translation>ingen e-postadress</translation>
    </message>
    <message>
        <source>the e-mail address is not valid</source>
        <translation>e-postadressen är inte giltig</translation>
    </message>
    <message>
        <source>same e-mail address as someone above</source>
        <translation>samma e-postadress som någon ovanför</translation>
    </message>
    <message>
        <source>Send minutes</source>
        <translation>Skicka minnesanteckningar</translation>
    </message>
    <message>
        <source>Each recipient gets a message of their own with the minutes attached, so no one sees another&apos;s address. The messages are kept in the workshop file and sent when the laptop is online.</source>
        <translation>Varje mottagare får ett eget meddelande med minnesanteckningarna bifogade, så att ingen ser någon annans adress. Meddelandena sparas i workshopfilen och skickas när datorn är ansluten till internet.</translation>
    </message>
    <message>
        <source>does not want to receive the minutes</source>
        <translation>vill inte få protokollet</translation>
    </message>
    <message>
        <source>Checked-in participants who receive the minutes</source>
        <translation>Incheckade deltagare som får protokollet</translation>
    </message>
    <message>
        <source>Everyone registered who receives the minutes (also those who did not come)</source>
        <translation>Alla anmälda som får protokollet (även de som inte kom)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Ämne:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Bilaga:</translation>
    </message>
    <message>
        <source>&amp;Queue for sending</source>
        <translation>&amp;Lägg i kö för att skicka</translation>
    </message>
    <message>
        <source>Copy the PDF to a &amp;folder…</source>
        <translation>Kopiera PDF-filen till en &amp;mapp…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recipients&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mottagare&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Hoppades över: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) chosen</source>
        <translation>
            <numerusform>%n mottagare vald</numerusform>
            <numerusform>%n mottagare valda</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation>Välj minst en mottagare.</translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation>Ämnet är tomt.</translation>
    </message>
    <message>
        <source>Making the minutes and queuing them…</source>
        <translation>Skapar minnesanteckningarna och köar dem…</translation>
    </message>
    <message>
        <source>Not queued again.</source>
        <translation>Köades inte igen.</translation>
    </message>
    <message>
        <source>Already queued</source>
        <translation>Redan köad</translation>
    </message>
    <message>
        <source>These minutes (%1) were already queued on %2 for %3 recipient(s). Queue them again? Those recipients would get them twice.</source>
        <translation>Minnesanteckningarna (%1) köades redan %2 för %3 mottagare. Vill du köa dem igen? De mottagarna skulle då få dem två gånger.</translation>
    </message>
    <message>
        <source>Could not queue the minutes: %1</source>
        <translation>Det gick inte att köa minnesanteckningarna: %1</translation>
    </message>
    <message>
        <source>Copy the minutes to a folder</source>
        <translation>Kopiera minnesanteckningarna till en mapp</translation>
    </message>
    <message>
        <source>Making the minutes and copying them…</source>
        <translation>Skapar minnesanteckningarna och kopierar dem…</translation>
    </message>
    <message>
        <source>Copied to %1</source>
        <translation>Kopierat till %1</translation>
    </message>
    <message>
        <source>Could not copy the minutes: %1</source>
        <translation>Det gick inte att kopiera minnesanteckningarna: %1</translation>
    </message>
</context>
<context>
    <name>SmtpDialog</name>
    <message>
        <source>SMTP settings</source>
        <translation>SMTP-inställningar</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>t.ex. smtp.example.org</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (oftast port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (oftast port 465)</translation>
    </message>
    <message>
        <source>None (unencrypted, port 25)</source>
        <translation>Ingen (okrypterad, port 25)</translation>
    </message>
    <message>
        <source>Usual port</source>
        <translation>Vanlig port</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>tomt: ingen inloggning</translation>
    </message>
    <message>
        <source>empty: the stored one, or ask</source>
        <translation>tomt: det sparade, eller fråga</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Spara lösenordet i systemets nyckelring</translation>
    </message>
    <message>
        <source>empty: the user name</source>
        <translation>tomt: användarnamnet</translation>
    </message>
    <message>
        <source>Send automatically whenever the server can be reached</source>
        <translation>Skicka automatiskt när servern kan nås</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;äkerhet:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Lösen&amp;ord:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>A&amp;vsändaradress:</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>Avsändar&amp;namn:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>Enter the server first.</source>
        <translation>Ange servern först.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Ansluter till %1…</translation>
    </message>
    <message>
        <source>Enter the password to test the login.</source>
        <translation>Ange lösenordet för att testa inloggningen.</translation>
    </message>
    <message>
        <source>The server answered and took the login.</source>
        <translation>Servern svarade och godtog inloggningen.</translation>
    </message>
    <message>
        <source>The server answered.</source>
        <translation>Servern svarade.</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>Servern avvisade inloggningen: %1</translation>
    </message>
    <message>
        <source>No secure connection: %1</source>
        <translation>Ingen säker anslutning: %1</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Servern kunde inte nås: %1</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Det går inte att spara: %1</translation>
    </message>
    <message>
        <source>Storing the password in the system keyring…</source>
        <translation>Sparar lösenordet i systemets nyckelring…</translation>
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
        <translation>Hitta ditt namn och tryck på det, tryck sedan på Starta.</translation>
    </message>
    <message>
        <source>Your vote is anonymous. Press Start when you are ready.</source>
        <translation>Din röst är anonym. Tryck på Starta när du är redo.</translation>
    </message>
    <message>
        <source>Type your name…</source>
        <translation>Skriv ditt namn…</translation>
    </message>
    <message>
        <source>Everyone checked in has voted. Ask the facilitator if your name is missing.</source>
        <translation>Alla som har checkat in har röstat. Fråga facilitatorn om ditt namn saknas.</translation>
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
        <translation>Gruppledare</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Talare</translation>
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
        <translation>Arrangör</translation>
    </message>
</context>
<context>
    <name>TallyGrid</name>
    <message>
        <source>Tally</source>
        <translation>Sammanräkning</translation>
    </message>
    <message>
        <source>The sheet stands for</source>
        <translation>Arket gäller för</translation>
    </message>
    <message>
        <source> voters</source>
        <translation> väljare</translation>
    </message>
    <message>
        <source>How many people put their dots on this paper sheet: budgets and caps scale</source>
        <translation>Hur många som satte sina prickar på det här arket: antalet som kan fördelas och gränserna skalas efter det</translation>
    </message>
    <message>
        <source>Type the count of each item and press Enter for the next one. Up goes back, Backspace or 0 clears. Every count is saved at once and can be undone.</source>
        <translation>Skriv antalet för varje förslag och tryck på Enter för att gå till nästa. Uppåtpil går tillbaka, Backspace eller 0 tömmer. Varje antal sparas direkt och kan ångras.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Godkännanden</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prickar</translation>
    </message>
    <message>
        <source>Choose a vote on the left.</source>
        <translation>Välj en omröstning till vänster.</translation>
    </message>
    <message>
        <source>A paper tally counts dots, points or approvals. A ranking or a rating cannot be added up on one sheet: type each paper ballot, or each group&apos;s sheet, on the Ballots tab.</source>
        <translation>En sammanräkning på papper räknar prickar, poäng eller godkännanden. En rangordning eller betygsättning kan inte summeras på ett ark: skriv in varje valsedel på papper, eller varje grupps ark, på fliken Valsedlar.</translation>
    </message>
    <message>
        <source>Open the vote to type in a tally.</source>
        <translation>Öppna omröstningen för att skriva in en sammanräkning.</translation>
    </message>
    <message>
        <source>This vote is closed. A count typed here changes its results, which may already have been shown.</source>
        <translation>Den här omröstningen är stängd. En siffra som skrivs här ändrar resultatet, som kanske redan har visats.</translation>
    </message>
    <message>
        <source>%1 for “%2” was not saved:</source>
        <translation>%1 för ”%2” sparades inte:</translation>
    </message>
    <message>
        <source>Tally saved</source>
        <translation>Sammanräkningen har sparats</translation>
    </message>
    <message>
        <source>The counts do not fit %1 voters:</source>
        <translation>Antalen stämmer inte med %1 väljare:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dot(s) used</source>
        <translation>
            <numerusform>%1 av %n prick använd</numerusform>
            <numerusform>%1 av %n prickar använda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n point(s) used</source>
        <translation>
            <numerusform>%1 av %n poäng använd</numerusform>
            <numerusform>%1 av %n poäng använda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s)</source>
        <translation>
            <numerusform>%n godkännande</numerusform>
            <numerusform>%n godkännanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %n voter(s).</source>
        <translation>
            <numerusform>Från %n väljare.</numerusform>
            <numerusform>Från %n väljare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) × %1</source>
        <translation>
            <numerusform>%n väljare × %1</numerusform>
            <numerusform>%n väljare × %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n kvar</numerusform>
            <numerusform>%n kvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n per item (one per voter).</source>
        <translation>
            <numerusform>Högst %n per förslag (en per väljare).</numerusform>
            <numerusform>Högst %n per förslag (en per väljare).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n per item</source>
        <translation>
            <numerusform>Högst %n per förslag</numerusform>
            <numerusform>Högst %n per förslag</numerusform>
        </translation>
    </message>
    <message>
        <source>No cap per item.</source>
        <translation>Ingen gräns per förslag.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n negative dot(s) used.</source>
        <translation>
            <numerusform>%1 av %n negativ prick använd.</numerusform>
            <numerusform>%1 av %n negativa prickar använda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more voter(s) on other ballots.</source>
        <translation>
            <numerusform>Ytterligare %n väljare på andra valsedlar.</numerusform>
            <numerusform>Ytterligare %n väljare på andra valsedlar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>Item</source>
        <translation>Förslag</translation>
    </message>
</context>
<context>
    <name>ThemesPanel</name>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nytt tema</translation>
    </message>
    <message>
        <source>Change the theme&apos;s colour</source>
        <translation>Ändra temats färg</translation>
    </message>
    <message>
        <source>Delete the theme (its ideas stay)</source>
        <translation>Ta bort temat (idéerna finns kvar)</translation>
    </message>
    <message>
        <source>Drag ideas onto a theme to sort them.</source>
        <translation>Dra idéer till ett tema för att sortera dem.</translation>
    </message>
    <message>
        <source>Themes belong to one question. Which question is this theme for?</source>
        <translation>Teman hör till en fråga. Vilken fråga är det här temat för?</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>Temafärg</translation>
    </message>
    <message>
        <source>Deleted theme %1; its ideas are not sorted now</source>
        <translation>Tog bort temat %1; idéerna är nu osorterade</translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation>Nytt tema…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Färg…</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Ta bort tema</translation>
    </message>
    <message>
        <source>Show all themes</source>
        <translation>Visa alla teman</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Time left on the countdown</source>
        <translation>Tid kvar av nedräkningen</translation>
    </message>
    <message>
        <source>Take the time from a block of today&apos;s agenda</source>
        <translation>Hämta tiden från en punkt i dagens program</translation>
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
        <translation>Antal minuter att räkna ned</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <source>Start the countdown (again from the top)</source>
        <translation>Starta nedräkningen (om från början)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Nollställ</translation>
    </message>
    <message>
        <source>Stop the countdown and clear it</source>
        <translation>Stoppa nedräkningen och nollställ den</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <source>One more minute</source>
        <translation>En minut till</translation>
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
        <translation>Inte startad</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tiden är ute</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsätt</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <comment>Edit menu; %1 names the step</comment>
        <translation>&amp;Ångra: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <comment>Edit menu; %1 names the step</comment>
        <translation>&amp;Gör om: %1</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <source>Something went wrong inside Facilitator (%1). Your work is saved up to the last change shown as saved.

The details are in the log: %2</source>
        <translation>Något gick fel i Facilitator (%1). Ditt arbete är sparat till och med den senaste ändringen som visades som sparad.

Detaljerna finns i loggen: %2</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Oväntat fel</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiera detaljer</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <source>Venue network</source>
        <translation>Lokalt nätverk</translation>
    </message>
    <message>
        <source>Phones at the venue</source>
        <translation>Mobiler i lokalen</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adress:</translation>
    </message>
    <message>
        <source>The laptop&apos;s address on the network the phones are on (you can type one)</source>
        <translation>Datorns adress på nätverket som mobilerna är på (du kan skriva in en)</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Join link for everyone in the room</source>
        <translation>Länk för alla i rummet</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy the join link</source>
        <translation>Kopiera länken</translation>
    </message>
    <message>
        <source>Join code:</source>
        <translation>Kod:</translation>
    </message>
    <message>
        <source>Regenerate join link…</source>
        <translation>Skapa ny länk…</translation>
    </message>
    <message>
        <source>A new link and code; the old ones stop working at once</source>
        <translation>Ny länk och kod; de gamla slutar fungera direkt</translation>
    </message>
    <message>
        <source>Show join screen on the projector</source>
        <translation>Visa anslutningsskärmen på projektorn</translation>
    </message>
    <message>
        <source>The venue&apos;s Wi-Fi (optional, a second QR code)</source>
        <translation>Lokalens wifi (valfritt, en QR-kod till)</translation>
    </message>
    <message>
        <source>Network name:</source>
        <translation>Nätverksnamn:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Lösenord:</translation>
    </message>
    <message>
        <source>The password is shown on the join screen only; it is never saved.</source>
        <translation>Lösenordet visas bara på anslutningsskärmen; det sparas aldrig.</translation>
    </message>
    <message>
        <source>If phones cannot connect</source>
        <translation>Om mobilerna inte kan ansluta</translation>
    </message>
    <message>
        <source>• Phones must be on the same network as this laptop.
• Many venue Wi-Fi networks keep devices apart (client isolation), so phones cannot reach the laptop: bring a travel router, or turn on this laptop&apos;s hotspot and let the phones join it.
• Android may ask whether to stay connected to a network without internet: answer yes.
• The first time, the firewall may ask whether to allow Facilitator: allow it on private networks.</source>
        <translation>• Mobilerna måste vara på samma nätverk som den här datorn.
• Många wifi-nätverk på hotell och konferensanläggningar håller enheterna isär (klientisolering), så mobilerna når inte datorn: ta med en reserouter, eller slå på datorns surfzon och låt mobilerna ansluta till den.
• Android kan fråga om den ska förbli ansluten till ett nätverk utan internet: svara ja.
• Första gången kan brandväggen fråga om Facilitator ska släppas fram: tillåt det på privata nätverk.</translation>
    </message>
    <message>
        <source>Scan to join</source>
        <translation>Skanna för att ansluta</translation>
    </message>
    <message>
        <source>%1 (this laptop only)</source>
        <translation>%1 (bara den här datorn)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>On: phones can join at %1</source>
        <translation>På: mobiler kan ansluta på %1</translation>
    </message>
    <message>
        <source>The venue network is off</source>
        <translation>Det lokala nätverket är av</translation>
    </message>
    <message>
        <source>Regenerate the join link</source>
        <translation>Skapa ny länk</translation>
    </message>
    <message>
        <source>Everyone holding the old link or code is locked out and must scan the new one. Make a new join link?</source>
        <translation>Alla som har den gamla länken eller koden stängs ute och måste skanna den nya. Skapa en ny länk?</translation>
    </message>
</context>
<context>
    <name>VenueIndicator</name>
    <message>
        <source>Venue network</source>
        <translation>Lokalt nätverk</translation>
    </message>
    <message>
        <source>Venue network on · %1</source>
        <translation>Lokalt nätverk på · %1</translation>
    </message>
    <message>
        <source>Phones can join the workshop; click for the join link</source>
        <translation>Mobiler kan ansluta till workshoppen; klicka för länken</translation>
    </message>
</context>
<context>
    <name>VenueTexts</name>
    <message>
        <source>Port %1 is in use — pick another port</source>
        <translation>Port %1 används – välj en annan port</translation>
    </message>
    <message>
        <source>This laptop has no address %1 (any more) — pick another address</source>
        <translation>Den här datorn har inte (längre) adressen %1 – välj en annan adress</translation>
    </message>
    <message>
        <source>The system does not allow port %1 — pick a port above 1024</source>
        <translation>Systemet tillåter inte port %1 – välj en port över 1024</translation>
    </message>
    <message>
        <source>The venue network could not start: %1</source>
        <translation>Det lokala nätverket kunde inte starta: %1</translation>
    </message>
</context>
<context>
    <name>Violation</name>
    <message>
        <source>%1: more than one from %3 (%2)</source>
        <translation>%1: fler än en från %3 (%2)</translation>
    </message>
    <message>
        <source>%1: more than one group leader (%2)</source>
        <translation>%1: mer än en gruppledare (%2)</translation>
    </message>
    <message>
        <source>%1: no group leader</source>
        <translation>%1: ingen gruppledare</translation>
    </message>
    <message>
        <source>%1: %2 should be kept apart</source>
        <translation>%1: %2 ska hållas isär</translation>
    </message>
    <message>
        <source>%2 should be in the same group</source>
        <translation>%2 ska vara i samma grupp</translation>
    </message>
    <message>
        <source>Group sizes differ by more than one</source>
        <translation>Gruppstorlekarna skiljer sig med mer än en</translation>
    </message>
    <message>
        <source>%1: a locked placement was not kept (%2)</source>
        <translation>%1: en låst placering behölls inte (%2)</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <source>The ideas of a question</source>
        <translation>Idéerna till en fråga</translation>
    </message>
    <message>
        <source>The themes of a question</source>
        <translation>Temana till en fråga</translation>
    </message>
    <message>
        <source>A shortlist</source>
        <translation>En kortlista</translation>
    </message>
    <message>
        <source>New vote</source>
        <translation>Ny omröstning</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Genomförbarhet</translation>
    </message>
    <message>
        <source>Edit vote</source>
        <translation>Redigera omröstning</translation>
    </message>
    <message>
        <source>The method of a vote cannot change; make a new vote for another.</source>
        <translation>Metoden för en omröstning kan inte ändras; skapa en ny omröstning för att använda en annan.</translation>
    </message>
    <message>
        <source>Ballots have been cast, so what is voted on, the criteria and anonymity are fixed: make a new vote, or delete the ballots first.</source>
        <translation>Valsedlar har lämnats in, så det som röstas om, kriterierna och anonymiteten ligger fast: skapa en ny omröstning, eller ta bort valsedlarna först.</translation>
    </message>
    <message>
        <source>Each voter places a few dots on the items they favour; the most dots win. Dots on paper are typed in as a tally.</source>
        <translation>Varje väljare sätter några prickar på de förslag hen föredrar; flest prickar vinner. Prickar på papper skrivs in som en sammanräkning.</translation>
    </message>
    <message>
        <source>Each voter shares a budget of points among the items, e.g. 100.</source>
        <translation>Varje väljare fördelar ett fast antal poäng, t.ex. 100, på förslagen.</translation>
    </message>
    <message>
        <source>Each voter ranks their top items; first place earns the most points (Borda).</source>
        <translation>Varje väljare rangordnar sina främsta förslag; förstaplatsen ger flest poäng (Borda).</translation>
    </message>
    <message>
        <source>Each voter rates each item on criteria such as impact and feasibility; the weights say how much each counts. A voter may skip what they cannot judge.</source>
        <translation>Varje väljare betygsätter varje förslag efter kriterier som effekt och genomförbarhet; vikterna anger hur mycket varje kriterium väger. En väljare kan hoppa över det hen inte kan bedöma.</translation>
    </message>
    <message>
        <source>Each voter ticks every item they can support.</source>
        <translation>Varje väljare kryssar för alla förslag som hen kan stödja.</translation>
    </message>
    <message>
        <source>There are no questions yet: make a shortlist of free text instead.</source>
        <translation>Det finns inga frågor än: gör en kortlista med fritext i stället.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): every idea of the question, duplicates merged.</source>
        <translation>
            <numerusform>%n förslag: alla idéer till frågan, med dubbletter ihopslagna.</numerusform>
            <numerusform>%n förslag: alla idéer till frågan, med dubbletter ihopslagna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): the question&apos;s themes.</source>
        <translation>
            <numerusform>%n förslag: frågans teman.</numerusform>
            <numerusform>%n förslag: frågans teman.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on the shortlist.</source>
        <translation>
            <numerusform>%n förslag på kortlistan.</numerusform>
            <numerusform>%n förslag på kortlistan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Omröstning</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>e.g. What should the network do first?</source>
        <translation>t.ex. Vad ska nätverket göra först?</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Metod</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regler</translation>
    </message>
    <message>
        <source>&amp;Dots per voter</source>
        <translation>&amp;Prickar per väljare</translation>
    </message>
    <message>
        <source>At most &amp;on one item</source>
        <translation>&amp;Högst per förslag</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>ingen gräns</translation>
    </message>
    <message>
        <source>&amp;Negative dots per voter</source>
        <translation>&amp;Negativa prickar per väljare</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>&amp;Points per voter</source>
        <translation>&amp;Poäng per väljare</translation>
    </message>
    <message>
        <source>At most o&amp;n one item</source>
        <translation>Hög&amp;st per förslag</translation>
    </message>
    <message>
        <source>Each voter ranks their &amp;top</source>
        <translation>Varje väljare &amp;rangordnar topp</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vikt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>&amp;Add criterion</source>
        <translation>&amp;Lägg till kriterium</translation>
    </message>
    <message>
        <source>&amp;Remove criterion</source>
        <translation>Ta &amp;bort kriterium</translation>
    </message>
    <message>
        <source>Each voter approves as many items as they support; an item&apos;s score is its number of approvals.</source>
        <translation>Varje väljare godkänner så många förslag som hen stöder; ett förslags resultat är antalet godkännanden.</translation>
    </message>
    <message>
        <source>What is voted on</source>
        <translation>Vad som röstas om</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Fråga</translation>
    </message>
    <message>
        <source>More items, one per line (e.g. ideas from a flipchart that were never typed in)</source>
        <translation>Fler förslag, ett per rad (t.ex. idéer från ett blädderblock som aldrig skrevs in)</translation>
    </message>
    <message>
        <source>Voters and results</source>
        <translation>Väljare och resultat</translation>
    </message>
    <message>
        <source>A&amp;nonymous: ballots do not say who voted (named votes show who has not voted yet)</source>
        <translation>&amp;Anonym: valsedlarna visar inte vem som röstade (omröstningar med namn visar vem som inte har röstat än)</translation>
    </message>
    <message>
        <source>Show results &amp;live while the vote is open (otherwise hidden until it closes)</source>
        <translation>&amp;Visa resultaten löpande medan omröstningen är öppen (annars dolda tills den stängs)</translation>
    </message>
    <message>
        <source>Flag disagreement a&amp;bove</source>
        <translation>Flagga &amp;oenighet över</translation>
    </message>
    <message>
        <source>0 = everyone agrees, 1 = the room is split between the extremes</source>
        <translation>0 = alla är eniga, 1 = salen är delad mellan ytterligheterna</translation>
    </message>
</context>
<context>
    <name>VoteWords</name>
    <message numerus="yes">
        <source>%n dot(s) per voter</source>
        <translation>
            <numerusform>%n prick per väljare</numerusform>
            <numerusform>%n prickar per väljare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n per item</source>
        <translation>
            <numerusform>högst %n per förslag</numerusform>
            <numerusform>högst %n per förslag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negative dot(s)</source>
        <translation>
            <numerusform>%n negativ prick</numerusform>
            <numerusform>%n negativa prickar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) per voter</source>
        <translation>
            <numerusform>%n poäng per väljare</numerusform>
            <numerusform>%n poäng per väljare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>each voter ranks their top %n</source>
        <translation>
            <numerusform>varje väljare rangordnar topp %n</numerusform>
            <numerusform>varje väljare rangordnar topp %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n förslag</numerusform>
            <numerusform>%n förslag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Votes</name>
    <message>
        <source>A vote needs a title.</source>
        <translation>En omröstning måste ha en titel.</translation>
    </message>
    <message>
        <source>A vote needs at least one item to vote on.</source>
        <translation>En omröstning måste ha minst ett förslag att rösta om.</translation>
    </message>
    <message>
        <source>An item to vote on needs a text.</source>
        <translation>Ett förslag att rösta om måste ha en text.</translation>
    </message>
    <message>
        <source>A rating vote needs at least one criterion (e.g. impact 1–5).</source>
        <translation>En omröstning med betygsättning måste ha minst ett kriterium (t.ex. effekt 1–5).</translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Ett kriterium måste ha ett namn.</translation>
    </message>
    <message>
        <source>A criterion&apos;s scale must run from a lower to a higher number.</source>
        <translation>Ett kriteriums skala måste gå från ett lägre till ett högre tal.</translation>
    </message>
    <message>
        <source>A criterion&apos;s weight must be above 0.</source>
        <translation>Ett kriteriums vikt måste vara över 0.</translation>
    </message>
    <message>
        <source>Those settings cannot work: dots, points, the cap and the top k must be at least 1, and the disagreement threshold between 0 and 1.</source>
        <translation>De inställningarna fungerar inte: prickar, poäng, gränsen och topp k måste vara minst 1, och tröskeln för oenighet mellan 0 och 1.</translation>
    </message>
    <message>
        <source>Only a rating vote has criteria.</source>
        <translation>Bara en omröstning med betygsättning har kriterier.</translation>
    </message>
    <message>
        <source>Ballots have been cast: the items, criteria and anonymity can no longer change. Make a new vote, or delete the ballots first.</source>
        <translation>Valsedlar har lämnats in: förslagen, kriterierna och anonymiteten kan inte längre ändras. Skapa en ny omröstning, eller ta bort valsedlarna först.</translation>
    </message>
    <message>
        <source>Ballots are in, so the vote cannot switch between named and anonymous: a named vote&apos;s ballots say who cast them, an anonymous vote&apos;s say no one. Make a new vote, or delete the ballots first.</source>
        <translation>Valsedlar har kommit in, så omröstningen kan inte byta mellan namngiven och anonym: i en namngiven omröstning står det vem som lämnade sedlarna, i en anonym står ingen. Skapa en ny omröstning, eller radera valsedlarna först.</translation>
    </message>
    <message>
        <source>The vote is not open.</source>
        <translation>Omröstningen är inte öppen.</translation>
    </message>
    <message>
        <source>The vote is not closed.</source>
        <translation>Omröstningen är inte stängd.</translation>
    </message>
    <message>
        <source>That vote no longer exists (it may have been deleted).</source>
        <translation>Omröstningen finns inte längre (den kan ha tagits bort).</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prickar</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangordning</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Betygsättning</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Godkännande</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <source>Paper tally</source>
        <translation>Sammanräkning på papper</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Paper ballot</source>
        <translation>Valsedel på papper</translation>
    </message>
    <message>
        <source>Group allocation</source>
        <translation>Gruppens fördelning</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>%1 (%2–%3, weight %4)</source>
        <translation>%1 (%2–%3, vikt %4)</translation>
    </message>
    <message>
        <source>rated on criteria (none yet)</source>
        <translation>betygsatt efter kriterier (inga än)</translation>
    </message>
    <message>
        <source>rated on %1; a voter may skip</source>
        <translation>betygsatt efter %1; en väljare kan hoppa över</translation>
    </message>
    <message>
        <source>each voter approves any number of items</source>
        <translation>varje väljare godkänner valfritt antal förslag</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>named</source>
        <translation>med namn</translation>
    </message>
    <message>
        <source>results shown live</source>
        <translation>resultaten visas löpande</translation>
    </message>
</context>
<context>
    <name>VotesModel</name>
    <message>
        <source>Vote</source>
        <translation>Omröstning</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Valsedlar</translation>
    </message>
</context>
<context>
    <name>VotingController</name>
    <message>
        <source>New vote</source>
        <translation>Ny omröstning</translation>
    </message>
    <message>
        <source>Edit vote</source>
        <translation>Redigera omröstning</translation>
    </message>
    <message>
        <source>Delete vote</source>
        <translation>borttagning av omröstning</translation>
    </message>
    <message>
        <source>Open vote</source>
        <translation>öppning av omröstning</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>stängning av omröstning</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>tillbaka till utkast</translation>
    </message>
    <message>
        <source>Record ballot</source>
        <translation>registrering av valsedel</translation>
    </message>
    <message>
        <source>Correct ballot</source>
        <translation>rättelse av valsedel</translation>
    </message>
    <message>
        <source>Delete ballot</source>
        <translation>Ta bort valsedel</translation>
    </message>
    <message>
        <source>Edit tally</source>
        <translation>ändring av sammanräkning</translation>
    </message>
</context>
<context>
    <name>VotingPage</name>
    <message>
        <source>Votes</source>
        <translation>Omröstningar</translation>
    </message>
    <message>
        <source>New vote…</source>
        <translation>Ny omröstning…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <source>A new draft vote with the same items and rules</source>
        <translation>En ny omröstning som utkast, med samma förslag och regler</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete the vote and its ballots (can be undone)</source>
        <translation>Ta bort omröstningen och dess valsedlar (kan ångras)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Start taking ballots</source>
        <translation>Börja ta emot valsedlar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Stop taking ballots and show the results</source>
        <translation>Sluta ta emot valsedlar och visa resultaten</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>A full-screen ballot where voters take turns on this laptop</source>
        <translation>En valsedel i helskärm där väljarna turas om att rösta på den här datorn</translation>
    </message>
    <message>
        <source>Show results live</source>
        <translation>Visa resultaten löpande</translation>
    </message>
    <message>
        <source>Results are hidden until the vote closes, so that nobody follows the crowd</source>
        <translation>Resultaten är dolda tills omröstningen stängs, så att ingen bara följer strömmen</translation>
    </message>
    <message>
        <source>Phones…</source>
        <translation>Mobiler…</translation>
    </message>
    <message>
        <source>Venue network: participants vote from their phones</source>
        <translation>Lokalt nätverk: deltagarna röstar från mobilen</translation>
    </message>
    <message>
        <source>Tally</source>
        <translation>Sammanräkning</translation>
    </message>
    <message>
        <source>Paper ballot…</source>
        <translation>Valsedel på papper…</translation>
    </message>
    <message>
        <source>Type in one person&apos;s paper ballot</source>
        <translation>Skriv in en persons valsedel på papper</translation>
    </message>
    <message>
        <source>Group allocation…</source>
        <translation>Gruppens fördelning…</translation>
    </message>
    <message>
        <source>Type in what a group leader wrote for the group</source>
        <translation>Skriv in det som en gruppledare skrev ner för gruppen</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Rätta…</translation>
    </message>
    <message>
        <source>Delete ballot</source>
        <translation>Ta bort valsedel</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Valsedlar</translation>
    </message>
    <message>
        <source>No vote yet</source>
        <translation>Ingen omröstning än</translation>
    </message>
    <message>
        <source>Make a vote with “New vote…”: dots, points, ranking, rating or approval.</source>
        <translation>Skapa en omröstning med ”Ny omröstning…”: prickar, poäng, rangordning, betygsättning eller godkännande.</translation>
    </message>
    <message>
        <source>Correct the tally on the Tally tab</source>
        <translation>Rätta sammanräkningen på fliken Sammanräkning</translation>
    </message>
    <message>
        <source>Open the vote to type in ballots.</source>
        <translation>Öppna omröstningen för att skriva in valsedlar.</translation>
    </message>
    <message>
        <source>Vote “%1” made: open it to take ballots.</source>
        <translation>Omröstningen ”%1” har skapats: öppna den för att ta emot valsedlar.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>Vote “%1” deleted (Edit → Undo brings it back).</source>
        <translation>Omröstningen ”%1” har tagits bort (Redigera → Ångra tar tillbaka den).</translation>
    </message>
    <message>
        <source>Ballot recorded.</source>
        <translation>Valsedeln har registrerats.</translation>
    </message>
    <message>
        <source>Ballot corrected.</source>
        <translation>Valsedeln har rättats.</translation>
    </message>
    <message>
        <source>Ballot deleted (Edit → Undo brings it back).</source>
        <translation>Valsedeln har tagits bort (Redigera → Ångra tar tillbaka den).</translation>
    </message>
</context>
<context>
    <name>WallCountdown</name>
    <message>
        <source>Time is up</source>
        <translation>Tiden är ute</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (pausad)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
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
        <translation>Genomför din workshop från den här datorn: deltagare, grupper, idéer, omröstningar och minnesanteckningar. Inget internet behövs.</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Ny workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ppna…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Öppna &amp;demoworkshopen</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Senaste workshoppar</translation>
    </message>
    <message>
        <source>No recent workshops yet. Create one, or open the demo workshop to look around.</source>
        <translation>Inga senaste workshoppar än. Skapa en ny, eller öppna demoworkshopen för att titta runt.</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsForm</name>
    <message>
        <source>Give the workshop a title.</source>
        <translation>Ge workshopen en titel.</translation>
    </message>
    <message>
        <source>The workshop cannot end before it starts.</source>
        <translation>Workshopen kan inte sluta innan den börjar.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>e.g. Industry of the future in our region</source>
        <translation>t.ex. Framtidens industri i vår region</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>&amp;Arrangör</translation>
    </message>
    <message>
        <source>The network or cluster</source>
        <translation>Nätverket eller klustret</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>Unt&amp;il</source>
        <translation>T&amp;ill</translation>
    </message>
    <message>
        <source>Fa&amp;cilitators</source>
        <translation>Fa&amp;cilitatorer</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>The language of the screens and the minutes for this workshop</source>
        <translation>Språket på skärmarna och i minnesanteckningarna för den här workshopen</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Ett namn per rad</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>A&amp;nteckningar</translation>
    </message>
</context>
<context>
    <name>WorkshopSession</name>
    <message>
        <source>The change could not be saved: %1. Nothing was written; the details are in the log.</source>
        <translation>Ändringen kunde inte sparas: %1. Inget skrevs; detaljerna finns i loggen.</translation>
    </message>
    <message>
        <source>The participants could not be read: %1</source>
        <translation>Deltagarna kunde inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Minutes</source>
        <comment>the written report of the workshop</comment>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Stages of the workshop</source>
        <translation>Workshoppens delar</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Omröstning</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
</context>
</TS>
