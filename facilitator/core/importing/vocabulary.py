"""The words sign-up forms use for each piece of a participant, in the five languages we meet.

Headings are written by whoever made the form, so the lists are generous: English, Norwegian
(Bokmål and Nynorsk), Danish, Swedish and Dutch (Flanders), with the spellings people type
without their own keyboard letters. Words are compared after :func:`headers.normalise`, so
accents, case and hyphens do not matter here ("E-post" is "epost", "Förnamn" is "fornamn").
"""

from __future__ import annotations

import enum


class ImportField(enum.StrEnum):
    NAME = "name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    EMAIL = "email"
    PHONE = "phone"
    ORGANISATION = "organisation"
    ROLE_TITLE = "role_title"
    DIETARY = "dietary"
    OVERNIGHT = "overnight"
    NOTES = "notes"
    TAGS = "tags"
    SECTOR = "sector"
    MUNICIPALITY = "municipality"


# Several words in one entry must stand together ("first name"); they also match written
# as one word ("firstname").
KEYWORDS: dict[ImportField, tuple[str, ...]] = {
    ImportField.NAME: (
        "name", "full name", "participant", "attendee", "contact person", "navn", "fullt navn",
        "fullt namn", "namn", "deltaker", "deltakar", "kontaktperson", "fulde navn", "deltager",
        "fullstandigt namn", "deltagare", "naam", "volledige naam", "deelnemer",
    ),
    ImportField.FIRST_NAME: (
        "first name", "given name", "forename", "middle name", "fornavn", "forenamn",
        "mellomnavn", "mellomnamn", "mellemnavn", "fornamn", "mellannamn", "voornaam", "roepnaam",
    ),
    ImportField.LAST_NAME: (
        "last name", "surname", "family name", "etternavn", "etternamn", "slektsnavn",
        "efternavn", "familienavn", "efternamn", "achternaam", "familienaam", "tussenvoegsel",
    ),
    ImportField.EMAIL: (
        "email", "e mail", "mail", "epost", "epostadresse", "epostadress", "mejl",
        "mejladress", "emailadresse", "emailadres", "mailadresse", "mailadres", "email address",
    ),
    ImportField.PHONE: (
        "phone", "telephone", "mobile", "cell", "telefon", "tlf", "tel", "mobil",
        "mobilnummer", "mobiltelefon", "telefonnummer", "mobilnr", "telefoon", "gsm", "gsmnummer",
        "phone number", "mobile number",
    ),
    ImportField.ORGANISATION: (
        "organisation", "organization", "company", "employer", "business", "bedrift", "firma",
        "virksomhet", "verksemd", "organisasjon", "arbeidsgiver", "arbeidsgjevar", "foretak",
        "selskap", "virksomhed", "selskab", "arbejdsgiver", "foretag", "arbetsgivare",
        "organisatie", "bedrijf", "werkgever", "onderneming", "institution", "institusjon",
    ),
    ImportField.ROLE_TITLE: (
        "role", "title", "job title", "position", "job", "stilling", "stillingstittel",
        "tittel", "rolle", "titel", "jobtitel", "stillingsbetegnelse", "befattning", "roll",
        "yrkesroll", "functie", "functietitel",
    ),
    ImportField.DIETARY: (
        "diet", "dietary", "dietary requirements", "allergies", "allergy", "food", "allergier",
        "allergi", "kosthold", "kosthald", "matallergi", "matallergier", "kost", "specialkost",
        "spesialkost", "madpraeferencer", "madallergi", "dieet", "allergie", "allergieen",
        "voedselallergie", "dieetwensen",
    ),
    ImportField.OVERNIGHT: (
        "overnight", "accommodation", "hotel", "hotell", "overnatting", "overnatning",
        "overnattning", "overnachting", "logi", "losji",
    ),
    ImportField.NOTES: (
        "notes", "note", "comment", "comments", "remarks", "kommentar", "kommentarer",
        "merknad", "merknader", "bemerkning", "bemaerkning", "bemaerkninger",
        "anmarkning", "anmarkningar", "ovrigt", "opmerking", "opmerkingen",
    ),
    ImportField.TAGS: ("tags", "tag", "labels", "stikkord", "etiketter", "etiketten", "taggar"),
    ImportField.SECTOR: ("sector", "industry", "bransje", "sektor", "branche", "bransch"),
    ImportField.MUNICIPALITY: (
        "municipality", "kommune", "kommun", "gemeente", "kommunenavn",
    ),
}  # fmt: skip

# "Name" on its own is a participant's name, but in "Company name" or "Firmanavn" it names
# the other thing, so these count for NAME only when no other field's word is present.
GENERIC_NAME_WORDS = frozenset({"name", "navn", "namn", "naam"})

# Words that say nothing about the field: they neither match nor count against a match, so
# "Navn på deltaker" is as good a NAME heading as "Navn".
NEUTRAL_WORDS = frozenset(
    {
        # English
        "a", "an", "and", "any", "address", "for", "if", "no", "number", "of", "or", "other",
        "please", "the", "yes", "your",
        # Norwegian, Danish, Swedish
        "adress", "adresse", "af", "andre", "anna", "annen", "av", "deres", "din", "dina",
        "dine", "dit", "ditt", "eller", "ev", "eventuell", "eventuelle", "evt", "hos", "hvis",
        "i", "ja", "jeres", "nei", "nej", "nr", "nummer", "och", "og", "om", "ovriga", "pa",
        "til", "ved", "vid",
        # Dutch
        "adres", "andere", "bij", "de", "en", "eventuele", "het", "je", "nee", "uw", "van",
    }
)  # fmt: skip

# Fields a list may spread over several columns: values are joined, not chosen.
MULTI_COLUMN_FIELDS = frozenset(
    {
        ImportField.FIRST_NAME,
        ImportField.LAST_NAME,
        ImportField.PHONE,
        ImportField.DIETARY,
        ImportField.NOTES,
        ImportField.TAGS,
    }
)
