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
    <name>ClientPanel</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="153" />
        <source>Choose the client's language</source>
        <translation>Kies de taal van de cliënt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="157" />
        <source>Smaller text</source>
        <translation>Kleinere tekst</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="158" />
        <source>Make the client's text smaller</source>
        <translation>De tekst voor de cliënt kleiner maken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="161" />
        <source>Larger text</source>
        <translation>Grotere tekst</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="162" />
        <source>Make the client's text larger</source>
        <translation>De tekst voor de cliënt groter maken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="165" />
        <location filename="../../einclusie_app/gui/client_view.py" line="166" />
        <location filename="../../einclusie_app/gui/client_view.py" line="225" />
        <source>Read aloud</source>
        <translation>Voorlezen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="168" />
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="169" />
        <source>Back to the details</source>
        <translation>Terug naar de details</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="172" />
        <source>Read aloud status</source>
        <translation>Status van het voorlezen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="225" />
        <source>No voice</source>
        <translation>Geen stem</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="230" />
        <source>Language: %1</source>
        <translation>Taal: %1</translation>
    </message>
</context>
<context>
    <name>ClientScreen</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="239" />
        <source>E-inclusie Wegwijzer — for the client</source>
        <translation>E-inclusie Wegwijzer — voor de cliënt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="240" />
        <source>Client screen</source>
        <translation>Cliëntscherm</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="105" />
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
        <location filename="../../einclusie_app/gui/main_window.py" line="53" />
        <source>E-inclusie Wegwijzer</source>
        <extracomment>Languages offered in the language filter (codes the catalogue uses). The staff chose another interface language (the host builds the window again).</extracomment>
        <translation>E-inclusie Wegwijzer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="58" />
        <source>What does the client need? e.g. itsme, laptop lenen, kaart kwijt</source>
        <translation>Wat heeft de cliënt nodig? bv. itsme, laptop lenen, kaart kwijt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="59" />
        <source>Search words</source>
        <translation>Zoekwoorden</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="63" />
        <source>Postcode or place</source>
        <translation>Postcode of plaats</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="64" />
        <source>Place: postcode, municipality or district</source>
        <translation>Plaats: postcode, gemeente of deelgemeente</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="73" />
        <source>Distance around the place</source>
        <translation>Afstand rond de plaats</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="75" />
        <source>within %1 km</source>
        <translation>binnen %1 km</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="86" />
        <source>Only %1</source>
        <translation>Alleen %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="87" />
        <source>Show only this kind of help (several can be on)</source>
        <translation>Toon alleen dit soort hulp (meerdere tegelijk mogelijk)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="92" />
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="93" />
        <source>Only free of charge</source>
        <translation>Alleen gratis</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="95" />
        <source>Language the help is given in</source>
        <translation>Taal waarin de hulp gegeven wordt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="96" />
        <source>Any language</source>
        <translation>Elke taal</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="100" />
        <source>How the client gets in</source>
        <translation>Hoe de cliënt er terechtkan</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="101" />
        <source>Any way in</source>
        <translation>Elke toegang</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="109" />
        <source>Open now</source>
        <translation>Nu open</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="110" />
        <source>Only what is open or can be called now</source>
        <translation>Alleen wat nu open of telefonisch bereikbaar is</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="111" />
        <source>Open at:</source>
        <translation>Open op:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="112" />
        <source>Only what is open at a chosen day and time</source>
        <translation>Alleen wat open is op een gekozen dag en uur</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="114" />
        <source>Day and time to check</source>
        <translation>Dag en uur om te controleren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="119" />
        <source>Open first</source>
        <translation>Open bovenaan</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="120" />
        <source>Show what is open first</source>
        <translation>Toon eerst wat open is</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="131" />
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="158" />
        <source>Loading the catalogue…</source>
        <translation>Catalogus laden…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="159" />
        <source>Search status</source>
        <translation>Zoekstatus</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="207" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="208" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="212" />
        <source>&amp;Client</source>
        <translation>&amp;Cliënt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="213" />
        <source>&amp;Show to the client…</source>
        <translation>&amp;Tonen aan de cliënt…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="217" />
        <source>Client's &amp;language…</source>
        <translation>T&amp;aal van de cliënt…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="221" />
        <source>Client &amp;screen (second monitor)</source>
        <translation>Cliënt&amp;scherm (tweede monitor)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="225" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="226" />
        <source>Interface &amp;language</source>
        <translation>&amp;Taal van het programma</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="234" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="235" />
        <source>&amp;About E-inclusie Wegwijzer</source>
        <translation>&amp;Over E-inclusie Wegwijzer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="257" />
        <source>The catalogue could not be opened: %1</source>
        <translation>De catalogus kon niet geopend worden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/main_window.py" line="371" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="372" />
        <source>No help found. Try fewer words, another place or a larger distance.</source>
        <translation>Geen hulp gevonden. Probeer minder woorden, een andere plaats of een grotere afstand.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="389" />
        <source>Place: %1 (did you mean this?)</source>
        <translation>Plaats: %1 (bedoel je deze?)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="390" />
        <source>Near %1</source>
        <translation>In de buurt van %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="392" />
        <source>Which place? %1</source>
        <translation>Welke plaats? %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="395" />
        <source>Place not known. Closest: %1</source>
        <translation>Plaats onbekend. Lijkt op: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="397" />
        <source>Place not known.</source>
        <translation>Plaats onbekend.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="428" />
        <source>Choose a result first.</source>
        <translation>Kies eerst een resultaat.</translation>
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