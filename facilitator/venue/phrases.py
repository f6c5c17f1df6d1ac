"""Every text the phone pages show, in the five workshop languages.

The page handler embeds the workshop language's phrases into the page (``phrases_json``);
the script words everything from them, so a phone shows the workshop's language whatever
its own setting. Placeholders are ``{name}``; a phrase with a count has two forms (``one``
and ``other``), chosen in the page with ``Intl.PluralRules`` on the count named by
:data:`PLURAL_COUNT`. Problem codes (``problem.CODE``) are those the API answers (422, 403,
404, 409 and the refusals before a call): see docs/venue-api.md.
"""

from __future__ import annotations

import json

LANGUAGES = ("en", "nb", "da", "sv", "nl")

# key -> language -> text
TEXTS: dict[str, dict[str, str]] = {
    # --- both pages ----------------------------------------------------------------------
    "no_script": {
        "en": "This page needs JavaScript. Turn it on in your browser, or ask the facilitator.",
        "nb": "Denne siden trenger JavaScript. Slå det på, eller spør fasilitatoren.",
        "da": "Denne side kræver JavaScript. Slå det til i browseren, eller spørg facilitatoren.",
        "sv": "Den här sidan behöver JavaScript. Slå på det eller fråga samtalsledaren.",
        "nl": "Deze pagina heeft JavaScript nodig. Zet het aan, of vraag het de begeleider.",
    },
    "connecting": {
        "en": "Connecting…",
        "nb": "Kobler til …",
        "da": "Forbinder …",
        "sv": "Ansluter …",
        "nl": "Verbinden…",
    },
    "offline": {
        "en": "Not connected: trying again…",
        "nb": "Ikke tilkoblet: prøver igjen …",
        "da": "Ikke forbundet: prøver igen …",
        "sv": "Inte ansluten: försöker igen …",
        "nl": "Geen verbinding: opnieuw proberen…",
    },
    "link_invalid_title": {
        "en": "This link is not valid (any more)",
        "nb": "Denne lenken er ikke gyldig (lenger)",
        "da": "Dette link er ikke gyldigt (længere)",
        "sv": "Den här länken gäller inte (längre)",
        "nl": "Deze link is niet (meer) geldig",
    },
    "link_invalid_help": {
        "en": "Ask the facilitator for the current link or QR code.",
        "nb": "Be fasilitatoren om gjeldende lenke eller QR-kode.",
        "da": "Bed facilitatoren om det aktuelle link eller den aktuelle QR-kode.",
        "sv": "Be samtalsledaren om den aktuella länken eller QR-koden.",
        "nl": "Vraag de begeleider om de actuele link of QR-code.",
    },
    "send_failed": {
        "en": "Could not send. Check the connection and try again.",
        "nb": "Kunne ikke sende. Sjekk tilkoblingen og prøv igjen.",
        "da": "Kunne ikke sende. Tjek forbindelsen, og prøv igen.",
        "sv": "Kunde inte skicka. Kontrollera anslutningen och försök igen.",
        "nl": "Versturen is niet gelukt. Controleer de verbinding en probeer het opnieuw.",
    },
    "sending": {
        "en": "Sending…",
        "nb": "Sender …",
        "da": "Sender …",
        "sv": "Skickar …",
        "nl": "Versturen…",
    },
    "saved": {"en": "Saved", "nb": "Lagret", "da": "Gemt", "sv": "Sparat", "nl": "Opgeslagen"},
    # --- the join code page ------------------------------------------------------------
    "code_title": {
        "en": "Join the workshop",
        "nb": "Bli med på workshopen",
        "da": "Deltag i workshoppen",
        "sv": "Gå med i workshoppen",
        "nl": "Doe mee aan de workshop",
    },
    "code_label": {
        "en": "Code from the screen",
        "nb": "Koden fra skjermen",
        "da": "Koden fra skærmen",
        "sv": "Koden från skärmen",
        "nl": "Code van het scherm",
    },
    "code_hint": {
        "en": "Six letters and digits, as shown on the screen.",
        "nb": "Seks bokstaver og sifre, slik de står på skjermen.",
        "da": "Seks bogstaver og cifre, som de står på skærmen.",
        "sv": "Sex bokstäver och siffror, så som de står på skärmen.",
        "nl": "Zes letters en cijfers, zoals op het scherm.",
    },
    "code_button": {"en": "Join", "nb": "Bli med", "da": "Deltag", "sv": "Gå med", "nl": "Meedoen"},
    # --- the participant page ----------------------------------------------------------
    "votes_heading": {
        "en": "Votes",
        "nb": "Avstemninger",
        "da": "Afstemninger",
        "sv": "Omröstningar",
        "nl": "Stemmingen",
    },
    "waiting_vote": {
        "en": "Waiting for the next vote",
        "nb": "Venter på neste avstemning",
        "da": "Venter på næste afstemning",
        "sv": "Väntar på nästa omröstning",
        "nl": "Wachten op de volgende stemming",
    },
    "vote_opened": {
        "en": "A vote has opened: {title}",
        "nb": "En avstemning er åpnet: {title}",
        "da": "En afstemning er åbnet: {title}",
        "sv": "En omröstning har öppnat: {title}",
        "nl": "Er is een stemming geopend: {title}",
    },
    "vote_closed": {
        "en": "The vote has closed",
        "nb": "Avstemningen er avsluttet",
        "da": "Afstemningen er lukket",
        "sv": "Omröstningen har stängt",
        "nl": "De stemming is gesloten",
    },
    "submit": {"en": "Vote", "nb": "Stem", "da": "Stem", "sv": "Rösta", "nl": "Stemmen"},
    "change_ballot": {
        "en": "Change my ballot",
        "nb": "Endre stemmeseddelen",
        "da": "Ret min stemmeseddel",
        "sv": "Ändra min valsedel",
        "nl": "Mijn stem wijzigen",
    },
    "ballot_stored": {
        "en": "Your ballot is saved. You can change it while the vote is open.",
        "nb": "Stemmeseddelen din er lagret. Du kan endre den så lenge avstemningen er åpen.",
        "da": "Din stemmeseddel er gemt. Du kan rette den, så længe afstemningen er åben.",
        "sv": "Din valsedel är sparad. Du kan ändra den så länge omröstningen är öppen.",
        "nl": "Je stem is opgeslagen. Je kunt hem wijzigen zolang de stemming open is.",
    },
    "not_changeable": {
        "en": "You have voted in this vote: your ballot can no longer be changed here.",
        "nb": "Du har stemt i denne avstemningen: stemmeseddelen kan ikke endres her lenger.",
        "da": "Du har stemt i denne afstemning: din stemmeseddel kan ikke længere rettes her.",
        "sv": "Du har röstat i den här omröstningen: valsedeln kan inte längre ändras här.",
        "nl": "Je hebt in deze stemming gestemd: je stem kan hier niet meer worden gewijzigd.",
    },
    "check_marked": {
        "en": "Please check the marked items.",
        "nb": "Sjekk punktene som er merket.",
        "da": "Tjek de markerede punkter.",
        "sv": "Kontrollera de markerade punkterna.",
        "nl": "Controleer de gemarkeerde punten.",
    },
    "empty_ballot": {
        "en": "Your ballot is empty: choose something first.",
        "nb": "Stemmeseddelen er tom: velg noe først.",
        "da": "Stemmesedlen er tom: vælg noget først.",
        "sv": "Valsedeln är tom: välj något först.",
        "nl": "Je stembiljet is leeg: kies eerst iets.",
    },
    "instr_dots": {
        "en": "Give your dots to the items you want the network to work on.",
        "nb": "Gi prikkene dine til punktene du vil at nettverket skal jobbe med.",
        "da": "Giv dine prikker til de punkter, du vil have netværket til at arbejde med.",
        "sv": "Ge dina prickar till de punkter du vill att nätverket ska arbeta med.",
        "nl": "Geef je stippen aan de punten waar het netwerk mee aan de slag moet.",
    },
    "instr_points": {
        "en": "Share your points among the items.",
        "nb": "Fordel poengene dine på punktene.",
        "da": "Fordel dine point mellem punkterne.",
        "sv": "Fördela dina poäng mellan punkterna.",
        "nl": "Verdeel je punten over de punten op de lijst.",
    },
    "instr_rating": {
        "en": "Rate each item on each criterion. Skip what you cannot judge.",
        "nb": "Gi hvert punkt en karakter for hvert kriterium. Hopp over det du ikke kan vurdere.",
        "da": "Bedøm hvert punkt på hvert kriterium. Spring over, hvad du ikke kan vurdere.",
        "sv": "Betygsätt varje punkt för varje kriterium. Hoppa över det du inte kan bedöma.",
        "nl": "Beoordeel elk punt op elk criterium. Sla over wat je niet kunt beoordelen.",
    },
    "instr_approval": {
        "en": "Tick every item you support.",
        "nb": "Kryss av for alle punktene du støtter.",
        "da": "Sæt kryds ved alle de punkter, du støtter.",
        "sv": "Kryssa för alla punkter du stöder.",
        "nl": "Vink elk punt aan dat je steunt.",
    },
    "give_dot": {
        "en": "Give a dot to {item}",
        "nb": "Gi en prikk til {item}",
        "da": "Giv en prik til {item}",
        "sv": "Ge en prick till {item}",
        "nl": "Geef een stip aan {item}",
    },
    "take_dot": {
        "en": "Take a dot from {item}",
        "nb": "Ta en prikk fra {item}",
        "da": "Tag en prik fra {item}",
        "sv": "Ta en prick från {item}",
        "nl": "Haal een stip weg bij {item}",
    },
    "dots_on": {
        "en": "Dots on {item}",
        "nb": "Prikker på {item}",
        "da": "Prikker på {item}",
        "sv": "Prickar på {item}",
        "nl": "Stippen op {item}",
    },
    "points_for": {
        "en": "Points for {item}",
        "nb": "Poeng til {item}",
        "da": "Point til {item}",
        "sv": "Poäng till {item}",
        "nl": "Punten voor {item}",
    },
    "more_points": {
        "en": "More points for {item}",
        "nb": "Flere poeng til {item}",
        "da": "Flere point til {item}",
        "sv": "Fler poäng till {item}",
        "nl": "Meer punten voor {item}",
    },
    "fewer_points": {
        "en": "Fewer points for {item}",
        "nb": "Færre poeng til {item}",
        "da": "Færre point til {item}",
        "sv": "Färre poäng till {item}",
        "nl": "Minder punten voor {item}",
    },
    "choice": {
        "en": "Choice {n}",
        "nb": "Valg {n}",
        "da": "Valg {n}",
        "sv": "Val {n}",
        "nl": "Keuze {n}",
    },
    "no_choice": {
        "en": "(none)",
        "nb": "(ingen)",
        "da": "(ingen)",
        "sv": "(inget)",
        "nl": "(geen)",
    },
    "skip": {
        "en": "Skip",
        "nb": "Hopp over",
        "da": "Spring over",
        "sv": "Hoppa över",
        "nl": "Overslaan",
    },
    "rating_of": {
        "en": "{criterion} for {item}",
        "nb": "{criterion} for {item}",
        "da": "{criterion} for {item}",
        "sv": "{criterion} för {item}",
        "nl": "{criterion} voor {item}",
    },
    "results_heading": {
        "en": "Results so far",
        "nb": "Resultater så langt",
        "da": "Resultater indtil nu",
        "sv": "Resultat hittills",
        "nl": "Uitslag tot nu toe",
    },
    "result_row": {
        "en": "{rank}. {item}: {score}",
        "nb": "{rank}. {item}: {score}",
        "da": "{rank}. {item}: {score}",
        "sv": "{rank}. {item}: {score}",
        "nl": "{rank}. {item}: {score}",
    },
    "find_name": {
        "en": "Find your name",
        "nb": "Finn navnet ditt",
        "da": "Find dit navn",
        "sv": "Hitta ditt namn",
        "nl": "Zoek je naam",
    },
    "choose_name": {
        "en": "Who is voting? This vote is not anonymous.",
        "nb": "Hvem stemmer? Denne avstemningen er ikke anonym.",
        "da": "Hvem stemmer? Denne afstemning er ikke anonym.",
        "sv": "Vem röstar? Den här omröstningen är inte anonym.",
        "nl": "Wie stemt er? Deze stemming is niet anoniem.",
    },
    "no_name_found": {
        "en": "No name matches.",
        "nb": "Ingen navn passer.",
        "da": "Intet navn passer.",
        "sv": "Inget namn matchar.",
        "nl": "Geen naam gevonden.",
    },
    "voting_as": {
        "en": "Voting as {name}",
        "nb": "Stemmer som {name}",
        "da": "Stemmer som {name}",
        "sv": "Röstar som {name}",
        "nl": "Stemt als {name}",
    },
    "named_vote": {
        "en": "Named vote: your name is kept with your ballot.",
        "nb": "Navngitt avstemning: navnet ditt lagres med stemmeseddelen.",
        "da": "Navngiven afstemning: dit navn gemmes med stemmesedlen.",
        "sv": "Namngiven omröstning: ditt namn sparas med valsedeln.",
        "nl": "Stemming op naam: je naam wordt bij je stem bewaard.",
    },
    # --- the leader page ---------------------------------------------------------------
    "question_label": {
        "en": "Question",
        "nb": "Spørsmål",
        "da": "Spørgsmål",
        "sv": "Fråga",
        "nl": "Vraag",
    },
    "idea_label": {
        "en": "New idea (Enter adds it)",
        "nb": "Ny idé (Enter legger den til)",
        "da": "Ny idé (Enter tilføjer den)",
        "sv": "Ny idé (Enter lägger till den)",
        "nl": "Nieuw idee (Enter voegt het toe)",
    },
    "add_idea": {
        "en": "Add",
        "nb": "Legg til",
        "da": "Tilføj",
        "sv": "Lägg till",
        "nl": "Toevoegen",
    },
    "ideas_heading": {
        "en": "Your group's ideas",
        "nb": "Gruppens ideer",
        "da": "Gruppens idéer",
        "sv": "Gruppens idéer",
        "nl": "De ideeën van je groep",
    },
    "no_ideas": {
        "en": "No ideas yet.",
        "nb": "Ingen ideer ennå.",
        "da": "Ingen idéer endnu.",
        "sv": "Inga idéer än.",
        "nl": "Nog geen ideeën.",
    },
    "no_group": {
        "en": "This group is no longer part of the workshop.",
        "nb": "Denne gruppen er ikke lenger med i workshopen.",
        "da": "Denne gruppe er ikke længere med i workshoppen.",
        "sv": "Den här gruppen ingår inte längre i workshoppen.",
        "nl": "Deze groep hoort niet meer bij de workshop.",
    },
    "edit": {"en": "Edit", "nb": "Rediger", "da": "Rediger", "sv": "Redigera", "nl": "Bewerken"},
    "edit_label": {
        "en": "Edit the idea",
        "nb": "Rediger ideen",
        "da": "Rediger idéen",
        "sv": "Redigera idén",
        "nl": "Idee bewerken",
    },
    "save": {"en": "Save", "nb": "Lagre", "da": "Gem", "sv": "Spara", "nl": "Opslaan"},
    "cancel": {"en": "Cancel", "nb": "Avbryt", "da": "Annuller", "sv": "Avbryt", "nl": "Annuleren"},
    "delete": {"en": "Delete", "nb": "Slett", "da": "Slet", "sv": "Ta bort", "nl": "Verwijderen"},
    "confirm_delete": {
        "en": "Delete this idea?",
        "nb": "Slette denne ideen?",
        "da": "Slet denne idé?",
        "sv": "Ta bort den här idén?",
        "nl": "Dit idee verwijderen?",
    },
    "yes_delete": {
        "en": "Yes, delete",
        "nb": "Ja, slett",
        "da": "Ja, slet",
        "sv": "Ja, ta bort",
        "nl": "Ja, verwijderen",
    },
    "keep": {"en": "Keep it", "nb": "Behold", "da": "Behold", "sv": "Behåll", "nl": "Bewaren"},
    "merged_into": {
        "en": "Merged into “{text}”",
        "nb": "Slått sammen med «{text}»",
        "da": "Lagt sammen med »{text}«",
        "sv": "Sammanslagen med ”{text}”",
        "nl": "Samengevoegd met ‘{text}’",
    },
    "merged": {
        "en": "Merged into another idea",
        "nb": "Slått sammen med en annen idé",
        "da": "Lagt sammen med en anden idé",
        "sv": "Sammanslagen med en annan idé",
        "nl": "Samengevoegd met een ander idee",
    },
    "waiting_to_send": {
        "en": "Waiting to send",
        "nb": "Venter på å bli sendt",
        "da": "Venter på at blive sendt",
        "sv": "Väntar på att skickas",
        "nl": "Wacht op verzenden",
    },
    "idea_added": {
        "en": "Idea added",
        "nb": "Ideen er lagt til",
        "da": "Idéen er tilføjet",
        "sv": "Idén är tillagd",
        "nl": "Idee toegevoegd",
    },
    "idea_deleted": {
        "en": "Idea deleted",
        "nb": "Ideen er slettet",
        "da": "Idéen er slettet",
        "sv": "Idén är borttagen",
        "nl": "Idee verwijderd",
    },
    # --- problems the API answers (problem.CODE) -----------------------------------------
    "problem.over_budget": {
        "en": "{1} used, but the budget is {2}: take some away.",
        "nb": "{1} brukt, men budsjettet er {2}: ta bort noen.",
        "da": "{1} brugt, men budgettet er {2}: fjern nogle.",
        "sv": "{1} använda, men budgeten är {2}: ta bort några.",
        "nl": "{1} gebruikt, maar het budget is {2}: haal er wat af.",
    },
    "problem.over_cap": {
        "en": "{1} on one item, but at most {2} are allowed.",
        "nb": "{1} på ett punkt, men høyst {2} er tillatt.",
        "da": "{1} på ét punkt, men højst {2} er tilladt.",
        "sv": "{1} på en punkt, men högst {2} är tillåtna.",
        "nl": "{1} op één punt, maar hooguit {2} is toegestaan.",
    },
    "problem.too_many_negative": {
        "en": "{1} negative dots used, but only {2} are allowed.",
        "nb": "{1} negative prikker brukt, men bare {2} er tillatt.",
        "da": "{1} negative prikker brugt, men kun {2} er tilladt.",
        "sv": "{1} negativa prickar använda, men bara {2} är tillåtna.",
        "nl": "{1} negatieve stippen gebruikt, maar er zijn er maar {2} toegestaan.",
    },
    "problem.negative_not_allowed": {
        "en": "Negative values are not allowed in this vote.",
        "nb": "Negative verdier er ikke tillatt i denne avstemningen.",
        "da": "Negative værdier er ikke tilladt i denne afstemning.",
        "sv": "Negativa värden är inte tillåtna i den här omröstningen.",
        "nl": "Negatieve waarden zijn bij deze stemming niet toegestaan.",
    },
    "problem.rank_twice": {
        "en": "Rank {1} is given twice: each rank once.",
        "nb": "Plass {1} er gitt to ganger: hver plass bare én gang.",
        "da": "Plads {1} er givet to gange: hver plads kun én gang.",
        "sv": "Plats {1} är given två gånger: varje plats bara en gång.",
        "nl": "Plaats {1} is twee keer gegeven: elke plaats maar één keer.",
    },
    "problem.rank_out_of_range": {
        "en": "Rank {1} is not possible: ranks run 1 to {2}.",
        "nb": "Plass {1} er ikke mulig: plassene går fra 1 til {2}.",
        "da": "Plads {1} er ikke mulig: pladserne går fra 1 til {2}.",
        "sv": "Plats {1} är inte möjlig: platserna går från 1 till {2}.",
        "nl": "Plaats {1} kan niet: de plaatsen lopen van 1 tot {2}.",
    },
    "problem.too_many_ranked": {
        "en": "{1} items ranked, but only the top {2} count.",
        "nb": "{1} punkter rangert, men bare de {2} øverste teller.",
        "da": "{1} punkter rangeret, men kun de øverste {2} tæller.",
        "sv": "{1} punkter rangordnade, men bara de {2} översta räknas.",
        "nl": "{1} punten gerangschikt, maar alleen de bovenste {2} tellen.",
    },
    "problem.rating_out_of_scale": {
        "en": "{1} is outside the scale {2} to {3}.",
        "nb": "{1} er utenfor skalaen {2} til {3}.",
        "da": "{1} er uden for skalaen {2} til {3}.",
        "sv": "{1} ligger utanför skalan {2} till {3}.",
        "nl": "{1} valt buiten de schaal {2} tot {3}.",
    },
    "problem.not_whole_number": {
        "en": "{1} is not a whole number.",
        "nb": "{1} er ikke et helt tall.",
        "da": "{1} er ikke et helt tal.",
        "sv": "{1} är inte ett heltal.",
        "nl": "{1} is geen geheel getal.",
    },
    "problem.not_a_number": {
        "en": "That is not a number.",
        "nb": "Det er ikke et tall.",
        "da": "Det er ikke et tal.",
        "sv": "Det är inte ett tal.",
        "nl": "Dat is geen getal.",
    },
    "problem.not_an_item": {
        "en": "The ballot names something that is not in this vote.",
        "nb": "Stemmeseddelen nevner noe som ikke er med i denne avstemningen.",
        "da": "Stemmesedlen nævner noget, som ikke er med i denne afstemning.",
        "sv": "Valsedeln nämner något som inte ingår i den här omröstningen.",
        "nl": "Het stembiljet noemt iets wat niet in deze stemming staat.",
    },
    "problem.not_a_criterion": {
        "en": "The ballot names a criterion that is not in this vote.",
        "nb": "Stemmeseddelen nevner et kriterium som ikke er med i denne avstemningen.",
        "da": "Stemmesedlen nævner et kriterium, som ikke er med i denne afstemning.",
        "sv": "Valsedeln nämner ett kriterium som inte ingår i den här omröstningen.",
        "nl": "Het stembiljet noemt een criterium dat niet in deze stemming staat.",
    },
    "problem.bad_values": {
        "en": "The ballot could not be read. Reload the page and try again.",
        "nb": "Stemmeseddelen kunne ikke leses. Last inn siden på nytt og prøv igjen.",
        "da": "Stemmesedlen kunne ikke læses. Genindlæs siden, og prøv igen.",
        "sv": "Valsedeln kunde inte läsas. Ladda om sidan och försök igen.",
        "nl": "Het stembiljet is onleesbaar. Laad de pagina opnieuw en probeer het nog eens.",
    },
    "problem.bad_voter_count": {
        "en": "{1} voters is not possible.",
        "nb": "{1} velgere er ikke mulig.",
        "da": "{1} vælgere er ikke muligt.",
        "sv": "{1} röstande är inte möjligt.",
        "nl": "{1} stemmers is niet mogelijk.",
    },
    "problem.vote_not_open": {
        "en": "The vote is not open.",
        "nb": "Avstemningen er ikke åpen.",
        "da": "Afstemningen er ikke åben.",
        "sv": "Omröstningen är inte öppen.",
        "nl": "De stemming is niet open.",
    },
    "problem.no_vote": {
        "en": "The vote has closed",
        "nb": "Avstemningen er avsluttet",
        "da": "Afstemningen er lukket",
        "sv": "Omröstningen har stängt",
        "nl": "De stemming is gesloten",
    },
    "problem.already_voted": {
        "en": "This person has already voted.",
        "nb": "Denne personen har allerede stemt.",
        "da": "Denne person har allerede stemt.",
        "sv": "Den här personen har redan röstat.",
        "nl": "Deze persoon heeft al gestemd.",
    },
    "problem.voter_required": {
        "en": "Choose your name first.",
        "nb": "Velg navnet ditt først.",
        "da": "Vælg dit navn først.",
        "sv": "Välj ditt namn först.",
        "nl": "Kies eerst je naam.",
    },
    "problem.not_a_voter": {
        "en": "That name is not on the list for this vote.",
        "nb": "Det navnet står ikke på listen for denne avstemningen.",
        "da": "Det navn står ikke på listen til denne afstemning.",
        "sv": "Det namnet finns inte på listan för den här omröstningen.",
        "nl": "Die naam staat niet op de lijst voor deze stemming.",
    },
    "problem.no_voter": {
        "en": "Choose your name first.",
        "nb": "Velg navnet ditt først.",
        "da": "Vælg dit navn først.",
        "sv": "Välj ditt namn först.",
        "nl": "Kies eerst je naam.",
    },
    "problem.named_vote_needs_badge": {
        "en": "This vote is not anonymous: vote with the QR code on your badge.",
        "nb": "Denne avstemningen er ikke anonym: stem med QR-koden på navneskiltet ditt.",
        "da": "Denne afstemning er ikke anonym: stem med QR-koden på dit navneskilt.",
        "sv": "Den här omröstningen är inte anonym: rösta med QR-koden på din namnbricka.",
        "nl": "Deze stemming is niet anoniem: stem met de QR-code op je naambadge.",
    },
    "problem.device_required": {
        "en": "Your browser did not keep this page's cookie. Allow cookies and reload.",
        "nb": "Nettleseren lagret ikke sidens informasjonskapsel. Tillat dem og last inn på nytt.",
        "da": "Browseren gemte ikke sidens cookie. Tillad cookies, og genindlæs.",
        "sv": "Webbläsaren sparade inte sidans kaka. Tillåt kakor och ladda om.",
        "nl": "Je browser bewaarde de cookie niet. Sta cookies toe en laad de pagina opnieuw.",
    },
    "problem.group_required": {
        "en": "Choose the group this is for.",
        "nb": "Velg gruppen dette gjelder.",
        "da": "Vælg den gruppe, det gælder.",
        "sv": "Välj gruppen det gäller.",
        "nl": "Kies de groep waarvoor dit is.",
    },
    "problem.channel_not_supported": {
        "en": "This method cannot take a ballot like this.",
        "nb": "Denne metoden kan ikke ta imot en slik stemmeseddel.",
        "da": "Denne metode kan ikke modtage sådan en stemmeseddel.",
        "sv": "Den här metoden kan inte ta emot en sådan valsedel.",
        "nl": "Deze methode kan zo'n stembiljet niet aannemen.",
    },
    "problem.not_a_leader": {
        "en": "Only a group leader's link can change ideas.",
        "nb": "Bare gruppelederens lenke kan endre ideer.",
        "da": "Kun gruppelederens link kan ændre idéer.",
        "sv": "Bara gruppledarens länk kan ändra idéer.",
        "nl": "Alleen de link van een groepsleider kan ideeën wijzigen.",
    },
    "problem.no_group": {
        "en": "This group is no longer part of the workshop.",
        "nb": "Denne gruppen er ikke lenger med i workshopen.",
        "da": "Denne gruppe er ikke længere med i workshoppen.",
        "sv": "Den här gruppen ingår inte längre i workshoppen.",
        "nl": "Deze groep hoort niet meer bij de workshop.",
    },
    "problem.no_question": {
        "en": "There is no question to add ideas to yet.",
        "nb": "Det finnes ikke noe spørsmål å legge ideer til ennå.",
        "da": "Der er endnu intet spørgsmål at tilføje idéer til.",
        "sv": "Det finns ingen fråga att lägga till idéer till än.",
        "nl": "Er is nog geen vraag om ideeën aan toe te voegen.",
    },
    "problem.empty_idea": {
        "en": "Write the idea first.",
        "nb": "Skriv ideen først.",
        "da": "Skriv idéen først.",
        "sv": "Skriv idén först.",
        "nl": "Schrijf eerst het idee.",
    },
    "problem.idea_too_long": {
        "en": "The idea is too long: shorten it.",
        "nb": "Ideen er for lang: gjør den kortere.",
        "da": "Idéen er for lang: gør den kortere.",
        "sv": "Idén är för lång: korta ner den.",
        "nl": "Het idee is te lang: maak het korter.",
    },
    "problem.not_a_question": {
        "en": "That question is no longer asked.",
        "nb": "Det spørsmålet stilles ikke lenger.",
        "da": "Det spørgsmål stilles ikke længere.",
        "sv": "Den frågan ställs inte längre.",
        "nl": "Die vraag wordt niet meer gesteld.",
    },
    "problem.no_idea": {
        "en": "That idea is gone (it may have been deleted).",
        "nb": "Den ideen finnes ikke lenger (den kan være slettet).",
        "da": "Den idé findes ikke længere (den kan være slettet).",
        "sv": "Den idén finns inte längre (den kan ha tagits bort).",
        "nl": "Dat idee bestaat niet meer (misschien is het verwijderd).",
    },
    "problem.unknown_code": {
        "en": "That code is not right. Check it on the screen and try again.",
        "nb": "Den koden stemmer ikke. Sjekk den på skjermen og prøv igjen.",
        "da": "Den kode passer ikke. Tjek den på skærmen, og prøv igen.",
        "sv": "Den koden stämmer inte. Kontrollera den på skärmen och försök igen.",
        "nl": "Die code klopt niet. Controleer hem op het scherm en probeer het opnieuw.",
    },
    "problem.unknown_token": {
        "en": "This link is not valid (any more). Ask the facilitator for the current one.",
        "nb": "Denne lenken er ikke gyldig (lenger). Be fasilitatoren om den gjeldende.",
        "da": "Dette link er ikke gyldigt (længere). Bed facilitatoren om det aktuelle.",
        "sv": "Den här länken gäller inte (längre). Be samtalsledaren om den aktuella.",
        "nl": "Deze link is niet (meer) geldig. Vraag de begeleider om de actuele.",
    },
    "problem.too_many_requests": {
        "en": "Too many requests at once: wait a moment and try again.",
        "nb": "For mange forespørsler på en gang: vent litt og prøv igjen.",
        "da": "For mange forespørgsler på én gang: vent lidt, og prøv igen.",
        "sv": "För många förfrågningar på en gång: vänta en stund och försök igen.",
        "nl": "Te veel verzoeken tegelijk: wacht even en probeer het opnieuw.",
    },
    "problem.file_unavailable": {
        "en": "The facilitator's laptop cannot save right now: try again in a moment.",
        "nb": "Tilretteleggerens maskin kan ikke lagre akkurat nå: prøv igjen om litt.",
        "da": "Facilitatorens computer kan ikke gemme lige nu: prøv igen om lidt.",
        "sv": "Samtalsledarens dator kan inte spara just nu: försök igen om en stund.",
        "nl": "De laptop van de begeleider kan nu niet opslaan: probeer het zo opnieuw.",
    },
    "problem.other": {
        "en": "Something went wrong: try again.",
        "nb": "Noe gikk galt: prøv igjen.",
        "da": "Noget gik galt: prøv igen.",
        "sv": "Något gick fel: försök igen.",
        "nl": "Er ging iets mis: probeer het opnieuw.",
    },
}

# key -> language -> (one, other); the count is the placeholder PLURAL_COUNT[key]
PLURALS: dict[str, dict[str, tuple[str, str]]] = {
    "dots_left": {
        "en": ("{n} of {total} dot left", "{n} of {total} dots left"),
        "nb": ("{n} av {total} prikk igjen", "{n} av {total} prikker igjen"),
        "da": ("{n} af {total} prik tilbage", "{n} af {total} prikker tilbage"),
        "sv": ("{n} av {total} prick kvar", "{n} av {total} prickar kvar"),
        "nl": ("{n} van {total} stip over", "{n} van {total} stippen over"),
    },
    "negative_left": {
        "en": ("{n} of {total} negative dot left", "{n} of {total} negative dots left"),
        "nb": ("{n} av {total} negativ prikk igjen", "{n} av {total} negative prikker igjen"),
        "da": ("{n} af {total} negativ prik tilbage", "{n} af {total} negative prikker tilbage"),
        "sv": ("{n} av {total} negativ prick kvar", "{n} av {total} negativa prickar kvar"),
        "nl": ("{n} van {total} negatieve stip over", "{n} van {total} negatieve stippen over"),
    },
    "points_left": {
        "en": ("{n} of {total} point left", "{n} of {total} points left"),
        "nb": ("{n} av {total} poeng igjen", "{n} av {total} poeng igjen"),
        "da": ("{n} af {total} point tilbage", "{n} af {total} point tilbage"),
        "sv": ("{n} av {total} poäng kvar", "{n} av {total} poäng kvar"),
        "nl": ("{n} van {total} punt over", "{n} van {total} punten over"),
    },
    "dots_cap": {
        "en": ("At most {n} dot on one item.", "At most {n} dots on one item."),
        "nb": ("Høyst {n} prikk på ett punkt.", "Høyst {n} prikker på ett punkt."),
        "da": ("Højst {n} prik på ét punkt.", "Højst {n} prikker på ét punkt."),
        "sv": ("Högst {n} prick på en punkt.", "Högst {n} prickar på en punkt."),
        "nl": ("Hooguit {n} stip op één punt.", "Hooguit {n} stippen op één punt."),
    },
    "dots_negative": {
        "en": (
            "Press − on an item to give it a negative dot ({n} allowed).",
            "Press − on an item to give it a negative dot ({n} allowed).",
        ),
        "nb": (
            "Trykk − på et punkt for å gi det en negativ prikk ({n} tillatt).",
            "Trykk − på et punkt for å gi det en negativ prikk ({n} tillatt).",
        ),
        "da": (
            "Tryk − på et punkt for at give det en negativ prik ({n} tilladt).",
            "Tryk − på et punkt for at give det en negativ prik ({n} tilladt).",
        ),
        "sv": (
            "Tryck − på en punkt för att ge den en negativ prick ({n} tillåten).",
            "Tryck − på en punkt för att ge den en negativ prick ({n} tillåtna).",
        ),
        "nl": (
            "Druk op − bij een punt om het een negatieve stip te geven ({n} toegestaan).",
            "Druk op − bij een punt om het een negatieve stip te geven ({n} toegestaan).",
        ),
    },
    "points_cap": {
        "en": ("At most {n} point on one item.", "At most {n} points on one item."),
        "nb": ("Høyst {n} poeng på ett punkt.", "Høyst {n} poeng på ett punkt."),
        "da": ("Højst {n} point på ét punkt.", "Højst {n} point på ét punkt."),
        "sv": ("Högst {n} poäng på en punkt.", "Högst {n} poäng på en punkt."),
        "nl": ("Hooguit {n} punt op één punt.", "Hooguit {n} punten op één punt."),
    },
    "instr_ranking": {
        "en": ("Choose your favourite item.", "Choose your top {n}, first choice first."),
        "nb": ("Velg favorittpunktet ditt.", "Velg dine {n} øverste, førstevalget først."),
        "da": ("Vælg dit yndlingspunkt.", "Vælg dine {n} øverste, førstevalget først."),
        "sv": ("Välj din favoritpunkt.", "Välj dina {n} främsta, förstahandsvalet först."),
        "nl": ("Kies je favoriete punt.", "Kies je top {n}, je eerste keuze eerst."),
    },
    "pending": {
        "en": ("{n} change waiting to send", "{n} changes waiting to send"),
        "nb": ("{n} endring venter på å bli sendt", "{n} endringer venter på å bli sendt"),
        "da": ("{n} ændring venter på at blive sendt", "{n} ændringer venter på at blive sendt"),
        "sv": ("{n} ändring väntar på att skickas", "{n} ändringar väntar på att skickas"),
        "nl": ("{n} wijziging wacht op verzenden", "{n} wijzigingen wachten op verzenden"),
    },
}

# The placeholder whose number picks a plural form.
PLURAL_COUNT: dict[str, str] = {
    "dots_left": "total",
    "negative_left": "total",
    "points_left": "total",
    "dots_cap": "n",
    "dots_negative": "n",
    "points_cap": "n",
    "instr_ranking": "n",
    "pending": "n",
}


def language(code: str) -> str:
    """``code`` when the pages speak it, else English."""
    return code if code in LANGUAGES else "en"


def phrases(code: str) -> dict[str, object]:
    """One language's phrases: ``{"texts": {key: text}, "plurals": {key: [one, other]},
    "counts": {key: placeholder}}``."""
    lang = language(code)
    return {
        "texts": {key: texts[lang] for key, texts in TEXTS.items()},
        "plurals": {key: list(forms[lang]) for key, forms in PLURALS.items()},
        "counts": dict(PLURAL_COUNT),
    }


def text(code: str, key: str) -> str:
    return TEXTS[key][language(code)]


def phrases_json(code: str) -> str:
    """The phrases as JSON safe inside ``<script type="application/json">``: no ``<``, so no
    ``</script>`` can end the element early."""
    return (
        json.dumps(phrases(code), ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )
