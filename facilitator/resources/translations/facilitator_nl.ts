<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Facilitator</source>
        <translation>Over Facilitator</translation>
    </message>
    <message>
        <source>Run in-person workshops offline.</source>
        <translation>Fysieke workshops begeleiden zonder internet.</translation>
    </message>
    <message>
        <source>The log (for support): %1</source>
        <translation>Het logboek (voor ondersteuning): %1</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Logmap openen</translation>
    </message>
    <message>
        <source>Built with these components:</source>
        <translation>Gebouwd met deze onderdelen:</translation>
    </message>
    <message>
        <source>Licences…</source>
        <translation>Licenties…</translation>
    </message>
    <message>
        <source>windows, printing, PDF preview</source>
        <translation>vensters, afdrukken, PDF-voorbeeld</translation>
    </message>
    <message>
        <source>the workshop file</source>
        <translation>het workshopbestand</translation>
    </message>
    <message>
        <source>upgrading older workshop files</source>
        <translation>oudere workshopbestanden bijwerken</translation>
    </message>
    <message>
        <source>PDF minutes, badges and lists</source>
        <translation>PDF-verslag, naambadges en lijsten</translation>
    </message>
    <message>
        <source>icons</source>
        <translation>pictogrammen</translation>
    </message>
    <message>
        <source>Excel sign-up lists</source>
        <translation>Excel-inschrijvingslijsten</translation>
    </message>
    <message>
        <source>Excel exports</source>
        <translation>Export naar Excel</translation>
    </message>
    <message>
        <source>folders for backups and logs</source>
        <translation>mappen voor back-ups en logboeken</translation>
    </message>
    <message>
        <source>the group solver</source>
        <translation>de groepsindeling</translation>
    </message>
    <message>
        <source>flipchart photos</source>
        <translation>foto&apos;s van flip-overs</translation>
    </message>
    <message>
        <source>the SMTP password in the system keychain</source>
        <translation>het SMTP-wachtwoord in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>the venue network&apos;s server for phones</source>
        <translation>de server voor telefoons op het lokale netwerk</translation>
    </message>
    <message>
        <source>QR codes</source>
        <translation>QR-codes</translation>
    </message>
    <message>
        <source>the font in every PDF</source>
        <translation>het lettertype in elke PDF</translation>
    </message>
</context>
<context>
    <name>ActionItemsTab</name>
    <message>
        <source>What is to be done, who does it and by when. Double-click a cell to change it; every change is saved at once and can be undone.</source>
        <translation>Wat er moet gebeuren, wie het doet en tegen wanneer. Dubbelklik op een cel om die te wijzigen; elke wijziging wordt meteen opgeslagen en kan ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>A new action item: what is to be done?</source>
        <translation>Een nieuw actiepunt: wat moet er gebeuren?</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Nieuw actiepunt</translation>
    </message>
    <message>
        <source>Who (optional)</source>
        <translation>Wie (optioneel)</translation>
    </message>
    <message>
        <source>Who does the new action item</source>
        <translation>Wie voert het nieuwe actiepunt uit</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected action items</source>
        <translation>De geselecteerde actiepunten verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n actiepunt</numerusform>
            <numerusform>%n actiepunten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tick when it is done</source>
        <translation>Vink aan als het klaar is</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message numerus="yes">
        <source>⚠ %n block(s) start before the previous block ends.</source>
        <translation>
            <numerusform>⚠ %n onderdeel begint voordat het vorige onderdeel is afgelopen.</numerusform>
            <numerusform>⚠ %n onderdelen beginnen voordat het vorige onderdeel is afgelopen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Minutes</source>
        <comment>agenda column: duration in minutes</comment>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Geleid door</translation>
    </message>
    <message>
        <source>Pinned at %1, before the previous block ends.</source>
        <translation>Vastgezet op %1, voordat het vorige onderdeel afloopt.</translation>
    </message>
    <message>
        <source>Pinned start. Clear the cell to let it follow the block before.</source>
        <translation>Vaste begintijd. Maak de cel leeg om het onderdeel weer op het vorige te laten volgen.</translation>
    </message>
    <message>
        <source>Follows the block before. Type a time to pin it.</source>
        <translation>Volgt op het vorige onderdeel. Typ een tijd om het vast te zetten.</translation>
    </message>
    <message>
        <source>An agenda block needs a title.</source>
        <translation>Een programmaonderdeel heeft een titel nodig.</translation>
    </message>
    <message>
        <source>“%1” is not a time. Type it as 12:30.</source>
        <translation>‘%1’ is geen geldige tijd. Typ bijvoorbeeld 12:30.</translation>
    </message>
    <message>
        <source>No agenda blocks yet.</source>
        <translation>Nog geen programmaonderdelen.</translation>
    </message>
    <message>
        <source>Planned end: %1</source>
        <translation>Gepland einde: %1</translation>
    </message>
    <message>
        <source>day %1 at %2</source>
        <translation>dag %1 om %2</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Niet gekomen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Afgemeld</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>On closing</source>
        <translation>Bij het sluiten</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Voor het herstellen</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Voor een upgrade</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Voor een import</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Voor het samenvoegen</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>Ballot</name>
    <message>
        <source>%1 used, but the budget is %2: take some away.</source>
        <translation>%1 gebruikt, maar er zijn er maar %2 te verdelen: haal er wat weg.</translation>
    </message>
    <message>
        <source>%1 on one item, but at most %2 are allowed.</source>
        <translation>%1 op één voorstel, maar hoogstens %2 zijn toegestaan.</translation>
    </message>
    <message>
        <source>%1 negative dots used, but only %2 are allowed.</source>
        <translation>%1 negatieve stippen gebruikt, maar slechts %2 zijn toegestaan.</translation>
    </message>
    <message>
        <source>Negative values are not allowed in this vote.</source>
        <translation>Negatieve waarden zijn niet toegestaan in deze stemming.</translation>
    </message>
    <message>
        <source>Rank %1 is given twice: each rank once.</source>
        <translation>Rang %1 is twee keer gegeven: elke rang mag maar één keer.</translation>
    </message>
    <message>
        <source>Rank %1 is not possible: ranks run 1 to %2.</source>
        <translation>Rang %1 is niet mogelijk: de rangen lopen van 1 tot %2.</translation>
    </message>
    <message>
        <source>%1 items ranked, but only the top %2 count.</source>
        <translation>%1 voorstellen gerangschikt, maar alleen de top %2 telt.</translation>
    </message>
    <message>
        <source>%1 is outside the scale %2 to %3.</source>
        <translation>%1 valt buiten de schaal van %2 tot %3.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 is geen geheel getal.</translation>
    </message>
    <message>
        <source>That is not a number.</source>
        <translation>Dat is geen getal.</translation>
    </message>
    <message>
        <source>%1 voters is not possible.</source>
        <translation>%1 stemmers is niet mogelijk.</translation>
    </message>
    <message>
        <source>The vote is not open: open it before the kiosk takes ballots.</source>
        <translation>De stemming is niet open: open ze voordat de kiosk stembiljetten kan ontvangen.</translation>
    </message>
    <message>
        <source>This person has already voted.</source>
        <translation>Deze persoon heeft al gestemd.</translation>
    </message>
    <message>
        <source>Choose who is voting.</source>
        <translation>Kies wie er stemt.</translation>
    </message>
    <message>
        <source>Choose the group this allocation is for.</source>
        <translation>Kies de groep waarvoor deze verdeling geldt.</translation>
    </message>
    <message>
        <source>A paper tally works for dots, points and approval, not for this method.</source>
        <translation>Een papieren telling werkt voor stippen, punten en goedkeuring, niet voor deze methode.</translation>
    </message>
    <message>
        <source>The ballot names something that is not in this vote.</source>
        <translation>Het stembiljet noemt iets wat niet in deze stemming zit.</translation>
    </message>
</context>
<context>
    <name>BallotForm</name>
    <message>
        <source>Correct a ballot</source>
        <translation>Stembiljet corrigeren</translation>
    </message>
    <message>
        <source>A group&apos;s allocation</source>
        <translation>Verdeling van een groep</translation>
    </message>
    <message>
        <source>A paper ballot</source>
        <translation>Een papieren stembiljet</translation>
    </message>
    <message>
        <source> voters</source>
        <translation> stemmers</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Groep</translation>
    </message>
    <message>
        <source>The allocation stands for</source>
        <translation>De verdeling geldt voor</translation>
    </message>
    <message>
        <source>Type a few letters of a name</source>
        <translation>Typ een paar letters van een naam</translation>
    </message>
    <message>
        <source>&amp;Voter</source>
        <translation>&amp;Stemmer</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>overslaan</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>niet gerangschikt</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dot(s) left</source>
        <translation>
            <numerusform>%1 van %n stip over</numerusform>
            <numerusform>%1 van %n stippen over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n point(s) left</source>
        <translation>
            <numerusform>%1 van %n punt over</numerusform>
            <numerusform>%1 van %n punten over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the top %n ranked</source>
        <translation>
            <numerusform>%1 van de top %n gerangschikt</numerusform>
            <numerusform>%1 van de top %n gerangschikt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) given</source>
        <translation>
            <numerusform>%n beoordeling gegeven</numerusform>
            <numerusform>%n beoordelingen gegeven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s)</source>
        <translation>
            <numerusform>%n goedkeuring</numerusform>
            <numerusform>%n goedkeuringen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Niet opgeslagen:</translation>
    </message>
</context>
<context>
    <name>BallotScreen</name>
    <message>
        <source>Voting: %1</source>
        <translation>Stemmer: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Throw this ballot away and go back</source>
        <translation>Dit stembiljet weggooien en teruggaan</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Submit my vote</source>
        <translation>Mijn stem uitbrengen</translation>
    </message>
    <message>
        <source>Give your dots to the items you want the network to work on.</source>
        <translation>Geef je stippen aan de voorstellen waaraan het netwerk volgens jou moet werken.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n dot(s) on one item.</source>
        <translation>
            <numerusform>Hoogstens %n stip op één voorstel.</numerusform>
            <numerusform>Hoogstens %n stippen op één voorstel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Press − on an item to give it a negative dot (%n allowed).</source>
        <translation>
            <numerusform>Druk op − bij een voorstel om het een negatieve stip te geven (%n toegestaan).</numerusform>
            <numerusform>Druk op − bij een voorstel om het een negatieve stip te geven (%n toegestaan).</numerusform>
        </translation>
    </message>
    <message>
        <source>Share your points among the items.</source>
        <translation>Verdeel je punten over de voorstellen.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n point(s) on one item.</source>
        <translation>
            <numerusform>Hoogstens %n punt op één voorstel.</numerusform>
            <numerusform>Hoogstens %n punten op één voorstel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tap the items in order of preference: first choice first. Tap a ranked item again to take it out. Rank up to %n item(s).</source>
        <translation>
            <numerusform>Tik op de voorstellen in volgorde van voorkeur: je eerste keuze eerst. Tik nog eens op een gerangschikt voorstel om het eruit te halen. Rangschik tot %n voorstel.</numerusform>
            <numerusform>Tik op de voorstellen in volgorde van voorkeur: je eerste keuze eerst. Tik nog eens op een gerangschikt voorstel om het eruit te halen. Rangschik tot %n voorstellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate each item on each criterion. Skip what you cannot judge.</source>
        <translation>Beoordeel elk voorstel op elk criterium. Sla over wat je niet kunt inschatten.</translation>
    </message>
    <message>
        <source>Tap every item you support. Tap again to take it back.</source>
        <translation>Tik op elk voorstel dat je steunt. Tik nog eens om het terug te nemen.</translation>
    </message>
    <message>
        <source>Take a dot from %1</source>
        <translation>Een stip weghalen bij %1</translation>
    </message>
    <message>
        <source>Give a dot to %1</source>
        <translation>Een stip geven aan %1</translation>
    </message>
    <message>
        <source>Points for %1</source>
        <translation>Punten voor %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>Keuze %1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rangschikken</translation>
    </message>
    <message>
        <source>Supported ✓</source>
        <translation>Gesteund ✓</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Steunen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dot(s) left</source>
        <translation>
            <numerusform>%1 van %n stip over</numerusform>
            <numerusform>%1 van %n stippen over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n negative dot(s) left</source>
        <translation>
            <numerusform>%1 van %n negatieve stip over</numerusform>
            <numerusform>%1 van %n negatieve stippen over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n point(s) left</source>
        <translation>
            <numerusform>%1 van %n punt over</numerusform>
            <numerusform>%1 van %n punten over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ranked</source>
        <translation>
            <numerusform>%1 van %n gerangschikt</numerusform>
            <numerusform>%1 van %n gerangschikt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) rated</source>
        <translation>
            <numerusform>%1 van %n voorstel beoordeeld</numerusform>
            <numerusform>%1 van %n voorstellen beoordeeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) supported</source>
        <translation>
            <numerusform>%n voorstel gesteund</numerusform>
            <numerusform>%n voorstellen gesteund</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not chosen anything. Press “Submit my vote” again to hand in an empty ballot.</source>
        <translation>Je hebt niets gekozen. Druk nog eens op ‘Mijn stem uitbrengen’ om een leeg stembiljet in te dienen.</translation>
    </message>
</context>
<context>
    <name>BallotsModel</name>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Voter or group</source>
        <translation>Stemmer of groep</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Stemmers</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>(a deleted group)</source>
        <translation>(een verwijderde groep)</translation>
    </message>
    <message>
        <source>(an erased participant)</source>
        <translation>(een gewiste deelnemer)</translation>
    </message>
    <message>
        <source>The room&apos;s paper sheet</source>
        <translation>Het gezamenlijke papieren blad</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>An anonymous vote keeps no ballot times: they could tell whose a ballot is.</source>
        <translation>Een anonieme stemming bewaart niet wanneer de stembiljetten binnenkwamen: dat zou kunnen verraden van wie ze zijn.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Item</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markering</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ nog %n</numerusform>
            <numerusform>+ nog %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlockKind</name>
    <message>
        <source>Plenary</source>
        <translation>Plenair</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>Groepswerk</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Maaltijd</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Stemming</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>Item</source>
        <translation>Voorstel</translation>
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
        <translation>Ideeën invoeren</translation>
    </message>
    <message>
        <source>Capture ideas — %1</source>
        <translation>Ideeën invoeren — %1</translation>
    </message>
    <message>
        <source>This group no longer exists.</source>
        <translation>Deze groep bestaat niet meer.</translation>
    </message>
    <message>
        <source>There are no breakout groups yet. Make a group round first.</source>
        <translation>Er zijn nog geen groepen. Maak eerst een groepsronde aan.</translation>
    </message>
    <message>
        <source>This question no longer exists.</source>
        <translation>Deze vraag bestaat niet meer.</translation>
    </message>
    <message>
        <source>This group has no question yet.</source>
        <translation>Deze groep heeft nog geen vraag.</translation>
    </message>
    <message>
        <source>Ideas from %1</source>
        <translation>Ideeën van %1</translation>
    </message>
</context>
<context>
    <name>CaptureWindow</name>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Groep</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>V&amp;raag</translation>
    </message>
    <message>
        <source>&amp;Lock to this group</source>
        <translation>&amp;Vergrendelen op deze groep</translation>
    </message>
    <message>
        <source>Show this group only, for a group leader. Unlocking asks first.</source>
        <translation>Alleen deze groep tonen, voor een groepsleider. Bij het ontgrendelen wordt eerst om bevestiging gevraagd.</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Volledig &amp;scherm</translation>
    </message>
    <message>
        <source>Full screen on and off (F11)</source>
        <translation>Volledig scherm aan en uit (F11)</translation>
    </message>
    <message>
        <source>Type an idea and press Enter</source>
        <translation>Typ een idee en druk op Enter</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Nieuw idee</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Enter adds the idea · Shift+Enter starts a new line · double-click or F2 edits · Delete removes · Ctrl+Z undoes</source>
        <translation>Enter voegt het idee toe · Shift+Enter begint een nieuwe regel · dubbelklik of F2 om te bewerken · Delete verwijdert · Ctrl+Z maakt ongedaan</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bewerken</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Opnieuw (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Volledig scherm</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%n ideas</source>
        <translation>
            <numerusform>%n idee</numerusform>
            <numerusform>%n ideeën</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a group and a question first. Your text is still here.</source>
        <translation>Kies eerst een groep en een vraag. Je tekst staat er nog.</translation>
    </message>
    <message>
        <source>The idea could not be saved.</source>
        <translation>Het idee kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>%1 Your text is still here; try again.</source>
        <translation>%1 Je tekst staat er nog; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Toegevoegd.</translation>
    </message>
    <message>
        <source>The facilitator has merged other ideas into this one, so it cannot be deleted here.</source>
        <translation>De facilitator heeft andere ideeën met dit idee samengevoegd, dus het kan hier niet worden verwijderd.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Verwijderd.</translation>
    </message>
    <message numerus="yes">
        <source>%n ideas deleted.</source>
        <translation>
            <numerusform>%n idee verwijderd.</numerusform>
            <numerusform>%n ideeën verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked, the window can only be unlocked or closed with a PIN.</source>
        <translation>Vergrendeld: het venster kan alleen met een pincode worden ontgrendeld of gesloten.</translation>
    </message>
    <message>
        <source>This window is locked to the group. Type the PIN to leave it.</source>
        <translation>Dit venster is aan de groep vergrendeld. Typ de pincode om het te verlaten.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>O&amp;ntgrendelen…</translation>
    </message>
    <message>
        <source>Unlock the capture window?</source>
        <translation>Het invoervenster ontgrendelen?</translation>
    </message>
    <message>
        <source>Unlocked, the window shows every group and question of the workshop.</source>
        <translation>Ontgrendeld toont het venster alle groepen en vragen van de workshop.</translation>
    </message>
    <message>
        <source>Close the capture window?</source>
        <translation>Het invoervenster sluiten?</translation>
    </message>
    <message>
        <source>The text in the field has not been added. Close and discard it?</source>
        <translation>De tekst in het veld is niet toegevoegd. Sluiten en de tekst weggooien?</translation>
    </message>
</context>
<context>
    <name>CheckInDesk</name>
    <message>
        <source>Type a name to check in</source>
        <translation>Typ een naam om in te checken</translation>
    </message>
    <message>
        <source>Name to check in</source>
        <translation>Naam om aan te melden</translation>
    </message>
    <message>
        <source>Participants matching the name</source>
        <translation>Deelnemers die bij de naam passen</translation>
    </message>
    <message>
        <source>&amp;Undo check-in</source>
        <translation>Inchecken &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Deelnemer zonder inschrijving…</translation>
    </message>
    <message>
        <source>Show only who has &amp;not come yet</source>
        <translation>Toon alleen wie er &amp;nog niet is</translation>
    </message>
    <message>
        <source>Arrivals per organisation</source>
        <translation>Aangekomen per organisatie</translation>
    </message>
    <message>
        <source>Recent check-ins</source>
        <translation>Recente check-ins</translation>
    </message>
    <message numerus="yes">
        <source>%n people match — pick one with the arrow keys or a click.</source>
        <translation>
            <numerusform>%n persoon past — kies er één met de pijltjestoetsen of een klik.</numerusform>
            <numerusform>%n personen passen — kies er één met de pijltjestoetsen of een klik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Register a walk-in?</source>
        <translation>Niemand gevonden voor ‘%1’. Een deelnemer zonder inschrijving registreren?</translation>
    </message>
    <message>
        <source>%1 is already checked in (%2).</source>
        <translation>%1 is al ingecheckt (%2).</translation>
    </message>
    <message>
        <source>%1 is already checked in.</source>
        <translation>%1 is al ingecheckt.</translation>
    </message>
    <message>
        <source>✓ %1 is checked in.</source>
        <translation>✓ %1 is ingecheckt.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Deelnemer zonder inschrijving</translation>
    </message>
    <message>
        <source>✓ %1 is registered and checked in.</source>
        <translation>✓ %1 is geregistreerd en ingecheckt.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>Check-in of %1 undone.</source>
        <translation>Check-in van %1 ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>%1 of %2 arrived</source>
        <translation>%1 van %2 aanwezig</translation>
    </message>
</context>
<context>
    <name>ChoosePinDialog</name>
    <message>
        <source>Choose a PIN</source>
        <translation>Kies een pincode</translation>
    </message>
    <message>
        <source>Choose a PIN of at least %1 digits; only you should know it.</source>
        <translation>Kies een pincode van minstens %1 cijfers; alleen u hoort hem te kennen.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;Pincode:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Nogmaals:</translation>
    </message>
    <message>
        <source>&amp;Show the digits</source>
        <translation>Cijfers &amp;tonen</translation>
    </message>
    <message>
        <source>The PIN needs at least %1 digits.</source>
        <translation>De pincode moet minstens %1 cijfers hebben.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type it again.</source>
        <translation>De twee pincodes verschillen. Typ hem opnieuw.</translation>
    </message>
</context>
<context>
    <name>ClosedVoteGuard</name>
    <message>
        <source>The vote is closed</source>
        <translation>De stemming is gesloten</translation>
    </message>
    <message>
        <source>Storing this tally changes them.</source>
        <translation>Deze telling opslaan wijzigt ze.</translation>
    </message>
    <message>
        <source>Typing in a ballot changes them.</source>
        <translation>Een stembiljet invoeren wijzigt ze.</translation>
    </message>
    <message>
        <source>Correcting this ballot changes them.</source>
        <translation>Dit stembiljet corrigeren wijzigt ze.</translation>
    </message>
    <message>
        <source>Deleting this ballot changes them.</source>
        <translation>Dit stembiljet verwijderen wijzigt ze.</translation>
    </message>
    <message>
        <source>“%1” is closed, and its results may already have been shown. %2 Change the results?</source>
        <translation>‘%1’ is gesloten en de resultaten zijn misschien al getoond. %2 Resultaten wijzigen?</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Taken</source>
        <translation>Overgenomen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Wat verschilt</translation>
    </message>
    <message>
        <source>Here before the merge</source>
        <translation>Hier vóór het samenvoegen</translation>
    </message>
    <message>
        <source>Their copy</source>
        <translation>Hun kopie</translation>
    </message>
    <message>
        <source>Changed later</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Hun versie nemen</translation>
    </message>
    <message>
        <source>This workshop</source>
        <translation>Deze workshop</translation>
    </message>
    <message>
        <source>Deleted on the other laptop</source>
        <translation>Verwijderd op de andere laptop</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Bestaat hier</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Receives the minutes</source>
        <translation>Ontvangt het verslag</translation>
    </message>
    <message>
        <source>Contact details shared with the other participants</source>
        <translation>Contactgegevens gedeeld met de andere deelnemers</translation>
    </message>
    <message>
        <source>May appear in photos</source>
        <translation>Mag op foto&apos;s staan</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Shares contact</source>
        <translation>Deelt contact</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <source>not asked (default)</source>
        <translation>niet gevraagd (standaard)</translation>
    </message>
    <message>
        <source>given %1 on a form</source>
        <translation>gegeven %1 op een formulier</translation>
    </message>
    <message>
        <source>given %1 at import</source>
        <translation>gegeven %1 bij import</translation>
    </message>
    <message>
        <source>given %1 at the desk</source>
        <translation>gegeven %1 aan de onthaalbalie</translation>
    </message>
    <message>
        <source>declined %1 on a form</source>
        <translation>geweigerd %1 op een formulier</translation>
    </message>
    <message>
        <source>declined %1 at import</source>
        <translation>geweigerd %1 bij import</translation>
    </message>
    <message>
        <source>declined %1 at the desk</source>
        <translation>geweigerd %1 aan de onthaalbalie</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Set consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>&amp;Given</source>
        <translation>&amp;Gegeven</translation>
    </message>
    <message>
        <source>&amp;Not given</source>
        <translation>&amp;Niet gegeven</translation>
    </message>
    <message>
        <source>On a form (paper or e-mail)</source>
        <translation>Op een formulier (papier of e-mail)</translation>
    </message>
    <message>
        <source>At the check-in desk</source>
        <translation>Aan de onthaalbalie</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Toestemming</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Waar</translation>
    </message>
    <message numerus="yes">
        <source>For %n selected participant(s). It is recorded with today&apos;s date; people who already gave this answer keep the date they gave it.</source>
        <translation>
            <numerusform>Voor %n geselecteerde deelnemer. Het wordt vastgelegd met de datum van vandaag; wie dit antwoord al gaf, houdt de eigen datum.</numerusform>
            <numerusform>Voor %n geselecteerde deelnemers. Het wordt vastgelegd met de datum van vandaag; wie dit antwoord al gaf, houdt de eigen datum.</numerusform>
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
        <translation>Kies de datum in een kalender</translation>
    </message>
    <message>
        <source>A date is needed; kept %1.</source>
        <translation>Er is een datum nodig; %1 behouden.</translation>
    </message>
    <message>
        <source>“%1” is before %2; kept %3.</source>
        <translation>‘%1’ ligt vóór %2; %3 behouden.</translation>
    </message>
    <message>
        <source>“%1” is not a date; kept %2.</source>
        <translation>‘%1’ is geen datum; %2 behouden.</translation>
    </message>
</context>
<context>
    <name>DueDateDelegate</name>
    <message>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
</context>
<context>
    <name>DuplicatesBox</name>
    <message>
        <source>Merged from:</source>
        <translation>Samengevoegd uit:</translation>
    </message>
    <message>
        <source>Split off</source>
        <translation>Afsplitsen</translation>
    </message>
    <message>
        <source>Make the chosen duplicates (or all) separate ideas again</source>
        <translation>Maak van de gekozen dubbele ideeën (of van alle) weer afzonderlijke ideeën</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>Drop one kind of file at a time.</source>
        <translation>Zet één soort bestand tegelijk neer.</translation>
    </message>
    <message>
        <source>Drop one workshop at a time.</source>
        <translation>Zet één workshop tegelijk neer.</translation>
    </message>
    <message>
        <source>Open a workshop first: the sign-up list is imported into it.</source>
        <translation>Open eerst een workshop: de inschrijvingslijst wordt daarin geïmporteerd.</translation>
    </message>
    <message>
        <source>Drop one sign-up list at a time.</source>
        <translation>Zet één inschrijvingslijst tegelijk neer.</translation>
    </message>
    <message>
        <source>Facilitator cannot use “%1”. Drop a workshop, a sign-up list (CSV or Excel), or photos onto the Photos tab of the Ideas page.</source>
        <translation>Facilitator kan ‘%1’ niet gebruiken. Zet een workshop, een inschrijvingslijst (CSV of Excel) of foto’s neer op het tabblad Foto’s van de pagina Ideeën.</translation>
    </message>
    <message>
        <source>Drop photos onto the Photos tab of the Ideas page.</source>
        <translation>Zet foto’s neer op het tabblad Foto’s van de pagina Ideeën.</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>There is no file at this path. It may have been moved, renamed or deleted.</source>
        <translation>Er is geen bestand op deze locatie. Het is misschien verplaatst, hernoemd of verwijderd.</translation>
    </message>
    <message>
        <source>This is a folder, not a workshop file.</source>
        <translation>Dit is een map, geen workshopbestand.</translation>
    </message>
    <message>
        <source>You do not have permission to read this file.</source>
        <translation>Je hebt geen toestemming om dit bestand te lezen.</translation>
    </message>
    <message>
        <source>The file is read-only. Facilitator saves every change at once, so it needs to write to the file: copy it somewhere writable or remove the read-only mark.</source>
        <translation>Het bestand is alleen-lezen. Facilitator slaat elke wijziging meteen op en moet dus naar het bestand kunnen schrijven: kopieer het naar een plek waar je kunt schrijven, of zet het kenmerk alleen-lezen uit.</translation>
    </message>
    <message>
        <source>The folder holding the file is read-only (a CD, a protected share or a mail attachment folder). Copy the file to a writable folder such as Documents.</source>
        <translation>De map met het bestand is alleen-lezen (een cd, een beveiligde netwerkmap of een map voor e-mailbijlagen). Kopieer het bestand naar een map waarin je kunt schrijven, zoals Documenten.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes). It is not a workshop file.</source>
        <translation>Het bestand is leeg (0 bytes). Het is geen workshopbestand.</translation>
    </message>
    <message>
        <source>This is a PDF document, not a workshop file.</source>
        <translation>Dit is een pdf-document, geen workshopbestand.</translation>
    </message>
    <message>
        <source>This is not a workshop file: its contents are not a Facilitator workshop, whatever its name.</source>
        <translation>Dit is geen workshopbestand: de inhoud is geen Facilitator-workshop, wat de naam ook is.</translation>
    </message>
    <message>
        <source>This is a database of another program, not a Facilitator workshop.</source>
        <translation>Dit is een database van een ander programma, geen Facilitator-workshop.</translation>
    </message>
    <message>
        <source>The workshop file is damaged (truncated or corrupt). It was not changed. If it was open here before, File → Restore from backup… has earlier copies.</source>
        <translation>Het workshopbestand is beschadigd (afgekapt of corrupt). Het is niet gewijzigd. Als het hier eerder geopend was, vind je oudere kopieën onder Bestand → Herstellen uit back-up…</translation>
    </message>
    <message>
        <source>This workshop was saved by a newer version of Facilitator. Update Facilitator to open it. The file was not changed.</source>
        <translation>Deze workshop is opgeslagen met een nieuwere versie van Facilitator. Werk Facilitator bij om hem te openen. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>This workshop is already open in another Facilitator window or program. Close it there first.</source>
        <translation>Deze workshop is al geopend in een ander Facilitator-venster of een ander programma. Sluit hem daar eerst.</translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation>Er bestaat al een bestand met deze naam.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was written. Free some space and try again.</source>
        <translation>De schijf is vol, dus er is niets weggeschreven. Maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Het bestand kon niet worden weggeschreven.</translation>
    </message>
    <message>
        <source>The workshop file is damaged: its header names a file format Facilitator never writes. It was not changed. If it was open here before, File → Restore from backup… has earlier copies.</source>
        <translation>Het workshopbestand is beschadigd: de header noemt een bestandsformaat dat Facilitator nooit schrijft. Het is niet gewijzigd. Als het hier eerder geopend was, vind je oudere kopieën onder Bestand → Herstellen uit back-up…</translation>
    </message>
    <message>
        <source>The workshop file is damaged: its tables do not match the version it records (a table or column is missing, or the version record was changed or removed). It was not changed. If it was open here before, File → Restore from backup… has earlier copies.</source>
        <translation>Het workshopbestand is beschadigd: de tabellen passen niet bij de versie die het vermeldt (een tabel of kolom ontbreekt, of het versiegegeven is gewijzigd of verwijderd). Het is niet gewijzigd. Als het hier eerder geopend was, vind je oudere kopieën onder Bestand → Herstellen uit back-up…</translation>
    </message>
    <message>
        <source>The workshop file is damaged: some saved values cannot be read (text that is not UTF-8, broken keys, unknown states, dates that do not parse). It was not changed. If it was open here before, File → Restore from backup… has earlier copies.</source>
        <translation>Het workshopbestand is beschadigd: sommige opgeslagen waarden zijn onleesbaar (tekst die geen UTF-8 is, kapotte sleutels, onbekende toestanden, datums die niet te lezen zijn). Het is niet gewijzigd. Als het hier eerder geopend was, vind je oudere kopieën onder Bestand → Herstellen uit back-up…</translation>
    </message>
    <message>
        <source>A log file beside it does not belong to this workshop, so opening it could mix in data from elsewhere. Nothing was changed. Open the newest backup (File → Restore from backup…), or move the log out of the folder to open the file as it was last saved (edits only in the log are then lost).</source>
        <translation>Een logbestand ernaast hoort niet bij deze workshop, dus openen zou gegevens van elders kunnen binnenhalen. Er is niets gewijzigd. Open de nieuwste back-up (Bestand → Herstellen uit back-up…), of haal het logbestand uit de map om het bestand te openen zoals het laatst is opgeslagen (wijzigingen die alleen in het logbestand staan, gaan dan verloren).</translation>
    </message>
    <message>
        <source>A log file beside it is damaged, so opening it could lose saved data. Nothing was changed. Open the newest backup (File → Restore from backup…), or move the log out of the folder to open the file as it was last saved (edits only in the log are then lost).</source>
        <translation>Een logbestand ernaast is beschadigd, dus openen zou opgeslagen gegevens kunnen kwijtraken. Er is niets gewijzigd. Open de nieuwste back-up (Bestand → Herstellen uit back-up…), of haal het logbestand uit de map om het bestand te openen zoals het laatst is opgeslagen (wijzigingen die alleen in het logbestand staan, gaan dan verloren).</translation>
    </message>
    <message>
        <source>A log file beside it is older than the workshop file, so opening it would take back saved changes. Nothing was changed. Open the newest backup (File → Restore from backup…), or move the log out of the folder to open the file as it was last saved (edits only in the log are then lost).</source>
        <translation>Een logbestand ernaast is ouder dan het workshopbestand, dus openen zou opgeslagen wijzigingen terugdraaien. Er is niets gewijzigd. Open de nieuwste back-up (Bestand → Herstellen uit back-up…), of haal het logbestand uit de map om het bestand te openen zoals het laatst is opgeslagen (wijzigingen die alleen in het logbestand staan, gaan dan verloren).</translation>
    </message>
</context>
<context>
    <name>FlashLine</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
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
        <translation>groepsleider</translation>
    </message>
    <message>
        <source>locked: stays when assigning again</source>
        <translation>vastgezet: blijft bij opnieuw indelen</translation>
    </message>
    <message>
        <source>has already met the selected person</source>
        <translation>heeft de geselecteerde persoon al ontmoet</translation>
    </message>
</context>
<context>
    <name>GroupsController</name>
    <message>
        <source>New group round</source>
        <translation>Nieuwe groepsronde</translation>
    </message>
    <message>
        <source>Edit group round</source>
        <translation>Groepsronde bewerken</translation>
    </message>
    <message>
        <source>Delete group round</source>
        <translation>Groepsronde verwijderen</translation>
    </message>
    <message>
        <source>Move to another group</source>
        <translation>naar een andere groep verplaatsen</translation>
    </message>
    <message>
        <source>Change group leader</source>
        <translation>groepsleider wijzigen</translation>
    </message>
    <message>
        <source>Lock or unlock</source>
        <translation>vastzetten of losmaken</translation>
    </message>
    <message>
        <source>Set a group&apos;s question</source>
        <translation>vraag van een groep instellen</translation>
    </message>
    <message>
        <source>That group no longer exists.</source>
        <translation>Die groep bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Nieuwe ronde…</translation>
    </message>
    <message>
        <source>Ed&amp;it round…</source>
        <translation>R&amp;onde bewerken…</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>Ronde verwijderen</translation>
    </message>
    <message>
        <source>Group rounds</source>
        <translation>Groepsrondes</translation>
    </message>
    <message>
        <source>&amp;Assign automatically</source>
        <translation>Automatisch &amp;indelen</translation>
    </message>
    <message>
        <source>Re-&amp;balance</source>
        <translation>Her&amp;verdelen</translation>
    </message>
    <message>
        <source>After late arrivals and no-shows: fix the groups with the fewest moves</source>
        <translation>Na laatkomers en afwezigen: de groepen bijsturen met zo weinig mogelijk verplaatsingen</translation>
    </message>
    <message>
        <source>&amp;Projector view</source>
        <translation>&amp;Projectorweergave</translation>
    </message>
    <message>
        <source>P&amp;rint</source>
        <translation>&amp;Afdrukken</translation>
    </message>
    <message>
        <source>Group lists…</source>
        <translation>Groepslijsten…</translation>
    </message>
    <message>
        <source>Group lists, one group per page…</source>
        <translation>Groepslijsten, één groep per pagina…</translation>
    </message>
    <message>
        <source>Door signs…</source>
        <translation>Deurbordjes…</translation>
    </message>
    <message>
        <source>Leader&apos;s QR code on the door signs</source>
        <translation>QR-code van de groepsleider op de deurbordjes</translation>
    </message>
    <message>
        <source>Each door sign of the latest round carries the code its group leader scans to type the group&apos;s ideas from a phone (venue network)</source>
        <translation>Elk deurbordje van de laatste ronde krijgt de code die de groepsleider scant om de ideeën van de groep op de telefoon in te voeren (lokaal netwerk)</translation>
    </message>
    <message>
        <source>&amp;Leader links…</source>
        <translation>&amp;Leiderslinks…</translation>
    </message>
    <message>
        <source>A link and QR code per group for its leader to type ideas from a phone</source>
        <translation>Een link en QR-code per groep, zodat de leider ideeën op de telefoon kan invoeren</translation>
    </message>
    <message>
        <source>Delete group round</source>
        <translation>Groepsronde verwijderen</translation>
    </message>
    <message>
        <source>Delete “%1” and its groups? You can undo this.</source>
        <translation>‘%1’ en de groepen ervan verwijderen? Je kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <source>Group lists</source>
        <translation>Groepslijsten</translation>
    </message>
    <message>
        <source>Door signs</source>
        <translation>Deurbordjes</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
</context>
<context>
    <name>GroupsProjector</name>
    <message>
        <source>Find your group</source>
        <translation>Zoek je groep</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <source>Facilitator user guide</source>
        <translation>Gebruikershandleiding van Facilitator</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>This guide has not been translated into your language yet: it is in English.</source>
        <translation>Deze handleiding is nog niet vertaald in jouw taal: ze is in het Engels.</translation>
    </message>
</context>
<context>
    <name>IdeaDelegate</name>
    <message>
        <source>merged</source>
        <translation>samengevoegd</translation>
    </message>
</context>
<context>
    <name>IdeaListModel</name>
    <message>
        <source>The facilitator merged this idea into a similar one.</source>
        <translation>De facilitator heeft dit idee samengevoegd met een gelijkaardig idee.</translation>
    </message>
    <message>
        <source>The facilitator merged similar ideas into this one.</source>
        <translation>De facilitator heeft gelijkaardige ideeën met dit idee samengevoegd.</translation>
    </message>
    <message>
        <source>An idea needs some text. To remove it, select it and press Delete.</source>
        <translation>Een idee heeft tekst nodig. Selecteer het en druk op Delete om het te verwijderen.</translation>
    </message>
</context>
<context>
    <name>IdeaListView</name>
    <message>
        <source>No ideas yet. Type the first one above and press Enter.</source>
        <translation>Nog geen ideeën. Typ het eerste hierboven en druk op Enter.</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideeën</translation>
    </message>
</context>
<context>
    <name>Ideas</name>
    <message>
        <source>An idea needs some text.</source>
        <translation>Een idee heeft tekst nodig.</translation>
    </message>
    <message>
        <source>That idea is too long (at most 2,000 characters).</source>
        <translation>Dat idee is te lang (hoogstens 2.000 tekens).</translation>
    </message>
    <message>
        <source>A question needs some text.</source>
        <translation>Een vraag heeft tekst nodig.</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>Een thema heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Only ideas for the same question can be merged.</source>
        <translation>Alleen ideeën voor dezelfde vraag kunnen worden samengevoegd.</translation>
    </message>
    <message>
        <source>That idea is itself merged into another one; merge into that one instead.</source>
        <translation>Dat idee is zelf al samengevoegd met een ander idee; voeg in plaats daarvan samen met dat idee.</translation>
    </message>
    <message>
        <source>Select at least two ideas to merge.</source>
        <translation>Selecteer minstens twee ideeën om samen te voegen.</translation>
    </message>
    <message>
        <source>That idea has no merged duplicates to split off.</source>
        <translation>Dat idee heeft geen samengevoegde dubbele ideeën om af te splitsen.</translation>
    </message>
    <message>
        <source>That theme belongs to another question.</source>
        <translation>Dat thema hoort bij een andere vraag.</translation>
    </message>
    <message>
        <source>That idea, theme or question no longer exists (it may have been deleted).</source>
        <translation>Dat idee, thema of die vraag bestaat niet meer (misschien is het verwijderd).</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>From group</source>
        <translation>Van groep</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Merged from:</source>
        <translation>Samengevoegd uit:</translation>
    </message>
    <message>
        <source>Not sorted</source>
        <translation>Niet gesorteerd</translation>
    </message>
    <message>
        <source>Drop ideas here to sort them; double-click to rename.</source>
        <translation>Zet ideeën hier neer om ze te sorteren; dubbelklik om de naam te wijzigen.</translation>
    </message>
</context>
<context>
    <name>IdeasController</name>
    <message>
        <source>Add question</source>
        <translation>vraag toevoegen</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>vraag bewerken</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Vraag verwijderen</translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation>idee toevoegen</translation>
    </message>
    <message>
        <source>Edit idea</source>
        <translation>idee bewerken</translation>
    </message>
    <message>
        <source>Delete idea</source>
        <translation>idee verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n ideas</source>
        <translation>
            <numerusform>%n idee verwijderen</numerusform>
            <numerusform>%n ideeën verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to theme</source>
        <translation>Verplaatsen naar thema</translation>
    </message>
    <message>
        <source>Take out of theme</source>
        <translation>uit thema halen</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Dubbele ideeën samenvoegen</translation>
    </message>
    <message>
        <source>Split merged idea</source>
        <translation>Samengevoegd idee splitsen</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nieuw thema</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>thema hernoemen</translation>
    </message>
    <message>
        <source>Change theme colour</source>
        <translation>themakleur wijzigen</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Thema verwijderen</translation>
    </message>
    <message>
        <source>Attach photo</source>
        <translation>foto toevoegen</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>bijschrift bewerken</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>foto verwijderen</translation>
    </message>
</context>
<context>
    <name>IdeasPage</name>
    <message>
        <source>Search ideas (accents do not matter)</source>
        <translation>Zoek in ideeën (accenten maken niet uit)</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nieuw thema</translation>
    </message>
    <message>
        <source>Type an idea for the chosen question and press Enter</source>
        <translation>Typ een idee voor de gekozen vraag en druk op Enter</translation>
    </message>
    <message>
        <source>Search ideas</source>
        <translation>Ideeën zoeken</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideeën</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Nieuw idee</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <source>Phones…</source>
        <translation>Telefoons…</translation>
    </message>
    <message>
        <source>Venue network: group leaders and participants join from their phones</source>
        <translation>Lokaal netwerk: groepsleiders en deelnemers doen mee vanaf hun telefoon</translation>
    </message>
    <message>
        <source>%1 of %2 ideas</source>
        <translation>%1 van %2 ideeën</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Dubbele ideeën samenvoegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Tekst bewerken</translation>
    </message>
    <message>
        <source>Move to theme</source>
        <translation>Verplaatsen naar thema</translation>
    </message>
    <message>
        <source>Not sorted</source>
        <translation>Niet gesorteerd</translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation>Nieuw thema…</translation>
    </message>
    <message>
        <source>Split merged idea</source>
        <translation>Samengevoegd idee splitsen</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n idea(s) to %1</source>
        <translation>
            <numerusform>%n idee verplaatst naar %1</numerusform>
            <numerusform>%n ideeën verplaatst naar %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n idea(s) out of their theme</source>
        <translation>
            <numerusform>%n idee uit zijn thema gehaald</numerusform>
            <numerusform>%n ideeën uit hun thema gehaald</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the theme:</source>
        <translation>Naam van het thema:</translation>
    </message>
    <message>
        <source>Select two or more ideas to merge.</source>
        <translation>Selecteer twee of meer ideeën om samen te voegen.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n duplicate(s)</source>
        <translation>
            <numerusform>%n dubbel idee samengevoegd</numerusform>
            <numerusform>%n dubbele ideeën samengevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n idea(s); Edit → Undo brings them back</source>
        <translation>
            <numerusform>%n idee verwijderd; Bewerken → Ongedaan maken haalt het terug</numerusform>
            <numerusform>%n ideeën verwijderd; Bewerken → Ongedaan maken haalt ze terug</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdeasProjector</name>
    <message>
        <source>Ideas wall</source>
        <translation>Ideeënmuur</translation>
    </message>
    <message>
        <source>Ideas appear here as the groups send them in.</source>
        <translation>De ideeën verschijnen hier zodra de groepen ze insturen.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (vervolg)</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ nog %1</translation>
    </message>
    <message>
        <source>No question yet</source>
        <translation>Nog geen vraag</translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <translation>Nog niet gesorteerd</translation>
    </message>
    <message>
        <source>Ideas: %1  ·  Themes: %2</source>
        <translation>Ideeën: %1  ·  Thema&apos;s: %2</translation>
    </message>
</context>
<context>
    <name>IdeasToolbar</name>
    <message>
        <source>Questions…</source>
        <translation>Vragen…</translation>
    </message>
    <message>
        <source>Capture window</source>
        <translation>Invoervenster</translation>
    </message>
    <message>
        <source>A window for group leaders to type their group&apos;s ideas</source>
        <translation>Een venster waarin groepsleiders de ideeën van hun groep invoeren</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>Show the question, the ideas by theme and the timer on a second screen</source>
        <translation>Toon de vraag, de ideeën per thema en de timer op een tweede scherm</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Vraag:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groep:</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alle vragen</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle groepen</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <source>%n new participant(s)</source>
        <translation>
            <numerusform>%n nieuwe deelnemer</numerusform>
            <numerusform>%n nieuwe deelnemers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n bijgewerkt</numerusform>
            <numerusform>%n bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n al up-to-date</numerusform>
            <numerusform>%n al up-to-date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate row(s) merged</source>
        <translation>
            <numerusform>%n dubbele rij samengevoegd</numerusform>
            <numerusform>%n dubbele rijen samengevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n rij geweigerd</numerusform>
            <numerusform>%n rijen geweigerd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>werkblad ‘%1’</translation>
    </message>
    <message>
        <source>%1, separated by “%2”</source>
        <translation>%1, gescheiden door ‘%2’</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, headings in row %3, %n row(s) of people</source>
        <translation>
            <numerusform>%1 — %2, kolomkoppen in rij %3, %n rij met deelnemers</numerusform>
            <numerusform>%1 — %2, kolomkoppen in rij %3, %n rijen met deelnemers</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column (or the first and last name columns) with the names.</source>
        <translation>Kies de kolom met de namen (of de kolommen met voornaam en achternaam).</translation>
    </message>
    <message>
        <source>Checking the list…</source>
        <translation>Lijst wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Checking the list… %1 of %2 rows</source>
        <translation>De lijst wordt gecontroleerd… %1 van %2 rijen</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Deelnemers importeren</translation>
    </message>
    <message>
        <source>Check which column holds what. Double-click “Imports as” to change it; choose “Ignore” for columns you do not want.</source>
        <translation>Controleer wat elke kolom bevat. Dubbelklik op ‘Importeren als’ om dat te wijzigen; kies ‘Negeren’ voor kolommen die je niet nodig hebt.</translation>
    </message>
    <message>
        <source>Names are written “Last name, First name”</source>
        <translation>Namen staan als ‘Achternaam, Voornaam’</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Wat de import zal doen</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>Rol of functie</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Dieetwensen</translation>
    </message>
    <message>
        <source>Overnight stay</source>
        <translation>Overnachting</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Consent: share contact details</source>
        <translation>Toestemming: contactgegevens delen</translation>
    </message>
    <message>
        <source>Consent: photos</source>
        <translation>Toestemming: foto&apos;s</translation>
    </message>
    <message>
        <source>Consent: receive the minutes</source>
        <translation>Toestemming: verslag ontvangen</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>There is no file at this path.</source>
        <translation>Er is geen bestand op deze locatie.</translation>
    </message>
    <message>
        <source>This is a folder, not a participant list.</source>
        <translation>Dit is een map, geen deelnemerslijst.</translation>
    </message>
    <message>
        <source>You do not have permission to read this file.</source>
        <translation>Je hebt geen toestemming om dit bestand te lezen.</translation>
    </message>
    <message>
        <source>The file is empty: there is no one to import.</source>
        <translation>Het bestand is leeg: er is niemand om te importeren.</translation>
    </message>
    <message>
        <source>The list has column headings but no rows of people below them: there is no one to import.</source>
        <translation>De lijst heeft kolomkoppen, maar geen rijen met deelnemers daaronder: er is niemand om te importeren.</translation>
    </message>
    <message>
        <source>This is not a participant list: import a spreadsheet saved as .xlsx or .csv.</source>
        <translation>Dit is geen deelnemerslijst: importeer een spreadsheet die is opgeslagen als .xlsx of .csv.</translation>
    </message>
    <message>
        <source>The file is named .xlsx but is not a readable Excel workbook (damaged, truncated, or another kind of file renamed). Open it in Excel and save it again, or save it as .csv.</source>
        <translation>Het bestand eindigt op .xlsx, maar is geen leesbare Excel-werkmap (beschadigd, afgekapt of een ander soort bestand met een nieuwe naam). Open het in Excel en sla het opnieuw op, of sla het op als .csv.</translation>
    </message>
    <message>
        <source>This kind of spreadsheet cannot be read. Save it as .xlsx (without a password) or .csv and import that file.</source>
        <translation>Dit soort spreadsheet kan niet worden gelezen. Sla het bestand op als .xlsx (zonder wachtwoord) of .csv en importeer dat nieuwe bestand.</translation>
    </message>
    <message>
        <source>No column of this list looks like it holds people&apos;s names (such as Name, Navn, Namn, Naam, or first and last name). Check that the file is a participant list with a heading row.</source>
        <translation>Geen enkele kolom in deze lijst lijkt namen van personen te bevatten (zoals Naam, Name, Navn, Namn of voor- en achternaam). Controleer of het bestand een deelnemerslijst met een rij kolomkoppen is.</translation>
    </message>
    <message>
        <source>The list is too large to import: a participant list can have at most 100,000 rows, 1,000 columns, 10,000 characters in a cell and 1,000,000 in a line, in a file of at most 50 MB. Check that this is the right file, or split it.</source>
        <translation>De lijst is te groot om te importeren: een deelnemerslijst mag hoogstens 100.000 rijen, 1.000 kolommen, 10.000 tekens in een cel en 1.000.000 op een regel hebben, in een bestand van hoogstens 50 MB. Controleer of dit het juiste bestand is, of splits het.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>no name</source>
        <translation>geen naam</translation>
    </message>
    <message>
        <source>invalid e-mail address</source>
        <translation>ongeldig e-mailadres</translation>
    </message>
    <message>
        <source>not a yes or no, left empty</source>
        <translation>geen ja of nee, leeg gelaten</translation>
    </message>
    <message>
        <source>row %1 is the same person as row %2</source>
        <translation>rij %1 is dezelfde persoon als rij %2</translation>
    </message>
    <message>
        <source>row %1: %2 (%3)</source>
        <translation>rij %1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Impossible</name>
    <message>
        <source>There are %1 groups but only %2 people: some groups stay empty.</source>
        <translation>Er zijn %1 groepen maar slechts %2 personen: sommige groepen blijven leeg.</translation>
    </message>
    <message>
        <source>%1 has %2 people and there are %3 groups, so some groups have %4 of them.</source>
        <translation>%1 heeft %2 personen en er zijn %3 groepen, dus sommige groepen krijgen er %4.</translation>
    </message>
    <message numerus="yes">
        <source>There are %1 group leaders for %2 groups: %n group(s) will have none.</source>
        <translation>
            <numerusform>Er zijn %1 groepsleiders voor %2 groepen: %n groep krijgt er geen.</numerusform>
            <numerusform>Er zijn %1 groepsleiders voor %2 groepen: %n groepen krijgen er geen.</numerusform>
        </translation>
    </message>
    <message>
        <source>One group leader per group is asked, but nobody is tagged “group leader”: tag them on the Participants page, or untick the rule for this round.</source>
        <translation>Eén groepsleider per groep is gevraagd, maar niemand heeft de tag ‘groepsleider’: tag ze op de pagina Deelnemers, of zet de regel voor deze ronde uit.</translation>
    </message>
    <message>
        <source>%1 must stay together, but groups have at most %2 people.</source>
        <translation>%1 moeten samen blijven, maar groepen hebben hoogstens %2 personen.</translation>
    </message>
    <message>
        <source>%1 and %2 must be kept apart, but keep-together pairs link them.</source>
        <translation>%1 en %2 moeten uit elkaar blijven, maar paren die samen moeten blijven verbinden hen.</translation>
    </message>
    <message>
        <source>%1 must stay together but are locked in different groups.</source>
        <translation>%1 moeten samen blijven, maar zijn in verschillende groepen vastgezet.</translation>
    </message>
    <message>
        <source>%1 must stay together, which puts %2 people from %3 in one group.</source>
        <translation>%1 moeten samen blijven, waardoor %2 personen van %3 in één groep komen.</translation>
    </message>
    <message>
        <source>%1 is locked in a group that cannot be used now.</source>
        <translation>%1 is vastgezet in een groep die nu niet gebruikt kan worden.</translation>
    </message>
    <message>
        <source>More people are locked in some groups than the group sizes allow.</source>
        <translation>Er zijn in sommige groepen meer personen vastgezet dan de groepsgroottes toelaten.</translation>
    </message>
    <message>
        <source>%1 and %2 must be kept apart but are both locked in %3.</source>
        <translation>%1 en %2 moeten uit elkaar blijven, maar zijn allebei vastgezet in %3.</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <source>Join from your phone</source>
        <translation>Doe mee met je telefoon</translation>
    </message>
    <message>
        <source>The venue network is off.</source>
        <translation>Het lokale netwerk staat uit.</translation>
    </message>
    <message>
        <source>Scan the code, or open</source>
        <translation>Scan de code, of open</translation>
    </message>
    <message>
        <source>and type</source>
        <translation>en typ</translation>
    </message>
    <message>
        <source>First join this Wi-Fi:</source>
        <translation>Maak eerst verbinding met deze wifi:</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Voting kiosk – %1</source>
        <translation>Stemkiosk – %1</translation>
    </message>
    <message>
        <source>Thank you — pass the laptop on</source>
        <translation>Bedankt — geef de laptop door</translation>
    </message>
    <message>
        <source>Your vote is stored. This screen clears itself.</source>
        <translation>Je stem is opgeslagen. Dit scherm wist zichzelf.</translation>
    </message>
    <message>
        <source>Next voter</source>
        <translation>Volgende stemmer</translation>
    </message>
    <message>
        <source>This vote no longer exists</source>
        <translation>Deze stemming bestaat niet meer</translation>
    </message>
    <message>
        <source>This vote is closed</source>
        <translation>Deze stemming is gesloten</translation>
    </message>
    <message>
        <source>Please hand the laptop back to the facilitator.</source>
        <translation>Geef de laptop terug aan de facilitator.</translation>
    </message>
    <message>
        <source>Your vote could not be stored. Please call the facilitator.</source>
        <translation>Je stem kon niet worden opgeslagen. Roep de facilitator erbij.</translation>
    </message>
    <message>
        <source>Voters cannot leave the kiosk: leaving it needs a PIN.</source>
        <translation>Kiezers kunnen de kiosk niet verlaten: daarvoor is een pincode nodig.</translation>
    </message>
    <message>
        <source>Only the facilitator leaves the kiosk. Type the PIN to leave it (a ballot being filled in is thrown away).</source>
        <translation>Alleen de facilitator verlaat de kiosk. Typ de pincode om hem te verlaten (een stembiljet dat wordt ingevuld, vervalt).</translation>
    </message>
</context>
<context>
    <name>LeaderLinkRow</name>
    <message>
        <source>Link for the leader of %1</source>
        <translation>Link voor de leider van %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy the link, e.g. to send it to the leader</source>
        <translation>Kopieer de link, bijvoorbeeld om hem naar de leider te sturen</translation>
    </message>
    <message>
        <source>New link…</source>
        <translation>Nieuwe link…</translation>
    </message>
    <message>
        <source>Replace the link: the old one stops working at once (if it was lost)</source>
        <translation>Vervang de link: de oude werkt meteen niet meer (als hij kwijt is)</translation>
    </message>
</context>
<context>
    <name>LeaderLinksDialog</name>
    <message>
        <source>Leader links</source>
        <translation>Leiderslinks</translation>
    </message>
    <message>
        <source>The links work while the venue network is on, for phones on the same network as this computer.</source>
        <translation>De links werken zolang het lokale netwerk aan staat, voor telefoons op hetzelfde netwerk als deze computer.</translation>
    </message>
    <message>
        <source>Print leader cards…</source>
        <translation>Leiderskaarten afdrukken…</translation>
    </message>
    <message>
        <source>A card for each leader with the group&apos;s questions and QR code, two to a page</source>
        <translation>Een kaart voor elke leider met de vragen en QR-code van de groep, twee per pagina</translation>
    </message>
    <message>
        <source>No groups yet: make a group round first, then each group&apos;s leader gets a link.</source>
        <translation>Nog geen groepen: maak eerst een groepsronde, dan krijgt elke groepsleider een link.</translation>
    </message>
    <message>
        <source>Each group leader scans their group&apos;s code with a phone (or opens the link) to type the group&apos;s ideas. Groups of “%1”, the latest round.</source>
        <translation>Elke groepsleider scant de code van de groep met een telefoon (of opent de link) om de ideeën van de groep in te voeren. Groepen van ‘%1’, de laatste ronde.</translation>
    </message>
    <message>
        <source>New leader link</source>
        <translation>Nieuwe leiderslink</translation>
    </message>
    <message>
        <source>Make a new link for “%1”? The old link stops working at once: whoever has it open can no longer add ideas, and a printed card or door sign with it must be printed again. This cannot be undone.</source>
        <translation>Een nieuwe link maken voor ‘%1’? De oude link werkt meteen niet meer: wie hem open heeft, kan geen ideeën meer toevoegen, en een afgedrukte kaart of een deurbordje ermee moet opnieuw worden afgedrukt. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Leader cards</source>
        <translation>Leiderskaarten</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Licenties</translation>
    </message>
    <message>
        <source>Facilitator (MIT licence)</source>
        <translation>Facilitator (MIT-licentie)</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Kennisgevingen van derden</translation>
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
        <translation>SIL Open Font License 1.1 (pictogramlettertypen)</translation>
    </message>
    <message>
        <source>The file %1 is missing from this installation.</source>
        <translation>Het bestand %1 ontbreekt in deze installatie.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nieuwe workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>&amp;Demoworkshop openen</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Herstellen uit &amp;back-up…</translation>
    </message>
    <message>
        <source>&amp;Venue network (phones)…</source>
        <translation>&amp;Lokaal netwerk (telefoons)…</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>&amp;Workshop sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Merge a group leader&apos;s file…</source>
        <translation>Bestand van een groepsleider &amp;samenvoegen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Gebruikershandleiding</translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation>&amp;Over Facilitator</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Workshop openen</translation>
    </message>
    <message>
        <source>Workshops (*%1);;All files (*)</source>
        <translation>Workshops (*%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Cannot open the workshop</source>
        <translation>Kan de workshop niet openen</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wordt geopend…</translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation>Nieuwe workshop opslaan als</translation>
    </message>
    <message>
        <source>Workshops (*%1)</source>
        <translation>Workshops (*%1)</translation>
    </message>
    <message>
        <source>Cannot create the workshop</source>
        <translation>Kan de workshop niet aanmaken</translation>
    </message>
    <message>
        <source>Cannot open the demo workshop</source>
        <translation>Kan de demoworkshop niet openen</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>De wijziging is niet opgeslagen</translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation>Elke wijziging wordt meteen opgeslagen</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Opgeslagen om %1</translation>
    </message>
    <message>
        <source>Text not added yet</source>
        <translation>Tekst nog niet toegevoegd</translation>
    </message>
    <message>
        <source>A capture window has text that was typed but not added:

%1

Close the workshop anyway and discard it?</source>
        <translation>Een invoervenster bevat tekst die getypt maar niet toegevoegd is:

%1

De workshop toch sluiten en de tekst weggooien?</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>De automatische back-up is mislukt: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Herstellen uit back-up</translation>
    </message>
    <message>
        <source>Replace the workshop with this backup? The current state is backed up first, so you can go back to it.</source>
        <translation>De workshop vervangen door deze back-up? Van de huidige toestand wordt eerst een back-up gemaakt, zodat je ernaar kunt terugkeren.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Kan de back-up niet herstellen</translation>
    </message>
    <message>
        <source>Restored the backup.</source>
        <translation>De back-up is hersteld.</translation>
    </message>
    <message>
        <source>Merge a group leader&apos;s file</source>
        <translation>Bestand van een groepsleider samenvoegen</translation>
    </message>
    <message>
        <source>Merged %1.</source>
        <translation>%1 samengevoegd.</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(geen kolomkop)</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <source>Across:</source>
        <translation>Horizontaal:</translation>
    </message>
    <message>
        <source>Up:</source>
        <translation>Verticaal:</translation>
    </message>
    <message>
        <source>2×2 chart</source>
        <translation>2×2-diagram</translation>
    </message>
    <message>
        <source>Mean ratings of the 2×2 chart</source>
        <translation>Gemiddelde beoordelingen van het 2×2-diagram</translation>
    </message>
    <message>
        <source>Plan for it</source>
        <translation>Inplannen</translation>
    </message>
    <message>
        <source>Do first</source>
        <translation>Eerst doen</translation>
    </message>
    <message>
        <source>Leave for now</source>
        <translation>Voorlopig laten liggen</translation>
    </message>
    <message>
        <source>Nice to have</source>
        <translation>Mooi meegenomen</translation>
    </message>
    <message>
        <source>No item has been rated on both criteria yet.</source>
        <translation>Nog geen enkel voorstel is op beide criteria beoordeeld.</translation>
    </message>
</context>
<context>
    <name>MergeCounts</name>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n nieuwe organisatie</numerusform>
            <numerusform>%n nieuwe organisaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new participant(s)</source>
        <translation>
            <numerusform>%n nieuwe deelnemer</numerusform>
            <numerusform>%n nieuwe deelnemers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new question(s)</source>
        <translation>
            <numerusform>%n nieuwe vraag</numerusform>
            <numerusform>%n nieuwe vragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new theme(s)</source>
        <translation>
            <numerusform>%n nieuw thema</numerusform>
            <numerusform>%n nieuwe thema&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new idea(s)</source>
        <translation>
            <numerusform>%n nieuw idee</numerusform>
            <numerusform>%n nieuwe ideeën</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new photo(s)</source>
        <translation>
            <numerusform>%n nieuwe foto</numerusform>
            <numerusform>%n nieuwe foto&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation name(s) from the copy already used by another organisation here: this workshop&apos;s name kept</source>
        <translation>
            <numerusform>%n organisatienaam uit de kopie wordt hier al door een andere organisatie gebruikt: de naam in deze workshop blijft</numerusform>
            <numerusform>%n organisatienamen uit de kopie worden hier al door andere organisaties gebruikt: de namen in deze workshop blijven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) from a group that is not in this workshop</source>
        <translation>
            <numerusform>%n idee van een groep die niet in deze workshop zit</numerusform>
            <numerusform>%n ideeën van een groep die niet in deze workshop zit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) for a question that is not in this workshop</source>
        <translation>
            <numerusform>%n idee bij een vraag die niet in deze workshop zit</numerusform>
            <numerusform>%n ideeën bij een vraag die niet in deze workshop zit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) sorted into a theme that is not in this workshop</source>
        <translation>
            <numerusform>%n idee ingedeeld bij een thema dat niet in deze workshop zit</numerusform>
            <numerusform>%n ideeën ingedeeld bij een thema dat niet in deze workshop zit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) by an author who is not in this workshop</source>
        <translation>
            <numerusform>%n idee van een auteur die niet in deze workshop zit</numerusform>
            <numerusform>%n ideeën van een auteur die niet in deze workshop zit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) merged into an idea that is not in this workshop</source>
        <translation>
            <numerusform>%n idee samengevoegd met een idee dat niet in deze workshop zit</numerusform>
            <numerusform>%n ideeën samengevoegd met een idee dat niet in deze workshop zit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s) for a question that is not in this workshop</source>
        <translation>
            <numerusform>%n thema bij een vraag die niet in deze workshop zit</numerusform>
            <numerusform>%n thema&apos;s bij een vraag die niet in deze workshop zit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) for a group round that is not in this workshop</source>
        <translation>
            <numerusform>%n vraag bij een groepsronde die niet in deze workshop zit</numerusform>
            <numerusform>%n vragen bij een groepsronde die niet in deze workshop zit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) for a question that is not in this workshop</source>
        <translation>
            <numerusform>%n foto bij een vraag die niet in deze workshop zit</numerusform>
            <numerusform>%n foto&apos;s bij een vraag die niet in deze workshop zit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved with the copy&apos;s version</source>
        <translation>
            <numerusform>%n conflict opgelost met de versie uit de kopie</numerusform>
            <numerusform>%n conflicten opgelost met de versie uit de kopie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) from the copy applied here</source>
        <translation>
            <numerusform>%n verwijdering uit de kopie hier toegepast</numerusform>
            <numerusform>%n verwijderingen uit de kopie hier toegepast</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) made on the other laptop, remembered here too</source>
        <translation>
            <numerusform>%n verwijdering op de andere laptop, hier ook onthouden</numerusform>
            <numerusform>%n verwijderingen op de andere laptop, hier ook onthouden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted here, left out</source>
        <translation>
            <numerusform>%n item hier verwijderd, weggelaten</numerusform>
            <numerusform>%n items hier verwijderd, weggelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>This is the open workshop&apos;s own file. Choose the copy the group leader handed over.</source>
        <translation>Dit is het eigen bestand van de geopende workshop. Kies de kopie die de groepsleider heeft bezorgd.</translation>
    </message>
    <message>
        <source>This is a copy of another workshop (“%1”). Only copies of this workshop can be merged.</source>
        <translation>Dit is een kopie van een andere workshop (‘%1’). Alleen kopieën van deze workshop kunnen worden samengevoegd.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>On a form</source>
        <translation>Op een formulier</translation>
    </message>
    <message>
        <source>At import</source>
        <translation>Bij import</translation>
    </message>
    <message>
        <source>At the check-in desk</source>
        <translation>Aan de onthaalbalie</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(niet vastgelegd)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Nothing new: this workshop already has everything in the copy.</source>
        <translation>Niets nieuws: deze workshop bevat al alles uit de kopie.</translation>
    </message>
    <message>
        <source>“%1” is an organisation already here: not added again</source>
        <translation>‘%1’ is een organisatie die hier al bestaat: niet opnieuw toegevoegd</translation>
    </message>
    <message>
        <source>%1 is %2, already here (the same e-mail): not added again</source>
        <translation>%1 is %2, die hier al staat (hetzelfde e-mailadres): niet opnieuw toegevoegd</translation>
    </message>
    <message>
        <source>%1 is %2, already here (the same name and organisation): not added again</source>
        <translation>%1 is %2, die hier al staat (dezelfde naam en organisatie): niet opnieuw toegevoegd</translation>
    </message>
    <message>
        <source>Left empty, because it is not in this workshop:</source>
        <translation>Leeg gelaten, omdat het niet in deze workshop zit:</translation>
    </message>
    <message>
        <source>New ideas:</source>
        <translation>Nieuwe ideeën:</translation>
    </message>
    <message>
        <source>Merge a group leader&apos;s file</source>
        <translation>Bestand van een groepsleider samenvoegen</translation>
    </message>
    <message>
        <source>What comes in</source>
        <translation>Wat erbij komt</translation>
    </message>
    <message>
        <source>Take theirs where their copy is newer</source>
        <translation>Hun versie nemen waar hun kopie nieuwer is</translation>
    </message>
    <message>
        <source>Keep all of this workshop&apos;s</source>
        <translation>Alles van deze workshop behouden</translation>
    </message>
    <message>
        <source>A backup is taken before merging: File → Restore from backup… undoes the merge (Undo cannot). The group leader&apos;s file is only read, never changed.</source>
        <translation>Voor het samenvoegen wordt een back-up gemaakt: Bestand → Herstellen uit back-up… maakt het samenvoegen ongedaan (Ongedaan maken kan dat niet). Het bestand van de groepsleider wordt alleen gelezen, nooit gewijzigd.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>‘%1’ wordt gelezen…</translation>
    </message>
    <message>
        <source>Comparing the copy with this workshop…</source>
        <translation>De kopie wordt vergeleken met deze workshop…</translation>
    </message>
    <message>
        <source>Merging “%1” (“%2”) into this workshop. Nothing changes until you press Merge.</source>
        <translation>‘%1’ (‘%2’) wordt samengevoegd met deze workshop. Er verandert niets tot je op Samenvoegen drukt.</translation>
    </message>
    <message>
        <source>“%1” cannot be merged.</source>
        <translation>‘%1’ kan niet worden samengevoegd.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): changed differently in the two files, or deleted on the other laptop. This workshop&apos;s version is kept unless you tick “Take theirs”.</source>
        <translation>
            <numerusform>%n conflict: verschillend gewijzigd in de twee bestanden, of verwijderd op de andere laptop. De versie van deze workshop blijft behouden, tenzij je ‘Hun versie nemen’ aanvinkt.</numerusform>
            <numerusform>%n conflicten: verschillend gewijzigd in de twee bestanden, of verwijderd op de andere laptop. De versie van deze workshop blijft behouden, tenzij je ‘Hun versie nemen’ aanvinkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s); ticked ones were taken from the copy.</source>
        <translation>
            <numerusform>%n conflict; de aangevinkte zijn uit de kopie overgenomen.</numerusform>
            <numerusform>%n conflicten; de aangevinkte zijn uit de kopie overgenomen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taking a backup and merging…</source>
        <translation>Back-up maken en samenvoegen…</translation>
    </message>
    <message>
        <source>Merged “%1” into this workshop.</source>
        <translation>‘%1’ samengevoegd met deze workshop.</translation>
    </message>
    <message>
        <source>Nothing was merged: this workshop already has everything in “%1”.</source>
        <translation>Er is niets samengevoegd: deze workshop bevat al alles uit ‘%1’.</translation>
    </message>
    <message>
        <source>What came in</source>
        <translation>Wat erbij gekomen is</translation>
    </message>
    <message>
        <source>A backup was taken first: File → Restore from backup… undoes this merge.</source>
        <translation>Eerst werd een back-up gemaakt: Bestand → Herstellen uit back-up… maakt dit samenvoegen ongedaan.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>The merge failed; this workshop was not changed.</source>
        <translation>Het samenvoegen is mislukt; deze workshop is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Reden</translation>
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
        <translation>Naam</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Positie</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Samengevoegd met</translation>
    </message>
    <message>
        <source>Group round</source>
        <translation>Groepsronde</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>Rol of functie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Dieetwensen</translation>
    </message>
    <message>
        <source>Overnight stay</source>
        <translation>Overnachting</translation>
    </message>
    <message>
        <source>Minutes consent: date</source>
        <translation>Toestemming verslag: datum</translation>
    </message>
    <message>
        <source>Minutes consent: where answered</source>
        <translation>Toestemming verslag: waar gegeven</translation>
    </message>
    <message>
        <source>Contact consent: date</source>
        <translation>Toestemming contact: datum</translation>
    </message>
    <message>
        <source>Contact consent: where answered</source>
        <translation>Toestemming contact: waar gegeven</translation>
    </message>
    <message>
        <source>Photo consent: date</source>
        <translation>Toestemming foto&apos;s: datum</translation>
    </message>
    <message>
        <source>Photo consent: where answered</source>
        <translation>Toestemming foto&apos;s: waar gegeven</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Bestandstype</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bijschrift</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>Cover</source>
        <translation>Voorblad</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideeën</translation>
    </message>
    <message>
        <source>Voting results</source>
        <translation>Stemresultaten</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes</source>
        <translation>Notities van de facilitator</translation>
    </message>
    <message>
        <source>Full minutes</source>
        <translation>Volledig verslag</translation>
    </message>
    <message>
        <source>Short summary for the board</source>
        <translation>Korte samenvatting voor het bestuur</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Choose at least one section besides the notes.</source>
        <translation>Kies naast de notities minstens één sectie.</translation>
    </message>
    <message>
        <source>That section is not part of the minutes.</source>
        <translation>Die sectie hoort niet bij het verslag.</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>Een voorinstelling heeft een naam nodig.</translation>
    </message>
    <message>
        <source>That name belongs to a built-in preset: choose another one.</source>
        <translation>Die naam hoort bij een ingebouwde voorinstelling: kies een andere.</translation>
    </message>
    <message>
        <source>That preset no longer exists (it may have been deleted).</source>
        <translation>Die voorinstelling bestaat niet meer (misschien is ze verwijderd).</translation>
    </message>
    <message>
        <source>An action item needs a text (what is to be done).</source>
        <translation>Een actiepunt heeft een tekst nodig (wat er moet gebeuren).</translation>
    </message>
    <message>
        <source>That action item no longer exists (it may have been deleted).</source>
        <translation>Dat actiepunt bestaat niet meer (misschien is het verwijderd).</translation>
    </message>
    <message>
        <source>The minutes could not be changed.</source>
        <translation>Het verslag kon niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>This is a file, not a folder: choose a folder for the CSV files.</source>
        <translation>Dit is een bestand, geen map: kies een map voor de CSV-bestanden.</translation>
    </message>
    <message>
        <source>This is a folder: choose a file name for the workbook.</source>
        <translation>Dit is een map: kies een bestandsnaam voor de werkmap.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>De map bestaat niet.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was written; an earlier export is unchanged.</source>
        <translation>De schijf is vol. Er is niets weggeschreven; een eerdere export is ongewijzigd.</translation>
    </message>
    <message>
        <source>The export cannot be written here: the folder is read-only or the file is open in another program (close it and try again). An earlier export is unchanged.</source>
        <translation>De export kan hier niet worden weggeschreven: de map is alleen-lezen of het bestand is geopend in een ander programma (sluit het en probeer het opnieuw). Een eerdere export is ongewijzigd.</translation>
    </message>
    <message>
        <source>The export could not be written. An earlier export is unchanged.</source>
        <translation>De export kon niet worden weggeschreven. Een eerdere export is ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>MinutesChoices</name>
    <message>
        <source>Minutes</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Voorinstelling:</translation>
    </message>
    <message>
        <source>A saved choice of sections and privacy</source>
        <translation>Een opgeslagen keuze van secties en privacy</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Opslaan als voorinstelling…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Voorinstelling verwijderen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secties</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Lay out the minutes again now</source>
        <translation>Het verslag nu opnieuw opmaken</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Pdf opslaan…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Excel exporteren…</translation>
    </message>
    <message>
        <source>The whole workshop as one workbook</source>
        <translation>De hele workshop als één werkmap</translation>
    </message>
    <message>
        <source>Export CSV folder…</source>
        <translation>CSV-map exporteren…</translation>
    </message>
    <message>
        <source>The whole workshop as one CSV file per table</source>
        <translation>De hele workshop als één CSV-bestand per tabel</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <source>Leave out names and contacts (privacy)</source>
        <translation>Namen en contactgegevens weglaten (privacy)</translation>
    </message>
    <message>
        <source>Nobody is named: participants are counted by organisation, and organisations stand in for people as owners and leads. Also applies to the exports. Without it, e-mail and phone are shown only for participants who agreed to share their contact details.</source>
        <translation>Niemand wordt bij naam genoemd: deelnemers worden per organisatie geteld, en organisaties staan als eigenaar en trekker in plaats van personen. Geldt ook voor de exports. Zonder deze optie worden e-mail en telefoon alleen getoond voor deelnemers die toestemming gaven om hun contactgegevens te delen.</translation>
    </message>
    <message>
        <source>Hours per organisation</source>
        <translation>Uren per organisatie</translation>
    </message>
    <message>
        <source>The hours attended per organisation, for funding reports</source>
        <translation>Aanwezige uren per organisatie, voor subsidieverslagen</translation>
    </message>
    <message>
        <source>Logo…</source>
        <translation>Logo…</translation>
    </message>
    <message>
        <source>An image for the cover (for this session)</source>
        <translation>Een afbeelding voor het voorblad (voor deze sessie)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Use the workshop&apos;s own logo, if it has one</source>
        <translation>Het eigen logo van de workshop gebruiken, als die er een heeft</translation>
    </message>
    <message>
        <source>Custom selection</source>
        <translation>Eigen selectie</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Opslaan als voorinstelling</translation>
    </message>
    <message>
        <source>A name for these sections and this privacy choice:</source>
        <translation>Een naam voor deze secties en deze privacykeuze:</translation>
    </message>
    <message>
        <source>Preset “%1” saved.</source>
        <translation>Voorinstelling ‘%1’ opgeslagen.</translation>
    </message>
    <message>
        <source>Preset “%1” deleted.</source>
        <translation>Voorinstelling ‘%1’ verwijderd.</translation>
    </message>
    <message>
        <source>Logo for the cover</source>
        <translation>Logo voor het voorblad</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <source>The logo could not be read</source>
        <translation>Het logo kon niet worden gelezen</translation>
    </message>
    <message>
        <source>%1 is not an image this app can read (try PNG or JPEG).</source>
        <translation>%1 is geen afbeelding die deze app kan lezen (probeer PNG of JPEG).</translation>
    </message>
    <message>
        <source>Logo: the workshop&apos;s own, if it has one</source>
        <translation>Logo: dat van de workshop zelf, als die er een heeft</translation>
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
        <translation>actiepunt toevoegen</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>actiepunt bewerken</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>actiepunt verwijderen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>notitie bewerken</translation>
    </message>
    <message>
        <source>Save preset %1</source>
        <translation>voorinstelling %1 opslaan</translation>
    </message>
    <message>
        <source>Delete preset %1</source>
        <translation>voorinstelling %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>MinutesPage</name>
    <message>
        <source>Minutes</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Minutes saved to %1.</source>
        <translation>Verslag opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Export Excel workbook</source>
        <translation>Excel-werkmap exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Export CSV files into a folder</source>
        <translation>CSV-bestanden exporteren naar een map</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Schrijven…</translation>
    </message>
    <message>
        <source>Writing %1 of %2 rows…</source>
        <translation>%1 van %2 rijen worden geschreven…</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>De export is geannuleerd. Er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>Exporteren naar %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1, naming nobody.</source>
        <translation>
            <numerusform>%n rij geëxporteerd naar %1, zonder namen.</numerusform>
            <numerusform>%n rijen geëxporteerd naar %1, zonder namen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n rij geëxporteerd naar %1.</numerusform>
            <numerusform>%n rijen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>De export is mislukt.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>De export is mislukt</translation>
    </message>
</context>
<context>
    <name>MinutesPreview</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop laying out the minutes for the preview</source>
        <translation>Stop met het opmaken van het verslag voor het voorbeeld</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Bezig met opmaken…</translation>
    </message>
    <message>
        <source>Preview cancelled. Press Preview to lay out the minutes again.</source>
        <translation>Voorbeeld geannuleerd. Druk op Voorbeeld om het verslag opnieuw op te maken.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>in the workshop&apos;s language, as it will be saved</source>
        <translation>in de taal van de workshop, zoals het wordt opgeslagen</translation>
    </message>
    <message>
        <source>The preview could not be shown.</source>
        <translation>Het voorbeeld kon niet worden getoond.</translation>
    </message>
    <message>
        <source>The minutes could not be laid out: %1</source>
        <translation>Het verslag kon niet worden opgemaakt: %1</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Geen voorbeeld</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>Create…</source>
        <translation>Aanmaken…</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nieuwe workshop</translation>
    </message>
    <message>
        <source>Describe the workshop. You choose where to save it next; after that every change is saved as you make it.</source>
        <translation>Beschrijf de workshop. Daarna kies je waar je hem opslaat; vanaf dan wordt elke wijziging meteen opgeslagen.</translation>
    </message>
</context>
<context>
    <name>NotVotedTab</name>
    <message>
        <source>Not voted</source>
        <translation>Niet gestemd</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Your notes on each section, printed in a box in that section when “Facilitator&apos;s notes” is ticked. Saved as you type; can be undone.</source>
        <translation>Je notities bij elke sectie, afgedrukt in een kader in die sectie als ‘Notities van de facilitator’ is aangevinkt. Wordt opgeslagen terwijl je typt; kan ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>Sectie:</translation>
    </message>
    <message>
        <source>No note for this section yet.</source>
        <translation>Nog geen notitie voor deze sectie.</translation>
    </message>
    <message>
        <source>Note for the chosen section</source>
        <translation>Notitie bij het gekozen onderdeel</translation>
    </message>
</context>
<context>
    <name>OrganisationCountsModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(geen organisatie)</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Double-click a cell to edit. Organisations are created when you register or import people; sector and municipality can balance breakout groups.</source>
        <translation>Dubbelklik op een cel om te bewerken. Organisaties worden aangemaakt wanneer je deelnemers registreert of importeert; sector en gemeente kunnen de groepen helpen verdelen.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
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
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Queued (last try: %1)</source>
        <translation>In de wachtrij (laatste poging: %1)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In de wachtrij</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Bezig met verzenden…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Verzonden %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mislukt: %1</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>Unknown: may have been sent</source>
        <translation>Onbekend: misschien verzonden</translation>
    </message>
    <message>
        <source>The connection ended while this message was being handed over; the server may have it. Use “Resend unknown…” only if the person did not get it.</source>
        <translation>De verbinding werd verbroken terwijl dit bericht werd overgedragen; de server heeft het misschien. Gebruik ‘Onbekende opnieuw verzenden…’ alleen als de persoon het niet heeft gekregen.</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Verslag:</translation>
    </message>
    <message>
        <source>Messages in the outbox</source>
        <translation>Berichten in de postvak-uit</translation>
    </message>
    <message>
        <source>Nothing queued yet. “Send minutes…” queues the minutes for e-mail.</source>
        <translation>Nog niets in de wachtrij. ‘Verslag versturen…’ zet het verslag in de wachtrij voor e-mail.</translation>
    </message>
    <message>
        <source>Send &amp;minutes…</source>
        <translation>&amp;Verslag versturen…</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Nu verzenden</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>Mislukte opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>Resend &amp;unknown…</source>
        <translation>&amp;Onbekende opnieuw verzenden…</translation>
    </message>
    <message>
        <source>SMTP &amp;settings…</source>
        <translation>SMTP-&amp;instellingen…</translation>
    </message>
    <message>
        <source>%1 — queued %2</source>
        <translation>%1 — in de wachtrij gezet %2</translation>
    </message>
    <message>
        <source>Not configured: set up the SMTP server (SMTP settings…).</source>
        <translation>Niet ingesteld: stel de SMTP-server in (SMTP-instellingen…).</translation>
    </message>
    <message numerus="yes">
        <source>All %n sent</source>
        <translation>
            <numerusform>Alle %n verzonden</numerusform>
            <numerusform>Alle %n verzonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n verzonden</numerusform>
            <numerusform>%n verzonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n mislukt</numerusform>
            <numerusform>%n mislukt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown: may have been sent</source>
        <translation>
            <numerusform>%n onbekend: misschien verzonden</numerusform>
            <numerusform>%n onbekend: misschien verzonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sending… %n left</source>
        <translation>
            <numerusform>bezig met verzenden… nog %n</numerusform>
            <numerusform>bezig met verzenden… nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n in de wachtrij</numerusform>
            <numerusform>%n in de wachtrij</numerusform>
        </translation>
    </message>
    <message>
        <source>sending is not available here</source>
        <translation>verzenden is hier niet beschikbaar</translation>
    </message>
    <message>
        <source>not configured: set up the SMTP server (SMTP settings…)</source>
        <translation>niet ingesteld: stel de SMTP-server in (SMTP-instellingen…)</translation>
    </message>
    <message>
        <source>the password is needed: click “Send now”</source>
        <translation>het wachtwoord is nodig: klik op ‘Nu verzenden’</translation>
    </message>
    <message>
        <source>the server could not be reached (%1)</source>
        <translation>de server was niet bereikbaar (%1)</translation>
    </message>
    <message>
        <source>the connection was lost (%1)</source>
        <translation>de verbinding werd verbroken (%1)</translation>
    </message>
    <message>
        <source>the server asked to try again later</source>
        <translation>de server vroeg om het later opnieuw te proberen</translation>
    </message>
    <message numerus="yes">
        <source>next try in %n min</source>
        <translation>
            <numerusform>volgende poging over %n min</numerusform>
            <numerusform>volgende poging over %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %n s</source>
        <translation>
            <numerusform>volgende poging over %n s</numerusform>
            <numerusform>volgende poging over %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>sending automatically is off: click “Send now”</source>
        <translation>automatisch verzenden staat uit: klik op ‘Nu verzenden’</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>wacht op verzending</translation>
    </message>
    <message>
        <source>Resend unknown</source>
        <translation>Onbekende opnieuw verzenden</translation>
    </message>
    <message numerus="yes">
        <source>The connection ended while %n message(s) were being handed over: the server may have taken them, so these may already have been sent. Sending them again can give those people the minutes twice.

Queue them again?</source>
        <translation>
            <numerusform>De verbinding werd verbroken terwijl %n bericht werd overgedragen: de server heeft het misschien aangenomen, dus het is mogelijk al verzonden. Als je het opnieuw verstuurt, kan de ontvanger het verslag twee keer krijgen.

Opnieuw in de wachtrij zetten?</numerusform>
            <numerusform>De verbinding werd verbroken terwijl %n berichten werden overgedragen: de server heeft ze misschien aangenomen, dus ze zijn mogelijk al verzonden. Als je ze opnieuw verstuurt, kunnen die mensen het verslag twee keer krijgen.

Opnieuw in de wachtrij zetten?</numerusform>
        </translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP-wachtwoord</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>Wachtwoord voor %1 op %2:</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring, so it is not asked again on this laptop?</source>
        <translation>Het wachtwoord onthouden in de sleutelhanger van het systeem, zodat het op deze laptop niet opnieuw wordt gevraagd?</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>The SMTP settings are not complete: %1</source>
        <translation>De SMTP-instellingen zijn niet volledig: %1</translation>
    </message>
    <message>
        <source>Sending failed: %1</source>
        <translation>Verzenden mislukt: %1</translation>
    </message>
    <message>
        <source>The server refused the login (%1). Check the user name and password in the SMTP settings; nothing is sent until then.</source>
        <translation>De server weigerde de aanmelding (%1). Controleer de gebruikersnaam en het wachtwoord in de SMTP-instellingen; tot dan wordt er niets verzonden.</translation>
    </message>
    <message>
        <source>No secure connection to the server (%1). Check the security setting and the port in the SMTP settings; nothing is sent until then.</source>
        <translation>Geen beveiligde verbinding met de server (%1). Controleer de beveiligingsinstelling en de poort in de SMTP-instellingen; tot dan wordt er niets verzonden.</translation>
    </message>
    <message>
        <source>The server refused the sender address (%1). Check the sender in the SMTP settings; nothing is sent until then.</source>
        <translation>De server weigerde het afzenderadres (%1). Controleer de afzender in de SMTP-instellingen; tot dan wordt er niets verzonden.</translation>
    </message>
</context>
<context>
    <name>OverviewController</name>
    <message>
        <source>Edit workshop details</source>
        <translation>workshopgegevens bewerken</translation>
    </message>
    <message>
        <source>Add agenda block</source>
        <translation>onderdeel toevoegen</translation>
    </message>
    <message>
        <source>Remove agenda block</source>
        <translation>onderdeel verwijderen</translation>
    </message>
    <message>
        <source>Edit agenda block</source>
        <translation>onderdeel bewerken</translation>
    </message>
    <message>
        <source>Move agenda block</source>
        <translation>onderdeel verplaatsen</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>New block</source>
        <translation>Nieuw onderdeel</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation>&amp;Onderdeel toevoegen</translation>
    </message>
    <message>
        <source>Add a block after the selected one (Ctrl+Shift+N)</source>
        <translation>Een onderdeel toevoegen na het geselecteerde (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>O&amp;mhoog</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Double-click a cell to edit. Start times follow from the durations; type a start time to pin a block there (lunch at 12:00), clear it to let it float again.</source>
        <translation>Dubbelklik op een cel om die te bewerken. De begintijden volgen uit de duur; typ een begintijd om een onderdeel daar vast te zetten (lunch om 12:00), maak de cel leeg om het weer vrij te laten schuiven.</translation>
    </message>
</context>
<context>
    <name>OwnUndo</name>
    <message>
        <source>The last change was not made here; undo it there.</source>
        <translation>De laatste wijziging is niet hier gemaakt; maak ze daar ongedaan.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Ongedaan gemaakt: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Opnieuw uitgevoerd: %1</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>%1 and %2: together</source>
        <translation>%1 en %2: samen</translation>
    </message>
    <message>
        <source>%1 and %2: apart</source>
        <translation>%1 en %2: uit elkaar</translation>
    </message>
</context>
<context>
    <name>Participant</name>
    <message>
        <source>A participant needs a name.</source>
        <translation>Een deelnemer moet een naam hebben.</translation>
    </message>
    <message>
        <source>That e-mail address is not valid.</source>
        <translation>Dat e-mailadres is niet geldig.</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation>Een organisatie heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Another organisation already has that name.</source>
        <translation>Een andere organisatie heeft die naam al.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Other tags</source>
        <translation>Andere labels</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Deelnemer bewerken</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
        <source>recorded now when you press OK</source>
        <translation>wordt nu vastgelegd als u op OK drukt</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>Een deelnemer moet een naam hebben.</translation>
    </message>
    <message>
        <source>That e-mail address is not valid.</source>
        <translation>Dat e-mailadres is niet geldig.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Role or title</source>
        <translation>&amp;Rol of functie</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Other tags, separated by commas</source>
        <translation>Andere labels, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>&amp;Dietary needs</source>
        <translation>&amp;Dieetwensen</translation>
    </message>
    <message>
        <source>Stays o&amp;vernight</source>
        <translation>&amp;Blijft overnachten</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Receives the &amp;minutes</source>
        <translation>Ontvangt het &amp;verslag</translation>
    </message>
    <message>
        <source>The workshop&apos;s own follow-up: on unless the person opts out</source>
        <translation>De eigen opvolging van de workshop: aan, tenzij de persoon zich afmeldt</translation>
    </message>
    <message>
        <source>Contact details may be &amp;shared with the other participants</source>
        <translation>Contactgegevens mogen &amp;gedeeld worden met de andere deelnemers</translation>
    </message>
    <message>
        <source>May appear in p&amp;hotos</source>
        <translation>Mag op &amp;foto&apos;s staan</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Not&amp;ities</translation>
    </message>
</context>
<context>
    <name>ParticipantList</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bewer&amp;ken…</translation>
    </message>
    <message>
        <source>Set c&amp;onsent…</source>
        <translation>T&amp;oestemming vastleggen…</translation>
    </message>
    <message>
        <source>Record a consent for the selected participants (select several at once)</source>
        <translation>Leg een toestemming vast voor de geselecteerde deelnemers (selecteer er meerdere tegelijk)</translation>
    </message>
    <message>
        <source>With shared contact details…</source>
        <translation>Met gedeelde contactgegevens…</translation>
    </message>
    <message>
        <source>E-mail and phone only for participants who agreed to share them</source>
        <translation>E-mail en telefoon alleen voor deelnemers die toestemming gaven om ze te delen</translation>
    </message>
    <message>
        <source>Only name, organisation and role (no personal details)…</source>
        <translation>Alleen naam, organisatie en functie (geen persoonsgegevens)…</translation>
    </message>
    <message>
        <source>For your own use, with every contact detail…</source>
        <translation>Voor eigen gebruik, met alle contactgegevens…</translation>
    </message>
    <message>
        <source>Everyone&apos;s e-mail and phone, under headings that say the file is not to be shared</source>
        <translation>Ieders e-mail en telefoon, onder kopjes die zeggen dat het bestand niet gedeeld mag worden</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Import a sign-up list (CSV, text or Excel) from your registration form</source>
        <translation>Importeer een inschrijvingslijst (CSV, tekst of Excel) uit je inschrijvingsformulier</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Afdrukken</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Naambadges</translation>
    </message>
    <message>
        <source>QR code for voting from a phone</source>
        <translation>QR-code om te stemmen met de telefoon</translation>
    </message>
    <message>
        <source>Each badge carries its holder&apos;s own code: scanned with a phone on the venue network, it lets named votes know who voted, without any accounts</source>
        <translation>Elke badge krijgt de eigen code van de drager: gescand met een telefoon op het lokale netwerk weten stemmingen op naam wie er stemde, zonder accounts</translation>
    </message>
    <message>
        <source>Attendance sheet for signatures…</source>
        <translation>Aanwezigheidslijst om te tekenen…</translation>
    </message>
    <message>
        <source>Participant list with shared contact details…</source>
        <translation>Deelnemerslijst met gedeelde contactgegevens…</translation>
    </message>
    <message>
        <source>Participant list without contact details…</source>
        <translation>Deelnemerslijst zonder contactgegevens…</translation>
    </message>
    <message>
        <source>Search names, organisations, e-mail</source>
        <translation>Zoek op naam, organisatie, e-mail</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Deelnemers zoeken</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>No participants yet. Add them one by one, or import the sign-up list (CSV or Excel) from your registration form.</source>
        <translation>Nog geen deelnemers. Voeg ze een voor een toe, of importeer de inschrijvingslijst (CSV of Excel) uit je inschrijvingsformulier.</translation>
    </message>
    <message>
        <source>Loading participants…</source>
        <translation>Deelnemers laden…</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deelnemer</numerusform>
            <numerusform>%n deelnemers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consent recorded for %n participant(s).</source>
        <translation>
            <numerusform>Toestemming vastgelegd voor %n deelnemer.</numerusform>
            <numerusform>Toestemming vastgelegd voor %n deelnemers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: everyone selected had already answered so.</source>
        <translation>Niets te wijzigen: iedereen die geselecteerd is, had al zo geantwoord.</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <source>Delete %1 and erase their personal data from this workshop file? You can undo this until you close the workshop.</source>
        <translation>%1 verwijderen en de persoonsgegevens uit dit workshopbestand wissen? Je kunt dit ongedaan maken tot je de workshop sluit.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Deelnemers importeren</translation>
    </message>
    <message>
        <source>Sign-up lists (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Inschrijvingslijsten (*.xlsx *.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Dit bestand kan niet worden geïmporteerd</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated.</source>
        <translation>%1 geïmporteerd: %2 nieuw, %3 bijgewerkt.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import voltooid</translation>
    </message>
    <message>
        <source>A backup was taken first: File → Restore from backup… undoes it.</source>
        <translation>Eerst werd een back-up gemaakt: Bestand → Herstellen uit back-up… maakt de import ongedaan.</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>De import is mislukt</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Aanwezigheidslijst</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>Deelnemerslijst</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Deelnemers exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV voor Excel (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n participant(s) to %1.</source>
        <translation>
            <numerusform>%n deelnemer geëxporteerd naar %1.</numerusform>
            <numerusform>%n deelnemers geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>De export is mislukt</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Set consent…</source>
        <translation>Toestemming vastleggen…</translation>
    </message>
    <message>
        <source>Mark as: %1</source>
        <translation>Markeren als: %1</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message numerus="yes">
        <source>Set consent for %n participant(s)…</source>
        <translation>
            <numerusform>Toestemming vastleggen voor %n deelnemer…</numerusform>
            <numerusform>Toestemming vastleggen voor %n deelnemers…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>ParticipantsController</name>
    <message>
        <source>Register %1</source>
        <translation>%1 registreren</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation>%1 inchecken</translation>
    </message>
    <message>
        <source>Change attendance of %1</source>
        <translation>aanwezigheid van %1 wijzigen</translation>
    </message>
    <message numerus="yes">
        <source>Give consent for %n participant(s)</source>
        <translation>
            <numerusform>Toestemming geven voor %n deelnemer</numerusform>
            <numerusform>Toestemming geven voor %n deelnemers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw consent for %n participant(s)</source>
        <translation>
            <numerusform>Toestemming intrekken voor %n deelnemer</numerusform>
            <numerusform>Toestemming intrekken voor %n deelnemers</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit organisation %1</source>
        <translation>organisatie %1 bewerken</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Onthaal</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
</context>
<context>
    <name>ParticipantsWork</name>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Reading the list… %1 of %2 rows</source>
        <translation>De lijst wordt gelezen… %1 van %2 rijen</translation>
    </message>
    <message>
        <source>The import was cancelled. The workshop is as it was before.</source>
        <translation>De import is geannuleerd. De workshop is zoals hij was.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import geannuleerd</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wordt geïmporteerd</translation>
    </message>
    <message>
        <source>Taking a backup first…</source>
        <translation>Eerst een reservekopie maken…</translation>
    </message>
    <message>
        <source>Writing %1 of %2 participants…</source>
        <translation>%1 van %2 deelnemers worden geschreven…</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>De export is geannuleerd. Er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export geannuleerd</translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>Exporteren naar %1</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>“%1” no longer exists.</source>
        <translation>‘%1’ bestaat niet meer.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a photo.</source>
        <translation>‘%1’ is een map, geen foto.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (no permission).</source>
        <translation>‘%1’ kan niet worden gelezen (geen toestemming).</translation>
    </message>
    <message>
        <source>“%1” is too large (more than 60 MB or 180 megapixels).</source>
        <translation>‘%1’ is te groot (meer dan 60 MB of 180 megapixel).</translation>
    </message>
    <message>
        <source>“%1” is a HEIC photo, which Facilitator cannot read. On the phone, choose “Most compatible” (JPEG) for photos, or export it as JPEG first.</source>
        <translation>‘%1’ is een HEIC-foto, die Facilitator niet kan lezen. Kies op de telefoon ‘Meest compatibel’ (JPEG) voor foto&apos;s, of exporteer de foto eerst als JPEG.</translation>
    </message>
    <message>
        <source>“%1” is not a photo Facilitator can read (JPEG, PNG, WebP, GIF or TIFF).</source>
        <translation>‘%1’ is geen foto die Facilitator kan lezen (JPEG, PNG, WebP, GIF of TIFF).</translation>
    </message>
    <message>
        <source>Attach photos…</source>
        <translation>Foto&apos;s toevoegen…</translation>
    </message>
    <message>
        <source>Caption…</source>
        <translation>Bijschrift…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <source>Choose a question above to attach photos to it.</source>
        <translation>Kies hierboven een vraag om er foto&apos;s aan toe te voegen.</translation>
    </message>
    <message>
        <source>Photos of flipcharts or sticky-note walls go into the minutes.</source>
        <translation>Foto&apos;s van flipcharts of muren met post-its komen in het verslag.</translation>
    </message>
    <message>
        <source>Double-click a photo to see it large.</source>
        <translation>Dubbelklik op een foto om hem groot te zien.</translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>Foto&apos;s toevoegen</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.heic)</source>
        <translation>Foto&apos;s (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.heic)</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n photo(s)…</source>
        <translation>
            <numerusform>%n foto wordt voorbereid…</numerusform>
            <numerusform>%n foto&apos;s worden voorbereid…</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached %1</source>
        <translation>%1 toegevoegd</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bijschrift</translation>
    </message>
    <message>
        <source>Caption for the minutes:</source>
        <translation>Bijschrift voor het verslag:</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Te veel verkeerde pincodes. Probeer het over %n seconde opnieuw.</numerusform>
            <numerusform>Te veel verkeerde pincodes. Probeer het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. The window stays open.</source>
        <translation>Verkeerde pincode. Het venster blijft open.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>De taal van het systeem</translation>
    </message>
    <message>
        <source>Language of the welcome screen</source>
        <translation>De taal van het welkomstscherm</translation>
    </message>
    <message>
        <source>An open workshop is shown in its own language.</source>
        <translation>Een geopende workshop wordt in zijn eigen taal getoond.</translation>
    </message>
    <message>
        <source>Welcome screen</source>
        <translation>Welkomstscherm</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes between backups</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between automatic backups</source>
        <translation>Minuten tussen automatische reservekopieën</translation>
    </message>
    <message>
        <source>Backups kept per workshop</source>
        <translation>Bewaarde reservekopieën per workshop</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Map voor reservekopieën</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Kies de map voor reservekopieën</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Back up into the app&apos;s own data folder</source>
        <translation>Reservekopieën in de eigen gegevensmap van de app</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatische reservekopieën</translation>
    </message>
    <message>
        <source>Back up every:</source>
        <translation>Reservekopie elke:</translation>
    </message>
    <message>
        <source>Backups kept per workshop:</source>
        <translation>Bewaard per workshop:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <source>Port of the venue network</source>
        <translation>De poort van het lokale netwerk</translation>
    </message>
    <message>
        <source>Used the next time the venue network is started (File → Venue network).</source>
        <translation>Gebruikt bij de volgende start van het lokale netwerk (Bestand → Lokaal netwerk).</translation>
    </message>
    <message>
        <source>Venue network (phones)</source>
        <translation>Lokaal netwerk (telefoons)</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <source>SMTP settings…</source>
        <translation>SMTP-instellingen…</translation>
    </message>
    <message>
        <source>Default name badge sheet</source>
        <translation>Standaardvel voor naambadges</translation>
    </message>
    <message>
        <source>Mail and printing</source>
        <translation>E-mail en afdrukken</translation>
    </message>
    <message>
        <source>Sending the minutes:</source>
        <translation>Verslag versturen:</translation>
    </message>
    <message>
        <source>Name badge sheet:</source>
        <translation>Vel voor naambadges:</translation>
    </message>
    <message>
        <source>Folder for the automatic backups</source>
        <translation>Map voor de automatische reservekopieën</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>Nog niet ingesteld</translation>
    </message>
    <message>
        <source>Backups cannot be written to %1 (%2). Choose another folder; nothing was changed.</source>
        <translation>Reservekopieën kunnen niet naar %1 worden geschreven (%2). Kies een andere map; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Schrijven…</translation>
    </message>
    <message>
        <source>Laying out page %1…</source>
        <translation>Pagina %1 wordt opgemaakt…</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>Pdf opgeslagen</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not saved.</source>
        <translation>Geannuleerd: %1 is niet opgeslagen.</translation>
    </message>
    <message>
        <source>The PDF could not be made</source>
        <translation>De pdf kon niet worden gemaakt</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>%1 wordt opgeslagen</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>De pagina’s worden opgemaakt…</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel the work</source>
        <translation>Het werk annuleren</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
</context>
<context>
    <name>QuadrantChart</name>
    <message>
        <source>Item</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Kwadrant</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ nog %n</numerusform>
            <numerusform>+ nog %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <source>Whole workshop</source>
        <translation>Hele workshop</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Vraag verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete this question with its %n idea(s), its themes and photos? Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Deze vraag met %n idee en de bijbehorende thema&apos;s en foto&apos;s verwijderen? Bewerken → Ongedaan maken haalt alles terug.</numerusform>
            <numerusform>Deze vraag met %n ideeën en de bijbehorende thema&apos;s en foto&apos;s verwijderen? Bewerken → Ongedaan maken haalt alles terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>The questions the groups work on. A question can be for the whole workshop or for one group round; a group&apos;s own question is set on the Groups page.</source>
        <translation>De vragen waaraan de groepen werken. Een vraag kan gelden voor de hele workshop of voor één groepsronde; de eigen vraag van een groep stel je in op de pagina Groepen.</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Vraag</translation>
    </message>
    <message>
        <source>e.g. Which drivers will change industry in our region?</source>
        <translation>bv. Welke drijvende krachten zullen de industrie in onze regio veranderen?</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Geldt voor</translation>
    </message>
    <message>
        <source>&amp;Add as new question</source>
        <translation>Toevoegen als &amp;nieuwe vraag</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Wijzigingen &amp;opslaan</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Verwij&amp;deren…</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Whole workshop</source>
        <translation>Hele workshop</translation>
    </message>
</context>
<context>
    <name>RankingTab</name>
    <message>
        <source>Ranking</source>
        <translation>Rangschikking</translation>
    </message>
    <message>
        <source>Bar chart of the ranking</source>
        <translation>Staafdiagram van de rangschikking</translation>
    </message>
    <message>
        <source>Items whose disagreement is above this are flagged: the room is split on them. 0 = flag any spread, 1 = flag nothing.</source>
        <translation>Voorstellen met een onenigheid boven deze waarde worden gemarkeerd: de zaal is erover verdeeld. 0 = elke spreiding markeren, 1 = niets markeren.</translation>
    </message>
    <message>
        <source>Disagreement threshold:</source>
        <translation>Drempel voor onenigheid:</translation>
    </message>
    <message>
        <source>No ballots yet.</source>
        <translation>Nog geen stembiljetten.</translation>
    </message>
</context>
<context>
    <name>RecentCheckInsModel</name>
    <message>
        <source>Time</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>RecentCheckInsView</name>
    <message>
        <source>Undo the check-in of %1</source>
        <translation>Check-in van %1 ongedaan maken</translation>
    </message>
</context>
<context>
    <name>RecentFilesModel</name>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (niet gevonden)</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Herstellen uit back-up</translation>
    </message>
    <message>
        <source>Facilitator keeps automatic backups of this workshop. Choose one to replace the workshop&apos;s current contents. The current state is backed up first, so you can return to it.</source>
        <translation>Facilitator maakt automatisch back-ups van deze workshop. Kies er een om de huidige inhoud van de workshop te vervangen. Van de huidige toestand wordt eerst een back-up gemaakt, zodat je ernaar kunt terugkeren.</translation>
    </message>
    <message>
        <source>There are no backups of this workshop yet. The first is taken a few minutes after opening it, and whenever it is closed.</source>
        <translation>Er zijn nog geen back-ups van deze workshop. De eerste wordt enkele minuten na het openen gemaakt, en daarna telkens wanneer de workshop wordt gesloten.</translation>
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
        <translation>%1%</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Stippen</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Mean points</source>
        <translation>Gemiddelde punten</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Goedkeuringen</translation>
    </message>
    <message>
        <source>Dots given (negative dots subtract).</source>
        <translation>Gegeven stippen (negatieve stippen worden afgetrokken).</translation>
    </message>
    <message>
        <source>Points given.</source>
        <translation>Gegeven punten.</translation>
    </message>
    <message>
        <source>Mean Borda points over everyone who ranked: first place gets k points, second k − 1, and so on; not ranked gets 0.</source>
        <translation>Gemiddelde Borda-punten over iedereen die gerangschikt heeft: de eerste plaats krijgt k punten, de tweede k − 1, enzovoort; niet gerangschikt krijgt 0.</translation>
    </message>
    <message>
        <source>Mean rating on each criterion as a share of its scale, weighted by the criteria&apos;s weights (100% = everyone gave the top score).</source>
        <translation>Gemiddelde beoordeling op elk criterium als aandeel van de schaal, gewogen volgens de gewichten van de criteria (100% = iedereen gaf de hoogste score).</translation>
    </message>
    <message>
        <source>Voters who support the item, and their share.</source>
        <translation>Stemmers die het voorstel steunen, en hun aandeel.</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s)</source>
        <translation>
            <numerusform>%n stemmer</numerusform>
            <numerusform>%n stemmers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n stembiljet</numerusform>
            <numerusform>%n stembiljetten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known: a paper tally or group sheet for several people gives its dots or points in all, not how many people gave them to this item.</source>
        <translation>Onbekend: een papieren telling of groepsblad voor meerdere personen geeft de stippen of punten samen, niet hoeveel mensen ze aan dit voorstel gaven.</translation>
    </message>
    <message>
        <source>Shares rank %1 with %2: the same score, %3.</source>
        <translation>Deelt rang %1 met %2: dezelfde score, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) gave this item something.</source>
        <translation>
            <numerusform>%n stemmer gaf dit voorstel iets.</numerusform>
            <numerusform>%n stemmers gaven dit voorstel iets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First place for %n voter(s).</source>
        <translation>
            <numerusform>Eerste plaats voor %n stemmer.</numerusform>
            <numerusform>Eerste plaats voor %n stemmers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Voters per rank (rank: voters): %1</source>
        <translation>Stemmers per rang (rang: stemmers): %1</translation>
    </message>
    <message>
        <source>No measure: it needs at least two individual ballots (tallies and group sheets are totals and do not count).</source>
        <translation>Niet gemeten: daarvoor zijn minstens twee individuele stembiljetten nodig (tellingen en verdelingen van groepen zijn totalen en tellen niet mee).</translation>
    </message>
    <message>
        <source>Disagreement %1: 0 = everyone agrees, 1 = an even split between the extremes.</source>
        <translation>Onenigheid %1: 0 = iedereen is het eens, 1 = gelijk verdeeld over de uitersten.</translation>
    </message>
    <message numerus="yes">
        <source>From %n individual ballot(s).</source>
        <translation>
            <numerusform>Uit %n individueel stembiljet.</numerusform>
            <numerusform>Uit %n individuele stembiljetten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Above the threshold %1: the room disagrees, worth a discussion.</source>
        <translation>Boven de drempel %1: de zaal is verdeeld, een bespreking waard.</translation>
    </message>
    <message>
        <source>The room disagrees on this item</source>
        <translation>De zaal is verdeeld over dit voorstel</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Open, results live</source>
        <translation>Open, resultaten live</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>%1 · %2 from %3</source>
        <translation>%1 · %2 van %3</translation>
    </message>
    <message>
        <source>Results are hidden until the vote closes.</source>
        <translation>De resultaten blijven verborgen tot de stemming sluit.</translation>
    </message>
    <message>
        <source>Results are hidden: the vote has not been opened yet.</source>
        <translation>De resultaten zijn verborgen: de stemming is nog niet geopend.</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) cast so far.</source>
        <translation>
            <numerusform>%n stembiljet ingediend tot nu toe.</numerusform>
            <numerusform>%n stembiljetten ingediend tot nu toe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) flagged: the room disagrees on them.</source>
        <translation>
            <numerusform>%n voorstel gemarkeerd: de zaal is erover verdeeld.</numerusform>
            <numerusform>%n voorstellen gemarkeerd: de zaal is erover verdeeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>No item is above the threshold.</source>
        <translation>Geen enkel voorstel ligt boven de drempel.</translation>
    </message>
    <message>
        <source>No breakdown by group: no group ballots, and no named ballots from people placed in groups.</source>
        <translation>Geen uitsplitsing per groep: geen stembiljetten van groepen en geen stembiljetten op naam van mensen die in groepen zijn ingedeeld.</translation>
    </message>
    <message>
        <source>Scores among the ballots of each group of “%1”.</source>
        <translation>Scores binnen de stembiljetten van elke groep van ‘%1’.</translation>
    </message>
    <message>
        <source>Scores among the ballots of each group.</source>
        <translation>Scores binnen de stembiljetten van elke groep.</translation>
    </message>
    <message>
        <source>Scores among the ballots of each organisation&apos;s people.</source>
        <translation>Scores binnen de stembiljetten van de mensen van elke organisatie.</translation>
    </message>
    <message>
        <source>The vote is anonymous: there is no breakdown by organisation.</source>
        <translation>De stemming is anoniem: er is geen uitsplitsing per organisatie.</translation>
    </message>
    <message>
        <source>No named ballots yet.</source>
        <translation>Nog geen stembiljetten op naam.</translation>
    </message>
    <message>
        <source>The 2×2 chart needs a vote with criteria.</source>
        <translation>De 2×2-grafiek heeft een stemming met criteria nodig.</translation>
    </message>
    <message>
        <source>Pick two different criteria.</source>
        <translation>Kies twee verschillende criteria.</translation>
    </message>
    <message>
        <source>Each item at its mean rating on both criteria.</source>
        <translation>Elk voorstel op zijn gemiddelde beoordeling voor beide criteria.</translation>
    </message>
    <message numerus="yes">
        <source>%n checked-in participant(s) have not voted yet.</source>
        <translation>
            <numerusform>%n ingecheckte deelnemer heeft nog niet gestemd.</numerusform>
            <numerusform>%n ingecheckte deelnemers hebben nog niet gestemd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone checked in has voted.</source>
        <translation>Iedereen die ingecheckt is, heeft gestemd.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Stemmers</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Onenigheid</translation>
    </message>
    <message>
        <source>How far individual ballots spread: 0 = everyone agrees, 1 = an even split between the extremes.</source>
        <translation>Hoe ver de individuele stembiljetten uiteenlopen: 0 = iedereen is het eens, 1 = gelijk verdeeld over de uitersten.</translation>
    </message>
    <message>
        <source>Mean rating on the scale %1 to %2</source>
        <translation>Gemiddelde beoordeling op de schaal van %1 tot %2</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Vote:</source>
        <translation>Stemming:</translation>
    </message>
    <message>
        <source>Show on projector</source>
        <translation>Op de projector tonen</translation>
    </message>
    <message>
        <source>Show this vote&apos;s results on the second screen (hidden while it is open).</source>
        <translation>De resultaten van deze stemming op het tweede scherm tonen (verborgen zolang ze open is).</translation>
    </message>
    <message>
        <source>No votes yet. Prepare one on the Voting stage; its results appear here.</source>
        <translation>Nog geen stemmingen. Bereid er een voor op de pagina Stemmen; de resultaten verschijnen hier.</translation>
    </message>
    <message>
        <source>Reveal to me</source>
        <translation>Alleen aan mij tonen</translation>
    </message>
    <message>
        <source>Show the results on this screen only. Turn it away from the room: seeing the scores while voting sways the vote.</source>
        <translation>Toon de resultaten alleen op dit scherm. Draai het weg van de zaal: wie de scores ziet tijdens het stemmen, laat zich beïnvloeden.</translation>
    </message>
    <message>
        <source>Revealed on this screen only: the vote is still open and the projector keeps the results hidden.</source>
        <translation>Alleen op dit scherm zichtbaar: de stemming is nog open en de projector houdt de resultaten verborgen.</translation>
    </message>
    <message>
        <source>Results by group</source>
        <translation>Resultaten per groep</translation>
    </message>
    <message>
        <source>Results by organisation</source>
        <translation>Resultaten per organisatie</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangschikking</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>Per groep</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>Per organisatie</translation>
    </message>
    <message>
        <source>2×2</source>
        <translation>2×2</translation>
    </message>
    <message>
        <source>Not voted</source>
        <translation>Niet gestemd</translation>
    </message>
</context>
<context>
    <name>ResultsProjector</name>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>This vote no longer exists.</source>
        <translation>Deze stemming bestaat niet meer.</translation>
    </message>
    <message>
        <source>Results – %1</source>
        <translation>Resultaten – %1</translation>
    </message>
    <message>
        <source>Voting is open — results when it closes</source>
        <translation>De stemming is open — de resultaten volgen zodra ze sluit</translation>
    </message>
    <message>
        <source>Voting has not started yet</source>
        <translation>De stemming is nog niet begonnen</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) cast</source>
        <translation>
            <numerusform>%n stembiljet ingediend</numerusform>
            <numerusform>%n stembiljetten ingediend</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>%1 · voting is still open</source>
        <translation>%1 · de stemming is nog open</translation>
    </message>
    <message>
        <source>No ballots yet.</source>
        <translation>Nog geen stembiljetten.</translation>
    </message>
</context>
<context>
    <name>RoundBoard</name>
    <message>
        <source>No group rounds yet. Create one (for example “Group work 1: drivers of change”), then let Facilitator assign people so that everyone meets people from other companies.</source>
        <translation>Nog geen groepsrondes. Maak er een aan (bijvoorbeeld ‘Groepswerk 1: drijvende krachten achter verandering’) en laat Facilitator de deelnemers dan zo indelen dat iedereen mensen van andere bedrijven ontmoet.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… en nog %n.</numerusform>
            <numerusform>… en nog %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question for %1</source>
        <translation>Vraag voor %1</translation>
    </message>
    <message>
        <source>The question this group works on (leave empty for none):</source>
        <translation>De vraag waaraan deze groep werkt (laat leeg voor geen):</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Losmaken</translation>
    </message>
    <message>
        <source>Lock in this group</source>
        <translation>Vastzetten in deze groep</translation>
    </message>
    <message>
        <source>Not the group leader</source>
        <translation>Geen groepsleider meer</translation>
    </message>
    <message>
        <source>Make group leader</source>
        <translation>Groepsleider maken</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verplaatsen naar</translation>
    </message>
    <message>
        <source>Set the group&apos;s question…</source>
        <translation>Vraag van de groep instellen…</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>First person of the pair</source>
        <translation>Eerste persoon van het paar</translation>
    </message>
    <message>
        <source>Second person of the pair</source>
        <translation>Tweede persoon van het paar</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Niets</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Label: %1</translation>
    </message>
    <message>
        <source>Edit group round</source>
        <translation>Groepsronde bewerken</translation>
    </message>
    <message>
        <source>New group round</source>
        <translation>Nieuwe groepsronde</translation>
    </message>
    <message>
        <source>%1 people in %2 groups: %3 per group.</source>
        <translation>%1 deelnemers in %2 groepen: %3 per groep.</translation>
    </message>
    <message>
        <source>%1 people in %2 groups.</source>
        <translation>%1 deelnemers in %2 groepen.</translation>
    </message>
    <message>
        <source>Nobody here is tagged “group leader”, so no group gets a leader. Tag the group leaders on the Participants page, or untick this rule.</source>
        <translation>Niemand hier heeft de tag ‘groepsleider’, dus geen enkele groep krijgt een leider. Tag de groepsleiders op de pagina Deelnemers, of zet deze regel uit.</translation>
    </message>
    <message>
        <source>Give the round a title.</source>
        <translation>Geef de ronde een titel.</translation>
    </message>
    <message>
        <source>A pair cannot be kept both apart and together.</source>
        <translation>Een paar kan niet tegelijk uit elkaar en bij elkaar gehouden worden.</translation>
    </message>
    <message>
        <source>Group round</source>
        <translation>Groepsronde</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>e.g. Group work 1: drivers of change</source>
        <translation>bv. Groepswerk 1: drijvende krachten achter verandering</translation>
    </message>
    <message>
        <source>Number of &amp;groups</source>
        <translation>&amp;Aantal groepen</translation>
    </message>
    <message>
        <source>People per gro&amp;up</source>
        <translation>Deelnemers &amp;per groep</translation>
    </message>
    <message>
        <source>Group &amp;names</source>
        <translation>Groeps&amp;namen</translation>
    </message>
    <message>
        <source>One name per line (mountains, rooms, colours); empty lines become numbers</source>
        <translation>Eén naam per regel (bergen, zalen, kleuren); lege regels worden nummers</translation>
    </message>
    <message>
        <source>Rules for assigning automatically</source>
        <translation>Regels voor automatisch indelen</translation>
    </message>
    <message>
        <source>&amp;Spread organisations: no two people from one organisation in a group</source>
        <translation>Organisaties &amp;spreiden: nooit twee mensen van dezelfde organisatie in een groep</translation>
    </message>
    <message>
        <source>One group &amp;leader per group (people tagged “group leader”)</source>
        <translation>Eén groeps&amp;leider per groep (deelnemers met het label ‘groepsleider’)</translation>
    </message>
    <message>
        <source>Keep toge&amp;ther</source>
        <translation>&amp;Bij elkaar houden</translation>
    </message>
    <message>
        <source>&amp;Rotate: meet as many new people as possible compared with earlier rounds</source>
        <translation>&amp;Rotatie: zoveel mogelijk nieuwe mensen ontmoeten ten opzichte van eerdere rondes</translation>
    </message>
    <message>
        <source>Only people who have &amp;checked in (otherwise everyone registered)</source>
        <translation>Alleen deelnemers die &amp;ingecheckt zijn (anders iedereen die ingeschreven is)</translation>
    </message>
    <message>
        <source>&amp;Balance groups by</source>
        <translation>Groepen evenwichtig &amp;verdelen op</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paren</translation>
    </message>
    <message>
        <source>Keep &amp;apart</source>
        <translation>Uit &amp;elkaar houden</translation>
    </message>
    <message>
        <source>Remove the selected pair</source>
        <translation>Het geselecteerde paar verwijderen</translation>
    </message>
</context>
<context>
    <name>RoundSolver</name>
    <message>
        <source>Assign groups</source>
        <translation>groepen indelen</translation>
    </message>
    <message>
        <source>Groups assigned: %1 repeated pairings (at least %2 unavoidable).</source>
        <translation>Groepen ingedeeld: %1 paren ontmoeten elkaar opnieuw (minstens %2 onvermijdelijk).</translation>
    </message>
    <message>
        <source>Assign automatically</source>
        <translation>Automatisch indelen</translation>
    </message>
    <message>
        <source>Replace the current groups? Locked people stay where they are. You can undo this.</source>
        <translation>De huidige groepen vervangen? Vastgezette deelnemers blijven waar ze zijn. Je kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <source>Finding groups where people meet new people…</source>
        <translation>Groepen zoeken waarin deelnemers nieuwe mensen ontmoeten…</translation>
    </message>
    <message>
        <source>Stop and keep the best so far</source>
        <translation>Stoppen en het beste resultaat tot nu toe behouden</translation>
    </message>
    <message>
        <source>Re-balance</source>
        <translation>Herverdelen</translation>
    </message>
    <message>
        <source>Re-balance groups</source>
        <translation>groepen herverdelen</translation>
    </message>
    <message numerus="yes">
        <source>Re-balanced: %n person(s) moved or removed.</source>
        <translation>
            <numerusform>Herverdeeld: %n deelnemer verplaatst of verwijderd.</numerusform>
            <numerusform>Herverdeeld: %n deelnemers verplaatst of verwijderd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundSummary</name>
    <message>
        <source>%1 placed in %2 groups.</source>
        <translation>%1 ingedeeld in %2 groepen.</translation>
    </message>
    <message numerus="yes">
        <source>%n eligible person(s) not in a group yet.</source>
        <translation>
            <numerusform>%n deelnemer die ingedeeld moet worden, zit nog niet in een groep.</numerusform>
            <numerusform>%n deelnemers die ingedeeld moeten worden, zitten nog niet in een groep.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placed person(s) not checked in.</source>
        <translation>
            <numerusform>%n ingedeelde deelnemer is niet ingecheckt.</numerusform>
            <numerusform>%n ingedeelde deelnemers zijn niet ingecheckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeated pairings: %1 (at least %2 unavoidable).</source>
        <translation>Paren die elkaar opnieuw ontmoeten: %1 (minstens %2 onvermijdelijk).</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <source>%1
%2 groups, %3 placed</source>
        <translation>%1
%2 groepen, %3 ingedeeld</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>no e-mail address</source>
        <translation>geen e-mailadres</translation>
    </message>
    <message>
        <source>the e-mail address is not valid</source>
        <translation>het e-mailadres is niet geldig</translation>
    </message>
    <message>
        <source>same e-mail address as someone above</source>
        <translation>zelfde e-mailadres als iemand hierboven</translation>
    </message>
    <message>
        <source>Send minutes</source>
        <translation>Verslag versturen</translation>
    </message>
    <message>
        <source>Each recipient gets a message of their own with the minutes attached, so no one sees another&apos;s address. The messages are kept in the workshop file and sent when the laptop is online.</source>
        <translation>Elke ontvanger krijgt een eigen bericht met het verslag als bijlage, zodat niemand het adres van een ander ziet. De berichten worden in het workshopbestand bewaard en verzonden zodra de laptop online is.</translation>
    </message>
    <message>
        <source>does not want to receive the minutes</source>
        <translation>wil het verslag niet ontvangen</translation>
    </message>
    <message>
        <source>Checked-in participants who receive the minutes</source>
        <translation>Ingecheckte deelnemers die het verslag ontvangen</translation>
    </message>
    <message>
        <source>Everyone registered who receives the minutes (also those who did not come)</source>
        <translation>Iedereen die ingeschreven is en het verslag ontvangt (ook wie niet kwam)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Bijlage:</translation>
    </message>
    <message>
        <source>&amp;Queue for sending</source>
        <translation>In de &amp;wachtrij zetten</translation>
    </message>
    <message>
        <source>Copy the PDF to a &amp;folder…</source>
        <translation>Pdf naar een &amp;map kopiëren…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recipients&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ontvangers&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Overgeslagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) chosen</source>
        <translation>
            <numerusform>%n ontvanger gekozen</numerusform>
            <numerusform>%n ontvangers gekozen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation>Kies minstens één ontvanger.</translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation>Het onderwerp is leeg.</translation>
    </message>
    <message>
        <source>Making the minutes and queuing them…</source>
        <translation>Verslag wordt gemaakt en in de wachtrij gezet…</translation>
    </message>
    <message>
        <source>Not queued again.</source>
        <translation>Niet opnieuw in de wachtrij gezet.</translation>
    </message>
    <message>
        <source>Already queued</source>
        <translation>Al in de wachtrij</translation>
    </message>
    <message>
        <source>These minutes (%1) were already queued on %2 for %3 recipient(s). Queue them again? Those recipients would get them twice.</source>
        <translation>Dit verslag (%1) werd al op %2 in de wachtrij gezet voor %3 ontvanger(s). Opnieuw in de wachtrij zetten? Die ontvangers zouden het dan twee keer krijgen.</translation>
    </message>
    <message>
        <source>Could not queue the minutes: %1</source>
        <translation>Het verslag kon niet in de wachtrij worden gezet: %1</translation>
    </message>
    <message>
        <source>Copy the minutes to a folder</source>
        <translation>Het verslag naar een map kopiëren</translation>
    </message>
    <message>
        <source>Making the minutes and copying them…</source>
        <translation>Verslag wordt gemaakt en gekopieerd…</translation>
    </message>
    <message>
        <source>Copied to %1</source>
        <translation>Gekopieerd naar %1</translation>
    </message>
    <message>
        <source>Could not copy the minutes: %1</source>
        <translation>Het verslag kon niet worden gekopieerd: %1</translation>
    </message>
</context>
<context>
    <name>SmtpDialog</name>
    <message>
        <source>SMTP settings</source>
        <translation>SMTP-instellingen</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>bv. smtp.example.org</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meestal poort 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (meestal poort 465)</translation>
    </message>
    <message>
        <source>None (unencrypted, port 25)</source>
        <translation>Geen (onversleuteld, poort 25)</translation>
    </message>
    <message>
        <source>Usual port</source>
        <translation>Gebruikelijke poort</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>leeg: geen aanmelding</translation>
    </message>
    <message>
        <source>empty: the stored one, or ask</source>
        <translation>leeg: het opgeslagen wachtwoord, of vragen</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Het wachtwoord onthouden in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>empty: the user name</source>
        <translation>leeg: de gebruikersnaam</translation>
    </message>
    <message>
        <source>Send automatically whenever the server can be reached</source>
        <translation>Automatisch verzenden zodra de server bereikbaar is</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>B&amp;eveiliging:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>Afzender&amp;adres:</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>Afzender&amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>Enter the server first.</source>
        <translation>Vul eerst de server in.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <source>Enter the password to test the login.</source>
        <translation>Vul het wachtwoord in om de aanmelding te testen.</translation>
    </message>
    <message>
        <source>The server answered and took the login.</source>
        <translation>De server antwoordde en aanvaardde de aanmelding.</translation>
    </message>
    <message>
        <source>The server answered.</source>
        <translation>De server antwoordde.</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>De server weigerde de aanmelding: %1</translation>
    </message>
    <message>
        <source>No secure connection: %1</source>
        <translation>Geen beveiligde verbinding: %1</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>De server was niet bereikbaar: %1</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Kan niet opslaan: %1</translation>
    </message>
    <message>
        <source>Storing the password in the system keyring…</source>
        <translation>Wachtwoord wordt opgeslagen in de sleutelhanger van het systeem…</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Your turn</source>
        <translation>Jouw beurt</translation>
    </message>
    <message>
        <source>Find your name and tap it, then press Start.</source>
        <translation>Zoek je naam en tik erop, druk dan op Starten.</translation>
    </message>
    <message>
        <source>Your vote is anonymous. Press Start when you are ready.</source>
        <translation>Je stem is anoniem. Druk op Starten wanneer je klaar bent.</translation>
    </message>
    <message>
        <source>Type your name…</source>
        <translation>Typ je naam…</translation>
    </message>
    <message>
        <source>Everyone checked in has voted. Ask the facilitator if your name is missing.</source>
        <translation>Iedereen die ingecheckt is, heeft gestemd. Vraag het de facilitator als je naam ontbreekt.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
</context>
<context>
    <name>Tag</name>
    <message>
        <source>Group leader</source>
        <translation>Groepsleider</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Spreker</translation>
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
        <translation>Organisator</translation>
    </message>
</context>
<context>
    <name>TallyGrid</name>
    <message>
        <source>Tally</source>
        <translation>Telling</translation>
    </message>
    <message>
        <source>The sheet stands for</source>
        <translation>Het blad geldt voor</translation>
    </message>
    <message>
        <source> voters</source>
        <translation> stemmers</translation>
    </message>
    <message>
        <source>How many people put their dots on this paper sheet: budgets and caps scale</source>
        <translation>Hoeveel mensen hun stippen op dit papieren blad zetten: de te verdelen aantallen en de maxima schalen mee</translation>
    </message>
    <message>
        <source>Type the count of each item and press Enter for the next one. Up goes back, Backspace or 0 clears. Every count is saved at once and can be undone.</source>
        <translation>Typ het aantal voor elk voorstel en druk op Enter voor het volgende. Pijl omhoog gaat terug, Backspace of 0 wist. Elk aantal wordt meteen opgeslagen en kan ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Goedkeuringen</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Stippen</translation>
    </message>
    <message>
        <source>Choose a vote on the left.</source>
        <translation>Kies links een stemming.</translation>
    </message>
    <message>
        <source>A paper tally counts dots, points or approvals. A ranking or a rating cannot be added up on one sheet: type each paper ballot, or each group&apos;s sheet, on the Ballots tab.</source>
        <translation>Een papieren telling telt stippen, punten of goedkeuringen. Een rangschikking of beoordeling kan niet op één blad worden opgeteld: voer elk papieren stembiljet, of het blad van elke groep, in op het tabblad Stembiljetten.</translation>
    </message>
    <message>
        <source>Open the vote to type in a tally.</source>
        <translation>Open de stemming om een telling in te voeren.</translation>
    </message>
    <message>
        <source>This vote is closed. A count typed here changes its results, which may already have been shown.</source>
        <translation>Deze stemming is gesloten. Een aantal dat hier wordt getypt, wijzigt de resultaten, die misschien al getoond zijn.</translation>
    </message>
    <message>
        <source>%1 for “%2” was not saved:</source>
        <translation>%1 voor ‘%2’ is niet opgeslagen:</translation>
    </message>
    <message>
        <source>Tally saved</source>
        <translation>Telling opgeslagen</translation>
    </message>
    <message>
        <source>The counts do not fit %1 voters:</source>
        <translation>De aantallen passen niet bij %1 stemmers:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dot(s) used</source>
        <translation>
            <numerusform>%1 van %n stip gebruikt</numerusform>
            <numerusform>%1 van %n stippen gebruikt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n point(s) used</source>
        <translation>
            <numerusform>%1 van %n punt gebruikt</numerusform>
            <numerusform>%1 van %n punten gebruikt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s)</source>
        <translation>
            <numerusform>%n goedkeuring</numerusform>
            <numerusform>%n goedkeuringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %n voter(s).</source>
        <translation>
            <numerusform>Van %n stemmer.</numerusform>
            <numerusform>Van %n stemmers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) × %1</source>
        <translation>
            <numerusform>%n stemmer × %1</numerusform>
            <numerusform>%n stemmers × %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n over</numerusform>
            <numerusform>%n over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n per item (one per voter).</source>
        <translation>
            <numerusform>Hoogstens %n per voorstel (één per stemmer).</numerusform>
            <numerusform>Hoogstens %n per voorstel (één per stemmer).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n per item</source>
        <translation>
            <numerusform>Hoogstens %n per voorstel</numerusform>
            <numerusform>Hoogstens %n per voorstel</numerusform>
        </translation>
    </message>
    <message>
        <source>No cap per item.</source>
        <translation>Geen maximum per voorstel.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n negative dot(s) used.</source>
        <translation>
            <numerusform>%1 van %n negatieve stip gebruikt.</numerusform>
            <numerusform>%1 van %n negatieve stippen gebruikt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more voter(s) on other ballots.</source>
        <translation>
            <numerusform>Nog %n stemmer op andere stembiljetten.</numerusform>
            <numerusform>Nog %n stemmers op andere stembiljetten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>Item</source>
        <translation>Voorstel</translation>
    </message>
</context>
<context>
    <name>ThemesPanel</name>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nieuw thema</translation>
    </message>
    <message>
        <source>Change the theme&apos;s colour</source>
        <translation>De kleur van het thema wijzigen</translation>
    </message>
    <message>
        <source>Delete the theme (its ideas stay)</source>
        <translation>Het thema verwijderen (de ideeën blijven)</translation>
    </message>
    <message>
        <source>Drag ideas onto a theme to sort them.</source>
        <translation>Sleep ideeën naar een thema om ze te sorteren.</translation>
    </message>
    <message>
        <source>Themes belong to one question. Which question is this theme for?</source>
        <translation>Thema&apos;s horen bij één vraag. Voor welke vraag is dit thema?</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>Themakleur</translation>
    </message>
    <message>
        <source>Deleted theme %1; its ideas are not sorted now</source>
        <translation>Thema %1 verwijderd; de ideeën zijn nu niet gesorteerd</translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation>Nieuw thema…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Kleur…</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Thema verwijderen</translation>
    </message>
    <message>
        <source>Show all themes</source>
        <translation>Alle thema&apos;s tonen</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Time left on the countdown</source>
        <translation>Resterende tijd van de aftelling</translation>
    </message>
    <message>
        <source>Take the time from a block of today&apos;s agenda</source>
        <translation>De tijd overnemen van een onderdeel uit het programma van vandaag</translation>
    </message>
    <message>
        <source>Agenda block</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes to count down</source>
        <translation>Aantal minuten om af te tellen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the countdown (again from the top)</source>
        <translation>De aftelling starten (opnieuw vanaf het begin)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetten</translation>
    </message>
    <message>
        <source>Stop the countdown and clear it</source>
        <translation>De aftelling stoppen en wissen</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <source>One more minute</source>
        <translation>Nog een minuut</translation>
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
        <translation>Niet gestart</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>De tijd is om</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <comment>Edit menu; %1 names the step</comment>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <comment>Edit menu; %1 names the step</comment>
        <translation>O&amp;pnieuw: %1</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <source>Something went wrong inside Facilitator (%1). Your work is saved up to the last change shown as saved.

The details are in the log: %2</source>
        <translation>Er ging iets mis in Facilitator (%1). Uw werk is bewaard tot en met de laatste wijziging die als opgeslagen werd getoond.

De details staan in het logboek: %2</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <source>Venue network</source>
        <translation>Lokaal netwerk</translation>
    </message>
    <message>
        <source>Phones at the venue</source>
        <translation>Telefoons op de locatie</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>The laptop&apos;s address on the network the phones are on (you can type one)</source>
        <translation>Het adres van de laptop op het netwerk van de telefoons (je kunt er een typen)</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <source>Join link for everyone in the room</source>
        <translation>Link voor iedereen in de zaal</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy the join link</source>
        <translation>Kopieer de link</translation>
    </message>
    <message>
        <source>Join code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Regenerate join link…</source>
        <translation>Nieuwe link maken…</translation>
    </message>
    <message>
        <source>A new link and code; the old ones stop working at once</source>
        <translation>Een nieuwe link en code; de oude werken meteen niet meer</translation>
    </message>
    <message>
        <source>Show join screen on the projector</source>
        <translation>Toon het deelnamescherm op de projector</translation>
    </message>
    <message>
        <source>The venue&apos;s Wi-Fi (optional, a second QR code)</source>
        <translation>De wifi van de locatie (optioneel, een tweede QR-code)</translation>
    </message>
    <message>
        <source>Network name:</source>
        <translation>Netwerknaam:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>The password is shown on the join screen only; it is never saved.</source>
        <translation>Het wachtwoord staat alleen op het deelnamescherm; het wordt nooit bewaard.</translation>
    </message>
    <message>
        <source>If phones cannot connect</source>
        <translation>Als telefoons geen verbinding krijgen</translation>
    </message>
    <message>
        <source>• Phones must be on the same network as this laptop.
• Many venue Wi-Fi networks keep devices apart (client isolation), so phones cannot reach the laptop: bring a travel router, or turn on this laptop&apos;s hotspot and let the phones join it.
• Android may ask whether to stay connected to a network without internet: answer yes.
• The first time, the firewall may ask whether to allow Facilitator: allow it on private networks.</source>
        <translation>• Telefoons moeten op hetzelfde netwerk zitten als deze laptop.
• Veel wifi-netwerken van locaties houden apparaten van elkaar gescheiden (client isolation), zodat telefoons de laptop niet bereiken: neem een reisrouter mee, of zet de hotspot van deze laptop aan en laat de telefoons daarmee verbinden.
• Android kan vragen of hij verbonden moet blijven met een netwerk zonder internet: antwoord ja.
• De eerste keer kan de firewall vragen of Facilitator toegang mag krijgen: sta het toe op privénetwerken.</translation>
    </message>
    <message>
        <source>Scan to join</source>
        <translation>Scan om mee te doen</translation>
    </message>
    <message>
        <source>%1 (this laptop only)</source>
        <translation>%1 (alleen deze laptop)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>On: phones can join at %1</source>
        <translation>Aan: telefoons kunnen meedoen via %1</translation>
    </message>
    <message>
        <source>The venue network is off</source>
        <translation>Het lokale netwerk staat uit</translation>
    </message>
    <message>
        <source>Regenerate the join link</source>
        <translation>Nieuwe link maken</translation>
    </message>
    <message>
        <source>Everyone holding the old link or code is locked out and must scan the new one. Make a new join link?</source>
        <translation>Iedereen met de oude link of code wordt buitengesloten en moet de nieuwe scannen. Een nieuwe link maken?</translation>
    </message>
</context>
<context>
    <name>VenueIndicator</name>
    <message>
        <source>Venue network</source>
        <translation>Lokaal netwerk</translation>
    </message>
    <message>
        <source>Venue network on · %1</source>
        <translation>Lokaal netwerk aan · %1</translation>
    </message>
    <message>
        <source>Phones can join the workshop; click for the join link</source>
        <translation>Telefoons kunnen meedoen aan de workshop; klik voor de link</translation>
    </message>
</context>
<context>
    <name>VenueTexts</name>
    <message>
        <source>Port %1 is in use — pick another port</source>
        <translation>Poort %1 is in gebruik – kies een andere poort</translation>
    </message>
    <message>
        <source>This laptop has no address %1 (any more) — pick another address</source>
        <translation>Deze laptop heeft het adres %1 niet (meer) – kies een ander adres</translation>
    </message>
    <message>
        <source>The system does not allow port %1 — pick a port above 1024</source>
        <translation>Het systeem staat poort %1 niet toe – kies een poort boven 1024</translation>
    </message>
    <message>
        <source>The venue network could not start: %1</source>
        <translation>Het lokale netwerk kon niet starten: %1</translation>
    </message>
</context>
<context>
    <name>Violation</name>
    <message>
        <source>%1: more than one from %3 (%2)</source>
        <translation>%1: meer dan één van %3 (%2)</translation>
    </message>
    <message>
        <source>%1: more than one group leader (%2)</source>
        <translation>%1: meer dan één groepsleider (%2)</translation>
    </message>
    <message>
        <source>%1: no group leader</source>
        <translation>%1: geen groepsleider</translation>
    </message>
    <message>
        <source>%1: %2 should be kept apart</source>
        <translation>%1: %2 moeten uit elkaar gehouden worden</translation>
    </message>
    <message>
        <source>%2 should be in the same group</source>
        <translation>%2 moeten in dezelfde groep zitten</translation>
    </message>
    <message>
        <source>Group sizes differ by more than one</source>
        <translation>De groepen verschillen meer dan één in grootte</translation>
    </message>
    <message>
        <source>%1: a locked placement was not kept (%2)</source>
        <translation>%1: een vastgezette plaats is niet behouden (%2)</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <source>The ideas of a question</source>
        <translation>De ideeën bij een vraag</translation>
    </message>
    <message>
        <source>The themes of a question</source>
        <translation>De thema&apos;s bij een vraag</translation>
    </message>
    <message>
        <source>A shortlist</source>
        <translation>Een shortlist</translation>
    </message>
    <message>
        <source>New vote</source>
        <translation>Nieuwe stemming</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Haalbaarheid</translation>
    </message>
    <message>
        <source>Edit vote</source>
        <translation>Stemming bewerken</translation>
    </message>
    <message>
        <source>The method of a vote cannot change; make a new vote for another.</source>
        <translation>De methode van een stemming kan niet veranderen; maak een nieuwe stemming voor een andere methode.</translation>
    </message>
    <message>
        <source>Ballots have been cast, so what is voted on, the criteria and anonymity are fixed: make a new vote, or delete the ballots first.</source>
        <translation>Er zijn al stembiljetten ingediend, dus waarover gestemd wordt, de criteria en de anonimiteit liggen vast: maak een nieuwe stemming of verwijder eerst de stembiljetten.</translation>
    </message>
    <message>
        <source>Each voter places a few dots on the items they favour; the most dots win. Dots on paper are typed in as a tally.</source>
        <translation>Elke stemmer zet een paar stippen bij de voorstellen van zijn voorkeur; de meeste stippen winnen. Stippen op papier worden ingevoerd als een telling.</translation>
    </message>
    <message>
        <source>Each voter shares a budget of points among the items, e.g. 100.</source>
        <translation>Elke stemmer verdeelt een vast aantal punten, bv. 100, over de voorstellen.</translation>
    </message>
    <message>
        <source>Each voter ranks their top items; first place earns the most points (Borda).</source>
        <translation>Elke stemmer rangschikt zijn favoriete voorstellen; de eerste plaats levert de meeste punten op (Borda).</translation>
    </message>
    <message>
        <source>Each voter rates each item on criteria such as impact and feasibility; the weights say how much each counts. A voter may skip what they cannot judge.</source>
        <translation>Elke stemmer beoordeelt elk voorstel op criteria zoals impact en haalbaarheid; de gewichten bepalen hoe zwaar elk criterium telt. Een stemmer mag overslaan wat hij niet kan inschatten.</translation>
    </message>
    <message>
        <source>Each voter ticks every item they can support.</source>
        <translation>Elke stemmer vinkt elk voorstel aan dat hij kan steunen.</translation>
    </message>
    <message>
        <source>There are no questions yet: make a shortlist of free text instead.</source>
        <translation>Er zijn nog geen vragen: maak in plaats daarvan een shortlist met vrije tekst.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): every idea of the question, duplicates merged.</source>
        <translation>
            <numerusform>%n voorstel: elk idee bij de vraag, dubbele ideeën samengevoegd.</numerusform>
            <numerusform>%n voorstellen: elk idee bij de vraag, dubbele ideeën samengevoegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): the question&apos;s themes.</source>
        <translation>
            <numerusform>%n voorstel: de thema&apos;s van de vraag.</numerusform>
            <numerusform>%n voorstellen: de thema&apos;s van de vraag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on the shortlist.</source>
        <translation>
            <numerusform>%n voorstel op de shortlist.</numerusform>
            <numerusform>%n voorstellen op de shortlist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Stemming</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>e.g. What should the network do first?</source>
        <translation>bv. Wat moet het netwerk eerst doen?</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Methode</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>&amp;Dots per voter</source>
        <translation>&amp;Stippen per stemmer</translation>
    </message>
    <message>
        <source>At most &amp;on one item</source>
        <translation>&amp;Hoogstens per voorstel</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>geen maximum</translation>
    </message>
    <message>
        <source>&amp;Negative dots per voter</source>
        <translation>&amp;Negatieve stippen per stemmer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>&amp;Points per voter</source>
        <translation>&amp;Punten per stemmer</translation>
    </message>
    <message>
        <source>At most o&amp;n one item</source>
        <translation>Hoo&amp;gstens per voorstel</translation>
    </message>
    <message>
        <source>Each voter ranks their &amp;top</source>
        <translation>Elke stemmer rangschikt de t&amp;op</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>&amp;Add criterion</source>
        <translation>&amp;Criterium toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove criterion</source>
        <translation>Criterium &amp;verwijderen</translation>
    </message>
    <message>
        <source>Each voter approves as many items as they support; an item&apos;s score is its number of approvals.</source>
        <translation>Elke stemmer keurt zoveel voorstellen goed als hij steunt; de score van een voorstel is het aantal goedkeuringen.</translation>
    </message>
    <message>
        <source>What is voted on</source>
        <translation>Waarover gestemd wordt</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>V&amp;raag</translation>
    </message>
    <message>
        <source>More items, one per line (e.g. ideas from a flipchart that were never typed in)</source>
        <translation>Meer voorstellen, één per regel (bv. ideeën van een flipchart die nooit zijn ingevoerd)</translation>
    </message>
    <message>
        <source>Voters and results</source>
        <translation>Stemmers en resultaten</translation>
    </message>
    <message>
        <source>A&amp;nonymous: ballots do not say who voted (named votes show who has not voted yet)</source>
        <translation>&amp;Anoniem: de stembiljetten tonen niet wie gestemd heeft (stemmingen op naam tonen wie nog niet gestemd heeft)</translation>
    </message>
    <message>
        <source>Show results &amp;live while the vote is open (otherwise hidden until it closes)</source>
        <translation>Resultaten &amp;live tonen zolang de stemming open is (anders verborgen tot ze sluit)</translation>
    </message>
    <message>
        <source>Flag disagreement a&amp;bove</source>
        <translation>Onenigheid markeren &amp;boven</translation>
    </message>
    <message>
        <source>0 = everyone agrees, 1 = the room is split between the extremes</source>
        <translation>0 = iedereen is het eens, 1 = de zaal is verdeeld tussen de uitersten</translation>
    </message>
</context>
<context>
    <name>VoteWords</name>
    <message numerus="yes">
        <source>%n dot(s) per voter</source>
        <translation>
            <numerusform>%n stip per stemmer</numerusform>
            <numerusform>%n stippen per stemmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n per item</source>
        <translation>
            <numerusform>hoogstens %n per voorstel</numerusform>
            <numerusform>hoogstens %n per voorstel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negative dot(s)</source>
        <translation>
            <numerusform>%n negatieve stip</numerusform>
            <numerusform>%n negatieve stippen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) per voter</source>
        <translation>
            <numerusform>%n punt per stemmer</numerusform>
            <numerusform>%n punten per stemmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>each voter ranks their top %n</source>
        <translation>
            <numerusform>elke stemmer rangschikt de top %n</numerusform>
            <numerusform>elke stemmer rangschikt de top %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n voorstel</numerusform>
            <numerusform>%n voorstellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Votes</name>
    <message>
        <source>A vote needs a title.</source>
        <translation>Een stemming heeft een titel nodig.</translation>
    </message>
    <message>
        <source>A vote needs at least one item to vote on.</source>
        <translation>Een stemming heeft minstens één voorstel nodig om over te stemmen.</translation>
    </message>
    <message>
        <source>An item to vote on needs a text.</source>
        <translation>Een voorstel om over te stemmen heeft tekst nodig.</translation>
    </message>
    <message>
        <source>A rating vote needs at least one criterion (e.g. impact 1–5).</source>
        <translation>Een stemming met beoordeling heeft minstens één criterium nodig (bv. impact 1–5).</translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Een criterium heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A criterion&apos;s scale must run from a lower to a higher number.</source>
        <translation>De schaal van een criterium moet van een lager naar een hoger getal lopen.</translation>
    </message>
    <message>
        <source>A criterion&apos;s weight must be above 0.</source>
        <translation>Het gewicht van een criterium moet boven 0 liggen.</translation>
    </message>
    <message>
        <source>Those settings cannot work: dots, points, the cap and the top k must be at least 1, and the disagreement threshold between 0 and 1.</source>
        <translation>Die instellingen kunnen niet: stippen, punten, het maximum en de top k moeten minstens 1 zijn, en de drempel voor onenigheid tussen 0 en 1.</translation>
    </message>
    <message>
        <source>Only a rating vote has criteria.</source>
        <translation>Alleen een stemming met beoordeling heeft criteria.</translation>
    </message>
    <message>
        <source>Ballots have been cast: the items, criteria and anonymity can no longer change. Make a new vote, or delete the ballots first.</source>
        <translation>Er zijn al stembiljetten ingediend: de voorstellen, criteria en anonimiteit kunnen niet meer veranderen. Maak een nieuwe stemming of verwijder eerst de stembiljetten.</translation>
    </message>
    <message>
        <source>Ballots are in, so the vote cannot switch between named and anonymous: a named vote&apos;s ballots say who cast them, an anonymous vote&apos;s say no one. Make a new vote, or delete the ballots first.</source>
        <translation>Er zijn al stembiljetten binnen, dus de stemming kan niet wisselen tussen op naam en anoniem: bij een stemming op naam staat op de biljetten wie ze uitbracht, bij een anonieme staat er niemand. Maak een nieuwe stemming, of verwijder eerst de biljetten.</translation>
    </message>
    <message>
        <source>The vote is not open.</source>
        <translation>De stemming is niet open.</translation>
    </message>
    <message>
        <source>The vote is not closed.</source>
        <translation>De stemming is niet gesloten.</translation>
    </message>
    <message>
        <source>That vote no longer exists (it may have been deleted).</source>
        <translation>Die stemming bestaat niet meer (misschien is ze verwijderd).</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Stippen</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangschikking</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Goedkeuring</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Paper tally</source>
        <translation>Papieren telling</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Paper ballot</source>
        <translation>Papieren stembiljet</translation>
    </message>
    <message>
        <source>Group allocation</source>
        <translation>Verdeling van een groep</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>%1 (%2–%3, weight %4)</source>
        <translation>%1 (%2–%3, gewicht %4)</translation>
    </message>
    <message>
        <source>rated on criteria (none yet)</source>
        <translation>beoordeeld op criteria (nog geen)</translation>
    </message>
    <message>
        <source>rated on %1; a voter may skip</source>
        <translation>beoordeeld op %1; een stemmer mag overslaan</translation>
    </message>
    <message>
        <source>each voter approves any number of items</source>
        <translation>elke stemmer keurt zoveel voorstellen goed als hij wil</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anoniem</translation>
    </message>
    <message>
        <source>named</source>
        <translation>op naam</translation>
    </message>
    <message>
        <source>results shown live</source>
        <translation>resultaten live zichtbaar</translation>
    </message>
</context>
<context>
    <name>VotesModel</name>
    <message>
        <source>Vote</source>
        <translation>Stemming</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Stembiljetten</translation>
    </message>
</context>
<context>
    <name>VotingController</name>
    <message>
        <source>New vote</source>
        <translation>Nieuwe stemming</translation>
    </message>
    <message>
        <source>Edit vote</source>
        <translation>Stemming bewerken</translation>
    </message>
    <message>
        <source>Delete vote</source>
        <translation>stemming verwijderen</translation>
    </message>
    <message>
        <source>Open vote</source>
        <translation>stemming openen</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>stemming sluiten</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>terug naar concept</translation>
    </message>
    <message>
        <source>Record ballot</source>
        <translation>stembiljet registreren</translation>
    </message>
    <message>
        <source>Correct ballot</source>
        <translation>stembiljet corrigeren</translation>
    </message>
    <message>
        <source>Delete ballot</source>
        <translation>Stembiljet verwijderen</translation>
    </message>
    <message>
        <source>Edit tally</source>
        <translation>telling bewerken</translation>
    </message>
</context>
<context>
    <name>VotingPage</name>
    <message>
        <source>Votes</source>
        <translation>Stemmingen</translation>
    </message>
    <message>
        <source>New vote…</source>
        <translation>Nieuwe stemming…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>A new draft vote with the same items and rules</source>
        <translation>Een nieuwe stemming als concept, met dezelfde voorstellen en regels</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the vote and its ballots (can be undone)</source>
        <translation>De stemming en haar stembiljetten verwijderen (kan ongedaan worden gemaakt)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Start taking ballots</source>
        <translation>Stembiljetten beginnen te ontvangen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Stop taking ballots and show the results</source>
        <translation>Geen stembiljetten meer ontvangen en de resultaten tonen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>A full-screen ballot where voters take turns on this laptop</source>
        <translation>Een stembiljet op volledig scherm waarop de stemmers om beurten stemmen op deze laptop</translation>
    </message>
    <message>
        <source>Show results live</source>
        <translation>Resultaten live tonen</translation>
    </message>
    <message>
        <source>Results are hidden until the vote closes, so that nobody follows the crowd</source>
        <translation>De resultaten blijven verborgen tot de stemming sluit, zodat niemand gewoon de massa volgt</translation>
    </message>
    <message>
        <source>Phones…</source>
        <translation>Telefoons…</translation>
    </message>
    <message>
        <source>Venue network: participants vote from their phones</source>
        <translation>Lokaal netwerk: deelnemers stemmen met hun telefoon</translation>
    </message>
    <message>
        <source>Tally</source>
        <translation>Telling</translation>
    </message>
    <message>
        <source>Paper ballot…</source>
        <translation>Papieren stembiljet…</translation>
    </message>
    <message>
        <source>Type in one person&apos;s paper ballot</source>
        <translation>Het papieren stembiljet van één persoon invoeren</translation>
    </message>
    <message>
        <source>Group allocation…</source>
        <translation>Verdeling van een groep…</translation>
    </message>
    <message>
        <source>Type in what a group leader wrote for the group</source>
        <translation>Invoeren wat een groepsleider voor de groep heeft opgeschreven</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corrigeren…</translation>
    </message>
    <message>
        <source>Delete ballot</source>
        <translation>Stembiljet verwijderen</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Stembiljetten</translation>
    </message>
    <message>
        <source>No vote yet</source>
        <translation>Nog geen stemming</translation>
    </message>
    <message>
        <source>Make a vote with “New vote…”: dots, points, ranking, rating or approval.</source>
        <translation>Maak een stemming met ‘Nieuwe stemming…’: stippen, punten, rangschikking, beoordeling of goedkeuring.</translation>
    </message>
    <message>
        <source>Correct the tally on the Tally tab</source>
        <translation>Corrigeer de telling op het tabblad Telling</translation>
    </message>
    <message>
        <source>Open the vote to type in ballots.</source>
        <translation>Open de stemming om stembiljetten in te voeren.</translation>
    </message>
    <message>
        <source>Vote “%1” made: open it to take ballots.</source>
        <translation>Stemming ‘%1’ aangemaakt: open ze om stembiljetten te ontvangen.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>Vote “%1” deleted (Edit → Undo brings it back).</source>
        <translation>Stemming ‘%1’ verwijderd (Bewerken → Ongedaan maken haalt ze terug).</translation>
    </message>
    <message>
        <source>Ballot recorded.</source>
        <translation>Stembiljet geregistreerd.</translation>
    </message>
    <message>
        <source>Ballot corrected.</source>
        <translation>Stembiljet gecorrigeerd.</translation>
    </message>
    <message>
        <source>Ballot deleted (Edit → Undo brings it back).</source>
        <translation>Stembiljet verwijderd (Bewerken → Ongedaan maken haalt het terug).</translation>
    </message>
</context>
<context>
    <name>WallCountdown</name>
    <message>
        <source>Time is up</source>
        <translation>De tijd is om</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (gepauzeerd)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
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
        <translation>Begeleid je workshop vanaf deze laptop: deelnemers, groepen, ideeën, stemmingen en verslag. Geen internet nodig.</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nieuwe workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>&amp;Demoworkshop openen</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Recente workshops</translation>
    </message>
    <message>
        <source>No recent workshops yet. Create one, or open the demo workshop to look around.</source>
        <translation>Nog geen recente workshops. Maak er een aan, of open de demoworkshop om rond te kijken.</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsForm</name>
    <message>
        <source>Give the workshop a title.</source>
        <translation>Geef de workshop een titel.</translation>
    </message>
    <message>
        <source>The workshop cannot end before it starts.</source>
        <translation>De workshop kan niet eindigen voordat hij begint.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>e.g. Industry of the future in our region</source>
        <translation>bv. De industrie van de toekomst in onze regio</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>O&amp;rganisator</translation>
    </message>
    <message>
        <source>The network or cluster</source>
        <translation>Het netwerk of de cluster</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>Lo&amp;catie</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>Unt&amp;il</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <source>Fa&amp;cilitators</source>
        <translation>&amp;Facilitators</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>T&amp;aal</translation>
    </message>
    <message>
        <source>The language of the screens and the minutes for this workshop</source>
        <translation>De taal van de schermen en het verslag voor deze workshop</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Eén naam per regel</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
</context>
<context>
    <name>WorkshopSession</name>
    <message>
        <source>The change could not be saved: %1. Nothing was written; the details are in the log.</source>
        <translation>De wijziging kon niet worden opgeslagen: %1. Er is niets geschreven; de details staan in het logboek.</translation>
    </message>
    <message>
        <source>The participants could not be read: %1</source>
        <translation>De deelnemers konden niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Minutes</source>
        <comment>the written report of the workshop</comment>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Stages of the workshop</source>
        <translation>Onderdelen van de workshop</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideeën</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
</context>
</TS>
