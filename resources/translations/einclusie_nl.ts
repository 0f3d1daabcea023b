<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="30"/>
        <source>About E-inclusie Wegwijzer</source>
        <extracomment>Credit lines as the licences require them: never translated.</extracomment>
        <translation>Over E-inclusie Wegwijzer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="34"/>
        <source>About and credits</source>
        <translation>Over het programma en bronvermelding</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="48"/>
        <source>E-inclusie Wegwijzer %1 — finds digital help for a client, offline.</source>
        <translation>E-inclusie Wegwijzer %1 — vindt digitale hulp voor een cliënt, offline.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="50"/>
        <source>The window never opens a network connection, and nothing about a client (words searched, language, basket) is written to disk.</source>
        <translation>Het venster maakt nooit een netwerkverbinding, en niets over een cliënt (gezochte woorden, taal, mandje) wordt op schijf bewaard.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="52"/>
        <source>Credits</source>
        <translation>Bronvermelding</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="53"/>
        <source>The catalogue</source>
        <translation>De catalogus</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="54"/>
        <source>Facts about help points, device loans, helplines and courses were read on the public pages named in each record (shown with every record, with the date it was last checked). The summaries are written in our own words.</source>
        <translation>De gegevens over digipunten, toestellen lenen, hulplijnen en cursussen komen van de openbare pagina&apos;s die bij elke fiche staan (met de datum waarop ze laatst nagekeken zijn). De samenvattingen zijn in onze eigen woorden geschreven.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="57"/>
        <source>Places: postcodes, municipalities and districts</source>
        <translation>Plaatsen: postcodes, gemeenten en deelgemeenten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="59"/>
        <source>The coordinates of a postcode or municipality are a representative point, not a centre; distances measured to them are approximate.</source>
        <translation>De coördinaten van een postcode of gemeente zijn een representatief punt, geen centrum; afstanden daartoe zijn bij benadering.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="61"/>
        <source>Pictograms</source>
        <translation>Pictogrammen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="63"/>
        <source>Fonts</source>
        <translation>Lettertypen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="64"/>
        <source>bundled so that every client language shows and prints on any PC.</source>
        <translation>meegeleverd zodat elke taal van de cliënt op elke pc getoond en afgedrukt wordt.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="66"/>
        <source>Holidays</source>
        <translation>Feestdagen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="67"/>
        <source>Belgian legal holidays: %1; school holidays from the Communities&apos; published calendars.</source>
        <translation>Belgische wettelijke feestdagen: %1; schoolvakanties uit de gepubliceerde kalenders van de Gemeenschappen.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="69"/>
        <source>Standard</source>
        <translation>Standaard</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="52"/>
        <source>Hours unknown</source>
        <extracomment>What the search did for a row (&quot;without activeren&quot;), drawn beside the name; &quot;&quot; for none. A status older than this is computed again (the clock moves).</extracomment>
        <translation>Uren onbekend</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="54"/>
        <source>Call now</source>
        <translation>Nu bellen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="54"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="56"/>
        <source>Closes in %1 min</source>
        <translation>Sluit over %1 min</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="58"/>
        <source>Call until %1</source>
        <translation>Bellen tot %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="58"/>
        <source>Open until %1</source>
        <translation>Open tot %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="61"/>
        <source>Call from %1</source>
        <translation>Bellen vanaf %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="61"/>
        <source>Opens %1</source>
        <translation>Opent om %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="64"/>
        <source>Closed today (holiday)</source>
        <translation>Vandaag gesloten (feestdag)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="68"/>
        <source>Closed · %1 %2</source>
        <translation>Gesloten · %1 %2</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="70"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
</context>
<context>
    <name>BasketPanel</name>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="33"/>
        <source>For this client</source>
        <extracomment>Records that fit on a handout (two pages); core.handout.MAX_RECORDS, kept equal by a test.</extracomment>
        <translation>Voor deze cliënt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="39"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="40"/>
        <source>Move up in the basket</source>
        <translation>Hoger in het mandje</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="41"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="42"/>
        <source>Move down in the basket</source>
        <translation>Lager in het mandje</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="43"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="44"/>
        <source>Remove from the basket</source>
        <translation>Uit het mandje halen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="45"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="46"/>
        <source>Print the page for the client</source>
        <translation>Het blad voor de cliënt afdrukken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="47"/>
        <source>Save as PDF…</source>
        <translation>Als PDF bewaren…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="48"/>
        <source>Save the page for the client as PDF</source>
        <translation>Het blad voor de cliënt als PDF bewaren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="136"/>
        <source>For this client: %1 of %2</source>
        <extracomment>How many records fit on the page(s) for the client.</extracomment>
        <translation>Voor deze cliënt: %1 van %2</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="79"/>
        <source>not known</source>
        <translation>niet gekend</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="80"/>
        <source>serves: %1</source>
        <translation>bedient: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="81"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="82"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="83"/>
        <source>Hours as the source gave them</source>
        <translation>Uren zoals de bron ze gaf</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="84"/>
        <source>How to get in</source>
        <translation>Hoe binnen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="85"/>
        <source>Cost</source>
        <translation>Kostprijs</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="86"/>
        <source>Last checked</source>
        <translation>Laatst nagekeken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="87"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="88"/>
        <source>No phone number known.</source>
        <translation>Geen telefoonnummer gekend.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="89"/>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="90"/>
        <source>Website: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="91"/>
        <source>Reported at a counter: %1</source>
        <translation>Gemeld aan een balie: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="92"/>
        <source>still right</source>
        <translation>klopt nog</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="93"/>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="94"/>
        <source>ended</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="95"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="96"/>
        <source>How:</source>
        <translation>Hoe:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="97"/>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="98"/>
        <source>visit</source>
        <translation>bezoek</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="99"/>
        <source>web page</source>
        <translation>webpagina</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="100"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="101"/>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="102"/>
        <source>Check round: call list</source>
        <translation>Belronde: bellijst</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="103"/>
        <source>the whole catalogue</source>
        <translation>de hele catalogus</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="104"/>
        <source>printed %1</source>
        <translation>afgedrukt %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="105"/>
        <source>Call each number, check what the catalogue says, tick one box and write the date; then enter it in the check round of the Wegwijzer (Maintainer menu). Write nothing about clients.</source>
        <translation>Bel elk nummer, kijk na wat de catalogus zegt, kruis één vakje aan en schrijf de datum; geef het daarna in bij de belronde van de Wegwijzer (menu Beheer). Schrijf niets over cliënten.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="109"/>
        <source>Nothing to check.</source>
        <translation>Niets na te kijken.</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="71"/>
        <source>flagged at a counter: %1</source>
        <translation>gemeld aan een balie: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="74"/>
        <source>flags closed (not a problem)</source>
        <translation>meldingen gesloten (geen probleem)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="77"/>
        <source>checked: %1</source>
        <translation>nagekeken: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="79"/>
        <source>undo</source>
        <translation>ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="86"/>
        <source>Undoes change %1.</source>
        <translation>Maakt wijziging %1 ongedaan.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="102"/>
        <source>%1 on %2: %3, checked by %4</source>
        <translation>%1 op %2: %3, nagekeken door %4</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="107"/>
        <source>Takes back: %1</source>
        <translation>Neemt terug: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="111"/>
        <source>The counter wrote: “%1”</source>
        <translation>De balie schreef: “%1”</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="118"/>
        <source>Flags opened again: %1</source>
        <translation>Meldingen weer open: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="120"/>
        <source>Flags closed: %1</source>
        <translation>Meldingen gesloten: %1</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="133"/>
        <source>Change log</source>
        <translation>Logboek van de wijzigingen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="136"/>
        <source>Every change made here, newest first: when, at which counter, which record, and each field&apos;s old and new value. An undo is logged too, so it can be undone in turn.</source>
        <translation>Elke wijziging die hier gemaakt werd, de nieuwste eerst: wanneer, aan welke balie, welke fiche, en de oude en nieuwe waarde van elk veld. Ook ongedaan maken komt in het logboek, zodat je dat op zijn beurt ongedaan kunt maken.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="140"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="140"/>
        <source>Counter</source>
        <translation>Balie</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="140"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="141"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="141"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="144"/>
        <source>Changes, newest first</source>
        <translation>Wijzigingen, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="152"/>
        <source>Details of the selected change</source>
        <translation>Details van de gekozen wijziging</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="154"/>
        <source>&amp;Undo selected change</source>
        <translation>Gekozen wijziging &amp;ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="155"/>
        <source>Undo the selected change</source>
        <translation>De gekozen wijziging ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="156"/>
        <source>Undo the &amp;whole import</source>
        <translation>De &amp;hele import ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="157"/>
        <source>Undo every change of the selected import</source>
        <translation>Alle wijzigingen van de gekozen import ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="159"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="159"/>
        <source>Close the change log</source>
        <translation>Het logboek sluiten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="181"/>
        <source>%1 (undone)</source>
        <translation>%1 (ongedaan gemaakt)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="208"/>
        <source>Change %1 on %2 at counter %3: %4, %5</source>
        <translation>Wijziging %1 op %2 aan balie %3: %4, %5</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="213"/>
        <source>Undone by change %1.</source>
        <translation>Ongedaan gemaakt door wijziging %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="215"/>
        <source>This undid change %1.</source>
        <translation>Dit maakte wijziging %1 ongedaan.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="217"/>
        <source>Note: %1</source>
        <translation>Notitie: %1</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="219"/>
        <source>Choose the client&apos;s language</source>
        <extracomment>Client languages the site wants first in the picker.</extracomment>
        <translation>Kies de taal van de cliënt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="223"/>
        <source>Smaller text</source>
        <translation>Kleinere tekst</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="224"/>
        <source>Make the client&apos;s text smaller</source>
        <translation>De tekst voor de cliënt kleiner maken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="227"/>
        <source>Larger text</source>
        <translation>Grotere tekst</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="228"/>
        <source>Make the client&apos;s text larger</source>
        <translation>De tekst voor de cliënt groter maken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="231"/>
        <location filename="../../einclusie_app/gui/client_view.py" line="232"/>
        <location filename="../../einclusie_app/gui/client_view.py" line="312"/>
        <location filename="../../einclusie_app/gui/client_view.py" line="330"/>
        <source>Read aloud</source>
        <translation>Voorlezen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="245"/>
        <source>Back</source>
        <extracomment>The record shown (a catalogue ServiceView), for the phone card.</extracomment>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="246"/>
        <source>Back to the details</source>
        <translation>Terug naar de details</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="249"/>
        <source>Read aloud status</source>
        <translation>Status van het voorlezen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="330"/>
        <source>No voice</source>
        <translation>Geen stem</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="363"/>
        <source>Language: %1</source>
        <translation>Taal: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="234"/>
        <source>On your phone</source>
        <translation>Op je gsm</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="236"/>
        <source>Show a code the client scans to keep this help on their phone</source>
        <translation>Toon een code die de cliënt scant om deze hulp op de gsm te bewaren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="238"/>
        <source>A large code: the client&apos;s phone camera saves the name, phone, address and website as a contact</source>
        <translation>Een grote code: de camera van de gsm van de cliënt bewaart naam, telefoon, adres en website als contact</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="312"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="317"/>
        <source>Reading aloud failed.</source>
        <translation>Voorlezen is mislukt.</translation>
    </message>
</context>
<context>
    <name>ClientScreen</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="372"/>
        <source>E-inclusie Wegwijzer — for the client</source>
        <translation>E-inclusie Wegwijzer — voor de cliënt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="373"/>
        <source>Client screen</source>
        <translation>Cliëntscherm</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="135"/>
        <source>Client view</source>
        <extracomment>Arrow keys move through the grid as it is drawn (row, column).</extracomment>
        <translation>Cliëntweergave</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="29"/>
        <source>Conflicts after an update</source>
        <translation>Conflicten na een update</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="32"/>
        <source>These records were corrected here, and the update changed them too. The version made here keeps showing until you choose.</source>
        <translation>Deze fiches werden hier verbeterd, en de update heeft ze ook gewijzigd. De versie van hier blijft zichtbaar tot je een keuze maakt.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="36"/>
        <source>Records in conflict</source>
        <translation>Fiches in conflict</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="42"/>
        <source>The versions, field by field</source>
        <translation>De versies, veld per veld</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="44"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="44"/>
        <source>Here (local)</source>
        <translation>Hier (lokaal)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="44"/>
        <source>Before the update</source>
        <translation>Vóór de update</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="45"/>
        <source>In the update</source>
        <translation>In de update</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="45"/>
        <source>What changed</source>
        <translation>Wat veranderde</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="45"/>
        <source>Keep which?</source>
        <translation>Welke houden?</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="57"/>
        <source>&amp;Keep ours</source>
        <translation>&amp;Onze versie houden</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="58"/>
        <source>Keep the version made here</source>
        <translation>De versie van hier houden</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="59"/>
        <source>&amp;Take the update&apos;s</source>
        <translation>&amp;Versie van de update nemen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="60"/>
        <source>Take the version in the update</source>
        <translation>De versie uit de update nemen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="61"/>
        <source>&amp;Merge field by field</source>
        <translation>Veld per veld &amp;samenvoegen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="62"/>
        <source>Merge: each field as chosen</source>
        <translation>Samenvoegen: elk veld zoals gekozen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="63"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="63"/>
        <source>Close the conflicts</source>
        <translation>Het venster met conflicten sluiten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="101"/>
        <source>Finding conflicts</source>
        <translation>Conflicten zoeken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="118"/>
        <source>%n record(s) to settle.</source>
        <translation>
            <numerusform>%n fiche op te lossen.</numerusform>
            <numerusform>%n fiches op te lossen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="120"/>
        <source>No conflicts: every local record agrees with the catalogue in use.</source>
        <translation>Geen conflicten: elke lokale fiche klopt met de catalogus in gebruik.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="131"/>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="173"/>
        <source>changed by the update</source>
        <translation>gewijzigd door de update</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="132"/>
        <source>no longer in the update</source>
        <translation>niet meer in de update</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="133"/>
        <source>added here, and now also in the update</source>
        <translation>hier toegevoegd, en nu ook in de update</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="146"/>
        <source>“%1” was changed here; the update changed it too.</source>
        <translation>“%1” werd hier gewijzigd; de update wijzigde deze fiche ook.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="147"/>
        <source>“%1” was changed here; the update no longer has it. Keeping ours makes it a record of this municipality; taking the update&apos;s removes it.</source>
        <translation>“%1” werd hier gewijzigd; de update bevat deze fiche niet meer. Met onze versie wordt het een fiche van deze gemeente; met de versie van de update verdwijnt ze.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="150"/>
        <source>“%1” was added here; the update now has a record with the same id.</source>
        <translation>“%1” werd hier toegevoegd; de update bevat nu een fiche met dezelfde id.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="155"/>
        <source>It is retired here: keeping ours keeps it retired.</source>
        <translation>De fiche is hier uit gebruik genomen: met onze versie blijft ze uit gebruik.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="167"/>
        <source>both changed</source>
        <translation>beide gewijzigd</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="169"/>
        <source>same change on both sides</source>
        <translation>zelfde wijziging aan beide kanten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="171"/>
        <source>changed here</source>
        <translation>hier gewijzigd</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="177"/>
        <source>(not in the update)</source>
        <translation>(niet in de update)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="182"/>
        <source>Keep which for %1</source>
        <translation>Welke houden voor %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="183"/>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="184"/>
        <source>ours (here)</source>
        <translation>onze (hier)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="185"/>
        <source>the update&apos;s</source>
        <translation>die van de update</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="202"/>
        <source>The update no longer has this record: keep ours or take the update&apos;s.</source>
        <translation>De update bevat deze fiche niet meer: houd onze versie of neem die van de update.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="205"/>
        <source>Retired here: keep it retired or take the update&apos;s version.</source>
        <translation>Hier uit gebruik genomen: laat de fiche uit gebruik of neem de versie van de update.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="208"/>
        <source>Choose, for every field marked %1, which version to keep.</source>
        <translation>Kies voor elk veld met %1 welke versie je houdt.</translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="28"/>
        <source>Coverage of the region</source>
        <translation>Dekking van de regio</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="32"/>
        <source>What the catalogue knows per municipality: offers located there, per kind; offers that serve it (a regional project, a province-wide line); the newest check. Lines for all of Flanders or Belgium are not counted here. Where nothing is known, send the municipality a fill-in pack.</source>
        <translation>Wat de catalogus per gemeente kent: het aanbod dat er ligt, per soort; het aanbod dat de gemeente bedient (een regionaal project, een lijn voor de hele provincie); de jongste controle. Lijnen voor heel Vlaanderen of België tellen hier niet mee. Waar niets gekend is, stuurt u de gemeente een invulpakket.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="38"/>
        <source>Which municipalities</source>
        <translation>Welke gemeenten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="47"/>
        <source>All of Flanders and Brussels</source>
        <translation>Heel Vlaanderen en Brussel</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="48"/>
        <source>&amp;Region:</source>
        <translation>&amp;Regio:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="54"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="54"/>
        <source>Serving</source>
        <translation>Bedient</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="55"/>
        <source>Newest check</source>
        <translation>Jongste controle</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="55"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="58"/>
        <source>Coverage per municipality</source>
        <translation>Dekking per gemeente</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="65"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="66"/>
        <source>Make &amp;fill-in pack…</source>
        <translation>&amp;Invulpakket maken…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="67"/>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="139"/>
        <source>Write the fill-in pack of the selected municipality</source>
        <translation>Het invulpakket van de gekozen gemeente maken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="69"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="69"/>
        <source>Close the coverage</source>
        <translation>De dekking sluiten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="96"/>
        <source>Counting the coverage…</source>
        <translation>De dekking wordt geteld…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="106"/>
        <source>nothing known</source>
        <translation>niets gekend</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="108"/>
        <source>%n may have ended</source>
        <translation>
            <numerusform>%n misschien gestopt</numerusform>
            <numerusform>%n misschien gestopt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="115"/>
        <source>%1 of %n municipalities: nothing known.</source>
        <translation>
            <numerusform>%1 van %n gemeente: niets gekend.</numerusform>
            <numerusform>%1 van %n gemeenten: niets gekend.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="135"/>
        <source>Nothing is known in %1: ask the municipality with a fill-in pack</source>
        <translation>In %1 is niets gekend: vraag het de gemeente met een invulpakket</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="41"/>
        <source>Details of the selected help</source>
        <extracomment>``staff_note(record_id)``: HTML for staff only, shown under the name (gui/flag.py sets it: the record&apos;s open flags).</extracomment>
        <translation>Details van de gekozen hulp</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="45"/>
        <source>Choose a result to see everything about it.</source>
        <translation>Kies een resultaat om er alles over te zien.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="146"/>
        <location filename="../../einclusie_app/gui/detail.py" line="159"/>
        <location filename="../../einclusie_app/gui/detail.py" line="184"/>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="69"/>
        <source>Local record: added or corrected by this municipality (not in the shipped catalogue, or different from it).</source>
        <translation>Lokale fiche: toegevoegd of verbeterd door deze gemeente (niet in de meegeleverde catalogus, of anders dan daarin).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="72"/>
        <source>Warning:</source>
        <translation>Let op:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="75"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="78"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="80"/>
        <source>Last checked %1 — more than 12 months ago or unknown. Call first.</source>
        <translation>Laatst nagekeken: %1 — meer dan 12 maanden geleden of onbekend. Eerst bellen.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="110"/>
        <source>serves: %1</source>
        <translation>werkgebied: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="115"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="128"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="129"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="131"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="126"/>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="127"/>
        <source>Cost</source>
        <translation>Kostprijs</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="122"/>
        <source>How to get in</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="64"/>
        <source>A partial match: the words %1 are not in this record.</source>
        <translation>Gedeeltelijk gevonden: de woorden %1 staan niet in deze fiche.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="105"/>
        <source>street not known — in %1</source>
        <translation>straat onbekend — in %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="112"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="112"/>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="115"/>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="118"/>
        <source>The source says: %1</source>
        <translation>Volgens de bron: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="121"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="121"/>
        <source>hours</source>
        <translation>uren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="123"/>
        <source>how to get in</source>
        <translation>toegang</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="124"/>
        <source>What to bring</source>
        <translation>Mee te brengen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="125"/>
        <source>what to bring</source>
        <translation>mee te brengen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="127"/>
        <source>cost</source>
        <translation>kostprijs</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="128"/>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="129"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="132"/>
        <source>languages</source>
        <translation>talen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="133"/>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="133"/>
        <source>for whom</source>
        <translation>voor wie</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="139"/>
        <source>Not known: %1.</source>
        <translation>Onbekend: %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="145"/>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="148"/>
        <source>(old)</source>
        <translation>(verouderd)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="149"/>
        <source>Last checked</source>
        <translation>Laatst nagekeken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="152"/>
        <source>undated</source>
        <translation>zonder datum</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="154"/>
        <source>partly inferred</source>
        <translation>deels afgeleid</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="158"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="164"/>
        <source>Record id: %1</source>
        <translation>Fiche-id: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="177"/>
        <source>day and night, every day</source>
        <translation>dag en nacht, elke dag</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="199"/>
        <source>Also closed on: %1</source>
        <translation>Ook gesloten op: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="182"/>
        <source>closed (%1)</source>
        <translation>gesloten (%1)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="186"/>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="190"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="44"/>
        <source>Changed by another counter</source>
        <translation>Gewijzigd door een andere balie</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="51"/>
        <source>Both versions, field by field</source>
        <translation>Beide versies, veld per veld</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="66"/>
        <source>&amp;Save both changes</source>
        <translation>Beide wijzigingen &amp;bewaren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="67"/>
        <source>Save the record with both counters&apos; changes</source>
        <translation>De fiche bewaren met de wijzigingen van beide balies</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="70"/>
        <source>Save &amp;mine (it shows again)</source>
        <translation>&amp;Mijn versie bewaren (ze wordt weer getoond)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="71"/>
        <source>Save my version of the record</source>
        <translation>Mijn versie van de fiche bewaren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="72"/>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="160"/>
        <source>&amp;Keep theirs, drop my changes</source>
        <translation>Die van de &amp;andere houden, mijn wijzigingen laten vallen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="73"/>
        <source>Keep the version the other counter saved</source>
        <translation>De versie houden die de andere balie bewaarde</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="75"/>
        <source>&amp;Back to the editor</source>
        <translation>&amp;Terug naar de editor</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="76"/>
        <source>Back to the editor; nothing is saved</source>
        <translation>Terug naar de editor; er wordt niets bewaard</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="98"/>
        <source>another counter</source>
        <translation>een andere balie</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="107"/>
        <source>%1 retired “%2” at %3, after you opened it.</source>
        <translation>%1 heeft “%2” om %3 buiten gebruik gesteld, nadat jij de fiche opende.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="109"/>
        <source>%1 removed “%2” at %3, after you opened it.</source>
        <translation>%1 heeft “%2” om %3 verwijderd, nadat jij de fiche opende.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="111"/>
        <source>Your changes are not saved yet. Leave it so, or save your version: the record then shows again.</source>
        <translation>Jouw wijzigingen zijn nog niet bewaard. Laat het zo, of bewaar jouw versie: dan wordt de fiche weer getoond.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="114"/>
        <source>%1 saved “%2” at %3, after you opened it. Your changes are not saved yet.</source>
        <translation>%1 heeft “%2” om %3 bewaard, nadat jij de fiche opende. Jouw wijzigingen zijn nog niet bewaard.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="117"/>
        <source>Below: every field either of you changed. A field only one of you changed keeps that change; for a field marked %1 both of you changed, choose which to keep.</source>
        <translation>Hieronder: elk veld dat een van jullie wijzigde. Een veld dat maar één van jullie wijzigde, houdt die wijziging; kies voor een veld met %1 dat jullie allebei wijzigden welke versie blijft.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="123"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="123"/>
        <source>When you opened it</source>
        <translation>Toen jij de fiche opende</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="123"/>
        <source>Yours</source>
        <translation>Van jou</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="124"/>
        <source>What changed</source>
        <translation>Wat veranderde</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="124"/>
        <source>Keep</source>
        <translation>Houden</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="131"/>
        <source>changed by you</source>
        <translation>gewijzigd door jou</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="132"/>
        <source>(retired)</source>
        <translation>(buiten gebruik)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="133"/>
        <source>(removed)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="136"/>
        <source>both changed</source>
        <translation>beide gewijzigd</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="137"/>
        <source>same change by both</source>
        <translation>zelfde wijziging door beide</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="138"/>
        <source>changed by them: kept</source>
        <translation>gewijzigd door de andere: blijft</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="139"/>
        <source>changed by you: kept</source>
        <translation>gewijzigd door jou: blijft</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="146"/>
        <source>Keep which for %1</source>
        <translation>Welke houden voor %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="148"/>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="149"/>
        <source>theirs</source>
        <translation>die van de andere</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="150"/>
        <source>mine</source>
        <translation>de mijne</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="159"/>
        <source>&amp;Leave it so, drop my changes</source>
        <translation>&amp;Zo laten, mijn wijzigingen laten vallen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="175"/>
        <source>Choose theirs or mine for %n field(s) both of you changed.</source>
        <translation>
            <numerusform>Kies die van de andere of de jouwe voor %n veld dat jullie allebei wijzigden.</numerusform>
            <numerusform>Kies die van de andere of de jouwe voor %n velden die jullie allebei wijzigden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="179"/>
        <source>Ready: saving keeps both counters&apos; changes.</source>
        <translation>Klaar: bewaren houdt de wijzigingen van beide balies.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="211"/>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="222"/>
        <source>Changed again meanwhile: look at the versions once more.</source>
        <translation>Intussen opnieuw gewijzigd: bekijk de versies nog eens.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="226"/>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="234"/>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="227"/>
        <source>Together the two versions have %n problem(s); nothing was saved. Go back to the editor to fix them.</source>
        <translation>
            <numerusform>Samen hebben de twee versies %n probleem; er werd niets bewaard. Ga terug naar de editor om het op te lossen.</numerusform>
            <numerusform>Samen hebben de twee versies %n problemen; er werd niets bewaard. Ga terug naar de editor om ze op te lossen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="244"/>
        <source>Your changes to “%1” were dropped; %2&apos;s version stays.</source>
        <translation>Jouw wijzigingen aan “%1” zijn niet bewaard; de versie van %2 blijft.</translation>
    </message>
</context>
<context>
    <name>EndedDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="519"/>
        <source>Ended: %1</source>
        <translation>Gestopt: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="520"/>
        <source>The offer has ended</source>
        <translation>Het aanbod is gestopt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="521"/>
        <source>“%1” has ended? It will no longer be shown at the counter. Say why, for the log (it can be undone).</source>
        <translation>Is “%1” gestopt? Het wordt dan niet meer getoond aan de balie. Zeg waarom, voor het logboek (het kan ongedaan gemaakt worden).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="526"/>
        <source>e.g. stopped in 2026, says the library</source>
        <translation>bv. gestopt in 2026, zegt de bibliotheek</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="527"/>
        <source>Why it ended</source>
        <translation>Waarom het stopte</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="528"/>
        <source>&amp;Why:</source>
        <translation>&amp;Waarom:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="530"/>
        <source>&amp;Ended</source>
        <translation>&amp;Gestopt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="530"/>
        <source>Retire the record as ended</source>
        <translation>De fiche uit gebruik nemen als gestopt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="536"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="536"/>
        <source>Keep the record</source>
        <translation>De fiche houden</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="455"/>
        <source>Export the catalogue</source>
        <translation>De catalogus exporteren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="458"/>
        <source>The whole catalogue as it is shown here (the shipped records with this municipality&apos;s additions and corrections), in Open Referral HSDS 3.0.</source>
        <translation>De hele catalogus zoals hij hier getoond wordt (de meegeleverde fiches met de toevoegingen en verbeteringen van deze gemeente), in Open Referral HSDS 3.0.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="462"/>
        <source>HSDS &amp;JSON (one file: services.json)</source>
        <translation>HSDS &amp;JSON (één bestand: services.json)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="463"/>
        <source>Format: HSDS JSON</source>
        <translation>Formaat: HSDS JSON</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="465"/>
        <source>HSDS &amp;CSV package (datapackage.json and one CSV per table)</source>
        <translation>HSDS-&amp;CSV-pakket (datapackage.json en één CSV per tabel)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="467"/>
        <source>Format: HSDS CSV package</source>
        <translation>Formaat: HSDS-CSV-pakket</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="469"/>
        <source>Folder to write into</source>
        <translation>Doelmap</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="470"/>
        <source>F&amp;older:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="472"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="472"/>
        <source>Choose the folder</source>
        <translation>De map kiezen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="480"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="480"/>
        <source>Export now</source>
        <translation>Nu exporteren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="482"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="482"/>
        <source>Close the export</source>
        <translation>Het exportvenster sluiten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="498"/>
        <source>Choose the folder to write into</source>
        <translation>Kies de doelmap</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="512"/>
        <source>Choose a folder first.</source>
        <translation>Kies eerst een map.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="515"/>
        <source>The catalogue is not open yet.</source>
        <translation>De catalogus is nog niet geopend.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="521"/>
        <source>Writing…</source>
        <translation>Schrijven…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="523"/>
        <source>Exporting</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="531"/>
        <source>Nothing was written: %1</source>
        <translation>Er werd niets geschreven: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="538"/>
        <source>%n local record(s) could not be used; their shipped version was exported.</source>
        <translation>
            <numerusform>%n lokale fiche kon niet gebruikt worden; de meegeleverde versie ervan werd geëxporteerd.</numerusform>
            <numerusform>%n lokale fiches konden niet gebruikt worden; hun meegeleverde versie werd geëxporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="550"/>
        <source>Wrote %1: %n service(s).</source>
        <translation>
            <numerusform>%1 geschreven: %n dienst.</numerusform>
            <numerusform>%1 geschreven: %n diensten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="552"/>
        <source>Wrote %1: %n service(s), %2 rows in %3 tables.</source>
        <translation>
            <numerusform>%1 geschreven: %n dienst, %2 rijen in %3 tabellen.</numerusform>
            <numerusform>%1 geschreven: %n diensten, %2 rijen in %3 tabellen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flag</name>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="35"/>
        <source>the number does not answer</source>
        <extracomment>The shortcut of &quot;This is not right…&quot; (F7 and F8 are the client&apos;s language and view).</extracomment>
        <translation>het nummer antwoordt niet</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="36"/>
        <source>it has moved</source>
        <translation>het is verhuisd</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="37"/>
        <source>it is closed or has ended</source>
        <translation>het is gesloten of gestopt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="38"/>
        <source>the hours are wrong</source>
        <translation>de uren kloppen niet</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="39"/>
        <source>something else</source>
        <translation>iets anders</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="48"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="59"/>
        <source>Reported as not right at a counter (not shown to the client); the maintainer will check it:</source>
        <translation>Aan een balie gemeld als niet juist (niet getoond aan de cliënt); de beheerder kijkt het na:</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="203"/>
        <source>This is not right: %1</source>
        <translation>Dit klopt niet: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="204"/>
        <source>This is not right</source>
        <translation>Dit klopt niet</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="206"/>
        <source>What is wrong with “%1”? One click is enough.</source>
        <translation>Wat klopt er niet aan “%1”? Eén klik is genoeg.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="209"/>
        <source>Write nothing about the client: no name, no situation, no question. Only what is wrong with this help.</source>
        <translation>Schrijf niets over de cliënt: geen naam, geen situatie, geen vraag. Alleen wat er niet klopt aan deze hulp.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="213"/>
        <source>Privacy note</source>
        <translation>Opgelet: privacy</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="215"/>
        <source>The &amp;number does not answer</source>
        <translation>Het &amp;nummer antwoordt niet</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="216"/>
        <source>It has &amp;moved</source>
        <translation>Het is &amp;verhuisd</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="217"/>
        <source>It is &amp;closed or has ended</source>
        <translation>Het is &amp;gesloten of gestopt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="218"/>
        <source>The &amp;hours are wrong</source>
        <translation>De &amp;uren kloppen niet</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="232"/>
        <source>e.g. the website no longer exists</source>
        <translation>bv. de website bestaat niet meer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="233"/>
        <source>Something else: what is wrong (short)</source>
        <translation>Iets anders: wat klopt er niet (kort)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="234"/>
        <source>Something &amp;else:</source>
        <translation>Iets &amp;anders:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="236"/>
        <source>&amp;Send</source>
        <translation>&amp;Doorgeven</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="237"/>
        <source>Send what is wrong</source>
        <translation>Doorgeven wat er niet klopt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="250"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="253"/>
        <source>Already noted for this record</source>
        <translation>Al gemeld voor deze fiche</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="254"/>
        <source>&amp;Withdraw my flag</source>
        <translation>Mijn melding &amp;intrekken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="256"/>
        <source>Withdraw the flag made here today by mistake</source>
        <translation>De melding die hier vandaag per vergissing gemaakt werd intrekken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="259"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="260"/>
        <source>Close without noting anything</source>
        <translation>Sluiten zonder iets te melden</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="291"/>
        <source>Already noted: %1</source>
        <translation>Al gemeld: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="306"/>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="333"/>
        <source>Nothing was noted: %1</source>
        <translation>Er werd niets gemeld: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="47"/>
        <source>Import records</source>
        <extracomment>Facts the file lacks that cannot be kept (the file replaced their entry).</extracomment>
        <translation>Fiches importeren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="51"/>
        <source>HSDS JSON (.json), an HSDS CSV package (its folder or datapackage.json) or the spreadsheet template (.csv, .xlsx). The whole file is checked first; it is imported only when nothing is wrong, all of it at once.</source>
        <translation>HSDS JSON (.json), een HSDS-CSV-pakket (de map ervan of datapackage.json) of het rekenbladsjabloon (.csv, .xlsx). Eerst wordt het hele bestand gecontroleerd; het wordt alleen geïmporteerd als er niets mis is, en dan alles in één keer.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="57"/>
        <source>File or folder to import</source>
        <translation>Bestand of map om te importeren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="60"/>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="62"/>
        <source>Choose &amp;file…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="62"/>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="190"/>
        <source>Choose a file to import</source>
        <translation>Kies een bestand om te importeren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="64"/>
        <source>Choose f&amp;older…</source>
        <translation>&amp;Map kiezen…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="65"/>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="197"/>
        <source>Choose an HSDS CSV package folder</source>
        <translation>Kies de map van een HSDS-CSV-pakket</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="73"/>
        <source>For HSDS files from another directory (they carry no kinds and no sources of ours)</source>
        <translation>Voor HSDS-bestanden uit een andere databank (zonder onze soorten en bronnen)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="80"/>
        <source>Kind for services without one: %1</source>
        <translation>Soort voor diensten zonder soort: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="86"/>
        <source>Kind of help:</source>
        <translation>Soort hulp:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="88"/>
        <source>Source for services that name none</source>
        <translation>Bron voor diensten die er geen vermelden</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="92"/>
        <source>Date of that source</source>
        <translation>Datum van die bron</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="95"/>
        <source>Source (web address):</source>
        <translation>Bron (webadres):</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="97"/>
        <source>Date of the source:</source>
        <translation>Datum van de bron:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="102"/>
        <source>&amp;Check the file</source>
        <translation>Bestand &amp;controleren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="102"/>
        <source>Check the whole file</source>
        <translation>Het hele bestand controleren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="104"/>
        <source>Choose a file, then check it.</source>
        <translation>Kies een bestand en controleer het dan.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="106"/>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="150"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="106"/>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="116"/>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="150"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="106"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="109"/>
        <source>Problems found in the file</source>
        <translation>Problemen gevonden in het bestand</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="116"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="117"/>
        <source>Would be removed</source>
        <translation>Zou verdwijnen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="118"/>
        <source>Where in the file</source>
        <translation>Waar in het bestand</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="121"/>
        <source>Facts the file lacks</source>
        <translation>Gegevens die in het bestand ontbreken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="129"/>
        <source>The file lacks facts the catalogue has: what should the import do?</source>
        <translation>Het bestand mist gegevens die de catalogus heeft: wat moet de import doen?</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="133"/>
        <source>&amp;Keep these facts: import what the file says, and leave what it lacks as it is (safe)</source>
        <translation>Deze gegevens &amp;houden: importeren wat het bestand zegt, en laten wat erin ontbreekt zoals het is (veilig)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="135"/>
        <source>Import, keeping the facts the file lacks</source>
        <translation>Importeren en de gegevens houden die in het bestand ontbreken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="137"/>
        <source>&amp;Remove these facts: only when the file is complete and these facts are no longer true</source>
        <translation>Deze gegevens &amp;verwijderen: alleen als het bestand volledig is en deze gegevens niet meer kloppen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="139"/>
        <source>Import, removing the facts the file lacks</source>
        <translation>Importeren en de gegevens verwijderen die in het bestand ontbreken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="151"/>
        <source>What the program inferred</source>
        <translation>Wat het programma afleidde</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="154"/>
        <source>What the program inferred from the file</source>
        <translation>Wat het programma uit het bestand afleidde</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="160"/>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="213"/>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="346"/>
        <source>&amp;Import all</source>
        <translation>Alles &amp;importeren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="161"/>
        <source>Import every record of the file</source>
        <translation>Alle fiches uit het bestand importeren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="163"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="163"/>
        <source>Close the import</source>
        <translation>Het importvenster sluiten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="191"/>
        <source>Catalogue files (*.json *.csv *.xlsx);;All files (*)</source>
        <translation>Catalogusbestanden (*.json *.csv *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="225"/>
        <source>(the choices above)</source>
        <translation>(de keuzes hierboven)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="231"/>
        <source>A date needs its source.</source>
        <translation>Bij een datum hoort een bron.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="243"/>
        <source>Choose a file first.</source>
        <translation>Kies eerst een bestand.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="251"/>
        <source>Checking %1…</source>
        <translation>%1 nakijken…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="266"/>
        <source>Checking %1</source>
        <translation>%1 nakijken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="274"/>
        <source>%n problem(s) found. Nothing can be imported until every one is fixed in the file.</source>
        <translation>
            <numerusform>%n probleem gevonden. Er kan niets geïmporteerd worden tot het in het bestand opgelost is.</numerusform>
            <numerusform>%n problemen gevonden. Er kan niets geïmporteerd worden tot ze allemaal in het bestand opgelost zijn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="285"/>
        <source>cannot be read: %1</source>
        <translation>kan niet gelezen worden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="293"/>
        <source>The program inferred %n thing(s) the file does not say itself; check them:</source>
        <translation>
            <numerusform>Het programma leidde %n gegeven af dat het bestand zelf niet zegt; kijk het na:</numerusform>
            <numerusform>Het programma leidde %n gegevens af die het bestand zelf niet zegt; kijk ze na:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="319"/>
        <source>%n fact(s) cannot be kept: the file replaced the entry they belong to (%1). Import removing them, or correct the file and check it again.</source>
        <translation>
            <numerusform>%n gegeven kan niet blijven: het bestand verving het item waar het bij hoort (%1). Importeer en verwijder het, of verbeter het bestand en controleer het opnieuw.</numerusform>
            <numerusform>%n gegevens kunnen niet blijven: het bestand verving het item waar ze bij horen (%1). Importeer en verwijder ze, of verbeter het bestand en controleer het opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="344"/>
        <source>&amp;Import, keeping these facts</source>
        <translation>&amp;Importeren, deze gegevens houden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="345"/>
        <source>&amp;Import, removing %n fact(s)</source>
        <translation>
            <numerusform>&amp;Importeren, %n gegeven verwijderen</numerusform>
            <numerusform>&amp;Importeren, %n gegevens verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="362"/>
        <source>No problems, but the file holds no records.</source>
        <translation>Geen problemen, maar het bestand bevat geen fiches.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="364"/>
        <source>No problems in %n record(s). Importing adds %1, updates %2 and leaves %3 unchanged.</source>
        <translation>
            <numerusform>Geen problemen in %n fiche. Importeren voegt %1 toe, werkt %2 bij en laat %3 ongewijzigd.</numerusform>
            <numerusform>Geen problemen in %n fiches. Importeren voegt %1 toe, werkt %2 bij en laat %3 ongewijzigd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="368"/>
        <source>Retired here, so left retired: %1.</source>
        <translation>Hier uit gebruik genomen, dus blijven uit gebruik: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="372"/>
        <source>%n record(s) in the file lack facts the catalogue has (listed below): a table left out of a package, an empty column or cell. Nothing is removed unless you choose so.</source>
        <translation>
            <numerusform>%n fiche in het bestand mist gegevens die de catalogus heeft (hieronder): een tabel die in een pakket ontbreekt, een lege kolom of cel. Er verdwijnt niets tenzij je dat kiest.</numerusform>
            <numerusform>%n fiches in het bestand missen gegevens die de catalogus heeft (hieronder): een tabel die in een pakket ontbreekt, een lege kolom of cel. Er verdwijnt niets tenzij je dat kiest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="394"/>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="439"/>
        <source>Importing %n record(s)…</source>
        <translation>
            <numerusform>%n record importeren…</numerusform>
            <numerusform>%n records importeren…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="403"/>
        <source>The facts the file lacks were kept.</source>
        <translation>De gegevens die in het bestand ontbraken, zijn gebleven.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="405"/>
        <source>%n fact(s) removed, as chosen.</source>
        <translation>
            <numerusform>%n gegeven verwijderd, zoals gekozen.</numerusform>
            <numerusform>%n gegevens verwijderd, zoals gekozen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="420"/>
        <source>%n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>%n probleem gevonden; er werd niets geïmporteerd.</numerusform>
            <numerusform>%n problemen gevonden; er werd niets geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="438"/>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="398"/>
        <source>Imported: %1 added, %2 updated, %3 unchanged. “Undo last change” takes the whole import back.</source>
        <translation>Geïmporteerd: %1 toegevoegd, %2 bijgewerkt, %3 ongewijzigd. “Laatste wijziging ongedaan maken” draait de hele import terug.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="14"/>
        <source>Help point</source>
        <translation>Digipunt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="15"/>
        <source>Device loan</source>
        <translation>Toestel lenen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="16"/>
        <source>Helpline</source>
        <translation>Hulplijn</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="17"/>
        <source>Course</source>
        <translation>Cursus</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="23"/>
        <source>walk in</source>
        <translation>vrij binnenlopen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="24"/>
        <source>by appointment</source>
        <translation>op afspraak</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="25"/>
        <source>only via a social worker or organisation</source>
        <translation>alleen via een maatschappelijk werker of organisatie</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="26"/>
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="27"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="28"/>
        <source>home visit</source>
        <translation>huisbezoek</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="34"/>
        <source>identity card (eID)</source>
        <translation>identiteitskaart (eID)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="35"/>
        <source>PIN code of the identity card</source>
        <translation>pincode van de identiteitskaart</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="36"/>
        <source>own smartphone</source>
        <translation>eigen smartphone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="37"/>
        <source>own laptop or tablet</source>
        <translation>eigen laptop of tablet</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="38"/>
        <source>bank card and card reader</source>
        <translation>bankkaart en kaartlezer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="39"/>
        <source>the letter or e-mail received</source>
        <translation>de ontvangen brief of e-mail</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="40"/>
        <source>login details (itsme, passwords)</source>
        <translation>inloggegevens (itsme, wachtwoorden)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="41"/>
        <source>proof of income</source>
        <translation>inkomensbewijs</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="42"/>
        <source>letter from the social worker</source>
        <translation>brief van de maatschappelijk werker</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="48"/>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="49"/>
        <source>inactive</source>
        <translation>niet actief</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="50"/>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="51"/>
        <source>temporarily closed</source>
        <translation>tijdelijk gesloten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="56"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="56"/>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="56"/>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="57"/>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="57"/>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="57"/>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="58"/>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="62"/>
        <source>Monday</source>
        <translation>Maandag</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="62"/>
        <source>Tuesday</source>
        <translation>Dinsdag</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="62"/>
        <source>Wednesday</source>
        <translation>Woensdag</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="63"/>
        <source>Thursday</source>
        <translation>Donderdag</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="63"/>
        <source>Friday</source>
        <translation>Vrijdag</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="63"/>
        <source>Saturday</source>
        <translation>Zaterdag</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="64"/>
        <source>Sunday</source>
        <translation>Zondag</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="69"/>
        <source>“%1”</source>
        <translation>„%1”</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="76"/>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="77"/>
        <source>Flanders</source>
        <translation>Vlaanderen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="78"/>
        <source>Wallonia</source>
        <translation>Wallonië</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="79"/>
        <source>Brussels-Capital Region</source>
        <translation>Brussels Hoofdstedelijk Gewest</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="85"/>
        <source>province %1</source>
        <translation>provincie %1</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="46"/>
        <location filename="../../einclusie_app/gui/client_view.py" line="49"/>
        <source>I speak…</source>
        <extracomment>Side of the phone-card QR code on screen, in pixels: large enough for any phone camera at arm&apos;s length across the counter.</extracomment>
        <translation>Ik spreek…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="98"/>
        <source>E-inclusie Wegwijzer</source>
        <extracomment>Seconds the start waits for a local store another counter keeps busy; then the window goes on without it and tries again in the background (gui/store_watch.py). The details of a typed search&apos;s first result come after the rows are painted, or after this. At most this many place suggestions under the place field. Focus that shows: the widget the keys go to has a frame in the highlight colour. The staff chose another interface language (the host builds the window again). What is open (core/session.py): the catalogue shown, the local store, every change. The one way off the GUI thread (gui/tasks.py): loading, saving, importing... Searching as you type, on a thread of its own (newest words win). The query whose answer the results show (None: nothing was searched).</extracomment>
        <translation>E-inclusie Wegwijzer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="106"/>
        <source>What does the client need? e.g. itsme, laptop lenen, kaart kwijt</source>
        <translation>Wat heeft de cliënt nodig? bv. itsme, laptop lenen, kaart kwijt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="107"/>
        <source>Search words</source>
        <translation>Zoekwoorden</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="112"/>
        <source>Postcode or place</source>
        <translation>Postcode of plaats</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="113"/>
        <source>Place: postcode, municipality or district</source>
        <translation>Plaats: postcode, gemeente of deelgemeente</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="126"/>
        <source>Distance around the place</source>
        <translation>Afstand rond de plaats</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="128"/>
        <source>within %1 km</source>
        <translation>binnen %1 km</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="139"/>
        <source>Only %1</source>
        <translation>Alleen %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="140"/>
        <source>Show only this kind of help (several can be on)</source>
        <translation>Toon alleen dit soort hulp (meerdere tegelijk mogelijk)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="145"/>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="146"/>
        <source>Only free of charge</source>
        <translation>Alleen gratis</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="148"/>
        <source>Language the help is given in</source>
        <translation>Taal waarin de hulp gegeven wordt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="149"/>
        <source>Any language</source>
        <translation>Elke taal</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="151"/>
        <source>How the client gets in</source>
        <translation>Hoe de cliënt er terechtkan</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="152"/>
        <source>Any way in</source>
        <translation>Elke toegang</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="160"/>
        <source>Open now</source>
        <translation>Nu open</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="161"/>
        <source>Only what is open or can be called now</source>
        <translation>Alleen wat nu open of telefonisch bereikbaar is</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="162"/>
        <source>Open at:</source>
        <translation>Open op:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="163"/>
        <source>Only what is open at a chosen day and time</source>
        <translation>Alleen wat open is op een gekozen dag en uur</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="165"/>
        <source>Day and time to check</source>
        <translation>Dag en uur om te controleren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="170"/>
        <source>Open first</source>
        <translation>Open bovenaan</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="171"/>
        <source>Show what is open first</source>
        <translation>Toon eerst wat open is</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="173"/>
        <source>Drop the filters (F9)</source>
        <translation>Filters weg (F9)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="174"/>
        <source>Drop every filter</source>
        <translation>Alle filters weghalen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="176"/>
        <source>Kinds, free, language, way in and opening hours back to “any” (F9)</source>
        <translation>Soort, gratis, taal, toegang en openingsuren terug op „alle” (F9)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="191"/>
        <source>Results</source>
        <extracomment>What the table shows, row for row: the model itself (it sorts itself).</extracomment>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="209"/>
        <location filename="../../einclusie_app/gui/main_window.py" line="383"/>
        <source>Loading the catalogue…</source>
        <translation>Catalogus laden…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="210"/>
        <source>Search status</source>
        <translation>Zoekstatus</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="282"/>
        <source>Work in progress</source>
        <extracomment>The counter&apos;s name for the handout, from the site settings.</extracomment>
        <translation>Bezig met</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="284"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="297"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="298"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="302"/>
        <source>&amp;Client</source>
        <translation>&amp;Cliënt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="303"/>
        <source>&amp;New client</source>
        <translation>&amp;Nieuwe cliënt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="307"/>
        <source>&amp;Add to the basket (for this client)</source>
        <translation>In het &amp;mandje (voor deze cliënt)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="311"/>
        <source>&amp;Print the page for the client…</source>
        <translation>Blad voor de cliënt af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="315"/>
        <source>Save the page as P&amp;DF…</source>
        <translation>Blad als &amp;PDF bewaren…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="319"/>
        <source>&amp;Show to the client…</source>
        <translation>&amp;Tonen aan de cliënt…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="323"/>
        <source>Client&apos;s &amp;language…</source>
        <translation>T&amp;aal van de cliënt…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="327"/>
        <source>Client &amp;screen (second monitor)</source>
        <translation>Cliënt&amp;scherm (tweede monitor)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="335"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="336"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Taal van het programma</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="344"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="345"/>
        <source>&amp;About E-inclusie Wegwijzer</source>
        <translation>&amp;Over E-inclusie Wegwijzer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="390"/>
        <source>The catalogue could not be opened: %1</source>
        <translation>De catalogus kon niet geopend worden: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="446"/>
        <source>Reading the catalogue&apos;s words…</source>
        <translation>Woorden van de catalogus lezen…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="500"/>
        <source>Site settings: %1</source>
        <translation>Site-instellingen: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="734"/>
        <source>Showing results for %1 (typed: %2)</source>
        <translation>Resultaten voor %1 (getypt: %2)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="737"/>
        <source>Did you mean %1? Its results follow, marked.</source>
        <translation>Bedoelde u %1? Die resultaten volgen, gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="741"/>
        <source>No help has every word: the best partial matches, each marked with what it lacks (not found: %1)</source>
        <translation>Geen hulp heeft alle woorden: de beste gedeeltelijke resultaten, elk met wat ontbreekt (niet gevonden: %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/main_window.py" line="744"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="750"/>
        <source>No help found with the filters %1. Press F9 to drop them.</source>
        <translation>Geen hulp gevonden met de filters %1. Druk op F9 om ze weg te halen.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="752"/>
        <source>No help found. Try fewer words, another place or a larger distance.</source>
        <translation>Geen hulp gevonden. Probeer minder woorden, een andere plaats of een grotere afstand.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="758"/>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="760"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="764"/>
        <source>open now</source>
        <translation>nu open</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="766"/>
        <source>open at %1</source>
        <translation>open op %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="779"/>
        <source>Filters dropped.</source>
        <translation>Filters weggehaald.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="813"/>
        <source>Near %1 (taken for %2)</source>
        <translation>In de buurt van %1 (genomen voor %2)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="817"/>
        <location filename="../../einclusie_app/gui/main_window.py" line="827"/>
        <source>Which place do you mean by %1? %2</source>
        <translation>Welke plaats bedoelt u met %1? %2</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="823"/>
        <source>The place %1 is not known. Did you mean: %2?</source>
        <translation>De plaats %1 is niet gekend. Bedoelde u: %2?</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="829"/>
        <source>The place %1 is not known: check the spelling, or type a postcode.</source>
        <translation>De plaats %1 is niet gekend: kijk de spelling na of typ een postcode.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1028"/>
        <source>“%1” is already in the basket.</source>
        <translation>„%1” zit al in het mandje.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1032"/>
        <source>The basket is full (%1 records, two pages): remove one first.</source>
        <translation>Het mandje is vol (%1 fiches, twee bladzijden): haal er eerst een uit.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1036"/>
        <source>“%1” is in the basket (%2 of %3).</source>
        <translation>„%1” zit in het mandje (%2 van %3).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1076"/>
        <source>Not printed</source>
        <translation>Niet afgedrukt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1079"/>
        <source>the printer</source>
        <translation>de printer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/main_window.py" line="1080"/>
        <source>Sent to %1: %n page(s) for the client.</source>
        <translation>
            <numerusform>Naar %1 gestuurd: %n bladzijde voor de cliënt.</numerusform>
            <numerusform>Naar %1 gestuurd: %n bladzijden voor de cliënt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="815"/>
        <source>Near %1</source>
        <translation>In de buurt van %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="972"/>
        <location filename="../../einclusie_app/gui/main_window.py" line="1023"/>
        <location filename="../../einclusie_app/gui/main_window.py" line="1046"/>
        <source>Choose a result first.</source>
        <translation>Kies eerst een resultaat.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1104"/>
        <source>Save the page for the client</source>
        <translation>Het blad voor de cliënt bewaren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1105"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1111"/>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/main_window.py" line="1113"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 bewaard (%n blad).</numerusform>
            <numerusform>%1 bewaard (%n bladen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1134"/>
        <source>New client: everything of the last client is gone.</source>
        <translation>Nieuwe cliënt: alles van de vorige cliënt is gewist.</translation>
    </message>
</context>
<context>
    <name>Maintainer</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="83"/>
        <source>&amp;Maintainer</source>
        <extracomment>The date &quot;checked today&quot; and the to-do list use (None: the real today; tests fix it). The kind of the last refused update (core.updates.UpdateError.kind), or None. How the last action ended: True done, False refused, None still running. The last action&apos;s core.session.Outcome (when it was done).</extracomment>
        <translation>B&amp;eheer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="87"/>
        <source>&amp;New record…</source>
        <translation>&amp;Nieuwe fiche…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="88"/>
        <source>Add a record of this municipality</source>
        <translation>Een fiche van deze gemeente toevoegen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="89"/>
        <source>&amp;Edit selected record…</source>
        <translation>Gekozen fiche &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="90"/>
        <source>Correct the selected record</source>
        <translation>De gekozen fiche verbeteren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="91"/>
        <source>&amp;Checked today (selected record)</source>
        <translation>Vandaag nage&amp;keken (gekozen fiche)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="92"/>
        <source>Set the last-checked date of the selected record to today</source>
        <translation>De datum ‘laatst nagekeken’ van de gekozen fiche op vandaag zetten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="94"/>
        <source>&amp;Retire selected record…</source>
        <translation>Gekozen fiche &amp;uit gebruik nemen…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="95"/>
        <source>No longer show the selected record (can be undone)</source>
        <translation>De gekozen fiche niet meer tonen (kan ongedaan gemaakt worden)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="96"/>
        <source>Re&amp;store a retired record…</source>
        <translation>Uit gebruik genomen fiche &amp;herstellen…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="97"/>
        <source>Show a retired record again</source>
        <translation>Een uit gebruik genomen fiche weer tonen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="98"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="183"/>
        <source>Re&amp;vert selected record to the shipped version…</source>
        <translation>Gekozen fiche terugzetten naar de &amp;meegeleverde versie…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="100"/>
        <source>Drop the local version of the selected record</source>
        <translation>De lokale versie van de gekozen fiche schrappen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="111"/>
        <source>Change &amp;log and undo…</source>
        <translation>&amp;Logboek en ongedaan maken…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="112"/>
        <source>Every change made here, with undo</source>
        <translation>Elke wijziging die hier gemaakt werd, met ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="114"/>
        <source>&amp;Undo last change</source>
        <translation>Laatste wijziging &amp;ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="115"/>
        <source>Undo the last change to the catalogue (an import as a whole)</source>
        <translation>De laatste wijziging aan de catalogus ongedaan maken (een import in zijn geheel)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="118"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="119"/>
        <source>Import HSDS JSON, an HSDS CSV package or the spreadsheet template</source>
        <translation>HSDS JSON, een HSDS-CSV-pakket of het rekenbladsjabloon importeren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="121"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="122"/>
        <source>Write the whole catalogue as HSDS JSON or CSV</source>
        <translation>De hele catalogus wegschrijven als HSDS JSON of CSV</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="124"/>
        <source>&amp;Apply catalogue update…</source>
        <translation>Catalogusupdate toe&amp;passen…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="125"/>
        <source>Apply a signed catalogue update from a USB stick or a shared folder</source>
        <translation>Een ondertekende catalogusupdate toepassen vanaf een USB-stick of een gedeelde map</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="127"/>
        <source>Roll &amp;back last update…</source>
        <translation>Laatste update terug&amp;draaien…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="128"/>
        <source>Go back to the catalogue in use before the last update</source>
        <translation>Teruggaan naar de catalogus die vóór de laatste update in gebruik was</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="130"/>
        <source>Con&amp;flicts after an update…</source>
        <translation>&amp;Conflicten na een update…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="131"/>
        <source>Records corrected here that an update changed too</source>
        <translation>Hier verbeterde fiches die een update ook wijzigde</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="147"/>
        <source>The catalogue is still loading.</source>
        <translation>De catalogus wordt nog geladen.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="148"/>
        <source>Not available: this window shows a catalogue file opened directly (or the local store could not be opened), so nothing can be changed here. Start the program without a catalogue file to maintain the catalogue.</source>
        <translation>Niet beschikbaar: dit venster toont een rechtstreeks geopend catalogusbestand (of de lokale opslag kon niet geopend worden), dus hier kan niets gewijzigd worden. Start het programma zonder catalogusbestand om de catalogus te beheren.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="182"/>
        <source>Re&amp;move selected record (added here)…</source>
        <translation>Gekozen fiche &amp;verwijderen (hier toegevoegd)…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="221"/>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="256"/>
        <source>Nothing was changed: the record has %n problem(s).</source>
        <translation>
            <numerusform>Er werd niets gewijzigd: de fiche heeft %n probleem.</numerusform>
            <numerusform>Er werd niets gewijzigd: de fiche heeft %n problemen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="261"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="268"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="270"/>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="524"/>
        <source>Nothing was changed.</source>
        <translation>Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="300"/>
        <source>Catalogue</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="301"/>
        <source>Reading the catalogue again…</source>
        <translation>De catalogus opnieuw lezen…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="337"/>
        <source>Edit record</source>
        <translation>Fiche bewerken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="338"/>
        <source>This record is retired or does not exist.</source>
        <translation>Deze fiche is uit gebruik genomen of bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="347"/>
        <source>Checked today</source>
        <translation>Vandaag nagekeken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="348"/>
        <source>“%1” checked today.</source>
        <translation>“%1” vandaag nagekeken.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="349"/>
        <source>“%1” was already checked today.</source>
        <translation>“%1” was vandaag al nagekeken.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="362"/>
        <source>Retire</source>
        <translation>Uit gebruik nemen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="363"/>
        <source>Retired “%1”. “Undo last change” brings it back.</source>
        <translation>“%1” uit gebruik genomen. “Laatste wijziging ongedaan maken” brengt de fiche terug.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="375"/>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="376"/>
        <source>Restored “%1”.</source>
        <translation>“%1” hersteld.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="384"/>
        <source>Remove “%1”, added here? (The change log keeps it; “Undo last change” brings it back.)</source>
        <translation>“%1”, hier toegevoegd, verwijderen? (Het logboek bewaart de fiche; “Laatste wijziging ongedaan maken” brengt ze terug.)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="386"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="388"/>
        <source>Drop the corrections made here to “%1” and show the shipped version again? (The change log keeps them; “Undo last change” brings them back.)</source>
        <translation>De verbeteringen die hier aan “%1” gemaakt werden schrappen en de meegeleverde versie weer tonen? (Het logboek bewaart ze; “Laatste wijziging ongedaan maken” brengt ze terug.)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="391"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="392"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="396"/>
        <source>Revert</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="397"/>
        <source>“%1”: the local version is dropped.</source>
        <translation>“%1”: de lokale versie is geschrapt.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="442"/>
        <source>There is nothing to undo.</source>
        <extracomment>The to-do list is the check round.</extracomment>
        <translation>Er is niets om ongedaan te maken.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="456"/>
        <source>Not undone</source>
        <translation>Niet ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="457"/>
        <source>This change cannot be undone now; nothing was changed.</source>
        <translation>Deze wijziging kan nu niet ongedaan gemaakt worden; er werd niets gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="449"/>
        <source>Undone: %n change(s) (%1).</source>
        <translation>
            <numerusform>Ongedaan gemaakt: %n wijziging (%1).</numerusform>
            <numerusform>Ongedaan gemaakt: %n wijzigingen (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="102"/>
        <source>&amp;To-do: check round…</source>
        <translation>&amp;To-do: belronde…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="103"/>
        <source>Records flagged at a counter, then never checked, then the oldest: check them one by one, or print a call list</source>
        <translation>Fiches die een balie meldde, dan nooit nagekeken, dan de oudste: kijk ze een voor een na, of druk een bellijst af</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="105"/>
        <source>Covera&amp;ge of the region…</source>
        <translation>Dekking van de &amp;regio…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="106"/>
        <source>What the catalogue knows per municipality of the home region</source>
        <translation>Wat de catalogus kent per gemeente van de eigen regio</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="108"/>
        <source>Fill-in &amp;pack for a municipality…</source>
        <translation>Invulpakket voor een &amp;gemeente…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="109"/>
        <source>A spreadsheet for a municipality to fill in, with what is known there</source>
        <translation>Een rekenblad dat een gemeente invult, met wat er al gekend is</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="461"/>
        <source>Undoing…</source>
        <translation>Ongedaan maken…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="491"/>
        <source>Choose a catalogue update</source>
        <translation>Kies een catalogusupdate</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="492"/>
        <source>Catalogue updates (*.einclusie-update);;All files (*)</source>
        <translation>Catalogusupdates (*.einclusie-update);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="497"/>
        <source>Update refused</source>
        <translation>Update geweigerd</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="499"/>
        <source>Checking and applying the update…</source>
        <translation>De update nakijken en toepassen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="503"/>
        <source>Update %1 applied: the catalogue now holds %n service(s) (made %2).</source>
        <translation>
            <numerusform>Update %1 toegepast: de catalogus bevat nu %n fiche (gemaakt op %2).</numerusform>
            <numerusform>Update %1 toegepast: de catalogus bevat nu %n fiches (gemaakt op %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="507"/>
        <source>Note: %1</source>
        <translation>Notitie: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="510"/>
        <source>“Roll back last update” goes back.</source>
        <translation>Met “Laatste update terugdraaien” ga je terug.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="514"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="520"/>
        <source>Update applied</source>
        <translation>Update toegepast</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="515"/>
        <source>%n record(s) corrected here were changed by the update too. The version made here keeps showing until you choose.</source>
        <translation>
            <numerusform>%n fiche die hier verbeterd werd, is ook door de update gewijzigd. De versie van hier blijft zichtbaar tot je een keuze maakt.</numerusform>
            <numerusform>%n fiches die hier verbeterd werden, zijn ook door de update gewijzigd. De versie van hier blijft zichtbaar tot je een keuze maakt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="518"/>
        <source>Show the conflicts</source>
        <translation>Conflicten tonen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="518"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="529"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="533"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="536"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="537"/>
        <source>Roll back</source>
        <translation>Terugdraaien</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="534"/>
        <source>Go back to the catalogue in use before the last update? The records added or corrected here stay as they are.</source>
        <translation>Teruggaan naar de catalogus die vóór de laatste update in gebruik was? De fiches die hier toegevoegd of verbeterd werden, blijven zoals ze zijn.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="538"/>
        <source>Rolling back…</source>
        <translation>Terugdraaien…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="545"/>
        <source>Rolled back: the program uses the catalogue it came with again.</source>
        <translation>Teruggedraaid: het programma gebruikt weer de meegeleverde catalogus.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="547"/>
        <source>Rolled back: the program uses update %1 again.</source>
        <translation>Teruggedraaid: het programma gebruikt weer update %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="550"/>
        <source>Rolled back</source>
        <translation>Teruggedraaid</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="567"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="563"/>
        <source>“%1”: the version made here is kept.</source>
        <translation>“%1”: de versie van hier blijft behouden.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="460"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="564"/>
        <source>“%1”: the update&apos;s version is taken.</source>
        <translation>“%1”: de versie van de update is overgenomen.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="565"/>
        <source>“%1”: merged field by field.</source>
        <translation>“%1”: veld per veld samengevoegd.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="24"/>
        <source>Record id</source>
        <translation>Fiche-id</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="25"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="26"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="27"/>
        <source>Kind of help</source>
        <translation>Soort hulp</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="28"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="29"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="30"/>
        <source>Warning for staff</source>
        <translation>Waarschuwing voor medewerkers</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="31"/>
        <source>May have ended</source>
        <translation>Mogelijk gestopt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="32"/>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="33"/>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="34"/>
        <source>How to get in</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="35"/>
        <source>What to bring</source>
        <translation>Mee te brengen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="36"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="37"/>
        <source>Cost</source>
        <translation>Kostprijs</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="38"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="39"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="40"/>
        <source>Weekly hours</source>
        <translation>Weekschema</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="41"/>
        <source>Hours as the source gave them</source>
        <translation>Uren zoals de bron ze geeft</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="42"/>
        <source>Legal holidays</source>
        <translation>Wettelijke feestdagen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="43"/>
        <source>School holidays</source>
        <translation>Schoolvakanties</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="44"/>
        <source>Service area</source>
        <translation>Werkgebied</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="45"/>
        <source>Other ids</source>
        <translation>Andere id&apos;s</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="46"/>
        <source>Last checked</source>
        <translation>Laatst nagekeken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="47"/>
        <source>Phones</source>
        <translation>Telefoonnummers</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="48"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="49"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="50"/>
        <source>Dated exceptions</source>
        <translation>Uitzonderingen op datum</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="51"/>
        <source>HSDS data kept as received</source>
        <translation>HSDS-gegevens bewaard zoals ontvangen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="52"/>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="53"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="55"/>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="56"/>
        <source>street</source>
        <translation>straat</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="57"/>
        <source>house number</source>
        <translation>huisnummer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="58"/>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="59"/>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="60"/>
        <source>latitude</source>
        <translation>breedtegraad</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="61"/>
        <source>longitude</source>
        <translation>lengtegraad</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="62"/>
        <source>accessibility</source>
        <translation>toegankelijkheid</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="63"/>
        <source>web address</source>
        <translation>webadres</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="64"/>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="65"/>
        <source>confidence</source>
        <translation>betrouwbaarheid</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="66"/>
        <source>notes</source>
        <translation>opmerkingen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="67"/>
        <source>opens</source>
        <translation>opent</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="68"/>
        <source>closes</source>
        <translation>sluit</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="76"/>
        <source>place name</source>
        <translation>naam van de locatie</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="78"/>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="102"/>
        <source>%1, row %2</source>
        <translation>%1, rij %2</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="105"/>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="119"/>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="556"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="117"/>
        <source>Row %1</source>
        <translation>Rij %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="138"/>
        <source>Tick at least one kind of help.</source>
        <translation>Vink minstens één soort hulp aan.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="140"/>
        <source>A dated exception needs its date (YYYY-MM-DD).</source>
        <translation>Een uitzondering op datum heeft een datum nodig (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="142"/>
        <source>This is required: it cannot be empty.</source>
        <translation>Dit is verplicht: het mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="144"/>
        <source>The phone number is empty.</source>
        <translation>Het telefoonnummer is leeg.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="146"/>
        <source>“%1” is not a Belgian phone number: check the digits and the prefix (short numbers such as 1700, 106 and 102 are fine).</source>
        <translation>“%1” is geen Belgisch telefoonnummer: controleer de cijfers en het zonenummer (korte nummers zoals 1700, 106 en 102 zijn goed).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="150"/>
        <source>“%1” is not a Belgian postcode: a postcode has four digits.</source>
        <translation>“%1” is geen Belgische postcode: een postcode heeft vier cijfers.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="154"/>
        <source>Postcode %1 does not exist in Belgium (it is not in the list of places).</source>
        <translation>Postcode %1 bestaat niet in België (ze staat niet in de lijst van plaatsen).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="158"/>
        <source>Give a postcode, a municipality or coordinates.</source>
        <translation>Geef een postcode, een gemeente of coördinaten.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="163"/>
        <source>Postcode %1 is %2, not %3.</source>
        <translation>Postcode %1 is %2, niet %3.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="168"/>
        <source>“%1” is not a known place name.</source>
        <translation>„%1” is geen gekende plaatsnaam.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="172"/>
        <source>“%1” is more than one place (%2): give the postcode.</source>
        <translation>„%1” is meer dan één plaats (%2): geef de postcode.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="176"/>
        <source>Postcode %1 belongs to %2: give the municipality too.</source>
        <translation>Postcode %1 hoort bij %2: geef ook de gemeente.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="179"/>
        <source>The postcode and municipality do not point to one known place: %1.</source>
        <translation>De postcode en de gemeente wijzen niet naar één gekende plaats: %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="183"/>
        <source>Latitude and longitude go together: give both or neither.</source>
        <translation>Breedtegraad en lengtegraad horen samen: geef ze allebei of geen van beide.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="186"/>
        <source>“%1” is not a number (like 51.0656).</source>
        <translation>“%1” is geen getal (zoals 51.0656).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="189"/>
        <source>Latitude %1 does not exist: a latitude lies between -90 and 90 (in Belgium between 49.4 and 51.6).</source>
        <translation>Breedtegraad %1 bestaat niet: een breedtegraad ligt tussen -90 en 90 (in België tussen 49.4 en 51.6).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="193"/>
        <source>Longitude %1 does not exist: a longitude lies between -180 and 180 (in Belgium between 2.4 and 6.5).</source>
        <translation>Lengtegraad %1 bestaat niet: een lengtegraad ligt tussen -180 en 180 (in België tussen 2.4 en 6.5).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="197"/>
        <source>The point (%1, %2) is not in Belgium.</source>
        <translation>Het punt (%1, %2) ligt niet in België.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="201"/>
        <source>“%1” contains a space; a web address has none.</source>
        <translation>“%1” bevat een spatie; een webadres heeft er geen.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="204"/>
        <source>“%1” looks like an e-mail address, not a web address.</source>
        <translation>“%1” lijkt een e-mailadres, geen webadres.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="208"/>
        <source>“%1” is not a web address (like www.gemeente.be).</source>
        <translation>“%1” is geen webadres (zoals www.gemeente.be).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="212"/>
        <source>“%1” is not a web address: it starts with http://, https:// or the site&apos;s name.</source>
        <translation>“%1” is geen webadres: een webadres begint met http://, https:// of de naam van de site.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="216"/>
        <source>“%1” contains a space; an e-mail address has none.</source>
        <translation>“%1” bevat een spatie; een e-mailadres heeft er geen.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="220"/>
        <source>“%1” is not an e-mail address (like naam@gemeente.be).</source>
        <translation>“%1” is geen e-mailadres (zoals naam@gemeente.be).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="224"/>
        <source>These hours do not make sense: %1. Write them like “Mo 09:00-12:00,13:00-17:00; We 14:00-16:00”.</source>
        <translation>Deze uren kloppen niet: %1. Schrijf ze zoals “Mo 09:00-12:00,13:00-17:00; We 14:00-16:00”.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="228"/>
        <source>“%1” is not a date (write it as YYYY-MM-DD, like 2025-03-14).</source>
        <translation>“%1” is geen datum (schrijf ze als YYYY-MM-DD, zoals 2025-03-14).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="232"/>
        <source>The date %1 does not exist.</source>
        <translation>De datum %1 bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="235"/>
        <source>%1 is in the future: a record cannot have been checked later than today.</source>
        <translation>%1 ligt in de toekomst: een fiche kan niet later dan vandaag nagekeken zijn.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="239"/>
        <source>“%1” is not a time (HH:MM, like 09:30).</source>
        <translation>“%1” is geen tijdstip (HH:MM, zoals 09:30).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="243"/>
        <source>An extra session needs both an opening and a closing time; leave both empty for a closed day.</source>
        <translation>Een extra openingsmoment heeft zowel een begin- als een einduur nodig; laat beide leeg voor een gesloten dag.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="246"/>
        <source>These times do not work: %1.</source>
        <translation>Deze tijden kloppen niet: %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="249"/>
        <source>Unknown code “%1”.</source>
        <translation>Onbekende code “%1”.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="251"/>
        <source>“%1” is listed twice.</source>
        <translation>“%1” staat er twee keer in.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="254"/>
        <source>“%1” is not a language code (two or three letters, like nl, fr, ar).</source>
        <translation>“%1” is geen taalcode (twee of drie letters, zoals nl, fr, ar).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="258"/>
        <source>“%1” is not a service area (be, region:flanders, province:&lt;name&gt;, municipality:&lt;name&gt;).</source>
        <translation>“%1” is geen werkgebied (be, region:flanders, province:&lt;naam&gt;, municipality:&lt;naam&gt;).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="262"/>
        <source>This service area is not known: %1.</source>
        <translation>Dit werkgebied is onbekend: %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="266"/>
        <source>“%1” cannot be a record id: use only a-z, 0-9 and hyphens, like digipunt-bib-torhout.</source>
        <translation>“%1” kan geen fiche-id zijn: gebruik alleen a-z, 0-9 en koppeltekens, zoals digipunt-bib-torhout.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="270"/>
        <source>The id “%1” is already used by another record (maybe a retired one); choose another.</source>
        <translation>De id “%1” wordt al gebruikt door een andere fiche (misschien een uit gebruik genomen fiche); kies een andere.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="274"/>
        <source>“%1” is already used by the record “%2”; choose another.</source>
        <translation>“%1” wordt al gebruikt door het record “%2”; kies een ander.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="278"/>
        <source>“%1” cannot be another id: use only a-z, 0-9 and hyphens.</source>
        <translation>“%1” kan geen ander id zijn: gebruik alleen a-z, 0-9 en koppeltekens.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="282"/>
        <source>“%1” is not a school calendar this program knows.</source>
        <translation>“%1” is geen schoolkalender die dit programma kent.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="286"/>
        <source>Give at least one source: the page or document where these facts were read.</source>
        <translation>Geef minstens één bron: de pagina of het document waar deze gegevens gelezen werden.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="290"/>
        <source>Choose how sure the source is.</source>
        <translation>Kies hoe betrouwbaar de bron is.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="294"/>
        <source>This text holds an invisible control character (%1) that cannot be shown or printed: remove it (type the text again, or paste it as plain text).</source>
        <translation>Deze tekst bevat een onzichtbaar stuurteken (%1) dat niet getoond of afgedrukt kan worden: haal het weg (typ de tekst opnieuw, of plak hem als platte tekst).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="299"/>
        <source>This text holds an invisible direction mark (%1) that turns the text around on screen, so it shows something else than what is stored: remove it.</source>
        <translation>Deze tekst bevat een onzichtbaar richtingsteken (%1) dat de tekst op het scherm omdraait, zodat hij iets anders toont dan wat bewaard wordt: haal het weg.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="304"/>
        <source>This text holds a broken character (%1) that cannot be stored: type that part again.</source>
        <translation>Deze tekst bevat een kapot teken (%1) dat niet bewaard kan worden: typ dat deel opnieuw.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="308"/>
        <source>This text is %1 characters long; at most %2 fit here. Is it the right text?</source>
        <translation>Deze tekst is %1 tekens lang; hier passen er hoogstens %2. Is het de juiste tekst?</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="328"/>
        <source>All of Belgium</source>
        <translation>Heel België</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="329"/>
        <source>A region</source>
        <translation>Een gewest</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="330"/>
        <source>A province</source>
        <translation>Een provincie</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="331"/>
        <source>A municipality</source>
        <translation>Een gemeente</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="337"/>
        <source>Flanders</source>
        <translation>Vlaanderen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="338"/>
        <source>Brussels</source>
        <translation>Brussel</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="339"/>
        <source>Wallonia</source>
        <translation>Wallonië</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="345"/>
        <source>Open as usual in school holidays</source>
        <translation>Gewoon open in de schoolvakanties</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="346"/>
        <source>Closed in the Flemish school holidays</source>
        <translation>Gesloten in de Vlaamse schoolvakanties</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="348"/>
        <source>Closed in the French-speaking Community&apos;s school holidays</source>
        <translation>Gesloten in de schoolvakanties van de Franse Gemeenschap</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="350"/>
        <source>Closed in the German-speaking Community&apos;s school holidays</source>
        <translation>Gesloten in de schoolvakanties van de Duitstalige Gemeenschap</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="357"/>
        <source>everything read on the source</source>
        <translation>alles gelezen in de bron</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="358"/>
        <source>partly inferred (say what in notes)</source>
        <translation>deels afgeleid (zeg wat in de opmerkingen)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="364"/>
        <source>added here</source>
        <translation>hier toegevoegd</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="365"/>
        <source>corrected here</source>
        <translation>hier verbeterd</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="366"/>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="378"/>
        <source>retired</source>
        <translation>uit gebruik genomen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="367"/>
        <source>as shipped</source>
        <translation>zoals meegeleverd</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="368"/>
        <source>not there</source>
        <translation>niet aanwezig</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="374"/>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="375"/>
        <source>corrected</source>
        <translation>verbeterd</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="376"/>
        <source>edited</source>
        <translation>bewerkt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="377"/>
        <source>checked today</source>
        <translation>vandaag nagekeken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="379"/>
        <source>restored</source>
        <translation>hersteld</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="380"/>
        <source>back to shipped</source>
        <translation>terug naar meegeleverd</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="381"/>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="382"/>
        <source>conflict settled</source>
        <translation>conflict opgelost</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="383"/>
        <source>undo</source>
        <translation>ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="392"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="393"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="419"/>
        <source>as usual</source>
        <translation>zoals gewoonlijk</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="433"/>
        <source>This file is not a catalogue update.</source>
        <translation>Dit bestand is geen catalogusupdate.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="435"/>
        <source>This update is not signed. An unsigned update is never applied.</source>
        <translation>Deze update is niet ondertekend. Een niet-ondertekende update wordt nooit toegepast.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="437"/>
        <source>This update is signed with a key this site does not trust (wrong key). Only updates signed by the central maintainer&apos;s key are applied.</source>
        <translation>Deze update is ondertekend met een sleutel die deze site niet vertrouwt (verkeerde sleutel). Alleen updates die ondertekend zijn met de sleutel van de centrale beheerder worden toegepast.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="440"/>
        <source>This update has been changed after it was signed (tampered with). It is refused.</source>
        <translation>Deze update werd gewijzigd na de ondertekening (er is mee geknoeid). De update wordt geweigerd.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="443"/>
        <source>This update is older than the catalogue in use (or the same one).</source>
        <translation>Deze update is ouder dan de catalogus in gebruik (of dezelfde).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="445"/>
        <source>This update holds a catalogue this version of the program cannot read.</source>
        <translation>Deze update bevat een catalogus die deze versie van het programma niet kan lezen.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="448"/>
        <source>No trusted key is configured for this site, so no update can be checked. The site settings (catalogue.trusted_keys) must name the central maintainer&apos;s public key.</source>
        <translation>Er is geen vertrouwde sleutel ingesteld voor deze site, dus er kan geen update gecontroleerd worden. De site-instellingen (catalogue.trusted_keys) moeten de publieke sleutel van de centrale beheerder vermelden.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="452"/>
        <source>A trusted key in the site settings cannot be read.</source>
        <translation>Een vertrouwde sleutel in de site-instellingen kan niet gelezen worden.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="454"/>
        <source>No update is installed: the program already uses the catalogue it came with.</source>
        <translation>Er is geen update geïnstalleerd: het programma gebruikt al de meegeleverde catalogus.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="458"/>
        <source>The update was refused.</source>
        <translation>De update werd geweigerd.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="476"/>
        <source>the file is empty (0 bytes): a copy that failed, or a full disk</source>
        <translation>het bestand is leeg (0 bytes): een mislukte kopie, of een volle schijf</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="479"/>
        <source>the file is cut off: it is shorter than it should be</source>
        <translation>het bestand is afgebroken: het is korter dan het hoort</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="482"/>
        <source>parts of the file are damaged (SQLite finds damaged pages)</source>
        <translation>delen van het bestand zijn beschadigd (SQLite vindt beschadigde pagina&apos;s)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="485"/>
        <source>the file is another program&apos;s database, not a local store</source>
        <translation>het bestand is de databank van een ander programma, geen lokale opslag</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="488"/>
        <source>the file is not a local store file, or its beginning is damaged</source>
        <translation>het bestand is geen bestand van de lokale opslag, of het begin ervan is beschadigd</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="496"/>
        <source>To restore it (the catalogue maintainer or IT):
1. Close the program on every counter that uses this folder. Rename the damaged file (e.g. local.sqlite.damaged) and keep it until the restore is checked.
2. Copy local.sqlite from the backup of the shared folder into the folder. Changes made after the backup are not in it: “Change log and undo” shows what it holds.
3. No backup? Another counter that showed the local records recently holds them in its cache (merged-….sqlite): export that and import it into a new store.
The whole procedure: docs/local-store.md, “When the store is damaged” (in the program&apos;s folder).</source>
        <translation>Zo herstel je het (de catalogusbeheerder of IT):
1. Sluit het programma op elke balie die deze map gebruikt. Geef het beschadigde bestand een andere naam (bv. local.sqlite.beschadigd) en bewaar het tot het herstel nagekeken is.
2. Kopieer local.sqlite uit de back-up van de gedeelde map naar de map. Wijzigingen van na de back-up staan er niet in: “Logboek en ongedaan maken” toont wat het bevat.
3. Geen back-up? Een andere balie die de lokale fiches onlangs toonde, bewaart ze in haar cache (merged-….sqlite): exporteer die en importeer ze in een nieuwe opslag.
De volledige werkwijze: docs/local-store.md, “When the store is damaged” (in de map van het programma).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="515"/>
        <source>This could not be saved now: the local store is busy, another counter is saving changes to it (an import can take a few seconds). Nothing was changed; try again in a moment.</source>
        <translation>Dit kon nu niet bewaard worden: de lokale opslag is bezet, een andere balie bewaart er wijzigingen in (een import kan enkele seconden duren). Er werd niets gewijzigd; probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="520"/>
        <source>Nothing was changed: the local store file %1 is damaged (%2). The file is kept as it is; the catalogue maintainer or IT must restore it.</source>
        <translation>Er werd niets gewijzigd: het bestand van de lokale opslag %1 is beschadigd (%2). Het bestand blijft zoals het is; de catalogusbeheerder of IT moet het herstellen.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="537"/>
        <source>Kind of help “%1” inferred from the words: %2. Check it.</source>
        <translation>Soort hulp “%1” afgeleid uit de woorden: %2. Kijk het na.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="542"/>
        <source>The service names no source: the file&apos;s own source is used (%1).</source>
        <translation>De dienst noemt geen bron: de bron van het bestand zelf wordt gebruikt (%1).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="546"/>
        <source>Not kept: the catalogue has no field for this.</source>
        <translation>Niet bewaard: de catalogus heeft hier geen veld voor.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="19"/>
        <source>The local store folder %1 (named in the site settings) does not exist; it was not created. Showing the shipped catalogue only: nothing can be changed here.</source>
        <translation>De map van de lokale opslag %1 (genoemd in de instellingen van de site) bestaat niet; ze werd niet aangemaakt. Alleen de meegeleverde catalogus wordt getoond: hier kan niets gewijzigd worden.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="23"/>
        <source>The local store is busy (another counter is saving): trying again. Until then the shipped catalogue shows, without this municipality&apos;s own records (%1).</source>
        <translation>De lokale opslag is bezet (een andere balie bewaart): het programma probeert opnieuw. Tot dan staat de meegeleverde catalogus er, zonder de eigen fiches van deze gemeente (%1).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="29"/>
        <source>The local store is damaged (%2): the shipped catalogue shows, without this municipality&apos;s own records, until the catalogue maintainer or IT restores it. The file was kept as it is: %1.</source>
        <translation>De lokale opslag is beschadigd (%2): de meegeleverde catalogus staat er, zonder de eigen fiches van deze gemeente, tot de catalogusbeheerder of IT de opslag herstelt. Het bestand bleef zoals het is: %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="35"/>
        <source>The local store could not be opened (%1); showing the shipped catalogue only.</source>
        <translation>De lokale opslag kon niet geopend worden (%1); alleen de meegeleverde catalogus wordt getoond.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="39"/>
        <source>it has no signature: it was not installed by this program</source>
        <translation>ze heeft geen handtekening: dit programma heeft ze niet geïnstalleerd</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="40"/>
        <source>it is signed with a key this site does not trust</source>
        <translation>ze is ondertekend met een sleutel die deze site niet vertrouwt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="41"/>
        <source>it was changed after it was signed</source>
        <translation>ze werd gewijzigd nadat ze ondertekend was</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="42"/>
        <source>it differs from the catalogue that was signed: changed or damaged since it was installed</source>
        <translation>ze verschilt van de catalogus die ondertekend werd: gewijzigd of beschadigd sinds de installatie</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="44"/>
        <source>the file is missing</source>
        <translation>het bestand ontbreekt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="45"/>
        <source>it cannot be read (damaged)</source>
        <translation>ze kan niet gelezen worden (beschadigd)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="46"/>
        <source>this site trusts no key, so it cannot be checked</source>
        <translation>deze site vertrouwt geen enkele sleutel, dus ze kan niet gecontroleerd worden</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="49"/>
        <source>The installed catalogue update %1 is not used: %2. Showing the catalogue the program came with; apply the update again, or ask IT.</source>
        <translation>De geïnstalleerde catalogusupdate %1 wordt niet gebruikt: %2. De catalogus die met het programma meekwam wordt getoond; pas de update opnieuw toe, of vraag het aan IT.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="52"/>
        <source>The installed catalogue update %1 cannot be used; showing the catalogue the program came with.</source>
        <translation>De geïnstalleerde catalogusupdate %1 kan niet gebruikt worden; de catalogus die bij het programma hoort wordt getoond.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="55"/>
        <source>The catalogue with this municipality&apos;s records could not be opened (%1); showing the shipped catalogue only.</source>
        <translation>De catalogus met de records van deze gemeente kon niet geopend worden (%1); alleen de meegeleverde catalogus wordt getoond.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/notices.py" line="59"/>
        <source>%n local record(s) could not be shown; see the maintainer&apos;s to-do list.</source>
        <translation>
            <numerusform>%n lokale fiche kon niet getoond worden; zie de to-do-lijst van de beheerder.</numerusform>
            <numerusform>%n lokale fiches konden niet getoond worden; zie de to-do-lijst van de beheerder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="62"/>
        <source>Site settings: the home place “%1” is not a known place, so the place field starts empty.</source>
        <translation>Instellingen van de site: de thuisplaats “%1” is geen gekende plaats; het plaatsveld begint daarom leeg.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/notices.py" line="65"/>
        <source>%n record(s) corrected here were changed by the update too. The version made here keeps showing until you choose.</source>
        <translation>
            <numerusform>%n fiche die hier verbeterd werd, is ook door de update gewijzigd. De versie van hier blijft zichtbaar tot je een keuze maakt.</numerusform>
            <numerusform>%n fiches die hier verbeterd werden, zijn ook door de update gewijzigd. De versie van hier blijft zichtbaar tot je een keuze maakt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="572"/>
        <source>Fill-in pack for a municipality</source>
        <translation>Invulpakket voor een gemeente</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="575"/>
        <source>A spreadsheet for the municipality to fill in: every offer known there, empty rows for what is missing, and a first sheet that explains in plain Dutch what to fill in and why. Imported back (Import…), it records who filled it in and when.</source>
        <translation>Een rekenblad dat de gemeente invult: al het aanbod dat er gekend is, lege rijen voor wat ontbreekt, en een eerste blad dat in eenvoudig Nederlands uitlegt wat in te vullen en waarom. Terug ingelezen (Importeren…) houdt het bij wie het invulde en wanneer.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="580"/>
        <source>Municipality (name or postcode)</source>
        <translation>Gemeente (naam of postcode)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="587"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="594"/>
        <source>Empty rows for new offers</source>
        <translation>Lege rijen voor nieuw aanbod</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="595"/>
        <source>Empty &amp;rows:</source>
        <translation>&amp;Lege rijen:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="599"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="600"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Bewaren als…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="600"/>
        <source>Choose where to save the pack</source>
        <translation>Kies waar het pakket bewaard wordt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="603"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="603"/>
        <source>Close without saving</source>
        <translation>Sluiten zonder te bewaren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="627"/>
        <source>Name the municipality first.</source>
        <translation>Geef eerst de gemeente.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="632"/>
        <source>Save the fill-in pack</source>
        <translation>Het invulpakket bewaren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="633"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="641"/>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="665"/>
        <source>Writing the pack…</source>
        <translation>Het pakket wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="646"/>
        <source>Saved the fill-in pack of %1: %2 record(s) known there, %3 serving it, %4 empty row(s). File: %5</source>
        <translation>Invulpakket van %1 bewaard: %2 fiche(s) daar gekend, %3 die de gemeente bedienen, %4 lege rij(en). Bestand: %5</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="657"/>
        <source>Not saved: %1</source>
        <translation>Niet bewaard: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="664"/>
        <source>Fill-in pack</source>
        <translation>Invulpakket</translation>
    </message>
</context>
<context>
    <name>PhoneCard</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="178"/>
        <source>Contact card for the client&apos;s phone</source>
        <translation>Contactkaart voor de gsm van de cliënt</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="67"/>
        <source>&amp;Look in:</source>
        <extracomment>Each language named in itself, as the menu shows it.</extracomment>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="68"/>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="69"/>
        <source>%1 already exists.</source>
        <translation>%1 bestaat al.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="70"/>
        <source>Do you want to replace it?</source>
        <translation>Wilt u het vervangen?</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="71"/>
        <source>Directory not found.</source>
        <translation>Map niet gevonden.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="72"/>
        <source>Please verify the correct directory name was given.</source>
        <translation>Controleer of de juiste mapnaam opgegeven is.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="73"/>
        <source>File not found.</source>
        <translation>Bestand niet gevonden.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="74"/>
        <source>Please verify the correct file name was given.</source>
        <translation>Controleer of de juiste bestandsnaam opgegeven is.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="75"/>
        <source>&apos;%1&apos; is write protected.</source>
        <translation>„%1” is beveiligd tegen schrijven.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="76"/>
        <source>Do you want to delete it anyway?</source>
        <translation>Wilt u het toch verwijderen?</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="284"/>
        <source>New record</source>
        <extracomment>The tables of a record and their columns, in the record&apos;s own names. A fixed Monday for the week preview (legal holidays play no part in it). The record was saved: its id and a sentence for the status bar. The window&apos;s session (core/session.py): its gazetteer, its checks, its save. The dialog showing another counter&apos;s change beside this one, when there was one.</extracomment>
        <translation>Nieuwe fiche</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="285"/>
        <source>Edit record: %1</source>
        <translation>Fiche bewerken: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="290"/>
        <source>Parts of the record</source>
        <translation>Delen van de fiche</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="302"/>
        <source>Problems to fix before saving</source>
        <translation>Op te lossen problemen vóór het bewaren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="307"/>
        <source>&amp;Save</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="308"/>
        <source>Save the record</source>
        <translation>De fiche bewaren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="311"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="312"/>
        <source>Close without saving</source>
        <translation>Sluiten zonder bewaren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="372"/>
        <source>&amp;General</source>
        <translation>&amp;Algemeen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="373"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="373"/>
        <source>as the source gives it</source>
        <translation>zoals de bron hem geeft</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="375"/>
        <source>Record id</source>
        <translation>Fiche-id</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="379"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="379"/>
        <source>who runs it</source>
        <translation>wie het organiseert</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="386"/>
        <source>Kind: %1</source>
        <translation>Soort: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="391"/>
        <source>Main kind (listed first)</source>
        <translation>Hoofdsoort (eerst vermeld)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="392"/>
        <source>The main kind is listed first</source>
        <translation>De hoofdsoort wordt eerst vermeld</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="395"/>
        <source>main:</source>
        <translation>hoofdsoort:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="399"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="404"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="408"/>
        <source>Warning for staff</source>
        <translation>Waarschuwing voor medewerkers</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="409"/>
        <source>a doubt staff must see, e.g. funding ended?</source>
        <translation>een twijfel die medewerkers moeten zien, bv. subsidie gestopt?</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="410"/>
        <source>Its own sources say this offer may have ended</source>
        <translation>De eigen bronnen zeggen dat dit aanbod mogelijk gestopt is</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="411"/>
        <source>May have ended</source>
        <translation>Mogelijk gestopt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="413"/>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="413"/>
        <source>as stated, e.g. iedereen</source>
        <translation>zoals vermeld, bv. iedereen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="414"/>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="414"/>
        <source>itsme; smartphone; belastingen</source>
        <translation>itsme; smartphone; belastingen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="417"/>
        <source>Made from the name; you may type another. It never changes once saved.</source>
        <translation>Gemaakt uit de naam; je mag een andere typen. Na het bewaren verandert de id nooit meer.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="419"/>
        <source>The id never changes.</source>
        <translation>De id verandert nooit.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="426"/>
        <source>Only when the record&apos;s own sources say so (funding not extended, a pilot, a project with an end date); say why in “Warning for staff”. Staff see it; a client is told to call first.</source>
        <translation>Alleen als de eigen bronnen van de fiche dat zeggen (financiering niet verlengd, een proefproject, een project met een einddatum); zeg waarom in “Waarschuwing voor medewerkers”. Medewerkers zien het; een cliënt krijgt de raad eerst te bellen.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="432"/>
        <source>Separate topics with a semicolon (;).</source>
        <translation>Scheid de onderwerpen met een puntkomma (;).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="435"/>
        <source>&amp;Where</source>
        <translation>&amp;Waar</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="436"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="439"/>
        <source>Add address</source>
        <translation>Adres toevoegen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="440"/>
        <source>Remove address</source>
        <translation>Adres verwijderen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="442"/>
        <source>A postcode or a municipality is enough; coordinates only when measured for this address.</source>
        <translation>Een postcode of een gemeente volstaat; coördinaten alleen als ze voor dit adres gemeten zijn.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="446"/>
        <source>Service area</source>
        <translation>Werkgebied</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="449"/>
        <source>Kind of area to add</source>
        <translation>Soort gebied om toe te voegen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="454"/>
        <source>Region to add</source>
        <translation>Gewest om toe te voegen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="458"/>
        <source>Province or municipality to add</source>
        <translation>Provincie of gemeente om toe te voegen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="459"/>
        <source>e.g. Gent, or West-Vlaanderen</source>
        <translation>bv. Gent, of West-Vlaanderen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="461"/>
        <source>Add area</source>
        <translation>Gebied toevoegen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="462"/>
        <source>Add this area to the service area</source>
        <translation>Dit gebied aan het werkgebied toevoegen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="465"/>
        <source>Remove area</source>
        <translation>Gebied verwijderen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="466"/>
        <source>Remove the selected area</source>
        <translation>Het gekozen gebied verwijderen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="485"/>
        <source>For help that is not tied to an address (helplines, schemes): where it serves.</source>
        <translation>Voor hulp die niet aan een adres gebonden is (hulplijnen, regelingen): waar ze geldt.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="498"/>
        <source>C&amp;ontact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="499"/>
        <source>Phones</source>
        <translation>Telefoonnummers</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="502"/>
        <source>Add phone</source>
        <translation>Telefoonnummer toevoegen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="502"/>
        <source>Remove phone</source>
        <translation>Telefoonnummer verwijderen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="504"/>
        <source>As printed on the source, e.g. 050 12 34 56; short numbers such as 1700 are fine.</source>
        <translation>Zoals het in de bron staat, bv. 050 12 34 56; korte nummers zoals 1700 zijn goed.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="506"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="507"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="512"/>
        <source>&amp;Hours</source>
        <translation>&amp;Uren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="513"/>
        <source>Weekly hours</source>
        <translation>Weekschema</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="516"/>
        <source>Week preview</source>
        <translation>Voorbeeld van de week</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="524"/>
        <source>Days Mo Tu We Th Fr Sa Su; windows with a comma, days with a semicolon. Only when the source gives a weekly pattern.</source>
        <translation>Dagen Mo Tu We Th Fr Sa Su (Engelse afkortingen); tijdvakken scheiden met een komma, dagen met een puntkomma. Alleen als de bron een vast weekpatroon geeft.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="526"/>
        <source>Hours as the source gave them</source>
        <translation>Uren zoals de bron ze geeft</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="527"/>
        <source>e.g. dinsdag 14-16.30 uur</source>
        <translation>bv. dinsdag 14-16.30 uur</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="530"/>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="533"/>
        <source>Open on legal holidays</source>
        <translation>Open op wettelijke feestdagen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="532"/>
        <source>As usual: closed, except a line open day and night</source>
        <translation>Zoals gewoonlijk: gesloten, behalve een lijn die dag en nacht bereikbaar is</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="534"/>
        <source>Closed on legal holidays</source>
        <translation>Gesloten op wettelijke feestdagen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="538"/>
        <source>Closed in school holidays</source>
        <translation>Gesloten in de schoolvakanties</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="543"/>
        <source>Dated exceptions</source>
        <translation>Uitzonderingen op datum</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="545"/>
        <source>Add exception</source>
        <translation>Uitzondering toevoegen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="546"/>
        <source>Remove exception</source>
        <translation>Uitzondering verwijderen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="548"/>
        <source>A date (YYYY-MM-DD) without times: closed that day. With both times: an extra session.</source>
        <translation>Een datum (YYYY-MM-DD) zonder uren: die dag gesloten. Met beide uren: een extra openingsmoment.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="552"/>
        <source>&amp;Access &amp;&amp; cost</source>
        <translation>&amp;Toegang &amp;&amp; kostprijs</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="560"/>
        <source>Way in: %1</source>
        <translation>Toegang: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="569"/>
        <source>To bring: %1</source>
        <translation>Mee te brengen: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="573"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="574"/>
        <source>Cost</source>
        <translation>Kostprijs</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="574"/>
        <source>free, or the cost as stated</source>
        <translation>gratis, of de kostprijs zoals vermeld</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="578"/>
        <source>Only what a source says.</source>
        <translation>Alleen wat een bron zegt.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="580"/>
        <source>Language codes the help is given in, separated by commas.</source>
        <translation>Taalcodes van de talen waarin de hulp gegeven wordt, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="582"/>
        <source>Write “free” when it is free; leave empty when nobody said.</source>
        <translation>Schrijf “gratis” als het gratis is; laat leeg als niemand het zegt.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="585"/>
        <source>So&amp;urces</source>
        <translation>B&amp;ronnen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="587"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="590"/>
        <source>Add source</source>
        <translation>Bron toevoegen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="591"/>
        <source>Remove source</source>
        <translation>Bron verwijderen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="593"/>
        <source>Every page or document a fact was read on, with its date.</source>
        <translation>Elke pagina of elk document waarop een gegeven gelezen werd, met de datum.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="594"/>
        <source>Last checked</source>
        <translation>Laatst nagekeken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="595"/>
        <source>Checked &amp;today</source>
        <translation>Vandaag &amp;nagekeken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="597"/>
        <source>Checked today: set the last-checked date to today</source>
        <translation>Vandaag nagekeken: de datum ‘laatst nagekeken’ op vandaag zetten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="606"/>
        <source>When a person last checked these facts (a record not checked for 12 months shows “call first”).</source>
        <translation>Wanneer iemand deze gegevens het laatst nagekeken heeft (bij een fiche die 12 maanden niet nagekeken is, staat “eerst bellen”).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="761"/>
        <source>No weekly hours: the program says “hours not known — call first”.</source>
        <translation>Geen weekschema: het programma zegt “uren onbekend — eerst bellen”.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="767"/>
        <source>The week appears here when the hours make sense.</source>
        <translation>De week verschijnt hier zodra de uren kloppen.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="773"/>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="814"/>
        <source>Type a name first.</source>
        <translation>Typ eerst een naam.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="822"/>
        <source>Which one? %1</source>
        <translation>Welke? %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="830"/>
        <source>This area is already in the list.</source>
        <translation>Dit gebied staat al in de lijst.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1032"/>
        <source>%n problem(s) to fix before saving: %1</source>
        <translation>
            <numerusform>%n probleem op te lossen vóór het bewaren: %1</numerusform>
            <numerusform>%n problemen op te lossen vóór het bewaren: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1034"/>
        <source>Fix the problems listed first.</source>
        <translation>Los eerst de vermelde problemen op.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1036"/>
        <source>No problems: ready to save.</source>
        <translation>Geen problemen: klaar om te bewaren.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1077"/>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1079"/>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1115"/>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1109"/>
        <source>Not saved: another counter changed this record meanwhile.</source>
        <translation>Niet bewaard: een andere balie heeft deze fiche intussen gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1116"/>
        <source>The editor stays open: save again when the store can be written.</source>
        <translation>De editor blijft open: bewaar opnieuw wanneer de opslag weer beschreven kan worden.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1087"/>
        <source>Nothing changed in “%1”.</source>
        <translation>Niets gewijzigd in “%1”.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1089"/>
        <source>Added “%1”.</source>
        <translation>“%1” toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1091"/>
        <source>Saved “%1” (%2).</source>
        <translation>“%1” bewaard (%2).</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="280"/>
        <source>Restore a retired record</source>
        <translation>Uit gebruik genomen fiche herstellen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="283"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="283"/>
        <source>Record id</source>
        <translation>Fiche-id</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="283"/>
        <source>Retired</source>
        <translation>Uit gebruik genomen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="284"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="290"/>
        <source>Retired records</source>
        <translation>Uit gebruik genomen fiches</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="292"/>
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="292"/>
        <source>Restore the selected record</source>
        <translation>De gekozen fiche herstellen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="294"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="294"/>
        <source>Close this list</source>
        <translation>Deze lijst sluiten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="312"/>
        <source>No record is retired.</source>
        <translation>Er is geen fiche uit gebruik genomen.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="226"/>
        <source>Name</source>
        <extracomment>``opening_of(service_id, when) -&gt; core.opening.Opening``; None shows no status. ``place_name(postcode, name) -&gt; str``: a place as the staff&apos;s language names it (the window asks the gazetteer: &quot;Bruxelles&quot; in French); None: as the catalogue has it. The search&apos;s SearchResult (did_you_mean, partial_words...), or None.</extracomment>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="226"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="226"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="226"/>
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="227"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="247"/>
        <source>without %1</source>
        <translation>zonder %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="249"/>
        <source>for “%1”</source>
        <translation>voor „%1”</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="300"/>
        <source>Partial match: the words %1 are not in this record.</source>
        <translation>Gedeeltelijk gevonden: de woorden %1 staan niet in deze fiche.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="303"/>
        <source>Found for “%1”, not for the words as typed.</source>
        <translation>Gevonden voor „%1”, niet voor de woorden zoals getypt.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="311"/>
        <source>The street address is not known: only the place %1.</source>
        <translation>Het straatadres is niet bekend: alleen de plaats %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="316"/>
        <source>Approximate: measured to the postcode or municipality, not to the door.</source>
        <translation>Bij benadering: gemeten tot de postcode of gemeente, niet tot aan de deur.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="319"/>
        <source>Kept because it serves this place (%1); no distance.</source>
        <translation>Getoond omdat het deze plaats bedient (%1); geen afstand.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="329"/>
        <source>serves %1</source>
        <translation>voor %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="332"/>
        <source>%1 (no street)</source>
        <translation>%1 (geen straat)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="340"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="342"/>
        <location filename="../../einclusie_app/gui/results_view.py" line="192"/>
        <source>service area</source>
        <extracomment>Below this viewport width the kind column is hidden (its pictogram stays by the name). The place column takes at most this share of what &quot;now&quot; and &quot;distance&quot; leave. Room beside the name in its cell: the kind&apos;s pictogram and the margins, in pixels. The rows were painted (the window shows the details after it; bench/keystroke.py times &quot;results painted&quot; by it).</extracomment>
        <translation>werkgebied</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="235"/>
        <source>Retire a record</source>
        <translation>Fiche uit gebruik nemen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="237"/>
        <source>Retire “%1”? It will no longer be shown at the counter. Undo it with “Undo last change”, in the change log, or with “Restore a retired record”.</source>
        <translation>“%1” uit gebruik nemen? De fiche wordt dan niet meer getoond aan de balie. Je maakt dit ongedaan met “Laatste wijziging ongedaan maken”, in het logboek, of met “Uit gebruik genomen fiche herstellen”.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="242"/>
        <source>Why (a note for the change log)</source>
        <translation>Waarom (een notitie voor het logboek)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="243"/>
        <source>why, e.g. stopped in 2025 (optional)</source>
        <translation>waarom, bv. gestopt in 2025 (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="244"/>
        <source>&amp;Why:</source>
        <translation>&amp;Waarom:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="246"/>
        <source>&amp;Retire</source>
        <translation>&amp;Uit gebruik nemen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="246"/>
        <source>Retire the record</source>
        <translation>De fiche uit gebruik nemen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="248"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="248"/>
        <source>Keep the record</source>
        <translation>De fiche houden</translation>
    </message>
</context>
<context>
    <name>Round</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="46"/>
        <source>by phone</source>
        <extracomment>The distances the region can be widened to, in km (0: the home municipality only).</extracomment>
        <translation>telefonisch</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="47"/>
        <source>a visit</source>
        <translation>een bezoek</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="48"/>
        <source>the web page</source>
        <translation>de webpagina</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="49"/>
        <source>by e-mail</source>
        <translation>per e-mail</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="57"/>
        <source>still right</source>
        <translation>klopt nog</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="58"/>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="59"/>
        <source>ended</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="60"/>
        <source>not a problem</source>
        <translation>geen probleem</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="68"/>
        <source>the whole catalogue</source>
        <translation>de hele catalogus</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="72"/>
        <source>%1 and %n municipalities within %2 km</source>
        <translation>%1 en %n gemeente(n) binnen %2 km</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="84"/>
        <source>%1 only</source>
        <translation>Alleen %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="86"/>
        <source>%1 and within %2 km</source>
        <translation>%1 en binnen %2 km</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="133"/>
        <source>Check round</source>
        <translation>Belronde</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="136"/>
        <source>Records a counter flagged come first, then those never checked, then the oldest. Call or look them up, then say what you found: each answer is logged with who checked and how, and can be undone.</source>
        <translation>Eerst de fiches die een balie meldde, dan die nooit nagekeken werden, dan de oudste. Bel of zoek ze op en zeg wat u vond: elk antwoord komt in het logboek, met wie nakeek en hoe, en kan ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="142"/>
        <source>Which records: the region</source>
        <translation>Welke fiches: de regio</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="149"/>
        <source>The whole catalogue</source>
        <translation>De hele catalogus</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="150"/>
        <source>&amp;Region:</source>
        <translation>&amp;Regio:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="155"/>
        <source>The round began on</source>
        <translation>De ronde begon op</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="165"/>
        <source>Round be&amp;gan:</source>
        <translation>Ronde &amp;begonnen:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="174"/>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="176"/>
        <source>Progress of the round</source>
        <translation>Voortgang van de ronde</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="180"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="180"/>
        <source>Last checked</source>
        <translation>Laatst nagekeken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="180"/>
        <source>Age</source>
        <translation>Ouderdom</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="181"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="181"/>
        <source>From</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="182"/>
        <source>Reported at a counter</source>
        <translation>Gemeld aan een balie</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="182"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="185"/>
        <source>Records of the round</source>
        <translation>Fiches van de ronde</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="199"/>
        <source>How it was checked</source>
        <translation>Hoe het nagekeken werd</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="200"/>
        <source>Checked ho&amp;w:</source>
        <translation>&amp;Hoe nagekeken:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="205"/>
        <source>Checked by (empty: the name of this counter)</source>
        <translation>Nagekeken door (leeg: de naam van deze balie)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="206"/>
        <source>Checked &amp;by:</source>
        <translation>Nagekeken &amp;door:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="214"/>
        <source>&amp;Still right</source>
        <translation>&amp;Klopt nog</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="215"/>
        <source>The selected record is still right: checked today</source>
        <translation>De gekozen fiche klopt nog: vandaag nagekeken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="217"/>
        <source>C&amp;hanged…</source>
        <translation>Ge&amp;wijzigd…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="218"/>
        <source>Correct the selected record: it is saved as checked today</source>
        <translation>De gekozen fiche verbeteren: ze wordt bewaard als vandaag nagekeken</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="220"/>
        <source>&amp;Ended…</source>
        <translation>Ge&amp;stopt…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="221"/>
        <source>The selected offer has ended: retire it</source>
        <translation>Het gekozen aanbod is gestopt: neem het uit gebruik</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="223"/>
        <source>&amp;Not a problem</source>
        <translation>Geen &amp;probleem</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="224"/>
        <source>Close the counters&apos; flags of the selected record without a check</source>
        <translation>De meldingen van de balies voor de gekozen fiche sluiten zonder controle</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="226"/>
        <source>&amp;Print call list…</source>
        <translation>Bellijst &amp;afdrukken…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="227"/>
        <source>Save the records still to check as a call list (PDF)</source>
        <translation>De fiches die nog nagekeken moeten worden bewaren als bellijst (PDF)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="229"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="229"/>
        <source>Close the check round</source>
        <translation>De belronde sluiten</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="240"/>
        <source>About the selected record</source>
        <translation>Over de gekozen fiche</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="279"/>
        <source>Reading the check round…</source>
        <translation>De belronde wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="289"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="290"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="291"/>
        <source>local</source>
        <translation>lokaal</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="291"/>
        <source>shipped</source>
        <translation>meegeleverd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="305"/>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="471"/>
        <source>%1 of %n checked</source>
        <translation>
            <numerusform>%1 van %n nagekeken</numerusform>
            <numerusform>%1 van %n nagekeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="309"/>
        <source>%n record(s) to check</source>
        <translation>
            <numerusform>%n fiche na te kijken</numerusform>
            <numerusform>%n fiches na te kijken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="324"/>
        <source>%1 on %2: %3, checked by %4</source>
        <translation>%1 op %2: %3, nagekeken door %4</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="359"/>
        <source>(“Undo last change” or the change log takes it back.)</source>
        <translation>(“Laatste wijziging ongedaan maken” of het logboek maakt het ongedaan.)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="361"/>
        <source>Reported at a counter: %1</source>
        <translation>Gemeld aan een balie: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="388"/>
        <source>Still right</source>
        <translation>Klopt nog</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="389"/>
        <source>“%1”: still right, checked today.</source>
        <translation>“%1”: klopt nog, vandaag nagekeken.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="416"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="416"/>
        <source>This record is retired or does not exist.</source>
        <translation>Deze fiche is uit gebruik genomen of bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="440"/>
        <source>Ended</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="441"/>
        <source>“%1” has ended: it is retired. “Undo last change” brings it back.</source>
        <translation>“%1” is gestopt: uit gebruik genomen. “Laatste wijziging ongedaan maken” haalt het terug.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="450"/>
        <source>Not a problem</source>
        <translation>Geen probleem</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="451"/>
        <source>“%1”: the counters&apos; flags are closed.</source>
        <translation>“%1”: de meldingen van de balies zijn gesloten.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="461"/>
        <source>Save the call list</source>
        <translation>De bellijst bewaren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="487"/>
        <source>Saved the call list %1: %n record(s)</source>
        <translation>
            <numerusform>Bellijst %1 bewaard: %n fiche</numerusform>
            <numerusform>Bellijst %1 bewaard: %n fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="488"/>
        <source>(%n page(s)).</source>
        <translation>
            <numerusform>(%n pagina).</numerusform>
            <numerusform>(%n pagina&apos;s).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="493"/>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="493"/>
        <source>The call list was not saved.</source>
        <translation>De bellijst werd niet bewaard.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="500"/>
        <source>Writing the call list…</source>
        <translation>De bellijst wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>SiteNotice</name>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="82"/>
        <source>it should be between 0 and 300 km</source>
        <translation>dat moet tussen 0 en 300 km liggen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="84"/>
        <source>unknown community days %1 (known: %2)</source>
        <translation>onbekende gemeenschapsfeestdagen %1 (gekend: %2)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="87"/>
        <source>unknown client language codes %1 (known: %2)</source>
        <translation>onbekende taalcodes van cliënten %1 (gekend: %2)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="90"/>
        <source>the file %1 is not there, so the handout has no logo</source>
        <translation>het bestand %1 ontbreekt, dus het blad heeft geen logo</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="98"/>
        <source>%1: the site file does not exist; the defaults are used.</source>
        <translation>%1: het instellingenbestand bestaat niet; de standaardwaarden worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="101"/>
        <source>%1 is not UTF-8 text; the defaults are used.</source>
        <translation>%1 is geen UTF-8-tekst; de standaardwaarden worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="103"/>
        <source>%1 cannot be read as TOML (%2); the defaults are used.</source>
        <translation>%1 kan niet als TOML gelezen worden (%2); de standaardwaarden worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="106"/>
        <source>%1: a value is nested too deeply to read; the defaults are used.</source>
        <translation>%1: een waarde is te diep genest om te lezen; de standaardwaarden worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="109"/>
        <source>%1 cannot be read (%2); the defaults are used.</source>
        <translation>%1 kan niet gelezen worden (%2); de standaardwaarden worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="112"/>
        <source>%1: “%2” should be a [section]; it is ignored.</source>
        <translation>%1: „%2” moet een [sectie] zijn; het wordt genegeerd.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="115"/>
        <source>%1: there is no setting “%2”; it is ignored.</source>
        <translation>%1: de instelling „%2” bestaat niet; ze wordt genegeerd.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="118"/>
        <source>%1: “%2” should be %3; the default (%4) is used.</source>
        <translation>%1: „%2” moet %3 zijn; de standaardwaarde (%4) wordt gebruikt.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="122"/>
        <source>%1: “%2”: %3; that key is left out.</source>
        <translation>%1: „%2”: %3; die sleutel wordt weggelaten.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="125"/>
        <source>%1: “%2”: %3; the default (%4) is used.</source>
        <translation>%1: „%2”: %3; de standaardwaarde (%4) wordt gebruikt.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="132"/>
        <source>text in quotes</source>
        <translation>tekst tussen aanhalingstekens</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="133"/>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="134"/>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="135"/>
        <source>a list of texts in quotes, e.g. [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>een lijst van teksten tussen aanhalingstekens, bv. [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="136"/>
        <source>a file name in quotes, relative to the site file</source>
        <translation>een bestandsnaam tussen aanhalingstekens, ten opzichte van het instellingenbestand</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="137"/>
        <source>a folder name in quotes, relative to the site file</source>
        <translation>een mapnaam tussen aanhalingstekens, ten opzichte van het instellingenbestand</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="138"/>
        <source>a list of public keys in quotes</source>
        <translation>een lijst van publieke sleutels tussen aanhalingstekens</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <location filename="../../einclusie_app/gui/speech.py" line="265"/>
        <source>Reading aloud is not available on this PC.</source>
        <translation>Voorlezen is niet mogelijk op deze pc.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/speech.py" line="267"/>
        <source>This PC has no voice for %1.</source>
        <translation>Deze pc heeft geen stem voor %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/speech.py" line="260"/>
        <source>Checking the voice of this PC…</source>
        <extracomment>How long the speech service may take to greet us before it counts as not answering. Client language code → QLocale language of the voice (plain Dutch uses a Dutch voice). Engines that go through a local speech service that can hang (and that logs).</extracomment>
        <translation>De stem van deze pc wordt nagekeken…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/speech.py" line="263"/>
        <source>Reading aloud is off on this PC (its speech service keeps a log).</source>
        <translation>Voorlezen staat uit op deze pc (de spraakdienst houdt een logboek bij).</translation>
    </message>
</context>
<context>
    <name>StoreWatch</name>
    <message>
        <location filename="../../einclusie_app/gui/store_watch.py" line="62"/>
        <source>Local store busy: trying again…</source>
        <extracomment>Milliseconds between two tries. How many tries found the store still busy.</extracomment>
        <translation>Lokale opslag bezet: opnieuw proberen…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/store_watch.py" line="74"/>
        <source>The local store is free again: this municipality&apos;s own records are shown.</source>
        <translation>De lokale opslag is weer vrij: de eigen fiches van deze gemeente worden getoond.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/store_watch.py" line="125"/>
        <source>Local store damaged</source>
        <translation>Lokale opslag beschadigd</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/store_watch.py" line="126"/>
        <source>Catalogue update not used</source>
        <translation>Catalogusupdate niet gebruikt</translation>
    </message>
</context>
<context>
    <name>_Flagger</name>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="74"/>
        <source>This is not &amp;right…</source>
        <translation>Dit &amp;klopt niet…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="76"/>
        <location filename="../../einclusie_app/gui/flag.py" line="117"/>
        <source>Say what is wrong with the selected record (for the maintainer)</source>
        <translation>Zeg wat er niet klopt aan de gekozen fiche (voor de beheerder)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="106"/>
        <source>The catalogue is still loading.</source>
        <translation>De catalogus wordt nog geladen.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="108"/>
        <source>Not available: no local store is open here, so nothing can be noted (see the status bar).</source>
        <translation>Niet beschikbaar: hier is geen lokale opslag open, dus er kan niets gemeld worden (zie de statusbalk).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="111"/>
        <source>Choose a result first.</source>
        <translation>Kies eerst een resultaat.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="141"/>
        <source>Thank you: “%1” is noted as not right (%2). The maintainer will check it; until then staff see it in the details.</source>
        <translation>Bedankt: “%1” is gemeld als niet juist (%2). De beheerder kijkt het na; tot dan ziet het personeel het in de details.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="156"/>
        <location filename="../../einclusie_app/gui/flag.py" line="177"/>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="167"/>
        <source>The flag is withdrawn.</source>
        <translation>De melding is ingetrokken.</translation>
    </message>
</context>
</TS>
