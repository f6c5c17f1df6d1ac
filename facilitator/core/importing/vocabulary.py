"""The words sign-up forms use for each piece of a participant, in the five languages we meet.

Headings are written by whoever made the form, so the lists are generous: English, Norwegian
(Bokmål and Nynorsk), Danish, Swedish and Dutch (Flanders), with the spellings people type
without their own keyboard letters. Words are compared after :func:`headers.normalise`, so
accents, case and hyphens do not matter here ("E-post" is "epost", "Förnamn" is "fornamn").

**Consent columns.** Sign-up forms ask for consent in a column of its own, with yes/no, ja/nei,
x or a tick. A column that names what is consented to is that consent: sharing contact
details with the other participants ("Deling av kontaktinfo", "Akkoord delen
contactgegevens"), photos ("Bilder/Foto", "Photos OK"), receiving the minutes ("Motta
referat", "Ta emot protokoll", "Verslag ontvangen"). A column that only says "consent"
("Samtykke", "Samtycke", "Godkänner", "Toestemming", "Consent") is taken as **sharing contact
details with the other participants**: that is what a registration form's single consent box
asks (a participant list handed out at the workshop), receiving the minutes needs no consent
(it is on unless the person opts out) and photo consent is asked by naming photos. The
general consent words therefore count for every consent field, and on a tie the
share-contact field, listed first of the three, wins; a column that also names photos or
minutes goes to that consent. The user sees and can change the choice in the import dialog.

A form's privacy or terms box ("GDPR", "Personvern", "Privacy", "Accept", "Akkoord", "I agree
to the terms", "Godkänner villkoren") is consent to the organiser processing the registration,
not to showing the person's e-mail and phone to the others: consent must be specific (GDPR
article 7) and sharing is off by default. Those words are therefore not consent words, and
such a column stays unmapped unless the user maps it by hand.

A heading that says no to the thing ("Ikke motta referat", "Opt out of minutes",
"Reservasjon mot bilder", "No photos", "Nei til foto") is the same consent with its answers
reversed (see :data:`NEGATION_WORDS` and :data:`NO_WORDS`): an "x" there means the person
said no.
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
    CONSENT_SHARE_CONTACT = "consent_share_contact"
    CONSENT_PHOTOS = "consent_photos"
    CONSENT_MINUTES = "consent_minutes"


CONSENT_FIELDS = (
    ImportField.CONSENT_SHARE_CONTACT,
    ImportField.CONSENT_PHOTOS,
    ImportField.CONSENT_MINUTES,
)

# Words that say "consent" without saying to what: they count for every consent field.
# Privacy and terms words (TERMS_WORDS) are left out on purpose: such a box is consent to
# processing, not to sharing contact details (see the module docstring).
GENERAL_CONSENT_WORDS = (
    # English
    "consent", "consents", "permission", "optin",
    # Norwegian (Bokmål, Nynorsk)
    "samtykke", "samtykker", "samtykket", "samtykkjer", "godkjenner", "godkjenning",
    "tillatelse", "tillating",
    # Danish
    "tilladelse", "godkender", "samtykkeerklaering",
    # Swedish
    "samtycke", "samtycker", "godkanner", "godkannande", "medgivande", "tillstand",
    # Dutch
    "toestemming", "goedkeuring",
)  # fmt: skip


# Words of a form's privacy or terms box: consent to processing the registration. They count
# for no field, and in a heading with one of them the general consent words count for no
# consent ("Godkänner villkoren", "I agree to the terms"); a word naming contact details,
# photos or minutes still does ("Photos (GDPR consent)"). Compared with whole words and with
# the first part of a compound ("Personvernerklæring", "Villkoren"), and the longer ones also
# as its last part ("Brukervilkår").
TERMS_WORDS = frozenset(
    {
        # English
        "gdpr", "privacy", "terms", "conditions", "policy", "accept", "agree", "protection",
        # Norwegian, Danish, Swedish
        "personvern", "vilkar", "betingelse", "aksepter", "godtar", "godtek",
        "personopplysning", "persondata", "databehandling", "villkor", "personuppgift",
        "integritet", "dataskydd",
        # Dutch
        "akkoord", "voorwaarden", "persoonsgegevens", "gegevensbescherming",
    }
)  # fmt: skip


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
    # The share-contact consent comes first of the three: a general "Samtykke" means it.
    ImportField.CONSENT_SHARE_CONTACT: (
        "share", "sharing", "contact details", "contact info", "contact information",
        "participant list", "attendee list", "share contact details",
        "del", "dele", "deling", "delast", "kontaktinfo", "kontaktinformasjon",
        "kontaktopplysninger", "kontaktopplysningar", "deltakerliste", "deltakarliste",
        "kontaktoplysninger", "deltagerliste", "deltagerlisten",
        "dela", "delning", "delas", "kontaktuppgifter", "kontaktinformation", "deltagarlista",
        "deltagarlistan", "deles", "delt", "kontaktinformasjonen", "kontaktopplysningene",
        "gedeeld",
        "delen", "contactgegevens", "contactinfo", "contactinformatie", "deelnemerslijst",
        *GENERAL_CONSENT_WORDS,
    ),
    ImportField.CONSENT_PHOTOS: (
        "photo", "photos", "photograph", "photographs", "photography", "picture", "pictures",
        "image", "images", "filming", "video",
        "bilde", "bilder", "foto", "fotos", "fotografi", "fotografering", "fotografert",
        "fotosamtykke", "bildesamtykke", "filming", "film",
        "billede", "billeder", "billedsamtykke", "fotografier",
        "bild", "fotosamtycke", "bildsamtycke", "fotografias",
        "beeldmateriaal", "afbeelding", "afbeeldingen", "beeld", "fotografie", "fotograf",
        "photographed", "fotografeert", "gefotografeerd",
        *GENERAL_CONSENT_WORDS,
    ),
    ImportField.CONSENT_MINUTES: (
        "minutes", "meeting minutes", "receive minutes", "summary", "follow up", "followup",
        "referat", "referatet", "motta referat", "modtag referat", "modtage referat",
        "protokoll", "protokollet", "minnesanteckningar", "emot",
        "verslag", "notulen", "verslag ontvangen", "notulen ontvangen",
        *GENERAL_CONSENT_WORDS,
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
        "a", "an", "and", "any", "address", "be", "can", "do", "for", "if", "in", "may", "me",
        "my", "no", "number", "of", "ok", "on", "or", "other", "please", "the", "to", "with",
        "would", "yes", "you", "your",
        # Norwegian, Danish, Swedish
        "adress", "adresse", "af", "andre", "anna", "annen", "av", "deres", "din", "dina",
        "dine", "dit", "ditt", "eller", "ev", "eventuell", "eventuelle", "evt", "hos", "hvis",
        "at", "att", "bli", "bliva", "deg", "dig", "du", "fa", "i", "ja", "jeg", "jag", "ma",
        "min", "oss", "ta", "vi", "we", "us", "jeres", "kan", "med", "meg", "mig", "mitt",
        "mine", "mina", "nei", "nej", "nr", "nummer", "och", "og", "om", "onsker", "onskar",
        "ovriga", "pa", "til", "till", "ved", "vid", "vil", "vill",
        # Dutch
        "adres", "andere", "bij", "de", "en", "eventuele", "het", "ik", "je", "mag", "mijn",
        "nee", "uw", "van", "wil",
        # Saying no to a consent: they reverse the answers (NEGATION_WORDS), not the field
        "opt", "out", "not", "dont", "optout", "unsubscribe", "without", "ikke", "ikkje",
        "reservasjon", "reserverer", "reservere", "mot", "avmeld", "uten", "utan", "afmeld",
        "afmelding", "uden", "fravalg", "inte", "avanmal", "avbojer", "niet", "geen",
        "afmelden", "zonder",
    }
)  # fmt: skip

# A consent heading with one of these says no to the thing: its answers are reversed.
# Compared with each word and each two words written together ("opt out" is "optout").
NEGATION_WORDS = frozenset(
    {
        "not", "dont", "optout", "unsubscribe", "without",
        "ikke", "ikkje", "reservasjon", "reserverer", "reservere", "avmeld", "uten", "utan",
        "afmeld", "afmelding", "uden", "fravalg",
        "inte", "avanmal", "avbojer",
        "niet", "geen", "afmelden", "zonder",
    }
)  # fmt: skip

# "No" on its own word also says no to the thing ("No photos", "Nei til foto"), unless it is
# one of the answers offered ("Photos (yes/no)", "Samtykke ja/nei"): beside a yes word it is.
NO_WORDS = frozenset({"no", "nei", "nej", "nee"})
YES_WORDS = frozenset({"yes", "ja", "j", "y", "ok"})

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
