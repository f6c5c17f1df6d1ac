"""The exports' column headers and words (yes/no, statuses, methods) in the app's languages.

Exports follow the workshop's language, not the app's: a list made for a Norwegian workshop
reads Norwegian in Excel whoever exports it. Kept apart from the code so that a translator
finds every word of every sheet in one place.
"""

from __future__ import annotations

COLUMNS = (
    "name", "organisation", "role", "email", "phone", "tags", "dietary", "overnight",
    "attendance", "checked_in_at",
)  # fmt: skip
# What "only name, organisation and role (no personal details)" leaves in.
PUBLIC_COLUMNS = ("name", "organisation", "role")

HEADERS: dict[str, dict[str, str]] = {
    "en": {"name": "Name", "organisation": "Organisation", "role": "Role", "email": "E-mail",
           "phone": "Phone", "tags": "Tags", "dietary": "Dietary needs",
           "overnight": "Overnight", "attendance": "Attendance", "checked_in_at": "Checked in",
           "yes": "Yes", "no": "No", "registered": "Registered", "checked_in": "Arrived",
           "no_show": "No-show", "cancelled": "Cancelled", "sheet": "Participants"},
    "nb": {"name": "Navn", "organisation": "Virksomhet", "role": "Stilling", "email": "E-post",
           "phone": "Telefon", "tags": "Merkelapper", "dietary": "Kosthold",
           "overnight": "Overnatting", "attendance": "Oppmøte", "checked_in_at": "Sjekket inn",
           "yes": "Ja", "no": "Nei", "registered": "Påmeldt", "checked_in": "Møtt",
           "no_show": "Ikke møtt", "cancelled": "Avmeldt", "sheet": "Deltakere"},
    "da": {"name": "Navn", "organisation": "Organisation", "role": "Rolle", "email": "E-mail",
           "phone": "Telefon", "tags": "Mærker", "dietary": "Kost", "overnight": "Overnatning",
           "attendance": "Fremmøde", "checked_in_at": "Tjekket ind", "yes": "Ja", "no": "Nej",
           "registered": "Tilmeldt", "checked_in": "Mødt", "no_show": "Udeblevet",
           "cancelled": "Afmeldt", "sheet": "Deltagere"},
    "sv": {"name": "Namn", "organisation": "Organisation", "role": "Roll", "email": "E-post",
           "phone": "Telefon", "tags": "Etiketter", "dietary": "Kost",
           "overnight": "Övernattning", "attendance": "Närvaro", "checked_in_at": "Incheckad",
           "yes": "Ja", "no": "Nej", "registered": "Anmäld", "checked_in": "Närvarande",
           "no_show": "Uteblev", "cancelled": "Avanmäld", "sheet": "Deltagare"},
    "nl": {"name": "Naam", "organisation": "Organisatie", "role": "Functie", "email": "E-mail",
           "phone": "Telefoon", "tags": "Labels", "dietary": "Dieetwensen",
           "overnight": "Overnachting", "attendance": "Aanwezigheid",
           "checked_in_at": "Ingecheckt", "yes": "Ja", "no": "Nee", "registered": "Ingeschreven",
           "checked_in": "Aanwezig", "no_show": "Niet gekomen", "cancelled": "Afgemeld",
           "sheet": "Deelnemers"},
}  # fmt: skip

# The contact columns of an export for the facilitator's own use (everyone's e-mail and
# phone, whether or not they agreed to share them): the headers say it is not to be shared.
_OWN_USE_WORDS: dict[str, dict[str, str]] = {
    "en": {"email_own_use": "E-mail (own use, not to be shared)",
           "phone_own_use": "Phone (own use, not to be shared)"},
    "nb": {"email_own_use": "E-post (til eget bruk, skal ikke deles)",
           "phone_own_use": "Telefon (til eget bruk, skal ikke deles)"},
    "da": {"email_own_use": "E-mail (til eget brug, må ikke deles)",
           "phone_own_use": "Telefon (til eget brug, må ikke deles)"},
    "sv": {"email_own_use": "E-post (för eget bruk, får inte delas)",
           "phone_own_use": "Telefon (för eget bruk, får inte delas)"},
    "nl": {"email_own_use": "E-mail (eigen gebruik, niet delen)",
           "phone_own_use": "Telefoon (eigen gebruik, niet delen)"},
}  # fmt: skip
for _language, _words in _OWN_USE_WORDS.items():
    HEADERS[_language].update(_words)

# Words of the workbook's other sheets, merged into HEADERS below.
_WORKBOOK_WORDS: dict[str, dict[str, str]] = {
    "en": {"sheet_organisations": "Organisations", "sheet_groups": "Groups",
           "sheet_ideas": "Ideas", "sheet_votes": "Votes", "sheet_ballots": "Ballots",
           "sector": "Sector", "municipality": "Municipality", "registered_count": "Registered",
           "checked_in_count": "Checked in", "round": "Round", "group": "Group",
           "location": "Room", "member": "Member", "leader": "Leader", "members": "Members",
           "question": "Question", "theme": "Theme", "idea": "Idea",
           "source_groups": "From groups", "merged_into": "Merged into", "created": "Created",
           "vote": "Vote", "method": "Method", "status": "Status", "item": "Item",
           "score": "Score", "rank": "Rank", "voters": "Voters",
           "disagreement": "Disagreement", "ballot": "Ballot", "channel": "Channel",
           "voter": "Voter", "criterion": "Criterion", "value": "Value",
           "method_dots": "Dots", "method_points": "Points", "method_ranking": "Ranking",
           "method_rating": "Rating", "method_approval": "Approval", "status_draft": "Draft",
           "status_open": "Open", "status_closed": "Closed", "channel_tally": "Tally",
           "channel_kiosk": "Kiosk", "channel_paper": "Paper ballot",
           "channel_group": "Group sheet"},
    "nb": {"sheet_organisations": "Virksomheter", "sheet_groups": "Grupper",
           "sheet_ideas": "Ideer", "sheet_votes": "Avstemninger",
           "sheet_ballots": "Stemmesedler", "sector": "Bransje", "municipality": "Kommune",
           "registered_count": "Påmeldt", "checked_in_count": "Sjekket inn", "round": "Runde",
           "group": "Gruppe", "location": "Rom", "member": "Deltaker", "leader": "Gruppeleder",
           "members": "Antall deltakere", "question": "Spørsmål", "theme": "Tema",
           "idea": "Idé", "source_groups": "Fra grupper", "merged_into": "Slått sammen med",
           "created": "Opprettet", "vote": "Avstemning", "method": "Metode",
           "status": "Status", "item": "Alternativ", "score": "Score", "rank": "Plass",
           "voters": "Velgere", "disagreement": "Uenighet", "ballot": "Stemmeseddel",
           "channel": "Kanal", "voter": "Velger", "criterion": "Kriterium", "value": "Verdi",
           "method_dots": "Prikker", "method_points": "Poeng", "method_ranking": "Rangering",
           "method_rating": "Vurdering", "method_approval": "Godkjenning",
           "status_draft": "Utkast", "status_open": "Åpen", "status_closed": "Lukket",
           "channel_tally": "Opptelling", "channel_kiosk": "Kiosk",
           "channel_paper": "Papirstemmeseddel", "channel_group": "Gruppeark"},
    "da": {"sheet_organisations": "Organisationer", "sheet_groups": "Grupper",
           "sheet_ideas": "Idéer", "sheet_votes": "Afstemninger",
           "sheet_ballots": "Stemmesedler", "sector": "Branche", "municipality": "Kommune",
           "registered_count": "Tilmeldt", "checked_in_count": "Tjekket ind",
           "round": "Runde", "group": "Gruppe", "location": "Lokale", "member": "Deltager",
           "leader": "Gruppeleder", "members": "Antal deltagere", "question": "Spørgsmål",
           "theme": "Tema", "idea": "Idé", "source_groups": "Fra grupper",
           "merged_into": "Slået sammen med", "created": "Oprettet", "vote": "Afstemning",
           "method": "Metode", "status": "Status", "item": "Mulighed", "score": "Score",
           "rank": "Plads", "voters": "Vælgere", "disagreement": "Uenighed",
           "ballot": "Stemmeseddel", "channel": "Kanal", "voter": "Vælger",
           "criterion": "Kriterium", "value": "Værdi", "method_dots": "Prikker",
           "method_points": "Point", "method_ranking": "Rangering",
           "method_rating": "Bedømmelse", "method_approval": "Godkendelse",
           "status_draft": "Kladde", "status_open": "Åben", "status_closed": "Lukket",
           "channel_tally": "Optælling", "channel_kiosk": "Kiosk",
           "channel_paper": "Papirstemmeseddel", "channel_group": "Gruppeark"},
    "sv": {"sheet_organisations": "Organisationer", "sheet_groups": "Grupper",
           "sheet_ideas": "Idéer", "sheet_votes": "Omröstningar", "sheet_ballots": "Valsedlar",
           "sector": "Bransch", "municipality": "Kommun", "registered_count": "Anmälda",
           "checked_in_count": "Incheckade", "round": "Omgång", "group": "Grupp",
           "location": "Rum", "member": "Deltagare", "leader": "Gruppledare",
           "members": "Antal deltagare", "question": "Fråga", "theme": "Tema", "idea": "Idé",
           "source_groups": "Från grupper", "merged_into": "Ihopslagen med",
           "created": "Skapad", "vote": "Omröstning", "method": "Metod", "status": "Status",
           "item": "Alternativ", "score": "Poäng", "rank": "Plats", "voters": "Väljare",
           "disagreement": "Oenighet", "ballot": "Valsedel", "channel": "Kanal",
           "voter": "Väljare", "criterion": "Kriterium", "value": "Värde",
           "method_dots": "Prickar", "method_points": "Poäng",
           "method_ranking": "Rangordning", "method_rating": "Betygsättning",
           "method_approval": "Godkännande", "status_draft": "Utkast", "status_open": "Öppen",
           "status_closed": "Stängd", "channel_tally": "Sammanräkning",
           "channel_kiosk": "Kiosk", "channel_paper": "Valsedel på papper",
           "channel_group": "Gruppblad"},
    "nl": {"sheet_organisations": "Organisaties", "sheet_groups": "Groepen",
           "sheet_ideas": "Ideeën", "sheet_votes": "Stemmingen",
           "sheet_ballots": "Stembiljetten", "sector": "Sector", "municipality": "Gemeente",
           "registered_count": "Ingeschreven", "checked_in_count": "Ingecheckt",
           "round": "Ronde", "group": "Groep", "location": "Zaal", "member": "Deelnemer",
           "leader": "Groepsleider", "members": "Aantal deelnemers", "question": "Vraag",
           "theme": "Thema", "idea": "Idee", "source_groups": "Uit groepen",
           "merged_into": "Samengevoegd met", "created": "Aangemaakt", "vote": "Stemming",
           "method": "Methode", "status": "Status", "item": "Optie", "score": "Score",
           "rank": "Rang", "voters": "Stemmers", "disagreement": "Onenigheid",
           "ballot": "Stembiljet", "channel": "Kanaal", "voter": "Stemmer",
           "criterion": "Criterium", "value": "Waarde", "method_dots": "Stippen",
           "method_points": "Punten", "method_ranking": "Rangschikking",
           "method_rating": "Beoordeling", "method_approval": "Goedkeuring",
           "status_draft": "Concept", "status_open": "Open", "status_closed": "Gesloten",
           "channel_tally": "Telling", "channel_kiosk": "Kiosk",
           "channel_paper": "Papieren stembiljet", "channel_group": "Groepsblad"},
}  # fmt: skip
for _language, _words in _WORKBOOK_WORDS.items():
    HEADERS[_language].update(_words)
DECIMAL_COMMA = frozenset({"nb", "da", "sv", "nl"})

# Each table's key (also the CSV file's name) and the HEADERS word of its sheet's title.
SHEETS = (
    ("participants", "sheet"),
    ("organisations", "sheet_organisations"),
    ("groups", "sheet_groups"),
    ("ideas", "sheet_ideas"),
    ("votes", "sheet_votes"),
    ("ballots", "sheet_ballots"),
)


def words_for(language: str) -> dict[str, str]:
    return HEADERS.get(language, HEADERS["en"])


def columns(privacy: bool) -> list[str]:
    return list(PUBLIC_COLUMNS) if privacy else list(COLUMNS)
