<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="14" />
        <source>About E-inclusie Wegwijzer</source>
        <translation>Over E-inclusie Wegwijzer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="18" />
        <source>About and credits</source>
        <translation>Over het programma en bronvermelding</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="21" />
        <source>E-inclusie Wegwijzer %1 — finds digital help for a client, offline.</source>
        <translation>E-inclusie Wegwijzer %1 — vindt digitale hulp voor een cliënt, offline.</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="38" />
        <source>Hours unknown</source>
        <extracomment>A status older than this is computed again (the clock moves).</extracomment>
        <translation>Uren onbekend</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="40" />
        <source>Call now</source>
        <translation>Nu bellen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="40" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="42" />
        <source>Closes in %1 min</source>
        <translation>Sluit over %1 min</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="44" />
        <source>Call until %1</source>
        <translation>Bellen tot %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="44" />
        <source>Open until %1</source>
        <translation>Open tot %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="47" />
        <source>Call from %1</source>
        <translation>Bellen vanaf %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="47" />
        <source>Opens %1</source>
        <translation>Opent om %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="50" />
        <source>Closed today (holiday)</source>
        <translation>Vandaag gesloten (feestdag)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="54" />
        <source>Closed · %1 %2</source>
        <translation>Gesloten · %1 %2</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="56" />
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
</context>
<context>
    <name>BasketPanel</name>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="29" />
        <source>For this client</source>
        <translation>Voor deze cliënt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="31" />
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="32" />
        <source>Move up in the basket</source>
        <translation>Hoger in het mandje</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="33" />
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="34" />
        <source>Move down in the basket</source>
        <translation>Lager in het mandje</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="35" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="36" />
        <source>Remove from the basket</source>
        <translation>Uit het mandje halen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="37" />
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="38" />
        <source>Print the page for the client</source>
        <translation>Het blad voor de cliënt afdrukken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="39" />
        <source>Save as PDF…</source>
        <translation>Als PDF bewaren…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="40" />
        <source>Save the page for the client as PDF</source>
        <translation>Het blad voor de cliënt als PDF bewaren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="94" />
        <source>For this client: %1 of %2</source>
        <translation>Voor deze cliënt: %1 van %2</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="157" />
        <source>Choose the client's language</source>
        <extracomment>Client languages the site wants first in the picker.</extracomment>
        <translation>Kies de taal van de cliënt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="161" />
        <source>Smaller text</source>
        <translation>Kleinere tekst</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="162" />
        <source>Make the client's text smaller</source>
        <translation>De tekst voor de cliënt kleiner maken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="165" />
        <source>Larger text</source>
        <translation>Grotere tekst</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="166" />
        <source>Make the client's text larger</source>
        <translation>De tekst voor de cliënt groter maken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="169" />
        <location filename="../../einclusie_app/gui/client_view.py" line="170" />
        <location filename="../../einclusie_app/gui/client_view.py" line="229" />
        <source>Read aloud</source>
        <translation>Voorlezen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="172" />
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="173" />
        <source>Back to the details</source>
        <translation>Terug naar de details</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="176" />
        <source>Read aloud status</source>
        <translation>Status van het voorlezen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="229" />
        <source>No voice</source>
        <translation>Geen stem</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="234" />
        <source>Language: %1</source>
        <translation>Taal: %1</translation>
    </message>
</context>
<context>
    <name>ClientScreen</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="243" />
        <source>E-inclusie Wegwijzer — for the client</source>
        <translation>E-inclusie Wegwijzer — voor de cliënt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="244" />
        <source>Client screen</source>
        <translation>Cliëntscherm</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="107" />
        <source>Client view</source>
        <translation>Cliëntweergave</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="24" />
        <source>Details of the selected help</source>
        <translation>Details van de gekozen hulp</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="28" />
        <source>Choose a result to see everything about it.</source>
        <translation>Kies een resultaat om er alles over te zien.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="38" />
        <location filename="../../einclusie_app/gui/detail.py" line="122" />
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="44" />
        <source>Warning:</source>
        <translation>Let op:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="46" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="49" />
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="51" />
        <source>Last checked %1 — more than 12 months ago or unknown. Call first.</source>
        <translation>Laatst gecontroleerd: %1 — meer dan 12 maanden geleden of onbekend. Eerst bellen.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="68" />
        <source>address not known — in %1</source>
        <translation>adres onbekend — in %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="71" />
        <source>serves: %1</source>
        <translation>werkgebied: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="73" />
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="76" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="77" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="78" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="79" />
        <source>Hours (as the source gave them)</source>
        <translation>Uren (zoals de bron ze geeft)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="80" />
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="81" />
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="82" />
        <source>Cost</source>
        <translation>Kostprijs</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="83" />
        <source>How to get in</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="85" />
        <source>What to bring</source>
        <translation>Mee te brengen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="87" />
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="88" />
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="91" />
        <source>(old)</source>
        <translation>(verouderd)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="92" />
        <source>Last checked</source>
        <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="95" />
        <source>undated</source>
        <translation>zonder datum</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="97" />
        <source>partly inferred</source>
        <translation>deels afgeleid</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="101" />
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="106" />
        <source>Record id: %1</source>
        <translation>Record-id: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="115" />
        <source>Opening hours not known as a weekly schedule: call first.</source>
        <translation>Openingsuren niet bekend als weekschema: eerst bellen.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="120" />
        <source>closed (%1)</source>
        <translation>gesloten (%1)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="124" />
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="128" />
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="135" />
        <source>Closed on: %1</source>
        <translation>Gesloten op: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="14" />
        <source>Help point</source>
        <translation>Digipunt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="15" />
        <source>Device loan</source>
        <translation>Toestel lenen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="16" />
        <source>Helpline</source>
        <translation>Hulplijn</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="17" />
        <source>Course</source>
        <translation>Cursus</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="23" />
        <source>walk in</source>
        <translation>vrij binnenlopen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="24" />
        <source>by appointment</source>
        <translation>op afspraak</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="25" />
        <source>only via a social worker or organisation</source>
        <translation>alleen via een maatschappelijk werker of organisatie</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="26" />
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="27" />
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="28" />
        <source>home visit</source>
        <translation>huisbezoek</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="34" />
        <source>identity card (eID)</source>
        <translation>identiteitskaart (eID)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="35" />
        <source>PIN code of the identity card</source>
        <translation>pincode van de identiteitskaart</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="36" />
        <source>own smartphone</source>
        <translation>eigen smartphone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="37" />
        <source>own laptop or tablet</source>
        <translation>eigen laptop of tablet</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="38" />
        <source>bank card and card reader</source>
        <translation>bankkaart en kaartlezer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="39" />
        <source>the letter or e-mail received</source>
        <translation>de ontvangen brief of e-mail</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="40" />
        <source>login details (itsme, passwords)</source>
        <translation>inloggegevens (itsme, wachtwoorden)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="41" />
        <source>proof of income</source>
        <translation>inkomensbewijs</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="42" />
        <source>letter from the social worker</source>
        <translation>brief van de maatschappelijk werker</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="48" />
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="49" />
        <source>inactive</source>
        <translation>niet actief</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="50" />
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="51" />
        <source>temporarily closed</source>
        <translation>tijdelijk gesloten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="56" />
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="56" />
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="56" />
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="57" />
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="57" />
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="57" />
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="58" />
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="62" />
        <source>Monday</source>
        <translation>Maandag</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="62" />
        <source>Tuesday</source>
        <translation>Dinsdag</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="62" />
        <source>Wednesday</source>
        <translation>Woensdag</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="63" />
        <source>Thursday</source>
        <translation>Donderdag</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="63" />
        <source>Friday</source>
        <translation>Vrijdag</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="63" />
        <source>Saturday</source>
        <translation>Zaterdag</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="64" />
        <source>Sunday</source>
        <translation>Zondag</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="38" />
        <location filename="../../einclusie_app/gui/client_view.py" line="41" />
        <source>I speak…</source>
        <translation>Ik spreek…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="57" />
        <source>E-inclusie Wegwijzer</source>
        <extracomment>Languages offered in the language filter (codes the catalogue uses). The staff chose another interface language (the host builds the window again).</extracomment>
        <translation>E-inclusie Wegwijzer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="65" />
        <source>What does the client need? e.g. itsme, laptop lenen, kaart kwijt</source>
        <translation>Wat heeft de cliënt nodig? bv. itsme, laptop lenen, kaart kwijt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="66" />
        <source>Search words</source>
        <translation>Zoekwoorden</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="70" />
        <source>Postcode or place</source>
        <translation>Postcode of plaats</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="71" />
        <source>Place: postcode, municipality or district</source>
        <translation>Plaats: postcode, gemeente of deelgemeente</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="80" />
        <source>Distance around the place</source>
        <translation>Afstand rond de plaats</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="82" />
        <source>within %1 km</source>
        <translation>binnen %1 km</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="94" />
        <source>Only %1</source>
        <translation>Alleen %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="95" />
        <source>Show only this kind of help (several can be on)</source>
        <translation>Toon alleen dit soort hulp (meerdere tegelijk mogelijk)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="100" />
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="101" />
        <source>Only free of charge</source>
        <translation>Alleen gratis</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="103" />
        <source>Language the help is given in</source>
        <translation>Taal waarin de hulp gegeven wordt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="104" />
        <source>Any language</source>
        <translation>Elke taal</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="108" />
        <source>How the client gets in</source>
        <translation>Hoe de cliënt er terechtkan</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="109" />
        <source>Any way in</source>
        <translation>Elke toegang</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="117" />
        <source>Open now</source>
        <translation>Nu open</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="118" />
        <source>Only what is open or can be called now</source>
        <translation>Alleen wat nu open of telefonisch bereikbaar is</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="119" />
        <source>Open at:</source>
        <translation>Open op:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="120" />
        <source>Only what is open at a chosen day and time</source>
        <translation>Alleen wat open is op een gekozen dag en uur</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="122" />
        <source>Day and time to check</source>
        <translation>Dag en uur om te controleren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="127" />
        <source>Open first</source>
        <translation>Open bovenaan</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="128" />
        <source>Show what is open first</source>
        <translation>Toon eerst wat open is</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="139" />
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="167" />
        <source>Loading the catalogue…</source>
        <translation>Catalogus laden…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="168" />
        <source>Search status</source>
        <translation>Zoekstatus</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="227" />
        <source>&amp;File</source>
        <extracomment>The counter's name for the handout, from the site settings.</extracomment>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="228" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="232" />
        <source>&amp;Client</source>
        <translation>&amp;Cliënt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="233" />
        <source>&amp;New client</source>
        <translation>&amp;Nieuwe cliënt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="237" />
        <source>&amp;Add to the basket (for this client)</source>
        <translation>In het &amp;mandje (voor deze cliënt)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="241" />
        <source>&amp;Print the page for the client…</source>
        <translation>Blad voor de cliënt af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="245" />
        <source>Save the page as P&amp;DF…</source>
        <translation>Blad als &amp;PDF bewaren…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="249" />
        <source>&amp;Show to the client…</source>
        <translation>&amp;Tonen aan de cliënt…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="253" />
        <source>Client's &amp;language…</source>
        <translation>T&amp;aal van de cliënt…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="257" />
        <source>Client &amp;screen (second monitor)</source>
        <translation>Cliënt&amp;scherm (tweede monitor)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="261" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="262" />
        <source>Interface &amp;language</source>
        <translation>&amp;Taal van het programma</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="270" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="271" />
        <source>&amp;About E-inclusie Wegwijzer</source>
        <translation>&amp;Over E-inclusie Wegwijzer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="296" />
        <source>The catalogue could not be opened: %1</source>
        <translation>De catalogus kon niet geopend worden: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="315" />
        <source>Site settings: %1</source>
        <translation>Site-instellingen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/main_window.py" line="425" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="426" />
        <source>No help found. Try fewer words, another place or a larger distance.</source>
        <translation>Geen hulp gevonden. Probeer minder woorden, een andere plaats of een grotere afstand.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="443" />
        <source>Place: %1 (did you mean this?)</source>
        <translation>Plaats: %1 (bedoel je deze?)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="444" />
        <source>Near %1</source>
        <translation>In de buurt van %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="446" />
        <source>Which place? %1</source>
        <translation>Welke plaats? %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="449" />
        <source>Place not known. Closest: %1</source>
        <translation>Plaats onbekend. Lijkt op: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="451" />
        <source>Place not known.</source>
        <translation>Plaats onbekend.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="482" />
        <location filename="../../einclusie_app/gui/main_window.py" line="540" />
        <source>Choose a result first.</source>
        <translation>Kies eerst een resultaat.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="532" />
        <source>Already in the basket, or the basket is full.</source>
        <translation>Zit al in het mandje, of het mandje is vol.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="571" />
        <source>Save the page for the client</source>
        <translation>Het blad voor de cliënt bewaren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="577" />
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/main_window.py" line="579" />
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 bewaard (%n blad).</numerusform>
            <numerusform>%1 bewaard (%n bladen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="595" />
        <source>New client: everything of the last client is gone.</source>
        <translation>Nieuwe cliënt: alles van de vorige cliënt is gewist.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="102" />
        <source>Name</source>
        <extracomment>``opening_of(service_id, when) -&gt; core.opening.Opening``; None shows no status.</extracomment>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="102" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="102" />
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="102" />
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="103" />
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="143" />
        <source>The street address is not known: only the place %1.</source>
        <translation>Het straatadres is niet bekend: alleen de plaats %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="146" />
        <source>Approximate: measured to the postcode or municipality, not to the door.</source>
        <translation>Bij benadering: gemeten tot de postcode of gemeente, niet tot aan de deur.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="158" />
        <source>serves %1</source>
        <translation>voor %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="161" />
        <source>%1 (no street)</source>
        <translation>%1 (geen straat)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="165" />
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="167" />
        <source>phone / area</source>
        <translation>telefonisch / regio</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <location filename="../../einclusie_app/gui/speech.py" line="85" />
        <source>Reading aloud is not available on this PC.</source>
        <extracomment>Client language code → QLocale language of the voice (plain Dutch uses a Dutch voice).</extracomment>
        <translation>Voorlezen is niet mogelijk op deze pc.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/speech.py" line="87" />
        <source>This PC has no voice for %1.</source>
        <translation>Deze pc heeft geen stem voor %1.</translation>
    </message>
</context>
</TS>